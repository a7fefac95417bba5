"""Compare mode: two clusters side by side in every tab.

The Overview shows both clusters' ranks and output per million next to each other above
one key-figures table holding both; the other tabs set each cluster's own tab beside the
other's, so every table and chart copies and exports as it does in the single view.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QGroupBox, QHBoxLayout, QScrollArea, QVBoxLayout, QWidget

from qingdao_viewer.i18n import translate
from qingdao_viewer.tables import ProfileTables, Table
from qingdao_viewer.tables.comparison import ComparisonTables
from qingdao_viewer.ui.literal import menu_text
from qingdao_viewer.ui.table_view import TableView
from qingdao_viewer.ui.tabs import ContentTab, output_cards, plain_label, rank_cards

if TYPE_CHECKING:
    from qingdao_viewer.ui.share_chart import ShareChart


def fit_rows(view: TableView, rows: int) -> None:
    """Make a short table exactly tall enough for its rows, header and scroll bar."""
    header = view.horizontalHeader().sizeHint().height()
    scroll_bar = view.horizontalScrollBar().sizeHint().height()
    row_height = view.verticalHeader().defaultSectionSize()
    view.setFixedHeight(header + rows * row_height + 2 * view.frameWidth() + scroll_bar)


class ClusterColumn(QGroupBox):
    """One cluster's ranks and output per million, under its name."""

    def __init__(self, tables: ProfileTables, parent: QWidget | None = None):
        super().__init__(parent)
        overview = tables.overview
        self.setAccessibleName(overview.edition)
        layout = QVBoxLayout(self)
        self.heading = plain_label(overview.edition, point_delta=6, bold=True)
        layout.addWidget(self.heading)
        layout.addWidget(plain_label(translate("Tabs", "Ranks"), point_delta=1, bold=True))
        self.cards = rank_cards(overview)
        grid = QGridLayout()
        for row, card in enumerate(self.cards):
            grid.addWidget(card, row, 0)
        layout.addLayout(grid)
        layout.addWidget(plain_label(translate("Tabs", "Output per 1 million inhabitants"), point_delta=1, bold=True))
        self.output_cards = output_cards(overview)
        for card in self.output_cards:
            layout.addWidget(card)
        layout.addStretch(1)


class CompareOverviewTab(ContentTab):
    """Both clusters' figures side by side, and the table of both to copy or export."""

    def __init__(
        self,
        first: ProfileTables,
        second: ProfileTables,
        comparison: ComparisonTables,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        page = QWidget()
        layout = QVBoxLayout(page)
        self.columns = (ClusterColumn(first), ClusterColumn(second))
        side_by_side = QHBoxLayout()
        for column in self.columns:
            side_by_side.addWidget(column, 1)
        layout.addLayout(side_by_side)
        self.views: list[TableView] = []
        for table in (comparison.key_figures, comparison.collaboration):
            layout.addWidget(self._table_box(table))
        self.source = plain_label(comparison.key_figures.attribution)
        self.source.setAccessibleDescription(translate("Tabs", "Source and licence"))
        layout.addWidget(self.source)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no Tab stop: it shows no focus and has no name
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(page)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def _table_box(self, table: Table) -> QGroupBox:
        box = QGroupBox(menu_text(table.title))
        box_layout = QVBoxLayout(box)
        view = TableView(table)
        rows = len(table.rows)
        header = view.horizontalHeader().sizeHint().height()
        scroll_bar = view.horizontalScrollBar().sizeHint().height()
        view.setFixedHeight(
            header + rows * view.verticalHeader().defaultSectionSize() + 2 * view.frameWidth() + scroll_bar
        )
        box_layout.addWidget(view)
        if table.note:
            box_layout.addWidget(plain_label(table.note))
        self.views.append(view)
        return box

    def table_views(self) -> list[TableView]:
        return list(self.views)


class SideBySideTab(ContentTab):
    """Two clusters' versions of one tab, each under its cluster's name."""

    def __init__(self, titled: list[tuple[str, ContentTab]], parent: QWidget | None = None):
        super().__init__(parent)
        inner = QWidget()
        layout = QHBoxLayout(inner)
        layout.setContentsMargins(0, 0, 0, 0)
        self.sides = [tab for _, tab in titled]
        for title, tab in titled:
            box = QGroupBox(menu_text(title))
            box.setAccessibleName(title)
            box_layout = QVBoxLayout(box)
            box_layout.setContentsMargins(4, 4, 4, 4)
            box_layout.addWidget(tab)
            layout.addWidget(box, 1)
        # Two tabs need twice the width: a narrow window scrolls sideways rather than
        # growing past the screen.
        scroll = QScrollArea()
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no Tab stop: it shows no focus and has no name
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        self.share_scales()

    def share_scales(self) -> None:
        """Charts of the same table on both sides get one axis: bars of equal share are equally long."""
        from qingdao_viewer.tables import share_rows

        charts = self.charts()
        for chart in charts:
            twins = [other for other in charts if other.table.name == chart.table.name and other is not chart]
            chart.share_scale_with([share for twin in twins for _, share in share_rows(twin.table)])

    def table_views(self) -> list[TableView]:
        return [view for side in self.sides for view in side.table_views()]

    def charts(self) -> list[ShareChart]:
        return [chart for side in self.sides for chart in side.charts()]


class CompareCollaborationTab(ContentTab):
    """Both clusters' collaboration shares in one table, above each cluster's own tab."""

    def __init__(self, comparison: ComparisonTables, sides: SideBySideTab, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        table = comparison.collaboration
        box = QGroupBox(menu_text(table.title))
        box_layout = QVBoxLayout(box)
        self.view = TableView(table)
        fit_rows(self.view, len(table.rows))
        box_layout.addWidget(self.view)
        layout.addWidget(box)
        self.sides = sides
        layout.addWidget(sides, 1)

    def table_views(self) -> list[TableView]:
        return [self.view, *self.sides.table_views()]

    def charts(self) -> list[ShareChart]:
        return self.sides.charts()
