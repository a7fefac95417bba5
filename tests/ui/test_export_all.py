"""Export all asks before it replaces files and says what it wrote; every export proposes a name for its cluster."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from export_files import csv_files, export_files
from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from qingdao_viewer.ui import export_prompts
from qingdao_viewer.ui.export_prompts import MAX_LISTED, ExportNotice, replace_box
from qingdao_viewer.ui.main_window import MainWindow

OVERVIEW, PATENTS, PUBLICATIONS, COLLABORATION = range(4)
FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
NORDHAVN = FIXTURES / "profile-texts" / "nordhavn-osterby-2024.txt"
APPLICANTS = "qingdao-2024-patent-applicants.csv"
ONE_CLUSTER = len(export_files())  # CSV files, the derived estimates, the workbook, charts, datapackage.json


class BoxAnswer:
    """Answers the next message box with the button whose text is given, and keeps what it said."""

    def __init__(self, button_text: str):
        self.button_text = button_text
        self.text = ""
        self.informative = ""
        self.tries = 0

    def arm(self) -> None:
        QTimer.singleShot(0, self._answer)

    def _answer(self) -> None:
        boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
        if not boxes:
            self.tries += 1
            if self.tries < 200:  # the box shows before its event loop runs: a few tries at most
                QTimer.singleShot(10, self._answer)
            return
        box = boxes[0]
        self.text, self.informative = box.text(), box.informativeText()
        button = next(b for b in box.buttons() if b.text().replace("&", "") == self.button_text)
        button.click()


def notice(window: MainWindow) -> ExportNotice:
    found = window.statusBar().findChild(ExportNotice, "export-notice")
    assert found is not None and found.isVisible()
    return found


def test_export_all_says_in_the_status_bar_what_it_wrote_and_opens_the_folder(
    window: MainWindow, tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True))
    written = window.commands.export_all(str(tmp_path))
    assert len(written) == ONE_CLUSTER and all(path.parent == tmp_path for path in written)
    shown = notice(window)
    assert shown.label.text() == f"Wrote {ONE_CLUSTER} files to {tmp_path}"
    assert shown.open_button.text() == "Open folder"
    qtbot.mouseClick(shown.open_button, Qt.MouseButton.LeftButton)
    assert opened == [QUrl.fromLocalFile(str(tmp_path))]


def test_export_all_asks_before_replacing_and_cancel_writes_nothing(window: MainWindow, tmp_path: Path) -> None:
    assert window.commands.export_all(str(tmp_path))
    (tmp_path / APPLICANTS).write_bytes(b"my own edits")
    before = {path.name: path.read_bytes() for path in tmp_path.iterdir()}
    answer = BoxAnswer("Cancel")
    answer.arm()
    assert window.commands.export_all(str(tmp_path)) == []
    assert answer.text == f"{ONE_CLUSTER - 1} files of this export are in {tmp_path} already. Replace them?"
    listed = answer.informative.splitlines()
    assert (
        listed[:2] == ["qingdao-2024-key-figures.csv", APPLICANTS]
        and listed[-1] == f"and {ONE_CLUSTER - 1 - MAX_LISTED} more"
    )
    assert len(listed) == MAX_LISTED + 1
    assert {path.name: path.read_bytes() for path in tmp_path.iterdir()} == before  # as they were


def test_export_all_replaces_when_told_to(window: MainWindow, tmp_path: Path) -> None:
    assert window.commands.export_all(str(tmp_path))
    fresh = (tmp_path / APPLICANTS).read_bytes()
    (tmp_path / APPLICANTS).write_bytes(b"my own edits")
    answer = BoxAnswer("Replace")
    answer.arm()
    assert len(window.commands.export_all(str(tmp_path))) == ONE_CLUSTER
    assert answer.text.startswith(f"{ONE_CLUSTER - 1} files of this export")
    assert (tmp_path / APPLICANTS).read_bytes() == fresh
    assert notice(window).label.text() == f"Wrote {ONE_CLUSTER} files to {tmp_path}"


def test_another_cluster_into_the_same_folder_asks_nothing_and_joins_the_descriptor(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert window.commands.export_all(str(tmp_path))
    assert window.doors.open_profile(str(NORDHAVN))
    asked: list[list[str]] = []
    monkeypatch.setattr(export_prompts, "confirm_replacing", lambda parent, folder, names: asked.append(names))
    written = window.commands.export_all(str(tmp_path))
    assert len(written) == ONE_CLUSTER and asked == []  # no file of the same name was there
    descriptor = json.loads((tmp_path / "datapackage.json").read_text(encoding="utf-8"))
    one = len(csv_files())
    assert [r["path"] for r in descriptor["resources"]] == csv_files() + csv_files("nordhavn-østerby-2024")
    assert descriptor["resources"][one]["path"] == "nordhavn-østerby-2024-key-figures.csv"


def test_the_question_lists_every_name_under_details_when_there_are_many(qapp: object, tmp_path: Path) -> None:
    names = [f"file-{number}.csv" for number in range(MAX_LISTED + 5)]
    box, replace = replace_box(None, tmp_path, names)  # type: ignore[arg-type]
    try:
        assert box.detailedText().splitlines() == names
        assert box.defaultButton() is box.escapeButton() and box.defaultButton() is not replace
        assert replace.text() == "&Replace"
    finally:
        box.deleteLater()
    few, _ = replace_box(None, tmp_path, names[:2])  # type: ignore[arg-type]
    assert few.informativeText() == "file-0.csv\nfile-1.csv" and few.detailedText() == ""
    few.deleteLater()


def test_export_all_in_chinese_writes_chinese_headers_that_the_package_describes(
    window: MainWindow, tmp_path: Path
) -> None:
    import pandas as pd
    from frictionless import validate

    from qingdao_viewer.language import apply_language

    window.set_language("zh_CN")
    try:
        written = window.commands.export_all(str(tmp_path))
        assert notice(window).label.text() == f"已将{ONE_CLUSTER}个文件写入 {tmp_path}"
    finally:
        apply_language("en")
    assert all(path.name.isascii() for path in written)  # the file names are the same in every language
    report = validate(str(tmp_path / "datapackage.json"))
    assert report.valid, report.flatten(["resourcePath", "fieldName", "type", "note"])
    descriptor = json.loads((tmp_path / "datapackage.json").read_text(encoding="utf-8"))
    assert descriptor["name"] == "qingdao-2024" and descriptor["title"].endswith("GII 科技集群概况表格")
    applicants = next(r for r in descriptor["resources"] if r["path"] == APPLICANTS)
    fields = [field["name"] for field in applicants["schema"]["fields"]]
    assert fields == ["集群", "经济体", "年份", "排名", "申请人", "PCT 申请", "占比 (%)"]
    assert applicants["schema"]["fields"][0]["description"] == "科技集群，名称与其 GII 概况一致。"
    frame = pd.read_csv(tmp_path / APPLICANTS)
    assert list(frame.columns) == fields and frame["PCT 申请"].tolist() == [2131, 881, 732]


# -- the derived estimates follow View > Show derived estimates ----------------------------------


@pytest.mark.parametrize("shown", [True, False], ids=["shown", "hidden"])
def test_export_all_the_workbook_and_the_report_follow_the_view_option(
    window: MainWindow, tmp_path: Path, shown: bool
) -> None:
    import io
    import subprocess

    from openpyxl import load_workbook

    option = window.window_actions["show_derived"]
    if option.isChecked() != shown:
        option.trigger()
    assert window.pages.derived_shown is shown
    folder = tmp_path / "all"
    folder.mkdir()
    written = window.commands.export_all(str(folder))
    assert [path.name for path in written] == export_files(derived=shown)
    descriptor = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    assert [r["path"] for r in descriptor["resources"]] == csv_files(derived=shown)
    assert ("estimates derived by Qingdao Viewer" in descriptor["description"]) is shown

    book = window.commands.export_workbook(str(tmp_path / "book.xlsx"))
    assert book is not None
    sheets = load_workbook(io.BytesIO(book.read_bytes())).sheetnames
    assert ("derived-estimates" in sheets) is shown and "key-figures" in sheets

    report = window.commands.export_report(str(tmp_path / "report.pdf"))
    assert report is not None
    pdftotext = __import__("shutil").which("pdftotext")
    if pdftotext is None:
        pytest.skip("pdftotext not installed: apt-get install poppler-utils (the files were checked)")
    text = subprocess.run([pdftotext, str(report), "-"], capture_output=True, text=True, check=True).stdout
    assert ("Derived estimates (not in the source)" in text) is shown
    assert ("8,391 to 8,611" in text) is shown and "63%" in text


# -- the names each export proposes -------------------------------------------------------------


@pytest.fixture
def proposed(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The file names the save dialog is asked to propose; the user then cancels."""
    names: list[str] = []

    def fake(parent: object, title: str, suggested: str, file_filter: str) -> tuple[str, str]:
        names.append(Path(suggested).name)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake))
    return names


