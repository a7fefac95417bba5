"""What the report says, block by block: one cluster's tabs, or several clusters compared.

One cluster: the Overview's key figures (and after them, where the tables carry them, the
derived estimates, titled and marked as derived, with the note on how they are computed), then
the Patents, Publications and Collaboration tabs, each table under its heading with its share
chart (drawn from the same table by the charts package onto the page's painter, as wide as the
tables: vectors and real text).
Clusters compared (the window's compare mode): the key figures of all in one table, a
column a cluster and a row a figure, each one's leading organizations, then each tab with
every cluster's table after the other's, charts of one kind on one scale.

Blocks flow down the pages: a tab's title is kept with its first table, a table with its
heading and chart; a table that fits on a page is kept whole (it starts a new page rather
than being split) when the page it would leave is well used (KEEP_WHOLE_FILL), and else, as
a longer one does, it starts where it is and flows across pages with its header row
repeated. No tab starts a page of its own, so no page is left half empty.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from typing import NamedTuple

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QFont, QPainter

from qingdao_viewer.charts import (
    EXPORT_HEIGHT,
    FRAME_PIXELS,
    ROW_PIXELS,
    ChartColors,
    ChartRenderer,
    ChartSpec,
    bars_that_fit,
    chart_title,
)
from qingdao_viewer.i18n import translate
from qingdao_viewer.profile import ClusterProfile
from qingdao_viewer.report.flow import BAR, MUTED, TEXT, WHITE, Flow
from qingdao_viewer.report.table_flow import TableLayout
from qingdao_viewer.tables import Column, Kind, ProfileTables, Table, attribution_text, share_rows, subject_columns
from qingdao_viewer.tables.comparison import ComparisonTables
from qingdao_viewer.tables.derived import derived_cards
from qingdao_viewer.tables.table import display_text

CHART_ROW_SCALE = 1.2  # a bar's row a little taller than the window's least, for air between names and bars
MIN_BARS = 5  # a chart drawn shorter to start on a page's rest draws this many bars at least
KEEP_WHOLE_FILL = 0.6  # a table that would fit on a page goes whole to the next if this much of the page is used


class Cluster(NamedTuple):
    """One cluster's edition in the report: its profile and the tables read from it."""

    profile: ClusterProfile
    tables: ProfileTables


class ReportContent(NamedTuple):
    """What a report covers: one cluster, or several compared (``comparison``: the window's tables of two)."""

    clusters: tuple[Cluster, ...]
    comparison: ComparisonTables | None = None

    @property
    def compared(self) -> bool:
        return len(self.clusters) > 1

    @property
    def attribution(self) -> str:
        """The source's credit once, or each edition's in turn where they differ."""
        credits: list[str] = []
        for cluster in self.clusters:
            credit = attribution_text(cluster.profile)
            if credit not in credits:
                credits.append(credit)
        return " ".join(credits)

    @property
    def names(self) -> str:
        """The clusters by name: "Qingdao, China", or "Qingdao, China and Jinan, China"."""
        titles = [cluster.profile.title for cluster in self.clusters]
        if len(titles) == 1:
            return titles[0]
        return translate("Report", "{names} and {last}").format(
            names=list_separator().join(titles[:-1]), last=titles[-1]
        )

    @property
    def rows(self) -> int:
        """The rows of every table the tabs print: the measure of the layout's work."""
        return sum(len(table.rows) for cluster in self.clusters for table, _ in _tab_tables(cluster.tables))


def list_separator() -> str:
    """Between the items of a list in a sentence: ", " in English, "、" in Chinese."""
    return translate("Report", ", ")


# -- blocks -------------------------------------------------------------------------------


