"""The app's log: one entry per message, later lines indented; one older file past 1 MiB; it never raises."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from cli_runner import run_python
from unprivileged import give_away, run_unprivileged

from qingdao_viewer.app_log import LOG_NAME, MAX_LOG_BYTES, log_error, log_file, log_warning, write_log

STAMP = r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d{4}"


def test_an_entry_is_a_stamped_line_with_its_later_lines_indented(qapp: object) -> None:
    path = log_file()
    assert log_warning("settings file s.ini: cannot be read\n  details here\nlast line\n") == path
    assert log_error("uncaught ValueError: 100% wrong") == path
    assert write_log("NOTE", "") == path
    assert re.fullmatch(
        rf"{STAMP} WARNING settings file s\.ini: cannot be read\n      details here\n    last line\n"
        rf"{STAMP} ERROR uncaught ValueError: 100% wrong\n"
        rf"{STAMP} NOTE \n",
        path.read_text(encoding="utf-8"),
    )


def test_the_log_rotates_to_one_older_file_past_its_size(qapp: object) -> None:
    path = log_file()
    older = path.with_name(f"{LOG_NAME}.1")
    half = "x" * (MAX_LOG_BYTES // 2)
    assert write_log("WARNING", f"first {half}") == path
    assert not older.exists()
    assert write_log("WARNING", f"second {half}") == path  # it would take the log past 1 MiB: it starts again
    assert older.read_text(encoding="utf-8").split(" ")[2:] == ["first", f"{half}\n"]
    assert path.read_text(encoding="utf-8").split(" ")[2:] == ["second", f"{half}\n"]
    assert write_log("ERROR", "third") == path
    assert write_log("ERROR", f"fourth {half}") == path
    assert [line.split(" ")[2] for line in older.read_text(encoding="utf-8").splitlines()] == ["second", "third"]
    assert path.read_text(encoding="utf-8").split(" ")[2] == "fourth"
    assert sorted(item.name for item in path.parent.iterdir()) == [LOG_NAME, f"{LOG_NAME}.1"]  # one older file
    assert path.stat().st_size <= MAX_LOG_BYTES and older.stat().st_size <= MAX_LOG_BYTES


def test_a_log_that_cannot_be_written_is_none_and_nothing_is_raised_or_printed(
    qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("where the data folder should be", encoding="utf-8")
    monkeypatch.setenv("XDG_DATA_HOME", str(blocker))
    assert log_warning("into a folder that is a file") is None

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    log_file().mkdir(parents=True)  # the log's name taken by a folder
    assert log_error("onto a folder") is None
    assert log_file().is_dir() and list(log_file().iterdir()) == []
    assert capsys.readouterr() == ("", "")


def test_a_read_only_log_folder_is_none_for_an_unprivileged_user(shared_tmp_path: Path) -> None:
    """As a user without privileges (root writes into read-only folders): no log, nothing raised or printed."""
    code = (
        "from qingdao_viewer.ui.app import create_application\n"
        "from qingdao_viewer.app_log import log_file, log_warning\n"
        "app = create_application()\n"
        "print(log_file())\n"
        "print(log_warning('into a read-only folder'))\n"
    )
    data = shared_tmp_path / "data"
    folder = data / "qingdao-viewer" / "qingdao-viewer"
    folder.mkdir(parents=True)
    for path in (data, data / "qingdao-viewer", folder):
        give_away(path)
    folder.chmod(0o500)
    env = {"XDG_DATA_HOME": str(data), "QT_QPA_PLATFORM": "offscreen", "XDG_RUNTIME_DIR": str(shared_tmp_path)}
    result = run_unprivileged("-c", code, cwd=shared_tmp_path, env=env)
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout.splitlines() == [str(folder / LOG_NAME), "None"]
    assert list(folder.iterdir()) == []


def test_start_up_imports_no_log_handlers() -> None:
    """logging.handlers (sockets, queues, pickle) is imported at the first entry, not when the app starts."""
    code = (
        "import sys\n"
        "import qingdao_viewer.ui.app, qingdao_viewer.app_log\n"
        "assert 'logging.handlers' not in sys.modules, 'imported at start-up'\n"
        "print('not imported')\n"
    )
    result = run_python("-c", code)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "not imported"
