"""The library in the window: remove a kept profile, show the library folder, where a user finds them.

Also: every menu's accelerators are its own, the library folder is where QStandardPaths says,
and a library of many files not read before is read on after the window is ready.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from qingdao_viewer import library as library_module
from qingdao_viewer.app_log import log_file
from qingdao_viewer.library import data_folder, kept_file_name, library_folder
from qingdao_viewer.profile import load_profile
from qingdao_viewer.ui import main_window as main_window_module
from qingdao_viewer.ui.actions import MENUS, PICKER_MENU, SUBMENUS
from qingdao_viewer.ui.library_commands import folder_url
from qingdao_viewer.ui.main_window import MainWindow

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
NORDHAVN = FIXTURES / "profile-texts" / "nordhavn-osterby-2024.txt"


def shown_boxes() -> list[str]:
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    texts = [box.text() for box in boxes]
    for box in boxes:
        box.close()
    return texts


def answer_next_question(qtbot: QtBot, button: QMessageBox.StandardButton, asked: list[str]) -> None:
    """Click ``button`` of the next question box as soon as it is open (it is modal: exec() waits)."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, click)
            return
        asked.append(box.text())
        pushed = box.button(button)
        assert isinstance(pushed, QPushButton)
        pushed.click()

    QTimer.singleShot(0, click)


def file_menu(window: MainWindow) -> QMenu:
    [menu] = [action.menu() for action in window.menuBar().actions() if action.text() == "&File"]
    assert isinstance(menu, QMenu)
    return menu


def accelerator(text: str) -> str:
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).upper() if found else ""


# -- where a user finds them --------------------------------------------------------------------------


def test_file_menu_and_the_cluster_box_offer_remove_and_show_folder(window: MainWindow) -> None:
    items = [action.text() for action in file_menu(window).actions() if not action.isSeparator()]
    assert items[items.index("&Save profile as YAML…") + 1 :][:2] == ["Re&move from library…", "Show library &folder"]
    combo = window.picker.combo
    assert combo.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
    assert [action.text() for action in combo.actions()] == ["Re&move from library…", "Show library &folder"]


def test_no_two_items_of_a_menu_share_an_accelerator(window: MainWindow) -> None:
    assert len(window.menuBar().actions()) == len(MENUS)
    found: dict[str, list[str]] = {}
    for action in window.menuBar().actions():
        menu = action.menu()
        assert isinstance(menu, QMenu)
        found[action.text()] = [a.text() for a in menu.actions() if not a.isSeparator()]
        for item in menu.actions():
            if item.menu() is not None and item.text() != "Open rec&ent":  # recent: numbered items
                found[item.text()] = [a.text() for a in item.menu().actions() if not a.isSeparator()]
    found["Cluster box"] = [window.window_actions[name].text() for name in PICKER_MENU]
    found["menu bar"] = [action.text() for action in window.menuBar().actions()]
    assert window.window_actions.menus["recent"].title() == "Open rec&ent" == SUBMENUS["recent"]
    for where, texts in found.items():
        letters = [accelerator(text) for text in texts if accelerator(text)]
        shared = sorted({letter for letter in letters if letters.count(letter) > 1})
        assert not shared, f"{where}: {shared} in {texts}"
    assert len(found["&File"]) >= 11


# -- removing --------------------------------------------------------------------------------------------


def test_a_shipped_profile_cannot_be_removed(window: MainWindow) -> None:
    remove = window.window_actions["remove_kept"]
    assert not remove.isEnabled()
    assert not window.library_commands.remove_shown(ask=False)
    assert (Path(window.session.path)).exists()


def test_removing_the_kept_profile_shown_asks_first_then_deletes_its_file(window: MainWindow, qtbot: QtBot) -> None:
    assert window.doors.open_profile(str(NORDHAVN))
    kept = library_folder() / kept_file_name(window.session.profile)
    remove = window.window_actions["remove_kept"]
    assert kept.exists() and remove.isEnabled()

    asked: list[str] = []
    answer_next_question(qtbot, QMessageBox.StandardButton.No, asked)
    remove.trigger()
    assert kept.exists() and len(asked) == 1
    assert asked[0].startswith(f"Remove Nordhavn–Østerby, Denmark — GII 2024 from the library? Its file {kept} is")

    answer_next_question(qtbot, QMessageBox.StandardButton.Yes, asked)
    remove.trigger()
    assert len(asked) == 2 and not kept.exists()
    assert window.session.profile.cluster == "Nordhavn–Østerby" and window.session.path == str(NORDHAVN)
    labels = [window.picker.combo.itemText(i) for i in range(window.picker.combo.count())]
    assert labels == ["Qingdao, China — GII 2024", "Nordhavn–Østerby, Denmark, GII 2024"]
    assert not remove.isEnabled()


def test_removing_a_pasted_profile_leaves_it_shown_and_not_reopened(window: MainWindow) -> None:
    from PySide6.QtGui import QGuiApplication

    QGuiApplication.clipboard().setText(NORDHAVN.read_text(encoding="utf-8"))
    assert window.doors.paste_profile_text()
    kept = Path(window.session.path)
    assert window.settings is not None and window.settings.recent_profiles()[0] == str(kept)
    assert window.library_commands.remove_shown(ask=False)
    assert not kept.exists() and window.session.path == ""
    assert str(kept) not in window.settings.recent_profiles()
    window.save_settings()
    assert window.settings.last_profile() is None  # nothing to reopen: the next start shows the embedded one


