"""SIGTERM (a logout, ``kill``) and SIGINT (Ctrl+C in a terminal) end the window as closing it does.

Python runs a signal's handler only when Python next runs, and while Qt's event loop waits in
C++ it may not run for a long time. So the signal also writes a byte to a socket pair
(``signal.set_wakeup_fd``) whose reading end Qt watches (``QSocketNotifier``): Qt wakes, Python
runs, and every window is closed as the user would close it (the main window saves its
settings), long work under way is cancelled (its temporary files removed), and the
application quits. ``run_app`` then ends with status 128 + the signal's number (143 for
SIGTERM, 130 for SIGINT), as a shell reports a process the signal ended.
"""

from __future__ import annotations

import contextlib
import signal
from types import FrameType
from typing import Any

from PySide6.QtCore import QObject, QSocketNotifier
from PySide6.QtWidgets import QApplication

SIGNALS = (signal.SIGTERM, signal.SIGINT)


class QuitOnSignals(QObject):
    """Installed for the application's run; ``uninstall`` puts back what was there."""

    def __init__(self, app: QApplication):
        import socket  # here: the window's start does without it

        super().__init__(app)
        self.app = app
        self.received: int | None = None
        self._reader, self._writer = socket.socketpair()
        self._reader.setblocking(False)
        self._writer.setblocking(False)
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno(), warn_on_full_buffer=False)
        self._previous: dict[signal.Signals, Any] = {}
        for number in SIGNALS:
            if signal.getsignal(number) not in (signal.SIG_IGN, None):  # nohup's SIG_IGN stays
                self._previous[number] = signal.signal(number, self._noted)
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._woken)

    @property
    def status(self) -> int | None:
        """The exit status the signal asks for (128 + its number), or None if none came."""
        return None if self.received is None else 128 + self.received

    def _noted(self, signum: int, frame: FrameType | None) -> None:
        self.received = signum

    def _woken(self) -> None:
        with contextlib.suppress(OSError):
            while woken := self._reader.recv(64):
                if self.received is None and woken[-1] in SIGNALS:
                    self.received = woken[-1]
        if self.received is None:  # a signal without a handler of ours (the wakeup fd hears them all)
            return
        self.app.closeAllWindows()  # the main window's closeEvent saves its settings
        self.app.quit()  # and leaves every event loop, a long job's too: it cleans up

    def uninstall(self) -> None:
        self._notifier.setEnabled(False)
        for number, handler in self._previous.items():
            signal.signal(number, handler)
        signal.set_wakeup_fd(self._previous_fd)
        self._reader.close()
        self._writer.close()
