"""`make bench`: every speed figure of the app beside its target, measured here, medians printed.

Start-up variants run as fresh processes, alternating, RUNS times each (offscreen):
  (a) a bare PySide6 QMainWindow, to its first paint      benchmarks/bare_window.py
  (b) the app, to its first paint (the Overview's figures)  qingdao-viewer --smoke
  (c) the app, until every tab is built                     qingdao-viewer --smoke
  (d) a bare window holding one pyqtgraph PlotWidget       benchmarks/bare_window.py --plot
Interaction is measured in this process on the real window; a 200-row table's repaint under
the app's style against plain Fusion (the focus ring's cost) is benchmarks/bench_paint.py's. Scale is measured on the
largest profiles under the loader's limits (1 MiB, 100,000 items; benchmarks/make_big_profile.py):
one written as the app writes profiles (its big table is the one copied and scrolled, and the
app opens it), one in the slowest style to read, and 1 MiB of "[{}, {}, ...]" under a profile's
key, which the items limit refuses.
`--check` runs as a fresh process, timed, its peak memory (peak RSS, the interpreter's included)
read from Linux's VmHWM as it ends.
Many clusters (a library of 200 invented profiles, its window, importing 100 texts) are
benchmarks/bench_many.py's. The last line printed is the first-paint ratio (b)/(a).
"""

from __future__ import annotations

import functools
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_common import BENCH, REPO, RUNS, p95, report, results, run_env, timed
from bench_many import many_clusters
from bench_paint import table_repaint
from make_big_profile import KINDS, big_profile_text, largest, slow_profile_text
from text_import import text_import


def run_json(command: list[str]) -> dict[str, float]:
    env = run_env()
    result = subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True, timeout=300)
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{result.stderr}")
    figures: dict[str, float] = json.loads(result.stdout.strip().splitlines()[-1])
    return figures


def start_up() -> float:
    variants: dict[str, list[str]] = {
        "bare": [sys.executable, str(BENCH / "bare_window.py")],
        "app": [sys.executable, "-m", "qingdao_viewer", "--smoke"],
        "plot": [sys.executable, str(BENCH / "bare_window.py"), "--plot"],
    }
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(REPO / "qingdao_viewer")], env=run_env(), check=True)
    for command in variants.values():  # warm the file cache
        run_json(command)
    samples: dict[str, list[dict[str, float]]] = {name: [] for name in variants}
    for _ in range(RUNS):
        for name, command in variants.items():
            samples[name].append(run_json(command))

    def median(name: str, figure: str) -> float:
        return statistics.median(sample[figure] for sample in samples[name])

    bare, plot = median("bare", "first_paint_ms"), median("plot", "first_paint_ms")
    app_paint, app_ready = median("app", "first_paint_ms"), median("app", "ready_ms")
    print(f"(a) bare PySide6 window, first paint: {bare:.0f} ms (median of {RUNS})")
    print(f"(b) app, first paint with the Overview's figures: {app_paint:.0f} ms")
    print(f"(c) app, every tab built: {app_ready:.0f} ms")
    print(f"(d) bare window with one pyqtgraph PlotWidget, first paint: {plot:.0f} ms")
    report("start (b)/(a) first-paint ratio (app/bare Qt window)", app_paint / bare, "", 1.15)
    report("start (c)/(d) ready ratio (app ready/bare plot window)", app_ready / plot, "", 1.20)
    return app_paint / bare


