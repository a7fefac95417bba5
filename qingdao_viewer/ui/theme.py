"""Light and dark: follow the system's colour scheme, or the one chosen in View > Theme.

Qt 6 reports the system's scheme in QStyleHints.colorScheme. Not every platform lets an
app ask for one (X11 without a desktop's theme does not), so a chosen theme also sets
the Fusion style's palette itself; the charts read the palette and redraw with it.

Either way the style is Fusion's with a focus ring of its own (``FocusStyle``): whatever has
the keyboard focus is outlined RING pixels wide in the palette's highlight colour (Fusion's
own is a faint 1 px line, and none at all on a table), and a header's sort arrow keeps clear
of its text.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QStyleOptionComplex,
    QStyleOptionHeader,
    QWidget,
)

from qingdao_viewer.i18n import QT_TRANSLATE_NOOP

THEMES = {
    "system": QT_TRANSLATE_NOOP("MainWindow", "&System"),
    "light": QT_TRANSLATE_NOOP("MainWindow", "&Light"),
    "dark": QT_TRANSLATE_NOOP("MainWindow", "&Dark"),
}
_current = "system"
_following = False


def dark_palette() -> QPalette:
    palette = QPalette()
    roles = QPalette.ColorRole
    for role, color in (
        (roles.Window, "#2b2b2e"),
        (roles.WindowText, "#e8e8ea"),
        (roles.Base, "#1f1f22"),
        (roles.AlternateBase, "#2a2a2e"),
        (roles.ToolTipBase, "#3a3a3e"),
        (roles.ToolTipText, "#e8e8ea"),
        (roles.PlaceholderText, "#8d8d93"),
        (roles.Text, "#e8e8ea"),
        (roles.Button, "#35353a"),
        (roles.ButtonText, "#e8e8ea"),
        (roles.BrightText, "#ff6b6b"),
        (roles.Light, "#4a4a50"),
        (roles.Midlight, "#3e3e44"),
        (roles.Mid, "#2f2f33"),
        (roles.Dark, "#1a1a1d"),
        (roles.Shadow, "#000000"),
        (roles.Highlight, "#3d7dd8"),
        (roles.HighlightedText, "#ffffff"),
        (roles.Link, "#7ab4ff"),
        (roles.LinkVisited, "#b59cff"),
    ):
        palette.setColor(role, QColor(color))
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7a7a80"))
    return palette


RING = 2  # the focus ring's width in pixels (device-independent)
ARROW_GAP = 6  # pixels between a header's text and its sort arrow

_Element = QStyle.PrimitiveElement
_Control = QStyle.ControlElement
_Complex = QStyle.ComplexControl
_Sub = QStyle.SubElement


def paint_focus_ring(painter: QPainter, rect: QRect, palette: QPalette) -> None:
    """A RING-pixel outline just inside rect, in the palette's highlight colour."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    pen = QPen(palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight), RING)
    pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    half = RING / 2
    painter.drawRect(QRectF(rect).adjusted(half, half, -half, -half))
    painter.restore()


def _focused(option: QStyleOption) -> bool:
    return bool(option.state & QStyle.StateFlag.State_HasFocus)


