"""A plain widget that shows a share chart: the renderer's image of it at the widget's size."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from qingdao_viewer.charts.renderer import ChartRenderer
from qingdao_viewer.charts.spec import MAX_BARS, ChartColors, ChartSpec, bars_that_fit


class ChartCanvas(QWidget):
    """Shows a chart in the widget's palette, as many bars as its height holds with their labels clear.

    The image is drawn when first painted and kept: painting copies pixels, and after a
    resize the old image is shown scaled until ``redraw`` (a tab switch draws nothing).
    """

    def __init__(self, renderer: ChartRenderer, spec: ChartSpec, parent: QWidget | None = None):
        super().__init__(parent)
        self.renderer = renderer
        self.spec = spec
        self.image: QImage | None = None
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def set_spec(self, spec: ChartSpec) -> None:
        self.spec = spec
        self.invalidate()

    def drawn(self, height: int) -> ChartRenderer:
        """The renderer, with this chart in its scene in the widget's colours, as drawn at a height."""
        self.renderer.draw(self.spec, ChartColors.of(self.palette()), bars_that_fit(height))
        return self.renderer

    def drawn_as_shown(self) -> ChartRenderer:
        """The renderer, with this chart in its scene as the widget shows it: as many bars as its layout holds.

        (Laid out at the widget's size, the renderer leaves out the rows whose labels would not fit.)
        """
        self.renderer.draw(self.spec, ChartColors.of(self.palette()), MAX_BARS)
        return self.renderer

    def invalidate(self) -> None:
        """Draw anew at the next paint (new data or colours)."""
        self.image = None
        self.update()

    def redraw(self) -> None:
        """Draw the image at the widget's size now (a resize that has settled, say)."""
        self._draw_image()
        self.update()

    def _draw_image(self) -> QImage:
        width, height = self.width(), self.height()
        self.image = self.drawn_as_shown().render_image(width, height, self.devicePixelRatioF())
        return self.image

    def paintEvent(self, event: QPaintEvent) -> None:
        """Override QWidget::paintEvent: the image, scaled if it is waiting to be redrawn."""
        image = self.image if self.image is not None else self._draw_image()
        painter = QPainter(self)
        painter.drawImage(QRectF(self.rect()), image)
        painter.end()
