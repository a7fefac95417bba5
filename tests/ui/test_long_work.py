"""The report and Export all run in steps: the window paints on, a progress dialog offers Cancel, and a
cancel (or the dialog closed, as a logout closes every window) leaves every file as it was."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QPushButton
from pytestqt.qtbot import QtBot

from qingdao_viewer.charts import ChartRenderer
from qingdao_viewer.files import PART_SUFFIX
from qingdao_viewer.report import pdf_report
from qingdao_viewer.ui import export_prompts, progress
from qingdao_viewer.ui.main_window import MainWindow

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
NORDHAVN = FIXTURES / "profile-texts" / "nordhavn-osterby-2024.txt"
PATENTS = 1


def snapshot(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in folder.iterdir()}


def dialog_of(window: MainWindow) -> QProgressDialog:
    found = window.findChild(QProgressDialog)
    assert isinstance(found, QProgressDialog)
    return found


class Hook:
    """Calls act each time a method of ChartRenderer runs inside the work (a step of it), with the call's number."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, method: str, act: Callable[[int], None]):
        self.calls = 0
        real = getattr(ChartRenderer, method)

        def hooked(renderer: ChartRenderer, *args: object, **options: object) -> object:
            self.calls += 1
            act(self.calls)
            return real(renderer, *args, **options)

        monkeypatch.setattr(ChartRenderer, method, hooked)


@pytest.fixture
def dialog_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """The progress dialog shows at the work's start, not after half a second: Cancel can be clicked."""
    monkeypatch.setattr(progress, "SHOW_AFTER_MS", 0)