class FocusStyle(QProxyStyle):
    """Fusion, with a clear focus ring and sort arrows clear of header text.

    The ring goes inside the focused control's own rectangle: around a push button, a combo
    box, a line edit or spin box; inside a scroll area's frame (tables, lists, text boxes),
    which is RING pixels wide for that; around the current tab of a focused tab bar (Fusion
    draws none) and a check box's text (Fusion's only after a key press). Charts paint theirs
    (ShareChart).
    """

    def __init__(self) -> None:
        super().__init__("Fusion")

    def drawPrimitive(
        self, element: QStyle.PrimitiveElement, option: QStyleOption, painter: QPainter, widget: QWidget | None = None
    ) -> None:
        """Override QProxyStyle::drawPrimitive: the focus rectangle and focused panels get the ring."""
        if element == _Element.PE_FrameFocusRect and not isinstance(widget, QAbstractScrollArea):
            paint_focus_ring(painter, option.rect, option.palette)  # a table's current cell keeps Fusion's
            return
        super().drawPrimitive(element, option, painter, widget)
        if element == _Element.PE_FrameLineEdit and _focused(option):
            paint_focus_ring(painter, option.rect, option.palette)

    def drawControl(
        self, element: QStyle.ControlElement, option: QStyleOption, painter: QPainter, widget: QWidget | None = None
    ) -> None:
        """Override QProxyStyle::drawControl: rings on focused frames and tabs; header text clear of its arrow."""
        if (
            element == _Control.CE_Header
            and isinstance(option, QStyleOptionHeader)
            and option.sortIndicator != QStyleOptionHeader.SortIndicator.None_
        ):
            self._draw_sorted_header(option, painter, widget)
            return
        super().drawControl(element, option, painter, widget)
        if not _focused(option):
            return
        # A push button's bevel (flat ones too, which Fusion draws no panel); a scroll area's frame.
        if element == _Control.CE_PushButtonBevel or (
            element == _Control.CE_ShapedFrame and isinstance(widget, QAbstractScrollArea)
        ):
            paint_focus_ring(painter, option.rect, option.palette)
        elif element == _Control.CE_TabBarTabLabel:  # the current tab of a focused tab bar
            paint_focus_ring(painter, option.rect.adjusted(1, 1, -1, -1), option.palette)

    def _draw_sorted_header(self, option: QStyleOptionHeader, painter: QPainter, widget: QWidget | None) -> None:
        """A sorted header section as Qt's common style draws one, its text ending ARROW_GAP before the arrow."""
        painter.save()
        painter.setClipRect(option.rect)
        self.drawControl(_Control.CE_HeaderSection, option, painter, widget)
        part = type(option)(option)  # a copy of the same kind (Qt 6 passes QStyleOptionHeaderV2: its elide mode)
        part.rect = header_label_rect(option, widget)
        if part.rect.isValid():
            self.drawControl(_Control.CE_HeaderLabel, part, painter, widget)
        part.rect = self.subElementRect(_Sub.SE_HeaderArrow, option, widget)  # type: ignore[arg-type]
        self.drawPrimitive(_Element.PE_IndicatorHeaderArrow, part, painter, widget)
        painter.restore()

    def drawComplexControl(
        self,
        control: QStyle.ComplexControl,
        option: QStyleOptionComplex,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        """Override QProxyStyle::drawComplexControl: focused combo and spin boxes get the ring."""
        super().drawComplexControl(control, option, painter, widget)
        if control in (_Complex.CC_ComboBox, _Complex.CC_SpinBox) and _focused(option):
            paint_focus_ring(painter, option.rect, option.palette)

    def pixelMetric(
        self, metric: QStyle.PixelMetric, option: QStyleOption | None = None, widget: QWidget | None = None
    ) -> int:
        """Override QProxyStyle::pixelMetric: a focusable scroll area's frame is wide enough for the ring."""
        value = super().pixelMetric(metric, option, widget)
        if (
            metric == QStyle.PixelMetric.PM_DefaultFrameWidth
            and isinstance(widget, QAbstractScrollArea)
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        ):
            return max(value, RING)
        return value


def header_label_rect(option: QStyleOptionHeader, widget: QWidget | None) -> QRect:
    """Where a header section's text goes: Fusion's place for it, ending ARROW_GAP pixels before a sort arrow.

    Fusion's place for the text reaches into the sort arrow's, so a right-aligned header's
    text touches the arrow; FocusStyle draws the text here instead.
    """
    style = widget.style() if widget is not None else QApplication.style()
    rect = style.subElementRect(_Sub.SE_HeaderLabel, option, widget)
    if option.sortIndicator != QStyleOptionHeader.SortIndicator.None_:
        arrow = style.subElementRect(_Sub.SE_HeaderArrow, option, widget)
        if arrow.isValid() and arrow.center().x() > rect.center().x():  # the arrow at the text's right
            rect.setRight(min(rect.right(), arrow.left() - ARROW_GAP - 1))
    return rect


def header_arrow_room(widget: QWidget) -> int:
    """Pixels a header section needs beside its text for the sort arrow and the gap before it."""
    style = widget.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, widget)
    return style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, widget) + 2 * margin + ARROW_GAP


def focus_style() -> FocusStyle:
    return FocusStyle()


def system_is_dark() -> bool:
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def is_dark(theme: str) -> bool:
    return theme == "dark" or (theme == "system" and system_is_dark())


def current() -> str:
    return _current


def apply_theme(theme: str) -> str:
    """Use a theme ("system", "light" or "dark"); returns the one in use."""
    global _current, _following
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return _current
    _current = theme if theme in THEMES else "system"
    hints = app.styleHints()
    hints.setColorScheme(
        {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}.get(_current, Qt.ColorScheme.Unknown)
    )
    if not _following:  # the system's scheme changing while the app runs
        hints.colorSchemeChanged.connect(lambda _scheme: apply_theme(_current))
        _following = True
    if not isinstance(app.style(), FocusStyle):
        app.setStyle(focus_style())
    app.setPalette(dark_palette() if is_dark(_current) else app.style().standardPalette())
    return _current
