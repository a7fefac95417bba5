"""What --export and --report share: the profile they work on, Qt with no display, and the end on a signal."""

from __future__ import annotations

import contextlib
import os
import signal
import sys
from collections.abc import Iterator
from types import FrameType
from typing import Any

from qingdao_viewer import interrupts
from qingdao_viewer.commands.status import Terminated
from qingdao_viewer.package_data import embedded_profile_path
from qingdao_viewer.profile import ClusterProfile, ProfileError, load_profile


def load_for_command(profile_path: str | None) -> ClusterProfile | None:
    """The profile a command works on (default: the embedded one); None, with the reason on stderr, if bad."""
    try:
        return load_profile(profile_path or str(embedded_profile_path()))
    except ProfileError as error:
        print(error, file=sys.stderr)
        return None


def _terminate(signum: int, frame: FrameType | None) -> None:
    interrupts.request(Terminated)


def _interrupt(signum: int, frame: FrameType | None) -> None:
    interrupts.request(KeyboardInterrupt)


@contextlib.contextmanager
def signals_end_command() -> Iterator[None]:
    """While this runs, SIGTERM and SIGINT end the command as an exception: at once while a file is
    being written, which removes its temporary file (``files.StagedFiles``), else at the next safe
    point (``interrupts``: between two steps of an export or a report, before a write, at the end).
    The command then ends with status 143 or 130 (``cli.main``), and the files written before stay
    as they were. A signal the command was started ignoring (``nohup``) stays ignored; the handlers
    before are put back after.
    """
    previous: dict[signal.Signals, Any] = {}
    for number, handler in ((signal.SIGTERM, _terminate), (signal.SIGINT, _interrupt)):
        if signal.getsignal(number) not in (signal.SIG_IGN, None):
            previous[number] = signal.signal(number, handler)
    try:
        yield
        interrupts.checkpoint()  # a signal that came after the last safe point: the work is done, whole
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)
        interrupts.forget()


def start_headless_qt() -> None:
    """A QApplication on the offscreen platform: no display is needed or used, whatever the environment says."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        global _HEADLESS_APP
        _HEADLESS_APP = QApplication([sys.argv[0] if sys.argv else "qingdao-viewer"])


_HEADLESS_APP: object = None  # kept referenced for the command's lifetime
