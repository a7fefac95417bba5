"""A windowed bundle may start with sys.stdout and sys.stderr set to None: nothing may need them."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

from cli_runner import REPO, run_python
from export_files import export_files

PRELUDE = """
import sys
sys.stdout = None
sys.stderr = None
"""

GUI_WITH_A_FAILING_SLOT = """
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from qingdao_viewer.ui import app as ui_app

report = {}

def fail():
    raise RuntimeError("injected with no streams")

def inspect():
    try:
        from qingdao_viewer.app_log import log_file
        from qingdao_viewer.ui.error_dialog import ErrorDialog
        widgets = QApplication.topLevelWidgets()
        report["dialogs"] = len([w for w in widgets if isinstance(w, ErrorDialog) and w.isVisible()])
        report["logged"] = "injected with no streams" in log_file().read_text(encoding="utf-8")
        report["windows"] = [w.windowTitle() for w in widgets if w.isWindow() and w.isVisible()]
    finally:
        QApplication.quit()

ui_app.create_application()  # the timers need the application
QTimer.singleShot(200, fail)
QTimer.singleShot(600, inspect)
status = ui_app.run_app(None)
with open(sys.argv[1], "w", encoding="utf-8") as out:
    json.dump({"status": status, **report}, out)
"""


def run_without_streams(code: str, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    path = os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))
    return run_python("-c", PRELUDE + code, *args, cwd=cwd, env={"QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": path})


def test_gui_reports_an_error_in_a_slot_with_no_streams(tmp_path: Path) -> None:
    result_file = tmp_path / "result.json"
    result = run_without_streams(GUI_WITH_A_FAILING_SLOT, str(result_file), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    report = json.loads(result_file.read_text(encoding="utf-8"))
    assert report["status"] == 0
    assert report["dialogs"] == 1 and report["logged"]
    assert "Qingdao, China — GII 2024 S&T cluster" in report["windows"]  # still open after the error


def command_line(*args: str) -> str:
    return f"from qingdao_viewer.cli import main\nraise SystemExit(main({list(args)!r}))\n"


def test_commands_run_and_exit_with_their_status_with_no_streams(tmp_path: Path) -> None:
    assert run_without_streams(command_line("--check"), cwd=tmp_path).returncode == 0
    assert run_without_streams(command_line("--check", "missing.yaml"), cwd=tmp_path).returncode == 2
    assert run_without_streams(command_line("--smoke"), cwd=tmp_path).returncode == 0
    assert run_without_streams(command_line("--export", "out"), cwd=tmp_path).returncode == 0
    assert (
        sorted(path.name for path in (tmp_path / "out").iterdir()) == sorted(export_files())
        and (tmp_path / "out" / "datapackage.json").is_file()
    )
    # Again: it replaces its files and says so, on a standard error that is not there.
    assert run_without_streams(command_line("--export", "out"), cwd=tmp_path).returncode == 0
    assert run_without_streams(command_line("--no-such-option"), cwd=tmp_path).returncode == 2
