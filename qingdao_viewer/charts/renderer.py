"""A table's share chart drawn by pyqtgraph, onto any painter, into PNG or SVG bytes.

The bars are static figures, not data to explore: a ChartRenderer holds one hidden pyqtgraph
scene, puts a chart in it (``draw``) and paints the scene where it is wanted: onto a window's
image, a PDF page, an SVG drawing or any other QPainter. The charts of one window share one
renderer: they differ only in their data.
"""

from __future__ import annotations

import contextlib
import html
import re
from collections.abc import Iterator

import pyqtgraph as pg
from PySide6.QtCore import QBuffer, QIODevice, QObject, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontInfo, QFontMetricsF, QGuiApplication, QImage, QPainter, QPicture
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QWidget

from qingdao_viewer.charts.spec import (
    BAR_HEIGHT,
    EXPORT_HEIGHT,
    EXPORT_WIDTH,
    LOGICAL_DPI,
    MAX_BAR_PIXELS,
    MAX_BARS,
    NAME_GAP_PIXELS,
    ROW_GAP_PIXELS,
    VALUE_GAP_PIXELS,
    ChartBoxes,
    ChartColors,
    ChartSpec,
    ImageSize,
    axis_limit,
    chart_title,
    left_out_note,
)
from qingdao_viewer.i18n import translate
from qingdao_viewer.tables import share_rows

NAME_END_PIXELS = 4  # a name elided this far short of the plot's edge, on either side


