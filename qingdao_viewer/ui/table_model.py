"""The one Qt item model: a read-only view of a Table."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from qingdao_viewer.i18n import QT_TRANSLATE_NOOP, translate
from qingdao_viewer.tables import Table
from qingdao_viewer.ui import literal

MISSING_TOOLTIP = QT_TRANSLATE_NOOP("Tables", "Not given in the source profile")

_Index = QModelIndex | QPersistentModelIndex
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ANSWERED = frozenset({_DISPLAY, _ALIGNMENT, _TOOLTIP})  # a view asks for a dozen roles a cell: the rest are None
_CELL_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def _sort_key(value: str | int | None) -> Any:
    """Numbers as numbers, text without regard to case."""
    return value.casefold() if isinstance(value, str) else value


class TableModel(QAbstractTableModel):
    """Shows a Table's cells as the source prints them; sorts by their values.

    Cells are computed when the view asks for them, so a table of 100,000 rows costs
    nothing until its rows are on screen. Sorting is the model's own (one Python sort of
    the column's values), not a proxy's comparisons cell by cell.
    """

    def __init__(self, table: Table, parent: QObject | None = None):
        super().__init__(parent)
        self._table = table
        self._order: list[int] | None = None  # shown row -> table row; None: the table's order

    @property
    def table(self) -> Table:
        return self._table

    def table_row(self, row: int) -> int:
        """The table's row shown at row."""
        return row if self._order is None else self._order[row]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Override QAbstractTableModel::sort: by a column's values; column -1 restores the source's order."""
        rows = self._table.rows
        if not 0 <= column < len(self._table.columns) and self._order is None:
            return  # already in the source's order
        self.layoutAboutToBeChanged.emit()
        old = self._order
        if 0 <= column < len(self._table.columns):
            keys = [_sort_key(row[column]) for row in rows]
            present = [row for row in range(len(rows)) if rows[row][column] is not None]
            missing = [row for row in range(len(rows)) if rows[row][column] is None]  # last, either way
            present.sort(key=keys.__getitem__, reverse=order == Qt.SortOrder.DescendingOrder)
            new: list[int] | None = present + missing
        else:
            new = None
        persistent = self.persistentIndexList()
        if persistent:
            shown_at = list(range(len(rows)))
            if new is not None:
                for position, table_row in enumerate(new):
                    shown_at[table_row] = position
            moved = [
                self.index(shown_at[old[index.row()] if old is not None else index.row()], index.column())
                for index in persistent
            ]
            self.changePersistentIndexList(persistent, moved)
        self._order = new
        self.layoutChanged.emit()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """Override QAbstractTableModel::rowCount."""
        return 0 if parent.isValid() else len(self._table.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """Override QAbstractTableModel::columnCount."""
        return 0 if parent.isValid() else len(self._table.columns)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Override QAbstractTableModel::data (asked for every role of every cell painted: cheap first)."""
        if role not in _ANSWERED or not index.isValid():
            return None
        column, shown = index.column(), index.row()
        if shown >= len(self._table.rows) or column >= len(self._table.columns):
            return None
        row = shown if self._order is None else self._order[shown]
        if role == _DISPLAY:
            return self._table.display(row, column)
        if role == _ALIGNMENT:
            return _RIGHT if self._table.columns[column].kind.numeric else _LEFT
        if role == _TOOLTIP:
            if self._table.rows[row][column] is None:
                return translate("Tables", MISSING_TOOLTIP)
            if not self._table.columns[column].kind.numeric:  # a long name may be cut short in its cell
                return literal.tooltip(self._table.display(row, column))
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Override QAbstractTableModel::headerData."""
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._table.columns):
            column = self._table.columns[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return column.header
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return _RIGHT if column.kind.numeric else _LEFT
        elif orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        """Override QAbstractTableModel::flags: cells are selectable, never editable."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _CELL_FLAGS
