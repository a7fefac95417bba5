"""The report's pages as a flow of blocks: its fonts, its measures on a device, text, boxed figures and drawings.

The layout is worked out first, as a list of drawing steps per page, so the page count is
known before the first footer is drawn, and the same steps paint any paged device: a PDF
writer, a printer, the print preview's pages. Measures are in the device's own units,
from its resolution and page size (A4 for the PDF), so a printer of another resolution
gets the same page, not a scaled copy of it.

Text from the profile is drawn as plain text, line by line (never as markup), and is
wrapped, never cut: a name too long for its place takes more lines.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPaintDevice, QPainter, QPen, QTextLayout, QTextOption

from qingdao_viewer.charts import LOGICAL_DPI

SIDE_MARGIN_MM = 18.0
HEADER_TOP_MM = 10.0  # the running header's rule sits below its text, starting here
BODY_TOP_MM = 22.0
BOTTOM_MARGIN_MM = 10.0
FOOTER_GAP_MM = 4.0  # between the body's foot and the footer's rule

TEXT = "#000000"
MUTED = "#505050"
RULE = "#9a9a9a"
LIGHT_RULE = "#d0d0d0"
STRIPE = "#f2f2f2"
HEADER_FILL = "#e2e2e2"
BAR = "#2f6aad"
WHITE = "#ffffff"

Step = Callable[[QPainter], None]


def utf16_slice(text: str, start: int, length: int) -> str:
    """A piece of text by Qt's positions, which count UTF-16 code units, not characters."""
    if text.isascii():
        return text[start : start + length]
    units = text.encode("utf-16-le")
    return units[2 * start : 2 * (start + length)].decode("utf-16-le", errors="replace")


@dataclass(frozen=True)
class Fonts:
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
    def of(cls, family: str) -> Fonts:
        def font(points: float, bold: bool = False) -> QFont:
            made = QFont(family)
            made.setPointSizeF(points)
            made.setBold(bold)
            # No optional ligatures: "fi" copied or searched in the PDF stays two letters. Shaping
            # stays on, with the ligatures a script requires (Arabic's lam-alef, "rlig").
            for tag in ("liga", "clig", "dlig"):
                made.setFeature(QFont.Tag(tag), 0)
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


