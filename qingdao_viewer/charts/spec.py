"""What a share chart shows, in which colours, and its measures (no pyqtgraph here).

Measures are in logical pixels, 1/96 inch, the unit a chart's scene is laid out in:
a window's pixels, and on paper or in a PDF a 96th of an inch.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette

from qingdao_viewer.tables import Table

LOGICAL_DPI = 96  # logical pixels per inch: a chart's text has its point size on any device
MAX_BARS = 20
ROW_PIXELS = 40  # a bar, its name label above it and a gap
FRAME_PIXELS = 100  # axis, its label and the title line
BAR_HEIGHT = 0.5  # of a row, in the chart's data units
EXPORT_WIDTH = 1000  # exported images and drawings, whatever the window's size
EXPORT_HEIGHT = 600


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
