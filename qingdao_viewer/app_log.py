"""The app's log file: where errors and warnings go when there may be no terminal.

A windowed app has no stderr to speak to, so what the user should be able to report
(an unexpected error, settings that could not be read) is appended here, under the
app's data folder from QStandardPaths. An entry is one line, ``TIME LEVEL message``, with
the message's later lines indented below it. The standard library's RotatingFileHandler
keeps the file at most MAX_LOG_BYTES, with one older file beside it (``qingdao-viewer.log.1``).
Writing the log never raises.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths

if TYPE_CHECKING:
    from logging.handlers import RotatingFileHandler

LOG_NAME = "qingdao-viewer.log"
MAX_LOG_BYTES = 1024 * 1024  # then the log starts again, keeping one older file beside it
BACKUP_COUNT = 1
ENTRY_FORMAT = "%(asctime)s %(levelname)s %(message)s"
TIME_FORMAT = "%Y-%m-%dT%H:%M:%S%z"


def log_file() -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation)
    return Path(folder) / LOG_NAME


def write_log(level: str, message: str) -> Path | None:
    """Append one entry (later lines indented); the log's path, or None if it cannot be written."""
    path = log_file()
    first, *rest = message.rstrip("\n").split("\n") or [""]
    text = first + "".join(f"\n    {line}" for line in rest)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        _append(path, level, text)
    except Exception:  # the log is the last resort: whatever stops it, the app goes on
        return None
    return path


def log_warning(message: str) -> Path | None:
    return write_log("WARNING", message)


def log_error(message: str) -> Path | None:
    return write_log("ERROR", message)


def _append(path: Path, level: str, text: str) -> None:
    """Write one entry, the file first rotated if the entry would take it to MAX_LOG_BYTES; raise if it cannot.

    A handler for each entry, closed after it: no file is held open, and the log's folder may
    change between entries (it is QStandardPaths', which reads the environment each time).
    """
    import logging  # here, at the first entry: start-up needs neither logging nor logging.handlers

    handler = _handler_type()(
        path, maxBytes=MAX_LOG_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8", errors="backslashreplace", delay=True
    )
    handler.setFormatter(logging.Formatter(ENTRY_FORMAT, TIME_FORMAT))
    levelno = logging.getLevelNamesMapping().get(level, logging.WARNING)
    try:
        handler.handle(logging.makeLogRecord({"name": __name__, "levelno": levelno, "levelname": level, "msg": text}))
    finally:
        handler.close()


@functools.cache
def _handler_type() -> type[RotatingFileHandler]:
    import logging.handlers

    class LogFileHandler(logging.handlers.RotatingFileHandler):
        """Lets a failure to write reach write_log (logging itself would print a traceback to stderr)."""

        def handleError(self, record: logging.LogRecord) -> None:
            raise  # the error being handled, from emit's except clause

    return LogFileHandler