def interaction(big: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from qingdao_viewer.package_data import embedded_profile_path
    from qingdao_viewer.profile import load_profile
    from qingdao_viewer.ui.app import create_application
    from qingdao_viewer.ui.main_window import MainWindow

    app = create_application()

    def frame(window: MainWindow) -> None:
        """Deliver what the change posted (show, layout, resize) and paint the frame it makes."""
        QApplication.sendPostedEvents()

    def ready_window(path: Path) -> MainWindow:
        window = MainWindow(load_profile(path), str(path))
        window.show()
        deadline = time.monotonic() + 30
        while window.pages.pending() and time.monotonic() < deadline:
            app.processEvents()
        frame(window)
        return window

    window = ready_window(embedded_profile_path())
    firsts = []
    for index in (1, 2, 3):

        def switch(i: int = index) -> None:
            window.tabs.setCurrentIndex(i)
            frame(window)

        firsts.append(timed(switch))
    report("first switch to each chart tab after ready (slowest of 3)", max(firsts), "ms", 50)

    switches = []
    for step in range(200):

        def switch_again(i: int = step % 4) -> None:
            window.tabs.setCurrentIndex(i)
            frame(window)

        switches.append(timed(switch_again))
    report("later tab switches, p95 of 200", p95(switches), "ms", 16)

    window.tabs.setCurrentIndex(1)
    frame(window)
    sizes = [(1100, 760), (1000, 700), (1200, 820), (900, 640)]
    resizes = []
    for step in range(40):

        def resize(size: tuple[int, int] = sizes[step % len(sizes)]) -> None:
            window.resize(*size)
            frame(window)

        resizes.append(timed(resize))
    report("resizing the window with a chart shown, p95 per frame", p95(resizes), "ms", 16)
    window.close()
    window.deleteLater()

    big_window = ready_window(big)
    big_window.tabs.setCurrentIndex(1)
    frame(big_window)
    view = big_window.pages.page(1).table_views()[0]

    def copy_all() -> None:
        view.selectAll()
        view.copy_selection()

    rows = view.model().rowCount()
    copies = [timed(copy_all) for _ in range(5)]
    report(f"copy of a whole {rows:,}-row table (median of 5)", statistics.median(copies), "ms", 1000)

    def scroll() -> None:
        bar = view.verticalScrollBar()
        bar.setValue(bar.value() + bar.pageStep())
        frame(big_window)

    scrolls = [timed(scroll) for _ in range(60)]
    report("scrolling that table a page at a time, p95 per frame", p95(scrolls), "ms", 16)
    from qingdao_viewer.ui import clipboard

    clipboard.clear()
    big_window.close()


# `--check PATH` as the command runs it, then this process's peak memory on a last line of its own.
# Read from Linux's VmHWM, which counts this program only: the kernel's ru_maxrss for a child
# also keeps the peak of the process that started it (this one, with Qt loaded), from before the exec.
_CHECK_AND_PEAK = """
import sys
from qingdao_viewer.cli import main
status = main(["--check", sys.argv[1]])
sys.stderr.flush()
peak = next(line for line in open("/proc/self/status") if line.startswith("VmHWM:"))
print(int(peak.split()[1]) / 1024, flush=True)
sys.exit(status)
"""


def check_run(path: Path) -> tuple[float, float, int]:
    """`--check PATH` in a fresh process: its time (ms), its peak memory (MB) and its exit status."""
    start = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-c", _CHECK_AND_PEAK, str(path)], cwd=REPO, env=run_env(), capture_output=True, text=True
    )
    elapsed = (time.perf_counter() - start) * 1000
    return elapsed, float(result.stdout.strip().splitlines()[-1]), result.returncode


