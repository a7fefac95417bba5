"""Long work in the window: a step per turn of the event loop, under a progress dialog with Cancel.

A job is a generator of ``steps`` (the report, Export all). ``run_steps`` runs it while the
window keeps painting: each step in a turn of the event loop of its own, the work a step hands
off (``Offload``: the workbook's bytes, with no Qt) on a worker thread, so the window paints
then too. After ``SHOW_AFTER_MS`` a window-modal progress dialog shows how far it is, with
Cancel; work that ends sooner shows none, and until the dialog shows, the window's keys and
clicks are set aside (it still paints). Cancel, closing the dialog, or the application quitting
(a SIGTERM, ``quit_signals``) closes the generator, whose cleanup removes what it had begun.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from qingdao_viewer.i18n import translate
from qingdao_viewer.steps import Offload, Progress, Steps

T = TypeVar("T")
SHOW_AFTER_MS = 500  # work that ends sooner shows no dialog
INPUT = frozenset(
    {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.ShortcutOverride,
        QEvent.Type.Shortcut,
        QEvent.Type.Wheel,
        QEvent.Type.ContextMenu,
        QEvent.Type.Drop,
    }
)
_workers: set[threading.Thread] = set()  # offloaded work still running (after a Cancel, say)


class _Relay(QObject):
    """Brings a worker thread's result to the GUI thread, where it was made."""

    arrived = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.arrived.connect(self.deliver, Qt.ConnectionType.QueuedConnection)

    @Slot(object)
    def deliver(self, callback: Callable[[], None]) -> None:
        callback()


_relay: list[_Relay] = []


def _the_relay() -> _Relay:
    if not _relay:
        _relay.append(_Relay())
    return _relay[0]


def finish_offloaded_work() -> None:
    """Wait for work threads still running: called as the application ends, before Qt is gone."""
    for worker in list(_workers):
        worker.join()


class _InputWaits(QObject):
    """Sets aside the window's keys and clicks while the work runs and its dialog is not yet shown."""

    def __init__(self, window: QWidget, dialog: QProgressDialog):
        super().__init__(dialog)
        self.window, self.dialog = window, dialog

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Override QObject::eventFilter: input to the window (and its shortcuts) waits for the dialog."""
        if event.type() not in INPUT or self.dialog.isVisible():
            return False
        if event.type() == QEvent.Type.Shortcut:
            return True
        return isinstance(watched, QWidget) and watched.window() is self.window


class SteppedWork(Generic[T]):
    """One job run in the window by ``run_steps``. A plain object, not a QObject: a worker thread may
    hold it last."""

    def __init__(self, window: QWidget, title: str, label: str, steps: Steps[T]):
        self.window, self.title, self.label, self.steps = window, title, label, steps
        self.dialog: QProgressDialog | None = None
        self.loop: QEventLoop | None = None
        self.value: T | None = None
        self.error: BaseException | None = None
        self.done = self.cancelled = False
        self._send: object = None
        self._throw: BaseException | None = None

    def run(self) -> T | None:
        """Run every step; the job's value, or None if cancelled. Raises the job's error."""
        app = QCoreApplication.instance()
        dialog = self.dialog = QProgressDialog(self.label, translate("MainWindow", "Cancel"), 0, 0, self.window)
        dialog.setWindowTitle(self.title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(SHOW_AFTER_MS)
        dialog.canceled.connect(self.cancel)
        waits = _InputWaits(self.window, dialog)
        if app is not None:
            app.installEventFilter(waits)
        self.loop = QEventLoop()
        QTimer.singleShot(0, self._next)
        try:
            if not self.done:
                self.loop.exec()
        finally:
            if app is not None:
                app.removeEventFilter(waits)
            dialog.canceled.disconnect(self.cancel)
            dialog.hide()
            dialog.deleteLater()
            self.dialog = self.loop = None
            if not self.done:  # cancelled, or the application is quitting: the job cleans up
                self.cancelled = True
                self.steps.close()
        if self.error is not None:
            raise self.error
        return None if self.cancelled else self.value

    def cancel(self) -> None:
        """Cancel (the button, closing the dialog): the job stops before its next step."""
        if not self.done:
            self.cancelled = True
            self._end()

    def _end(self) -> None:
        if self.loop is not None:
            self.loop.quit()

    def _next(self) -> None:
        if self.done or self.cancelled or self.dialog is None:
            return
        try:
            step = self.steps.send(self._send) if self._throw is None else self.steps.throw(self._throw)
        except StopIteration as stop:
            self.value, self.done = stop.value, True
            self._end()
            return
        except BaseException as error:  # raised by run() once the loop has ended
            self.error, self.done = error, True
            self._end()
            return
        self._send, self._throw = None, None
        if isinstance(step, Offload):
            self._offload(step)
            return
        self._show(step)
        QTimer.singleShot(0, self._next)

    def _show(self, progress: Progress) -> None:
        if self.dialog is not None and progress.total > 0:
            self.dialog.setMaximum(progress.total)
            self.dialog.setValue(min(progress.done, progress.total))  # may handle a click on Cancel

    def _offload(self, step: Offload) -> None:
        relay = _the_relay()

        def work() -> None:
            try:
                value: object = step.work()
                failure: BaseException | None = None
            except BaseException as error:  # given to the job, in the GUI thread
                value, failure = None, error
            finally:
                _workers.discard(threading.current_thread())
            relay.arrived.emit(lambda: self._offloaded(value, failure))

        worker = threading.Thread(target=work, name="qingdao-viewer-work")
        _workers.add(worker)
        worker.start()

    def _offloaded(self, value: object, failure: BaseException | None) -> None:
        self._send, self._throw = value, failure
        self._next()
