"""Light and dark: follow the system's colour scheme, or the one chosen in View > Theme.

Qt 6 reports the system's scheme in QStyleHints.colorScheme. Not every platform lets an
app ask for one (X11 without a desktop's theme does not), so a chosen theme also sets
the Fusion style's palette itself; the charts read the palette and redraw with it.

Either way the style is Fusion's (``FocusStyle``, which overrides no style call) with a focus
ring of the app's own (``focus_frame``): whatever has the keyboard focus is outlined RING
pixels wide in the palette's highlight colour (Fusion's own is a faint 1 px line, and none at
all on a table), and a header's sort arrow keeps clear of its text (``draw_sorted_header``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleOptionHeader,
    QWidget,
)

from qingdao_viewer.i18n import QT_TRANSLATE_NOOP
from qingdao_viewer.ui.focus_frame import RING as RING
from qingdao_viewer.ui.focus_frame import focus_frame

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


ARROW_GAP = 6  # pixels between a header's text and its sort arrow

_Element = QStyle.PrimitiveElement
_Control = QStyle.ControlElement
_Sub = QStyle.SubElement


class FocusStyle(QProxyStyle):
    """Fusion, every style call Fusion's own in C++: it overrides none of them.

    A Python style that drew the ring itself made every style call of every paint cross into
    Python (some 4,000 calls a repaint of a 200-row table, 1.6 times Fusion's time). The ring
    is ``focus_frame.FocusFrame``'s: installed when this style polishes the application, and
    handed each focusable scroll area as it is polished, to give its frame the ring's width.
    Sorted headers keep their text clear of the arrow in ``table_view.SortedHeader``
    (``draw_sorted_header``). Charts are outlined as every other control.
    """

    def __init__(self) -> None:
        super().__init__("Fusion")

    def polish(self, target: Any) -> None:  # Qt's overloads: widget, application, palette
        """Override QProxyStyle::polish (once a widget, not a paint): the focus frame, and scroll areas' frames."""
        super().polish(target)
        if isinstance(target, QAbstractScrollArea):
            frame = focus_frame()
            if frame is not None:
                frame.frame(target)
        elif isinstance(target, QApplication):
            focus_frame()

    def unpolish(self, target: Any) -> None:  # Qt's overloads: widget, application
        """Override QProxyStyle::unpolish: a scroll area gets the next style's own frame."""
        if isinstance(target, QAbstractScrollArea):
            frame = focus_frame()
            if frame is not None:
                frame.unframe(target)
        super().unpolish(target)


def draw_sorted_header(option: QStyleOptionHeader, painter: QPainter, widget: QWidget) -> None:
    """A sorted header section as Qt's common style draws one, its text ending ARROW_GAP before the arrow."""
    style = widget.style()
    painter.save()
    painter.setClipRect(option.rect)
    style.drawControl(_Control.CE_HeaderSection, option, painter, widget)
    part = type(option)(option)  # a copy of the same kind (Qt 6 passes QStyleOptionHeaderV2: its elide mode)
    part.rect = header_label_rect(option, widget)
    if part.rect.isValid():
        style.drawControl(_Control.CE_HeaderLabel, part, painter, widget)
    part.rect = style.subElementRect(_Sub.SE_HeaderArrow, option, widget)
    style.drawPrimitive(_Element.PE_IndicatorHeaderArrow, part, painter, widget)
    painter.restore()


def header_label_rect(option: QStyleOptionHeader, widget: QWidget | None) -> QRect:
    """Where a header section's text goes: Fusion's place for it, ending ARROW_GAP pixels before a sort arrow.

    Fusion's place for the text reaches into the sort arrow's, so a right-aligned header's
    text touches the arrow; draw_sorted_header draws the text here instead.
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
