"""Uncaught errors in the GUI become a dialog and a log entry, and the app keeps running.

PySide6 hands an exception raised in a slot to ``sys.excepthook``; the default hook
prints to stderr, which a windowed app may not have. This one writes the traceback to
the log, then shows it in a dialog the user can copy from to report it.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

from qingdao_viewer.app_log import log_error
from qingdao_viewer.i18n import translate

if TYPE_CHECKING:
    from qingdao_viewer.ui.error_dialog import ErrorDialog

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


class ExceptionHandler(QObject):
    """Installed as ``sys.excepthook`` while the window runs; ``uninstall`` puts the old hook back."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._previous: ExceptHook | None = None
        self.dialog: ErrorDialog | None = None

    def install(self) -> None:
        self._previous = sys.excepthook
        sys.excepthook = self.handle

    def uninstall(self) -> None:
        if self._previous is not None and sys.excepthook == self.handle:
            sys.excepthook = self._previous
        self._previous = None

    def handle(self, kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):  # Ctrl+C in the terminal that started the app
            QApplication.quit()
            return
        try:
            self._report(kind, error, tb)
        except Exception:
            if sys.stderr is not None:
                sys.__excepthook__(kind, error, tb)

    def _report(self, kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        details = "".join(traceback.format_exception(kind, error, tb))
        logged = log_error(f"uncaught {kind.__name__}: {error}\n{details}")
        where = (
            translate("Crash", "The details were written to {log}.").format(log=logged)
            if logged
            else translate("Crash", "The details could not be written to the log.")
        )
        summary = translate("Crash", "Something went wrong: {error}\n\nThe app keeps running. {where}").format(
            error=f"{kind.__name__}: {error}", where=where
        )
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.add(summary, details)
            return
        from qingdao_viewer.ui.error_dialog import ErrorDialog  # made when first needed: not at start

        parent = QApplication.activeWindow()
        self.dialog = ErrorDialog(summary, details, parent)
        self.dialog.destroyed.connect(self._dialog_gone)
        self.dialog.open()

    def _dialog_gone(self) -> None:
        self.dialog = None
