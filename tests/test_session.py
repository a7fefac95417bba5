"""The session without Qt: open, paste, compare, keep, forget and recent files, and what observers hear."""

from __future__ import annotations

from pathlib import Path

import pytest

from qingdao_viewer.library import ProfileLibrary, kept_file_name
from qingdao_viewer.profile import ProfileError, load_profile
from qingdao_viewer.session import MAX_RECENT, Change, PasteRefused, Session

FIXTURES = Path(__file__).resolve().parent / "fixtures"
DATA = Path(__file__).resolve().parent.parent / "data"
EMBEDDED = DATA / "qingdao-2024.yaml"
NORDHAVN = FIXTURES / "profile-texts" / "nordhavn-osterby-2024.txt"
VARDANES = FIXTURES / "profile-texts" / "vardanes-2031.txt"


class Recent:
    """A settings store as the window's is, in memory."""

    def __init__(self) -> None:
        self.paths: list[str] = []

    def recent_profiles(self) -> list[str]:
        return list(self.paths)

    def set_recent_profiles(self, paths: list[str]) -> None:
        self.paths = list(paths)


@pytest.fixture
def heard() -> list[Change]:
    return []


@pytest.fixture
def session(tmp_path: Path, heard: list[Change]) -> Session:
    made = Session(
        load_profile(EMBEDDED),
        str(EMBEDDED),
        library=lambda: ProfileLibrary(DATA, tmp_path / "kept"),
        recent=Recent(),
    )
    made.observe(heard.append)
    return made


def test_opening_shows_the_profile_keeps_it_and_tells_observers_once(
    session: Session, heard: list[Change], tmp_path: Path
) -> None:
    opened = session.open(str(NORDHAVN))
    assert session.profile == opened and session.path == str(NORDHAVN)
    assert session.tables.overview.title == "Nordhavn–Østerby, Denmark"
    assert heard == [Change.SHOWN | Change.LIBRARY | Change.RECENT]
    assert [path.name for path in (tmp_path / "kept").iterdir()] == [kept_file_name(opened)]
    assert kept_file_name(opened).startswith("nordhavn-østerby-denmark-2024-")
    assert session.recent() == [str(NORDHAVN.resolve())]
    labels = [entry.label for entry in session.listing().entries]
    assert labels == ["Nordhavn–Østerby, Denmark — GII 2024", "Qingdao, China — GII 2024"]


