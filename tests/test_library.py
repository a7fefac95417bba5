"""The profile library without Qt: listing shipped and kept profiles, keeping, removing.

Also what the library must survive: names that would collide or be too long, the same
profile kept again, YAML that would not read back, and a folder that is a file, a loop,
unreadable, or full of foreign and broken files.
"""

from __future__ import annotations

import errno
import json
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from unprivileged import run_unprivileged

from qingdao_viewer import library as library_module
from qingdao_viewer.library import (
    CACHE_NAME,
    MAX_NAME_BYTES,
    KeepStatus,
    ProfileLibrary,
    data_folder,
    file_stem,
    kept_file_name,
    library_folder,
    problem_summary,
    summary_of,
)
from qingdao_viewer.profile import ClusterProfile, load_profile
from qingdao_viewer.profile.profile_yaml import profile_to_yaml
from qingdao_viewer.tables.comparison import build_comparison

FIXTURES = Path(__file__).resolve().parent / "fixtures"
DATA = Path(__file__).resolve().parent.parent / "data"
TEXTS = FIXTURES / "profile-texts"
QINGDAO = load_profile(DATA / "qingdao-2024.yaml")


def named(cluster: str, economy: str = "China", year: int = 2024) -> ClusterProfile:
    return QINGDAO._replace(cluster=cluster, economy=economy, year=year)


def kept_files(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir() if not path.name.startswith("."))


def test_lists_shipped_and_kept_profiles_by_name(tmp_path: Path) -> None:
    library = ProfileLibrary(DATA, tmp_path / "kept")
    for text in sorted(TEXTS.glob("*.txt")):
        library.keep(load_profile(text), origin=text.name)
    listing = library.listing()
    assert listing.problems == [] and listing.unread == 0
    assert [(entry.label, entry.shipped) for entry in listing.entries] == [
        ("Nordhavn–Østerby, Denmark — GII 2024", False),
        ("Port Vellmar–Kessington, MA, United States of America — GII 2024", False),
        ("Qingdao, China — GII 2024", True),
        ("Vardanes, Iran (Islamic Republic of) — GII 2031", False),
        ("Yeonhwa-do–Baekrim, Republic of Korea — GII 2024", False),
    ]


# -- names: one identity, one file; two identities, two files ------------------------------------------


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (named("Qing-dao"), named("Qing dao")),
        (named("Foo!"), named("Foo?")),
        (named("QINGDAO"), named("Qingdao")),
        (named("Qingdao", "China"), named("Qingdao", "CHINA")),
        (named("Qingdao", year=2024), named("Qingdao", year=2025)),
        (named("A" * 150 + " North"), named("A" * 150 + " South")),  # differ past any cut of the name
        (named("青" * 80, year=2024), named("青" * 80, year=2025)),  # a long name's two editions
        (named("Qingdao, China"), named("Qingdao", "China, China")),  # where the comma falls
    ],
)
def test_profiles_of_different_identities_are_kept_in_different_files(
    tmp_path: Path, first: ClusterProfile, second: ClusterProfile
) -> None:
    library = ProfileLibrary(DATA, tmp_path)
    kept = [library.store(first, origin="a"), library.store(second, origin="b")]
    assert [result.status for result in kept] == [KeepStatus.ADDED, KeepStatus.ADDED]
    assert kept[0].path != kept[1].path
    assert [load_profile(result.path) for result in kept] == [first, second]
    assert sorted(entry.label for entry in library.listing().entries if not entry.shipped) == sorted(
        [f"{p.cluster}, {p.economy} — GII {p.year}" for p in (first, second)]
    )


def test_a_name_of_80_cjk_characters_is_kept_in_a_name_under_255_bytes(tmp_path: Path) -> None:
    profile = named("青岛市即墨区" * 14, "中华人民共和国")
    kept = ProfileLibrary(DATA, tmp_path).store(profile, origin="x")
    assert kept.status == KeepStatus.ADDED and load_profile(kept.path) == profile
    assert len(kept.path.name.encode("utf-8")) <= MAX_NAME_BYTES < 255
    assert kept.path.name.startswith("青岛市即墨区")  # readable, cut at a character's end


