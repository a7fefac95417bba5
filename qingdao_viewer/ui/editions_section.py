"""The Overview's section on one cluster across editions: its figures by edition and a chart of its ranks.

Shown only when the library holds more than one edition of the cluster shown (the session's
``editions``); the table is the Qt-free ``tables.editions.editions_table`` in a TableView (copy
and CSV like every table), with the line saying that changes are between the editions as
published, and the chart (``charts.ranks_chart``) draws each kind of rank over the editions.
Importing this module imports pyqtgraph: the Overview imports it only when there is a section.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from qingdao_viewer.charts.ranks_chart import RanksChart
from qingdao_viewer.i18n import translate
from qingdao_viewer.profile import ClusterProfile
from qingdao_viewer.tables import Table
from qingdao_viewer.tables.editions import editions_credit, editions_table, rank_series
from qingdao_viewer.ui.table_model import TableModel
from qingdao_viewer.ui.table_view import TableView
from qingdao_viewer.ui.tabs import ContentTab, SourceLabel, no_taller, plain_label
from qingdao_viewer.ui.theme import header_arrow_room

_Parent = QWidget | None


class _TwoLineHeaders(TableModel):
    """The table's model with a long header's "(…)" on a line of its own, on screen only (copies keep one line)."""

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Override TableModel.headerData: "Change, GII 2023 to 2024" over "(between published editions)"."""
        value = super().headerData(section, orientation, role)
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and isinstance(value, str):
            return value.replace(" (", "\n(", 1)
        return value


class EditionsView(TableView):
    """The editions table's grid: its change columns as narrow as their two-line headers allow.

    (On one line, a change header is as wide as three figure columns, and a small window
    would cut the figures' names short.)
    """

    def __init__(self, table: Table, parent: _Parent = None):
        super().__init__(table, parent)
        self.table_model = _TwoLineHeaders(table, self)
        self.setModel(self.table_model)
        self.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self._fit_columns()
        header = self.horizontalHeader()
        metrics, cells = header.fontMetrics(), self.fontMetrics()
        for column in range(len(table.columns)):
            lines = str(self.table_model.headerData(column, Qt.Orientation.Horizontal)).split("\n")
            if len(lines) > 1:
                title = max(metrics.horizontalAdvance(line) for line in lines) + header_arrow_room(header)
                widest = max(cells.horizontalAdvance(table.display(row, column)) for row in range(len(table.rows)))
                header.resizeSection(column, max(title, widest + cells.horizontalAdvance("00") + 12))


class EditionsSection(ContentTab):
    """The editions of the cluster shown (two at least), oldest first: a table, its note, a ranks chart.

    A ContentTab so the window connects its table (focus, Export table as CSV) as it does a tab's.
    """

    def __init__(self, editions: Sequence[ClusterProfile], parent: QWidget | None = None):
        super().__init__(parent)
        self.editions = tuple(editions)
        credit = editions_credit(self.editions)
        self.table = editions_table(self.editions, credit)
        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(frame)
        layout.addWidget(plain_label(translate("Tabs", "Across editions"), point_delta=2, bold=True))
        self.title = no_taller(plain_label(self.table.title))
        layout.addWidget(self.title)
        self.view = EditionsView(self.table)
        self.view.fit_rows()
        layout.addWidget(self.view)
        self.note = no_taller(plain_label(self.table.note))
        layout.addWidget(self.note)
        layout.addWidget(plain_label(translate("Tabs", "Ranks by edition"), point_delta=1, bold=True))
        self.chart = RanksChart(rank_series(self.editions))  # its credit line is the section's, just below
        layout.addWidget(self.chart)
        self.source = SourceLabel(credit)
        self.source.setAccessibleDescription(translate("Tabs", "Source and licence"))
        layout.addWidget(self.source)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)

    def table_views(self) -> list[TableView]:
        return [self.view]
