"""The session without Qt: open, paste, compare, keep, forget and recent files, and what observers hear."""

from __future__ import annotations

from pathlib import Path

import pytest

from qingdao_viewer.library import ProfileLibrary, kept_file_name
from qingdao_viewer.profile import ProfileError, load_profile
from qingdao_viewer.session import MAX_RECENT, Change, Session

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