def test_kept_names_are_readable_and_stable() -> None:
    # The hash is of the identity: these names stay the same from version to version.
    assert kept_file_name(load_profile(TEXTS / "nordhavn-osterby-2024.txt")) == (
        "nordhavn-østerby-denmark-2024-fe855d927189.yaml"
    )
    assert kept_file_name(named("!!!", "???")).startswith("cluster-2024-")  # no letters: still a name


# Names that fold to the same words (case, punctuation, scripts), and any names at all.
_names = st.text(alphabet="aA -!?.,青é_Ǆ", min_size=1, max_size=8) | st.text(min_size=1, max_size=200)
_years = st.sampled_from([2024, 2025]) | st.integers(1000, 9999)
_FOLDS = (str.upper, str.lower, str.casefold, lambda t: t.replace(" ", "-"), lambda t: t + "!", lambda t: t + "?")


@st.composite
def _identities(draw: st.DrawFn) -> list[tuple[str, str, int]]:
    """A few identities, most of them one identity with its case or punctuation changed."""
    cluster, economy, year = draw(st.tuples(_names, _names, _years))
    found = [(cluster, economy, year)]
    for fold, where in draw(st.lists(st.tuples(st.sampled_from(_FOLDS), st.booleans()), min_size=1, max_size=5)):
        found.append((fold(cluster), economy, year) if where else (cluster, fold(economy), year))
    found += draw(st.lists(st.tuples(_names, _names, _years), max_size=3))
    return list(dict.fromkeys(found))


@settings(max_examples=max(300, settings.default.max_examples), deadline=None)
@given(_identities())
def test_distinct_identities_get_distinct_valid_names(identities: list[tuple[str, str, int]]) -> None:
    names = [kept_file_name(named(cluster, economy, year)) for cluster, economy, year in identities]
    assert len(set(names)) == len(names)
    # Case-insensitive file systems (macOS, Windows) must not fold two names into one either.
    assert len({name.casefold() for name in names}) == len(names)
    for name in names:
        assert len(name.encode("utf-8")) <= MAX_NAME_BYTES <= 255
        assert "/" not in name and "\\" not in name and "\x00" not in name and name not in (".", "..")
        assert not name.startswith(("-", ".")) and name.endswith(".yaml")
        assert Path(name).name == name and len(Path(name).parts) == 1
    assert kept_file_name(named(*identities[0])) == names[0]  # the same identity, the same name


def test_every_kept_name_can_be_written_beside_its_temporary(tmp_path: Path) -> None:
    for cluster in ("x" * 300, "青" * 200, "😀" * 100, "a-" * 150, "Ǆ" * 120):
        profile = named(cluster)
        assert ProfileLibrary(DATA, tmp_path).store(profile, origin="x").status == KeepStatus.ADDED
    assert len(kept_files(tmp_path)) == 5


def test_proposed_file_stems_stay_readable_and_short() -> None:
    assert file_stem(load_profile(TEXTS / "nordhavn-osterby-2024.txt")) == "nordhavn-østerby-denmark-2024"
    assert file_stem(load_profile(TEXTS / "vardanes-2031.txt")) == "vardanes-iran-islamic-republic-of-2031"
    assert len(file_stem(named("青" * 80)).encode("utf-8")) <= 120


# -- keeping again ---------------------------------------------------------------------------------------


def test_keeping_the_same_profile_again_changes_nothing(tmp_path: Path) -> None:
    library = ProfileLibrary(DATA, tmp_path)
    profile = load_profile(TEXTS / "nordhavn-osterby-2024.txt")
    first = library.store(profile, origin="nordhavn.txt")
    written = first.path.read_bytes()
    past = time.time_ns() - 10**10
    os.utime(first.path, ns=(past, past))
    for origin in ("nordhavn.txt", "a copy elsewhere.txt"):  # the same bytes, or the same profile
        again = library.store(profile, origin=origin)
        assert again == (first.path, KeepStatus.UNCHANGED)
        assert first.path.read_bytes() == written and first.path.stat().st_mtime_ns == past
    assert kept_files(tmp_path) == [first.path.name]


