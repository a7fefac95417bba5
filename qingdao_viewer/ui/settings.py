"""The user's preferences, through QSettings, read defensively.

The settings file is the user's to edit or break: a file QSettings cannot parse is kept
beside it as ``.damaged`` and the app starts from defaults; a value of the wrong type or
out of range is ignored. Either way the log says so, and nothing stops the app starting.
QSettings writes through a temporary file and a rename, so a write never leaves half a file.

File paths (the last profile, the recent ones) are stored as the file system's own bytes
(``os.fsencode``, a QByteArray: ``@ByteArray(/home/me/caf\xe9.yaml)`` in the file), so a name
that is not valid UTF-8 comes back as the same name; and they are stored absolute. The text
form earlier versions wrote is still read; a relative path of theirs, which would name a
different file from another folder, is ignored.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from qingdao_viewer.app_log import log_warning

MAX_RECENT = 10


def _stored_path(path: str) -> QByteArray:
    """A path as it is stored: absolute, as the file system's bytes."""
    return QByteArray(os.fsencode(os.path.abspath(path)))


def _read_path(value: Any) -> str | None:
    """A stored path (bytes, or the text form of earlier versions) as the str that names the same file, or None."""
    if isinstance(value, QByteArray):
        raw = bytes(value.data())
        path = os.fsdecode(raw) if raw and b"\x00" not in raw else ""
    elif isinstance(value, str):
        path = value if "\x00" not in value else ""
    else:
        return None
    return path if path and os.path.isabs(path) else None


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

    def _path(self, key: str, value: Any) -> str | None:
        path = _read_path(value)
        if path is None:
            self._ignore(key, value)
        return path

    def last_profile(self) -> str | None:
        """The profile shown when the app last closed: an absolute path, or None."""
        value = self._value("profiles/last")
        return None if value is None else self._path("profiles/last", value)

    def set_last_profile(self, path: str | None) -> None:
        """Remember the profile shown (None: none to reopen, the next start shows the embedded one)."""
        if path:
            self._store.setValue("profiles/last", _stored_path(path))
        else:
            self._store.remove("profiles/last")

    def recent_profiles(self) -> list[str]:
        """The recent profiles, newest first: absolute paths; an item that is not one is left out (and logged)."""
        value = self._value("profiles/recent")
        if value is None:
            return []
        items = value if isinstance(value, list) else [value]  # QSettings gives one text item back as a plain str
        paths = [path for item in items if (path := self._path("profiles/recent", item)) is not None]
        return list(dict.fromkeys(paths))[:MAX_RECENT]

    def add_recent_profile(self, path: str) -> list[str]:
        path = os.path.abspath(path)
        recent = [path] + [item for item in self.recent_profiles() if item != path]
        self.set_recent_profiles(recent)
        return recent[:MAX_RECENT]

    def set_recent_profiles(self, paths: list[str]) -> None:
        self._store.setValue("profiles/recent", [_stored_path(path) for path in paths[:MAX_RECENT] if path])

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

    def derived_shown(self) -> bool:
        """Whether the Overview shows the derived estimates (View > Show derived estimates); yes at first."""
        return self._whole("view/derived_estimates", 0, 1, 1) == 1

    def set_derived_shown(self, shown: bool) -> None:
        self._store.setValue("view/derived_estimates", int(shown))

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
