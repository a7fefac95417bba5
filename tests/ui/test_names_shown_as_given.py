"""Names shown as given in the window: an "&" is an "&" in every title, menu and box; dialogs quote nothing of
a file that is no profile and stay short; save dialogs propose a safe name in the documents folder.

Qt reads "&" as a keyboard mnemonic in menu items, actions, group boxes, buttons and tabs (``R&D``
shows as "RD", with the D underlined); ``QKeySequence.mnemonic`` says which key a text would
bind, so a title that shows its "&" binds none.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog, QGroupBox, QMessageBox
from pytestqt.qtbot import QtBot

from qingdao_viewer.library import library_folder as kept_profiles_dir
from qingdao_viewer.profile import load_profile
from qingdao_viewer.profile.profile_yaml import profile_to_yaml
from qingdao_viewer.ui import literal
from qingdao_viewer.ui.main_window import MainWindow
from qingdao_viewer.ui.tabs import ElidedLabel

OpenWindow = Callable[..., MainWindow]

REPO = Path(__file__).resolve().parents[2]
EMBEDDED = REPO / "data" / "qingdao-2024.yaml"
OTHER = REPO / "tests" / "fixtures" / "other-cluster.yaml"
CLUSTER = "R&D Park & Co"
ECONOMY = "Trinidad & Tobago"


def messages() -> list[str]:
    """The texts of the message boxes shown, which are closed."""
    boxes = [widget for widget in QApplication.topLevelWidgets() if isinstance(widget, QMessageBox)]
    texts = [box.text() for box in boxes if box.isVisible()]
    for box in boxes:
        box.close()
    return texts


def ampersand_profile(folder: Path, cluster: str = CLUSTER, name: str = "r&d.yaml") -> Path:
    profile = load_profile(EMBEDDED)
    path = folder / name
    path.write_text(profile_to_yaml(profile._replace(cluster=cluster, economy=ECONOMY)), encoding="utf-8")
    return path


def shows_as(text: str) -> str:
    """What a widget that reads mnemonics shows of text: "&&" as "&", a lone "&" not at all."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def test_menu_text_doubles_every_ampersand() -> None:
    assert literal.menu_text("R&D && more &") == "R&&D &&&& more &&"
    assert QKeySequence.mnemonic(literal.menu_text(CLUSTER)).isEmpty()
    assert not QKeySequence.mnemonic(CLUSTER).isEmpty()  # the name itself would bind Alt+D


def test_every_group_box_shows_its_ampersands(open_window: OpenWindow, tmp_path: Path, qtbot: QtBot) -> None:
    window = open_window(ampersand_profile(tmp_path))
    other = ampersand_profile(tmp_path, cluster="A&B Valley", name="a&b.yaml")
    assert window.doors.compare_with(str(other))
    qtbot.waitUntil(lambda: window.pages.pending() == 0)
    for index in range(window.tabs.count()):
        window.pages.page(index)
    boxes = window.findChildren(QGroupBox)
    titled = [box for box in boxes if box.title()]
    assert len(titled) > 8
    for box in titled:
        assert QKeySequence.mnemonic(box.title()).isEmpty(), box.title()
    shown = {shows_as(box.title()) for box in titled}
    assert any(CLUSTER in title and "A&B Valley" in title for title in shown)  # the comparison's key figures
    # Each cluster's name heads its column (a plain-text label, which reads no mnemonics).
    headings = {label.full_text() for label in window.findChildren(ElidedLabel)}
    assert f"{CLUSTER}, {ECONOMY}, GII 2024" in headings
    assert "A&B Valley, Trinidad & Tobago, GII 2024" in headings


def test_the_window_title_and_the_cluster_box_show_the_name_as_given(open_window: OpenWindow, tmp_path: Path) -> None:
    window = open_window(ampersand_profile(tmp_path))
    assert window.windowTitle() == f"{CLUSTER}, {ECONOMY} — GII 2024 S&T cluster"  # titles read no mnemonics
    window.picker.refresh()
    items = [window.picker.combo.itemText(index) for index in range(window.picker.combo.count())]
    # Combo box items read no mnemonics either: the name is not doubled there.
    assert items[-1] == f"{CLUSTER}, {ECONOMY}, GII 2024", items  # the shown profile, not in the library
    assert window.doors.open_profile(str(ampersand_profile(tmp_path, name="again.yaml")))  # now kept
    window.picker.refresh()
    items = [window.picker.combo.itemText(index) for index in range(window.picker.combo.count())]
    assert f"{CLUSTER}, {ECONOMY} — GII 2024 (kept)" in items, items


def test_open_recent_numbers_its_items_and_shows_the_names_ampersands(open_window: OpenWindow, tmp_path: Path) -> None:
    folder = tmp_path / "R&D folder"
    folder.mkdir()
    first = ampersand_profile(folder)
    window = open_window(EMBEDDED)
    assert window.doors.open_profile(str(first))
    assert window.doors.open_profile(str(OTHER))
    menu = window.window_actions.menus["recent"]
    window.doors.fill_recent_menu(menu)
    actions = [action for action in menu.actions() if action.data()]
    assert [action.data() for action in actions][:2] == [str(OTHER.resolve()), str(first.resolve())]
    ampersand = actions[1]
    assert QKeySequence.mnemonic(ampersand.text()) == QKeySequence("Alt+2")
    assert shows_as(ampersand.text()) == f"2 r&d.yaml  ({first.resolve().parent})"
    assert QKeySequence.mnemonic(actions[0].text()) == QKeySequence("Alt+1")


