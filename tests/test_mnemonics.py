"""Every menu of the real window gives each of its items a letter of its own, in English and in Chinese.

Walks every QMenu the window has (the menu bar's, their submenus, filled as they are when they
open) and every context menu made of a widget's actions (tables, charts, the Cluster box), and
reads the letter Qt binds (``QKeySequence.mnemonic``), so "&&" is no mnemonic and the test sees
what Alt+letter does. File keeps P free for File > Print.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget
from pytestqt.qtbot import QtBot

from qingdao_viewer.language import apply_language
from qingdao_viewer.profile import load_profile
from qingdao_viewer.ui.main_window import MainWindow
from qingdao_viewer.ui.settings import Settings

PRINT = ("&Print", "打印")  # the one item of File that may take P


@pytest.fixture(autouse=True)
def english_after(qapp: object) -> Iterator[None]:
    yield
    apply_language("en")


def letter(text: str) -> str:
    """The key Alt+letter that text binds, as Qt reads it ("" for none)."""
    return QKeySequence.mnemonic(text).toString().removeprefix("Alt+").upper()


def items(actions: list[QAction]) -> list[str]:
    return [action.text() for action in actions if not action.isSeparator() and action.isVisible()]


def every_menu(window: MainWindow) -> dict[str, list[str]]:
    """Each menu's item texts by where it is: the menu bar, each menu and submenu, each context menu."""
    found = {"menu bar": items(window.menuBar().actions())}
    menus = [action.menu() for action in window.menuBar().actions()]
    seen: set[int] = set()
    while menus:
        menu = menus.pop()
        if not isinstance(menu, QMenu) or id(menu) in seen:
            continue
        seen.add(id(menu))
        menu.aboutToShow.emit()  # the recent list fills itself as it opens
        found[menu.title()] = items(menu.actions())
        menus.extend(action.menu() for action in menu.actions() if action.menu() is not None)
    for menu in window.findChildren(QMenu):  # any other: the menu bar's overflow, a menu made elsewhere
        if id(menu) not in seen:
            menu.aboutToShow.emit()
            found[f"menu {menu.title() or menu.objectName() or id(menu)}"] = items(menu.actions())
    for widget in window.findChildren(QWidget):
        if widget.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu and widget.actions():
            found[f"context menu of {type(widget).__name__} {widget.accessibleName()!r}"] = items(widget.actions())
    return found


def shared_letters(texts: list[str]) -> list[str]:
    letters = [letter(text) for text in texts if letter(text)]
    return sorted({found for found in letters if letters.count(found) > 1})


def open_window(qtbot: QtBot, path: Path) -> MainWindow:
    window = MainWindow(load_profile(path), str(path), settings=Settings())
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.ready, timeout=20_000):
        window.show()
    return window


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_no_two_items_of_any_menu_share_a_letter(qtbot: QtBot, embedded_path: Path, language: str) -> None:
    assert apply_language(language) == language
    window = open_window(qtbot, embedded_path)
    found = every_menu(window)
    assert len(found) >= 8 and any(name.startswith("context menu of ShareChart") for name in found), sorted(found)
    for where, texts in found.items():
        assert not shared_letters(texts), f"{language}, {where}: {shared_letters(texts)} shared in {texts}"
    (file_menu,) = [texts for where, texts in found.items() if letter(where) == "F" and where != "menu bar"]
    assert len(file_menu) >= 11
    taking_p = [text for text in file_menu if letter(text) == "P" and not text.startswith(PRINT)]
    assert not taking_p, f"{language}: File keeps P for Print, but {taking_p} take it"
    # Every item reachable by a letter or a shortcut; in Chinese the letters are the English ones.
    assert all(letter(text) for text in found["menu bar"])


def test_the_check_reads_letters_as_qt_does() -> None:
    assert shared_letters(["Open rec&ent", "R&eset settings"]) == ["E"]
    assert shared_letters(["R&&D results", "&Reset"]) == []  # "&&" is an ampersand, not a mnemonic
    assert shared_letters(["复制(&C)", "&Copy table"]) == ["C"]
    assert letter("导出报告（PDF）(&R)…") == "R"
