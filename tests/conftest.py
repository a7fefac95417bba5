"""Shared test set-up: offscreen Qt for widget and model tests, the seed profile paths."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

# In CI the fuzz and property tests run at least 5,000 examples each; locally a few hundred.
settings.register_profile("ci", max_examples=5000, deadline=None)
if os.environ.get("CI"):
    settings.load_profile("ci")

# Before anything imports Qt: widgets and models are tested without a display.
# (The Xvfb test starts the real app in a subprocess with its own environment.)
os.environ["QT_QPA_PLATFORM"] = "offscreen"

REPO = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
EMBEDDED = REPO / "data" / "qingdao-2024.yaml"
SEED_TEXT = FIXTURES / "qingdao-2024-profile.txt"


_APP: object = None  # the one application, kept referenced for the whole session


@pytest.fixture(scope="session")
def qapp() -> object:
    """Override pytest-qt's qapp: the app as it really starts, named, so QSettings finds its file."""
    global _APP
    from qingdao_viewer.ui.app import create_application

    _APP = create_application(["qingdao-viewer-tests"])
    return _APP


@pytest.fixture(autouse=True)
def user_folders(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Settings, log and library of each test in folders of its own, never the user's.

    QStandardPaths reads the XDG variables on every call, and subprocesses inherit them;
    QSettings keeps the folder it first saw, so it is told directly.
    """
    home = tmp_path_factory.mktemp("user")
    for variable, folder in (
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_DATA_HOME", "data"),
        ("XDG_CACHE_HOME", "cache"),
        ("XDG_STATE_HOME", "state"),
    ):
        (home / folder).mkdir()
        monkeypatch.setenv(variable, str(home / folder))
    from PySide6.QtCore import QSettings

    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(home / "config"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(home / "config"))
    return home


@pytest.fixture
def embedded_path() -> Path:
    return EMBEDDED


@pytest.fixture
def seed_text() -> str:
    return SEED_TEXT.read_text(encoding="utf-8")


@pytest.fixture
def clean_clipboard(qapp: object) -> Iterator[None]:
    """Leave no Python-made QMimeData on the clipboard: offscreen Qt crashes on it at exit."""
    yield
    from PySide6.QtGui import QGuiApplication

    QGuiApplication.clipboard().clear()


@pytest.fixture
def shared_tmp_path() -> Iterator[Path]:
    """A folder any user may write in, for tests that run code as a user without privileges (unprivileged.py)."""
    from unprivileged import shared_folder

    yield from shared_folder()
