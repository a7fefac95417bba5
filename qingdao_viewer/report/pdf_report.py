"""A profile as a PDF report on A4 pages, written by Qt's own PDF writer (QPdfWriter, QPainter).

Page 1 holds the Overview's key figures; then come the Patents, Publications and
Collaboration tabs, each from a new page: the charts (drawn from the same tables by the
charts package onto the PDF's painter, as wide as the tables: vectors and real text) and
the tables in full, continued over as many pages as they need with their header row
repeated. Every page has a header with the cluster's name and a footer with the source's
credit and "Page N of M". The report's own words go through ``translate("Report", ...)``;
the tables bring their own.

Text from the profile is drawn as plain text, line by line (never as markup), and is
wrapped, never cut: a name too long for its cell takes more lines, and a row too tall for
a page goes on over the next. The layout is worked out first, as a list of drawing steps
per page, so the page count is known before the first footer is drawn. Both are done a few
rows or a page at a time (``report_pdf_steps``), so the window keeps painting, and can stop,
while a long profile's report is made.

The same profile gives the same bytes: the PDF carries no creation date, its document id
comes from its content, and Qt's hash seed is fixed while the file is written (it decides
the order fonts are written in).
"""

from __future__ import annotations

import html
import math
import re
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QHashSeed,
    QIODevice,
    QMarginsF,
    QPointF,
    QRectF,
    Qt,
    QUuid,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPaintDevice,
    QPainter,
    QPdfWriter,
    QPen,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import QApplication

from qingdao_viewer import APP_NAME, __version__
from qingdao_viewer.charts import (
    EXPORT_HEIGHT,
    FRAME_PIXELS,
    LOGICAL_DPI,
    ROW_PIXELS,
    ChartColors,
    ChartRenderer,
    ChartSpec,
    bars_that_fit,
    chart_title,
)
from qingdao_viewer.i18n import translate
from qingdao_viewer.profile import ClusterProfile
from qingdao_viewer.steps import Progress, Steps, run_steps
from qingdao_viewer.tables import (
    ProfileTables,
    Table,
    attribution_text,
    share_rows,
)

RESOLUTION = 1200  # device units per inch: QPdfWriter's default, fine enough for every measure
PAGE_WIDTH_MM, PAGE_HEIGHT_MM = 210.0, 297.0  # A4 portrait
SIDE_MARGIN_MM = 18.0
HEADER_TOP_MM = 10.0  # the running header's rule sits below its text, starting here
BODY_TOP_MM = 22.0
BOTTOM_MARGIN_MM = 10.0
FOOTER_LINES = 3  # of the source's credit
ROWS_PER_STEP = 250  # of a table, measured or laid out between two steps of the report's work
PROGRESS_TOTAL = 1000  # the report's Progress is in thousandths
CHART_ROW_SCALE = 1.2  # a bar's row a little taller than the window's least, for air between names and bars

TEXT = "#000000"
MUTED = "#505050"
RULE = "#9a9a9a"
LIGHT_RULE = "#d0d0d0"
STRIPE = "#f2f2f2"
HEADER_FILL = "#e2e2e2"
BAR = "#2f6aad"
WHITE = "#ffffff"

Step = Callable[[QPainter], None]


def _mm(length: float) -> float:
    return length * RESOLUTION / 25.4


def _pixels(length: float) -> float:
    """A length in a chart's logical pixels (1/96 inch) in the PDF's units."""
    return length * RESOLUTION / LOGICAL_DPI


def _pen(color: str, width_mm: float = 0.0) -> QPen:
    pen = QPen(QColor(color))
    pen.setWidthF(_mm(width_mm) if width_mm else 0.0)
    return pen


def _utf16_slice(text: str, start: int, length: int) -> str:
    """A piece of text by Qt's positions, which count UTF-16 code units, not characters."""
    if text.isascii():
        return text[start : start + length]
    units = text.encode("utf-16-le")
    return units[2 * start : 2 * (start + length)].decode("utf-16-le", errors="replace")