class _TableBlock:
    """A table under its heading, with its share chart if it has one; or, with no rows, why there are none."""

    def __init__(self, flow: Flow, renderer: ChartRenderer, table: Table, spec: ChartSpec, heading: str):
        self.flow, self.renderer, self.table, self.spec, self.heading = flow, renderer, table, spec, heading
        self.layout = TableLayout(flow, table)
        self.charted = bool(table.rows) and table.chart is not None
        # As many bars as the exported charts draw, unless fewer let the block start on a page's rest.
        self.most_bars = bars_that_fit(EXPORT_HEIGHT)
        self.bars = self.most_bars

    @property
    def chart_height(self) -> float:
        """The chart's height at the height the window gives each bar (a little more: air between names and bars)."""
        if not self.charted:
            return 0.0
        shown = min(self.bars, len(share_rows(self.table)))
        return self.flow.pixels(FRAME_PIXELS + round(ROW_PIXELS * CHART_ROW_SCALE) * max(2, shown))

    def measure(self) -> Iterator[int]:
        if self.table.rows:
            yield from self.layout.measure()

    def keep(self, above: float = 0.0) -> float:
        """The height kept together at the block's start: all of it if it fits on a page, else its start.

        A block that would leave a page less than KEEP_WHOLE_FILL used starts on it, its chart
        drawing fewer bars (MIN_BARS at least; its note says how many more rows the table has)
        if that is what lets it start there. above: what goes on the page before it (a tab's title).
        """
        flow = self.flow
        heading = flow.text_height(self.heading, flow.fonts.heading) + flow.mm(1.5)
        if not self.table.rows:
            return heading + flow.text_height(self._no_rows(), flow.fonts.body)
        self.bars = self.most_bars
        table_start, table_whole = self.layout.start_height(), self.layout.height(flow.page_height)
        chart = self.chart_height + flow.mm(3) if self.charted else 0.0
        whole = heading + chart + table_whole
        rest = flow.room - above
        if whole <= rest:
            return whole
        filled = (flow.y - flow.top) / flow.page_height
        if filled >= KEEP_WHOLE_FILL or flow.at_page_top:  # to the next page, whole if it fits there
            return whole if whole <= flow.page_height else heading + chart + table_start
        if self.charted and heading + chart + table_start > rest:
            row = flow.pixels(round(ROW_PIXELS * CHART_ROW_SCALE))
            room = rest - heading - flow.mm(3) - table_start - flow.pixels(FRAME_PIXELS)
            fewer = math.floor(room / row)
            if MIN_BARS <= fewer < self.bars:
                self.bars = fewer
        return heading + (self.chart_height + flow.mm(3) if self.charted else 0.0) + table_start

    def _no_rows(self) -> str:
        return self.table.note or translate("Report", "The source profile lists no rows for this table.")

    def place(self) -> Iterator[int]:
        flow = self.flow
        flow.need(self.keep())
        flow.paragraph(self.heading, flow.fonts.heading, after=flow.mm(1.5))
        if not self.table.rows:
            flow.paragraph(self._no_rows(), flow.fonts.body, MUTED)
            flow.space(flow.mm(5))
            return
        if self.charted:
            self._chart()
        yield from self.layout.place()
        flow.space(flow.mm(5))

    def _chart(self) -> None:
        """The table's share chart as the window draws it, in print colours, as wide as the tables.

        Drawn onto the page's own painter: bars, axis and frame as vectors, names and figures as
        text a reader can search and copy, its text at the window's point size.
        """
        colors = ChartColors(QColor(WHITE), QColor(TEXT), QColor(BAR), QColor(MUTED))
        renderer, spec, bars = self.renderer, self.spec, self.bars

        def paint(painter: QPainter, area: QRectF) -> None:
            renderer.draw(spec, colors, bars)  # one renderer draws every chart, in turn
            renderer.paint(painter, area)

        self.flow.drawing(paint, self.chart_height)
        self.flow.space(self.flow.mm(3))


def _place_section(flow: Flow, title: str, blocks: Sequence[_TableBlock]) -> Iterator[int]:
    """A tab's title kept with its first block, then its blocks; yields the rows measured and placed."""
    for block in blocks:
        yield from block.measure()
    section = flow.fonts.section
    if blocks:
        title_height = flow.text_height(title, section) + flow.mm(3)
        flow.need(title_height + blocks[0].keep(above=title_height))
    flow.paragraph(title, section, after=flow.mm(3))
    for block in blocks:
        yield from block.place()


def _tab_tables(tables: ProfileTables) -> list[tuple[Table, bool]]:
    """Every table the tabs after the Overview show, each with whether its chart is 0 to 100%."""
    return [table for _, section in _tabs(tables) for table in section]


