"""Long work as steps (no Qt): a generator that yields between its steps, so a window can keep painting.

A job (an export into a folder, the PDF report) is a generator. It yields ``Progress`` after
each step, and ``Offload(work)`` for work that needs no Qt and may run on another thread
(the value ``work`` returns is sent back into the generator; an exception it raises is thrown
in). ``run_steps`` runs a job here and now, start to end, for the commands; the window runs
one a step per turn of its event loop, with a progress dialog (``ui.progress``). Closing the
generator (Cancel) is cleaning up: a job's ``finally`` and ``with`` blocks remove what it
had begun; so is an exception thrown in, such as a command's SIGTERM (``interrupts``), which
``run_steps`` throws in between two steps.
"""

from __future__ import annotations

from collections.abc import Callable, Generator
from typing import NamedTuple, TypeVar

from qingdao_viewer import interrupts

T = TypeVar("T")


class Progress(NamedTuple):
    """How far the job is: done of total (total may grow as the job learns more)."""

    done: int
    total: int


class Offload(NamedTuple):
    """Work with no Qt objects, which may run on another thread; its value is sent back to the job."""

    work: Callable[[], object]


Step = Progress | Offload
Steps = Generator[Step, object, T]


def run_steps(steps: Steps[T]) -> T:
    """Run every step in this thread (offloaded work in line); return the job's value, or raise its error."""
    value: object = None
    error: BaseException | None = None
    try:
        while True:
            step = steps.send(value) if error is None else steps.throw(error)
            value, error = None, None
            try:
                interrupts.checkpoint()  # a SIGTERM that came during the step ends the job here
            except BaseException as stop:
                error = stop
                continue
            if isinstance(step, Offload):
                try:
                    value = step.work()
                except BaseException as failure:  # thrown into the job, whose cleanup then runs
                    error = failure
    except StopIteration as stop:
        return stop.value
    finally:
        steps.close()


def received(value: object, kind: type[T]) -> T:
    """The value sent back for an Offload, as the type the job expects of it."""
    if not isinstance(value, kind):
        raise TypeError(f"expected {kind.__name__}, got {type(value).__name__}")
    return value