@dataclass(frozen=True)
class _Fonts:
    """The report's fonts: the application's family at fixed point sizes."""

    title: QFont
    subtitle: QFont
    section: QFont
    heading: QFont
    body: QFont
    table: QFont
    table_header: QFont
    figure: QFont
    name_figure: QFont
    small: QFont

    @classmethod
    def of(cls, family: str) -> _Fonts:
        def font(points: float, bold: bool = False) -> QFont:
            made = QFont(family)
            made.setPointSizeF(points)
            made.setBold(bold)
            # No ligatures: "fi" copied or searched in the PDF stays two letters.
            made.setStyleStrategy(QFont.StyleStrategy.PreferNoShaping)
            return made

        return cls(
            title=font(22, bold=True),
            subtitle=font(12),
            section=font(15, bold=True),
            heading=font(11, bold=True),
            body=font(9.5),
            table=font(8.5),
            table_header=font(8.5, bold=True),
            figure=font(18, bold=True),
            name_figure=font(10.5, bold=True),
            small=font(7),
        )


class _Flow:
    """Lays blocks out down A4 pages, breaking pages where they fill; records what to draw."""

    def __init__(self, device: QPaintDevice, fonts: _Fonts, footer_height: float):
        self.device = device
        self.fonts = fonts
        self.left = _mm(SIDE_MARGIN_MM)
        self.width = _mm(PAGE_WIDTH_MM - 2 * SIDE_MARGIN_MM)
        self.top = _mm(BODY_TOP_MM)
        self.bottom = _mm(PAGE_HEIGHT_MM - BOTTOM_MARGIN_MM) - footer_height - _mm(4)
        self.pages: list[list[Step]] = [[]]
        self.y = self.top
        self._metrics: dict[int, tuple[QFont, QFontMetricsF]] = {}

    # -- measuring ----------------------------------------------------------------------

    def metrics(self, font: QFont) -> QFontMetricsF:
        """The font's measures on the PDF (kept by the font's identity: QFont.key() is slow)."""
        found = self._metrics.get(id(font))
        if found is None:
            found = self._metrics[id(font)] = (font, QFontMetricsF(font, self.device))
        return found[1]

    def wrap(self, text: str, font: QFont, width: float) -> list[str]:
        """Text as the lines it takes at width: at word boundaries, or anywhere in a word too long."""
        if self.metrics(font).horizontalAdvance(text) <= width:
            return [text]
        layout = QTextLayout(text, font, self.device)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(option)
        lines = []
        layout.beginLayout()
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            lines.append(_utf16_slice(text, line.textStart(), line.textLength()).rstrip())
        layout.endLayout()
        return lines or [text]

    # -- pages --------------------------------------------------------------------------

    @property
    def room(self) -> float:
        return self.bottom - self.y

    @property
    def page_height(self) -> float:
        return self.bottom - self.top

    @property
    def at_page_top(self) -> bool:
        return self.y <= self.top

    def new_page(self) -> None:
        if not self.pages[-1]:  # an empty page is used, not followed by another
            self.y = self.top
            return
        self.pages.append([])
        self.y = self.top

    def need(self, height: float) -> None:
        """Start a new page unless height fits below (or the page is still empty)."""
        if height > self.room and not self.at_page_top:
            self.new_page()

    def add(self, step: Step) -> None:
        self.pages[-1].append(step)

    def space(self, height: float) -> None:
        self.y = min(self.y + height, self.bottom)

    # -- text ---------------------------------------------------------------------------

    def text_lines(self, lines: Sequence[str], font: QFont, color: str, x: float, y: float) -> None:
        """Record lines of text drawn from (x, y), the top of the first line."""
        metrics = self.metrics(font)
        ascent, spacing = metrics.ascent(), metrics.lineSpacing()
        placed = [(QPointF(x, y + ascent + index * spacing), line) for index, line in enumerate(lines)]

        def draw(painter: QPainter) -> None:
            painter.setFont(font)
            painter.setPen(QColor(color))
            for point, line in placed:
                painter.drawText(point, line)

        self.add(draw)

    def paragraph(self, text: str, font: QFont, color: str = TEXT, after: float = 0.0, keep: float = 0.0) -> None:
        """Wrapped text down the page, a page break between lines if it must.

        keep: room wanted under the first line (a heading's next block), so a heading does
        not end a page.
        """
        lines = self.wrap(text, font, self.width)
        spacing = self.metrics(font).lineSpacing()
        self.need(min(len(lines) * spacing + keep, self.page_height))
        for line in lines:
            self.need(spacing)
            self.text_lines([line], font, color, self.left, self.y)
            self.y += spacing
        self.space(after)

    def heading(self, text: str, font: QFont, keep: float, after: float = _mm(1.5)) -> None:
        self.paragraph(text, font, after=after, keep=keep)

    # -- figures ------------------------------------------------------------------------

    def cards(self, cards: Sequence[tuple[str, str]], figure_font: QFont, columns: int) -> None:
        """Figures in framed boxes side by side, each with what it means under it."""
        if not cards:
            return
        gap, pad = _mm(4), _mm(3)
        card_width = (self.width - gap * (columns - 1)) / columns
        inner = card_width - 2 * pad
        body = self.fonts.body
        figure_spacing = self.metrics(figure_font).lineSpacing()
        body_spacing = self.metrics(body).lineSpacing()
        laid = [(self.wrap(figure, figure_font, inner), self.wrap(caption, body, inner)) for figure, caption in cards]
        for start in range(0, len(laid), columns):
            row = laid[start : start + columns]
            height = max(
                2 * pad + len(figure) * figure_spacing + _mm(1) + len(caption) * body_spacing for figure, caption in row
            )
            if height > self.page_height:  # a name of pages: no box, just the text
                for figure, caption in row:
                    self.paragraph(" ".join(figure), figure_font)
                    self.paragraph(" ".join(caption), body, after=_mm(3))
                continue
            self.need(height)
            top = self.y
            boxes = [
                QRectF(self.left + index * (card_width + gap), top, card_width, height) for index in range(len(row))
            ]

            def frame(painter: QPainter, boxes: list[QRectF] = boxes) -> None:
                painter.setPen(_pen(RULE, 0.3))
                painter.setBrush(QColor(WHITE))
                for box in boxes:
                    painter.drawRect(box)

            self.add(frame)
            for box, (figure, caption) in zip(boxes, row, strict=True):
                self.text_lines(figure, figure_font, TEXT, box.left() + pad, top + pad)
                caption_top = top + pad + len(figure) * figure_spacing + _mm(1)
                self.text_lines(caption, body, MUTED, box.left() + pad, caption_top)
            self.y = top + height + gap

    def drawing(self, paint: Callable[[QPainter, QRectF], None], height: float) -> None:
        """A drawing (a chart) across the body, height high: paint draws it into the area given."""
        self.need(height)
        area = QRectF(self.left, self.y, self.width, height)
        self.add(lambda painter: paint(painter, area))
        self.y += height

    # -- tables -------------------------------------------------------------------------

    def table(self, table: Table, titled: bool = True) -> Iterator[int]:
        """A table in full: its title, a header row, then every row; continued over pages with both again.

        titled: False when the title is already above (over the table's chart). Yields the work
        done as it goes, in rows: each row is measured, then placed.
        """
        layout = _TableLayout(self, table)
        yield from layout.measure()
        yield from layout.place(titled)


