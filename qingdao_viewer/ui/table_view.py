"""A sortable grid of one table, with copy and export in its context menu."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, QSize, Qt, Signal
from PySide6.QtGui import QAction, QFocusEvent, QHelpEvent, QKeyEvent, QKeySequence, QPainter
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyleOptionHeaderV2, QTableView, QToolTip, QWidget

from qingdao_viewer.export.clipboard_text import (
    ClipboardText,
    block_clipboard,
    selection_clipboard,
    selects_whole_lines,
    table_clipboard,
)
from qingdao_viewer.i18n import translate
from qingdao_viewer.tables import Table
from qingdao_viewer.ui import clipboard
from qingdao_viewer.ui.focus_frame import frame_for_ring
from qingdao_viewer.ui.table_model import TableModel
from qingdao_viewer.ui.theme import draw_sorted_header, header_arrow_room


class SortedHeader(QHeaderView):
    """A table's column header: the sorted section's text ends clear of its arrow (theme.draw_sorted_header).

    Only the sorted section is drawn here (one Python call a header paint); every other
    section, and every cell, is Qt's own.
    """

    def __init__(self, parent: QWidget):
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setSectionsClickable(True)  # as QTableView's own header

    def paintSection(self, painter: QPainter, rect: QRect, logicalIndex: int) -> None:
        """Override QHeaderView::paintSection: the sorted section as draw_sorted_header draws it."""
        if not self.isSortIndicatorShown() or logicalIndex != self.sortIndicatorSection() or not rect.isValid():
            super().paintSection(painter, rect, logicalIndex)
            return
        option = QStyleOptionHeaderV2()
        self.initStyleOption(option)
        self.initStyleOptionForIndex(option, logicalIndex)
        option.rect = rect
        draw_sorted_header(option, painter, self)


class TableView(QTableView):
    """Shows a Table; Ctrl+C copies the selected cells, "Copy table" the whole table.

    The copy actions live on the view (so they act on the table the user is in) and in its
    context menu; ``focused`` tells the window which table its Edit menu acts on.
    """

    focused = Signal(object)
    export_requested = Signal(object)

    def __init__(self, table: Table, parent: QWidget | None = None):
        super().__init__(parent)
        self.setHorizontalHeader(SortedHeader(self))
        frame_for_ring(self)  # its frame RING wide from the start: fit_rows and minimumSizeHint count it
        self.table_model = TableModel(table, self)
        self.setModel(self.table_model)
        # The source's order until a header is clicked (enabling sorting sorts by the indicator).
        self.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.setSortingEnabled(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        # Tab moves on to the next control (arrows move between cells): a keyboard user must
        # be able to leave the table.
        self.setTabKeyNavigation(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + self.ROW_PADDING)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        self.setAccessibleName(table.title)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        self.copy_action = QAction(translate("MainWindow", "&Copy"), self)
        self.copy_action.setShortcut(QKeySequence.StandardKey.Copy)
        self.copy_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.copy_action.triggered.connect(self.copy_selection)
        self.copy_table_action = QAction(translate("MainWindow", "Copy &table"), self)
        self.copy_table_action.triggered.connect(self.copy_table)
        self.export_action = QAction(translate("MainWindow", "Export table as CS&V…"), self)
        self.export_action.triggered.connect(lambda: self.export_requested.emit(self))
        self.addActions([self.copy_action, self.copy_table_action, self.export_action])
        self._fit_columns()

    @property
    def table(self) -> Table:
        return self.table_model.table

    SAMPLE_ROWS = 200
    ROW_PADDING = 10  # a row's height over its text's
    LEAST_NAME_WIDTH = 90  # a name column's width at least, before the view asks for more room

    def fit_rows(self, most: int | None = None) -> None:
        """Make the view exactly as tall as its header and rows (at most ``most`` rows, then it scrolls).

        Its columns always fit its width (``minimumSizeHint``), so no horizontal scroll bar
        takes a row's room.
        """
        rows = len(self.table.rows) if most is None else min(len(self.table.rows), most)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.horizontalHeader().sizeHint().height()
        row_height = self.verticalHeader().defaultSectionSize()
        self.setFixedHeight(header + rows * row_height + 2 * self.frameWidth())
        self._scrolls = rows < len(self.table.rows)

    def minimumSizeHint(self) -> QSize:
        """Override QAbstractScrollArea::minimumSizeHint: every number column whole and some of each name."""
        header = self.horizontalHeader()
        width = 2 * self.frameWidth()
        for column in range(self.table_model.columnCount()):
            if header.sectionResizeMode(column) == QHeaderView.ResizeMode.Stretch:
                width += self.LEAST_NAME_WIDTH
            else:
                width += header.sectionSize(column)
        if getattr(self, "_scrolls", False):
            width += self.verticalScrollBar().sizeHint().width()
        return QSize(width, super().minimumSizeHint().height())

    def _fit_columns(self) -> None:
        """Numbers as wide as their widest text, names take the rest.

        Measures the header and the first rows, not every row (Qt's ResizeToContents
        would ask a 100,000-row model for every cell); numbers are widest at the top
        of a ranked list, and the width of "0" pads for the rest.
        """
        header = self.horizontalHeader()
        metrics = self.fontMetrics()
        header_metrics = header.fontMetrics()
        rows = min(len(self.table.rows), self.SAMPLE_ROWS)
        for column in range(self.table_model.columnCount()):
            if not self.table.columns[column].kind.numeric:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
                continue
            widest = max([metrics.horizontalAdvance(self.table.display(row, column)) for row in range(rows)] or [0])
            # the header's text, its margins, and the sort arrow clear of it (SortedHeader)
            title = header_metrics.horizontalAdvance(self.table.columns[column].header) + header_arrow_room(header)
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, max(widest + metrics.horizontalAdvance("00") + 12, title))

    CELL_PADDING = 8  # a cell's text is drawn this much inside its edges, both sides together

    def elides(self, row: int, column: int) -> bool:
        """Whether a name's cell is too narrow for it (and so ends in "…")."""
        index = self.table_model.index(row, column)
        text = str(index.data() or "")
        return self.fontMetrics().horizontalAdvance(text) + self.CELL_PADDING > self.visualRect(index).width()

    def viewportEvent(self, event: QEvent) -> bool:
        """Override QAbstractItemView::viewportEvent: a name's tooltip only where its cell cuts it short."""
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self.indexAt(event.pos())
            if index.isValid() and not self.table.columns[index.column()].kind.numeric:
                row = self.table_model.table_row(index.row())
                if self.table.rows[row][index.column()] is not None and not self.elides(index.row(), index.column()):
                    QToolTip.hideText()
                    event.ignore()
                    return True
        return super().viewportEvent(event)

    def selection_copy(self) -> ClipboardText | None:
        """The selected cells in the order shown (sorted as the user sorted), or None.

        Whole rows, whole columns and select all are copied under their header row.
        """
        model = self.selectionModel()
        if model is None or not model.hasSelection():
            return None
        selection = model.selection()
        bounds = [(part.top(), part.bottom(), part.left(), part.right()) for part in selection]  # type: ignore[attr-defined]
        header = selects_whole_lines(bounds, self.table_model.rowCount(), self.table_model.columnCount())
        if len(bounds) == 1:  # one rectangle (select all, rows, columns): no cell-by-cell work
            top, bottom, left, right = bounds[0]
            rows = [self.table_model.table_row(row) for row in range(top, bottom + 1)]
            return block_clipboard(self.table, rows, list(range(left, right + 1)), header=header)
        shown = sorted((index.row(), index.column()) for index in model.selectedIndexes())
        cells = [(self.table_model.table_row(row), column) for row, column in shown]
        return selection_clipboard(self.table, cells, header=header)

    def copy_selection(self) -> None:
        """Copy the selected cells; with nothing selected, the whole table."""
        copy = self.selection_copy()
        clipboard.put_text(copy if copy is not None else table_clipboard(self.table))

    def copy_table(self) -> None:
        clipboard.put_text(table_clipboard(self.table))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Override QAbstractItemView::keyPressEvent: Copy runs the copy action.

        QAbstractItemView copies the current cell alone when a Copy key press reaches it
        (it does when the shortcut system passes the key on, as offscreen and in some
        window states); routed to the action, Ctrl+C always copies the whole selection.
        """
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_action.trigger()
            event.accept()
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Override QAbstractItemView::focusInEvent: tell the window this table is current."""
        super().focusInEvent(event)
        self.focused.emit(self)
