"""A grouped bar chart of a comparison's table: one group per figure, one bar per cluster (pyqtgraph).

The table is a comparison's (``per_million`` or ``collaboration``): a row per figure, its first
column naming it, then a column per cluster. Each bar is as tall as the figure the source
prints and carries that figure's text as printed above it (turned upright when the bars are
narrow); a missing figure has no bar. Under the plot a legend names the cluster of each
colour, and the credit line says where the figures come from. The plot does not pan or zoom.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QFrame, QGridLayout, QSizePolicy, QVBoxLayout, QWidget

from qingdao_viewer.i18n import translate
from qingdao_viewer.tables import Kind, Table, display_text
from qingdao_viewer.ui.tabs import ElidedLabel, SourceLabel, plain_label

# Ten colours told apart in light and dark windows (Tableau 10): one per cluster, in order.
CLUSTER_COLOURS = (
    "#4e79a7",
    "#f28e2b",
    "#e15759",
    "#76b7b2",
    "#59a14f",
    "#edc948",
    "#b07aa1",
    "#ff9da7",
    "#9c755f",
    "#bab0ac",
)
GROUP_WIDTH = 0.8  # of the room between two groups' centres, the bars take this much
UPRIGHT_FROM = 5  # clusters: from this many on, the figures above the bars are turned upright
PLOT_HEIGHT = 240
LEGEND_COLUMNS = 2


class GroupedBarChart(QWidget):
    """The figures of a comparison's table as grouped bars, with a legend naming the clusters and the credit."""

    def __init__(self, table: Table, parent: QWidget | None = None):
        super().__init__(parent)
        self.table = table
        self.clusters = [column.header for column in table.columns[1:]]
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = plain_label(table.title, point_delta=1, bold=True)
        layout.addWidget(self.title)
        self.plot = pg.PlotWidget()
        self.plot.setFixedHeight(PLOT_HEIGHT)
        self.plot.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        self.plot.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout.addWidget(self.plot)
        share = table.columns[1].kind is Kind.SHARE
        self.unit = translate("Chart", "Share (%)") if share else translate("Chart", "Per 1 million inhabitants")
        self.bars: list[pg.BarGraphItem] = []
        self.value_labels: list[pg.TextItem] = []
        self._draw()
        self.legend = self._legend()
        layout.addWidget(self.legend)
        self.source = SourceLabel(table.attribution)
        layout.addWidget(self.source)
        self.setAccessibleName(table.title)
        self.setAccessibleDescription(self.spoken())

    def changeEvent(self, event: QEvent) -> None:
        """Override QWidget::changeEvent: a new palette (light or dark) recolours the ground, axes and figures."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._colour()

    def _colour(self) -> None:
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        self.plot.setBackground(palette.color(QPalette.ColorRole.Base))
        item = self.plot.getPlotItem()
        for name in ("left", "bottom"):
            axis = item.getAxis(name)
            axis.setPen(pg.mkPen(text))
            axis.setTextPen(pg.mkPen(text))
        for label in self.value_labels:
            label.setColor(text)
        item.setLabel("left", self.unit, color=text.name())

    def _draw(self) -> None:
        table, count = self.table, len(self.clusters)
        text = self.palette().color(QPalette.ColorRole.WindowText)
        item = self.plot.getPlotItem()
        item.disableAutoRange()  # the ranges are set once, below: not recomputed for each item added
        width = GROUP_WIDTH / count
        upright = count >= UPRIGHT_FROM
        font = QFont(self.font())
        highest = 0.0
        for index, colour in enumerate(CLUSTER_COLOURS[:count]):
            xs, heights = [], []
            for group, row in enumerate(table.rows):
                value = row[1 + index]
                if not isinstance(value, (int, float)):
                    continue  # not given: no bar
                x = group - GROUP_WIDTH / 2 + (index + 0.5) * width
                xs.append(x)
                heights.append(value)
                highest = max(highest, float(value))
                label = pg.TextItem(
                    display_text(value, table.columns[1 + index].kind),
                    color=text,
                    anchor=(0, 0.5) if upright else (0.5, 1),
                    angle=90 if upright else 0,
                )
                label.setFont(font)
                label.setPos(x, value)
                item.addItem(label)
                self.value_labels.append(label)
            bars = pg.BarGraphItem(x=xs, height=heights, width=width * 0.9, brush=QColor(colour), pen=pg.mkPen(None))
            item.addItem(bars)
            self.bars.append(bars)
        self._colour()
        item.getAxis("bottom").setTicks([[(group, str(row[0])) for group, row in enumerate(table.rows)], []])
        item.setXRange(-0.5, len(table.rows) - 0.5, padding=0)
        item.setYRange(0, (highest or 1) * (1.45 if upright else 1.2), padding=0)

    def _legend(self) -> QWidget:
        """A swatch of each cluster's colour with its name, in the order of the bars."""
        holder = QWidget()
        grid = QGridLayout(holder)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(2)
        self.legend_names: list[ElidedLabel] = []
        for index, name in enumerate(self.clusters):
            row, column = divmod(index, LEGEND_COLUMNS)
            swatch = QFrame()
            size = self.fontMetrics().height()
            swatch.setFixedSize(size, size)
            swatch.setStyleSheet(f"background-color: {CLUSTER_COLOURS[index]}; border: none;")
            label = ElidedLabel(name)
            self.legend_names.append(label)
            grid.addWidget(swatch, row, 2 * column)
            grid.addWidget(label, row, 2 * column + 1)
            grid.setColumnStretch(2 * column + 1, 1)
        return holder

    def spoken(self) -> str:
        """What a screen reader says of the chart: each figure of each cluster, as printed."""
        parts = []
        for row in self.table.rows:
            values = ", ".join(
                f"{name}: {display_text(value, column.kind)}"
                for name, value, column in zip(self.clusters, row[1:], self.table.columns[1:], strict=True)
                if value is not None
            )
            parts.append(f"{row[0]} — {values}")
        return "; ".join(parts)
