"""The window comparing 3, 5 and 10 clusters: the layout rule measured, the grouped charts, the dialog.

The clusters beside Qingdao are INVENTED (tests/fixtures/invented-many: made-up figures, some
names differing from another's only in accents or dashes).
"""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from qingdao_viewer.profile import load_profile
from qingdao_viewer.tables import display_text
from qingdao_viewer.ui.compare_dialog import MAX_OTHERS, CompareDialog, comparable
from qingdao_viewer.ui.compare_tabs import (
    MIN_COLUMN,
    CompareCollaborationTab,
    CompareOverviewTab,
    SideBySideTab,
    clusters_per_row,
)
from qingdao_viewer.ui.library_view import LibraryWindow
from qingdao_viewer.ui.main_window import MainWindow

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
INVENTED = sorted((FIXTURES / "invented-many").glob("cluster-*.yaml"))


def settle(qtbot: QtBot) -> None:
    for _ in range(3):
        QApplication.processEvents()
    qtbot.wait(10)


def comparing(window: MainWindow, qtbot: QtBot, count: int) -> None:
    assert window.doors.compare_with([str(path) for path in INVENTED[: count - 1]])
    qtbot.waitUntil(lambda: window.pages.pending() == 0, timeout=30_000)


def bands(tab: SideBySideTab) -> list[list[int]]:
    """The clusters' columns as laid out, measured: the clusters whose headings share a top, row by row."""
    tops: dict[int, list[int]] = {}
    for index, name in enumerate(tab.headings):
        top = name.mapTo(tab.page, QPoint(0, 0)).y()
        tops.setdefault(top, []).append(index)
    return [tops[top] for top in sorted(tops)]


# At 800x600 two clusters' columns fit at least 360 px wide, so they go in twos; at 1920x1080 five fit.
EXPECTED = {(800, 3): 2, (800, 5): 2, (800, 10): 2, (1920, 3): 3, (1920, 5): 5, (1920, 10): 5}


@pytest.mark.parametrize("count", [3, 5, 10])
def test_top_lists_go_side_by_side_while_readable_and_wrap_below_otherwise(
    window: MainWindow, qtbot: QtBot, count: int
) -> None:
    comparing(window, qtbot, count)
    for width, height in ((800, 600), (1920, 1080)):
        window.resize(width, height)
        settle(qtbot)
        for index in (1, 2, 3):
            window.pages.show_tab(index)
            settle(qtbot)
            page = window.pages.page(index)
            tab = page.sides if isinstance(page, CompareCollaborationTab) else page
            assert isinstance(tab, SideBySideTab)
            laid = bands(tab)
            per_row = EXPECTED[(width, count)]
            assert len(laid[0]) == per_row == clusters_per_row(tab.room(), count), (width, index)
            assert [cluster for band in laid for cluster in band] == list(range(count))  # in order, row by row
            assert all(len(band) == per_row for band in laid[:-1])
            viewport = tab.page.parentWidget()
            assert viewport is not None
            for band in laid:
                xs = [tab.headings[cluster].mapTo(tab.page, QPoint(0, 0)).x() for cluster in band]
                assert xs == sorted(xs)
                for cluster in band:
                    name = tab.headings[cluster]
                    assert name.width() >= MIN_COLUMN, (width, count, name.width())
                    right = name.mapTo(window, QPoint(name.width(), 0)).x()
                    assert right <= window.width(), "a column runs off the window's right edge"
            for upper, lower in itertools.pairwise(laid):  # each band wholly below the one above
                upper_bottom = max(
                    widget.mapTo(tab.page, QPoint(0, widget.height())).y()
                    for cluster in upper
                    for widget, _ in tab.columns[cluster]
                    if widget.isVisible()
                )
                assert tab.headings[lower[0]].mapTo(tab.page, QPoint(0, 0)).y() >= upper_bottom


def test_a_narrow_window_stacks_the_clusters_one_under_another(window: MainWindow, qtbot: QtBot) -> None:
    comparing(window, qtbot, 3)
    window.pages.show_tab(1)
    tab = window.pages.page(1)
    assert isinstance(tab, SideBySideTab)
    window.resize(MIN_COLUMN + 200, 600)  # as narrow as the window goes: room for one column of 360 px, not two
    settle(qtbot)
    assert tab.room() < 2 * MIN_COLUMN, f"the window could not be made narrower than {window.width()} px"
    assert bands(tab) == [[0], [1], [2]]
    xs = {name.mapTo(tab.page, QPoint(0, 0)).x() for name in tab.headings}
    assert len(xs) == 1