def test_a_corrected_profile_of_the_same_identity_replaces_the_kept_one(tmp_path: Path) -> None:
    library = ProfileLibrary(DATA, tmp_path)
    profile = load_profile(TEXTS / "nordhavn-osterby-2024.txt")
    first = library.store(profile, origin="a")
    corrected = profile._replace(ranks=profile.ranks._replace(size=2))
    second = library.store(corrected, origin="b")
    assert second == (first.path, KeepStatus.REPLACED)
    assert kept_files(tmp_path) == [first.path.name] and load_profile(first.path) == corrected


def test_a_file_an_earlier_version_kept_is_replaced_by_its_identitys_file(tmp_path: Path) -> None:
    profile = load_profile(TEXTS / "nordhavn-osterby-2024.txt")
    legacy = tmp_path / "nordhavn-østerby-denmark-2024.yaml"
    legacy.write_text(profile_to_yaml(profile, origin="old"), encoding="utf-8")
    other = tmp_path / "qing-dao-china-2024.yaml"  # an old shared name, holding another identity
    other.write_text(profile_to_yaml(named("Qing dao"), origin="old"), encoding="utf-8")
    library = ProfileLibrary(DATA, tmp_path)
    kept = library.store(profile, origin="new")
    assert not legacy.exists() and kept.path.exists()
    assert library.store(named("Qing-dao"), origin="new").status == KeepStatus.ADDED
    assert other.exists(), "a file of another identity is never removed"
    labels = [entry.label for entry in library.listing().entries if not entry.shipped]
    assert labels == [
        "Nordhavn–Østerby, Denmark — GII 2024",
        "Qing dao, China — GII 2024",
        "Qing-dao, China — GII 2024",
    ]


def test_a_profile_that_would_not_read_back_is_refused_and_nothing_is_written(tmp_path: Path) -> None:
    library = ProfileLibrary(DATA, tmp_path / "kept")
    # Made in code, not read: a name the reader refuses (the writer escapes it, the reader says no).
    with pytest.raises(OSError) as caught:
        library.store(named("Qing\x00dao"), origin="x")
    assert caught.value.errno == errno.EINVAL
    assert "would not read back (line 5: cluster must not contain control characters" in str(caught.value.strerror)
    assert not (tmp_path / "kept").exists()


def test_yaml_that_reads_back_as_another_profile_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    other = profile_to_yaml(named("Someone else"))
    monkeypatch.setattr(library_module, "profile_to_yaml", lambda profile, origin=None: other)
    with pytest.raises(OSError, match="would read back as a different profile"):
        ProfileLibrary(DATA, tmp_path).store(QINGDAO, origin="x")
    assert list(tmp_path.iterdir()) == []


def test_keeping_into_a_folder_that_cannot_be_made_raises_oserror(tmp_path: Path) -> None:
    blocker = tmp_path / "kept"
    blocker.write_text("a file where the folder should be", encoding="utf-8")
    with pytest.raises(OSError):
        ProfileLibrary(DATA, blocker).store(QINGDAO, origin="x")
    loop = tmp_path / "loop"
    loop.symlink_to(loop)
    with pytest.raises(OSError):
        ProfileLibrary(DATA, loop).store(QINGDAO, origin="x")


# -- listing: what the folders hold ---------------------------------------------------------------------


def test_a_broken_kept_file_is_reported_not_listed(tmp_path: Path) -> None:
    (tmp_path / "broken.yaml").write_text("format: gii-cluster-profile/1\ncluster: [\n", encoding="utf-8")
    listing = ProfileLibrary(DATA, tmp_path).listing()
    assert [entry.cluster for entry in listing.entries] == ["Qingdao"]
    assert [str(problem).split(":")[0] for problem in listing.problems] == [str(tmp_path / "broken.yaml")]


def test_a_missing_kept_folder_lists_the_shipped_ones(tmp_path: Path) -> None:
    listing = ProfileLibrary(DATA, tmp_path / "none").listing()
    assert [e.cluster for e in listing.entries] == ["Qingdao"] and listing.problems == []


def _loop(folder: Path) -> Path:
    loop = folder / "profiles"
    loop.symlink_to(loop)
    return loop


def _file(folder: Path) -> Path:
    path = folder / "profiles"
    path.write_text("a file where the library folder should be", encoding="utf-8")
    return path