Cell = list[tuple[str, float]]  # a cell's lines, each with its width


class _TableLayout:
    """One table laid out in a flow: column widths, wrapped cells, rows placed page by page."""

    PAD_MM, VPAD_MM = 1.5, 0.9

    def __init__(self, flow: _Flow, table: Table):
        self.flow, self.table = flow, table
        fonts = flow.fonts
        self.font, self.bold = fonts.table, fonts.table_header
        self.metrics, self.bold_metrics = flow.metrics(self.font), flow.metrics(self.bold)
        self.pad, self.vpad = _mm(self.PAD_MM), _mm(self.VPAD_MM)
        self.spacing = self.metrics.lineSpacing()
        self.texts: list[list[str]] = []
        self.advances: list[list[float]] = []
        self.numeric = [column.kind.numeric for column in table.columns]
        self.widths: list[float] = []
        self.lefts: list[float] = []
        self.headers: list[Cell] = []
        self.header_height = self.fresh_room = 0.0
        self.continued = translate("Report", "{title} (continued)").format(title=table.title)

    def measure(self) -> Iterator[int]:
        """Every cell's text and width, then the columns' widths; yields the rows measured, a few at a time."""
        table, flow, fonts = self.table, self.flow, self.flow.fonts
        columns = range(len(table.columns))
        advance = self.metrics.horizontalAdvance
        for start in range(0, len(table.rows), ROWS_PER_STEP):
            rows = range(start, min(start + ROWS_PER_STEP, len(table.rows)))
            texts = [[table.display(row, column) for column in columns] for row in rows]
            self.texts += texts
            self.advances += [[advance(text) for text in row] for row in texts]
            yield len(rows)
        self.widths = self._column_widths()
        self.lefts = [flow.left + sum(self.widths[:index]) for index in columns]
        self.headers = [self._wrap(column.header, self.bold, index) for index, column in enumerate(table.columns)]
        self.header_height = max(len(lines) for lines in self.headers) * self.bold_metrics.lineSpacing() + 2 * self.vpad
        heading_spacing = flow.metrics(fonts.heading).lineSpacing()
        continued_height = len(flow.wrap(self.continued, fonts.heading, flow.width)) * heading_spacing + _mm(1.5)
        self.fresh_room = flow.page_height - continued_height - self.header_height

    def _wrap(self, text: str, font: QFont, column: int, advance: float | None = None) -> Cell:
        inner = self.widths[column] - 2 * self.pad
        metrics = self.flow.metrics(font)
        if advance is None:
            advance = metrics.horizontalAdvance(text)
        if advance <= inner:
            return [(text, advance)]
        return [(line, metrics.horizontalAdvance(line)) for line in self.flow.wrap(text, font, inner)]

    def _cells(self, row: int) -> list[Cell]:
        return [
            self._wrap(text, self.font, column, advance)
            for column, (text, advance) in enumerate(zip(self.texts[row], self.advances[row], strict=True))
        ]

    def _placed(
        self, cells: list[Cell], first: int, count: int, top: float, metrics: QFontMetricsF
    ) -> list[tuple[QPointF, str]]:
        ascent, spacing = metrics.ascent(), metrics.lineSpacing()
        placed = []
        for column, lines in enumerate(cells):
            left, right = self.lefts[column] + self.pad, self.lefts[column] + self.widths[column] - self.pad
            for index, (line, width) in enumerate(lines[first : first + count]):
                x = right - width if self.numeric[column] else left
                placed.append((QPointF(x, top + self.vpad + ascent + index * spacing), line))
        return placed

    def _header_row(self) -> None:
        flow = self.flow
        area = QRectF(flow.left, flow.y, flow.width, self.header_height)
        placed = self._placed(self.headers, 0, max(len(lines) for lines in self.headers), flow.y, self.bold_metrics)
        font = self.bold

        def draw(painter: QPainter) -> None:
            painter.fillRect(area, QColor(HEADER_FILL))
            painter.setPen(_pen(RULE, 0.3))
            painter.drawLine(area.bottomLeft(), area.bottomRight())
            painter.setFont(font)
            painter.setPen(QColor(TEXT))
            for point, line in placed:
                painter.drawText(point, line)

        flow.add(draw)
        flow.y += self.header_height

    def _body_row(self, cells: list[Cell], first: int, count: int, striped: bool) -> None:
        flow = self.flow
        height = count * self.spacing + 2 * self.vpad
        area = QRectF(flow.left, flow.y, flow.width, height)
        placed = self._placed(cells, first, count, flow.y, self.metrics)
        font = self.font

        def draw(painter: QPainter) -> None:
            if striped:
                painter.fillRect(area, QColor(STRIPE))
            painter.setPen(_pen(LIGHT_RULE, 0.15))
            painter.drawLine(area.bottomLeft(), area.bottomRight())
            painter.setFont(font)
            painter.setPen(QColor(TEXT))
            for point, line in placed:
                painter.drawText(point, line)

        flow.add(draw)
        flow.y += height

    def _continue_on_next_page(self) -> None:
        self.flow.new_page()
        self.flow.paragraph(self.continued, self.flow.fonts.heading, after=_mm(1.5))
        self._header_row()

    def place(self, titled: bool) -> Iterator[int]:
        """Lay the table out down the flow's pages (after ``measure``); yields the rows placed, a few at a time."""
        flow, spacing, vpad = self.flow, self.spacing, self.vpad
        first_cells = self._cells(0) if self.texts else [[("", 0.0)]]
        first_height = max(len(lines) for lines in first_cells) * spacing + 2 * vpad
        wanted = self.header_height + min(first_height, 3 * spacing)  # the header and a row, or its start
        if titled:
            flow.heading(self.table.title, flow.fonts.heading, keep=wanted)
        elif wanted > flow.room and not flow.at_page_top:  # the title is at the foot of the page before
            flow.new_page()
            flow.paragraph(self.continued, flow.fonts.heading, after=_mm(1.5))
        self._header_row()
        for row in range(len(self.texts)):
            cells = first_cells if row == 0 else self._cells(row)
            total = max(len(lines) for lines in cells)
            done, fresh = 0, False
            while done < total:
                left = total - done
                fits = math.floor((flow.room - 2 * vpad) / spacing)
                # A row goes whole to the next page if it fits there; one taller than a page
                # fills this page and goes on over the next (its lines are never cut).
                whole_fits_fresh = left * spacing + 2 * vpad <= self.fresh_room
                if not fresh and (fits < 1 or (fits < left and done == 0 and whole_fits_fresh)):
                    self._continue_on_next_page()
                    fresh = True
                    continue
                count = max(1, min(fits, left))
                self._body_row(cells, done, count, striped=row % 2 == 1)
                done += count
                fresh = False
            if row % ROWS_PER_STEP == ROWS_PER_STEP - 1:
                yield ROWS_PER_STEP
        yield len(self.texts) % ROWS_PER_STEP
        flow.space(_mm(1.5))
        if self.table.note:
            flow.paragraph(self.table.note, flow.fonts.small, MUTED, after=_mm(1))

    def _column_widths(self) -> list[float]:
        """Numbers get what their longest figure needs; text columns share the rest, wrapping if they must."""
        flow, pad, bold = self.flow, self.pad, self.bold_metrics
        natural, narrowest = [], []
        for column, spec in enumerate(self.table.columns):
            cells = max((row[column] for row in self.advances), default=0.0)
            header = bold.horizontalAdvance(spec.header)
            longest_word = max(bold.horizontalAdvance(word) for word in spec.header.split() or [""])
            natural.append(max(cells, header) + 2 * pad)
            narrowest.append(max(cells, longest_word) + 2 * pad)
        texts = [index for index, is_number in enumerate(self.numeric) if not is_number]
        if sum(natural) <= flow.width:
            widths = list(natural)
            stretch = texts or [len(widths) - 1]
            extra = (flow.width - sum(widths)) / len(stretch)
            for index in stretch:
                widths[index] += extra
            return widths
        # Too wide: numbers keep their figures' width (at most a third of the page), text shares the rest.
        widths = [
            min(narrowest[index], flow.width / 3) if is_number else 0.0 for index, is_number in enumerate(self.numeric)
        ]
        if not texts:
            scale = flow.width / sum(widths)
            return [width * scale for width in widths]
        left = flow.width - sum(widths)
        wanted = sum(natural[index] for index in texts)
        for index in texts:
            widths[index] = left * natural[index] / wanted
        return widths


