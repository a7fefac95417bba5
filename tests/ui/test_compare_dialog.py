"""View > Compare with…: the library but the profile shown, another file from the documents folder, pasted text."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from qingdao_viewer.profile import load_profile
from qingdao_viewer.ui.compare_dialog import OTHER_FILE, PASTED_TEXT, CompareDialog, comparable
from qingdao_viewer.ui.main_window import MainWindow
from qingdao_viewer.ui.window_commands import documents_folder

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
NORDHAVN = FIXTURES / "profile-texts" / "nordhavn-osterby-2024.txt"
KESSINGTON = FIXTURES / "profile-texts" / "kessington-2024.txt"


def choices(dialog: CompareDialog) -> list[str]:
    return [dialog.choices.item(row).text() for row in range(dialog.choices.count())]


def test_a_library_of_one_other_profile_lists_it(window: MainWindow, qtbot: QtBot) -> None:
    window.session.keep(load_profile(NORDHAVN), origin="test")
    entries = comparable(window.session)
    assert [entry.label for entry in entries] == ["Nordhavn–Østerby, Denmark — GII 2024"]
    dialog = CompareDialog(entries, window)
    qtbot.addWidget(dialog)
    assert choices(dialog) == [
        "Nordhavn–Østerby, Denmark — GII 2024 (kept)",
        "Another profile file…",
        "Paste profile text",
    ]
    assert dialog.choice() == entries[0]
    dialog.choices.setCurrentRow(2)
    assert dialog.choice() == PASTED_TEXT
    dialog.choices.setCurrentRow(1)
    assert dialog.choice() == OTHER_FILE


def test_the_profile_shown_is_not_offered_and_an_empty_library_says_so(window: MainWindow, qtbot: QtBot) -> None:
    assert comparable(window.session) == []  # the shipped Qingdao profile is the one shown
    dialog = CompareDialog([], window)
    qtbot.addWidget(dialog)
    assert choices(dialog)[0] == "No other profile in the library"
    assert dialog.choice() == OTHER_FILE  # the first choice that can be taken


def test_the_dialog_is_wide_enough_for_its_title(window: MainWindow, qtbot: QtBot) -> None:
    dialog = CompareDialog(comparable(window.session), window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    metrics = dialog.fontMetrics()
    # The title bar also holds the window manager's buttons: 160 pixels left for them.
    assert dialog.width() >= metrics.horizontalAdvance(dialog.windowTitle()) + 160
    assert dialog.width() >= metrics.horizontalAdvance(dialog.prompt.text())


def test_pasted_text_is_compared_with(window: MainWindow, qtbot: QtBot) -> None:
    QGuiApplication.clipboard().setText(KESSINGTON.read_text(encoding="utf-8"))
    assert window.doors.compare_with_pasted_text()
    comparison = window.session.comparison
    assert comparison is not None
    assert comparison.other.profile.cluster == load_profile(KESSINGTON).cluster
    assert Path(comparison.other.path).parent == window.session.library.kept  # kept, as a paste is


def test_another_file_opens_from_the_documents_folder(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    asked: list[str] = []

    def get_open_file_name(parent: object, caption: str, folder: str, filters: str) -> tuple[str, str]:
        asked.append(folder)
        return str(NORDHAVN), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(get_open_file_name))

    def pick_other_file() -> None:
        dialog = window.doors.compare_dialog
        dialog.choices.setCurrentRow(choices(dialog).index("Another profile file…"))
        dialog.accept()

    QTimer.singleShot(0, pick_other_file)
    window.doors.choose_comparison()
    assert asked == [str(documents_folder())]
    assert window.session.comparison is not None
    assert window.session.comparison.other.profile.cluster == "Nordhavn–Østerby"
    QApplication.processEvents()
