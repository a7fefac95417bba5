"""Compare mode: two clusters side by side in every tab.

The Overview sets both clusters' ranks, output per million and leading organizations in one
grid, row by row, above the key figures as a table with a column per cluster (narrow enough
for any window) and the collaboration shares of both; the other tabs set the sections of each
cluster's own tab in one grid, so the same section of both has the same height and every table
and chart copies and exports as it does in the single view.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from qingdao_viewer.i18n import translate
from qingdao_viewer.tables import ProfileTables, Table
from qingdao_viewer.tables.comparison import ComparisonTables
from qingdao_viewer.ui.literal import menu_text
from qingdao_viewer.ui.table_view import TableView
from qingdao_viewer.ui.tabs import (
    READING_WIDTH,
    ContentTab,
    ElidedLabel,
    FigureCard,
    SourceLabel,
    leader_cards,
    output_cards,
    plain_label,
    rank_cards,
    scrolling,
)

if TYPE_CHECKING:
    from qingdao_viewer.ui.chart_tabs import ChartTab
    from qingdao_viewer.ui.share_chart import ShareChart

COMPARE_WIDTH = 2 * READING_WIDTH  # two clusters' pages at most this wide together


def fit_rows(view: TableView, rows: int) -> None:
    """Make a short table exactly tall enough for its rows and header."""
    view.fit_rows(rows)


def heading(text: str) -> ElidedLabel:
    """A cluster's name over its column: one line, elided with a tooltip when the column is narrow."""
    label = ElidedLabel(text)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() + 4)
    font.setBold(True)
    label.setFont(font)
    label.setContentsMargins(4, 4, 4, 4)
    return label


def side_by_side(cards: list[FigureCard]) -> QWidget:
    """A row of cards of equal width (their captions wrap): the page stays short enough to reach the tables."""
    holder = QWidget()
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    for card in cards:
        row.addWidget(card, 1)
    return holder


class CompareOverviewTab(ContentTab):
    """Both clusters' figures side by side, and the tables of both to copy or export."""

    def __init__(
        self,
        first: ProfileTables,
        second: ProfileTables,
        comparison: ComparisonTables,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.comparison = comparison
        page = QWidget()
        layout = QVBoxLayout(page)
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        self.headings: list[QWidget] = []
        self.cards: list[list[FigureCard]] = []
        self.output_cards: list[list[FigureCard]] = []
        self.leader_cards: list[list[FigureCard]] = []
        for column, tables in enumerate((first, second)):
            overview = tables.overview
            title = heading(overview.edition)
            title.setAccessibleName(overview.edition)
            self.headings.append(title)
            self.cards.append(rank_cards(overview))
            self.output_cards.append(output_cards(overview))
            self.leader_cards.append(leader_cards(overview))
            cells = [
                title,
                plain_label(translate("Tabs", "Ranks"), point_delta=1, bold=True),
                side_by_side(self.cards[-1]),
                plain_label(translate("Tabs", "Output per 1 million inhabitants"), point_delta=1, bold=True),
                side_by_side(self.output_cards[-1]),
                plain_label(translate("Tabs", "Leading organizations"), point_delta=1, bold=True),
                side_by_side(self.leader_cards[-1]),
            ]
            for row, cell in enumerate(cells):
                grid.addWidget(cell, row, column)
            grid.setColumnStretch(column, 1)
        layout.addLayout(grid)

        copy_row = QHBoxLayout()
        self.copy_button = QPushButton(translate("Tabs", "Copy &key figures"))
        self.copy_button.setToolTip(
            translate("Tabs", "Copy both clusters' figures on this page as table rows, with their headers")
        )
        self.copy_button.clicked.connect(self.copy_key_figures)
        copy_row.addWidget(self.copy_button)
        copy_row.addStretch(1)
        layout.addLayout(copy_row)

        self.views: list[TableView] = []
        for table in (comparison.key_figures_by_figure, comparison.collaboration):
            layout.addWidget(self._table_box(table))
        self.source = SourceLabel(comparison.key_figures.attribution)
        self.source.setAccessibleDescription(translate("Tabs", "Source and licence"))
        layout.addWidget(self.source)
        layout.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolling(page, COMPARE_WIDTH))

    def _table_box(self, table: Table) -> QGroupBox:
        box = QGroupBox(menu_text(table.title))
        box_layout = QVBoxLayout(box)
        view = TableView(table)
        view.fit_rows()
        box_layout.addWidget(view)
        if table.note:
            box_layout.addWidget(plain_label(table.note))
        self.views.append(view)
        return box

    def table_views(self) -> list[TableView]:
        return list(self.views)

    def primary_table(self) -> Table:
        return self.comparison.key_figures

    def copy_key_figures(self) -> None:
        """Both clusters' key figures as rows under one header row, as the single view copies one."""
        from qingdao_viewer.export.clipboard_text import table_clipboard
        from qingdao_viewer.ui import clipboard

        clipboard.put_text(table_clipboard(self.comparison.key_figures))


class SideBySideTab(ContentTab):
    """Two clusters' versions of one tab, each under its cluster's name, their sections row by row.

    ``lead`` is a section across both (the comparison's own table), above the rest.
    """

    def __init__(self, titled: list[tuple[str, ChartTab]], parent: QWidget | None = None, lead: QWidget | None = None):
        super().__init__(parent)
        page = QWidget()
        grid = QGridLayout(page)
        grid.setHorizontalSpacing(16)
        self.sides = [tab for _, tab in titled]
        top = 0
        if lead is not None:
            grid.addWidget(lead, 0, 0, 1, len(titled))
            top = 1
        stretched = False
        for column, (title, tab) in enumerate(titled):
            name = heading(title)
            name.setAccessibleName(title)
            grid.addWidget(name, top, column)
            for row, (widget, stretch) in enumerate(tab.sections, start=top + 1):
                grid.addWidget(widget, row, column)
                if column == 0:
                    grid.setRowStretch(row, stretch)
                    stretched = stretched or bool(stretch)
            grid.setColumnStretch(column, 1)
            tab.hide()  # its sections are here; the tab itself holds nothing to show
            tab.setParent(page)
        if not stretched:
            grid.setRowStretch(grid.rowCount(), 1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolling(page, COMPARE_WIDTH))
        self.share_scales()
        self.match_heights()

    def match_heights(self) -> None:
        """The same table and chart on both sides are equally tall: the rows below them line up."""
        views, charts = self.table_views(), self.charts()
        for view in views:
            twins = [other for other in views if other.table.name == view.table.name]
            view.setFixedHeight(max(twin.maximumHeight() for twin in twins))
        for chart in charts:
            chart_twins = [other for other in charts if other.table.name == chart.table.name]
            chart.setMinimumHeight(max(twin.minimumHeight() for twin in chart_twins))
            chart.setMaximumHeight(max(twin.maximumHeight() for twin in chart_twins))

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

    def __init__(self, comparison: ComparisonTables, titled: list[tuple[str, ChartTab]], parent: QWidget | None = None):
        super().__init__(parent)
        table = comparison.collaboration
        box = QGroupBox(menu_text(table.title))
        box_layout = QVBoxLayout(box)
        self.view = TableView(table)
        self.view.fit_rows()
        box_layout.addWidget(self.view)
        self.sides = SideBySideTab(titled, lead=box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.sides)

    def table_views(self) -> list[TableView]:
        return [self.view, *self.sides.table_views()]

    def charts(self) -> list[ShareChart]:
        return self.sides.charts()
