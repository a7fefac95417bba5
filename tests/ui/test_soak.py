"""Soak: 2,000 mixed actions in one window; no Qt warning, no growing QObject count or memory.

Any Qt warning fails the test through ``qt_log_level_fail = WARNING`` in pyproject.toml.
Counts and memory are compared after a warm-up, when every cache and lazy import is in place.
"""

from __future__ import annotations

import gc
import random
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest
import shiboken6
from pyqtgraph.graphicsItems.GraphicsItem import GraphicsItem
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from qingdao_viewer.ui import export_prompts
from qingdao_viewer.ui.main_window import MainWindow

ACTIONS = 2000
WARM_UP = 300
MEMORY_GROWTH_LIMIT = 0.10


def resident_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    raise AssertionError("no VmRSS in /proc/self/status")


def settle() -> None:
    """Run what the event loop has queued, deletions included, as the app would between actions.

    pyqtgraph keeps the pixel vectors of the last 100 view transforms in a class-wide LRU
    cache (two Points each); it is bounded by design, and emptied here so it is not counted.
    """
    for _ in range(3):
        QApplication.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    cache = GraphicsItem._pixelVectorGlobalCache
    assert len(cache) <= 100
    cache.clear()
    gc.collect()


def live_qobjects() -> Counter[str]:
    """QObjects Python holds a wrapper for, by class, plus every widget Qt knows of."""
    census = Counter(type(wrapper).__name__ for wrapper in shiboken6.Shiboken.getAllValidWrappers())
    census["(widgets known to Qt)"] = len(QApplication.allWidgets())
    return census


def growth(before: Counter[str], after: Counter[str]) -> dict[str, int]:
    return {name: after[name] - before[name] for name in sorted(after) if after[name] > before[name]}


def close_message_boxes() -> int:
    boxes = [widget for widget in QApplication.topLevelWidgets() if isinstance(widget, QMessageBox)]
    for box in boxes:
        box.close()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return len(boxes)


def test_two_thousand_mixed_actions_leak_nothing(
    qtbot: QtBot,
    embedded_path: Path,
    tmp_path: Path,
    open_window: Callable[..., MainWindow],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    other = tmp_path / "jinan.yaml"
    other.write_text(
        embedded_path.read_text(encoding="utf-8")
        .replace("cluster: Qingdao", "cluster: Jinan")
        .replace("QINGDAO UNIVERSITY", "SHANDONG UNIVERSITY"),
        encoding="utf-8",
    )
    broken = tmp_path / "broken.yaml"
    broken.write_text("format: gii-cluster-profile/1\ncluster: [\n", encoding="utf-8")
    exports = tmp_path / "exports"
    (exports / "all").mkdir(parents=True)  # File > Export all asks for an existing folder
    replacing = []  # Export all into the same folder again asks before it replaces: the user says Replace
    monkeypatch.setattr(
        export_prompts, "confirm_replacing", lambda parent, folder, names: replacing.append(names) or True
    )

    window = open_window(embedded_path, settings=False)

    errors_shown = 0

    def open_broken() -> None:
        nonlocal errors_shown
        assert not window.doors.open_profile(str(broken))
        errors_shown += close_message_boxes()

    def select_and_copy() -> None:
        view = window.pages.current_view()
        if view is not None:
            view.selectAll()
        window.commands.copy()

    def export_a_chart(name: str) -> None:
        window.pages.show_tab(rng.randrange(1, 4))
        window.commands.export_chart(path=str(exports / name))

    actions: list[tuple[int, Callable[[], object]]] = [
        (30, lambda: window.pages.show_tab(rng.randrange(4))),
        (12, select_and_copy),
        (10, window.commands.copy_table),
        (4, window.commands.copy_chart),
        (6, lambda: window.commands.export_table_csv(path=str(exports / "table.csv"))),
        (2, lambda: export_a_chart("chart.png")),
        (2, lambda: export_a_chart("chart.svg")),
        (1, lambda: window.commands.export_all(str(exports / "all"))),
        (4, lambda: window.doors.open_profile(str(other))),
        (4, lambda: window.doors.open_profile(str(embedded_path))),
        (4, open_broken),
        (3, lambda: window.resize(rng.randrange(700, 1300), rng.randrange(500, 900))),
    ]
    weights = [weight for weight, _ in actions]
    rng = random.Random(20261129)  # the same sequence every run

    def checkpoint() -> tuple[Counter[str], float]:
        """The window at rest, every tab built, then what lives and the memory it holds."""
        qtbot.waitUntil(lambda: window.pages.pending() == 0)
        settle()
        return live_qobjects(), resident_mb()

    baseline_objects: Counter[str] = Counter()
    baseline_memory = 0.0
    samples: list[int] = []
    for number in range(1, ACTIONS + 1):
        _, action = rng.choices(actions, weights)[0]
        action()
        QApplication.processEvents()
        unexpected = [box.text() for box in QApplication.topLevelWidgets() if isinstance(box, QMessageBox)]
        assert not unexpected, f"action {number} showed a message: {unexpected}"
        if number == WARM_UP:
            baseline_objects, baseline_memory = checkpoint()
        elif number > WARM_UP and number % 100 == 0:
            samples.append(checkpoint()[0].total())

    final_objects, final_memory = checkpoint()
    assert errors_shown > 0, "the broken profile never got its dialog"
    assert replacing, "Export all never replaced an earlier export"
    assert sorted(path.name for path in exports.iterdir()) == ["all", "chart.png", "chart.svg", "table.csv"]
    # Measured at rest, the same window holds the same objects; a leak grows with every action.
    assert final_objects.total() <= baseline_objects.total(), (samples, growth(baseline_objects, final_objects))
    assert final_memory <= baseline_memory * (1 + MEMORY_GROWTH_LIMIT), (baseline_memory, final_memory)
