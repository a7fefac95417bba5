"""Settings: remembered between runs; a damaged or unreadable file means defaults and a log line."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from cli_runner import run_python
from PySide6.QtCore import QByteArray, QSettings
from pytestqt.qtbot import QtBot
from unprivileged import run_unprivileged

from qingdao_viewer.app_log import log_file
from qingdao_viewer.profile import load_profile
from qingdao_viewer.ui.app import open_window
from qingdao_viewer.ui.main_window import MainWindow
from qingdao_viewer.ui.settings import MAX_RECENT, Settings


def settings_path(qapp: object) -> Path:
    return Path(QSettings().fileName())


def write_settings(qapp: object, content: bytes) -> Path:
    path = settings_path(qapp)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    return path


def logged() -> str:
    return log_file().read_text(encoding="utf-8") if log_file().exists() else ""


def test_preferences_survive_a_restart(qapp: object) -> None:
    settings = Settings()
    settings.set_geometry(QByteArray(b"geometry bytes"))
    settings.set_last_tab(2)
    settings.set_last_profile("/data/jinan.yaml")
    settings.add_recent_profile("/data/a.yaml")
    settings.add_recent_profile("/data/b.yaml")
    settings.add_recent_profile("/data/a.yaml")
    assert settings.save()

    again = Settings()
    assert again.geometry() == QByteArray(b"geometry bytes")
    assert again.last_tab(4) == 2
    assert again.last_profile() == "/data/jinan.yaml"
    assert again.recent_profiles() == ["/data/a.yaml", "/data/b.yaml"]
    assert logged() == ""


def test_recent_list_keeps_the_newest_few(qapp: object) -> None:
    settings = Settings()
    for number in range(MAX_RECENT + 5):
        settings.add_recent_profile(f"/p/{number}.yaml")
    assert Settings().recent_profiles() == [f"/p/{n}.yaml" for n in range(MAX_RECENT + 4, 4, -1)]


def test_no_settings_file_means_defaults_and_no_warning(qapp: object) -> None:
    settings = Settings()
    assert (settings.geometry(), settings.last_tab(4), settings.last_profile(), settings.recent_profiles()) == (
        None,
        0,
        None,
        [],
    )
    assert logged() == ""


def test_damaged_file_means_defaults_a_warning_and_a_kept_copy(qapp: object) -> None:
    damaged = b"[window\nlast_tab=3\n\x00\xff"
    path = write_settings(qapp, damaged)
    settings = Settings()
    assert settings.last_tab(4) == 0
    assert "WARNING" in logged() and "format error" in logged() and str(path) in logged()
    assert Path(str(path) + ".damaged").read_bytes() == damaged
    # The next save writes a good file in its place.
    settings.set_last_tab(1)
    assert settings.save()
    assert Settings().last_tab(4) == 1


@pytest.mark.qt_log_ignore("QVariant::load")
def test_values_of_the_wrong_kind_are_ignored_with_a_warning(qapp: object) -> None:
    write_settings(
        qapp,
        b"[window]\nlast_tab=seven\ngeometry=not bytes\n"
        b"[profiles]\nlast=@Variant(\\0\\0\\0\\x7f\\0\\0\\0\\x1cQ)\nrecent=@Variant(\\0\\0\\0\\x2\\0\\0\\0\\x5)\n",
    )
    settings = Settings()
    assert settings.last_tab(4) == 0
    assert settings.geometry() is None
    assert settings.last_profile() is None
    assert settings.recent_profiles() == []
    warnings = logged()
    assert "window/last_tab = 'seven' is not usable" in warnings
    assert "window/geometry = 'not bytes' is not usable" in warnings


def test_out_of_range_tab_is_ignored(qapp: object) -> None:
    write_settings(qapp, b"[window]\nlast_tab=9\n")
    assert Settings().last_tab(4) == 0
    assert "window/last_tab = '9' is not usable" in logged()


def test_unreadable_settings_mean_defaults_and_a_failed_save_is_logged(qapp: object) -> None:
    path = settings_path(qapp)
    path.mkdir(parents=True)  # a folder where the file should be: neither readable nor writable
    settings = Settings()
    assert settings.last_tab(4) == 0
    assert "access error" in logged()
    settings.set_last_tab(2)
    assert not settings.save()
    assert "could not be written" in logged()


def test_window_restores_and_saves_its_tab_geometry_and_profile(qtbot: QtBot, embedded_path: Path) -> None:
    first = MainWindow(load_profile(embedded_path), str(embedded_path), settings=Settings())
    qtbot.addWidget(first)
    first.show()
    qtbot.waitExposed(first)
    first.resize(700, 500)  # within the offscreen screen, 800 x 600
    first.pages.show_tab(3)
    first.close()  # saves

    second = MainWindow(load_profile(embedded_path), str(embedded_path), settings=Settings())
    qtbot.addWidget(second)
    assert second.tabs.currentIndex() == 3
    assert (second.width(), second.height()) == (700, 500)
    assert Settings().last_profile() == str(embedded_path)


def test_reset_forgets_everything(qapp: object) -> None:
    settings = Settings()
    settings.set_last_tab(3)
    settings.add_recent_profile("/p.yaml")
    settings.save()
    settings.reset()
    again = Settings()
    assert (again.last_tab(4), again.recent_profiles()) == (0, [])


def test_start_reopens_the_last_profile(qtbot: QtBot, embedded_path: Path, tmp_path: Path) -> None:
    jinan = tmp_path / "jinan.yaml"
    jinan.write_text(embedded_path.read_text(encoding="utf-8").replace("cluster: Qingdao", "cluster: Jinan"), "utf-8")
    settings = Settings()
    settings.set_last_profile(str(jinan))
    window, error = open_window(None, settings)
    qtbot.addWidget(window)
    assert error is None and window.session.profile.cluster == "Jinan"


def test_a_vanished_last_profile_falls_back_to_the_embedded_one_quietly(
    qtbot: QtBot, embedded_path: Path, tmp_path: Path
) -> None:
    settings = Settings()
    settings.set_last_profile(str(tmp_path / "gone.yaml"))
    window, error = open_window(None, settings)
    qtbot.addWidget(window)
    assert error is None  # no dialog: the user did not ask for it this time
    assert window.session.profile.cluster == "Qingdao"
    assert "gone.yaml: no such file" in logged()


# -- paths kept exactly as chosen ---------------------------------------------------------------


@pytest.mark.skipif(os.name != "posix", reason="file names as bytes are POSIX's")
def test_a_file_name_that_is_not_utf8_comes_back_the_same(qtbot: QtBot, embedded_path: Path, tmp_path: Path) -> None:
    raw = os.fsencode(tmp_path) + b"/caf\xe9-\xff\xfe.yaml"
    text = embedded_path.read_text(encoding="utf-8").replace("cluster: Qingdao", "cluster: Café")
    with open(raw, "wb") as stream:
        stream.write(text.encode("utf-8"))
    name = os.fsdecode(raw)
    settings = Settings()
    settings.set_last_profile(name)
    settings.set_recent_profiles([name, "/data/plain.yaml"])
    assert settings.save()
    again = Settings()
    assert again.last_profile() == name and os.fsencode(again.last_profile() or "") == raw
    assert again.recent_profiles() == [name, "/data/plain.yaml"]
    window, error = open_window(None, again)
    qtbot.addWidget(window)
    assert error is None and window.session.profile.cluster == "Café"
    assert logged() == ""


def test_the_text_form_of_earlier_versions_is_still_read(qapp: object) -> None:
    write_settings(qapp, b"[profiles]\nlast=/data/jinan.yaml\nrecent=/data/a.yaml, /data/b.yaml\n")
    settings = Settings()
    assert settings.last_profile() == "/data/jinan.yaml"
    assert settings.recent_profiles() == ["/data/a.yaml", "/data/b.yaml"]
    write_settings(qapp, b"[profiles]\nrecent=/data/only.yaml\n")
    assert Settings().recent_profiles() == ["/data/only.yaml"]
    assert logged() == ""


def test_a_relative_path_of_earlier_versions_is_ignored_not_opened_from_elsewhere(qapp: object) -> None:
    write_settings(qapp, b"[profiles]\nlast=jinan.yaml\nrecent=a.yaml, /data/b.yaml\n")
    settings = Settings()
    assert settings.last_profile() is None
    assert settings.recent_profiles() == ["/data/b.yaml"]
    assert "profiles/last = 'jinan.yaml' is not usable" in logged()
    assert "profiles/recent = 'a.yaml' is not usable" in logged()


def test_paths_are_stored_absolute_and_open_the_same_file_from_another_folder(
    qtbot: QtBot, embedded_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = embedded_path.read_text(encoding="utf-8")
    for folder, cluster in (("first", "Jinan"), ("second", "Decoy")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "jinan.yaml").write_text(text.replace("cluster: Qingdao", f"cluster: {cluster}"), "utf-8")
    monkeypatch.chdir(tmp_path / "first")
    window, error = open_window("jinan.yaml", Settings())  # as `qingdao-viewer jinan.yaml` from that folder
    qtbot.addWidget(window)
    assert error is None
    assert window.doors.open_profile("./jinan.yaml")
    window.close()  # saves
    chosen = str(tmp_path / "first" / "jinan.yaml")
    assert Settings().last_profile() == chosen and Settings().recent_profiles()[0] == chosen
    settings = Settings()
    settings.add_recent_profile("relative.yaml")  # any caller's relative path is made absolute when stored
    settings.set_recent_profiles(["other.yaml", *settings.recent_profiles()])
    settings.set_last_profile("last.yaml")
    first = tmp_path / "first"
    assert settings.recent_profiles()[:2] == [str(first / "other.yaml"), str(first / "relative.yaml")]
    assert settings.last_profile() == str(tmp_path / "first" / "last.yaml")
    settings.set_last_profile(chosen)
    settings.save()

    monkeypatch.chdir(tmp_path / "second")
    again, error = open_window(None, Settings())
    qtbot.addWidget(again)
    assert error is None and again.session.profile.cluster == "Jinan"


_START = """
import sys, time
from qingdao_viewer.ui.app import create_application, open_window
from qingdao_viewer.ui.settings import Settings
from qingdao_viewer.profile import ProfileError
app = create_application(["qingdao-viewer"])
started = time.monotonic()
window, error = open_window(None, Settings())
print(window.session.profile.cluster, error)
for path in Settings().recent_profiles():
    try:
        window.session.open_recent(path)
    except ProfileError as refused:
        print(refused)
