"""The profile library without Qt: listing shipped and kept profiles, keeping, removing."""

from __future__ import annotations

from pathlib import Path

import pytest

from qingdao_viewer.library import ProfileLibrary, file_stem
from qingdao_viewer.profile import load_profile
from qingdao_viewer.tables.comparison import build_comparison

FIXTURES = Path(__file__).resolve().parent / "fixtures"
DATA = Path(__file__).resolve().parent.parent / "data"
TEXTS = FIXTURES / "profile-texts"


def test_lists_shipped_and_kept_profiles_by_name(tmp_path: Path) -> None:
    library = ProfileLibrary(DATA, tmp_path / "kept")
    for text in sorted(TEXTS.glob("*.txt")):
        library.keep(load_profile(text), origin=text.name)
    listing = library.listing()
    assert listing.problems == []
    assert [(entry.label, entry.shipped) for entry in listing.entries] == [
        ("Nordhavn–Østerby, Denmark — GII 2024", False),
        ("Port Vellmar–Kessington, MA, United States of America — GII 2024", False),
        ("Qingdao, China — GII 2024", True),
        ("Vardanes, Iran (Islamic Republic of) — GII 2031", False),
        ("Yeonhwa-do–Baekrim, Republic of Korea — GII 2024", False),
    ]


def test_keeping_the_same_cluster_and_edition_again_replaces_it(tmp_path: Path) -> None:
    library = ProfileLibrary(DATA, tmp_path)
    profile = load_profile(TEXTS / "nordhavn-osterby-2024.txt")
    first = library.keep(profile, origin="a")
    second = library.keep(profile._replace(economy="Denmark"), origin="b")
    assert first == second and [p.name for p in tmp_path.iterdir()] == [first.name]
    assert load_profile(first) == profile


def test_a_broken_kept_file_is_reported_not_listed(tmp_path: Path) -> None:
    (tmp_path / "broken.yaml").write_text("format: gii-cluster-profile/1\ncluster: [\n", encoding="utf-8")
    listing = ProfileLibrary(DATA, tmp_path).listing()
    assert [entry.cluster for entry in listing.entries] == ["Qingdao"]
    assert [str(problem).split(":")[0] for problem in listing.problems] == [str(tmp_path / "broken.yaml")]


def test_a_missing_kept_folder_lists_the_shipped_ones(tmp_path: Path) -> None:
    assert [e.cluster for e in ProfileLibrary(DATA, tmp_path / "none").listing().entries] == ["Qingdao"]


def test_shipped_profiles_cannot_be_removed_and_kept_ones_can(tmp_path: Path) -> None:
    library = ProfileLibrary(DATA, tmp_path)
    library.keep(load_profile(TEXTS / "vardanes-2031.txt"), origin="x")
    shipped, kept = sorted(library.listing().entries, key=lambda e: not e.shipped)
    with pytest.raises(ValueError):
        library.remove(shipped)
    library.remove(kept)
    assert [e.shipped for e in library.listing().entries] == [True]
    assert library.contains(DATA / "qingdao-2024.yaml") and not library.contains(TEXTS / "vardanes-2031.txt")


def test_file_names_keep_letters_of_any_script() -> None:
    assert file_stem(load_profile(TEXTS / "nordhavn-osterby-2024.txt")) == "nordhavn-østerby-denmark-2024"
    assert file_stem(load_profile(TEXTS / "vardanes-2031.txt")) == "vardanes-iran-islamic-republic-of-2031"


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