class Flow:
    """Lays blocks out down a paged device's pages, breaking pages where they fill; records what to draw."""

    def __init__(self, device: QPaintDevice, fonts: Fonts, footer_height: float):
        self.device = device
        self.fonts = fonts
        self.dpi = float(device.logicalDpiY())
        self.page_width, self.page_full_height = float(device.width()), float(device.height())
        self.left = self.mm(SIDE_MARGIN_MM)
        self.width = self.page_width - 2 * self.left
        self.top = self.mm(BODY_TOP_MM)
        self.footer_top = self.page_full_height - self.mm(BOTTOM_MARGIN_MM) - footer_height
        self.bottom = self.footer_top - self.mm(FOOTER_GAP_MM)
        self.pages: list[list[Step]] = [[]]
        self.filled: list[float] = [0.0]  # how far down each page's body is used
        self.y = self.top
        self._metrics: dict[int, tuple[QFont, QFontMetricsF]] = {}

    # -- measuring ----------------------------------------------------------------------

    def mm(self, length: float) -> float:
        """A length in millimetres in the device's units."""
        return length * self.dpi / 25.4

    def pixels(self, length: float) -> float:
        """A length in a chart's logical pixels (1/96 inch) in the device's units."""
        return length * self.dpi / LOGICAL_DPI

    def metrics(self, font: QFont) -> QFontMetricsF:
        """The font's measures on the device (kept by the font's identity: QFont.key() is slow)."""
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
            lines.append(utf16_slice(text, line.textStart(), line.textLength()).rstrip())
        layout.endLayout()
        return lines or [text]

    def text_height(self, text: str, font: QFont, width: float | None = None) -> float:
        """The height text takes wrapped to width (the body's, by default)."""
        lines = self.wrap(text, font, self.width if width is None else width)
        return len(lines) * self.metrics(font).lineSpacing()

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
        self.filled.append(0.0)
        self.y = self.top

    def need(self, height: float) -> None:
        """Start a new page unless height fits below (or the page is still empty)."""
        if height > self.room and not self.at_page_top:
            self.new_page()

    def add(self, step: Step, bottom: float | None = None) -> None:
        """A drawing step on the page in use; bottom: how far down it draws (default: the flow's place)."""
        self.pages[-1].append(step)
        self.filled[-1] = max(self.filled[-1], (self.y if bottom is None else bottom) - self.top)

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

        self.add(draw, y + len(lines) * spacing)

    def paragraph(self, text: str, font: QFont, color: str = TEXT, after: float = 0.0, keep: float = 0.0) -> None:
        """Wrapped text down the page, a page break between lines if it must.

        keep: room wanted under the text (a heading's next block), so a heading does not end a page.
        """
        lines = self.wrap(text, font, self.width)
        spacing = self.metrics(font).lineSpacing()
        self.need(min(len(lines) * spacing + keep, self.page_height))
        for line in lines:
            self.need(spacing)
            self.text_lines([line], font, color, self.left, self.y)
            self.y += spacing
        self.space(after)

    # -- figures ------------------------------------------------------------------------

    def cards_height(self, cards: Sequence[tuple[str, str]], figure_font: QFont, columns: int) -> float:
        """The height of cards' first row of boxes (what a heading over them keeps with it)."""
        if not cards:
            return 0.0
        return self._card_rows(cards, figure_font, columns)[0][0]

    def _card_rows(
        self, cards: Sequence[tuple[str, str]], figure_font: QFont, columns: int
    ) -> list[tuple[float, list[tuple[list[str], list[str]]]]]:
        gap, pad = self.mm(4), self.mm(3)
        inner = (self.width - gap * (columns - 1)) / columns - 2 * pad
        figure_spacing = self.metrics(figure_font).lineSpacing()
        body_spacing = self.metrics(self.fonts.body).lineSpacing()
        laid = [
            (self.wrap(figure, figure_font, inner), self.wrap(caption, self.fonts.body, inner))
            for figure, caption in cards
        ]
        rows = []
        for start in range(0, len(laid), columns):
            row = laid[start : start + columns]
            height = max(
                2 * pad + len(figure) * figure_spacing + self.mm(1) + len(caption) * body_spacing
                for figure, caption in row
            )
            rows.append((height, row))
        return rows

    def cards(self, cards: Sequence[tuple[str, str]], figure_font: QFont, columns: int) -> None:
        """Figures in framed boxes side by side, each with what it means under it."""
        if not cards:
            return
        gap, pad = self.mm(4), self.mm(3)
        card_width = (self.width - gap * (columns - 1)) / columns
        figure_spacing = self.metrics(figure_font).lineSpacing()
        body = self.fonts.body
        for height, row in self._card_rows(cards, figure_font, columns):
            if height > self.page_height:  # a name of pages: no box, just the text
                for figure, caption in row:
                    self.paragraph(" ".join(figure), figure_font)
                    self.paragraph(" ".join(caption), body, after=self.mm(3))
                continue
            self.need(height)
            top = self.y
            boxes = [
                QRectF(self.left + index * (card_width + gap), top, card_width, height) for index in range(len(row))
            ]

            def frame(painter: QPainter, boxes: list[QRectF] = boxes) -> None:
                painter.setPen(pen(RULE, self.mm(0.3)))
                painter.setBrush(QColor(WHITE))
                for box in boxes:
                    painter.drawRect(box)

            self.add(frame, top + height)
            for box, (figure, caption) in zip(boxes, row, strict=True):
                self.text_lines(figure, figure_font, TEXT, box.left() + pad, top + pad)
                caption_top = top + pad + len(figure) * figure_spacing + self.mm(1)
                self.text_lines(caption, body, MUTED, box.left() + pad, caption_top)
            self.y = top + height + gap

    def drawing(self, paint: Callable[[QPainter, QRectF], None], height: float) -> None:
        """A drawing (a chart) across the body, height high: paint draws it into the area given."""
        self.need(height)
        area = QRectF(self.left, self.y, self.width, height)
        self.add(lambda painter: paint(painter, area), self.y + height)
        self.y += height


def pen(color: str, width: float = 0.0) -> QPen:
    """A pen of a colour, width in device units (0: the device's finest line)."""
    made = QPen(QColor(color))
    made.setWidthF(width)
    return made
