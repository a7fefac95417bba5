"""Edit > Paste profile text with several profiles: each kept, the first shown, one dialog saying what was done."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from qingdao_viewer.library import library_folder
from qingdao_viewer.ui.main_window import MainWindow

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
TEXTS = FIXTURES / "profile-texts"  # invented clusters
MENU = "Skip to main content\nHome > Global Innovation Index > Global Innovation Index 2024\n\n"
FOOTER = "\nTerms of use\tPrivacy policy\n© WIPO 2024\n"


def pages(*texts: str) -> str:
    return "".join(MENU + text.strip("\n ") + "\n" + FOOTER for text in texts)


def text_of(name: str) -> str:
    return (TEXTS / name).read_text(encoding="utf-8")


def shown_boxes() -> list[QMessageBox]:
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    for box in boxes:
        box.close()
    return boxes


def test_a_paste_of_three_with_one_broken_keeps_two_and_says_so_in_one_dialog(window: MainWindow) -> None:
    broken = text_of("kessington-2024.txt").replace("3,118    12%", "3,118    12 pct")
    text = pages(text_of("nordhavn-osterby-2024.txt"), broken, text_of("vardanes-2031.txt"))
    QGuiApplication.clipboard().setText(text)
    assert window.doors.paste_profile_text()
    [box] = shown_boxes()
    assert box.icon() == QMessageBox.Icon.Warning
    lines = box.text().split("\n")
    refused_line = next(n for n, line in enumerate(text.split("\n"), 1) if line.endswith("12 pct"))
    assert lines == [
        "Profiles read from the pasted text: 2 of 3; kept in the library: 2.",
        "Shown: Nordhavn–Østerby, Denmark.",
        "Refused:",
        f"clipboard:{refused_line}: expected a share in a row of 'Top PCT applicants' "
        "(a share from 0% to 100%, such as 25%), found 'pct'",
    ]
    assert window.session.profile.cluster == "Nordhavn–Østerby"
    assert len(list(library_folder().glob("*.yaml"))) == 2


def test_a_paste_of_two_readable_ones_says_how_many_were_kept(window: MainWindow) -> None:
    QGuiApplication.clipboard().setText(pages(text_of("vardanes-2031.txt"), text_of("yeonhwa-baekrim-2024.txt")))
    assert window.doors.paste_profile_text()
    [box] = shown_boxes()
    assert box.icon() == QMessageBox.Icon.Information
    assert box.text().split("\n")[0] == "Profiles read from the pasted text: 2 of 2; kept in the library: 2."
    assert window.session.profile.cluster == "Vardanes"


def test_a_paste_of_only_broken_ones_lists_every_refusal_and_keeps_the_profile(window: MainWindow) -> None:
    broken = text_of("kessington-2024.txt").replace("3,118    12%", "3,118    12 pct")
    QGuiApplication.clipboard().setText(pages(broken, broken))
    assert not window.doors.paste_profile_text()
    [box] = shown_boxes()
    lines = box.text().split("\n")
    assert len(lines) == 2 and all(line.startswith("clipboard:") and "found 'pct'" in line for line in lines)
    assert window.session.profile.cluster == "Qingdao"


def test_a_single_profile_in_a_browsers_copy_opens_without_a_dialog(window: MainWindow) -> None:
    chromium = FIXTURES / "browser-copies" / "qingdao-2024-chromium.txt"
    QGuiApplication.clipboard().setText(chromium.read_text(encoding="utf-8"))
    assert window.doors.paste_profile_text()
    assert shown_boxes() == []
    assert window.session.profile.cluster == "Qingdao"
