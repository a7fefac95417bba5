"""The main window offscreen: every figure of the source in the tab where it belongs."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from qingdao_viewer.profile import load_profile
from qingdao_viewer.ui import profile_doors
from qingdao_viewer.ui.main_window import MainWindow
from qingdao_viewer.ui.share_chart import ShareChart
from qingdao_viewer.ui.table_view import TableView
from qingdao_viewer.ui.tabs import ContentTab
from qingdao_viewer.ui.window_commands import show_error

OVERVIEW, PATENTS, PUBLICATIONS, COLLABORATION = range(4)


def texts_in(page: ContentTab) -> str:
    """Everything a tab shows as text: its labels and every cell and header of its tables."""
    parts = [label.text() for label in page.findChildren(QLabel)]
    for view in page.findChildren(TableView):
        model = view.model()
        for column in range(model.columnCount()):
            parts.append(str(model.headerData(column, Qt.Orientation.Horizontal)))
        for row in range(model.rowCount()):
            for column in range(model.columnCount()):
                parts.append(str(model.index(row, column, QModelIndex()).data()))
    return "\n".join(parts)


def test_title_names_the_cluster_and_edition(window: MainWindow) -> None:
    assert window.windowTitle() == "Qingdao, China — GII 2024 S&T cluster"


def test_overview_shows_ranks_per_million_figures_periods_and_source(window: MainWindow) -> None:
    text = texts_in(window.pages.page(OVERVIEW))
    for shown in ("Qingdao, China", "20th", "23rd", "8th of 26", "China", "1,742", "9,697", "2019–2023", "2018–2022"):
        assert shown in text
    assert "CC BY 4.0" in text and "WIPO" in text and "10.34667/tind.50062" in text


def test_patents_tab_shows_every_applicant_figure(window: MainWindow) -> None:
    text = texts_in(window.pages.page(PATENTS))
    for shown in (
        "QINGDAO HAIER AIR CONDITIONER GENERAL", "2,131", "25%",
        "QINGDAO HAIER WASHING MACHINE", "881", "10%",
        "QINGDAO HAIER REFRIGERATOR", "732", "9%",
    ):  # fmt: skip
        assert shown in text
    assert "gives no figures for its top technology fields (patents)" in text
    assert "CC BY 4.0" in text


def test_publications_tab_shows_every_organization_figure(window: MainWindow) -> None:
    text = texts_in(window.pages.page(PUBLICATIONS))
    for shown in (
        "QINGDAO UNIVERSITY", "7,510", "16%",
        "OCEAN UNIVERSITY OF CHINA", "6,710", "14%",
        "CHINA UNIVERSITY OF PETROLEUM", "6,496",
    ):  # fmt: skip
        assert shown in text
    assert "gives no figures for its top technology fields (publications)" in text


def test_collaboration_tab_shows_shares_and_locations_in_order(window: MainWindow) -> None:
    page = window.pages.page(COLLABORATION)
    text = texts_in(page)
    assert "2%" in text and "63%" in text
    views = page.table_views()
    locations = [[v.model().index(r, 1).data() for r in range(v.model().rowCount())] for v in views[1:]]
    assert locations == [["Beijing", "Tokyo-Yokohama", "Hangzhou"], ["Beijing", "Shanghai-Suzhou", "Jinan"]]


def test_every_number_of_the_seed_text_is_shown(window: MainWindow, seed_text: str) -> None:
    shown = "\n".join(texts_in(window.pages.page(index)) for index in range(4))
    numbers = set(re.findall(r"\d[\d,]*", seed_text)) - {"1"}  # "1 million" and row ranks
    for number in sorted(numbers):
        assert re.search(rf"(?<![\d,]){re.escape(number)}(?![\d,])", shown), number


def test_ctrl_number_switches_tabs_and_focuses_the_table(window: MainWindow, qtbot: QtBot) -> None:
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == PATENTS
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == COLLABORATION


def test_ctrl_c_in_a_table_copies_its_selection(window: MainWindow, qtbot: QtBot) -> None:
    window.pages.show_tab(PATENTS)
    view = window.pages.page().table_views()[0]
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    qtbot.keyClick(view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text().splitlines() == [  # select all: under the header row
        "Rank\tApplicant\tPCT applications\tShare",
        "1\tQINGDAO HAIER AIR CONDITIONER GENERAL\t2131\t25%",
        "2\tQINGDAO HAIER WASHING MACHINE\t881\t10%",
        "3\tQINGDAO HAIER REFRIGERATOR\t732\t9%",
    ]


def test_edit_menu_copy_table_copies_with_headers(window: MainWindow) -> None:
    window.pages.show_tab(PUBLICATIONS)
    window.window_actions["copy_table"].trigger()
    mime = QGuiApplication.clipboard().mimeData()
    assert mime.text().splitlines()[:2] == ["Rank\tOrganization\tArticles\tShare", "1\tQINGDAO UNIVERSITY\t7510\t16%"]
    assert "CC BY 4.0" in mime.text().splitlines()[-1]
    html = mime.html()
    assert html.startswith("<html") and '<meta charset="utf-8">' in html
    assert '<th class="t" sdnum="1033;0;@">Organization</th>' in html
    assert '<td class="c" sdnum="1033;0;#,##0" sdval="7510" x:num="7510">7,510</td>' in html


def test_copy_chart_puts_an_image_on_the_clipboard(window: MainWindow) -> None:
    window.pages.show_tab(PATENTS)
    window.window_actions["copy_chart"].trigger()
    image = QGuiApplication.clipboard().image()
    assert image.width() >= 800 and image.height() >= 500


def test_file_export_table_and_chart(window: MainWindow, tmp_path: Path) -> None:
    window.pages.show_tab(PATENTS)
    csv_path = window.commands.export_table_csv(path=str(tmp_path / "applicants.csv"))
    assert csv_path is not None
    lines = csv_path.read_text(encoding="utf-8").splitlines()
    assert lines == [
        "Cluster,Economy,Year,Rank,Applicant,PCT applications,Share (%)",
        "Qingdao,China,2024,1,QINGDAO HAIER AIR CONDITIONER GENERAL,2131,25",
        "Qingdao,China,2024,2,QINGDAO HAIER WASHING MACHINE,881,10",
        "Qingdao,China,2024,3,QINGDAO HAIER REFRIGERATOR,732,9",
    ]
    png = window.commands.export_chart(path=str(tmp_path / "chart.png"))
    svg = window.commands.export_chart(path=str(tmp_path / "chart.svg"))
    assert png is not None and png.read_bytes().startswith(b"\x89PNG")
    assert svg is not None and b"<svg" in svg.read_bytes()


def test_bad_profile_shows_a_dialog_and_keeps_the_shown_one(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("format: gii-cluster-profile/1\ncluster: [\n", encoding="utf-8")
    shown: list[str] = []
    monkeypatch.setattr(profile_doors, "show_error", lambda parent, title, message: shown.append(message))
    assert not window.doors.open_profile(str(bad))
    assert shown and shown[0].startswith(f"{bad}:")
    assert window.windowTitle().startswith("Qingdao, China")


def test_opening_another_profile_rebuilds_every_tab(window: MainWindow, tmp_path: Path, embedded_path: Path) -> None:
    other = tmp_path / "other.yaml"
    other.write_text(
        embedded_path.read_text(encoding="utf-8")
        .replace("cluster: Qingdao", "cluster: Jinan")
        .replace("QINGDAO UNIVERSITY", "SHANDONG UNIVERSITY"),
        encoding="utf-8",
    )
    assert window.doors.open_profile(str(other))
    assert window.windowTitle() == "Jinan, China — GII 2024 S&T cluster"
    assert "SHANDONG UNIVERSITY" in texts_in(window.pages.page(PUBLICATIONS))
    assert "QINGDAO UNIVERSITY" not in texts_in(window.pages.page(PUBLICATIONS))


def test_error_dialog_shows_markup_literally_and_does_not_block(window: MainWindow, qtbot: QtBot) -> None:
    box = show_error(window, "Cannot open profile", "x.yaml:3: name <b>R&D</b>")
    # show_error has returned with the box still open: the caller was not held up.
    assert box.isVisible() and box.isModal()
    assert QGuiApplication.instance().activeModalWidget() is box  # type: ignore[union-attr]
    assert (box.textFormat(), box.text()) == (Qt.TextFormat.PlainText, "x.yaml:3: name <b>R&D</b>")
    with qtbot.waitSignal(box.destroyed):  # closing it frees it
        box.accept()


def test_charts_have_one_bar_per_row(window: MainWindow) -> None:
    chart = window.pages.page(PATENTS).charts()[0]
    assert isinstance(chart, ShareChart)
    drawn = chart.drawn()
    assert drawn.bars is not None
    assert list(drawn.bars.opts["width"]) == [25, 10, 9]


def test_a_markup_name_stays_literal_in_labels_cells_and_html_copy(
    qtbot: QtBot, tmp_path: Path, embedded_path: Path, clean_clipboard: None
) -> None:
    hostile = tmp_path / "hostile.yaml"
    hostile.write_text(
        embedded_path.read_text(encoding="utf-8").replace(
            "QINGDAO HAIER AIR CONDITIONER GENERAL", '"<b>R&D</b> <img src=x>"'
        ),
        encoding="utf-8",
    )
    main = MainWindow(load_profile(hostile), str(hostile))
    qtbot.addWidget(main)
    literal = "<b>R&D</b> <img src=x>"
    labels = [label for label in main.pages.page(OVERVIEW).findChildren(QLabel) if label.text() == literal]
    assert labels and all(label.textFormat() == Qt.TextFormat.PlainText for label in labels)
    view = main.pages.page(PATENTS).table_views()[0]
    assert view.model().index(0, 1).data() == literal
    view.copy_table()
    html = QGuiApplication.clipboard().mimeData().html()
    assert "&lt;b&gt;R&amp;D&lt;/b&gt; &lt;img src=x&gt;" in html and "<img" not in html


def test_start_with_a_bad_path_shows_the_embedded_profile_and_the_error(qtbot: QtBot, tmp_path: Path) -> None:
    from qingdao_viewer.ui.app import open_window

    bad = tmp_path / "broken.yaml"
    bad.write_text("format: gii-cluster-profile/1\nyear: 2024\nyear: 2025\n", encoding="utf-8")
    main, error = open_window(str(bad))
    qtbot.addWidget(main)
    assert error is not None and str(error).startswith(f"{bad}:3: duplicate key 'year'")
    assert main.windowTitle() == "Qingdao, China — GII 2024 S&T cluster"


def test_start_with_a_good_path_shows_it(qtbot: QtBot, embedded_path: Path) -> None:
    from qingdao_viewer.ui.app import open_window

    main, error = open_window(str(embedded_path))
    qtbot.addWidget(main)
    assert error is None and main.session.path == str(embedded_path)


def test_tables_and_charts_offer_copy_and_export_in_their_context_menus(window: MainWindow) -> None:
    page = window.pages.page(PATENTS)
    view, chart = page.table_views()[0], page.charts()[0]
    assert view.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
    assert [action.text() for action in view.actions()] == ["&Copy", "Copy &table", "Export table as CS&V…"]
    assert view.actions()[0].shortcut().matches(QKeySequence(QKeySequence.StandardKey.Copy)) == (
        QKeySequence.SequenceMatch.ExactMatch
    )
    assert [action.text() for action in chart.actions()] == ["Copy c&hart", "Export chart as P&NG or SVG…"]


def drop(window: MainWindow, path: Path) -> bool:
    """Drag a file onto the window and drop it, as a file manager does; True if it was accepted."""
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    point = window.rect().center()
    enter = QDragEnterEvent(
        point, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QGuiApplication.sendEvent(window, enter)
    if not enter.isAccepted():
        return False
    dropped = QDropEvent(
        QPointF(point), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QGuiApplication.sendEvent(window, dropped)
    return True


def test_dropping_a_profile_opens_it(window: MainWindow, tmp_path: Path, embedded_path: Path) -> None:
    other = tmp_path / "jinan.yaml"
    other.write_text(embedded_path.read_text(encoding="utf-8").replace("cluster: Qingdao", "cluster: Jinan"), "utf-8")
    assert drop(window, other)
    assert window.windowTitle() == "Jinan, China — GII 2024 S&T cluster"


def test_dropping_a_bad_profile_is_refused_like_open(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("format: gii-cluster-profile/1\ncluster: !!python/object/apply:os.system [true]\n", "utf-8")
    shown: list[str] = []
    monkeypatch.setattr(profile_doors, "show_error", lambda parent, title, message: shown.append(message))
    assert drop(window, bad)
    assert shown and shown[0].startswith(f"{bad}:2: ")
    assert window.windowTitle().startswith("Qingdao, China")


HOSTILE = "<i>Q</i> & \"Co\" 'x' [*] <script>alert(1)</script>"


def test_markup_in_cluster_and_names_is_literal_in_title_tooltips_and_dialogs(
    qtbot: QtBot, tmp_path: Path, embedded_path: Path, clean_clipboard: None
) -> None:
    from PySide6 import QtGui

    quoted = HOSTILE.replace("\\", "\\\\").replace('"', '\\"')
    hostile = tmp_path / "<b>hostile<br>&amp;.yaml"
    hostile.write_text(
        embedded_path.read_text(encoding="utf-8")
        .replace("cluster: Qingdao", f'cluster: "{quoted}"')
        .replace("QINGDAO UNIVERSITY", f'"{quoted}"'),
        encoding="utf-8",
    )
    main = MainWindow(load_profile(hostile), str(hostile))
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    # The title bar shows what the platform is given: the name, "[*]" included.
    handle = main.windowHandle()
    assert handle is not None and handle.title().startswith(f"{HOSTILE}, China — GII 2024")

    view = main.pages.page(PUBLICATIONS).table_views()[0]
    tip = view.model().index(0, 1).data(Qt.ItemDataRole.ToolTipRole)
    document = QtGui.QTextDocument()
    if QtGui.Qt.mightBeRichText(tip):  # as QToolTip decides
        document.setHtml(tip)
    else:
        document.setPlainText(tip)
    assert document.toPlainText() == HOSTILE

    box = show_error(main, "Cannot open profile", f"{hostile}:1: {HOSTILE}")
    assert box.textFormat() == Qt.TextFormat.PlainText and box.text().endswith(HOSTILE)
    box.close()