# -- dialogs: short, and nothing of a file that is no profile -------------------------------------


def test_opening_a_link_to_credentials_says_no_profile_and_quotes_nothing(window: MainWindow, tmp_path: Path) -> None:
    secrets = tmp_path / "credentials"
    secrets.write_text("TOKEN=sekrit-123\n", encoding="utf-8")
    link = tmp_path / "profile.yaml"
    link.symlink_to(secrets)
    assert not window.doors.open_profile(str(link))
    (text,) = messages()
    assert "sekrit" not in text and text.startswith(f"{link}:1: not a GII cluster profile: expected")
    assert window.session.profile.cluster == "Qingdao"
    assert not kept_profiles_dir().exists() or not any(kept_profiles_dir().iterdir())  # nothing kept of it


@pytest.mark.parametrize(
    "content",
    [
        pytest.param(EMBEDDED.read_text(encoding="utf-8") + "? " + "k" * 1_000_000 + "\n: 1\n", id="1 MB key"),
        pytest.param("x" * 1_000_000, id="1 MB of no profile"),
    ],
)
def test_a_huge_mistake_makes_a_short_one_line_dialog(window: MainWindow, tmp_path: Path, content: str) -> None:
    path = tmp_path / "huge.yaml"
    path.write_text(content, encoding="utf-8")
    assert not window.doors.open_profile(str(path))
    (text,) = messages()
    assert len(text) <= 300 and "\n" not in text, len(text)


def test_pasting_credentials_says_no_profile_and_quotes_nothing(window: MainWindow) -> None:
    QApplication.clipboard().setText("TOKEN=sekrit-123\nPASSWORD=hunter2\n")
    assert not window.doors.paste_profile_text()
    (text,) = messages()
    assert text == (
        "clipboard:1: not a GII cluster profile: expected a YAML mapping with format: gii-cluster-profile/1,"
        " or a profile's published text; found a single value"
    )


def test_a_pasted_yaml_profile_is_read_as_yaml_whatever_its_comments_say(window: MainWindow) -> None:
    """Told by structure: a YAML profile copied from a file, its first comment the text's header, is YAML."""
    yaml_text = "# Global Innovation Index 2024\n" + EMBEDDED.read_text(encoding="utf-8")
    QApplication.clipboard().setText(yaml_text.replace("cluster: Qingdao", "cluster: Qingdao & Co", 1))
    assert window.doors.paste_profile_text()
    assert messages() == []
    assert window.session.profile.cluster == "Qingdao & Co"


# -- save dialogs: a safe name, in the documents folder -------------------------------------------


@pytest.fixture
def proposed(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The paths the save dialogs propose; every dialog is answered with Cancel."""
    seen: list[str] = []

    def answer(parent: object, title: str, start: str, filters: str) -> tuple[str, str]:
        seen.append(start)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(answer))
    return seen


def documents_folder_at(folder: Path, user_folders: Path) -> None:
    """Tell Qt, as the XDG user-dirs file does, that the user's documents folder is folder."""
    (user_folders / "config" / "user-dirs.dirs").write_text(f'XDG_DOCUMENTS_DIR="{folder}"\n', encoding="utf-8")


HOSTILE_CLUSTERS = ["../../../etc/cron.d/x", ".hidden", "CON", "nul", "a/b\\c:d*e?f", "\u202egnp.exe", "R&D\x85", "..."]


@pytest.mark.parametrize("cluster", HOSTILE_CLUSTERS)
def test_save_dialogs_propose_a_safe_name_in_the_documents_folder(
    open_window: OpenWindow, tmp_path: Path, user_folders: Path, proposed: list[str], cluster: str
) -> None:
    documents = tmp_path / "Documents"
    documents.mkdir()
    documents_folder_at(documents, user_folders)
    window = open_window(EMBEDDED)
    # A name no profile may hold (a control) is put in directly: the dialogs must cope with any name.
    window.session.shown = window.session.shown._replace(profile=window.session.profile._replace(cluster=cluster))
    window.commands.export_table_csv()
    window.commands.export_chart(window.pages.current_chart() or window.pages.page(1).charts()[0])
    window.commands.save_profile_yaml()
    window.commands.export_report()
    assert len(proposed) == 4
    for start in proposed:
        path = Path(start)
        assert path.parent == documents, start
        name = path.name
        assert name and not name.startswith(".") and ".." not in name
        assert not any(character in name for character in '/\\:*?"<>|') and name.isprintable(), name
        assert name.split(".")[0].casefold() not in {"con", "nul", "prn", "aux"}, name


def test_save_dialogs_start_in_the_home_folder_without_a_documents_folder(
    window: MainWindow, tmp_path: Path, user_folders: Path, proposed: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    documents_folder_at(tmp_path / "no such folder", user_folders)
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    window.commands.save_profile_yaml()
    (start,) = proposed
    assert Path(start).parent == home and Path(start).name.endswith(".yaml")


def test_a_table_and_chart_box_shows_an_ampersand_of_its_title(window: MainWindow) -> None:
    # No chart tab's title names a cluster today; a title that holds "&" (one that does, or a
    # translation's "S&T") must still show it.
    import dataclasses

    from qingdao_viewer.ui.chart_tabs import TableAndChart

    table = dataclasses.replace(window.session.tables.patent_applicants, title=f"Top PCT applicants of {CLUSTER}")
    box = TableAndChart(table, window.chart_renderer())
    try:
        assert QKeySequence.mnemonic(box.title()).isEmpty()
        assert shows_as(box.title()) == f"Top PCT applicants of {CLUSTER}"
    finally:
        box.deleteLater()
