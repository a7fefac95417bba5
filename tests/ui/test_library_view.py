"""The library window: a row per profile, filtered and sorted, opening and comparing, removing after asking.

The profiles kept here are invented (Qingdao's figures under invented names and editions).
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox
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


# -- export and show in folder --------------------------------------------------------------------


@pytest.fixture
def proposed(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[str]:
    """The names the save dialog is asked to propose; the user accepts each into tmp_path."""
    names: list[str] = []

    def fake(parent: object, title: str, suggested: str, file_filter: str) -> tuple[str, str]:
        names.append(Path(suggested).name)
        return str(tmp_path / Path(suggested).name), file_filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake))
    return names


def test_export_library_as_csv_and_workbook_writes_the_rows_shown(
    library: LibraryWindow, proposed: list[str], tmp_path: Path
) -> None:
    library.filter_box.setText("paulo")
    texts = [action.text() for action in library.export_menu.actions()]
    assert texts == ["&CSV…", "&Workbook (XLSX)…", "&Data package (CSV and datapackage.json)…"]
    library.export_menu.actions()[0].trigger()
    library.export_menu.actions()[1].trigger()
    assert proposed == ["clusters-library.csv", "clusters-library.xlsx"]
    with (tmp_path / "clusters-library.csv").open(encoding="utf-8", newline="") as stream:
        rows = list(csv.reader(stream))
    assert rows[0][:4] == ["Cluster", "Economy", "Year", "Size rank"] and rows[0][-1] == "File"
    assert sorted((row[0], row[2], row[3]) for row in rows[1:]) == [
        ("Sao Paulo", "2023", "63"),
        ("São Paulo", "2024", "60"),
    ]
    book = load_workbook(tmp_path / "clusters-library.xlsx")
    assert book.sheetnames == ["Source", "library"]
    sheet = book["library"]
    assert [cell.value for cell in sheet[1]] == [header.removesuffix(" (%)") for header in rows[0]]
    assert sorted((row[0].value, row[3].value) for row in sheet.iter_rows(min_row=2)) == [
        ("Sao Paulo", 63),
        ("São Paulo", 60),
    ]
    source = [str(cell.value) for row in book["Source"].iter_rows() for cell in row if cell.value is not None]
    assert any("Licensed under CC BY 4.0" in text for text in source)
    assert library.notice.text() == f"Wrote {tmp_path / 'clusters-library.xlsx'}"
    # The grid's own Export table as CSV writes the same file.
    (tmp_path / "clusters-library.csv").unlink()
    library.grid.export_action.trigger()
    assert proposed[-1] == "clusters-library.csv" and (tmp_path / "clusters-library.csv").is_file()


def test_export_library_as_data_package_is_valid_and_asks_before_replacing(
    library: LibraryWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from frictionless import validate

    from qingdao_viewer.ui import export_prompts

    written = library.export_package(str(tmp_path))
    assert [path.name for path in written] == ["clusters-library.csv", "datapackage.json"]
    report = validate(str(tmp_path / "datapackage.json"))
    assert report.valid, report.flatten(["resourcePath", "rowNumber", "fieldName", "type", "note"])
    descriptor = json.loads((tmp_path / "datapackage.json").read_text(encoding="utf-8"))
    [resource] = descriptor["resources"]
    assert resource["path"] == "clusters-library.csv" and resource["licenses"][0]["name"] == "CC-BY-4.0"
    assert "Licensed under CC BY 4.0" in resource["description"]
    assert resource["schema"]["primaryKey"] == ["Cluster", "Economy", "Year", "File"]
    before = {path.name: path.read_bytes() for path in tmp_path.iterdir()}
    asked: list[list[str]] = []
    monkeypatch.setattr(export_prompts, "confirm_replacing", lambda parent, folder, names: asked.append(names))
    library.filter_box.setText("Nordhavn")
    assert library.export_package(str(tmp_path)) == []  # asked, and not told to replace
    assert asked == [["clusters-library.csv"]]
    assert {path.name: path.read_bytes() for path in tmp_path.iterdir()} == before


def test_show_in_folder_asks_the_desktop_for_the_kept_profiles_folder(
    library: LibraryWindow, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from qingdao_viewer.ui.library_commands import folder_url

    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True))
    library.economy_box.setCurrentIndex(library.economy_box.findData("China"))  # shipped Qingdao: nothing to show
    library.grid.selectAll()
    assert not library.show_in_folder_button.isEnabled() and not library.show_in_folder() and opened == []
    library.economy_box.setCurrentIndex(library.economy_box.findData("Denmark"))
    library.grid.selectAll()
    [entry] = library.selected_entries()
    assert library.show_in_folder_button.isEnabled()
    library.show_in_folder_button.click()
    kept = window.session.library.kept
    assert entry.path.parent == kept and opened == [folder_url(kept)]
    assert opened[0].toLocalFile() == str(kept)


def test_names_show_whole_and_the_grid_scrolls_sideways_in_a_narrow_window(
    library: LibraryWindow, qtbot: QtBot
) -> None:
    """Fourteen columns never make the window wider than an 800-pixel screen allows; names are not cut."""
    assert library.minimumSizeHint().width() <= 820
    library.resize(820, 500)
    qtbot.waitUntil(lambda: library.width() == 820)
    grid = library.grid
    qtbot.waitUntil(lambda: grid.horizontalScrollBar().maximum() > 0)  # the columns scroll, not squeeze
    for row in range(grid.table_model.rowCount()):
        assert not grid.elides(row, 0), grid.table_model.index(row, 0).data()  # every cluster name whole
    library.filter_box.setText("nord")  # a filtered grid keeps the widths
    assert [grid.table_model.index(row, 0).data() for row in range(grid.table_model.rowCount())] == ["Nordhavn–Østerby"]
    assert not grid.elides(0, 0)
