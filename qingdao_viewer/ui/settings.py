"""The user's preferences, through QSettings, read defensively.

The settings file is the user's to edit or break: a file QSettings cannot parse is kept
beside it as ``.damaged`` and the app starts from defaults; a value of the wrong type or
out of range is ignored. Either way the log says so, and nothing stops the app starting.
QSettings writes through a temporary file and a rename, so a write never leaves half a file.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from qingdao_viewer.app_log import log_warning

MAX_RECENT = 10


def _describe(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


class Settings:
    """Window geometry, last tab and profile, recent profiles: typed, with defaults."""

    def __init__(self) -> None:
        self._store = QSettings()
        status = self._store.status()
        if status == QSettings.Status.FormatError:
            kept = self._store.fileName() + ".damaged"
            try:
                shutil.copyfile(self._store.fileName(), kept)
                where = f"it was kept as {kept}"
            except OSError as error:
                where = f"it could not be kept aside ({error.strerror or error})"
            log_warning(f"settings file {self._store.fileName()} cannot be read (format error); {where}; defaults used")
            with contextlib.suppress(OSError):
                os.remove(self._store.fileName())
            self._store = QSettings()
            self._store.clear()
        elif status == QSettings.Status.AccessError:
            log_warning(f"settings file {self._store.fileName()} cannot be read (access error); using defaults")

    @property
    def file_name(self) -> str:
        return self._store.fileName()

    def _value(self, key: str) -> Any:
        try:
            return self._store.value(key)
        except Exception as error:
            self._ignore(key, error)
            return None

    def _ignore(self, key: str, value: Any) -> None:
        name = self._store.fileName()
        log_warning(f"settings file {name}: {key} = {_describe(value)} is not usable; using the default")

    def _whole(self, key: str, lowest: int, highest: int, default: int) -> int:
        value = self._value(key)
        if value is None:
            return default
        if isinstance(value, int) and not isinstance(value, bool):
            number = value
        elif isinstance(value, str) and value.strip().isdigit() and len(value) < 10:
            number = int(value)
        else:
            self._ignore(key, value)
            return default
        if not lowest <= number <= highest:
            self._ignore(key, value)
            return default
        return number

    def _text(self, key: str) -> str | None:
        value = self._value(key)
        if value is None:
            return None
        if isinstance(value, str) and value and "\x00" not in value:
            return value
        self._ignore(key, value)
        return None

    def _texts(self, key: str) -> list[str]:
        value = self._value(key)
        if value is None:
            return []
        if isinstance(value, str):  # QSettings gives a one-item list back as a plain string
            value = [value]
        if isinstance(value, list) and all(isinstance(item, str) and item and "\x00" not in item for item in value):
            return list(value)
        self._ignore(key, value)
        return []

    # -- the preferences -----------------------------------------------------------------

    def geometry(self) -> QByteArray | None:
        value = self._value("window/geometry")
        if value is None:
            return None
        if isinstance(value, QByteArray) and not value.isEmpty():
            return value
        self._ignore("window/geometry", value)
        return None

    def set_geometry(self, geometry: QByteArray) -> None:
        self._store.setValue("window/geometry", geometry)

    def last_tab(self, tab_count: int) -> int:
        return self._whole("window/last_tab", 0, tab_count - 1, 0)

    def set_last_tab(self, index: int) -> None:
        self._store.setValue("window/last_tab", index)

    def last_profile(self) -> str | None:
        return self._text("profiles/last")

    def set_last_profile(self, path: str) -> None:
        self._store.setValue("profiles/last", path)

    def recent_profiles(self) -> list[str]:
        return self._texts("profiles/recent")[:MAX_RECENT]

    def add_recent_profile(self, path: str) -> list[str]:
        recent = [path] + [item for item in self.recent_profiles() if item != path]
        self._store.setValue("profiles/recent", recent[:MAX_RECENT])
        return recent[:MAX_RECENT]

    def set_recent_profiles(self, paths: list[str]) -> None:
        self._store.setValue("profiles/recent", paths[:MAX_RECENT])

    def language(self) -> str | None:
        """The language chosen in View > Language; None follows the system."""
        from qingdao_viewer.i18n import LANGUAGES

        value = self._text("view/language")
        if value is None or value in LANGUAGES:
            return value
        self._ignore("view/language", value)
        return None

    def set_language(self, code: str | None) -> None:
        if code is None:
            self._store.remove("view/language")
        else:
            self._store.setValue("view/language", code)

    def theme(self) -> str:
        """ "system", "light" or "dark"."""
        value = self._text("view/theme")
        if value is None:
            return "system"
        from qingdao_viewer.ui.theme import THEMES

        if value in THEMES:
            return value
        self._ignore("view/theme", value)
        return "system"

    def set_theme(self, name: str) -> None:
        self._store.setValue("view/theme", name)

    def reset(self) -> None:
        """Forget every preference: the next start is like the first."""
        self._store.clear()
        self.save()

    def save(self) -> bool:
        """Write the preferences now; a failure is logged, never raised."""
        self._store.sync()
        if self._store.status() != QSettings.Status.NoError:
            log_warning(f"settings file {self._store.fileName()} could not be written ({self._store.status().name})")
            return False
        return True
