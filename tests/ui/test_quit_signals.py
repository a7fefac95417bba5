"""SIGTERM (a logout) and SIGINT (Ctrl+C) end the real app as closing its window does: its settings are saved.

The app runs as a user runs it, in a process of its own (offscreen). It says when its window is
up and its signal handlers are set by writing the file QINGDAO_VIEWER_READY_FILE names (ui/app.py);
only then is the signal sent. Without the handlers the signal would end the process at once,
before the window wrote its settings: these tests would fail.
"""

from __future__ import annotations

import signal
import time
from pathlib import Path

import pytest
from cli_runner import TIMEOUT, start_python
from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMainWindow

SIGNALS = [(signal.SIGTERM, 143), (signal.SIGINT, 130)]


@pytest.mark.parametrize(("number", "status"), SIGNALS, ids=[number.name for number, _ in SIGNALS])
def test_a_signal_closes_the_window_as_a_close_does_and_its_settings_are_saved(
    qapp: object, user_folders: Path, tmp_path: Path, number: int, status: int
) -> None:
    settings = user_folders / "config" / "qingdao-viewer" / "qingdao-viewer.conf"
    ready = tmp_path / "ready"
    env = {"QT_QPA_PLATFORM": "offscreen", "QINGDAO_VIEWER_READY_FILE": str(ready)}
    process = start_python("-m", "qingdao_viewer", cwd=tmp_path, env=env)
    try:
        deadline = time.monotonic() + TIMEOUT
        while not ready.exists():
            assert process.poll() is None, f"the app ended before its window was up: {process.communicate()}"
            assert time.monotonic() < deadline, f"the window was not up in {TIMEOUT} s"
            time.sleep(0.05)
        assert int(ready.read_text(encoding="ascii")) == process.pid
        assert not settings.exists()  # nothing is written until the window closes
        process.send_signal(number)
        _, stderr = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert process.returncode == status, stderr
    assert "Traceback" not in stderr
    store = QSettings(str(settings), QSettings.Format.IniFormat)
    geometry = store.value("window/geometry")
    assert isinstance(geometry, QByteArray) and not geometry.isEmpty()
    probe = QMainWindow()
    try:
        assert probe.restoreGeometry(geometry)
    finally:
        probe.deleteLater()
    assert store.value("window/last_tab") in (0, "0") and store.value("profiles/last")
    left = [path for folder in (user_folders, tmp_path) for path in folder.rglob("*.part")]
    assert left == []