class ChartRenderer(QObject):
    """One pyqtgraph scene that draws share charts: one bar per row (up to MAX_BARS), labelled."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        # A hidden widget (a child of the owner, if there is one): it only holds the scene.
        self.graphics = pg.GraphicsLayoutWidget(parent)
        self.graphics.hide()
        self.graphics.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # never shown: no focusable object without a name
        self.graphics.viewport().setFocusPolicy(Qt.FocusPolicy.NoFocus)
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
        self.names: list[str] = []  # the name labels' text in full
        self.spec: ChartSpec | None = None
        self.note = ""
        self.colors = ChartColors.of(QGuiApplication.palette())
        self._drawn: tuple[object, ...] | None = None
        self._names_room: float | None = None
        self._pairs: list[tuple[str, int]] = []
        self._max_bars = MAX_BARS
        self._limit = 100

    def draw(self, spec: ChartSpec, colors: ChartColors, max_bars: int = MAX_BARS) -> None:
        """Put a table's chart in the scene, at most max_bars bars (nothing to do if it is there already).

        The bars are placed when the chart is laid out at a size (``_laid_out``): as many as
        the plot's height holds with every label clear of every bar, each bar at most
        MAX_BAR_PIXELS thick.
        """
        key = (id(spec.table), spec, colors.key(), max_bars)
        if self._drawn == key:
            return
        self._drawn = key
        self.spec, self.colors = spec, colors
        self._pairs = list(share_rows(spec.table))
        self._max_bars = max_bars
        self.graphics.setBackground(colors.background)
        axis = self.plot.getAxis("bottom")
        axis.setPen(pg.mkPen(colors.text))
        axis.setTextPen(pg.mkPen(colors.text))
        self.plot.setLabel("bottom", translate("Chart", "Share (%)"), color=colors.text.name())
        self._set_rows(max_bars)

    def _set_rows(self, rows: int) -> None:
        """Make the items of the first rows (the rest are told in the note); placed by ``_place``."""
        assert self.spec is not None
        spec, colors, pairs = self.spec, self.colors, self._pairs
        shown, left_out = pairs[: max(0, rows)], max(0, len(pairs) - max(0, rows))
        self.note = left_out_note(len(shown), left_out) if left_out else ""
        self.plot.clear()
        self.name_labels, self.value_labels, self.names = [], [], [label for label, _ in shown]
        self._names_room = None
        self._decorate(titled=False)
        self._limit = axis_limit([share for _, share in shown] + list(spec.scale_with), spec.full_scale)
        self.plot.setXRange(0, self._limit, padding=0)
        if not shown:
            self.bars = None
            self.plot.setYRange(0, 1, padding=0)
            return
        count = len(shown)
        # Until placed: row i at y = count - 1 - i, the first row on top (placing puts them in pixels).
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
            for item in (name, value):
                item.setFont(_unligated_font())
                item.textItem.document().setDocumentMargin(0)  # its box is its text: what the layout measures
                self.plot.addItem(item)
            self.name_labels.append(name)
            self.value_labels.append(value)
        self.plot.setYRange(-BAR_HEIGHT, count - 1 + BAR_HEIGHT + 0.45, padding=0)

    def _text_height(self) -> float:
        label = self.name_labels[0] if self.name_labels else None
        font = label.textItem.font() if label is not None else QGuiApplication.font()
        return QFontMetricsF(font).height()

    def _rows_that_fit(self) -> int:
        """How many rows the plot's height holds at the least pitch: a name's line above a bar as thick."""
        text = self._text_height()
        return int(self.plot.getViewBox().height() // (2 * text + NAME_GAP_PIXELS + ROW_GAP_PIXELS))

    def _place(self) -> None:
        """Place the rows in the plot's pixels: each name's line, under it its bar, its share beside the bar's end.

        The y axis counts pixels down from the plot's top. Rows share the height up to a
        pitch that gives a bar MAX_BAR_PIXELS; a shorter list is centred in the plot.
        """
        view = self.plot.getViewBox()
        height, width = view.height(), max(1.0, view.width())
        count = len(self.name_labels)
        if self.bars is None or not count or height <= 0:
            return
        text = self._text_height()
        least = text + NAME_GAP_PIXELS + ROW_GAP_PIXELS
        pitch = min(height / count, least + MAX_BAR_PIXELS)
        bar = max(1.0, min(MAX_BAR_PIXELS, pitch - least))
        top = (height - count * pitch) / 2 + ROW_GAP_PIXELS / 2
        names = [top + index * pitch for index in range(count)]
        bars = [name + text + NAME_GAP_PIXELS for name in names]
        view.invertY(True)
        self.plot.setYRange(0, height, padding=0)
        self.bars.setOpts(y0=bars, y=None, height=bar)
        nudge = VALUE_GAP_PIXELS * self._limit / width  # the share's gap from its bar, in axis units
        for label, value, name_y, bar_y, (_, share) in zip(
            self.name_labels, self.value_labels, names, bars, self._pairs, strict=False
        ):
            label.setAnchor((0, 0))
            label.setPos(0, name_y)
            value.setAnchor((0, 0.5))
            value.setPos(share + nudge, bar_y + bar / 2)

    def layout_boxes(self) -> ChartBoxes:
        """Where the chart as last laid out put its plot, bars, names and shares (scene pixels)."""
        view = self.plot.getViewBox()
        bars: list[QRectF] = []
        if self.bars is not None:
            opts = self.bars.opts
            tops, height = opts.get("y0"), opts["height"]
            if tops is None:
                tops = [y - height / 2 for y in opts["y"]]
            for top, share in zip(tops, opts["width"], strict=True):
                bars.append(view.mapViewToScene(QRectF(0, top, share, height)).boundingRect())
        return ChartBoxes(
            plot=view.sceneBoundingRect(),
            bars=bars,
            names=[label.mapRectToScene(label.boundingRect()) for label in self.name_labels],
            values=[label.mapRectToScene(label.boundingRect()) for label in self.value_labels],
        )

    def laid_out_boxes(self, width: float, height: float) -> ChartBoxes:
        """The boxes of the chart drawn now, laid out at width x height as a window shows it."""
        with self._laid_out(width, height, titled=False):
            return self.layout_boxes()

    def _decorate(self, titled: bool) -> None:
        """Title and source credit go on exported images; in the window the tab shows them."""
        text, muted = self.colors.text, self.colors.muted
        if titled and self.spec is not None:
            table = self.spec.table
            title = chart_title(table)
            title = f"{title} ({self.note})" if self.note else title
            self.plot.setTitle(html.escape(title), color=text.name(), size="11pt")
            self.credit.setText(html.escape(table.attribution), color=muted.name(), size="8pt")
        else:
            self.plot.setTitle(html.escape(self.note) if self.note else None, color=text.name(), size="9pt")
            self.credit.setText("")
        # An empty credit takes no height: in the window the plot reaches the chart's foot.
        self.credit.setVisible(titled)
        self.credit.setMaximumHeight(10_000 if titled else 0)
        self.credit.setMinimumHeight(0)
        layout = self.graphics.ci.layout
        layout.setRowMaximumHeight(1, 10_000 if titled else 0)
        layout.setRowSpacing(0, layout.verticalSpacing() if titled else 0)

    def _wrap_labels(self, width: float) -> None:
        """Title and credit wrap, centred, to a chart narrower than they are long, not widen it past its frame.

        (A pyqtgraph label is as wide as its text, and the layout as wide as its widest label.)
        Labels that fit stay one line each, as before.
        """
        outer_left, _, outer_right, _ = self.graphics.ci.layout.getContentsMargins()
        inner_left, _, inner_right, _ = self.plot.layout.getContentsMargins()
        room = width - outer_left - outer_right
        for label, label_room in ((self.plot.titleLabel, room - inner_left - inner_right), (self.credit, room)):
            text = label.item
            text.setTextWidth(-1)  # its own width, one line
            if text.boundingRect().width() > label_room:
                option = text.document().defaultTextOption()
                option.setAlignment(Qt.AlignmentFlag.AlignHCenter)
                text.document().setDefaultTextOption(option)
                text.setTextWidth(max(1.0, label_room))
            label.updateMin()
            label.resizeEvent(None)
        title = self.plot.titleLabel
        if title.isVisible():  # pyqtgraph gives a title one line of 30 pixels
            lines = max(30.0, title.itemRect().height())
            title.setMaximumHeight(lines)
            self.plot.layout.setRowFixedHeight(0, lines)

    def _fit_names(self) -> None:
        """A name wider than the plot ends in an ellipsis (the table gives it in full), not cut by the frame."""
        room = self.plot.getViewBox().width()
        if room == self._names_room:
            return
        self._names_room = room
        for label, name in zip(self.name_labels, self.names, strict=True):
            text = label.textItem
            width = room - 2 * NAME_END_PIXELS  # a little clear of the plot's right edge
            shown = QFontMetricsF(text.font()).elidedText(name, Qt.TextElideMode.ElideRight, width)
            if shown != label.toPlainText():
                label.setText(shown)

    @contextlib.contextmanager
    def _laid_out(self, width: float, height: float, titled: bool) -> Iterator[QRectF]:
        """The chart laid out at width x height logical pixels (with title and credit if titled).

        Exports are laid out at the size asked (EXPORT_WIDTH x EXPORT_HEIGHT unless told), so
        they look the same whatever the window's size, and the same profile always gives the
        same files.
        """
        layout = self.graphics.ci
        area = QRectF(0, 0, width, height)
        if len(self.name_labels) != min(len(self._pairs), self._max_bars):
            self._set_rows(self._max_bars)  # a smaller layout before left rows out
        for _ in range(4):  # fewer rows may add the note's line, which takes height: lay out again
            self._decorate(titled=titled)
            self._wrap_labels(width)
            layout.setGeometry(area)
            layout.layout.activate()
            fit = max(1, self._rows_that_fit())
            if fit >= len(self.name_labels):
                break
            self._set_rows(fit)
        self._place()
        self._fit_names()
        try:
            yield area
        finally:
            if titled:
                self._decorate(titled=False)

    # -- painting ------------------------------------------------------------------------

    def paint(self, painter: QPainter, target: QRectF, titled: bool = False) -> None:
        """Draw the chart onto any active painter, filling target (in the painter's coordinates).

        The chart is laid out at the target's size in logical pixels of the painter's device,
        so its text keeps its point size: 174 mm across are 658 pixels, on screen or on paper.
        Onto a device of another resolution (a PDF writer's 1200 dpi) the scene is recorded as
        a QPicture and played there: Qt plays a picture scaled to the device it is played on,
        and the scene's axis is such a picture, which rendering the scene straight onto the
        device would scale a second time. Either way everything stays vectors and text.
        """
        device = painter.device()
        dpi_x, dpi_y = device.logicalDpiX(), device.logicalDpiY()
        width, height = target.width() * LOGICAL_DPI / dpi_x, target.height() * LOGICAL_DPI / dpi_y
        scene = self.graphics.scene()
        with self._laid_out(width, height, titled) as source:
            painter.fillRect(target, self.colors.background)
            if dpi_x == dpi_y == LOGICAL_DPI:
                scene.render(painter, target, source)
                return
            picture = QPicture()
            recorder = QPainter(picture)
            try:
                scene.render(recorder, source, source)
            finally:
                recorder.end()
            painter.save()
            try:
                painter.translate(target.topLeft())
                # The picture plays scaled by the device's dpi over its own; this makes that LOGICAL_DPI.
                painter.scale(picture.logicalDpiX() / LOGICAL_DPI, picture.logicalDpiY() / LOGICAL_DPI)
                painter.drawPicture(0, 0, picture)
            finally:
                painter.restore()

    def render_image(self, width: int, height: int, ratio: float = 1.0) -> QImage:
        """The chart as a window shows it: width x height logical pixels at a device pixel ratio."""
        return self._image(width, height, ratio, titled=False)

    def _image(self, width: int, height: int, ratio: float, titled: bool) -> QImage:
        image = QImage(max(1, round(width * ratio)), max(1, round(height * ratio)), QImage.Format.Format_ARGB32)
        image.setDevicePixelRatio(ratio)
        image.fill(self.colors.background)
        painter = QPainter(image)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
            self.paint(painter, QRectF(0, 0, width, height), titled=titled)
        finally:
            painter.end()
        return image

    # -- exports -------------------------------------------------------------------------

    def export_image(self, width: int = EXPORT_WIDTH, height: int = EXPORT_HEIGHT, ratio: float = 1) -> QImage:
        """The chart with its title and credit, laid out at width x height, drawn at ratio pixels a logical pixel.

        At ratio 2 the image has twice the pixels each way and the same layout, only sharper.
        ImageSizeError if the size is out of bounds (ImageSize.checked).
        """
        ImageSize(width, height, ratio).checked()
        image = self._image(width, height, ratio, titled=True)
        # Its resolution says how large to show it: 96 dpi at 1x, 192 at 2x (set after painting,
        # which lays the chart out in logical pixels of the device's resolution).
        image.setDotsPerMeterX(round(LOGICAL_DPI * ratio / 0.0254))
        image.setDotsPerMeterY(round(LOGICAL_DPI * ratio / 0.0254))
        return image

    def png_bytes(self, width: int = EXPORT_WIDTH, height: int = EXPORT_HEIGHT, ratio: float = 1) -> bytes:
        """The exported image (export_image) as PNG bytes: width * ratio x height * ratio pixels."""
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        if not self.export_image(width, height, ratio).save(buffer, "PNG"):  # type: ignore[call-overload]  # PySide6 takes str, its stub says bytes
            raise OSError("the chart could not be encoded as PNG")
        return bytes(buffer.data().data())

    def svg_bytes(self) -> bytes:
        """The chart with its title and credit as SVG, laid out at the export size.

        Written by Qt's QSvgGenerator: pyqtgraph 0.14.0's SVGExporter fails on the closed
        paths ("... Z") that Qt 6.11+ writes for every plot's frame (pyqtgraph issue 3495).
        Its font families are then made lists that end in a generic family (font_fallbacks).
        """
        assert self.spec is not None, "draw a chart first"
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        generator = QSvgGenerator()
        generator.setOutputDevice(buffer)
        generator.setSize(QSize(EXPORT_WIDTH, EXPORT_HEIGHT))
        # The scene is laid out in logical pixels; at the generator's default 72 dpi its text
        # (sized in points) would come out at three quarters of the size, off the axis it labels.
        generator.setResolution(LOGICAL_DPI)
        generator.setViewBox(QRectF(0, 0, EXPORT_WIDTH, EXPORT_HEIGHT))
        generator.setTitle(chart_title(self.spec.table))
        generator.setDescription(self.spec.table.attribution)
        painter = QPainter(generator)
        try:
            self.paint(painter, QRectF(0, 0, EXPORT_WIDTH, EXPORT_HEIGHT), titled=True)
        finally:
            painter.end()
        return font_fallbacks(bytes(buffer.data().data()).decode("utf-8")).encode("utf-8")


def _unligated_font() -> QFont:
    """The application's font without optional ligatures: "fi" in a PDF or SVG stays two letters to copy and search.

    The ligatures a script requires (Arabic's lam-alef, "rlig") stay on.
    """
    font = QFont(QGuiApplication.font())
    for tag in ("liga", "clig", "dlig"):
        font.setFeature(QFont.Tag(tag), 0)
    return font


# The font-family attributes QSvgGenerator writes (font-family="Sans Serif"). It writes no CSS,
# and escapes text and titles, quotes included, so a '"' is never in text: this matches attributes only.
_FONT_FAMILY = re.compile(r'(?<=\sfont-family=")[^"<>]*(?=")')
_CSS_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_-]*(?: [A-Za-z][A-Za-z0-9_-]*)*")


def font_fallbacks(svg: str) -> str:
    """The SVG with each font family as a list: the family Qt drew with, then the generic sans-serif.

    Qt writes the family the chart asked for, which may be a name only fontconfig knows (its
    default is "Sans Serif"); a browser that has no font of that name would draw any font at
    all. The family it resolves to comes first, so a browser that has it draws the PNG's
    letters; the generic family lets one that has not still draw sans-serif text.
    """
    lists: dict[str, str] = {}

    def family_list(match: re.Match[str]) -> str:
        asked = match.group(0)
        if asked not in lists:
            family = QFontInfo(QFont(html.unescape(asked))).family()
            if not _CSS_NAME.fullmatch(family):  # CSS wants a quoted string
                family = "'" + family.replace("\\", "\\\\").replace("'", "\\'") + "'"
            lists[asked] = html.escape(f"{family}, sans-serif")
        return lists[asked]

    return _FONT_FAMILY.sub(family_list, svg)
