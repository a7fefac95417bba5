"""The one Qt item model: a read-only view of a Table."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from qingdao_viewer.tables import Table

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
MISSING_TOOLTIP = "Not given in the source profile"

_Index = QModelIndex | QPersistentModelIndex
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


class TableModel(QAbstractTableModel):
    """Shows a Table's cells as the source prints them; sorts by their values.

    Cells are computed when the view asks for them, so a table of 100,000 rows costs
    nothing until its rows are on screen.
    """

    def __init__(self, table: Table, parent: QObject | None = None):
        super().__init__(parent)
        self._table = table

    @property
    def table(self) -> Table:
        return self._table

    def set_table(self, table: Table) -> None:
        """Show another table (another profile's), resetting any view on this model."""
        self.beginResetModel()
        self._table = table
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """Override QAbstractTableModel::rowCount."""
        return 0 if parent.isValid() else len(self._table.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """Override QAbstractTableModel::columnCount."""
        return 0 if parent.isValid() else len(self._table.columns)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Override QAbstractTableModel::data."""
        if not index.isValid() or index.row() >= len(self._table.rows) or index.column() >= len(self._table.columns):
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._table.display(row, column)
        if role == SORT_ROLE:
            value = self._table.rows[row][column]
            if value is None:
                return float("inf") if self._table.columns[column].kind.numeric else "\uffff"
            return value.casefold() if isinstance(value, str) else value
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if self._table.columns[column].kind.numeric else _LEFT
        if role == Qt.ItemDataRole.ToolTipRole and self._table.rows[row][column] is None:
            return MISSING_TOOLTIP
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
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
