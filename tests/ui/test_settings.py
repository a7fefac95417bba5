"""Settings: remembered between runs; a damaged or unreadable file means defaults and a log line."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QSettings
from pytestqt.qtbot import QtBot

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
