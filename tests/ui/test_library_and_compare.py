"""Any cluster: profile texts at every GUI door, the library and its picker, recent files, compare mode."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from qingdao_viewer.library import ProfileLibrary, kept_file_name, library_folder
from qingdao_viewer.profile import load_profile
from qingdao_viewer.ui.main_window import MainWindow

OVERVIEW, PATENTS, PUBLICATIONS, COLLABORATION = range(4)
FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
SEED_TEXT = FIXTURES / "qingdao-2024-profile.txt"
NORDHAVN = FIXTURES / "profile-texts" / "nordhavn-osterby-2024.txt"


def cells(window: MainWindow, tab: int) -> list[list[str]]:
    """Every table of a tab as rows of shown text."""
    tables = []
    for view in window.pages.page(tab).table_views():
        model = view.model()
        tables.append(
            [
                "\t".join(str(model.index(r, c, QModelIndex()).data()) for c in range(model.columnCount()))
                for r in range(model.rowCount())
            ]
        )
    return tables


def shown_boxes() -> list[str]:
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    texts = [box.text() for box in boxes]
    for box in boxes:
        box.close()
    return texts


def test_opening_a_profile_text_shows_it_and_keeps_it_in_the_library(window: MainWindow) -> None:
    assert window.doors.open_profile(str(NORDHAVN))
    assert window.windowTitle() == "Nordhavn–Østerby, Denmark — GII 2024 S&T cluster"
    kept = list(library_folder().glob("*.yaml"))
    assert [path.name for path in kept] == [kept_file_name(window.session.profile)]
    assert load_profile(kept[0]) == window.session.profile
    window.session.relist()
    labels = [window.picker.combo.itemText(i) for i in range(window.picker.combo.count())]
    assert labels == ["Nordhavn–Østerby, Denmark — GII 2024 (kept)", "Qingdao, China — GII 2024"]
    assert window.picker.combo.currentText() == "Nordhavn–Østerby, Denmark — GII 2024 (kept)"


def test_seed_text_opens_to_the_same_figures_as_the_embedded_profile(window: MainWindow) -> None:
    before = [cells(window, tab) for tab in range(4)]
    assert window.doors.open_profile(str(SEED_TEXT))
    assert [cells(window, tab) for tab in range(4)] == before


def test_paste_profile_text_from_the_clipboard(window: MainWindow) -> None:
    QGuiApplication.clipboard().setText(NORDHAVN.read_text(encoding="utf-8"))
    assert window.doors.paste_profile_text()
    assert window.session.profile.cluster == "Nordhavn–Østerby"
    assert Path(window.session.path).parent == library_folder()
    assert load_profile(window.session.path) == window.session.profile


def test_pasting_unreadable_text_says_where_and_keeps_the_profile(window: MainWindow) -> None:
    QGuiApplication.clipboard().setText("Global Innovation Index 2024\n\nQingdao, China\n\nno sentence here\n")
    assert not window.doors.paste_profile_text()
    [message] = shown_boxes()
    assert message.startswith("clipboard:5: expected ") and "found 'no sentence here'" in message
    assert window.session.profile.cluster == "Qingdao"
    QGuiApplication.clipboard().setText("   ")
    assert not window.doors.paste_profile_text()
    assert shown_boxes() == ["The clipboard holds no text. Copy a cluster profile's text first."]


def test_save_profile_as_yaml_writes_a_profile_that_loads_back(window: MainWindow, tmp_path: Path) -> None:
    assert window.doors.open_profile(str(NORDHAVN))
    target = tmp_path / "saved.yaml"
    assert window.commands.save_profile_yaml(str(target)) == target
    assert load_profile(target) == window.session.profile
    assert "from nordhavn-osterby-2024.txt" in target.read_text(encoding="utf-8")


def test_save_that_cannot_write_leaves_no_file_and_says_why(window: MainWindow, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    assert window.commands.save_profile_yaml(str(blocker / "saved.yaml")) is None
    [message] = shown_boxes()
    assert message.startswith(f"{blocker / 'saved.yaml'}: cannot write:")
    assert blocker.read_text(encoding="utf-8") == "x"


def test_picker_switches_every_tab_to_another_cluster(window: MainWindow, qtbot: QtBot) -> None:
    ProfileLibrary(Path("unused"), library_folder()).keep(load_profile(NORDHAVN), origin="test")
    window.session.relist()
    index = window.picker.combo.findText("Nordhavn–Østerby, Denmark — GII 2024 (kept)")
    assert index >= 0
    window.picker.combo.activated.emit(index)
    assert window.session.profile.cluster == "Nordhavn–Østerby"
    assert "ØSTERBY VINDKRAFT A/S" in cells(window, PATENTS)[0][0]
    assert any("Malmvik" in row for table in cells(window, COLLABORATION) for row in table)
    back = window.picker.combo.findText("Qingdao, China — GII 2024")
    window.picker.combo.activated.emit(back)
    assert window.session.profile.cluster == "Qingdao"


def test_recent_profiles_newest_first_and_a_vanished_one_leaves_the_list(window: MainWindow, tmp_path: Path) -> None:
    copy = tmp_path / "copy.txt"
    copy.write_text(NORDHAVN.read_text(encoding="utf-8"), encoding="utf-8")
    assert window.doors.open_profile(str(SEED_TEXT))
    assert window.doors.open_profile(str(copy))
    assert window.settings is not None
    assert window.settings.recent_profiles()[:2] == [str(copy.resolve()), str(SEED_TEXT.resolve())]
    window.doors.fill_recent_menu(window.window_actions.menus["recent"])
    texts = [action.text() for action in window.window_actions.menus["recent"].actions()]
    assert texts[0].startswith("&1 copy.txt") and texts[1].startswith("&2 qingdao-2024-profile.txt")
    copy.unlink()
    assert not window.doors.open_recent(str(copy.resolve()))
    assert shown_boxes()[0].endswith("no such file")
    assert str(copy.resolve()) not in window.settings.recent_profiles()


def test_compare_mode_sets_two_clusters_side_by_side_and_leaving_restores(window: MainWindow, qtbot: QtBot) -> None:
    single = [cells(window, tab) for tab in range(4)]
    assert window.doors.compare_with(str(NORDHAVN))
    qtbot.waitUntil(lambda: window.pages.pending() == 0)
    assert "Qingdao, China, GII 2024 and Nordhavn–Østerby, Denmark, GII 2024" in window.windowTitle()
    assert window.picker.compare_note.text() == "compared with Nordhavn–Østerby, Denmark, GII 2024"

    key_figures, collaboration = cells(window, OVERVIEW)
    # A row per figure, a column per cluster (Qingdao, then Nordhavn–Østerby): readable without scrolling sideways.
    assert key_figures[:4] == [
        "Rank by size (top 100)\t20\t1",
        "Rank by intensity (top 100)\t23\t2",
        "Rank in economy\t8\t1",
        "Economy's clusters in top 100\t26\t1",
    ]
    assert key_figures[4:10] == [
        "PCT applications per 1M inhabitants\t1,742\t4,406",
        "PCT applications from (year)\t2019\t2019",
        "PCT applications to (year)\t2023\t2023",
        "Scientific articles per 1M inhabitants\t9,697\t12,077",
        "Scientific articles from (year)\t2018\t2018",
        "Scientific articles to (year)\t2022\t2022",
    ]
    assert collaboration[0].split("\t")[1] == "2%" and collaboration[1].split("\t")[1] == "63%"

    patents = cells(window, PATENTS)
    assert patents[0][0] == "1\tQINGDAO HAIER AIR CONDITIONER GENERAL\t2,131\t25%"
    assert any("ØSTERBY VINDKRAFT A/S" in row for table in patents for row in table)
    assert len(window.pages.page(PATENTS).charts()) == 2
    publications = cells(window, PUBLICATIONS)
    assert publications[0][0] == "1\tQINGDAO UNIVERSITY\t7,510\t16%"
    assert sum(len(table) for table in publications) == 3 + 10

    # The comparison table copies as shown, like any other table: header, a row per figure, source.
    window.pages.show_tab(OVERVIEW)
    overview = window.pages.page(OVERVIEW)
    view = overview.table_views()[0]
    view.copy_table()
    copied = QGuiApplication.clipboard().text().splitlines()
    assert copied[0] == "Figure\tQingdao, China, GII 2024\tNordhavn–Østerby, Denmark, GII 2024"
    assert copied[1] == "Rank by size (top 100)\t20\t1"
    assert "CC BY 4.0" in copied[-1]
    # Copy key figures copies both clusters as rows of data, one per cluster, as the single view copies one.
    overview.copy_button.click()  # type: ignore[attr-defined]
    copied = QGuiApplication.clipboard().text().splitlines()
    assert copied[0].startswith("Cluster\tEconomy\tYear")
    assert copied[1] == "Qingdao\tChina\t2024\t20\t23\t8\t26\t1742\t2019\t2023\t9697\t2018\t2022\t2%\t63%"
    assert copied[2].startswith("Nordhavn–Østerby\tDenmark\t2024")
    assert "CC BY 4.0" in copied[-1]

    window.session.stop_comparing()
    assert window.windowTitle() == "Qingdao, China — GII 2024 S&T cluster"
    assert [cells(window, tab) for tab in range(4)] == single
    assert not window.window_actions["stop_compare"].isEnabled()


def test_comparison_table_exports_as_csv(window: MainWindow, tmp_path: Path) -> None:
    assert window.doors.compare_with(str(NORDHAVN))
    view = window.pages.page(OVERVIEW).table_views()[0]
    target = window.commands.export_table_csv(view, str(tmp_path / "both.csv"))
    assert target is not None
    lines = target.read_text(encoding="utf-8").splitlines()
    assert lines[1].startswith("Qingdao,China,2024,20,23,8,26,1742")
    assert lines[2].startswith("Nordhavn–Østerby,Denmark,2024")


def test_compare_with_a_bad_profile_changes_nothing(window: MainWindow, tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_text("Global Innovation Index 2024\n", encoding="utf-8")
    assert not window.doors.compare_with(str(bad))
    assert shown_boxes()[0].startswith(f"{bad}:")
    assert window.session.comparison is None and window.windowTitle().startswith("Qingdao, China")


def test_switching_cluster_in_compare_mode_keeps_comparing(window: MainWindow, embedded_path: Path) -> None:
    assert window.doors.compare_with(str(embedded_path))
    assert window.doors.open_profile(str(NORDHAVN))
    assert window.session.comparison is not None
    key_figures = cells(window, OVERVIEW)[0]
    assert key_figures[0] == "Rank by size (top 100)\t1\t20"  # Nordhavn–Østerby's column first


def test_dropping_a_profile_text_opens_it(window: MainWindow) -> None:
    from test_main_window import drop

    assert drop(window, NORDHAVN)
    assert window.session.profile.cluster == "Nordhavn–Østerby"


def test_charts_side_by_side_share_one_scale(window: MainWindow, qtbot: QtBot) -> None:
    assert window.doors.compare_with(str(NORDHAVN))
    ranges = []
    for chart in window.pages.page(PATENTS).charts():
        plot = chart.drawn().plot
        ranges.append(plot.getViewBox().viewRange()[0][1])
    # Qingdao's top applicant has 25%, Nordhavn–Østerby's 88%: both axes end at 100.
    assert ranges == [100, 100]
    window.session.stop_comparing()
    single = window.pages.page(PATENTS).charts()[0].drawn().plot.getViewBox().viewRange()[0][1]
    assert single == 40


def test_export_all_in_compare_mode_adds_the_other_cluster_and_the_comparison_tables(
    window: MainWindow, tmp_path: Path
) -> None:
    assert window.doors.compare_with(str(NORDHAVN))
    written = window.commands.export_all(str(tmp_path))
    names = [path.name for path in written]
    both = "qingdao-2024-nordhavn-østerby-2024"
    assert f"{both}-comparison-key-figures.csv" in names and f"{both}-comparison-collaboration.csv" in names
    assert "nordhavn-østerby-2024-patent-applicants.csv" in names and "nordhavn-østerby-2024-collaboration.png" in names
    # Each cluster's 9 CSV files (the derived estimates' among them) and 6 charts, 2 comparison tables.
    assert len(names) == len(set(names)) == 15 + 15 + 2 + 1 + 1 and names[-1] == "datapackage.json"
    rows = (tmp_path / f"{both}-comparison-collaboration.csv").read_text(encoding="utf-8").splitlines()
    assert rows == [
        "Cluster,Economy,Year,PCT applications co-invented (%),Scientific articles co-published (%)",
        "Qingdao,China,2024,2,63",
        "Nordhavn–Østerby,Denmark,2024,17,58",
    ]