def checked(name: str, path: Path, expected_status: int) -> None:
    """Median time and peak memory of --check of path, beside the targets: 1 s, 150 MB."""
    runs = [check_run(path) for _ in range(max(3, RUNS // 3))]
    if any(status != expected_status for _, _, status in runs):
        raise SystemExit(f"--check {path} did not exit {expected_status}")
    size = f" [{path.stat().st_size:,} bytes]"
    report(f"--check of {name} (median)", statistics.median(ms for ms, _, _ in runs), "ms", 1000, size)
    report("peak memory of that --check", statistics.median(mb for _, mb, _ in runs), "MB", 150)


def long_values(spaces: Path, letters: Path) -> None:
    """Reading a value of 100,000 spaces against one of 100,000 letters: a linear reader takes the same time."""
    from qingdao_viewer.profile import parse_profile

    texts = {path: path.read_text(encoding="utf-8") for path in (spaces, letters)}
    times: dict[Path, list[float]] = {path: [] for path in texts}
    for _ in range(5 * RUNS):  # alternating, so the machine's load falls on both alike
        for path, text in texts.items():
            times[path].append(timed(functools.partial(parse_profile, text, "bench.yaml")))
    space_ms, letter_ms = (statistics.median(times[path]) for path in (spaces, letters))
    print(f"read of a profile with a run of 100,000 spaces in a value: {space_ms:.1f} ms (median)")
    print(f"read of the same with 100,000 letters instead: {letter_ms:.1f} ms")
    report("spaces/letters read-time ratio", space_ms / letter_ms, "", 1.5)


def scale(files: dict[str, Path], rows: dict[str, int]) -> None:
    checked(f"the largest profile in the slowest style, {2 * rows['largest-slow']:,} rows", files["largest-slow"], 0)
    checked('1 MiB of "[{}, {}, ...]" under a profile key, refused', files["empty-mappings"], 2)
    long_values(files["spaces"], files["letters"])

    big = files["largest"]
    small = [run_json([sys.executable, "-m", "qingdao_viewer", "--smoke"]) for _ in range(3)]
    large = [run_json([sys.executable, "-m", "qingdao_viewer", "--smoke", str(big)]) for _ in range(3)]
    report(
        f"the app opens the largest profile ({2 * rows['largest']:,} rows), every tab ready (median)",
        statistics.median(sample["ready_ms"] for sample in large),
        "ms",
        3000,
    )
    small_mb = statistics.median(sample["peak_rss_mb"] for sample in small)
    large_mb = statistics.median(sample["peak_rss_mb"] for sample in large)
    report(
        "peak memory with that profile",
        large_mb,
        "MB",
        round(2 * small_mb + 200),
        f" [Qingdao: {small_mb:.0f} MB; target 2x Qingdao + 200 MB]",
    )


def _broken_library(folder: Path, count: int) -> None:
    """count profile-like files that only a full read refuses (half a profile, or a bad figure deep inside)."""
    text = (REPO / "data" / "qingdao-2024.yaml").read_text(encoding="utf-8")
    folder.mkdir(parents=True, exist_ok=True)
    for number in range(count):
        broken = text[: len(text) // 2 + number % 40] if number % 2 else text.replace("count: 881", "count: -881")
        (folder / f"broken-{number:04}.yaml").write_text(broken, encoding="utf-8")


def library_start() -> None:
    """Start-up with 1,000 broken files in the library folder, against an empty library.

    The broken files are profile-like (half a profile, or a bad figure deep inside): only a full
    read refuses them. The figures held to targets are the listing's own, in this process, as the
    window lists at start-up (after the first paint, before ready): 1,000 such files never read
    before (a first start: the window reads for 50 ms, then the rest after ready, in turns of the
    event loop), the same files remembered (every start after), and 1,000 foreign files (not
    profiles: refused before they are parsed), every one of them, with no budget. Then --smoke's
    ready in fresh processes, variants alternating, each library in an XDG_DATA_HOME of its own,
    printed beside the empty library's (on a loaded machine these differ by more than the listing
    takes).
    """
    from qingdao_viewer.library import CACHE_NAME, ProfileLibrary
    from qingdao_viewer.ui.main_window import LIBRARY_READ_BUDGET

    shipped = REPO / "data"
    with tempfile.TemporaryDirectory() as folder:
        homes = {name: Path(folder) / name for name in ("empty", "first", "remembered")}
        kept = {name: home / "qingdao-viewer" / "qingdao-viewer" / "profiles" for name, home in homes.items()}
        kept["empty"].mkdir(parents=True)
        for name in ("first", "remembered"):
            _broken_library(kept[name], 1000)
        foreign = Path(folder) / "foreign"
        foreign.mkdir()
        for number in range(1000):
            (foreign / f"foreign-{number:04}.yaml").write_bytes(os.urandom(2000))

        def listing_ms(path: Path, budget: float | None = None, forget: bool = False) -> float:
            if forget:
                (path / CACHE_NAME).unlink(missing_ok=True)
            return timed(lambda: ProfileLibrary(shipped, path).listing(budget=budget))

        whole = listing_ms(kept["remembered"])  # read whole once: remembered from now on
        print(f"listing 1,000 broken library files never read, each read whole: {whole:.0f} ms (once)")
        empty_ms = statistics.median(listing_ms(kept["empty"]) for _ in range(5))
        print(f"listing an empty library (the shipped profile only): {empty_ms:.1f} ms (median of 5)")
        first = statistics.median(listing_ms(kept["first"], LIBRARY_READ_BUDGET, forget=True) for _ in range(5))
        report("start-up listing of 1,000 broken library files never read (first start, median of 5)", first, "ms", 200)
        later = statistics.median(listing_ms(kept["remembered"], LIBRARY_READ_BUDGET) for _ in range(5))
        report("start-up listing of 1,000 broken library files remembered (later starts)", later, "ms", 200)
        foreign_ms = statistics.median(listing_ms(foreign, forget=True) for _ in range(5))  # all, no budget
        report("listing 1,000 foreign library files never read, every one (median of 5)", foreign_ms, "ms", 200)

        def ready(name: str) -> float:
            if name == "first":
                (kept[name] / CACHE_NAME).unlink(missing_ok=True)
            env = dict(run_env(), XDG_DATA_HOME=str(homes[name]))
            command = [sys.executable, "-m", "qingdao_viewer", "--smoke"]
            result = subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True, timeout=300)
            if result.returncode != 0:
                raise SystemExit(f"--smoke with the {name} library failed:\n{result.stderr}")
            return float(json.loads(result.stdout.strip().splitlines()[-1])["ready_ms"])

        samples: dict[str, list[float]] = {name: [] for name in homes}
        for _ in range(RUNS):
            for name in homes:
                samples[name].append(ready(name))
        empty, never, remembered = (statistics.median(samples[name]) for name in homes)
        print(
            f"--smoke ready, library empty / 1,000 broken files never read / remembered: {empty:.0f} / "
            f"{never:.0f} ({never - empty:+.0f}) / {remembered:.0f} ({remembered - empty:+.0f}) ms (medians of {RUNS})"
        )


def bundle() -> None:
    executable = REPO / "dist" / "qingdao-viewer" / "qingdao-viewer"
    if not executable.is_file():
        print("packaged bundle beside the source: no bundle built (run `make package` first)")
        return
    result = subprocess.run(
        [sys.executable, str(BENCH / "bundle_start.py"), str(executable), str(RUNS)],
        cwd=REPO,
        capture_output=True,
        text=True,
    )
    for line in result.stdout.splitlines():
        print(f"packaged bundle {line}")
    results.append(("bundle start", result.returncode == 0))


def main() -> int:
    print(f"Qingdao Viewer benchmarks on {os.cpu_count()} cores, QT_QPA_PLATFORM=offscreen, {RUNS} runs each")
    with tempfile.TemporaryDirectory() as folder:
        files = {kind: Path(folder) / f"{kind}.yaml" for kind in KINDS}
        for kind, path in files.items():
            path.write_text(KINDS[kind](), encoding="utf-8")
        rows = {"largest": largest(big_profile_text)[1], "largest-slow": largest(slow_profile_text)[1]}
        ratio = start_up()
        library_start()
        many_clusters()
        table_repaint()
        interaction(files["largest"])
        scale(files, rows)
    text_import(report)
    bundle()
    failing = [name for name, holds in results if not holds]
    summary = f"{len(results) - len(failing)} of {len(results)} targets hold"
    print(summary + (f"; failing: {failing}" if failing else ""))
    print(f"first-paint ratio (app/bare Qt window): {ratio:.2f}")
    return 1 if failing else 0


if __name__ == "__main__":
    status = main()
    sys.stdout.flush()
    # Skip interpreter teardown: tearing down the many windows this process made costs
    # time and measures nothing. (Under PySide6 6.12.0 it aborted: "deallocating None".)
    os._exit(status)