def _two_step_loop(folder: Path) -> Path:
    (folder / "a").symlink_to(folder / "b")
    (folder / "b").symlink_to(folder / "a")
    return folder / "a"


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (_loop, "the library folder cannot be read: Too many levels of symbolic links"),
        (_two_step_loop, "the library folder cannot be read: Too many levels of symbolic links"),
        (_file, "is not a folder: the library cannot be read or written"),
    ],
)
def test_a_kept_folder_that_is_not_a_folder_is_one_problem_never_an_exception(
    tmp_path: Path, make: object, message: str
) -> None:
    folder = make(tmp_path)  # type: ignore[operator]
    library = ProfileLibrary(DATA, folder)
    listing = library.listing()
    assert [entry.cluster for entry in listing.entries] == ["Qingdao"]
    assert [str(problem) for problem in listing.problems] == [f"{folder}: {message}"]
    assert not library.contains(tmp_path / "elsewhere.yaml")
    assert library.contains(DATA / "qingdao-2024.yaml")


def test_an_unreadable_kept_folder_is_one_problem_for_an_unprivileged_user() -> None:
    code = (
        "import os, sys\n"
        "from pathlib import Path\n"
        "from qingdao_viewer.library import ProfileLibrary\n"
        "folder = Path(sys.argv[1])\n"
        "listing = ProfileLibrary(Path(sys.argv[2]), folder).listing()\n"
        "print([e.cluster for e in listing.entries])\n"
        "print([str(p) for p in listing.problems])\n"
    )
    with tempfile.TemporaryDirectory() as home:
        folder = Path(home) / "profiles"
        folder.mkdir()
        (folder / "kept.yaml").write_text(profile_to_yaml(named("Hidden")), encoding="utf-8")
        folder.chmod(0o000)
        try:
            result = run_unprivileged("-c", code, folder, DATA, owner_of=Path(home))
        finally:
            folder.chmod(0o700)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "['Qingdao']",
        f"['{folder}: the library folder cannot be read: Permission denied']",
    ]


def test_an_unreadable_kept_file_is_one_problem_for_an_unprivileged_user() -> None:
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from qingdao_viewer.library import ProfileLibrary\n"
        "listing = ProfileLibrary(Path(sys.argv[2]), Path(sys.argv[1])).listing()\n"
        "print([e.cluster for e in listing.entries])\n"
        "print([str(p) for p in listing.problems])\n"
    )
    with tempfile.TemporaryDirectory() as home:
        folder = Path(home) / "profiles"
        folder.mkdir()
        secret = folder / "secret.yaml"
        secret.write_text(profile_to_yaml(named("Hidden")), encoding="utf-8")
        (folder / "open.yaml").write_text(profile_to_yaml(named("Open")), encoding="utf-8")
        result = run_unprivileged("-c", code, folder, DATA, owner_of=Path(home), private=[secret])
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "['Open', 'Qingdao']",
        f"['{secret}: cannot be read: Permission denied']",
    ]


def test_foreign_files_links_folders_and_fifos_are_refused_before_they_are_parsed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    outside = tmp_path / "outside.yaml"
    outside.write_text(profile_to_yaml(named("Outside")), encoding="utf-8")
    kept = tmp_path / "kept"
    kept.mkdir()
    (kept / "notes.yaml").write_text("shopping: [milk, eggs]\n", encoding="utf-8")
    (kept / "binary.yaml").write_bytes(bytes(range(256)) * 8)
    (kept / "empty.yaml").write_bytes(b"")
    (kept / "link.yaml").symlink_to(outside)
    (kept / "dangling.yaml").symlink_to(tmp_path / "gone.yaml")
    (kept / "folder.yaml").mkdir()
    os.mkfifo(kept / "fifo.yaml")
    (kept / "readme.txt").write_text("not a .yaml name: not looked at", encoding="utf-8")
    (kept / ".hidden.yaml").write_text("a temporary or hidden file: not looked at", encoding="utf-8")
    parsed: list[str] = []
    real = library_module.parse_any_profile
    monkeypatch.setattr(library_module, "parse_any_profile", lambda text, path: parsed.append(path) or real(text, path))
    listing = ProfileLibrary(DATA, kept).listing()
    assert [entry.cluster for entry in listing.entries] == ["Qingdao"]
    assert parsed == [str(DATA / "qingdao-2024.yaml")]  # the shipped one only
    assert sorted(str(problem).removeprefix(f"{kept}/") for problem in listing.problems) == [
        "binary.yaml: is not a gii-cluster-profile/1 profile (it does not name the format)",
        "dangling.yaml: is a symbolic link; the library reads only files of its own",
        "empty.yaml: is not a gii-cluster-profile/1 profile (it does not name the format)",
        "fifo.yaml: is not a regular file",
        "folder.yaml: is not a regular file",
        "link.yaml: is a symbolic link; the library reads only files of its own",
        "notes.yaml: is not a gii-cluster-profile/1 profile (it does not name the format)",
    ]


