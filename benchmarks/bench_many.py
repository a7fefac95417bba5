"""Speed at scale, many clusters (issue 16), in `make bench`: generated, invented profiles only.

- Start-up with 200 kept profiles against the library holding only the shipped Qingdao:
  ``--smoke`` ready in fresh processes, alternating, medians (target: at most 1.05x).
- The library window with those 200: ready (built, shown, painted) within 200 ms; sorting by
  each column and filtering (a character typed) within one frame, 16 ms at the 95th percentile:
  the action, then the event loop until the grid has painted once (forcing a repaint before
  the loop ran painted a sort twice: once before the view's delayed layout, once after).
- Importing 100 profile texts at once (``import_job``, as the window and ``--import`` run it):
  within 5 s in all; its longest single step is printed (the window paints between steps, and
  reads on a worker thread).
- A comparison of 10 clusters ready within 500 ms, its tab switches within 16 ms (p95):
  benchmarks/bench_compare.py.
The profiles are Qingdao's figures under invented names, economies, editions and ranks.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench_common import REPO, RUNS, p95, report, run_env, timed

ECONOMIES = ("China", "United States of America", "Japan", "Germany", "Republic of Korea", "France", "India")


def invented_profiles(count: int) -> list[object]:
    from qingdao_viewer.profile import load_profile

    qingdao = load_profile(REPO / "data" / "qingdao-2024.yaml")
    profiles = []
    for number in range(count):
        ranks = qingdao.ranks._replace(size=number % 100 + 1, intensity=(number * 7) % 100 + 1)
        per_million = qingdao.per_million._replace(pct_applications=1000 + number, scientific_articles=9000 - number)
        profiles.append(
            qingdao._replace(
                cluster=f"Invented Cluster {number // 2:03}",
                economy=ECONOMIES[number % len(ECONOMIES)],
                year=2023 + number % 2,
                ranks=ranks,
                per_million=per_million,
            )
        )
    return profiles


def _keep_all(home: Path, count: int) -> Path:
    from qingdao_viewer.library import ProfileLibrary

    kept = home / "qingdao-viewer" / "qingdao-viewer" / "profiles"
    library = ProfileLibrary(REPO / "data", kept)
    for profile in invented_profiles(count):
        library.keep(profile, origin="bench")  # type: ignore[arg-type]
    library.listing()  # remembered, as after the first start
    return kept


def start_with_many() -> None:
    with tempfile.TemporaryDirectory() as folder:
        homes = {"Qingdao only": Path(folder) / "one", "200 kept": Path(folder) / "many"}
        homes["Qingdao only"].mkdir()
        _keep_all(homes["200 kept"], 200)

        def ready(home: Path) -> float:
            env = dict(run_env(), XDG_DATA_HOME=str(home))
            command = [sys.executable, "-m", "qingdao_viewer", "--smoke"]
            result = subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True, timeout=300)
            if result.returncode != 0:
                raise SystemExit(f"--smoke failed:\n{result.stderr}")
            return float(json.loads(result.stdout.strip().splitlines()[-1])["ready_ms"])

        samples: dict[str, list[float]] = {name: [] for name in homes}
        for _ in range(RUNS):
            for name, home in homes.items():
                samples[name].append(ready(home))
        one, many = (statistics.median(samples[name]) for name in homes)
        print(f"--smoke ready, Qingdao only / 200 kept profiles: {one:.0f} / {many:.0f} ms (medians of {RUNS})")
        report("start-up with 200 kept profiles / with Qingdao only (ready)", many / one, "", 1.05)


def paint_counter(widget: object) -> Any:
    """Counts a widget's paint events (made here so the module imports without Qt)."""
    from PySide6.QtCore import QEvent, QObject

    class Counter(QObject):
        def __init__(self) -> None:
            super().__init__(widget)  # type: ignore[arg-type]
            self.count = 0
            widget.installEventFilter(self)  # type: ignore[attr-defined]

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                self.count += 1
            return False

    return Counter()