def test_a_removal_that_fails_says_why(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    assert window.doors.open_profile(str(NORDHAVN))
    library = window.session.library

    def refuse(entry: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(library, "remove", refuse)
    assert not window.library_commands.remove_shown(ask=False)
    kept = library_folder() / kept_file_name(window.session.profile)
    assert shown_boxes() == [f"{kept}: cannot be removed: Permission denied"]
    assert kept.exists()


# -- showing the folder ---------------------------------------------------------------------------------


def test_show_library_folder_opens_it_in_the_file_manager(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True))
    assert not library_folder().exists()
    window.window_actions["show_library"].trigger()
    assert [url.toLocalFile() for url in opened] == [str(library_folder())]
    assert library_folder().is_dir()  # made, so there is something to show


def test_show_library_folder_says_when_nothing_opened_it(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: False))
    assert not window.library_commands.show_folder()
    assert shown_boxes() == [f"No file manager opened {library_folder()}."]


def test_show_library_folder_when_a_file_is_in_its_place(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True))
    library_folder().parent.mkdir(parents=True, exist_ok=True)
    library_folder().write_text("a file", encoding="utf-8")
    assert not window.library_commands.show_folder()
    [message] = shown_boxes()
    assert message.startswith(f"{library_folder()}: cannot be made: ") and opened == []


@pytest.mark.skipif(os.name != "posix", reason="names as bytes are POSIX's")
def test_the_folder_url_keeps_bytes_that_are_not_utf8() -> None:
    folder = Path(os.fsdecode(b"/tmp/caf\xe9 & co"))
    assert bytes(folder_url(folder).toEncoded().data()) == b"file:///tmp/caf%E9%20%26%20co"
    assert folder_url(Path("/tmp/plain")).toLocalFile() == "/tmp/plain"


# -- the folder is Qt's ----------------------------------------------------------------------------------


@pytest.mark.parametrize("xdg", [None, "", "relative/data", "set"])
def test_the_library_folder_is_where_qstandardpaths_says(
    qapp: object, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, xdg: str | None
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    if xdg is None:
        monkeypatch.delenv("XDG_DATA_HOME")
    else:
        monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg") if xdg == "set" else xdg)
    qt = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation)
    assert Path(qt) == data_folder() and Path(qt) / "profiles" == library_folder()
    assert log_file().parent == data_folder()
    assert data_folder().parts[-2:] == ("qingdao-viewer", "qingdao-viewer")


# -- a library of many new files ---------------------------------------------------------------------------


def test_a_library_of_many_new_broken_files_is_read_on_after_ready_with_one_log_line(
    open_window: Callable[..., MainWindow], embedded_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    folder = library_folder()
    folder.mkdir(parents=True)
    text = embedded_path.read_text(encoding="utf-8")
    for number in range(40):
        (folder / f"broken-{number:02}.yaml").write_text(text[: len(text) // 2], encoding="utf-8")
    good = library_module.ProfileLibrary(embedded_path.parent, folder).keep(load_profile(NORDHAVN), origin="t")
    assert not (folder / ".listing-cache.json").exists()  # none is remembered: all are new
    monkeypatch.setattr(main_window_module, "LIBRARY_READ_BUDGET", 0.0)  # one file a turn
    window = open_window(embedded_path)
    assert window.session.listing().unread > 0  # ready before the library is read
    qtbot.waitUntil(lambda: window.session.listing().unread == 0, timeout=20_000)
    labels = [window.picker.combo.itemText(i) for i in range(window.picker.combo.count())]
    assert labels == ["Nordhavn–Østerby, Denmark — GII 2024 (kept)", "Qingdao, China — GII 2024"]
    lines = [line for line in log_file().read_text(encoding="utf-8").splitlines() if " library: " in line]
    assert len(lines) == 1 and "library: 40 files could not be read (first: " in lines[0]
    assert good.exists()


def test_a_library_folder_that_is_a_symbolic_link_loop_never_stops_the_window(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    library_folder().parent.mkdir(parents=True)
    library_folder().symlink_to(library_folder())
    window.session.relist()
    assert window.doors.open_profile(str(NORDHAVN))  # shown, not kept
    assert window.session.profile.cluster == "Nordhavn–Østerby"
    labels = [window.picker.combo.itemText(i) for i in range(window.picker.combo.count())]
    assert labels == ["Qingdao, China — GII 2024", "Nordhavn–Østerby, Denmark, GII 2024"]
    assert not window.window_actions["remove_kept"].isEnabled()
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: True))
    assert not window.library_commands.show_folder()
    [message] = shown_boxes()
    assert message.startswith(f"{library_folder()}: cannot be made: ")
    logged = log_file().read_text(encoding="utf-8")
    assert f"library: 1 file could not be read: {library_folder()}: the library folder cannot be read: " in logged
    assert f"{NORDHAVN}: could not be kept in the library {library_folder()}: " in logged


@pytest.mark.skipif(os.name != "posix", reason="file names as bytes are POSIX's")
def test_a_kept_file_whose_name_is_not_utf8_opens_from_the_cluster_box(window: MainWindow, embedded_path: Path) -> None:
    folder = library_folder()
    folder.mkdir(parents=True)
    raw = os.fsencode(folder) + b"/jinan-\xe9.yaml"  # put there by hand, or by another program
    with open(raw, "wb") as stream:
        stream.write(embedded_path.read_bytes().replace(b"cluster: Qingdao", b"cluster: Jinan"))
    window.session.relist()
    index = window.picker.combo.findText("Jinan, China — GII 2024 (kept)")
    window.picker.combo.activated.emit(index)
    assert window.session.profile.cluster == "Jinan"
    assert os.fsencode(window.session.path) == raw
