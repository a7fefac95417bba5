"""What a share chart shows, in which colours, and its measures (no pyqtgraph here).

Measures are in logical pixels, 1/96 inch, the unit a chart's scene is laid out in:
a window's pixels, and on paper or in a PDF a 96th of an inch.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import NamedTuple

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QPalette

from qingdao_viewer.i18n import translate
from qingdao_viewer.tables import Kind, Table, display_text

LOGICAL_DPI = 96  # logical pixels per inch: a chart's text has its point size on any device
MAX_BARS = 20
ROW_PIXELS = 40  # a row at the least: a name's line, a bar as thick, the gaps (at the default font)
FRAME_PIXELS = 100  # axis, its label and the title line
WINDOW_FRAME_PIXELS = 80  # in the window (no title, no credit): the margins, the axis and its label
BAR_HEIGHT = 0.5  # of a row, in the chart's data units, until the chart is laid out in pixels
MAX_BAR_PIXELS = 24  # a bar's thickness at most, however tall the chart
NAME_GAP_PIXELS = 2  # between a name's line and its bar
ROW_GAP_PIXELS = 8  # between a bar and the next row's name
VALUE_GAP_PIXELS = 4  # between a bar's end and its share
EXPORT_WIDTH = 1000  # exported images and drawings, whatever the window's size
EXPORT_HEIGHT = 600
MIN_SIDE = 200  # an exported PNG's sides, in logical pixels at least and in the image's pixels at most
MAX_SIDE = 8000
MIN_RATIO = 1  # an exported PNG's pixels per logical pixel
MAX_RATIO = 4


class ImageSizeError(ValueError):
    """An exported image's size out of bounds; ``part`` says which: "width", "height", "ratio" or "pixels"."""

    def __init__(self, part: str, message: str):
        super().__init__(message)
        self.part = part


class ImageSize(NamedTuple):
    """An exported PNG's size: laid out at width x height logical pixels, each drawn as ratio x ratio pixels.

    A ratio of 2 gives an image of twice the pixels each way with the same layout, only sharper.
    """

    width: int = EXPORT_WIDTH
    height: int = EXPORT_HEIGHT
    ratio: float = 1

    @property
    def pixels(self) -> tuple[int, int]:
        """The image's own width and height in pixels."""
        return round(self.width * self.ratio), round(self.height * self.ratio)

    def checked(self) -> ImageSize:
        """This size, if within bounds; else ImageSizeError saying which part is not and what is allowed."""
        for part, side in (("width", self.width), ("height", self.height)):
            if not MIN_SIDE <= side <= MAX_SIDE:
                raise ImageSizeError(part, f"the {part} must be {MIN_SIDE} to {MAX_SIDE} pixels, not {side}")
        if not MIN_RATIO <= self.ratio <= MAX_RATIO:  # NaN is not either
            raise ImageSizeError("ratio", f"the pixel ratio must be {MIN_RATIO} to {MAX_RATIO}, not {self.ratio:g}")
        width, height = self.pixels
        if max(width, height) > MAX_SIDE:
            raise ImageSizeError(
                "pixels",
                f"{self.width} x {self.height} at {self.ratio:g}x is a {width} x {height} pixel image; "
                f"at most {MAX_SIDE} pixels a side",
            )
        return self


def chart_title(table: Table) -> str:
    """An exported chart's title: what it shows and whose figures, "Top PCT applicants — Qingdao, China, GII 2024".

    A table of several clusters' figures (a comparison's) has no one subject: its own title says it.
    """
    if table.subject is None:
        return table.title
    return translate("Chart", "{title} — {subject}").format(title=table.title, subject=table.subject.label)


def left_out_note(count: int, left_out: int) -> str:
    """What a chart of the top rows says about the rest: one row, or several (Chinese has one form)."""
    if left_out == 1:
        return translate("Chart", "Top {count} drawn; 1 more row in the table").format(count=count)
    return translate("Chart", "Top {count} drawn; {left_out} more rows in the table").format(
        count=count, left_out=display_text(left_out, Kind.COUNT)
    )


@dataclass
class ChartBoxes:
    """Where a laid-out chart put its plot area, bars, name labels and share labels, in scene pixels."""

    plot: QRectF
    bars: list[QRectF] = field(default_factory=list)
    names: list[QRectF] = field(default_factory=list)
    values: list[QRectF] = field(default_factory=list)

    def overlaps(self) -> list[tuple[str, int, str, int]]:
        """Every pair of boxes that share area: (kind, index, kind, index); none in a good layout."""
        boxes = [
            (kind, index, box) for kind in ("bars", "names", "values") for index, box in enumerate(getattr(self, kind))
        ]
        found = []
        for position, (kind, index, box) in enumerate(boxes):
            for other_kind, other_index, other in boxes[position + 1 :]:
                if box.intersected(other).width() > 0.5 and box.intersected(other).height() > 0.5:
                    found.append((kind, index, other_kind, other_index))
        return found


def bars_that_fit(height: int) -> int:
    """How many bars a chart of this height can draw with their labels apart (3 at least)."""
    return max(3, min(MAX_BARS, (height - FRAME_PIXELS) // ROW_PIXELS))


def axis_limit(shares: list[int], full_scale: bool) -> int:
    """The right end of the share axis: room for the longest bar and its label."""
    if full_scale or not shares:
        return 100
    return min(100, max(10, math.ceil(max(shares) * 1.3 / 10) * 10))


@dataclass(frozen=True)
class ChartSpec:
    """A table's share chart: its rows' shares, on the whole 0-100 axis or one that fits them.

    ``scale_with`` are other charts' shares the axis must also hold, so charts set side by
    side (compare mode) share one scale.
    """

    table: Table
    full_scale: bool = False
    scale_with: tuple[int, ...] = ()


@dataclass(frozen=True)
class ChartColors:
    background: QColor
    text: QColor
    bar: QColor
    muted: QColor

    @classmethod
    def of(cls, palette: QPalette) -> ChartColors:
        """A palette's colours: a chart in a window follows its light or dark look."""
        return cls(
            palette.color(QPalette.ColorRole.Base),
            palette.color(QPalette.ColorRole.Text),
            palette.color(QPalette.ColorRole.Highlight),
            palette.color(QPalette.ColorRole.PlaceholderText),
        )

    def key(self) -> tuple[int, ...]:
        return tuple(color.rgba() for color in (self.background, self.text, self.bar, self.muted))