def test_single_exports_propose_names_for_the_cluster_and_edition(window: MainWindow, proposed: list[str]) -> None:
    commands: list[Callable[[], object]] = [
        window.commands.export_table_csv,
        window.commands.export_chart,
        window.commands.export_report,
        window.commands.save_profile_yaml,
    ]
    window.pages.show_tab(PATENTS)
    for command in commands:
        assert command() is None  # cancelled: nothing written
    assert proposed == [
        APPLICANTS,
        "qingdao-2024-patent-applicants.png",
        "qingdao-2024-report.pdf",
        "qingdao-2024.yaml",
    ]


def test_a_comparison_table_proposes_both_clusters_names(window: MainWindow, proposed: list[str]) -> None:
    assert window.doors.compare_with(str(NORDHAVN))
    window.pages.show_tab(OVERVIEW)
    view = window.pages.page(OVERVIEW).table_views()[0]
    assert window.commands.export_table_csv(view) is None
    window.pages.show_tab(PATENTS)
    charts = window.pages.page(PATENTS).charts()
    assert window.commands.export_chart(charts[1]) is None
    assert proposed == [
        "qingdao-2024-nordhavn-østerby-2024-comparison-key-figures.csv",
        "nordhavn-østerby-2024-patent-applicants.png",
    ]