@pytest.mark.parametrize("count", [3, 5, 10])
def test_the_grouped_charts_have_a_bar_per_cluster_as_tall_as_its_figure(
    window: MainWindow, qtbot: QtBot, count: int
) -> None:
    comparing(window, qtbot, count)
    overview = window.pages.page(0)
    assert isinstance(overview, CompareOverviewTab)
    both = window.session.comparison.both if window.session.comparison else None
    assert both is not None
    per_million, collaboration = overview.grouped_charts
    assert per_million.table is both.per_million and collaboration.table is both.collaboration
    profiles = [window.session.profile, *(load_profile(path) for path in INVENTED[: count - 1])]
    expected = {
        per_million: [[p.per_million.pct_applications, p.per_million.scientific_articles] for p in profiles],
        collaboration: [[p.patents.collaboration.share, p.publications.collaboration.share] for p in profiles],
    }
    for chart, figures in expected.items():
        assert len(chart.bars) == count  # a bar item per cluster ...
        for bars, cluster_figures in zip(chart.bars, figures, strict=True):
            assert list(bars.opts["height"]) == cluster_figures  # ... one bar per figure, as tall as it
            assert len(bars.opts["x"]) == 2
        xs = [x for bars in chart.bars for x in bars.opts["x"]]
        assert len(set(xs)) == 2 * count  # no two bars in one place
        assert [label.full_text() for label in chart.legend_names] == [c.header for c in chart.table.columns[1:]]
        kind = chart.table.columns[1].kind
        printed = sorted(label.textItem.toPlainText() for label in chart.value_labels)
        assert printed == sorted(display_text(value, kind) for cluster in figures for value in cluster)
        assert "CC BY 4.0" in chart.source.text()
    assert "1,742" in [label.textItem.toPlainText() for label in per_million.value_labels]  # Qingdao's, as printed


def test_the_dialog_takes_several_and_says_at_most_nine(window: MainWindow, qtbot: QtBot) -> None:
    for path in INVENTED:
        window.session.keep(load_profile(path), origin="test")
    entries = comparable(window.session)
    assert len(entries) == 10
    dialog = CompareDialog(entries, window)
    qtbot.addWidget(dialog)
    assert str(MAX_OTHERS) in dialog.prompt.text()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    for row in (0, 2, 4):
        dialog.choices.item(row).setSelected(True)
    chosen = dialog.chosen()
    assert isinstance(chosen, list) and chosen == [entries[0], entries[2], entries[4]]
    assert ok.isEnabled() and dialog.limit.isHidden()
    for row in range(10):
        dialog.choices.item(row).setSelected(True)
    assert not ok.isEnabled() and not dialog.limit.isHidden() and "9" in dialog.limit.text()
    dialog.choices.item(9).setSelected(False)
    assert ok.isEnabled()
    chosen = dialog.chosen()
    assert isinstance(chosen, list) and len(chosen) == 9
    assert window.doors.compare_with([str(entry.path) for entry in chosen])
    assert window.session.comparison is not None and window.session.comparison.both.clusters == 10
    assert window.windowTitle().startswith("Qingdao, China, GII 2024 and 9 other clusters — compared")


def test_the_library_window_compares_five_selected(window: MainWindow, qtbot: QtBot) -> None:
    for path in INVENTED[:4]:
        window.session.keep(load_profile(path), origin="test")
    library = LibraryWindow(window.session, window.doors.open_profile, window._compare, lambda: True, window)
    qtbot.addWidget(library)
    library.show()
    qtbot.waitExposed(library)
    library.grid.selectAll()
    assert len(library.selected_entries()) == 5 and library.compare_button.isEnabled()
    assert library.compare_selected()
    comparison = window.session.comparison
    assert comparison is not None and comparison.both.clusters == 5
    names = {window.session.profile.cluster, *(other.profile.cluster for other in comparison.others)}
    assert names == {"Qingdao", "Nordmark–Süd", "Nordmark-Sud", "Léonville", "Leonville"}


def test_export_all_writes_every_clusters_tables_and_the_comparison(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    comparing(window, qtbot, 5)
    written = window.commands.export_all(str(tmp_path))
    names = {path.name for path in written}
    assert sum(name.endswith("-key-figures.csv") for name in names) == 6  # five clusters' and the comparison's
    assert "qingdao-2024-and-4-others-comparison-collaboration.csv" in names
    assert "qingdao-2024-and-4-others.xlsx" in names and "datapackage.json" in names


def test_the_grouped_charts_follow_a_dark_theme(window: MainWindow, qtbot: QtBot) -> None:
    from PySide6.QtGui import QPalette

    from qingdao_viewer.ui.theme import apply_theme

    comparing(window, qtbot, 3)
    overview = window.pages.page(0)
    assert isinstance(overview, CompareOverviewTab)
    chart = overview.grouped_charts[0]
    try:
        apply_theme("dark")
        settle(qtbot)
        text = chart.palette().color(QPalette.ColorRole.WindowText)
        assert text.lightness() > 128  # light text on a dark ground
        assert all(label.color == text for label in chart.value_labels)
        assert chart.plot.backgroundBrush().color() == chart.palette().color(QPalette.ColorRole.Base)
    finally:
        apply_theme("light")


def test_the_report_of_the_windows_comparison_has_all_five(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    from qingdao_viewer.report import report_pdf_bytes

    comparing(window, qtbot, 5)
    comparison = window.session.comparison
    assert comparison is not None
    written = window.commands.export_report(str(tmp_path / "five.pdf"))
    assert written is not None
    others = [(other.profile, other.tables) for other in comparison.others]
    assert len(others) == 4
    expected = report_pdf_bytes(window.session.profile, window.session.tables, others, comparison.both)
    assert written.read_bytes() == expected