# -- the report's content ---------------------------------------------------------------


def _key_figures(flow: _Flow, tables: ProfileTables) -> None:
    """Page 1: what the Overview shows, in the Overview's words (read by name from the tables)."""
    fonts, overview = flow.fonts, tables.overview
    flow.paragraph(overview.title, fonts.title, after=_mm(1))
    flow.paragraph(overview.subtitle, fonts.subtitle, MUTED, after=_mm(6))
    keep = _mm(25)

    ranks = overview.ranks
    flow.heading(translate("Report", "Ranks"), fonts.heading, keep)
    flow.cards([ranks.size, ranks.intensity, ranks.in_economy], fonts.figure, columns=3)

    output = overview.output
    flow.heading(translate("Report", "Output per 1 million inhabitants"), fonts.heading, keep)
    flow.cards([output.pct_applications, output.scientific_articles], fonts.figure, columns=2)
    flow.paragraph(output.note, fonts.body, MUTED, after=_mm(5))

    leaders = overview.leaders.given
    if leaders:
        flow.heading(translate("Report", "Leading organizations"), fonts.heading, keep)
        flow.cards(leaders, fonts.name_figure, columns=2)

    collaboration = overview.collaboration
    flow.heading(translate("Report", "Made in collaboration"), fonts.heading, keep)
    flow.cards([collaboration.patents, collaboration.publications], fonts.figure, columns=2)

    flow.heading(translate("Report", "Source"), fonts.heading, keep=flow.metrics(fonts.body).lineSpacing() * 2)
    flow.paragraph(overview.attribution, fonts.body)


