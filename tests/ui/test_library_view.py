"""The library window: a row per profile, filtered and sorted, opening and comparing, removing after asking.

The profiles kept here are invented (Qingdao's figures under invented names and editions).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from qingdao_viewer.profile import ClusterProfile, load_profile
from qingdao_viewer.ui.library_view import LibraryWindow
from qingdao_viewer.ui.main_window import MainWindow

DATA = Path(__file__).resolve().parents[2] / "data"
QINGDAO = load_profile(DATA / "qingdao-2024.yaml")


def invented(cluster: str, economy: str, year: int, size: int) -> ClusterProfile:
    return QINGDAO._replace(cluster=cluster, economy=economy, year=year, ranks=QINGDAO.ranks._replace(size=size))


@pytest.fixture
def library(window: MainWindow, qtbot: QtBot) -> LibraryWindow:
    for profile in (
        invented("São Paulo", "Brazil", 2024, 60),
        invented("Sao Paulo", "Brazil", 2023, 63),
        invented("Nordhavn–Østerby", "Denmark", 2024, 90),
    ):
        window.session.keep(profile, origin="test")
    view = LibraryWindow(
        window.session,
        window.doors.open_profile,
        lambda first, second: window.doors.open_profile(first) and window.doors.compare_with(second),
        lambda: True,
        window,
    )
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    return view


def clusters(view: LibraryWindow) -> list[str]:
    model = view.grid.table_model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_a_row_per_profile_and_the_filters_narrow_them(library: LibraryWindow, qtbot: QtBot) -> None:
    assert sorted(clusters(library)) == ["Nordhavn–Østerby", "Qingdao", "Sao Paulo", "São Paulo"]
    assert library.count_label.text() == "4 of 4 shown"
    qtbot.keyClicks(library.filter_box, "sao")  # accents folded
    assert sorted(clusters(library)) == ["Sao Paulo", "São Paulo"]
    library.edition_box.setCurrentIndex(library.edition_box.findData(2023))
    assert clusters(library) == ["Sao Paulo"] and library.count_label.text() == "1 of 4 shown"
    library.filter_box.clear()
    library.edition_box.setCurrentIndex(0)
    library.economy_box.setCurrentIndex(library.economy_box.findData("Denmark"))
    assert clusters(library) == ["Nordhavn–Østerby"]


def test_sorting_is_kept_while_filtering(library: LibraryWindow) -> None:
    library.grid.sortByColumn(3, Qt.SortOrder.DescendingOrder)  # size rank
    assert clusters(library) == ["Nordhavn–Østerby", "Sao Paulo", "São Paulo", "Qingdao"]
    library.filter_box.setText("paulo")
    assert clusters(library) == ["Sao Paulo", "São Paulo"]


def test_enter_opens_the_current_row_and_two_rows_compare(
    library: LibraryWindow, window: MainWindow, qtbot: QtBot
) -> None:
    library.filter_box.setText("Nordhavn")
    library.grid.setFocus()
    library.grid.setCurrentIndex(library.grid.table_model.index(0, 0))
    qtbot.keyClick(library.grid, Qt.Key.Key_Return)
    assert window.session.profile.cluster == "Nordhavn–Østerby"
    library.filter_box.setText("paulo")
    assert not library.compare_button.isEnabled()
    library.grid.selectAll()
    assert library.compare_button.isEnabled()
    assert library.compare_selected()
    assert window.session.comparison is not None
    assert {window.session.profile.cluster, window.session.comparison.other.profile.cluster} == {
        "Sao Paulo",
        "São Paulo",
    }


def test_remove_asks_and_keeps_the_shipped_profile(
    library: LibraryWindow, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def answer(box: QMessageBox) -> int:
        asked.append(box.text())
        return int(QMessageBox.StandardButton.Yes)

    monkeypatch.setattr(QMessageBox, "exec", answer)
    library.grid.selectAll()
    assert library.remove_selected() == 3
    assert len(asked) == 1 and "São Paulo" in asked[0] and "Qingdao" not in asked[0]
    assert clusters(library) == ["Qingdao"] and not library.remove_button.isEnabled()
    assert [entry.cluster for entry in window.session.listing().entries] == ["Qingdao"]
