"""A signal that ends a command, raised only where raising it is safe (no Qt).

Python runs a signal handler between any two bytecodes, and an exception raised there may land
inside a Python method that Qt called from C++ (a pyqtgraph item's ``itemChange``, an enum Qt
makes on first use): Qt then drops it, or crashes. So the commands' handlers (``request``) raise
the exception at once only inside an ``interruptible`` region (the writing of a file: Python
and system calls alone, where the exception removes the temporary file), and otherwise keep it
for the next ``checkpoint``: between two steps of long work, at the start of a write, and when
the command is done.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator

_pending: type[BaseException] | None = None
_interruptible = 0


def request(exception: type[BaseException]) -> None:
    """From a signal handler: raise exception now if that is safe, else at the next checkpoint."""
    global _pending
    if _interruptible:
        raise exception
    _pending = exception


def checkpoint() -> None:
    """Raise the exception a signal asked for, if one did."""
    global _pending
    exception, _pending = _pending, None
    if exception is not None:
        raise exception


def forget() -> None:
    """Drop a request not yet raised (a command's end puts the handlers back)."""
    global _pending
    _pending = None


@contextlib.contextmanager
def interruptible() -> Iterator[None]:
    """A region of Python and system calls alone, where a signal's exception may be raised at once.

    Only the main thread's count: Python runs signal handlers there, wherever the others are.
    """
    global _interruptible
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    checkpoint()
    _interruptible += 1
    try:
        yield
    finally:
        _interruptible -= 1
