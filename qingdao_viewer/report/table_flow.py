"""A table laid out down the report's pages: column widths, wrapped cells, its header row again on each page.

A long table flows across pages, each page of it under "(continued)" and its header row;
a row too tall for a page goes on over the next (its lines are never cut). The work is
done a few rows at a time (``ROWS_PER_STEP``), so the window keeps painting while a long
profile's report is made.
"""

from __future__ import annotations

import math
from collections.abc import Iterator

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter

from qingdao_viewer.i18n import translate
from qingdao_viewer.report.flow import HEADER_FILL, LIGHT_RULE, MUTED, RULE, STRIPE, TEXT, Flow, pen
from qingdao_viewer.tables import Table

ROWS_PER_STEP = 250  # of a table, measured or laid out between two steps of the report's work

Cell = list[tuple[str, float]]  # a cell's lines, each with its width


class TableLayout:
    """One table laid out in a flow: column widths, wrapped cells, rows placed page by page."""

    PAD_MM, VPAD_MM = 1.5, 0.9

    def __init__(self, flow: Flow, table: Table):
        self.flow, self.table = flow, table
        fonts = flow.fonts
        self.font, self.bold = fonts.table, fonts.table_header
        self.metrics, self.bold_metrics = flow.metrics(self.font), flow.metrics(self.bold)
        self.pad, self.vpad = flow.mm(self.PAD_MM), flow.mm(self.VPAD_MM)
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
        continued_height = len(flow.wrap(self.continued, fonts.heading, flow.width)) * heading_spacing + flow.mm(1.5)
        self.fresh_room = flow.page_height - continued_height - self.header_height

    def row_height(self, row: int) -> float:
        """A row's height, its cells wrapped (after ``measure``)."""
        return max(len(lines) for lines in self._cells(row)) * self.spacing + 2 * self.vpad

    def start_height(self) -> float:
        """The header row and the first row, or its first three lines: what its heading keeps with it."""
        if not self.texts:
            return self.header_height
        return self.header_height + min(self.row_height(0), 3 * self.spacing + 2 * self.vpad)

    def height(self, limit: float) -> float:
        """The whole table's height on one page: header, rows, the space after and its note (after ``measure``).

        Counted only as far as limit: past it, the table flows anyway (a long list is not measured twice).
        """
        flow = self.flow
        note = flow.text_height(self.table.note, flow.fonts.small) + flow.mm(1) if self.table.note else 0.0
        height = self.header_height + flow.mm(1.5) + note
        for row in range(len(self.texts)):
            if height > limit:
                break
            height += self.row_height(row)
        return height

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
        lines = max(len(lines) for lines in self.headers)
        placed = self._placed(self.headers, 0, lines, flow.y, self.bold_metrics)
        self._draw_row(placed, self.header_height, self.bold, HEADER_FILL, RULE, 0.3)

    def _body_row(self, cells: list[Cell], first: int, count: int, striped: bool) -> None:
        height = count * self.spacing + 2 * self.vpad
        placed = self._placed(cells, first, count, self.flow.y, self.metrics)
        self._draw_row(placed, height, self.font, STRIPE if striped else None, LIGHT_RULE, 0.15)

    def _draw_row(
        self, placed: list[tuple[QPointF, str]], height: float, font: QFont, fill: str | None, rule: str, rule_mm: float
    ) -> None:
        """A row of placed lines, height tall from the flow's place: its fill, the rule below, the text."""
        flow = self.flow
        area = QRectF(flow.left, flow.y, flow.width, height)

        def draw(painter: QPainter) -> None:
            if fill is not None:
                painter.fillRect(area, QColor(fill))
            painter.setPen(pen(rule, flow.mm(rule_mm)))
            painter.drawLine(area.bottomLeft(), area.bottomRight())
            painter.setFont(font)
            painter.setPen(QColor(TEXT))
            for point, line in placed:
                painter.drawText(point, line)

        flow.add(draw)
        flow.y += height

    def _continue_on_next_page(self) -> None:
        self.flow.new_page()
        self.flow.paragraph(self.continued, self.flow.fonts.heading, after=self.flow.mm(1.5))
        self._header_row()

    def place(self) -> Iterator[int]:
        """Lay the table out down the flow's pages, under its heading (after ``measure``); yields the rows placed.

        A heading left at the foot of the page before (no room for the header row and the first
        row's start) is followed by "(continued)" on the next.
        """
        flow, spacing, vpad = self.flow, self.spacing, self.vpad
        first_cells = self._cells(0) if self.texts else [[("", 0.0)]]
        first_height = max(len(lines) for lines in first_cells) * spacing + 2 * vpad
        wanted = self.header_height + min(first_height, 3 * spacing)  # the header and a row, or its start
        if wanted > flow.room and not flow.at_page_top:  # the title is at the foot of the page before
            flow.new_page()
            flow.paragraph(self.continued, flow.fonts.heading, after=flow.mm(1.5))
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
        flow.space(flow.mm(1.5))
        if self.table.note:
            flow.paragraph(self.table.note, flow.fonts.small, MUTED, after=flow.mm(1))

    def _column_widths(self) -> list[float]:
        """Numbers get what their longest figure needs; text columns share the rest, wrapping if they must.

        Where the text needs less than the rest, the numbers' headers get what is over, so they
        wrap on fewer lines.
        """
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
        if wanted < left:  # the text fits on one line: what is over goes to the numbers' wrapped headers
            numbers = [index for index in range(len(widths)) if index not in texts]
            short = sum(natural[index] - widths[index] for index in numbers)
            share = min(1.0, (left - wanted - pad) / short) if short > 0 else 0.0  # a pad over: no rounding wraps
            for index in numbers:
                widths[index] += (natural[index] - widths[index]) * share
            left = flow.width - sum(widths)
        for index in texts:
            widths[index] = left * natural[index] / wanted
        return widths
