"""What a screen reader is told, read through Qt's accessibility interfaces (the AT-SPI test reads the real bus).

The application object is the app's (its name, its one-line description in the language
shown, its windows as children); labels keep their text as their name, and what a label is
(the source and licence) is its description.
"""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QApplication, QLabel

from qingdao_viewer import APP_NAME
from qingdao_viewer.i18n import translate
from qingdao_viewer.language import apply_language
from qingdao_viewer.ui.accessibility import DESCRIPTION
from qingdao_viewer.ui.main_window import MainWindow

OVERVIEW = 0


def application_interface() -> QAccessibleInterface:
    interface = QAccessible.queryAccessibleInterface(QApplication.instance())
    assert interface is not None
    return interface


def test_the_application_is_named_and_described_as_the_app(window: MainWindow) -> None:
    interface = application_interface()
    assert interface.role() == QAccessible.Role.Application
    assert interface.text(QAccessible.Text.Name) == APP_NAME
    description = interface.text(QAccessible.Text.Description)
    assert description == DESCRIPTION and "python" not in description.lower()
    assert QApplication.applicationName() == "qingdao-viewer"  # the settings' folder name is kept


def test_the_description_follows_the_language_shown(window: MainWindow) -> None:
    try:
        assert apply_language("zh_CN") == "zh_CN"
        chinese = application_interface().text(QAccessible.Text.Description)
        assert chinese == translate("About", DESCRIPTION) and chinese != DESCRIPTION
        assert "全球创新指数" in chinese
    finally:
        apply_language("en")


def test_the_applications_children_are_its_windows(window: MainWindow) -> None:
    interface = application_interface()
    windows = [interface.child(index) for index in range(interface.childCount())]
    shown = [child for child in windows if child is not None and child.object() is window]
    assert len(shown) == 1
    assert interface.indexOfChild(shown[0]) == windows.index(shown[0])
    focus = interface.focusChild()
    assert focus is not None and focus.object() is window  # the active window
    assert shown[0].parent().object() is QApplication.instance()


def test_the_source_line_is_read_as_its_text_and_described_as_the_source(window: MainWindow) -> None:
    sources = [
        label
        for tab in range(window.tabs.count())
        for label in window.pages.page(tab).findChildren(QLabel)
        if label.accessibleDescription() == "Source and licence"
    ]
    assert len(sources) == window.tabs.count()  # one per tab
    for label in sources:
        assert label.accessibleName() == ""  # Qt names a label by its text
        interface = QAccessible.queryAccessibleInterface(label)
        assert interface is not None
        assert interface.text(QAccessible.Text.Name) == label.text()
        assert "CC BY 4.0" in label.text()
