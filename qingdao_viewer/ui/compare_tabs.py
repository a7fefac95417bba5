"""Compare mode: 2 to 10 clusters side by side in every tab.

The Overview of two clusters sets both clusters' ranks, output per million and leading
organizations in one grid, row by row; of any number, it shows the key figures as a table with
a column per cluster, grouped bar charts (one group per figure, one bar per cluster) of the
per-million figures and of the collaboration shares, and the collaboration table. The other
tabs set the sections of each cluster's own tab in one grid, so the same section of every
cluster has the same height and every table and chart copies and exports as it does in the
single view.

The rule for the other tabs: as many clusters go side by side in a row as the tab's width
gives each at least ``MIN_COLUMN`` pixels; the rest wrap below in rows of as many; when not
even two fit, they are stacked, one cluster under another. The page scrolls.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QStyle,
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
    from qingdao_viewer.ui.grouped_chart import GroupedBarChart
    from qingdao_viewer.ui.share_chart import ShareChart

COMPARE_WIDTH = 2 * READING_WIDTH  # two clusters' pages at most this wide together
MIN_COLUMN = 360  # a cluster's column on the side-by-side tabs is at least this wide, or they wrap
COLUMN_SPACING = 16


def page_width(clusters: int) -> int:
    """How wide a comparison's page may grow: two clusters' reading width, half of one for each cluster beyond."""
    return max(COMPARE_WIDTH, clusters * READING_WIDTH // 2)


def clusters_per_row(width: int, clusters: int) -> int:
    """How many clusters' columns go side by side in ``width`` pixels, each at least MIN_COLUMN wide (1 to all)."""
    fitting = (width + COLUMN_SPACING) // (MIN_COLUMN + COLUMN_SPACING)
    return max(1, min(clusters, fitting))


def compared_title(first: str, others: list[str]) -> str:
    """The window's title in compare mode: two named, more counted (the title stays short)."""
    if len(others) == 1:
        return translate("MainWindow", "{first} and {second} — compared").format(first=first, second=others[0])
    return translate("MainWindow", "{first} and {count} other clusters — compared").format(
        first=first, count=len(others)
    )


def fit_rows(view: TableView, rows: int) -> None:
    """Make a short table exactly tall enough for its rows and header."""
    view.fit_rows(rows)


class WideTableView(TableView):
    """A comparison's table of many clusters: a column per cluster, scrolled sideways when the page is narrower.

    Its height keeps room for the scroll bar, so every row stays in view with the bar shown.
    """

    def fit_rows(self, most: int | None = None) -> None:
        super().fit_rows(most)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setFixedHeight(self.height() + self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent))

    NAME_WIDTH = 280  # the figures' names: at most this wide, so the clusters' columns start in view

    def _fit_columns(self) -> None:
        """Override TableView::_fit_columns: the names' column as wide as its text (up to NAME_WIDTH), not stretched."""
        super()._fit_columns()
        header = self.horizontalHeader()
        metrics = self.fontMetrics()
        widest = max(metrics.horizontalAdvance(str(row[0])) for row in self.table.rows) if self.table.rows else 0
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, min(self.NAME_WIDTH, widest + self.CELL_PADDING + metrics.horizontalAdvance("0")))
        header.setStretchLastSection(False)

    def minimumSizeHint(self) -> QSize:
        """Override TableView::minimumSizeHint: as narrow as a cluster's column; the rest scrolls."""
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), MIN_COLUMN), hint.height())


def comparison_view(table: Table) -> TableView:
    """The view of a comparison's table: a plain one for two clusters, one that scrolls sideways for more."""
    view = TableView(table) if len(table.columns) <= 3 else WideTableView(table)
    view.fit_rows()
    return view


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
    """The clusters' figures side by side, the grouped charts, and the tables of them all to copy or export."""

    def __init__(
        self,
        first: ProfileTables,
        others: Sequence[ProfileTables],
        comparison: ComparisonTables,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        from qingdao_viewer.ui.grouped_chart import GroupedBarChart  # pyqtgraph: loaded when compare mode begins

        self.comparison = comparison
        page = QWidget()
        layout = QVBoxLayout(page)
        self.headings: list[QWidget] = []
        self.cards: list[list[FigureCard]] = []
        self.output_cards: list[list[FigureCard]] = []
        self.leader_cards: list[list[FigureCard]] = []
        if len(others) == 1:  # two clusters: their cards side by side (more are read from the table)
            layout.addLayout(self._cards_grid([first, *others]))

        copy_row = QHBoxLayout()
        self.copy_button = QPushButton(translate("Tabs", "Copy &key figures"))
        self.copy_button.setToolTip(
            translate("Tabs", "Copy the compared clusters' figures on this page as table rows, with their headers")
        )
        self.copy_button.clicked.connect(self.copy_key_figures)
        copy_row.addWidget(self.copy_button)
        copy_row.addStretch(1)
        layout.addLayout(copy_row)

        self.views: list[TableView] = []
        self.grouped_charts: list[GroupedBarChart] = []
        layout.addWidget(self._table_box(comparison.key_figures_by_figure))
        for table, chart_table in (
            (None, comparison.per_million),
            (comparison.collaboration, comparison.collaboration),
        ):
            if table is not None:
                layout.addWidget(self._table_box(table))
            chart = GroupedBarChart(chart_table)
            self.grouped_charts.append(chart)
            layout.addWidget(chart)
        self.source = SourceLabel(comparison.key_figures.attribution)
        self.source.setAccessibleDescription(translate("Tabs", "Source and licence"))
        layout.addWidget(self.source)
        layout.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolling(page, page_width(comparison.clusters)))

    def _cards_grid(self, clusters: list[ProfileTables]) -> QGridLayout:
        grid = QGridLayout()
        grid.setHorizontalSpacing(COLUMN_SPACING)
        for column, tables in enumerate(clusters):
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
        return grid

    def _table_box(self, table: Table) -> QGroupBox:
        box = QGroupBox(menu_text(table.title))
        box_layout = QVBoxLayout(box)
        view = comparison_view(table)
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
        """Every compared cluster's key figures as rows under one header row, as the single view copies one."""
        from qingdao_viewer.export.clipboard_text import table_clipboard
        from qingdao_viewer.ui import clipboard

        clipboard.put_text(table_clipboard(self.comparison.key_figures))


