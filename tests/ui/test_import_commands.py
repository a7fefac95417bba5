"""File > Import profiles, a drop of several files or a folder, and View > Library (Ctrl+L), in the real window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from qingdao_viewer.ui.main_window import MainWindow

TEXTS = Path(__file__).resolve().parents[1] / "fixtures" / "profile-texts"


def drop(window: MainWindow, paths: list[Path]) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    event = QDropEvent(
        QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    window.dropEvent(event)


def summary() -> str:
    boxes = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.objectName() == "import-summary"
    ]
    texts = [box.text() for box in boxes if box.isVisible()]
    for box in boxes:
        box.close()
    return "\n".join(texts)


def test_a_dropped_folder_keeps_every_profile_and_says_what_was_refused(window: MainWindow, tmp_path: Path) -> None:
    folder = tmp_path / "drop"
    folder.mkdir()
    for source in sorted(TEXTS.iterdir()):
        (folder / source.name).write_bytes(source.read_bytes())
    (folder / "broken.txt").write_text("Global Innovation Index 2024\n\nNowhere, Atlantis\n", encoding="utf-8")
    (folder / "notes.md").write_text("skipped", encoding="utf-8")
    before = len(window.session.listing().entries)
    drop(window, [folder])
    said = summary()
    assert said.startswith("Profiles read: 4 of 5 files; in the library now: 4.")
    assert "skipped: 1." in said and f"{folder / 'broken.txt'}:" in said
    assert len(window.session.listing().entries) == before + 4
    assert window.session.profile.cluster == "Qingdao"  # several: the one shown stays


def test_one_dropped_file_opens_as_file_open_does(window: MainWindow) -> None:
    drop(window, [TEXTS / "nordhavn-osterby-2024.txt"])
    assert window.session.profile.cluster == "Nordhavn–Østerby" and summary() == ""


def test_two_dropped_files_import_both(window: MainWindow) -> None:
    drop(window, [TEXTS / "nordhavn-osterby-2024.txt", TEXTS / "kessington-2024.txt"])
    assert summary().startswith("Profiles read: 2 of 2 files; in the library now: 2.")
    clusters = {entry.cluster for entry in window.session.listing().entries}
    assert {"Nordhavn–Østerby", "Port Vellmar–Kessington, MA"} <= clusters


def test_ctrl_l_opens_the_library_window_with_its_filter_focused(window: MainWindow, qtbot: QtBot) -> None:
    assert window.window_actions["library"].shortcut().toString() == "Ctrl+L"
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    view = window.imports.library_window
    assert view is not None
    qtbot.waitExposed(view)
    assert view.focusWidget() is view.filter_box  # the window's focus, whichever window is active
    assert window.imports.show_library() is view  # one library window, raised again
    view.close()