@pytest.fixture
def compared_export(window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Compare mode, and a folder holding an earlier export of the same names with other bytes in every file."""
    assert window.doors.compare_with(str(NORDHAVN))
    assert len(window.commands.export_all(str(tmp_path))) > 30
    for path in tmp_path.iterdir():
        path.write_bytes(b"earlier " + path.name.encode())
    monkeypatch.setattr(export_prompts, "confirm_replacing", lambda parent, folder, names: True)
    yield tmp_path


def click_cancel_soon(qtbot: QtBot, window: MainWindow, seen: list[bool]) -> None:
    """Click Cancel in the next turn of the event loop, between two steps of the work."""

    def click() -> None:
        dialog = dialog_of(window)
        modal = dialog.windowModality() == Qt.WindowModality.WindowModal
        seen.append(dialog.isVisible() and modal and dialog.minimumDuration() == progress.SHOW_AFTER_MS)
        button = dialog.findChild(QPushButton)
        assert button is not None and button.text() == "Cancel"
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, click)


@pytest.mark.parametrize("at_chart", [1, 4])
def test_cancel_in_export_all_leaves_every_earlier_file(
    window: MainWindow,
    compared_export: Path,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    dialog_at_once: None,
    at_chart: int,
) -> None:
    before = snapshot(compared_export)
    seen: list[bool] = []
    hook = Hook(
        monkeypatch, "svg_bytes", lambda call: click_cancel_soon(qtbot, window, seen) if call == at_chart else None
    )
    assert window.commands.export_all(str(compared_export)) == []
    assert seen == [True] and hook.calls == at_chart  # cancelled between that chart and the next
    assert snapshot(compared_export) == before  # every file as it was, and no temporary file
    assert window.findChild(QProgressDialog) is None or not dialog_of(window).isVisible()


def test_closing_the_progress_dialog_cancels_as_a_logout_would(
    window: MainWindow, compared_export: Path, monkeypatch: pytest.MonkeyPatch, dialog_at_once: None
) -> None:
    """A logout's SIGTERM closes every window (ui/quit_signals.py): the dialog's close is a cancel."""
    before = snapshot(compared_export)
    Hook(monkeypatch, "svg_bytes", lambda call: QTimer.singleShot(0, dialog_of(window).close) if call == 2 else None)
    assert window.commands.export_all(str(compared_export)) == []
    assert snapshot(compared_export) == before


def test_the_window_paints_between_the_steps_of_export_all(
    window: MainWindow, compared_export: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paints: list[int] = []

    class Painted(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and watched is window.tabs:
                paints.append(1)
            return False

    counter = Painted()
    window.tabs.installEventFilter(counter)
    asked: list[int] = []

    def between(call: int) -> None:
        if asked:
            assert len(paints) > asked[-1], f"no paint between chart {call - 1} and chart {call}"
        asked.append(len(paints))
        window.tabs.update()  # painted in a later turn of the event loop, before the next chart

    hook = Hook(monkeypatch, "svg_bytes", between)
    try:
        assert len(window.commands.export_all(str(compared_export))) > 30
    finally:
        window.tabs.removeEventFilter(counter)
    assert hook.calls >= 6 and len(asked) == hook.calls
    assert snapshot(compared_export) != {
        path.name: b"earlier " + path.name.encode() for path in compared_export.iterdir()
    }


def test_keys_to_the_window_wait_until_the_dialog_shows_and_work_after(
    window: MainWindow, compared_export: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Before its dialog shows (short work shows none), the window paints but takes no keys or clicks."""
    monkeypatch.setattr(progress, "SHOW_AFTER_MS", 10**9)
    window.pages.show_tab(0)
    bar = window.tabs.tabBar()
    shown: list[bool] = []

    def press(call: int) -> None:
        shown.append(dialog_of(window).isVisible())
        qtbot.keyClick(bar, Qt.Key.Key_Right)

    Hook(monkeypatch, "svg_bytes", press)
    assert window.commands.export_all(str(compared_export))
    assert shown and not any(shown) and window.tabs.currentIndex() == 0  # every key set aside
    qtbot.keyClick(bar, Qt.Key.Key_Right)
    assert window.tabs.currentIndex() == 1  # the same key, with no work running


def test_cancel_in_the_report_writes_nothing(
    window: MainWindow, tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, dialog_at_once: None
) -> None:
    seen: list[bool] = []
    hook = Hook(monkeypatch, "draw", lambda call: click_cancel_soon(qtbot, window, seen) if call == 1 else None)
    out = tmp_path / "report.pdf"
    assert window.commands.export_report(str(out)) is None
    assert seen == [True] and hook.calls == 2  # page 2's two charts, painted in one step; page 3's never
    assert list(tmp_path.iterdir()) == []
    assert window.commands.export_report(str(out)) == out  # not cancelled: written
    assert out.read_bytes().startswith(b"%PDF-") and not list(tmp_path.glob(f"*{PART_SUFFIX}"))


def close_error_box() -> str:
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    assert len(boxes) == 1
    text = boxes[0].text()
    boxes[0].close()
    return text


def test_a_report_onto_a_folder_is_refused_before_it_is_made(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    made: list[object] = []
    real = pdf_report.report_pdf_steps
    monkeypatch.setattr(pdf_report, "report_pdf_steps", lambda *args: made.append(args) or real(*args))
    folder = tmp_path / "report.pdf"
    folder.mkdir()
    assert window.commands.export_report(str(folder)) is None
    assert close_error_box() == f"{folder}: cannot write: it is a folder, not a file"
    assert made == [] and folder.is_dir() and list(tmp_path.iterdir()) == [folder]


def test_export_all_with_a_folder_in_a_files_place_changes_nothing(window: MainWindow, compared_export: Path) -> None:
    blocked = next(compared_export.glob("*.xlsx"))  # the workbook: after the CSV files, before the charts
    blocked.unlink()
    blocked.mkdir()
    before = {path.name: path.read_bytes() for path in compared_export.iterdir() if path.is_file()}
    assert window.commands.export_all(str(compared_export)) == []
    assert close_error_box() == f"{blocked}: cannot write: it is a folder, not a file"
    assert {path.name: path.read_bytes() for path in compared_export.iterdir() if path.is_file()} == before
    assert blocked.is_dir() and not list(compared_export.glob(f".*{PART_SUFFIX}"))


def test_export_all_leaves_a_users_part_files(window: MainWindow, tmp_path: Path) -> None:
    for name in (".notes.part", ".x.part"):
        (tmp_path / name).write_bytes(b"mine")
    assert window.commands.export_all(str(tmp_path))
    assert all((tmp_path / name).read_bytes() == b"mine" for name in (".notes.part", ".x.part"))