def test_a_profile_that_cannot_be_read_changes_nothing(session: Session, heard: list[Change], tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("format: gii-cluster-profile/1\ncluster: [\n", encoding="utf-8")
    before = session.shown
    with pytest.raises(ProfileError, match=r"broken\.yaml:\d+:"):
        session.open(str(broken))
    assert session.shown is before and heard == [] and session.recent() == []


def test_opening_a_library_profile_does_not_keep_it_again(session: Session, tmp_path: Path) -> None:
    session.open(str(EMBEDDED))
    assert not (tmp_path / "kept").exists()


def test_paste_reads_the_text_keeps_it_and_shows_it(session: Session, heard: list[Change]) -> None:
    pasted = session.paste(NORDHAVN.read_text(encoding="utf-8"))
    assert pasted.keep_error is None and pasted.kept is not None
    assert load_profile(pasted.kept) == pasted.profile == session.profile
    assert session.path == str(pasted.kept) and session.recent() == [str(pasted.kept)]
    assert heard == [Change.SHOWN | Change.LIBRARY | Change.RECENT]


def test_paste_of_unreadable_text_names_the_clipboard_and_line(session: Session) -> None:
    with pytest.raises(ProfileError, match=r"^clipboard:1: "):
        session.paste("not a profile\n")
    with pytest.raises(ProfileError, match="holds no text"):
        session.paste("  \n")


def test_a_paste_that_cannot_be_kept_is_shown_and_says_why(tmp_path: Path) -> None:
    (tmp_path / "kept").write_text("a file where the library folder should be", encoding="utf-8")
    session = Session(load_profile(EMBEDDED), str(EMBEDDED), library=lambda: ProfileLibrary(DATA, tmp_path / "kept"))
    pasted = session.paste(NORDHAVN.read_text(encoding="utf-8"))
    assert pasted.kept is None and isinstance(pasted.keep_error, OSError)
    assert session.profile.cluster == "Nordhavn–Østerby" and session.path == ""


def test_compare_sets_a_second_cluster_beside_and_follows_the_shown_one(session: Session, heard: list[Change]) -> None:
    session.compare_with(str(NORDHAVN))
    assert session.comparison is not None
    assert heard[-1] & Change.COMPARISON
    key_figures = session.comparison.both.key_figures
    assert [row[0] for row in key_figures.rows] == ["Qingdao", "Nordhavn–Østerby"]
    session.open(str(VARDANES))
    assert [row[0] for row in session.comparison.both.key_figures.rows] == ["Vardanes", "Nordhavn–Østerby"]
    session.stop_comparing()
    assert session.comparison is None and heard[-1] == Change.COMPARISON
    count = len(heard)
    session.stop_comparing()  # nothing to stop: nothing changes, nobody is told
    assert len(heard) == count


def test_recent_files_newest_first_at_most_ten_and_a_vanished_one_leaves(session: Session, tmp_path: Path) -> None:
    paths = []
    for number in range(MAX_RECENT + 2):
        path = tmp_path / f"copy-{number}.yaml"
        path.write_text(EMBEDDED.read_text(encoding="utf-8").replace("Qingdao", f"Qingdao{number}"), "utf-8")
        session.open(str(path))
        paths.append(str(path.resolve()))
    assert session.recent() == paths[::-1][:MAX_RECENT]
    Path(paths[-1]).unlink()
    with pytest.raises(ProfileError, match="no such file"):
        session.open_recent(paths[-1])
    assert paths[-1] not in session.recent()


def test_keep_and_forget_change_the_library(session: Session, heard: list[Change]) -> None:
    kept = session.keep(load_profile(VARDANES), origin="test")
    entry = next(entry for entry in session.listing().entries if entry.path == kept)
    assert heard[-1] == Change.LIBRARY
    session.forget(entry)
    assert not kept.exists()
    assert [entry.label for entry in session.listing().entries] == ["Qingdao, China — GII 2024"]


def test_retranslate_builds_the_tables_again(session: Session, heard: list[Change]) -> None:
    before = session.tables
    session.retranslate()
    assert session.tables == before and session.tables is not before
    assert heard == [Change.LANGUAGE | Change.SHOWN]


# -- the library's problems, paths chosen, forgetting --------------------------------------------------


def _broken(folder: Path, count: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    text = EMBEDDED.read_text(encoding="utf-8")
    for number in range(count):
        (folder / f"broken-{number:04}.yaml").write_text(text[: len(text) // 2], encoding="utf-8")


def test_a_thousand_broken_files_make_one_warning_and_relisting_repeats_none(tmp_path: Path) -> None:
    _broken(tmp_path / "kept", 1000)
    warnings: list[str] = []
    session = Session(
        load_profile(EMBEDDED),
        str(EMBEDDED),
        library=lambda: ProfileLibrary(DATA, tmp_path / "kept"),
        warn=warnings.append,
    )
    assert len(session.listing().problems) == 1000
    assert len(warnings) == 1
    first = tmp_path / "kept" / "broken-0000.yaml"
    assert warnings[0].startswith(f"library: 1,000 files could not be read (first: {first}:")
    session.relist()
    session.open(str(NORDHAVN))  # kept: the library is listed again
    session.listing()
    assert len(warnings) == 1, "the same problems are not told again"
    (tmp_path / "kept" / "broken-0000.yaml").unlink()
    session.relist()
    session.listing()
    assert len(warnings) == 2 and warnings[1].startswith("library: 999 files could not be read")


def test_a_library_read_with_a_budget_is_read_on_and_told_once_whole(tmp_path: Path) -> None:
    _broken(tmp_path / "kept", 200)
    warnings: list[str] = []
    heard: list[Change] = []
    session = Session(
        load_profile(EMBEDDED),
        str(EMBEDDED),
        library=lambda: ProfileLibrary(DATA, tmp_path / "kept"),
        warn=warnings.append,
        read_budget=0.0,
    )
    session.observe(heard.append)
    assert session.listing().unread == 199 and warnings == []
    turns = 0
    while session.read_more():
        turns += 1
        assert warnings == [] and turns < 1000
    assert session.listing().unread == 0 and len(session.listing().problems) == 200
    assert warnings == ["library: 200 files could not be read (first: " + str(session.listing().problems[0]) + ")"]
    assert heard == [Change.LIBRARY] * (turns + 1)
    assert not session.read_more() and len(heard) == turns + 1  # nothing left: nothing happens


@pytest.mark.parametrize("make", ["loop", "file"])
def test_opening_with_a_library_folder_that_is_a_loop_or_a_file_shows_the_profile(tmp_path: Path, make: str) -> None:
    kept = tmp_path / "kept"
    if make == "loop":
        kept.symlink_to(kept)
    else:
        kept.write_text("a file", encoding="utf-8")
    warnings: list[str] = []
    session = Session(
        load_profile(EMBEDDED), str(EMBEDDED), library=lambda: ProfileLibrary(DATA, kept), warn=warnings.append
    )
    assert session.open(str(NORDHAVN)).cluster == "Nordhavn–Østerby"
    pasted = session.paste(NORDHAVN.read_text(encoding="utf-8"))
    assert pasted.kept is None and isinstance(pasted.keep_error, OSError)
    assert [entry.cluster for entry in session.listing().entries] == ["Qingdao"]
    assert warnings[0].startswith(f"{NORDHAVN}: could not be kept in the library {kept}: ")
    assert warnings[-1].startswith(f"library: 1 file could not be read: {kept}: ")


def test_paths_are_held_absolute_as_chosen(session: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "here"
    folder.mkdir()
    (folder / "mine.txt").write_text(NORDHAVN.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "link.txt").symlink_to(folder / "mine.txt")
    monkeypatch.chdir(folder)
    session.open("mine.txt")
    assert session.path == str(folder / "mine.txt") and session.recent() == [str(folder / "mine.txt")]
    session.compare_with("./link.txt")
    assert session.comparison is not None and session.comparison.other.path == str(folder / "mine.txt")
    made = Session(load_profile("mine.txt"), "mine.txt", library=lambda: ProfileLibrary(DATA, tmp_path / "kept"))
    assert made.path == str(folder / "mine.txt")
    monkeypatch.chdir(tmp_path)
    assert load_profile(session.path).cluster == "Nordhavn–Østerby"


def test_forgetting_the_profile_shown_leaves_it_shown_not_kept(session: Session, heard: list[Change]) -> None:
    pasted = session.paste(VARDANES.read_text(encoding="utf-8"))
    assert pasted.kept is not None and session.recent() == [str(pasted.kept)]
    session.compare_with(str(pasted.kept))
    [entry] = [entry for entry in session.listing().entries if not entry.shipped]
    heard.clear()
    session.forget(entry)
    assert not pasted.kept.exists()
    assert session.profile.cluster == "Vardanes" and session.path == ""
    assert session.comparison is not None and session.comparison.other.path == ""
    assert session.recent() == []
    assert heard == [Change.LIBRARY | Change.RECENT]
    assert session.entry_shown() is None
    shipped = session.listing().entries[0]
    with pytest.raises(ValueError):
        session.forget(shipped)


def test_forgetting_through_a_library_folder_reached_by_a_symbolic_link(tmp_path: Path) -> None:
    (tmp_path / "real").mkdir()
    (tmp_path / "data").symlink_to(tmp_path / "real")  # XDG_DATA_HOME on another disk, say
    session = Session(
        load_profile(EMBEDDED), str(EMBEDDED), library=lambda: ProfileLibrary(DATA, tmp_path / "data"), recent=Recent()
    )
    session.paste(NORDHAVN.read_text(encoding="utf-8"))
    [entry] = [entry for entry in session.listing().entries if not entry.shipped]
    session.open(str(entry.path))  # as the Cluster box opens it: held resolved
    assert session.path == str(tmp_path / "real" / entry.path.name) and session.entry_shown() == entry
    session.forget(entry)
    assert session.path == "" and session.recent() == [] and not entry.path.exists()


# -- a paste of several profiles, as a person copies them from several pages ----------------------

MENU = "Skip to main content\nAbout IP\nHome > Global Innovation Index > Global Innovation Index 2024\n\n"
FOOTER = "\nTerms of use\tPrivacy policy\n© WIPO 2024\n"
KESSINGTON = FIXTURES / "profile-texts" / "kessington-2024.txt"


def pages(*paths_or_texts: Path | str) -> str:
    texts = [item.read_text(encoding="utf-8") if isinstance(item, Path) else item for item in paths_or_texts]
    return "".join(MENU + text.strip("\n ") + "\n" + FOOTER for text in texts)


def broken_kessington() -> str:
    return KESSINGTON.read_text(encoding="utf-8").replace("3,118    12%", "3,118    12 pct")


def test_a_paste_of_several_profiles_keeps_each_and_shows_the_first(
    session: Session, heard: list[Change], tmp_path: Path
) -> None:
    pasted = session.paste(pages(NORDHAVN, VARDANES, KESSINGTON))
    assert [item.profile.cluster for item in pasted.profiles] == [
        "Nordhavn–Østerby",
        "Vardanes",
        "Port Vellmar–Kessington, MA",
    ]
    assert pasted.refused == ()
    assert pasted.profile == pasted.profiles[0].profile == session.profile
    assert all(item.kept is not None and item.keep_error is None for item in pasted.profiles)
    assert [load_profile(item.kept) for item in pasted.profiles if item.kept] == [i.profile for i in pasted.profiles]
    assert session.path == str(pasted.profiles[0].kept)
    assert session.recent() == [str(item.kept) for item in pasted.profiles]  # the shown one newest
    assert len(list((tmp_path / "kept").iterdir())) == 3
    assert heard == [Change.SHOWN | Change.LIBRARY | Change.RECENT]  # told once
    menu_lines = MENU.count("\n")
    assert pasted.profiles[0].line == menu_lines + 1


def test_a_broken_profile_in_the_middle_is_refused_by_line_and_the_others_kept(session: Session) -> None:
    text = pages(NORDHAVN, broken_kessington(), VARDANES)
    pasted = session.paste(text)
    assert [item.profile.cluster for item in pasted.profiles] == ["Nordhavn–Østerby", "Vardanes"]
    [refusal] = pasted.refused
    assert refusal.path == "clipboard" and refusal.line is not None
    assert text.split("\n")[refusal.line - 1].startswith("1    VELLMAR ROBOTICS & CONTROLS INC")
    assert str(refusal) == (
        f"clipboard:{refusal.line}: expected a share in a row of 'Top PCT applicants' "
        "(a share from 0% to 100%, such as 25%), found 'pct'"
    )
    assert [entry.cluster for entry in session.listing().entries if not entry.shipped] == [
        "Nordhavn–Østerby",
        "Vardanes",
    ]


def test_a_paste_of_only_refused_profiles_changes_nothing_and_names_each(
    session: Session, heard: list[Change], tmp_path: Path
) -> None:
    before = session.shown
    text = pages(broken_kessington(), broken_kessington())
    with pytest.raises(PasteRefused) as caught:
        session.paste(text)
    refusals = caught.value.refusals
    assert len(refusals) == 2 and refusals[0].line is not None and refusals[1].line is not None
    assert refusals[1].line - refusals[0].line == len(pages(broken_kessington()).split("\n")) - 1
    assert str(caught.value) == str(refusals[0])
    assert session.shown is before and heard == [] and not (tmp_path / "kept").exists()


def test_a_pasted_profile_in_a_browsers_copy_is_read(session: Session) -> None:
    chromium = FIXTURES / "browser-copies" / "qingdao-2024-chromium.txt"
    pasted = session.paste(chromium.read_text(encoding="utf-8"))
    assert pasted.profile == load_profile(EMBEDDED) and len(pasted.profiles) == 1 and pasted.refused == ()


def test_a_paste_of_several_that_cannot_be_kept_shows_the_first_and_says_why_for_each(tmp_path: Path) -> None:
    (tmp_path / "kept").write_text("a file where the library folder should be", encoding="utf-8")
    session = Session(load_profile(EMBEDDED), str(EMBEDDED), library=lambda: ProfileLibrary(DATA, tmp_path / "kept"))
    pasted = session.paste(pages(VARDANES, NORDHAVN))
    assert [item.profile.cluster for item in pasted.profiles] == ["Vardanes", "Nordhavn–Østerby"]
    assert all(item.kept is None and isinstance(item.keep_error, OSError) for item in pasted.profiles)
    assert pasted.keep_error is pasted.profiles[0].keep_error
    assert session.profile.cluster == "Vardanes" and session.path == ""