def _tabs(tables: ProfileTables) -> list[tuple[str, list[tuple[Table, bool]]]]:
    """The Patents, Publications and Collaboration tabs' titles and tables, each with whether its chart is 0 to 100%."""
    return [
        (translate("Report", "Patents"), [(tables.patent_applicants, False), (tables.patent_fields, False)]),
        (
            translate("Report", "Publications"),
            [(tables.publishing_organizations, False), (tables.publication_fields, False)],
        ),
        (
            translate("Report", "Collaboration"),
            [
                (tables.collaboration, True),
                (tables.patent_collaboration_locations, False),
                (tables.publication_collaboration_locations, False),
            ],
        ),
    ]


def _sections(flow: Flow, renderer: ChartRenderer, content: ReportContent) -> Iterator[int]:
    """The Patents, Publications and Collaboration tabs; compared, each table of every cluster in turn."""
    per_cluster = [_tabs(cluster.tables) for cluster in content.clusters]
    for tab, (title, first_tables) in enumerate(per_cluster[0]):
        blocks = []
        for index in range(len(first_tables)):
            kinds = [tabs[tab][1][index] for tabs in per_cluster]  # this table of each cluster
            for table, full_scale in kinds:
                others = tuple(share for other, _ in kinds if other is not table for _, share in share_rows(other))
                spec = ChartSpec(table, full_scale, others if content.compared else ())
                # Compared, every heading names whose figures follow; alone, a chart's title does.
                heading = chart_title(table) if content.compared or table.chart is not None else table.title
                blocks.append(_TableBlock(flow, renderer, table, spec, heading))
        yield from _place_section(flow, title, blocks)


# -- the overview -------------------------------------------------------------------------


def _overview(flow: Flow, tables: ProfileTables) -> None:
    """What the Overview shows, in the Overview's words (read by name from the tables)."""
    fonts, overview = flow.fonts, tables.overview
    flow.paragraph(overview.title, fonts.title, after=flow.mm(1))
    flow.paragraph(overview.subtitle, fonts.subtitle, MUTED, after=flow.mm(6))

    ranks = overview.ranks
    rank_cards = [ranks.size, ranks.intensity, ranks.in_economy]
    _headed_cards(flow, translate("Report", "Ranks"), rank_cards, fonts.figure, 3)

    output = overview.output
    output_cards = [output.pct_applications, output.scientific_articles]
    _headed_cards(flow, translate("Report", "Output per 1 million inhabitants"), output_cards, fonts.figure)
    flow.paragraph(output.note, fonts.body, MUTED, after=flow.mm(5))

    leaders = overview.leaders.given
    if leaders:
        _headed_cards(flow, translate("Report", "Leading organizations"), leaders, fonts.name_figure)

    collaboration = overview.collaboration
    collaboration_cards = [collaboration.patents, collaboration.publications]
    _headed_cards(flow, translate("Report", "Made in collaboration"), collaboration_cards, fonts.figure)
    flow.space(flow.mm(4))
    if tables.derived is not None:
        _derived(flow, tables.derived)


def _headed_cards(flow: Flow, heading: str, cards: Sequence[tuple[str, str]], font: QFont, columns: int = 2) -> None:
    """A heading kept with the row of cards under it, then the cards."""
    keep = flow.cards_height(cards, font, columns) + flow.mm(1.5)
    flow.paragraph(heading, flow.fonts.heading, after=flow.mm(1.5), keep=keep)
    flow.cards(cards, font, columns=columns)


def _cards_by_cluster(
    flow: Flow, section: str, groups: Sequence[tuple[str, Sequence[tuple[str, str]]]], font: QFont
) -> None:
    """A section's title kept with its first cluster's cards, then each cluster's cards under its name."""
    fonts = flow.fonts
    first = next((cards for _, cards in groups if cards), ())
    keep = flow.text_height(section, fonts.section) + flow.mm(10) + flow.cards_height(first, font, 2)
    flow.paragraph(section, fonts.section, after=flow.mm(3), keep=keep)
    for edition, cards in groups:
        if cards:
            _headed_cards(flow, edition, cards, font)


