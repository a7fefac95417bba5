"""The focus ring, painted where it is, not in every style call: one event filter follows the focus.

Whatever has the keyboard focus is outlined RING pixels wide in its palette's highlight colour:
the filter watches the focused widget only (``QApplication.focusChanged``) and, when that
widget paints, lets it paint and then draws the ring over its own edge (a tab bar's current
tab; a check box's or radio button's text). A spin box's or editable combo box's line edit
hands the ring to the box it belongs to. Menus, popups and windows get none.

A focusable scroll area (a table, a list, a text box) is framed RING pixels wide, so that the
ring falls on its frame, not on its rows: ``theme.FocusStyle`` hands each one to ``frame()``
as it is polished, which makes its frame a plain RING-wide panel (Qt lays it out from that
width, no style call asked) and paints Fusion's outline on it, or the ring. Nothing else
crosses into Python when a widget paints: the style is Fusion's own, every call in C++.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QRectF, Qt
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QFrame,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QStyleOptionFrame,
    QTabBar,
    QWidget,
)
from shiboken6 import isValid

RING = 2  # the focus ring's width in pixels (device-independent)
FRAMED = "qingdaoRingFrame"  # the property a scroll area framed for the ring carries

_Event = QEvent.Type


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


def ring_target(widget: QWidget | None) -> QWidget | None:
    """The widget a focus widget's ring goes around: its own, or the box whose focus proxy it is."""
    if widget is None:
        return None
    parent = widget.parentWidget()
    if isinstance(parent, QAbstractSpinBox | QComboBox) and parent.focusProxy() is widget:
        widget = parent  # a spin box's line edit: the spin box is outlined (a tab widget's bar keeps its own)
    if widget.isWindow() or widget.window().windowType() == Qt.WindowType.Popup:
        return None  # a window, a menu, a combo box's list: no ring
    return widget


def ring_rect(widget: QWidget) -> QRect:
    """Where the ring goes in a widget: around it, its current tab, or a check box's text."""
    if isinstance(widget, QTabBar):
        current = widget.currentIndex()
        return widget.tabRect(current).adjusted(1, 1, -1, -1) if current >= 0 else QRect()
    if isinstance(widget, QCheckBox | QRadioButton):
        option = QStyleOptionButton()
        widget.initStyleOption(option)
        element = (
            QStyle.SubElement.SE_CheckBoxFocusRect
            if isinstance(widget, QCheckBox)
            else QStyle.SubElement.SE_RadioButtonFocusRect
        )
        return widget.style().subElementRect(element, option, widget)
    return widget.rect()


def framed(widget: QWidget) -> bool:
    return bool(widget.property(FRAMED))


class FocusFrame(QObject):
    """Follows the focus: paints the focused widget's ring, and the frames of the scroll areas it framed."""

    def __init__(self, app: QApplication):
        super().__init__(app)
        self._target: QWidget | None = None
        app.focusChanged.connect(self._follow)
        self._follow(None, app.focusWidget())

    def target(self) -> QWidget | None:
        """The widget the ring is around now, if any."""
        if self._target is not None and not isValid(self._target):
            self._target = None
        return self._target

    def frame(self, area: QAbstractScrollArea) -> None:
        """Give a focusable scroll area's styled frame RING pixels of width, its outline painted here."""
        if framed(area) or area.frameShape() != QFrame.Shape.StyledPanel:
            return
        if not area.focusPolicy() & Qt.FocusPolicy.TabFocus or area.window().windowType() == Qt.WindowType.Popup:
            return  # no Tab stop, or a combo box's or completer's list: never ringed (ring_target)
        area.setProperty(FRAMED, True)
        area.setFrameStyle(QFrame.Shape.Panel | QFrame.Shadow.Plain)
        area.setLineWidth(RING)
        area.installEventFilter(self)

    def unframe(self, area: QAbstractScrollArea) -> None:
        """Undo frame(): the style's own frame again."""
        if not framed(area):
            return
        area.setProperty(FRAMED, False)
        area.setFrameStyle(QFrame.Shape.StyledPanel | QFrame.Shadow.Sunken)
        area.setLineWidth(1)
        if area is not self.target():
            area.removeEventFilter(self)

    def _follow(self, _old: QWidget | None, new: QWidget | None) -> None:
        target = ring_target(new)
        previous = self.target()
        if target is previous:
            return
        self._target = target
        if previous is not None:
            if not framed(previous):
                previous.removeEventFilter(self)
            previous.update()
        if target is not None:
            if not framed(target):
                target.installEventFilter(self)
            target.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Override QObject::eventFilter: after a watched widget paints, its ring (or its frame's outline)."""
        if event.type() != _Event.Paint or not isinstance(watched, QWidget):
            return False
        watched.event(event)  # the widget paints itself first
        painter = QPainter(watched)
        if watched is self._target:
            paint_focus_ring(painter, ring_rect(watched), watched.palette())
        elif framed(watched):
            _paint_outline(painter, watched)
        painter.end()
        return True


def _paint_outline(painter: QPainter, area: QWidget) -> None:
    """A framed scroll area's frame without the focus: the window's colour, Fusion's outline on it."""
    rect = area.rect()
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    band = QPen(area.palette().color(QPalette.ColorRole.Window), RING)
    band.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    painter.setPen(band)
    half = RING / 2
    painter.drawRect(QRectF(rect).adjusted(half, half, -half, -half))
    painter.restore()
    option = QStyleOptionFrame()
    option.initFrom(area)
    option.rect = rect
    option.frameShape = QFrame.Shape.StyledPanel
    option.lineWidth = 1
    option.state |= QStyle.StateFlag.State_Sunken
    area.style().drawPrimitive(QStyle.PrimitiveElement.PE_Frame, option, painter, area)


_frame: FocusFrame | None = None


def focus_frame() -> FocusFrame | None:
    """The application's focus frame, made once (None without a QApplication)."""
    global _frame
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return None
    if _frame is None or not isValid(_frame):
        _frame = FocusFrame(app)
    return _frame


def frame_for_ring(area: QAbstractScrollArea) -> None:
    """Frame a scroll area for the ring now, not when it is first polished (before its sizes are measured)."""
    frame = focus_frame()
    if frame is not None:
        frame.frame(area)