def _chart(flow: _Flow, renderer: ChartRenderer, table: Table, full_scale: bool) -> None:
    """A table's share chart as the window draws it, in print colours, as wide as the tables.

    Drawn onto the PDF's own painter: bars, axis and frame as vectors, names and figures as
    text a reader can search and copy, its text at the window's point size.
    """
    spec = ChartSpec(table, full_scale)
    colors = ChartColors(QColor(WHITE), QColor(TEXT), QColor(BAR), QColor(MUTED))
    # As many bars as the exported charts draw, at the height the window gives each bar.
    bars = bars_that_fit(EXPORT_HEIGHT)
    shown = min(bars, len(share_rows(table)))
    height = _pixels(FRAME_PIXELS + round(ROW_PIXELS * CHART_ROW_SCALE) * max(2, shown))

    def paint(painter: QPainter, area: QRectF) -> None:
        renderer.draw(spec, colors, bars)  # one renderer draws every chart, in turn
        renderer.paint(painter, area)

    flow.drawing(paint, height)
    flow.space(_mm(3))


def _table_with_chart(flow: _Flow, renderer: ChartRenderer, table: Table, full_scale: bool = False) -> Iterator[int]:
    """A table's title, its chart if it has one, then the table in full (or why there is none); yields as it goes."""
    body_spacing = flow.metrics(flow.fonts.body).lineSpacing()
    if not table.rows:
        flow.heading(table.title, flow.fonts.heading, keep=body_spacing)
        flow.paragraph(
            table.note or translate("Report", "The source profile lists no rows for this table."),
            flow.fonts.body,
            MUTED,
        )
        flow.space(_mm(5))
        return
    if table.chart is not None:  # the chart's title, as on an exported chart: whose figures they are
        flow.heading(chart_title(table), flow.fonts.heading, keep=_mm(50))
        _chart(flow, renderer, table, full_scale)
        yield from flow.table(table, titled=False)
    else:
        yield from flow.table(table)
    flow.space(_mm(5))


