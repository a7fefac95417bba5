"""Horizontal bar charts of a table's shares, drawn with pyqtgraph.

The bars are static figures, not data to explore. A ChartRenderer (one pyqtgraph scene)
draws a chart into an image; a ShareChart widget shows that image, so there is no mouse
panning or zooming, a tab switch only copies pixels, and a resize shows the old image
scaled until the new one is drawn, a moment after the resizing stops. The charts of one
window share one renderer: they differ only in their data. Colours come from the widget's
palette, so a chart follows the window's light or dark look.
"""

from __future__ import annotations

import contextlib
import html
import math
from collections.abc import Iterator
from dataclasses import dataclass

import pyqtgraph as pg
from pyqtgraph.exporters import ImageExporter
from PySide6.QtCore import QBuffer, QEvent, QIODevice, QObject, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QFocusEvent,
    QImage,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
)
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from qingdao_viewer.i18n import translate
from qingdao_viewer.tables import Table, share_rows
from qingdao_viewer.tables.table import Kind, display_text
from qingdao_viewer.ui import clipboard

MAX_BARS = 20
ROW_PIXELS = 40  # a bar, its name label above it and a gap
FRAME_PIXELS = 100  # axis, its label and the title line


def bars_that_fit(height: int) -> int:
    """How many bars a chart of this height can draw with their labels apart (3 at least)."""
    return max(3, min(MAX_BARS, (height - FRAME_PIXELS) // ROW_PIXELS))


EXPORT_WIDTH = 1000
EXPORT_HEIGHT = 600
BAR_HEIGHT = 0.5


def axis_limit(shares: list[int], full_scale: bool) -> int:
    """The right end of the share axis: room for the longest bar and its label."""
    if full_scale or not shares:
        return 100
    return min(100, max(10, math.ceil(max(shares) * 1.3 / 10) * 10))


@dataclass(frozen=True)
class ChartColors:
    background: QColor
    text: QColor
    bar: QColor
    muted: QColor

    @classmethod
    def of(cls, palette: QPalette) -> ChartColors:
        return cls(
            palette.color(QPalette.ColorRole.Base),
            palette.color(QPalette.ColorRole.Text),
            palette.color(QPalette.ColorRole.Highlight),
            palette.color(QPalette.ColorRole.PlaceholderText),
        )

    def key(self) -> tuple[int, ...]:
        return tuple(color.rgba() for color in (self.background, self.text, self.bar, self.muted))


class ChartRenderer(QObject):
    """One pyqtgraph scene that draws share charts: one bar per row (up to MAX_BARS), labelled."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        # A hidden child of the owner (a window or a chart): it only holds the scene, widgets
        # show its images, and it goes when its owner goes.
        self.graphics = pg.GraphicsLayoutWidget(parent)
        self.graphics.hide()
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
        self.bars: pg.BarGraphItem | None = None
        self.name_labels: list[pg.TextItem] = []
        self.value_labels: list[pg.TextItem] = []
        self.table: Table | None = None
        self.note = ""
        self.colors = ChartColors.of(QPalette())
        self._drawn: tuple[object, ...] | None = None

    def draw(
        self,
        table: Table,
        full_scale: bool,
        colors: ChartColors,
        max_bars: int = MAX_BARS,
        scale_with: tuple[int, ...] = (),
    ) -> None:
        """Put a table's chart in the scene (nothing to do if it is there already).

        ``scale_with`` are other charts' shares the axis must also hold, so charts set side
        by side (compare mode) share one scale.
        """
        key = (id(table), table, full_scale, colors.key(), max_bars, scale_with)
        if self._drawn == key:
            return
        self._drawn = key
        self.table, self.colors = table, colors
        pairs = list(share_rows(table))
        shown, left_out = pairs[:max_bars], max(0, len(pairs) - max_bars)
        count = len(shown)
        self.note = (
            translate("Chart", "Top {count} drawn; {left_out} more rows in the table").format(
                count=count, left_out=display_text(left_out, Kind.COUNT)
            )
            if left_out
            else ""
        )
        self.graphics.setBackground(colors.background)
        self.plot.clear()
        self.name_labels, self.value_labels = [], []
        self._decorate(exporting=False)
        axis = self.plot.getAxis("bottom")
        axis.setPen(pg.mkPen(colors.text))
        axis.setTextPen(pg.mkPen(colors.text))
        self.plot.setLabel("bottom", translate("Chart", "Share (%)"), color=colors.text.name())
        limit = axis_limit([share for _, share in shown] + list(scale_with), full_scale)
        if not shown:
            self.bars = None
            self.plot.setXRange(0, limit, padding=0)
            self.plot.setYRange(0, 1, padding=0)
            return
        # The first row at the top: row i sits at y = count - 1 - i.
        ys = [count - 1 - index for index in range(count)]
        widths = [share for _, share in shown]
        self.bars = pg.BarGraphItem(
            x0=[0] * count, y=ys, height=BAR_HEIGHT, width=widths, brush=pg.mkBrush(colors.bar), pen=pg.mkPen(None)
        )
        self.plot.addItem(self.bars)
        for (label, share), y in zip(shown, ys, strict=True):
            name = pg.TextItem(label, color=colors.text, anchor=(0, 1))  # plain text: no markup
            name.setPos(0, y + BAR_HEIGHT / 2)
            value = pg.TextItem(f"{share}%", color=colors.text, anchor=(0, 0.5))
            value.setPos(share, y)
            self.plot.addItem(name)
            self.plot.addItem(value)
            self.name_labels.append(name)
            self.value_labels.append(value)
        self.plot.setXRange(0, limit, padding=0)
        self.plot.setYRange(-BAR_HEIGHT, count - 1 + BAR_HEIGHT + 0.45, padding=0)

    def _decorate(self, exporting: bool) -> None:
        """Title and source credit go on exported images; in the window the tab shows them."""
        text, muted = self.colors.text, self.colors.muted
        if exporting and self.table is not None:
            title = f"{self.table.title} ({self.note})" if self.note else self.table.title
            self.plot.setTitle(html.escape(title), color=text.name(), size="11pt")
            self.credit.setText(html.escape(self.table.attribution), color=muted.name(), size="8pt")
        else:
            self.plot.setTitle(html.escape(self.note) if self.note else None, color=text.name(), size="9pt")
            self.credit.setText("")

    @contextlib.contextmanager
    def _laid_out(self, width: int, height: int, exporting: bool) -> Iterator[None]:
        """Lay the chart out at width x height (with title and credit when exporting).

        Exports are laid out at EXPORT_WIDTH x EXPORT_HEIGHT, so they look the same whatever
        the window's size, and the same profile always gives the same files.
        """
        layout = self.graphics.ci
        self._decorate(exporting=exporting)
        layout.setGeometry(QRectF(0, 0, width, height))
        layout.layout.activate()
        try:
            yield
        finally:
            if exporting:
                self._decorate(exporting=False)

    def render_image(self, width: int, height: int, ratio: float = 1.0) -> QImage:
        """The chart as a window shows it: width x height logical pixels at a device pixel ratio."""
        image = QImage(max(1, round(width * ratio)), max(1, round(height * ratio)), QImage.Format.Format_ARGB32)
        image.setDevicePixelRatio(ratio)
        image.fill(self.colors.background)
        with self._laid_out(width, height, exporting=False):
            painter = QPainter(image)
            try:
                painter.setRenderHint(QPainter.RenderHint.Antialiasing)
                painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
                self.graphics.scene().render(painter, QRectF(0, 0, width, height), QRectF(0, 0, width, height))
            finally:
                painter.end()
        return image

    def export_image(self) -> QImage:
        """The chart with its title and credit, EXPORT_WIDTH x EXPORT_HEIGHT, by pyqtgraph's exporter."""
        with self._laid_out(EXPORT_WIDTH, EXPORT_HEIGHT, exporting=True):
            exporter = ImageExporter(self.graphics.ci)
            exporter.parameters()["width"] = EXPORT_WIDTH
            exporter.parameters()["antialias"] = True
            result = exporter.export(toBytes=True)
        assert isinstance(result, QImage)
        return result

    def svg_bytes(self) -> bytes:
        """The chart as SVG, laid out at the export size.

        Written by Qt's QSvgGenerator: pyqtgraph 0.14.0's SVGExporter fails on the closed
        paths ("... Z") that Qt 6.11+ writes for every plot's frame (pyqtgraph issue 3495).
        """
        assert self.table is not None
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        generator = QSvgGenerator()
        generator.setOutputDevice(buffer)
        generator.setSize(QSize(EXPORT_WIDTH, EXPORT_HEIGHT))
        # The scene is laid out at 96 logical dpi; at the generator's default 72 its text (sized
        # in points) would come out at three quarters of the size, off the axis it labels.
        generator.setResolution(96)
        generator.setViewBox(QRectF(0, 0, EXPORT_WIDTH, EXPORT_HEIGHT))
        generator.setTitle(self.table.title)
        generator.setDescription(self.table.attribution)
        area = QRectF(0, 0, EXPORT_WIDTH, EXPORT_HEIGHT)
        with self._laid_out(EXPORT_WIDTH, EXPORT_HEIGHT, exporting=True):
            painter = QPainter(generator)
            try:
                painter.fillRect(area, self.colors.background)
                self.graphics.scene().render(painter, area, area)
            finally:
                painter.end()
        return bytes(buffer.data().data())


class ShareChart(QWidget):
    """A table's share chart, drawn by a renderer (the window's, or its own)."""

    focused = Signal(object)
    export_requested = Signal(object)

    def __init__(
        self,
        table: Table,
        full_scale: bool = False,
        renderer: ChartRenderer | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.full_scale = full_scale
        self.scale_with: tuple[int, ...] = ()
        self.renderer = renderer if renderer is not None else ChartRenderer(self)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(320, 200)
        self.canvas = _Canvas(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.canvas)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.copy_action = QAction(translate("MainWindow", "Copy c&hart"), self)
        self.copy_action.triggered.connect(self.copy_image)
        self.export_action = QAction(translate("MainWindow", "Export chart as &PNG or SVG…"), self)
        self.export_action.triggered.connect(lambda: self.export_requested.emit(self))
        self.addActions([self.copy_action, self.export_action])
        self.set_table(table)

    def set_table(self, table: Table) -> None:
        """Show a table's shares (another profile's, say), replacing what was shown."""
        self.table = table
        pairs = list(share_rows(table))
        self.left_out = max(0, len(pairs) - bars_that_fit(EXPORT_HEIGHT))
        self.setAccessibleName(translate("Chart", "Chart: {title}").format(title=table.title))
        self.setAccessibleDescription(
            "; ".join(f"{label}: {display_text(share, Kind.SHARE)}" for label, share in pairs[:MAX_BARS])
        )
        self.canvas.invalidate()

    def drawn(self, height: int = EXPORT_HEIGHT) -> ChartRenderer:
        """The renderer, with this chart in its scene as drawn at a height."""
        colors = ChartColors.of(self.palette())
        self.renderer.draw(self.table, self.full_scale, colors, bars_that_fit(height), self.scale_with)
        return self.renderer

    def share_scale_with(self, shares: list[int]) -> None:
        """Draw on an axis that also holds these shares (another chart's, beside this one)."""
        self.scale_with = tuple(shares)
        self.canvas.invalidate()

    def changeEvent(self, event: QEvent) -> None:
        """Override QWidget::changeEvent: redraw in the new colours when the palette changes."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.canvas.invalidate()

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Override QWidget::focusInEvent: tell the window this chart is current."""
        super().focusInEvent(event)
        self.focused.emit(self)

    # -- images ------------------------------------------------------------------------

    def render_image(self, width: int, height: int, ratio: float = 1.0) -> QImage:
        return self.drawn(height).render_image(width, height, ratio)

    def image(self) -> QImage:
        """The chart as exported: EXPORT_WIDTH x EXPORT_HEIGHT, with title and credit."""
        return self.drawn().export_image()

    def png_bytes(self) -> bytes:
        """The chart's image as PNG bytes."""
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        if not self.image().save(buffer, "PNG"):  # type: ignore[call-overload]  # PySide6 takes str, its stub says bytes
            raise OSError("the chart could not be encoded as PNG")
        return bytes(buffer.data().data())

    def svg_bytes(self) -> bytes:
        return self.drawn().svg_bytes()

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
