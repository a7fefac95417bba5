"""An error in a slot becomes a dialog and a log entry, and the window goes on working."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from qingdao_viewer.app_log import log_file
from qingdao_viewer.ui.crash import ExceptionHandler
from qingdao_viewer.ui.error_dialog import ErrorDialog
from qingdao_viewer.ui.main_window import MainWindow


@pytest.fixture
def handler(qapp: object) -> Iterator[ExceptionHandler]:
    installed = ExceptionHandler()
    installed.install()
    yield installed
    installed.uninstall()
    if installed.dialog is not None:
        installed.dialog.close()


def fail_in_slot() -> None:
    raise ValueError("injected <b>failure</b> & more")


# pytest-qt would take the exception itself and fail the test; here the app's handler must.
@pytest.mark.qt_no_exception_capture
def test_failing_slot_shows_dialog_logs_and_app_keeps_running(
    qtbot: QtBot, window: MainWindow, handler: ExceptionHandler
) -> None:
    window.window_actions["copy_table"].triggered.connect(fail_in_slot)
    window.window_actions["copy_table"].trigger()
    qtbot.waitUntil(lambda: handler.dialog is not None and handler.dialog.isVisible())
    dialog = handler.dialog
    assert isinstance(dialog, ErrorDialog)
    # The message is shown as plain text, markup and all.
    assert "ValueError: injected <b>failure</b> & more" in dialog.message.text()
    assert "The app keeps running" in dialog.message.text()
    assert "fail_in_slot" in dialog.details.toPlainText()

    logged = log_file().read_text(encoding="utf-8")
    assert "ERROR uncaught ValueError: injected <b>failure</b> & more" in logged
    assert "    Traceback (most recent call last):" in logged
    assert str(log_file()) in dialog.message.text()

    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert "fail_in_slot" in QGuiApplication.clipboard().text()
    assert "ValueError" in QGuiApplication.clipboard().text()

    # The app is still alive: the window switches tabs and copies after the error.
    dialog.close()
    window.window_actions["copy_table"].triggered.disconnect(fail_in_slot)
    window.pages.show_tab(1)
    window.commands.copy_table()
    assert "QINGDAO HAIER AIR CONDITIONER GENERAL" in QGuiApplication.clipboard().text()


@pytest.mark.qt_no_exception_capture
def test_errors_while_the_dialog_is_open_join_it(qtbot: QtBot, window: MainWindow, handler: ExceptionHandler) -> None:
    window.window_actions["copy_table"].triggered.connect(fail_in_slot)
    window.window_actions["copy_table"].trigger()
    qtbot.waitUntil(lambda: handler.dialog is not None)
    first = handler.dialog
    window.window_actions["copy_table"].trigger()
    assert handler.dialog is first
    assert first is not None and first.details.toPlainText().count("Traceback") == 2
    with qtbot.waitSignal(first.destroyed):
        first.close()
    assert handler.dialog is None


@pytest.mark.qt_no_exception_capture
def test_handler_works_without_stdout_or_stderr(
    qtbot: QtBot, window: MainWindow, handler: ExceptionHandler, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    window.window_actions["copy_table"].triggered.connect(fail_in_slot)
    window.window_actions["copy_table"].trigger()
    qtbot.waitUntil(lambda: handler.dialog is not None)
    assert "injected" in log_file().read_text(encoding="utf-8")


@pytest.mark.qt_no_exception_capture
def test_unwritable_log_still_shows_the_dialog(
    qtbot: QtBot, window: MainWindow, handler: ExceptionHandler, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be", encoding="utf-8")
    monkeypatch.setenv("XDG_DATA_HOME", str(blocker))
    window.window_actions["copy_table"].triggered.connect(fail_in_slot)
    window.window_actions["copy_table"].trigger()
    qtbot.waitUntil(lambda: handler.dialog is not None)
    assert handler.dialog is not None
    assert "could not be written to the log" in handler.dialog.message.text()


def test_uninstall_restores_the_previous_hook(qapp: object) -> None:
    before = sys.excepthook
    handler = ExceptionHandler()
    handler.install()
    assert sys.excepthook == handler.handle
    handler.uninstall()
    assert sys.excepthook is before
