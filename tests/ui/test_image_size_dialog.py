"""File > Export chart as PNG asks the image's size and pixel ratio, and remembers them for the session."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from qingdao_viewer.charts import EXPORT_HEIGHT, EXPORT_WIDTH, MAX_SIDE, MIN_SIDE, ImageSize
from qingdao_viewer.ui import image_size_dialog
from qingdao_viewer.ui.image_size_dialog import ImageSizeDialog, ask_image_size
from qingdao_viewer.ui.main_window import MainWindow
from qingdao_viewer.ui.window_commands import WindowCommands

PATENTS = 1


@pytest.fixture(autouse=True)
def a_new_session(qapp: object) -> Iterator[None]:
    """Each test starts as a session does, with nothing chosen yet."""
    ImageSizeDialog.remembered = ImageSize()
    yield
    ImageSizeDialog.remembered = ImageSize()


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")


def dialog_for(qtbot: QtBot, size: ImageSize | None = None) -> ImageSizeDialog:
    dialog = ImageSizeDialog(size=size)
    qtbot.addWidget(dialog)
    return dialog


def test_it_offers_the_export_size_at_1x_first(qtbot: QtBot) -> None:
    dialog = dialog_for(qtbot)
    assert dialog.image_size() == ImageSize(EXPORT_WIDTH, EXPORT_HEIGHT, 1) == (1000, 600, 1)
    assert (dialog.width_box.minimum(), dialog.width_box.maximum()) == (MIN_SIDE, MAX_SIDE)
    assert [dialog.ratio_box.itemText(index) for index in range(dialog.ratio_box.count())] == [
        "1×",
        "1.5×",
        "2×",
        "3×",
        "4×",
    ]
    assert dialog.pixels.text() == "The image: 1,000 × 600 pixels"


def test_the_image_it_makes_is_shown_and_never_past_the_largest(qtbot: QtBot) -> None:
    dialog = dialog_for(qtbot)
    dialog.width_box.setValue(3000)
    dialog.height_box.setValue(7000)
    dialog.ratio_box.setCurrentIndex(dialog.ratio_box.findData(2.0))
    assert dialog.image_size() == ImageSize(3000, 4000, 2)  # 7,000 at 2x would be 14,000 pixels: at most 4,000
    assert dialog.height_box.maximum() == MAX_SIDE // 2
    assert dialog.pixels.text() == "The image: 6,000 × 8,000 pixels"
    dialog.ratio_box.setCurrentIndex(dialog.ratio_box.findData(1.0))
    assert dialog.height_box.maximum() == MAX_SIDE
    dialog.width_box.setValue(50)
    assert dialog.image_size().width == MIN_SIDE
    assert dialog.image_size().checked() == dialog.image_size()


def test_ok_remembers_the_choice_for_the_session_and_cancel_does_not(qtbot: QtBot) -> None:
    dialog = dialog_for(qtbot)
    dialog.width_box.setValue(1600)
    dialog.height_box.setValue(900)
    dialog.ratio_box.setCurrentIndex(dialog.ratio_box.findData(2.0))
    dialog.accept()
    assert ImageSizeDialog.remembered == ImageSize(1600, 900, 2)
    again = dialog_for(qtbot)
    assert again.image_size() == ImageSize(1600, 900, 2)
    again.width_box.setValue(700)
    again.reject()
    assert ImageSizeDialog.remembered == ImageSize(1600, 900, 2)


def answer_the_dialog(qtbot: QtBot, choose: ImageSize | None) -> None:
    """When the dialog opens (modal, in its own event loop): choose a size and OK, or Cancel if None."""

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ImageSizeDialog), dialog
        if choose is None:
            dialog.reject()
            return
        dialog.width_box.setValue(choose.width)
        dialog.height_box.setValue(choose.height)
        dialog.ratio_box.setCurrentIndex(dialog.ratio_box.findData(choose.ratio))
        dialog.accept()

    QTimer.singleShot(0, answer)


def test_ask_returns_what_was_chosen_or_none(qtbot: QtBot) -> None:
    answer_the_dialog(qtbot, ImageSize(800, 500, 3))
    assert ask_image_size(None) == ImageSize(800, 500, 3)
    answer_the_dialog(qtbot, None)
    assert ask_image_size(None) is None
    assert ImageSizeDialog.remembered == ImageSize(800, 500, 3)


# -- from the window: File > Export chart ----------------------------------------------------------


@pytest.fixture
def chosen_file(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """The save dialog's answer, set by the test: the file chosen in it."""
    answers: list[str] = []
    monkeypatch.setattr(WindowCommands, "_ask_save_path", lambda self, title, name, filters: answers.pop(0))
    yield answers
    assert answers == [], "a save dialog was expected and not opened"


def test_a_png_chosen_in_the_save_dialog_is_written_at_the_size_asked(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, chosen_file: list[str]
) -> None:
    window.pages.show_tab(PATENTS)
    chosen_file.append(str(tmp_path / "chart.png"))
    answer_the_dialog(qtbot, ImageSize(800, 500, 2))
    written = window.commands.export_chart()
    assert written == tmp_path / "chart.png"
    assert png_size(written.read_bytes()) == (1600, 1000)
    # A PNG asked for by path (not chosen in the save dialog) gets the session's size, without asking.
    again = window.commands.export_chart(path=str(tmp_path / "again.png"))
    assert again is not None and again.read_bytes() == written.read_bytes()


def test_an_svg_asks_no_size_and_a_cancelled_size_writes_nothing(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, chosen_file: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    window.pages.show_tab(PATENTS)
    asked: list[object] = []
    real_ask = image_size_dialog.ask_image_size

    def ask(parent: QWidget | None) -> ImageSize | None:
        asked.append(parent)
        return real_ask(parent)

    monkeypatch.setattr(image_size_dialog, "ask_image_size", ask)
    chosen_file.append(str(tmp_path / "chart.svg"))
    svg = window.commands.export_chart()
    assert svg is not None and b"<svg" in svg.read_bytes() and asked == []
    chosen_file.append(str(tmp_path / "chart.png"))
    answer_the_dialog(qtbot, None)
    assert window.commands.export_chart() is None
    assert asked == [window] and not (tmp_path / "chart.png").exists()


def test_a_size_given_is_used_as_given(window: MainWindow, tmp_path: Path) -> None:
    window.pages.show_tab(PATENTS)
    written = window.commands.export_chart(path=str(tmp_path / "chart.png"), size=ImageSize(300, 250, 4))
    assert written is not None and png_size(written.read_bytes()) == (1200, 1000)
    assert ImageSizeDialog.remembered == ImageSize()  # given, not chosen: not remembered
