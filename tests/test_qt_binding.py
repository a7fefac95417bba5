"""The installed Qt binding keeps Python's reference counts right.

PySide6-Essentials 6.12.0 under Python 3.11 takes one reference off None on every call of
a method that returns nothing; a few thousand calls later the process aborts with
"deallocating None". (Python 3.12 and later make None immortal, which hides it.) This runs
in a subprocess, so a binding with the fault fails this test instead of crashing the run.
"""

from __future__ import annotations

from cli_runner import run_python

PROBE = """
import sys
from PySide6.QtCore import QRectF
rect = QRectF()
before = sys.getrefcount(None), sys.getrefcount(True)
for _ in range(1000):
    rect.setWidth(1.0)       # returns nothing
    rect.isNull()            # returns a bool
after = sys.getrefcount(None), sys.getrefcount(True)
print(after[0] - before[0], after[1] - before[1])
"""


def test_calls_into_qt_leave_none_and_true_counted_right() -> None:
    result = run_python("-c", PROBE, timeout=60)
    assert result.returncode == 0, result.stderr[-2000:]
    none_change, true_change = (int(part) for part in result.stdout.split())
    # A handful either way is Python's own bookkeeping; the fault gives -1000.
    assert abs(none_change) < 50 and abs(true_change) < 50, result.stdout
