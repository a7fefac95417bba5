"""How big a profile may be: refused before it is read at every door, and no file under the limits costs much.

The limits are MAX_PROFILE_BYTES (text_rules: a file, or text given directly such as a paste,
measured as UTF-8) and MAX_VALUES (plain_yaml: the keys, values, lists and mappings one file
may hold). Speed is measured by ``make bench``, not here; these tests check what is refused,
where, with what message, and that it is refused before the text is read.
"""

from __future__ import annotations

import errno
import importlib.util
import io
import os
import time
import tracemalloc
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from qingdao_viewer.library import ProfileLibrary
from qingdao_viewer.profile import (
    ProfileError,
    load_profile,
    loader,
    parse_any_profile,
    parse_profile,
    plain_yaml,
    profile_text,
    text_rules,
)
from qingdao_viewer.profile.profile_text import parse_profile_text
from qingdao_viewer.profile.profile_yaml import profile_to_yaml

REPO = Path(__file__).resolve().parents[2]
EMBEDDED = REPO / "data" / "qingdao-2024.yaml"
TEXT = EMBEDDED.read_text(encoding="utf-8")
SEED = (REPO / "tests" / "fixtures" / "qingdao-2024-profile.txt").read_text(encoding="utf-8")
LIMIT = text_rules.MAX_PROFILE_BYTES