def _section_tables(tables: ProfileTables) -> list[tuple[str, list[tuple[Table, bool]]]]:
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


def _sections(flow: _Flow, charts: ChartRenderer, tables: ProfileTables) -> Iterator[int]:
    """The Patents, Publications and Collaboration tabs, each from a new page; yields the rows laid out as it goes."""
    section = flow.fonts.section
    keep = _mm(40)
    for title, section_tables in _section_tables(tables):
        flow.new_page()
        flow.heading(title, section, keep, after=_mm(3))
        for table, full_scale in section_tables:
            yield from _table_with_chart(flow, charts, table, full_scale)


# -- the document -----------------------------------------------------------------------


def _document_title(profile: ClusterProfile) -> str:
    return translate("Report", "{cluster} — GII {year} S&T cluster profile").format(
        cluster=profile.title, year=profile.year
    )


def _xmp(title: str, creator: str, rights: str) -> bytes:
    """The document's XMP metadata: title, credit and tool, and no dates (Qt's own has the time)."""
    literal = html.escape
    return (
        "<?xpacket begin='' id='W5M0MpCehiHzreSzNTczkc9d'?>"
        '<x:xmpmeta xmlns:x="adobe:ns:meta/">'
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:xmp="http://ns.adobe.com/xap/1.0/">'
        f'<dc:title><rdf:Alt><rdf:li xml:lang="x-default">{literal(title)}</rdf:li></rdf:Alt></dc:title>'
        f'<dc:rights><rdf:Alt><rdf:li xml:lang="x-default">{literal(rights)}</rdf:li></rdf:Alt></dc:rights>'
        f"<xmp:CreatorTool>{literal(creator)}</xmp:CreatorTool>"
        "</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end='w'?>"
    ).encode()


