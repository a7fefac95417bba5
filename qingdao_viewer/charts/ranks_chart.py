"""One cluster's ranks over the editions, drawn by pyqtgraph: a line per kind of rank, rank 1 on top.

x is the edition's year (a tick per edition shown), y the rank, inverted so the first place is
at the top; each point is labelled with the rank as the edition printed it, and an edition that
prints no rank of a kind has no point on that line, and the line is broken there (it joins only
the ranks of editions next to each other that both print them). The credit line of every edition
shown sits under the plot (or, given none, the window puts it there). The chart is a static
figure: no panning, zooming or menu. Importing this module imports pyqtgraph.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from qingdao_viewer.charts.spec import ChartColors
from qingdao_viewer.i18n import translate
from qingdao_viewer.tables.editions import RankSeries

# Okabe and Ito's colours, told apart with colour blindness too; each line has a symbol of its own as well.
LINE_COLORS = ("#0072B2", "#D55E00", "#009E73", "#CC79A7")
SYMBOLS = ("o", "s", "t", "d")
# Where each line's value labels sit from its points (pyqtgraph anchors): left above, right above, below.
LABEL_ANCHORS = ((1.15, 1.0), (-0.15, 1.0), (0.5, -0.15), (0.5, 1.3))
PLOT_HEIGHT = 280


def rank_step(worst: int) -> int:
    """The step between the rank axis' ticks: about five of them from 1 to the worst rank."""
    return next((step for step in (1, 2, 5, 10, 20, 25, 50) if worst / step <= 6), 100)


def rank_ticks(worst: int, step: int) -> list[int]:
    """Rank 1, then every multiple of step up to the worst rank (ranks start at 1: there is no rank 0)."""
    return [1, *range(step, worst + 1, step)] if step > 1 else list(range(1, worst + 1))


class RanksChart(QWidget):
    """The ranks chart of an editions table: ``curves`` and ``value_labels`` are what is drawn, readable by tests."""

    def __init__(self, series: Sequence[RankSeries], credit: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.series = tuple(series)
        self.years = sorted({year for line in self.series for year, _ in line.points})
        self.graphics = pg.GraphicsLayoutWidget()
        self.graphics.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.graphics.viewport().setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.graphics.setMinimumHeight(PLOT_HEIGHT)
        self.graphics.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.plot: pg.PlotItem = self.graphics.addPlot(row=0, col=0)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        self.plot.getViewBox().invertY(True)
        self.plot.layout.setContentsMargins(8, 8, 24, 8)
        self.legend = pg.LegendItem(colCount=max(1, len(self.series)))
        self.graphics.addItem(self.legend, row=1, col=0)
        self.curves: list[tuple[str, pg.PlotDataItem]] = []
        self.value_labels: list[pg.TextItem] = []
        self.credit = QLabel(credit)
        self.credit.setTextFormat(Qt.TextFormat.PlainText)
        self.credit.setWordWrap(True)
        font = QFont(self.credit.font())
        font.setPointSizeF(max(6.0, font.pointSizeF() - 1))
        self.credit.setFont(font)
        self.credit.setVisible(bool(credit))  # a window may set the credit line under the chart itself
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.graphics)
        layout.addWidget(self.credit)
        self.setAccessibleName(translate("Chart", "Ranks over the editions"))
        self.setAccessibleDescription(self.description())
        self._draw(ChartColors.of(QGuiApplication.palette()))

    def description(self) -> str:
        """The chart in words, for a screen reader: each line's ranks by edition."""
        lines = []
        for line in self.series:
            ranks = ", ".join(
                translate("Chart", "GII {year}: {rank}").format(year=year, rank=rank) for year, rank in line.points
            )
            lines.append(f"{line.label}: {ranks}" if ranks else line.label)
        return "; ".join(lines)

    def _draw(self, colors: ChartColors) -> None:
        plot = self.plot
        plot.clear()
        self.legend.clear()
        self.curves, self.value_labels = [], []
        self.graphics.setBackground(colors.background)
        for name in ("bottom", "left"):
            axis = plot.getAxis(name)
            axis.setPen(pg.mkPen(colors.text))
            axis.setTextPen(pg.mkPen(colors.text))
        plot.setLabel("bottom", translate("Chart", "Edition (GII year)"), color=colors.text.name())
        plot.setLabel("left", translate("Chart", "Rank (1 is first)"), color=colors.text.name())
        plot.getAxis("bottom").setTicks([[(year, str(year)) for year in self.years]])
        ranks = [rank for line in self.series for _, rank in line.points]
        for index, line in enumerate(self.series):
            color = QColor(LINE_COLORS[index % len(LINE_COLORS)])
            printed = dict(line.points)
            ys = [float(printed.get(year, math.nan)) for year in self.years]  # no point where none is printed
            curve = plot.plot(
                self.years,
                ys,
                connect="finite",
                # each line thinner and its marks smaller than the one before: lines that coincide
                # (rank 1 of the top 100 and of its economy) both show
                pen=pg.mkPen(color, width=max(1.5, 3.5 - index)),
                symbol=SYMBOLS[index % len(SYMBOLS)],
                symbolSize=max(7, 12 - 2 * index),
                symbolBrush=color,
                symbolPen=pg.mkPen(color),
            )
            self.curves.append((line.label, curve))
            self.legend.addItem(curve, line.label)
            anchor = LABEL_ANCHORS[index % len(LABEL_ANCHORS)]
            for year, rank in line.points:
                label = pg.TextItem(str(rank), color=color, anchor=anchor)  # its line's colour: whose it is
                label.setPos(year, rank)
                plot.addItem(label)
                self.value_labels.append(label)
        for item in self.legend.items:
            item[1].setText(item[1].text, color=colors.text.name())
        if self.years:
            plot.setXRange(self.years[0] - 0.5, self.years[-1] + 0.5, padding=0)
        worst = max(ranks, default=1)
        step = rank_step(worst)
        plot.getAxis("left").setTicks([[(rank, str(rank)) for rank in rank_ticks(worst, step)]])
        margin = max(0.5, worst * 0.08)
        plot.setYRange(1 - margin, worst + margin, padding=0)  # no rank 0, nothing below the worst rank shown

    def changeEvent(self, event: QEvent) -> None:
        """Override QWidget::changeEvent: follow the window's light or dark look."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._draw(ChartColors.of(self.palette()))
