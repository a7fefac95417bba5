"""The Overview's section on one cluster across editions: its figures by edition and a chart of its ranks.

Shown only when the library holds more than one edition of the cluster shown (the session's
``editions``); the table is the Qt-free ``tables.editions.editions_table`` in a TableView (copy
and CSV like every table), with the line saying that changes are between the editions as
published, and the chart (``charts.ranks_chart``) draws each kind of rank over the editions.
Importing this module imports pyqtgraph: the Overview imports it only when there is a section.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from qingdao_viewer.charts.ranks_chart import RanksChart
from qingdao_viewer.i18n import translate
from qingdao_viewer.profile import ClusterProfile
from qingdao_viewer.tables.editions import editions_credit, editions_table, rank_series
from qingdao_viewer.ui.table_view import TableView
from qingdao_viewer.ui.tabs import ContentTab, SourceLabel, no_taller, plain_label


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
        self.view = TableView(self.table)
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
