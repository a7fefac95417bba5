"""A horizontal bar chart of a table's shares, drawn with pyqtgraph.

The bars are static figures, not data to explore: pyqtgraph draws the chart into an image
that the window shows, so there is no mouse panning or zooming, tab switches only copy the
image, and a resize shows the old image scaled until the new one is drawn, a moment after
the resizing stops. The chart has our menu (copy, export). Colours come from the widget's
palette, so the chart follows the window's light or dark look.
"""

from __future__ import annotations

import contextlib
import html
import math
from collections.abc import Iterator

import pyqtgraph as pg
from pyqtgraph.exporters import ImageExporter
from PySide6.QtCore import QBuffer, QEvent, QIODevice, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QFocusEvent, QImage, QPainter, QPaintEvent, QPalette, QResizeEvent
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from qingdao_viewer.tables import Table, share_rows
from qingdao_viewer.ui import clipboard

MAX_BARS = 20
EXPORT_WIDTH = 1000
EXPORT_HEIGHT = 600
BAR_HEIGHT = 0.5


def axis_limit(shares: list[int], full_scale: bool) -> int:
    """The right end of the share axis: room for the longest bar and its label."""
    if full_scale or not shares:
        return 100
    return min(100, max(10, math.ceil(max(shares) * 1.3 / 10) * 10))


