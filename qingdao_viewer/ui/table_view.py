"""A sortable grid of one table, with copy and export in its context menu."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QAction, QFocusEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from qingdao_viewer.export.clipboard_text import ClipboardText, selection_clipboard, table_clipboard
from qingdao_viewer.tables import Table
from qingdao_viewer.ui import clipboard
from qingdao_viewer.ui.table_model import SORT_ROLE, TableModel


class TableView(QTableView):
    """Shows a Table; Ctrl+C copies the selected cells, "Copy table" the whole table.

    The copy actions live on the view (so they act on the table the user is in) and in its
    context menu; ``focused`` tells the window which table its Edit menu acts on.
    """

    focused = Signal(object)
    export_requested = Signal(object)

    def __init__(self, table: Table, parent: QWidget | None = None):
        super().__init__(parent)
        self.table_model = TableModel(table, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.table_model)
        self.proxy.setSortRole(SORT_ROLE)
        self.setModel(self.proxy)
        self.setSortingEnabled(True)
        self.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the source's order until a header is clicked
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        self.setAccessibleName(table.title)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        self.copy_action = QAction("&Copy", self)
        self.copy_action.setShortcut(QKeySequence.StandardKey.Copy)
        self.copy_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.copy_action.triggered.connect(self.copy_selection)
        self.copy_table_action = QAction("Copy &table", self)
        self.copy_table_action.triggered.connect(self.copy_table)
        self.export_action = QAction("Export table as &CSV…", self)
        self.export_action.triggered.connect(lambda: self.export_requested.emit(self))
        self.addActions([self.copy_action, self.copy_table_action, self.export_action])
        self._fit_columns()

    @property
    def table(self) -> Table:
        return self.table_model.table

    def set_table(self, table: Table) -> None:
        self.table_model.set_table(table)
        self.setAccessibleName(table.title)
        self._fit_columns()

    def _fit_columns(self) -> None:
        header = self.horizontalHeader()
        for column in range(self.table_model.columnCount()):
            numeric = self.table.columns[column].kind.numeric
            mode = QHeaderView.ResizeMode.ResizeToContents if numeric else QHeaderView.ResizeMode.Stretch
            header.setSectionResizeMode(column, mode)

    def selection_copy(self) -> ClipboardText | None:
        """The selected cells in the order shown (sorted as the user sorted), or None."""
        indexes = self.selectionModel().selectedIndexes() if self.selectionModel() else []
        if not indexes:
            return None
        shown = sorted(indexes, key=lambda index: (index.row(), self.horizontalHeader().visualIndex(index.column())))
        cells = []
        for index in shown:
            source = self.proxy.mapToSource(index)
            cells.append((source.row(), source.column()))
        return selection_clipboard(self.table, cells)

    def copy_selection(self) -> None:
        """Copy the selected cells; with nothing selected, the whole table."""
        copy = self.selection_copy()
        clipboard.put_text(copy if copy is not None else table_clipboard(self.table))

    def copy_table(self) -> None:
        clipboard.put_text(table_clipboard(self.table))

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Override QAbstractItemView::focusInEvent: tell the window this table is current."""
        super().focusInEvent(event)
        self.focused.emit(self)
