"""A table's share chart in the window: focus, Copy chart and Export chart, screen readers.

The drawing is the charts package's: a ChartCanvas shows the renderer's image of the chart,
so there is no mouse panning or zooming and a tab switch only copies pixels. A resize shows
the old image scaled until the new one is drawn, a moment after the resizing stops. Colours
come from the widget's palette, so a chart follows the window's light or dark look. A chart
is a Tab stop: with the focus it is outlined in the palette's highlight colour, in a margin
kept for that around the drawing, as every other control is (focus_frame, RING).
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFocusEvent, QImage, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from qingdao_viewer.charts import (
    EXPORT_HEIGHT,
    MAX_BAR_PIXELS,
    MAX_BARS,
    ChartCanvas,
    ChartRenderer,
    ChartSpec,
    ImageSize,
)
from qingdao_viewer.charts.spec import NAME_GAP_PIXELS, ROW_GAP_PIXELS, WINDOW_FRAME_PIXELS
from qingdao_viewer.i18n import listing, translate
from qingdao_viewer.tables import Kind, Table, display_text, share_rows
from qingdao_viewer.ui import clipboard
from qingdao_viewer.ui.focus_frame import RING


class ShareChart(QWidget):
    """A table's share chart, drawn by a renderer (the window's, or its own)."""

    focused = Signal(object)
    export_requested = Signal(object)
    SETTLE_MS = 80

    def __init__(
        self,
        table: Table,
        full_scale: bool = False,
        renderer: ChartRenderer | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.renderer = renderer if renderer is not None else ChartRenderer(self)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._fit_height(len(share_rows(table)))
        self.canvas = ChartCanvas(self.renderer, ChartSpec(table, full_scale), self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(RING, RING, RING, RING)  # room for the focus ring around the drawing
        layout.addWidget(self.canvas)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(self.SETTLE_MS)
        self._settle.timeout.connect(self.canvas.redraw)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.copy_action = QAction(translate("MainWindow", "Copy c&hart"), self)
        self.copy_action.triggered.connect(self.copy_image)
        self.export_action = QAction(translate("MainWindow", "Export chart as P&NG or SVG…"), self)
        self.export_action.triggered.connect(lambda: self.export_requested.emit(self))
        self.addActions([self.copy_action, self.export_action])
        self.setAccessibleName(translate("Chart", "Chart: {title}").format(title=table.title))
        pair = translate("Chart", "{label}: {share}")  # "甲：25%" in Chinese, listed as the language lists
        self.setAccessibleDescription(
            listing(
                pair.format(label=label, share=display_text(share, Kind.SHARE))
                for label, share in share_rows(table)[:MAX_BARS]
            )
        )

    LEAST_BARS = 3  # a chart is never shorter than its first bars need

    def _fit_height(self, rows: int) -> None:
        """Between the height its first bars need with their labels and the height all its bars use.

        A bar is never thicker than MAX_BAR_PIXELS, so a taller chart would only add blank
        space: a large window's spare height stays outside it.
        """
        text = self.fontMetrics().height()
        least = 2 * text + NAME_GAP_PIXELS + ROW_GAP_PIXELS
        most = text + NAME_GAP_PIXELS + ROW_GAP_PIXELS + MAX_BAR_PIXELS
        drawn = max(1, min(rows, MAX_BARS))
        low = WINDOW_FRAME_PIXELS + min(drawn, self.LEAST_BARS) * least
        self.setMinimumSize(320, low)
        self.setMaximumHeight(max(low, WINDOW_FRAME_PIXELS + drawn * most))

    @property
    def table(self) -> Table:
        return self.canvas.spec.table

    def share_scale_with(self, shares: list[int]) -> None:
        """Draw on an axis that also holds these shares (another chart's, beside this one)."""
        self.canvas.set_spec(replace(self.canvas.spec, scale_with=tuple(shares)))

    def drawn(self, height: int = EXPORT_HEIGHT) -> ChartRenderer:
        """The renderer, with this chart in its scene as drawn at a height (as exported, by default)."""
        return self.canvas.drawn(height)

    def changeEvent(self, event: QEvent) -> None:
        """Override QWidget::changeEvent: redraw in the new colours when the palette changes."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.canvas.invalidate()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Override QWidget::resizeEvent: redraw once the resizing settles (till then the old image, scaled)."""
        super().resizeEvent(event)
        if self.canvas.image is not None:
            self._settle.start()

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Override QWidget::focusInEvent: tell the window this chart is current."""
        super().focusInEvent(event)
        self.focused.emit(self)

    # -- copies and exports: the chart with its title and credit, at the export size --------

    def image(self) -> QImage:
        return self.drawn().export_image()

    def png_bytes(self, size: ImageSize | None = None) -> bytes:
        """The PNG at a size (as many bars as its height holds) and pixel ratio: by default as copied."""
        size = size or ImageSize()
        return self.drawn(size.height).png_bytes(*size)

    def svg_bytes(self) -> bytes:
        return self.drawn().svg_bytes()

    def copy_image(self) -> None:
        clipboard.put_image(self.image())
