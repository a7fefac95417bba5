"""The figures painting decides, alone: `python benchmarks/bench_paint.py` (make bench runs them too).

- A 200-row table repainted under the app's style against plain Fusion (the focus ring's cost:
  a style that crosses into Python makes every style call of every paint a Python call),
  alternating, medians.
- The window's tab switches, first chart tab and resizing (bench.interaction), and the library
  window's sort and filter (bench_many.library_window), a 10-cluster comparison's tab switches
  (bench_compare.compare_ten): BENCH_PAINT_RUNS times each (3 by default),
  every figure's median of those runs printed last.
"""

from __future__ import annotations

import os
import re
import statistics
import sys
import tempfile
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"
sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_common
from bench_common import report, timed

ROWS = 200


def table_repaint() -> None:
    """A TableView of ROWS rows, all on screen, repainted: the app's style, then plain Fusion, alternating."""
    from PySide6.QtWidgets import QApplication, QStyleFactory

    from qingdao_viewer.tables import Column, Kind, Table
    from qingdao_viewer.ui.app import create_application
    from qingdao_viewer.ui.table_view import TableView

    app = create_application()
    columns = (Column("Name", Kind.TEXT), Column("Count", Kind.COUNT), Column("Share", Kind.SHARE))
    rows = tuple((f"Invented organization {row:03}", 1000 + 7 * row, row % 100) for row in range(ROWS))
    view = TableView(Table("bench", "Bench table", columns, rows))
    view.sortByColumn(1, view.horizontalHeader().sortIndicatorOrder())
    view.resize(700, view.verticalHeader().defaultSectionSize() * (ROWS + 2))
    view.show()
    view.setFocus()
    app.processEvents()
    fusion = QStyleFactory.create("Fusion")
    times: dict[str, list[float]] = {"app": [], "fusion": []}
    for _ in range(15):
        for name in times:
            view.setStyle(fusion if name == "fusion" else QApplication.style())
            app.processEvents()
            times[name].append(timed(view.viewport().repaint))
    app_ms, fusion_ms = (statistics.median(times[name]) for name in times)
    print(f"repainting a {ROWS}-row table, the app's style / plain Fusion: {app_ms:.1f} / {fusion_ms:.1f} ms (medians)")
    report(f"{ROWS}-row table repaint, the app's style over plain Fusion's", app_ms / fusion_ms, "", 1.2)
    view.setStyle(None)  # type: ignore[arg-type]
    view.close()


def main() -> int:
    from bench import interaction
    from bench_compare import compare_ten
    from bench_many import library_window
    from make_big_profile import KINDS

    runs = int(os.environ.get("BENCH_PAINT_RUNS", "3"))
    lines: dict[str, list[float]] = {}
    with tempfile.TemporaryDirectory() as folder:
        big = Path(folder) / "largest.yaml"
        big.write_text(KINDS["largest"](), encoding="utf-8")
        for _ in range(runs):
            start = len(_printed)
            table_repaint()
            interaction(big)
            library_window()
            compare_ten()
            for name, value in _printed[start:]:
                lines.setdefault(name, []).append(value)
    print(f"-- medians of {runs} runs --")
    for name, values in lines.items():
        print(f"{name}: {statistics.median(values):.2f}  ({', '.join(f'{value:.1f}' for value in values)})")
    return 0


_printed: list[tuple[str, float]] = []
_report = bench_common.report


def _recording_report(name: str, value: float, unit: str, target: float, detail: str = "") -> None:
    _printed.append((re.sub(r"\(p95 of \d+\)", "(p95)", name), value))
    _report(name, value, unit, target, detail)


if __name__ == "__main__":
    bench_common.report = _recording_report
    import bench
    import bench_compare
    import bench_many

    bench.report = bench_many.report = bench_compare.report = _recording_report  # type: ignore[assignment]
    report = _recording_report  # this module's table_repaint reports through it too
    status = main()
    sys.stdout.flush()
    os._exit(status)