def test_a_file_over_the_size_limit_is_refused_unread(tmp_path: Path) -> None:
    huge = tmp_path / "huge.yaml"
    with open(huge, "wb") as stream:
        stream.truncate(2 * 1024**3)  # 2 GiB, sparse: reading it would take a while
    listing = ProfileLibrary(DATA, tmp_path).listing()
    assert [str(problem) for problem in listing.problems] == [
        f"{huge}: is {2 * 1024**3:,} bytes; a profile may be at most 1,048,576 bytes"
    ]


def _broken_copies(folder: Path, count: int) -> None:
    """Profile-like files that only a full read can refuse: truncated, or a bad value deep inside."""
    folder.mkdir(exist_ok=True)
    text = profile_to_yaml(QINGDAO, origin="x")
    for number in range(count):
        broken = text[: len(text) // 2 + number % 40] if number % 2 else text.replace("count: 881", "count: -881")
        (folder / f"broken-{number:04}.yaml").write_text(broken, encoding="utf-8")


def test_a_thousand_broken_files_are_problems_summed_up_in_one_line(tmp_path: Path) -> None:
    kept = tmp_path / "kept"
    _broken_copies(kept, 1000)
    ProfileLibrary(DATA, kept).store(named("Good"), origin="x")
    listing = ProfileLibrary(DATA, kept).listing()
    assert [entry.cluster for entry in listing.entries] == ["Good", "Qingdao"]
    assert len(listing.problems) == 1000
    summary = problem_summary(listing.problems)
    assert summary is not None and "\n" not in summary
    assert summary.startswith(f"library: 1,000 files could not be read (first: {kept / 'broken-0000.yaml'}:")
    assert "must be a whole number" in summary
    assert problem_summary(listing.problems[:1]) == f"library: 1 file could not be read: {listing.problems[0]}"
    assert problem_summary([]) is None


def test_what_each_file_gave_is_remembered_and_read_again_when_it_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    kept = tmp_path / "kept"
    _broken_copies(kept, 20)
    good = ProfileLibrary(DATA, kept).keep(named("Good"), origin="x")
    parsed: list[str] = []
    real = library_module.parse_any_profile
    monkeypatch.setattr(library_module, "parse_any_profile", lambda text, path: parsed.append(path) or real(text, path))
    first = ProfileLibrary(DATA, kept).listing()
    assert len(parsed) == 21 + 1  # every kept file, and the shipped one
    parsed.clear()
    again = ProfileLibrary(DATA, kept).listing()  # another process, another start
    assert parsed == [str(DATA / "qingdao-2024.yaml")]
    assert again.entries == first.entries
    assert [str(problem) for problem in again.problems] == [str(problem) for problem in first.problems]
    good.write_text(profile_to_yaml(named("Better")), encoding="utf-8")
    (kept / "broken-0003.yaml").write_text(profile_to_yaml(named("Mended")), encoding="utf-8")
    parsed.clear()
    mended = ProfileLibrary(DATA, kept).listing()
    assert sorted(parsed) == sorted([str(DATA / "qingdao-2024.yaml"), str(good), str(kept / "broken-0003.yaml")])
    assert [entry.cluster for entry in mended.entries] == ["Better", "Mended", "Qingdao"]
    assert len(mended.problems) == 19


@pytest.mark.parametrize(
    "cache",
    [
        b"",
        b"not json",
        b"[" * 100_000,
        b'{"format": "qingdao-viewer-library-cache/1", "app": "0.0.0", "files": {}}',
        b'{"format": "qingdao-viewer-library-cache/1", "files": []}',
        b"\xff\xfe",
    ],
)
def test_a_damaged_or_foreign_cache_is_ignored(tmp_path: Path, cache: bytes) -> None:
    kept = tmp_path / "kept"
    _broken_copies(kept, 3)
    (kept / CACHE_NAME).write_bytes(cache)
    listing = ProfileLibrary(DATA, kept).listing()
    assert len(listing.problems) == 3 and [e.cluster for e in listing.entries] == ["Qingdao"]
    document = json.loads((kept / CACHE_NAME).read_bytes())
    assert sorted(document["files"]) == ["broken-0000.yaml", "broken-0001.yaml", "broken-0002.yaml"]


def test_a_cache_that_lies_about_a_changed_file_is_not_believed(tmp_path: Path) -> None:
    kept = tmp_path / "kept"
    path = ProfileLibrary(DATA, kept).keep(named("Honest"), origin="x")
    ProfileLibrary(DATA, kept).listing()
    document = json.loads((kept / CACHE_NAME).read_bytes())
    [(name, value)] = document["files"].items()
    document["files"][name] = [value[0] + 1, *value[1:4], "Liar", "Nowhere", 1999]  # another size
    (kept / CACHE_NAME).write_text(json.dumps(document), encoding="utf-8")
    assert [e.cluster for e in ProfileLibrary(DATA, kept).listing().entries] == ["Honest", "Qingdao"]
    assert path.name == name


def test_with_a_budget_new_files_are_read_over_several_listings(tmp_path: Path) -> None:
    kept = tmp_path / "kept"
    _broken_copies(kept, 300)
    library = ProfileLibrary(DATA, kept)
    listings = [library.listing(budget=0.0)]
    (kept / "late.yaml").write_text(profile_to_yaml(named("Late")), encoding="utf-8")
    while listings[-1].unread:
        listings.append(library.listing(budget=0.0005, resume=True))  # goes on: the folder is not looked at again
        assert len(listings) < 400
    first, last = listings[0], listings[-1]
    assert first.unread == 299  # one file at least is read each time: every listing makes progress
    assert len(listings) > 2 and len(last.problems) == 300
    assert [len(listing.problems) + listing.unread for listing in listings] == [300] * len(listings)
    assert [entry.cluster for entry in last.entries] == ["Qingdao"]
    again = library.listing(budget=0.0)  # a new listing: the folder looked at again, the 300 remembered
    assert again.unread == 0 and [entry.cluster for entry in again.entries] == ["Late", "Qingdao"]
    assert [str(problem) for problem in again.problems] == [str(problem) for problem in last.problems]


def test_removing_keeps_shipped_profiles_and_only_the_librarys_own_files(tmp_path: Path) -> None:
    library = ProfileLibrary(DATA, tmp_path)
    library.keep(load_profile(TEXTS / "vardanes-2031.txt"), origin="x")
    shipped, kept = sorted(library.listing().entries, key=lambda e: not e.shipped)
    with pytest.raises(ValueError):
        library.remove(shipped)
    outside = tmp_path.parent / f"{tmp_path.name}-outside.yaml"
    outside.write_text("mine", encoding="utf-8")
    with pytest.raises(ValueError):
        library.remove(kept._replace(path=outside))
    assert outside.read_text(encoding="utf-8") == "mine"
    outside.unlink()
    library.remove(kept)
    assert [e.shipped for e in library.listing().entries] == [True]
    assert library.contains(DATA / "qingdao-2024.yaml") and not library.contains(TEXTS / "vardanes-2031.txt")
    assert library.owner(DATA / "qingdao-2024.yaml") == "shipped" and library.owner(tmp_path / "x.yaml") == "kept"


# -- the folder --------------------------------------------------------------------------------------------


@pytest.mark.skipif(sys.platform != "linux", reason="the XDG rules are Linux's")
@pytest.mark.parametrize("xdg", [None, "", "relative/data", "/somewhere/data", "/somewhere/data/"])
def test_the_library_folder_follows_the_xdg_rules(monkeypatch: pytest.MonkeyPatch, xdg: str | None) -> None:
    monkeypatch.setenv("HOME", "/home/someone")
    if xdg is None:
        monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    else:
        monkeypatch.setenv("XDG_DATA_HOME", xdg)
    base = "/somewhere/data" if xdg and xdg.startswith("/") else "/home/someone/.local/share"
    assert data_folder() == Path(base, "qingdao-viewer", "qingdao-viewer")
    assert library_folder() == data_folder() / "profiles"


def test_comparison_tables_hold_both_clusters_as_given() -> None:
    qingdao = load_profile(DATA / "qingdao-2024.yaml")
    other = load_profile(TEXTS / "nordhavn-osterby-2024.txt")
    both = build_comparison(qingdao, other)
    assert [row[:4] for row in both.key_figures.rows] == [
        ("Qingdao", "China", 2024, 20),
        ("Nordhavn–Østerby", "Denmark", 2024, 1),
    ]
    assert both.collaboration.headers == [
        "Output",
        "Qingdao, China, GII 2024",
        "Nordhavn–Østerby, Denmark, GII 2024",
    ]
    assert [row[1:] for row in both.collaboration.rows] == [(2, 17), (63, 58)]
    assert "CC BY 4.0" in both.key_figures.attribution


def test_a_shipped_profile_may_be_a_symbolic_link_a_kept_one_may_not(tmp_path: Path) -> None:
    shipped = tmp_path / "shipped"
    shipped.mkdir()
    (shipped / "qingdao-2024.yaml").symlink_to(DATA / "qingdao-2024.yaml")  # as a distribution may package it
    kept = tmp_path / "kept"
    kept.mkdir()
    (kept / "qingdao-2024.yaml").symlink_to(DATA / "qingdao-2024.yaml")
    listing = ProfileLibrary(shipped, kept).listing()
    assert [(entry.cluster, entry.shipped) for entry in listing.entries] == [("Qingdao", True)]
    assert [str(problem) for problem in listing.problems] == [
        f"{kept / 'qingdao-2024.yaml'}: is a symbolic link; the library reads only files of its own"
    ]


def test_a_remembered_entry_keeps_the_figures_the_librarys_table_shows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    kept = tmp_path / "kept"
    ProfileLibrary(DATA, kept).keep(named("Figured"), origin="x")
    first = {e.cluster: e for e in ProfileLibrary(DATA, kept).listing().entries}
    monkeypatch.setattr(library_module, "read_entry", lambda *args, **kwargs: pytest.fail("a remembered file was read"))
    monkeypatch.setattr(library_module, "_scan", _only_kept(library_module._scan, kept))
    later = {e.cluster: e for e in ProfileLibrary(DATA, kept).listing().entries}
    assert later["Figured"] == first["Figured"] and later["Figured"].summary == summary_of(named("Figured"))
    assert summary_of(QINGDAO) == (
        20,
        23,
        8,
        26,
        1742,
        9697,
        2,
        63,
        "QINGDAO HAIER AIR CONDITIONER GENERAL",
        "QINGDAO UNIVERSITY",
    )


def _only_kept(scan: Callable[..., list[Any]], kept: Path) -> Callable[..., list[Any]]:
    """The folder scan, with the shipped folder seen empty (its files are always read)."""
    return lambda folder, problems: scan(folder, problems) if folder == kept else []


@pytest.mark.parametrize(
    "figures",
    [[20, 23, 8, 26, 1742, 9697, 2, 63, "A"], [True, 23, 8, 26, 1742, 9697, 2, 63, "A", "B"], "figures"],
    ids=["too few", "a boolean", "not a list"],
)
def test_a_remembered_entry_with_damaged_figures_is_read_again(tmp_path: Path, figures: object) -> None:
    kept = tmp_path / "kept"
    ProfileLibrary(DATA, kept).keep(named("Damaged"), origin="x")
    ProfileLibrary(DATA, kept).listing()
    document = json.loads((kept / CACHE_NAME).read_bytes())
    [(name, value)] = document["files"].items()
    document["files"][name] = [*value[:7], figures]
    (kept / CACHE_NAME).write_text(json.dumps(document), encoding="utf-8")
    [entry] = [e for e in ProfileLibrary(DATA, kept).listing().entries if e.cluster == "Damaged"]
    assert entry.summary == summary_of(named("Damaged"))
