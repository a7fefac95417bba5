"""File > Export workbook (XLSX): the tables shown, as one workbook, from the menu and in compare mode."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QFileDialog, QWidget

from qingdao_viewer.ui import window_commands
from qingdao_viewer.ui.main_window import MainWindow

NORDHAVN = Path(__file__).resolve().parent.parent / "fixtures" / "profile-texts" / "nordhavn-osterby-2024.txt"


def file_menu_actions(window: MainWindow) -> list[str]:
    [file_menu] = [action.menu() for action in window.menuBar().actions() if action.text() == "&File"]
    return [action.text() for action in file_menu.actions() if not action.isSeparator()]


def accelerator(text: str) -> str:
    found = re.search(r"&([^&])", text)
    return found.group(1).upper() if found else ""


def test_the_file_menu_offers_the_workbook_after_the_csv_with_its_own_accelerator(window: MainWindow) -> None:
    items = file_menu_actions(window)
    assert items[items.index("Export table as CS&V…") + 1] == "Export &workbook (XLSX)…"
    others = [accelerator(text) for text in items if text != "Export &workbook (XLSX)…"]
    assert accelerator("Export &workbook (XLSX)…") == "W" and "W" not in others


def test_export_workbook_from_the_menu_proposes_the_name_and_writes_it(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    target = tmp_path / "chosen.xlsx"

    def choose(parent: QWidget, title: str, proposed: str, file_filter: str) -> tuple[str, str]:
        asked.append(proposed)
        return str(target), file_filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(choose))
    window.window_actions["export_workbook"].trigger()
    assert asked == [str(Path.home() / "qingdao-2024.xlsx")]
    book = load_workbook(target)
    assert book.sheetnames[:3] == ["Source", "key-figures", "patent-applicants"]
    count = book["patent-applicants"]["C2"]
    assert (count.value, count.number_format) == (2131, "#,##0")


def test_export_workbook_in_compare_mode_holds_both_clusters_and_the_comparison(
    window: MainWindow, tmp_path: Path
) -> None:
    assert window.doors.compare_with(str(NORDHAVN))
    path = window.commands.export_workbook(path=str(tmp_path / "both.xlsx"))
    assert path == tmp_path / "both.xlsx"
    book = load_workbook(io.BytesIO(path.read_bytes()))
    assert len(book.sheetnames) == 1 + (8 + 1) + 2 + (8 + 1)  # each cluster's tables and derived estimates
    assert {"qingdao-2024-derived-estimates", "nordhavn-2024-derived-estimates"} <= set(book.sheetnames)
    assert {"qingdao-2024-key-figures", "comparison-key-figures", "nordhavn-2024-key-figures"} <= set(book.sheetnames)
    comparison = window.session.comparison
    assert comparison is not None
    rows = [[cell.value for cell in row] for row in book["nordhavn-2024-patent-applicants"].iter_rows(max_row=2)]
    assert rows[1][2] == comparison.other.profile.patents.top_applicants[0].count


def test_export_workbook_that_cannot_write_says_why_and_leaves_nothing(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(window_commands, "show_error", lambda parent, title, message: shown.append(message))
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    assert window.commands.export_workbook(path=str(blocker / "book.xlsx")) is None
    assert len(shown) == 1 and shown[0].startswith(f"{blocker / 'book.xlsx'}: cannot write:")
    assert blocker.read_text(encoding="utf-8") == "x"


def test_the_workbook_speaks_the_language_shown_and_keeps_the_data(window: MainWindow, tmp_path: Path) -> None:
    window.set_language("zh_CN")
    try:
        path = window.commands.export_workbook(path=str(tmp_path / "zh.xlsx"))
    finally:
        window.set_language("en")
        window.set_language("")
    assert path is not None
    book = load_workbook(path)
    assert book.sheetnames[0] == "来源" and "patent-applicants" in book.sheetnames
    applicants = book["patent-applicants"]
    assert [cell.value for cell in applicants[1]] == ["排名", "申请人", "PCT 申请", "占比"]
    assert applicants["B2"].value == "QINGDAO HAIER AIR CONDITIONER GENERAL"
    labels = [row[0].value for row in book["来源"].iter_rows()]
    assert "引用格式" in labels and "许可协议" in labels
