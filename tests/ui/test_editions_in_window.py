"""One cluster across editions on the Overview: shown only with two editions kept, exact, following the library.

The editions in tests/fixtures/editions are INVENTED (editions, names and figures) for the tests.
"""

from __future__ import annotations

import math
from pathlib import Path

from PySide6.QtCore import QModelIndex, QPointF
from PySide6.QtWidgets import QApplication

from qingdao_viewer.library import default_library
from qingdao_viewer.profile import load_profile
from qingdao_viewer.ui.editions_section import EditionsSection
from qingdao_viewer.ui.main_window import MainWindow
from qingdao_viewer.ui.tabs import OverviewTab
from tests.ui.conftest import OpenWindow

EDITIONS = Path(__file__).resolve().parent.parent / "fixtures" / "editions"
DATA = Path(__file__).resolve().parent.parent.parent / "data"
QINGDAO_2023 = EDITIONS / "qingdao-2023-invented.yaml"


def section(window: MainWindow) -> EditionsSection | None:
    page = window.pages.page(0)
    assert isinstance(page, OverviewTab)
    return page.editions_section


def shown_cells(found: EditionsSection) -> list[list[str]]:
    model = found.view.model()
    header = [str(model.headerData(c, found.view.horizontalHeader().orientation())) for c in range(model.columnCount())]
    rows = [
        [str(model.index(r, c, QModelIndex()).data()) for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]
    return [header, *rows]


def keep(window: MainWindow, path: Path) -> None:
    window.session.keep(load_profile(path), origin="test")


def test_one_edition_shows_no_section(window: MainWindow) -> None:
    assert section(window) is None
    assert not [w for w in window.pages.page(0).findChildren(EditionsSection)]


def test_a_second_edition_kept_shows_the_table_with_exact_cells_and_the_note(window: MainWindow) -> None:
    keep(window, QINGDAO_2023)
    found = section(window)
    assert found is not None and found.isVisible()
    assert shown_cells(found) == [
        ["Figure", "GII 2023", "GII 2024", "Change, GII 2023 to 2024\n(between published editions)"],  # on screen
        ["Rank in the top 100 by size", "22", "20", "-2"],
        ["Rank by intensity", "—", "23", "—"],  # 2023 (invented) prints none: no change invented
        ["Rank in its economy", "9", "8", "-1"],
        ["PCT applications per million inhabitants", "1,650", "1,742", "92"],
        ["Scientific articles per million inhabitants", "9,120", "9,697", "577"],
        ["PCT applications co-invented (%)", "3", "2", "-1"],
        ["Articles co-published with other organizations (%)", "61", "63", "2"],
    ]
    assert "WIPO redraws cluster boundaries and restates ranks" in found.note.text()
    assert "as published" in found.note.text()
    credit = found.source.full_text()
    assert credit.startswith("Source: not given in this profile.") and "CC BY 4.0" in credit


def test_the_chart_has_a_line_per_rank_kind_whose_points_are_the_ranks_with_1_on_top(window: MainWindow) -> None:
    keep(window, QINGDAO_2023)
    found = section(window)
    assert found is not None
    chart = found.chart
    lines = {}
    for label, curve in chart.curves:
        xs, ys = curve.getData()
        lines[label] = [(int(x), None if math.isnan(y) else int(y)) for x, y in zip(xs, ys, strict=True)]
    assert lines == {
        "Rank in the top 100 by size": [(2023, 22), (2024, 20)],
        "Rank by intensity": [(2023, None), (2024, 23)],
        "Rank in its economy": [(2023, 9), (2024, 8)],
    }
    labels = sorted((label.pos().x(), label.pos().y(), label.toPlainText()) for label in chart.value_labels)
    assert labels == [(2023, 9, "9"), (2023, 22, "22"), (2024, 8, "8"), (2024, 20, "20"), (2024, 23, "23")]
    box = chart.plot.getViewBox()
    assert box.yInverted()
    top, bottom = (box.mapViewToScene(QPointF(2024, rank)).y() for rank in (8, 23))
    assert top < bottom  # a better rank is higher on the chart
    years = [box.mapViewToScene(QPointF(year, 20)).x() for year in (2023, 2024)]
    assert years[0] < years[1]  # oldest on the left
    assert chart.graphics.isVisible() and chart.height() >= 200


def test_the_section_goes_when_the_other_edition_is_forgotten(window: MainWindow) -> None:
    keep(window, QINGDAO_2023)
    assert section(window) is not None
    [entry] = [e for e in window.session.listing().entries if e.year == 2023]
    window.session.forget(entry)
    assert section(window) is None


def test_it_follows_the_profile_shown(window: MainWindow) -> None:
    keep(window, EDITIONS / "sao-paulo-2023-invented.yaml")
    assert section(window) is None  # another cluster's edition: Qingdao has one
    assert window.doors.open_profile(str(EDITIONS / "sao-paulo-2024-invented.yaml"))
    found = section(window)
    assert found is not None
    assert shown_cells(found)[1] == ["Rank in the top 100 by size", "63", "60", "-3"]  # "Sao Paulo" 23, "São Paulo" 24
    assert found.table.title == "São Paulo across editions — GII 2023, 2024"
    assert window.doors.open_profile(str(EDITIONS / "tokyo-yokohama-2024-invented.yaml"))
    assert section(window) is None


def test_editions_kept_before_the_window_opens_are_shown_once_it_is_ready(open_window: OpenWindow) -> None:
    default_library().keep(load_profile(EDITIONS / "tokyo-yokohama-2023-invented.yaml"), origin="test")
    tokyo = EDITIONS / "tokyo-yokohama-2024-invented.yaml"
    window = open_window(tokyo)
    found = section(window)
    assert found is not None and found.isVisible()
    assert [p.cluster for p in found.editions] == ["Tokyo-Yokohama", "Tokyo–Yokohama"]
    assert window.session.editions() == list(found.editions)


def test_its_table_copies_and_exports_like_every_table(window: MainWindow, tmp_path: Path) -> None:
    keep(window, QINGDAO_2023)
    found = section(window)
    assert found is not None
    found.view.copy_table()
    text = QApplication.clipboard().text()
    assert "Change, GII 2023 to 2024 (between published editions)" in text
    assert "Rank in the top 100 by size\t22\t20\t-2" in text and "CC BY 4.0" in text
    written = window.commands.export_table_csv(found.view, str(tmp_path / "editions.csv"))
    assert written is not None
    csv = written.read_text(encoding="utf-8")
    assert "Qingdao" in csv and "2023" in csv and "1650" in csv


def test_three_editions_give_a_change_a_pair_and_a_broken_line_where_one_prints_no_rank(window: MainWindow) -> None:
    older = load_profile(QINGDAO_2023)
    oldest = older._replace(year=2022, ranks=older.ranks._replace(size=25, intensity=30))  # invented GII 2022
    window.session.keep(oldest, origin="test")
    keep(window, QINGDAO_2023)
    found = section(window)
    assert found is not None
    assert found.table.headers[1:] == [
        "GII 2022", "GII 2023", "GII 2024",
        "Change, GII 2022 to 2023 (between published editions)",
        "Change, GII 2023 to 2024 (between published editions)",
    ]  # fmt: skip
    assert shown_cells(found)[1:3] == [
        ["Rank in the top 100 by size", "25", "22", "20", "-3", "-2"],
        ["Rank by intensity", "30", "—", "23", "—", "—"],  # 2023 prints none: neither change is given
    ]
    label, curve = found.chart.curves[1]
    assert label == "Rank by intensity"
    assert curve.opts["connect"] == "finite"  # no line drawn through the edition that prints none
    assert [None if math.isnan(y) else int(y) for y in curve.getData()[1]] == [30, None, 23]
    assert found.chart.accessibleDescription().startswith("Rank in the top 100 by size: GII 2022: 25, GII 2023: 22")


def test_the_rank_axis_starts_at_1_never_0() -> None:
    from qingdao_viewer.charts.ranks_chart import rank_step, rank_ticks

    assert rank_ticks(23, rank_step(23)) == [1, 5, 10, 15, 20]
    assert rank_ticks(3, rank_step(3)) == [1, 2, 3]
    assert rank_ticks(100, rank_step(100)) == [1, 20, 40, 60, 80, 100]