def _derived(flow: Flow, table: Table) -> None:
    """The derived estimates after the source's figures: titled as derived, each figure marked, the note on how."""
    _headed_cards(flow, table.title, derived_cards(table), flow.fonts.figure)
    flow.paragraph(table.note, flow.fonts.body, MUTED, after=flow.mm(5))


def figures_by_cluster(key_figures: Sequence[Table], title: str) -> Table:
    """Clusters' key figures as one table to read down: a row a figure, a column a cluster.

    Each cluster's key-figures table gives one row: its cluster, economy and edition name the
    column; every other column becomes a row, its figures shown as the source prints them.
    """
    subjects = len(subject_columns())
    columns = key_figures[0].columns[subjects:]
    rows = [row for table in key_figures for row in table.rows]
    heads = [
        Column(
            translate("Tables", "{cluster}, GII {year}").format(cluster=f"{row[0]}, {row[1]}", year=row[2]),
            Kind.COUNT,  # the figures already shown as text: set right, as figures are
        )
        for row in rows
    ]
    return Table(
        name="report-key-figures",
        title=title,
        columns=(Column(translate("Report", "Figure")), *heads),
        rows=tuple(
            (column.header, *(display_text(row[subjects + index], column.kind) for row in rows))
            for index, column in enumerate(columns)
        ),
        note=key_figures[0].note,
        attribution=key_figures[0].attribution,
    )


def _compared_overview(flow: Flow, renderer: ChartRenderer, content: ReportContent) -> Iterator[int]:
    """Several clusters' key figures side by side, then each one's leading organizations."""
    fonts = flow.fonts
    flow.paragraph(content.names, fonts.title, after=flow.mm(1))
    years = sorted({cluster.profile.year for cluster in content.clusters})
    subtitle = translate("Report", "Science and technology clusters compared · Global Innovation Index {years}")
    flow.paragraph(subtitle.format(years=list_separator().join(str(year) for year in years)), fonts.subtitle, MUTED)
    flow.space(flow.mm(6))
    if content.comparison is not None:
        title = content.comparison.key_figures.title
    else:
        title = translate("Report", "Key figures: {clusters}").format(
            clusters="; ".join(cluster.tables.overview.edition for cluster in content.clusters)
        )
    table = figures_by_cluster([cluster.tables.key_figures for cluster in content.clusters], title)
    block = _TableBlock(flow, renderer, table, ChartSpec(table), title)
    yield from block.measure()
    yield from block.place()

    leaders = [(cluster.tables.overview.edition, cluster.tables.overview.leaders.given) for cluster in content.clusters]
    _cards_by_cluster(flow, translate("Report", "Leading organizations"), leaders, fonts.name_figure)
    flow.space(flow.mm(4))
    # Each cluster's derived estimates, after every cluster's source figures: one title, the note once.
    derived = [
        (cluster.tables.overview.edition, cluster.tables.derived)
        for cluster in content.clusters
        if cluster.tables.derived is not None
    ]
    if derived:
        example = derived[0][1]
        by_cluster = [(edition, derived_cards(table)) for edition, table in derived]
        _cards_by_cluster(flow, example.title, by_cluster, fonts.figure)
        flow.paragraph(example.note, fonts.body, MUTED, after=flow.mm(5))


_RENDERERS: list[ChartRenderer] = []


def _renderer() -> ChartRenderer:
    """The one renderer every report draws its charts with, made once (on the QApplication's thread).

    Made anew for each report, its hidden pyqtgraph scene would be left to Python's cycle
    collector, which may run on any thread (a window's offloaded writes) and destroy Qt
    objects there.
    """
    if not _RENDERERS:
        _RENDERERS.append(ChartRenderer())
    return _RENDERERS[0]


def lay_out(flow: Flow, content: ReportContent) -> Iterator[int]:
    """The whole report down the flow's pages; yields the rows measured and placed as it goes."""
    renderer = _renderer()
    if content.compared:
        yield from _compared_overview(flow, renderer, content)
    else:
        _overview(flow, content.clusters[0].tables)
    yield from _sections(flow, renderer, content)
