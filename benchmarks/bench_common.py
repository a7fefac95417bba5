"""What every benchmark shares: paths, the number of runs, the targets' report and the timers."""

from __future__ import annotations

import os
import statistics
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
BENCH = Path(__file__).resolve().parent
RUNS = int(os.environ.get("BENCH_RUNS", "11"))

results: list[tuple[str, bool]] = []


def report(name: str, value: float, unit: str, target: float, detail: str = "") -> None:
    holds = value <= target
    results.append((name, holds))
    shown = f"{value:.2f}" if unit == "" else f"{value:.0f} {unit}" if value >= 10 else f"{value:.1f} {unit}"
    limit = f"{target:.2f}" if unit == "" else f"{target:g} {unit}"
    print(f"{name}: {shown} (target <= {limit}: {'holds' if holds else 'FAILS'}){detail}", flush=True)


def run_env() -> dict[str, str]:
    """The environment a user's start has: offscreen here, and Python's bytecode cache in use.

    Some machines set PYTHONDONTWRITEBYTECODE, which makes every start compile the whole app
    from source; a user's Python (and the packaged app) starts from compiled bytecode.
    """
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return (time.perf_counter() - start) * 1000


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[18]