def library_window() -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from qingdao_viewer.profile import load_profile
    from qingdao_viewer.ui.app import create_application
    from qingdao_viewer.ui.library_view import LibraryWindow
    from qingdao_viewer.ui.main_window import MainWindow

    app = create_application()
    with tempfile.TemporaryDirectory() as folder:
        os.environ["XDG_DATA_HOME"] = folder
        _keep_all(Path(folder), 200)
        path = REPO / "data" / "qingdao-2024.yaml"
        window = MainWindow(load_profile(path), str(path), settings=None)
        window.show()
        app.processEvents()
        window.session.relist()
        window.session.listing()  # the window lists the library after its first paint

        def open_view() -> LibraryWindow:
            view = LibraryWindow(window.session, lambda path: True, lambda a, b: True, lambda: True, window)
            view.show()
            view.repaint()
            app.processEvents()
            return view

        views: list[LibraryWindow] = []
        ready_ms = statistics.median(timed(lambda: views.append(open_view())) for _ in range(5))
        view = views[-1]
        print(f"library window with {len(view.session.listing().entries)} profiles")
        report("library window ready (built, shown, painted; median of 5)", ready_ms, "ms", 200)

        painted = paint_counter(view.grid.viewport())

        def frame(action: Callable[[], object]) -> float:
            """The action, then the event loop until the grid has painted (a sort lays out after a 0 ms timer)."""

            def run() -> None:
                before = painted.count
                action()
                for _ in range(20):
                    app.processEvents()
                    if painted.count > before:
                        break

            return timed(run)

        columns = view.grid.table_model.columnCount()
        sorts = [
            frame(lambda column=column, order=order: view.grid.sortByColumn(column, order))
            for _ in range(3)
            for column in range(columns)
            for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder)
        ]
        report(f"library table sort, each of {columns} columns both ways (p95 of {len(sorts)})", p95(sorts), "ms", 16)
        typed = "invented cluster 04"
        filters = []
        for _ in range(3):
            for end in range(1, len(typed) + 1):
                filters.append(frame(lambda end=end: view.filter_box.setText(typed[:end])))
            filters.append(frame(lambda: view.filter_box.setText("")))
        report(f"library table filter, a character typed (p95 of {len(filters)})", p95(filters), "ms", 16)
        for made in views:
            made.close()
        window.close()
        QApplication.clipboard().clear()


def import_many() -> None:
    from qingdao_viewer.importing import import_job
    from qingdao_viewer.library import ProfileLibrary
    from qingdao_viewer.steps import Offload

    seed = (REPO / "tests" / "fixtures" / "qingdao-2024-profile.txt").read_text(encoding="utf-8")
    with tempfile.TemporaryDirectory() as folder:
        texts = Path(folder) / "texts"
        texts.mkdir()
        for number in range(100):
            (texts / f"invented-{number:03}.txt").write_text(
                seed.replace("Qingdao", f"Invented Town {number:03}"), encoding="utf-8"
            )
        library = ProfileLibrary(REPO / "data", Path(folder) / "kept")
        job = import_job(library, [str(texts)])
        longest = 0.0
        value: object = None
        start = time.perf_counter()
        try:
            while True:
                step_start = time.perf_counter()
                step = job.send(value)
                value = step.work() if isinstance(step, Offload) else None
                longest = max(longest, (time.perf_counter() - step_start) * 1000)
        except StopIteration as stop:
            outcome = stop.value
        total = (time.perf_counter() - start) * 1000
        kept, refused = len(outcome.profiles), len(outcome.refused)
        print(f"importing 100 profile texts: {kept} kept, {refused} refused; longest step {longest:.0f} ms")
        report("importing 100 profile texts at once", total, "ms", 5000)


def many_clusters() -> None:
    from bench_compare import compare_ten

    library_window()
    compare_ten()
    import_many()
    start_with_many()


if __name__ == "__main__":
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    many_clusters()