print(window.session.recent())
print("seconds", round(time.monotonic() - started))
"""


def _settings_file(config: Path, last: bytes, recent: list[bytes]) -> None:
    path = config / "qingdao-viewer" / "qingdao-viewer.conf"
    path.parent.mkdir(parents=True, exist_ok=True)
    items = ", ".join(f"@ByteArray({item.decode()})" for item in recent)
    path.write_bytes(b"[profiles]\nlast=@ByteArray(" + last + b")\nrecent=" + items.encode() + b"\n")


@pytest.mark.parametrize("kind", ["fifo", "huge", "folder"])
def test_a_hostile_last_or_recent_profile_costs_the_start_a_log_line(tmp_path: Path, kind: str) -> None:
    hostile = tmp_path / f"hostile-{kind}.yaml"
    if kind == "fifo":
        os.mkfifo(hostile)  # opening it to read would wait for a writer, for ever
    elif kind == "huge":
        with open(hostile, "wb") as stream:
            stream.truncate(4 * 1024**3)  # sparse: reading it whole would take long and 4 GiB
    else:
        hostile.mkdir()
    config = Path(os.environ["XDG_CONFIG_HOME"])
    _settings_file(config, os.fsencode(hostile), [os.fsencode(hostile)])
    result = run_python("-c", _START, env={"QT_QPA_PLATFORM": "offscreen"}, timeout=60)
    assert result.returncode == 0, result.stderr
    reason = {
        "fifo": "is a named pipe (FIFO), not a regular file",
        "huge": f"is {4 * 1024**3:,} bytes; a profile may be at most 1,048,576 bytes",
        "folder": "is a folder, not a profile file",
    }[kind]
    assert result.stdout.splitlines() == ["Qingdao None", f"{hostile}: {reason}", "[]", "seconds 0"]
    assert f"the last profile shown cannot be opened again: {hostile}: {reason}" in logged()


def test_an_unreadable_last_profile_costs_the_start_a_log_line_for_an_unprivileged_user(tmp_path: Path) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as home:
        folders = {name: Path(home) / name for name in ("config", "data", "cache", "state")}
        for folder in folders.values():
            folder.mkdir()
        secret = Path(home) / "secret.yaml"
        secret.write_text((Path(__file__).parents[2] / "data" / "qingdao-2024.yaml").read_text("utf-8"), "utf-8")
        _settings_file(folders["config"], os.fsencode(secret), [os.fsencode(secret)])
        env = {f"XDG_{name.upper()}_HOME": str(folder) for name, folder in folders.items()}
        env.update(QT_QPA_PLATFORM="offscreen", HOME=home, XDG_RUNTIME_DIR=home)
        result = run_unprivileged("-c", _START, owner_of=Path(home), private=[secret], env=env, timeout=60)
        log = (folders["data"] / "qingdao-viewer" / "qingdao-viewer" / "qingdao-viewer.log").read_text("utf-8")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "Qingdao None",
        f"{secret}: cannot be read: permission denied",
        "[]",
        "seconds 0",
    ]
    assert f"the last profile shown cannot be opened again: {secret}: cannot be read: permission denied" in log