def _make_big_profile() -> ModuleType:
    """benchmarks/make_big_profile.py, which writes the largest profiles under the limits."""
    spec = importlib.util.spec_from_file_location("make_big_profile", REPO / "benchmarks" / "make_big_profile.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


BIG = _make_big_profile()


def size_message(path: str, size: int) -> str:
    return f"{path}: is {size:,} bytes; a profile may be at most {LIMIT:,} bytes"


def grown(text: str, size: int, character: str = " ") -> str:
    """text with characters added at its end, then spaces, to exactly size bytes of UTF-8."""
    missing = size - len(text.encode("utf-8"))
    width = len(character.encode("utf-8"))
    assert missing >= 0
    return text + character * (missing // width) + " " * (missing % width)


def yaml_of_size(size: int) -> str:
    """The embedded profile with a comment line at its end, to exactly size bytes."""
    return TEXT + "#" * (size - len(TEXT.encode("utf-8")) - 1) + "\n"


def _never(*args: object, **kwargs: object) -> Any:
    raise AssertionError("the profile was read")


@pytest.fixture
def readers_refuse_to_read(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make every reader fail the test if it is reached: a refusal must come before them."""
    monkeypatch.setattr(loader, "read_plain_yaml", _never)
    monkeypatch.setattr(profile_text, "_TextReader", _never)
    for module in (loader, profile_text):
        monkeypatch.setattr(module, "looks_like_profile_text", _never)
        monkeypatch.setattr(module, "is_yaml_profile", _never)


# -- the limit: about 1 MiB --------------------------------------------------------------------


def test_the_limit_is_1_mib_and_holds_well_over_10000_rows() -> None:
    assert LIMIT == 1024 * 1024
    text, rows = BIG.largest(BIG.big_profile_text)
    assert 2 * rows > 14_000
    assert len(text.encode()) <= LIMIT


# -- files -----------------------------------------------------------------------------------


def test_a_file_over_the_limit_is_refused_before_it_is_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "profile.yaml"
    path.write_text(yaml_of_size(LIMIT + 1), encoding="utf-8")
    monkeypatch.setattr(loader, "_read_at_most", _never)
    with pytest.raises(ProfileError) as caught:
        load_profile(path)
    assert str(caught.value) == size_message(str(path), LIMIT + 1)
    assert caught.value.line is None


def test_a_file_at_the_limit_loads(tmp_path: Path) -> None:
    path = tmp_path / "profile.yaml"
    path.write_text(yaml_of_size(LIMIT), encoding="utf-8")
    assert load_profile(path) == load_profile(EMBEDDED)


def test_a_huge_sparse_file_is_refused_without_being_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "huge.yaml"
    with path.open("wb") as stream:
        stream.truncate(8 << 30)  # 8 GiB, sparse: takes no room on disk
    monkeypatch.setattr(loader, "_read_at_most", _never)
    with pytest.raises(ProfileError) as caught:
        load_profile(path)
    assert str(caught.value) == size_message(str(path), 8 << 30)


def test_a_file_is_read_at_most_one_byte_past_the_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # fstat says the file is small; it has grown past the limit when it is read.
    path = tmp_path / "profile.yaml"
    path.write_text(TEXT, encoding="utf-8")
    bigger = io.BytesIO(yaml_of_size(3 * LIMIT).encode())
    asked: list[int] = []

    def read_grown(descriptor: int, size: int) -> bytes:
        asked.append(size)
        return bigger.read(size)

    monkeypatch.setattr(loader, "_read_at_most", read_grown)
    with pytest.raises(ProfileError) as caught:
        load_profile(path)
    assert str(caught.value) == f"{path}: is over {LIMIT:,} bytes, the most a profile may be"
    assert asked == [LIMIT + 1]


def test_a_file_is_read_whole_however_the_reads_come(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # os.read may give fewer bytes than asked: the reading goes on to the end.
    path = tmp_path / "profile.yaml"
    path.write_text(TEXT, encoding="utf-8")
    real_read = os.read
    monkeypatch.setattr(loader.os, "read", lambda descriptor, size: real_read(descriptor, min(size, 7)))
    assert load_profile(path) == load_profile(EMBEDDED)


def test_the_limit_is_read_when_a_file_is_checked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(text_rules, "MAX_PROFILE_BYTES", 100)
    path = tmp_path / "profile.yaml"
    path.write_text(TEXT, encoding="utf-8")
    with pytest.raises(ProfileError, match="at most 100 bytes"):
        load_profile(path)


def test_a_kept_library_file_over_the_limit_is_listed_as_a_problem(tmp_path: Path) -> None:
    kept = tmp_path / "kept"
    kept.mkdir()
    huge = kept / "huge.yaml"
    huge.write_text(yaml_of_size(LIMIT + 1), encoding="utf-8")
    listing = ProfileLibrary(REPO / "data", kept).listing()
    assert [entry.cluster for entry in listing.entries] == ["Qingdao"]
    assert [str(problem) for problem in listing.problems] == [size_message(str(huge), LIMIT + 1)]


# -- text given directly: pasted, or parsed by a caller ------------------------------------------


DOORS = {
    "parse_profile": parse_profile,
    "parse_any_profile": parse_any_profile,
    "parse_profile_text": parse_profile_text,
}


@pytest.mark.parametrize("door", DOORS)
@pytest.mark.parametrize("form", ["yaml", "profile text"])
@pytest.mark.usefixtures("readers_refuse_to_read")
def test_text_over_the_limit_is_refused_before_it_is_read(door: str, form: str) -> None:
    text = grown(TEXT if form == "yaml" else SEED, LIMIT + 1)
    with pytest.raises(ProfileError) as caught:
        DOORS[door](text, "clipboard")
    assert str(caught.value) == size_message("clipboard", LIMIT + 1)


@pytest.mark.usefixtures("readers_refuse_to_read")
def test_pasted_text_is_measured_as_utf8() -> None:
    # 3 bytes a character: fewer characters than the limit, more bytes.
    text = grown(SEED, LIMIT + 2, "東")
    assert len(text) < LIMIT
    with pytest.raises(ProfileError) as caught:
        parse_profile_text(text, "clipboard")
    assert str(caught.value) == size_message("clipboard", LIMIT + 2)


def test_pasted_text_at_the_limit_is_read() -> None:
    text = grown(SEED, LIMIT, "\n")  # blank lines at the end, as a copy may leave them
    assert parse_profile_text(text, "clipboard") == parse_profile_text(SEED, "clipboard")


def test_text_at_the_limit_is_read_by_every_door() -> None:
    text = yaml_of_size(LIMIT)
    expected = load_profile(EMBEDDED)
    assert parse_profile(text, "p.yaml") == parse_any_profile(text, "p.yaml") == expected


def test_a_huge_paste_is_measured_without_a_copy_of_it_whole() -> None:
    # 64 MB of text is measured a piece at a time: measuring it never holds a 64 MB copy.
    text = "x" * (64 << 20)
    tracemalloc.start()
    try:
        with pytest.raises(ProfileError, match=f"is {64 << 20:,} bytes"):
            parse_profile_text(text, "clipboard")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 4 << 20


def test_utf8_size_counts_every_character() -> None:
    for text in ("", "a", "é", "東", "😀", "a\ud800b", "x" * 200_000 + "東" * 70_000):
        assert text_rules.utf8_size(text) == len(text.encode("utf-8", "surrogatepass"))


# -- the items of one file: at most MAX_VALUES ---------------------------------------------------


def test_the_items_limit_is_exact() -> None:
    # The root list is one item; each "- a" one more.
    fits = "- a\n" * (plain_yaml.MAX_VALUES - 1)
    assert len(plain_yaml.read_plain_yaml(fits, "p")) == plain_yaml.MAX_VALUES - 1
    with pytest.raises(ProfileError) as caught:
        plain_yaml.read_plain_yaml(fits + "- a\n", "p")
    assert str(caught.value) == (
        f"p:{plain_yaml.MAX_VALUES}: the data holds more than {plain_yaml.MAX_VALUES:,} items"
        " (keys, values, lists and mappings); a profile needs far fewer"
    )


def test_keys_count_as_items() -> None:
    keys = "".join(f"k{index}: {index}\n" for index in range(plain_yaml.MAX_VALUES // 2))
    with pytest.raises(ProfileError, match="more than"):
        plain_yaml.read_plain_yaml(keys, "p")


def test_a_file_of_empty_mappings_under_the_size_limit_is_refused_by_the_items_limit(tmp_path: Path) -> None:
    path = tmp_path / "mappings.yaml"
    path.write_text(BIG.empty_mappings_text(), encoding="utf-8")
    assert LIMIT - 4 < path.stat().st_size <= LIMIT
    with pytest.raises(ProfileError) as caught:
        load_profile(path)
    assert caught.value.line == 1
    assert f"more than {plain_yaml.MAX_VALUES:,} items" in caught.value.message


@pytest.mark.parametrize("make", ["big_profile_text", "slow_profile_text"])
def test_the_largest_profiles_under_the_limits_load(tmp_path: Path, make: str) -> None:
    write = getattr(BIG, make)
    text, rows = BIG.largest(write)
    assert len(text.encode()) <= LIMIT and BIG.items(rows) <= plain_yaml.MAX_VALUES
    assert len(write(rows + 1).encode()) > LIMIT or BIG.items(rows + 1) > plain_yaml.MAX_VALUES
    path = tmp_path / "largest.yaml"
    path.write_text(text, encoding="utf-8")
    profile = load_profile(path)
    assert len(profile.patents.top_applicants) == len(profile.publications.top_organizations) == rows > 7_000


def test_the_largest_profile_written_back_reads_back(tmp_path: Path) -> None:
    # The writer's rows are as compact as the loader's largest profile, so it stays under the limits.
    text, _ = BIG.largest(BIG.big_profile_text)
    profile = parse_profile(text, "largest.yaml")
    written = profile_to_yaml(profile, origin="largest.yaml")
    assert len(written.encode()) <= LIMIT
    assert parse_profile(written, "written.yaml") == profile


def test_a_profile_too_big_to_keep_is_not_kept(tmp_path: Path) -> None:
    # Profile text is denser than YAML: a paste under the limit can make a profile whose YAML is over it.
    profile = load_profile(EMBEDDED)
    rows = tuple(row._replace(rank=1, name=f"N{index}", share=0) for index, row in
                 enumerate(profile.patents.top_applicants * 10_000))  # fmt: skip
    huge = profile._replace(patents=profile.patents._replace(top_applicants=rows))
    assert len(profile_to_yaml(huge).encode()) > LIMIT
    library = ProfileLibrary(REPO / "data", tmp_path)
    with pytest.raises(OSError) as caught:
        library.keep(huge, origin="clipboard")
    assert caught.value.errno == errno.EFBIG
    assert f"at most {LIMIT:,} bytes" in str(caught.value.strerror)
    assert list(tmp_path.iterdir()) == []


# -- a run of spaces costs what a run of letters costs ------------------------------------------


def _best_seconds(action: Any, runs: int) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        action()
        best = min(best, time.perf_counter() - start)
    return best


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("cluster: Qingdao", "cluster: Qing{}dao"),
        ("cluster: Qingdao", 'cluster: "Qing{}dao"'),
        ("{name: QINGDAO UNIVERSITY,", "{{name: QINGDAO{}UNIVERSITY,"),
    ],
    ids=["plain", "double-quoted", "in a flow row"],
)
def test_a_run_of_100000_spaces_costs_no_more_than_as_many_letters(old: str, new: str) -> None:
    # Both parse, to the value written; and the spaces take about the time of the letters
    # (a reader quadratic in runs of spaces would take thousands of times as long: a 40 KB
    # run cost the old line reader 9 s). A ratio of the two, not a time: make bench gives the times.
    spaces, letters = (TEXT.replace(old, new.format(fill), 1) for fill in (" " * 100_000, "x" * 100_000))
    for text, fill in ((spaces, " "), (letters, "x")):
        profile = parse_profile(text, "p.yaml")
        names = {profile.cluster, *(row.name for row in profile.publications.top_organizations)}
        assert any(fill * 100_000 in name for name in names)
    both = [0.0, 0.0]
    for _ in range(3):  # interleaved, each the best of its runs, so load on the machine falls on both alike
        both[0] += _best_seconds(lambda: parse_profile(spaces, "p.yaml"), 3)
        both[1] += _best_seconds(lambda: parse_profile(letters, "p.yaml"), 3)
    assert both[0] / both[1] < 3, f"spaces {both[0] / 3 * 1000:.1f} ms, letters {both[1] / 3 * 1000:.1f} ms"


def test_the_benchmark_values_hold_their_runs() -> None:
    for character in (" ", "x"):
        profile = parse_profile(BIG.long_value_text(character), "p.yaml")
        assert profile.cluster == f"Qing{character * BIG.RUN}dao"
    assert BIG.RUN == 100_000