# Qt writes the time of writing into the document information; the same number of spaces
# in its place keeps every byte offset the file's cross-reference table gives.
_INFO_DATE = re.compile(rb"/(?:CreationDate|ModDate) \(D:[0-9Z+\-']*\)")


def _without_dates(pdf: bytes) -> bytes:
    return _INFO_DATE.sub(lambda match: b" " * len(match.group(0)), pdf)


def _footer_lines(flow: _Flow, text: str, width: float) -> list[str]:
    """The credit as the footer shows it: at most FOOTER_LINES lines, the last elided if it must.

    Page 1 gives the credit in full; a source of pages would leave no room for the body.
    """
    lines = flow.wrap(text, flow.fonts.small, width)
    if len(lines) <= FOOTER_LINES:
        return lines
    rest = " ".join(lines[FOOTER_LINES - 1 :])
    last = flow.metrics(flow.fonts.small).elidedText(rest, Qt.TextElideMode.ElideRight, width)
    return [*lines[: FOOTER_LINES - 1], last]


def _draw_pages(
    painter: QPainter, writer: QPdfWriter, flow: _Flow, profile: ClusterProfile, attribution: list[str]
) -> Iterator[int]:
    """Draw every page; yields the number of each page drawn."""
    fonts = flow.fonts
    small = flow.metrics(fonts.small)
    left, right = flow.left, flow.left + flow.width
    header_base = _mm(HEADER_TOP_MM) + small.ascent()
    header_rule = _mm(HEADER_TOP_MM) + small.lineSpacing() + _mm(1)
    subtitle = translate("Report", "GII {year} S&T cluster profile").format(year=profile.year)
    footer_top = flow.bottom + _mm(4)
    room = flow.width - small.horizontalAdvance(subtitle) - _mm(6)
    header_title = small.elidedText(profile.title, Qt.TextElideMode.ElideRight, room)  # in full on page 1
    total = len(flow.pages)
    for number, steps in enumerate(flow.pages, start=1):
        if number > 1:
            writer.newPage()
        painter.setPen(QColor(MUTED))
        painter.setFont(fonts.small)
        painter.drawText(QPointF(left, header_base), header_title)
        painter.drawText(QPointF(right - small.horizontalAdvance(subtitle), header_base), subtitle)
        painter.setPen(_pen(LIGHT_RULE, 0.2))
        painter.drawLine(QPointF(left, header_rule), QPointF(right, header_rule))
        painter.drawLine(QPointF(left, footer_top), QPointF(right, footer_top))
        painter.setPen(QColor(MUTED))
        for index, line in enumerate(attribution):
            painter.drawText(QPointF(left, footer_top + _mm(1.5) + small.ascent() + index * small.lineSpacing()), line)
        page = translate("Report", "Page {number} of {total}").format(number=number, total=total)
        painter.drawText(QPointF(right - small.horizontalAdvance(page), footer_top + _mm(1.5) + small.ascent()), page)
        for step in steps:
            step(painter)
        yield number