class ShareChart(QWidget):
    """One bar per table row (up to MAX_BARS), labelled with its name and percent."""

    focused = Signal(object)
    export_requested = Signal(object)

    def __init__(self, table: Table, full_scale: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.full_scale = full_scale
        self.graphics = pg.GraphicsLayoutWidget()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(320, 200)
        self.plot: pg.PlotItem = self.graphics.addPlot(row=0, col=0)
        self.credit: pg.LabelItem = self.graphics.addLabel("", row=1, col=0, size="8pt")
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        self.plot.hideAxis("left")
        self.plot.getViewBox().setDefaultPadding(0.02)
        self.plot.layout.setContentsMargins(8, 8, 24, 8)  # room for the last axis label
        # Let the end labels (0 and the axis' limit) overhang the axis a little, not vanish.
        self.plot.getAxis("bottom").setStyle(hideOverlappingLabels=12)
        self._note = ""
        self.graphics.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.graphics.setParent(self)
        self.graphics.hide()  # it only holds the scene; the canvas shows its image
        self.bars: pg.BarGraphItem | None = None
        self.name_labels: list[pg.TextItem] = []
        self.value_labels: list[pg.TextItem] = []
        self.left_out = 0
        self.canvas = _Canvas(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.canvas)

        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.copy_action = QAction("Copy c&hart", self)
        self.copy_action.triggered.connect(self.copy_image)
        self.export_action = QAction("Export chart as &PNG or SVG…", self)
        self.export_action.triggered.connect(lambda: self.export_requested.emit(self))
        self.addActions([self.copy_action, self.export_action])
        self.set_table(table)

    def set_table(self, table: Table) -> None:
        """Draw a table's shares (another profile's, say), replacing what was drawn."""
        self.table = table
        pairs = list(share_rows(table))
        shown, self.left_out = pairs[:MAX_BARS], max(0, len(pairs) - MAX_BARS)
        self.setAccessibleName(f"Chart: {table.title}")
        self.setAccessibleDescription("; ".join(f"{label}: {share}%" for label, share in pairs[:MAX_BARS]))
        self._draw(shown)
        self.canvas.invalidate()

    def _colors(self) -> tuple[QColor, QColor, QColor, QColor]:
        palette = self.palette()
        return (
            palette.color(QPalette.ColorRole.Base),
            palette.color(QPalette.ColorRole.Text),
            palette.color(QPalette.ColorRole.Highlight),
            palette.color(QPalette.ColorRole.PlaceholderText),
        )

    def _draw(self, shown: list[tuple[str, int]]) -> None:
        background, text, bar, _ = self._colors()
        self.graphics.setBackground(background)
        self.plot.clear()
        self.name_labels, self.value_labels = [], []
        count = len(shown)
        self._note = f"Top {count} drawn; {self.left_out:,} more rows in the table" if self.left_out else ""
        self._decorate(exporting=False)
        for axis_name in ("bottom",):
            axis = self.plot.getAxis(axis_name)
            axis.setPen(pg.mkPen(text))
            axis.setTextPen(pg.mkPen(text))
        self.plot.setLabel("bottom", "Share (%)", color=text.name())
        limit = axis_limit([share for _, share in shown], self.full_scale)
        if not shown:
            self.bars = None
            self.plot.setXRange(0, limit, padding=0)
            self.plot.setYRange(0, 1, padding=0)
            return
        # The first row at the top: row i sits at y = count - 1 - i.
        ys = [count - 1 - index for index in range(count)]
        widths = [share for _, share in shown]
        self.bars = pg.BarGraphItem(
            x0=[0] * count, y=ys, height=BAR_HEIGHT, width=widths, brush=pg.mkBrush(bar), pen=pg.mkPen(None)
        )
        self.plot.addItem(self.bars)
        for (label, share), y in zip(shown, ys, strict=True):
            name = pg.TextItem(label, color=text, anchor=(0, 1))
            name.setPos(0, y + BAR_HEIGHT / 2)
            value = pg.TextItem(f"{share}%", color=text, anchor=(0, 0.5))
            value.setPos(share, y)
            self.plot.addItem(name)
            self.plot.addItem(value)
            self.name_labels.append(name)
            self.value_labels.append(value)
        self.plot.setXRange(0, limit, padding=0)
        self.plot.setYRange(-BAR_HEIGHT, count - 1 + BAR_HEIGHT + 0.45, padding=0)

    def changeEvent(self, event: QEvent) -> None:
        """Override QWidget::changeEvent: redraw in the new colours when the palette changes."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.set_table(self.table)

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Override QWidget::focusInEvent: tell the window this chart is current."""
        super().focusInEvent(event)
        self.focused.emit(self)

    # -- images ------------------------------------------------------------------------

    @contextlib.contextmanager
    def _laid_out(self, width: int, height: int, exporting: bool) -> Iterator[None]:
        """Lay the chart out at width x height (with title and credit when exporting), then put it back.

        Exports are laid out at EXPORT_WIDTH x EXPORT_HEIGHT, so they look the same whatever
        the window's size, and the same profile always gives the same files.
        """
        layout = self.graphics.ci
        before = layout.geometry()
        self._decorate(exporting=exporting)
        layout.setGeometry(QRectF(0, 0, width, height))
        layout.layout.activate()
        try:
            yield
        finally:
            if exporting:
                self._decorate(exporting=False)
            layout.setGeometry(before)
            layout.layout.activate()

    def _export_geometry(self) -> contextlib.AbstractContextManager[None]:
        return self._laid_out(EXPORT_WIDTH, EXPORT_HEIGHT, exporting=True)

    def render_image(self, width: int, height: int, ratio: float = 1.0) -> QImage:
        """The chart as the window shows it, width x height logical pixels at a device pixel ratio."""
        image = QImage(max(1, round(width * ratio)), max(1, round(height * ratio)), QImage.Format.Format_ARGB32)
        image.setDevicePixelRatio(ratio)
        image.fill(self._colors()[0])
        with self._laid_out(width, height, exporting=False):
            painter = QPainter(image)
            try:
                painter.setRenderHint(QPainter.RenderHint.Antialiasing)
                painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
                self.graphics.scene().render(painter, QRectF(0, 0, width, height), QRectF(0, 0, width, height))
            finally:
                painter.end()
        return image

    def _decorate(self, exporting: bool) -> None:
        """Title and source credit go on exported images; in the window the tab shows them."""
        _, text, _, muted = self._colors()
        if exporting:
            title = f"{self.table.title} ({self._note})" if self._note else self.table.title
            self.plot.setTitle(html.escape(title), color=text.name(), size="11pt")
            self.credit.setText(html.escape(self.table.attribution), color=muted.name(), size="8pt")
        else:
            self.plot.setTitle(html.escape(self._note) if self._note else None, color=text.name(), size="9pt")
            self.credit.setText("")

    def image(self) -> QImage:
        """The chart as an image of EXPORT_WIDTH x EXPORT_HEIGHT pixels."""
        with self._export_geometry():
            exporter = ImageExporter(self.graphics.ci)
            exporter.parameters()["width"] = EXPORT_WIDTH
            exporter.parameters()["antialias"] = True
            result = exporter.export(toBytes=True)
        assert isinstance(result, QImage)
        return result

    def png_bytes(self) -> bytes:
        """The chart's image as PNG bytes."""
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        if not self.image().save(buffer, "PNG"):  # type: ignore[call-overload]  # PySide6 takes str, its stub says bytes
            raise OSError("the chart could not be encoded as PNG")
        return bytes(buffer.data().data())

    def svg_bytes(self) -> bytes:
        """The chart as SVG, laid out at the export size.

        Written by Qt's QSvgGenerator: pyqtgraph 0.14.0's SVGExporter fails on the closed
        paths ("... Z") that Qt 6.12 writes for every plot's frame (pyqtgraph issue 3495).
        """
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        generator = QSvgGenerator()
        generator.setOutputDevice(buffer)
        generator.setSize(QSize(EXPORT_WIDTH, EXPORT_HEIGHT))
        generator.setViewBox(QRectF(0, 0, EXPORT_WIDTH, EXPORT_HEIGHT))
        generator.setTitle(self.table.title)
        generator.setDescription(self.table.attribution)
        with self._export_geometry():
            painter = QPainter(generator)
            try:
                painter.fillRect(QRectF(0, 0, EXPORT_WIDTH, EXPORT_HEIGHT), self._colors()[0])
                self.graphics.scene().render(
                    painter, QRectF(0, 0, EXPORT_WIDTH, EXPORT_HEIGHT), self.graphics.ci.sceneBoundingRect()
                )
            finally:
                painter.end()
        return bytes(buffer.data().data())

    def copy_image(self) -> None:
        clipboard.put_image(self.image())


class _Canvas(QWidget):
    """Shows the chart's image; redraws it a moment after the size stops changing."""

    SETTLE_MS = 80

    def __init__(self, chart: ShareChart):
        super().__init__(chart)
        self.chart = chart
        self.image: QImage | None = None
        self.renders = 0
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(self.SETTLE_MS)
        self._settle.timeout.connect(self.redraw)

    def invalidate(self) -> None:
        self.image = None
        self.update()

    def redraw(self) -> None:
        self.image = self.chart.render_image(self.width(), self.height(), self.devicePixelRatioF())
        self.renders += 1
        self.update()

    def up_to_date(self) -> bool:
        return self.image is not None and self.image.deviceIndependentSize().toSize() == self.size()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Override QWidget::resizeEvent: redraw once the resizing settles."""
        super().resizeEvent(event)
        if self.image is not None:
            self._settle.start()

    def paintEvent(self, event: QPaintEvent) -> None:
        """Override QWidget::paintEvent: the image, scaled if it is waiting to be redrawn."""
        if self.image is None:
            self.redraw()
        assert self.image is not None
        painter = QPainter(self)
        painter.drawImage(QRectF(self.rect()), self.image)
        painter.end()
