"""Share charts of tables, drawn with pyqtgraph: onto a widget, any QPainter, PNG or SVG bytes.

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
    MAX_BARS,
    ROW_PIXELS,
    ChartColors,
    ChartSpec,
    axis_limit,
    bars_that_fit,
)

__all__ = [
    "BAR_HEIGHT",
    "EXPORT_HEIGHT",
    "EXPORT_WIDTH",
    "FRAME_PIXELS",
    "LOGICAL_DPI",
    "MAX_BARS",
    "ROW_PIXELS",
    "ChartCanvas",
    "ChartColors",
    "ChartRenderer",
    "ChartSpec",
    "axis_limit",
    "bars_that_fit",
]
