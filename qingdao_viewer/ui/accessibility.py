"""What a screen reader hears of the application object itself: its name and what it is.

Qt's own accessible object for the application names it after ``applicationName()``
("qingdao-viewer", the folder name QSettings needs) and describes it with
``applicationFilePath()``, which for a Python app is the interpreter's path. This one says
"Qingdao Viewer" and what the app is for, and is otherwise Qt's: its children are the app's
top-level windows (not its popups), and its focus child is the window with the focus.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface, QAccessibleObject
from PySide6.QtWidgets import QApplication, QWidget

from qingdao_viewer import APP_NAME
from qingdao_viewer.i18n import QT_TRANSLATE_NOOP, translate

# The About box's line: one sentence, translated once.
DESCRIPTION = QT_TRANSLATE_NOOP("About", "Reads WIPO Global Innovation Index science and technology cluster profiles.")
_NOT_CHILDREN = (Qt.WindowType.Popup, Qt.WindowType.ToolTip, Qt.WindowType.Desktop)


def application_windows() -> list[QWidget]:
    """The app's top-level windows a reader lists: created, and not a popup, tooltip or desktop."""
    return [
        widget
        for widget in QApplication.topLevelWidgets()
        if widget.windowHandle() is not None and widget.windowType() not in _NOT_CHILDREN
    ]


class AccessibleApplication(QAccessibleObject):
    """The application as a screen reader sees it: Qt's, with the app's own name and description."""

    def __init__(self, application: QObject):
        super().__init__(application)

    def role(self) -> QAccessible.Role:
        return QAccessible.Role.Application

    def state(self) -> QAccessible.State:
        return QAccessible.State()

    def text(self, kind: QAccessible.Text) -> str:
        if kind == QAccessible.Text.Name:
            return APP_NAME
        if kind == QAccessible.Text.Description:
            return translate("About", DESCRIPTION)
        return ""

    def parent(self) -> QAccessibleInterface | None:  # type: ignore[override]  # Qt takes None (nullptr); the stub says it never is
        return None

    def childCount(self) -> int:
        return len(application_windows())

    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]  # Qt takes None (nullptr); the stub says it never is
        windows = application_windows()
        return QAccessible.queryAccessibleInterface(windows[index]) if 0 <= index < len(windows) else None

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        windows: list[QObject] = list(application_windows())
        shown = child.object() if child is not None else None
        return windows.index(shown) if shown in windows else -1

    def focusChild(self) -> QAccessibleInterface | None:  # type: ignore[override]  # Qt takes None (nullptr); the stub says it never is
        window = QApplication.activeWindow()
        return QAccessible.queryAccessibleInterface(window) if window is not None else None


_made: list[AccessibleApplication] = []  # kept alive: Qt caches the interface for the application's lifetime


def _factory(class_name: str, target: QObject) -> QAccessibleInterface | None:
    if isinstance(target, QApplication):
        if not _made or _made[0].object() is not target:
            _made[:] = [AccessibleApplication(target)]
        return _made[0]
    return None


_installed = False


def install_application_accessible() -> None:
    """Name the application for screen readers; before the QApplication exists, so the bridge finds it first."""
    global _installed
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True
