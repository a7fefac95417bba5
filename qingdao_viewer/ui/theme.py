"""Light and dark: follow the system's colour scheme, or the one chosen in View > Theme.

Qt 6 reports the system's scheme in QStyleHints.colorScheme. Not every platform lets an
app ask for one (X11 without a desktop's theme does not), so a chosen theme also sets
the Fusion style's palette itself; the charts read the palette and redraw with it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

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
    app.setStyle("Fusion")
    app.setPalette(dark_palette() if is_dark(_current) else app.style().standardPalette())
    return _current