def report_pdf_bytes(profile: ClusterProfile, tables: ProfileTables) -> bytes:
    """The report as PDF bytes. Needs a QApplication (the charts are drawn by a hidden widget)."""
    return run_steps(report_pdf_steps(profile, tables))


def report_pdf_steps(profile: ClusterProfile, tables: ProfileTables) -> Steps[bytes]:
    """``report_pdf_bytes`` in steps, on the thread of the QApplication (the charts are drawn by pyqtgraph).

    Yields ``Progress`` in thousandths: the layout, a few rows at a time, is the first half;
    drawing the pages, one at a time, the second. Closed before its end (Cancel), it stops
    and gives nothing.
    """
    if not isinstance(QApplication.instance(), QApplication):
        raise RuntimeError("a PDF report needs a QApplication")
    title = _document_title(profile)
    attribution_line = attribution_text(profile)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    rows = sum(len(table.rows) for _, section in _section_tables(tables) for table, _ in section)
    # Fonts are written in the order of a QHash: a fixed seed gives the same file every time.
    QHashSeed.setDeterministicGlobalSeed()
    try:
        writer = QPdfWriter(buffer)
        writer.setResolution(RESOLUTION)
        writer.setPageLayout(
            QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0))
        )
        creator = f"{APP_NAME} {__version__}"
        writer.setTitle(title)
        writer.setCreator(creator)
        writer.setDocumentXmpMetadata(QByteArray(_xmp(title, creator, attribution_line)))
        # The document's id names its content: the same profile, the same id.
        identity = uuid.uuid5(uuid.NAMESPACE_URL, f"qingdao-viewer-report:{__version__}:{profile!r}")
        writer.setDocumentId(QUuid(str(identity)))

        fonts = _Fonts.of(QGuiApplication.font().family())
        small = QFontMetricsF(fonts.small, writer)
        probe = _Flow(writer, fonts, 0.0)
        page_label = small.horizontalAdvance(
            translate("Report", "Page {number} of {total}").format(number=99999, total=99999)
        ) + _mm(6)
        attribution = _footer_lines(probe, attribution_line, probe.width - page_label)
        flow = _Flow(writer, fonts, len(attribution) * small.lineSpacing() + _mm(1.5))
        charts = ChartRenderer()
        _key_figures(flow, tables)
        laid = 0
        for done in _sections(flow, charts, tables):
            laid += done
            yield Progress(PROGRESS_TOTAL // 2 * laid // max(1, 2 * rows), PROGRESS_TOTAL)

        painter = QPainter()
        if not painter.begin(writer):
            raise RuntimeError("Qt's PDF writer could not start a document")
        try:
            for page in _draw_pages(painter, writer, flow, profile, attribution):
                yield Progress(PROGRESS_TOTAL // 2 + PROGRESS_TOTAL // 2 * page // len(flow.pages), PROGRESS_TOTAL)
        finally:
            painter.end()
    finally:
        QHashSeed.resetRandomGlobalSeed()
    return _without_dates(bytes(buffer.data().data()))
