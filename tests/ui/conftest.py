"""The window as a user meets it: shown, active, every tab built, with settings in the test's own folder."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from qingdao_viewer.profile import load_profile
from qingdao_viewer.ui.main_window import MainWindow
from qingdao_viewer.ui.settings import Settings

OpenWindow = Callable[..., MainWindow]


def _open_window(qtbot: QtBot, path: Path, settings: bool = True) -> MainWindow:
    """A window on the profile at path, shown and active (widget shortcuts such as a table's
    Ctrl+C work in the active window only), returned once every tab is built."""
    main = MainWindow(load_profile(path), str(path), settings=Settings() if settings else None)
    qtbot.addWidget(main)
    with qtbot.waitSignal(main.ready, timeout=20_000):
        main.show()
    qtbot.waitExposed(main)
    main.activateWindow()
    qtbot.waitActive(main)
    return main


@pytest.fixture
def open_window(qtbot: QtBot, clean_clipboard: None) -> OpenWindow:
    """Opens windows as the ``window`` fixture does: ``open_window(path, settings=False)``."""
    return lambda path, settings=True: _open_window(qtbot, path, settings)


@pytest.fixture
def window(qtbot: QtBot, embedded_path: Path, clean_clipboard: None) -> MainWindow:
    return _open_window(qtbot, embedded_path)
