"""Milliseconds since this process started, for start-up measurements."""

from __future__ import annotations

import os
import time

_IMPORTED = time.monotonic()


def _process_start_monotonic() -> float:
    """When the process started, on the monotonic clock; the import time where unknown.

    Linux gives the start in clock ticks since boot (/proc/self/stat, field 22), which the
    boot-time clock measures too; elsewhere the first import of this module stands in.
    """
    try:
        with open("/proc/self/stat", encoding="ascii") as stream:
            fields = stream.read().rsplit(")", 1)[1].split()
        started_since_boot = int(fields[19]) / os.sysconf("SC_CLK_TCK")
        now_since_boot = time.clock_gettime(time.CLOCK_BOOTTIME)
        return time.monotonic() - (now_since_boot - started_since_boot)
    except (OSError, ValueError, IndexError, AttributeError):
        return _IMPORTED


_STARTED = _process_start_monotonic()


def ms_since_start() -> float:
    return (time.monotonic() - _STARTED) * 1000.0
