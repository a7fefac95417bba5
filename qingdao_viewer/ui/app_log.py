"""The app's log file: where errors and warnings go when there may be no terminal.

A windowed app has no stderr to speak to, so what the user should be able to report
(an unexpected error, settings that could not be read) is appended here, under the
app's data folder from QStandardPaths. Writing the log never raises.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from PySide6.QtCore import QStandardPaths

LOG_NAME = "qingdao-viewer.log"
MAX_LOG_BYTES = 1024 * 1024  # then the log starts again, keeping one older file beside it


def log_file() -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation)
    return Path(folder) / LOG_NAME


def write_log(level: str, message: str) -> Path | None:
    """Append one entry (later lines indented); the log's path, or None if it cannot be written."""
    path = log_file()
    stamp = time.strftime("%Y-%m-%dT%H:%M:%S%z")
    first, *rest = message.rstrip("\n").split("\n") or [""]
    entry = f"{stamp} {level} {first}\n" + "".join(f"    {line}\n" for line in rest)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            if path.stat().st_size > MAX_LOG_BYTES:
                os.replace(path, path.with_name(LOG_NAME + ".1"))
        except FileNotFoundError:
            pass
        with open(path, "a", encoding="utf-8", errors="backslashreplace") as stream:
            stream.write(entry)
    except OSError:
        return None
    return path


def log_warning(message: str) -> Path | None:
    return write_log("WARNING", message)


def log_error(message: str) -> Path | None:
    return write_log("ERROR", message)
