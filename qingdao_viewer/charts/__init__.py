"""Share charts of tables, drawn with pyqtgraph: onto a widget, any QPainter, PNG (at any size) or SVG bytes.

Below every consumer: the window, the exports and the PDF report draw their charts with
this package, and it imports none of them (only the tables, i18n, Qt and pyqtgraph).
Importing it imports pyqtgraph, about half a second.
"""

from qingdao_viewer.charts.canvas import ChartCanvas
from qingdao_viewer.charts.renderer import ChartRenderer
from qingdao_viewer.charts.spec import (
    BAR_HEIGHT,
    EXPORT_HEIGHT,
    EXPORT_WIDTH,
    FRAME_PIXELS,
    LOGICAL_DPI,
    MAX_BAR_PIXELS,
    MAX_BARS,
    MAX_RATIO,
    MAX_SIDE,
    MIN_RATIO,
    MIN_SIDE,
    ROW_PIXELS,
    ChartBoxes,
    ChartColors,
    ChartSpec,
    ImageSize,
    ImageSizeError,
    axis_limit,
    bars_that_fit,
    chart_title,
)

__all__ = [
    "BAR_HEIGHT",
    "EXPORT_HEIGHT",
    "EXPORT_WIDTH",
    "FRAME_PIXELS",
    "LOGICAL_DPI",
    "MAX_BARS",
    "MAX_BAR_PIXELS",
    "MAX_RATIO",
    "MAX_SIDE",
    "MIN_RATIO",
    "MIN_SIDE",
    "ROW_PIXELS",
    "ChartBoxes",
    "ChartCanvas",
    "ChartColors",
    "ChartRenderer",
    "ChartSpec",
    "ImageSize",
    "ImageSizeError",
    "axis_limit",
    "bars_that_fit",
    "chart_title",
]