class SideBySideTab(ContentTab):
    """The clusters' versions of one tab, each under its cluster's name, their sections row by row.

    ``lead`` is a section across them all (the comparison's own table), above the rest. As many
    clusters go side by side as the width allows (``clusters_per_row``); the others wrap below.
    """

    def __init__(self, titled: list[tuple[str, ChartTab]], parent: QWidget | None = None, lead: QWidget | None = None):
        super().__init__(parent)
        self.page = QWidget()
        self.grid = QGridLayout(self.page)
        self.grid.setHorizontalSpacing(COLUMN_SPACING)
        self.sides = [tab for _, tab in titled]
        self.lead = lead
        self.headings: list[ElidedLabel] = []
        self.columns: list[list[tuple[QWidget, int]]] = []  # each cluster's heading and sections, with stretches
        for title, tab in titled:
            name = heading(title)
            name.setAccessibleName(title)
            self.headings.append(name)
            self.columns.append([(name, 0), *tab.sections])
            tab.hide()  # its sections are here; the tab itself holds nothing to show
            tab.setParent(self.page)
        self.per_row = 0  # clusters side by side in a row now (0: not laid out yet)
        self.arrange(len(titled))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolling(self.page, page_width(len(titled))))
        self.share_scales()
        self.match_heights()

    def arrange(self, per_row: int) -> None:
        """Lay the clusters out ``per_row`` side by side, the rest in rows below (each row its sections aligned)."""
        if per_row == self.per_row:
            return
        grid = self.grid
        for row in range(grid.rowCount()):
            grid.setRowStretch(row, 0)
        for column in range(grid.columnCount()):
            grid.setColumnStretch(column, 0)
        for widget, _ in (cell for cells in self.columns for cell in cells):
            grid.removeWidget(widget)
        if self.lead is not None:
            grid.removeWidget(self.lead)
            grid.addWidget(self.lead, 0, 0, 1, per_row)
        top = 1 if self.lead is not None else 0
        height = max(len(cells) for cells in self.columns)
        stretched = False
        for index, cells in enumerate(self.columns):
            band, column = divmod(index, per_row)
            for offset, (widget, stretch) in enumerate(cells):
                row = top + band * height + offset
                grid.addWidget(widget, row, column)
                if column == 0 and stretch:
                    grid.setRowStretch(row, stretch)
                    stretched = True
        for column in range(per_row):
            grid.setColumnStretch(column, 1)
        if not stretched:
            grid.setRowStretch(top + -(-len(self.columns) // per_row) * height, 1)
        self.per_row = per_row

    def room(self) -> int:
        """The width the clusters' columns share: the tab's less a scroll bar and the margins, at most the page's."""
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        margins = self.grid.contentsMargins()
        width = min(self.width() - bar, self.page.maximumWidth())
        return width - margins.left() - margins.right()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Override QWidget::resizeEvent: as many clusters side by side as keep their columns readable."""
        super().resizeEvent(event)
        self.arrange(clusters_per_row(self.room(), len(self.columns)))

    def match_heights(self) -> None:
        """The same table and chart of every cluster are equally tall: the rows below them line up."""
        views, charts = self.table_views(), self.charts()
        for view in views:
            twins = [other for other in views if other.table.name == view.table.name]
            view.setFixedHeight(max(twin.maximumHeight() for twin in twins))
        for chart in charts:
            chart_twins = [other for other in charts if other.table.name == chart.table.name]
            chart.setMinimumHeight(max(twin.minimumHeight() for twin in chart_twins))
            chart.setMaximumHeight(max(twin.maximumHeight() for twin in chart_twins))

    def share_scales(self) -> None:
        """Charts of the same table of every cluster get one axis: bars of equal share are equally long."""
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
    """The clusters' collaboration shares in one table, above each cluster's own tab."""

    def __init__(self, comparison: ComparisonTables, titled: list[tuple[str, ChartTab]], parent: QWidget | None = None):
        super().__init__(parent)
        table = comparison.collaboration
        box = QGroupBox(menu_text(table.title))
        box_layout = QVBoxLayout(box)
        self.view = comparison_view(table)
        box_layout.addWidget(self.view)
        self.sides = SideBySideTab(titled, lead=box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.sides)

    def table_views(self) -> list[TableView]:
        return [self.view, *self.sides.table_views()]

    def charts(self) -> list[ShareChart]:
        return self.sides.charts()
