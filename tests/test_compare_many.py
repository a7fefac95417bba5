"""Comparisons of 3, 5 and 10 clusters without Qt: the tables (values exact) and the session.

The clusters are INVENTED (tests/fixtures/invented-many: made-up figures, some names differing
from another's only in accents or dashes); Qingdao's are the source's.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from qingdao_viewer.library import ProfileLibrary
from qingdao_viewer.profile import ClusterProfile, ProfileError, load_profile
from qingdao_viewer.session import Change, Session
from qingdao_viewer.tables.comparison import MAX_COMPARED, build_comparison
from qingdao_viewer.tables.overview import edition_title

FIXTURES = Path(__file__).resolve().parent / "fixtures"
INVENTED = sorted((FIXTURES / "invented-many").glob("cluster-*.yaml"))
EMBEDDED = Path(__file__).resolve().parent.parent / "data" / "qingdao-2024.yaml"


def profiles(count: int) -> list[ClusterProfile]:
    """Qingdao and count - 1 invented clusters."""
    return [load_profile(EMBEDDED), *(load_profile(path) for path in INVENTED[: count - 1])]


def test_the_invented_fixtures_are_ten_and_some_differ_only_in_accents_or_dashes() -> None:
    names = [load_profile(path).cluster for path in INVENTED]
    assert len(names) == 10 and len(set(names)) == 10
    assert {"Nordmark–Süd", "Nordmark-Sud", "Léonville", "Leonville", "Ålvik–Brønnøy", "Alvik-Bronnoy"} <= set(names)
    assert all("INVENTED" in path.read_text(encoding="utf-8") for path in INVENTED)


@pytest.mark.parametrize("count", [3, 5, 10])
def test_every_table_has_a_column_or_row_per_cluster_with_the_figures_exactly(count: int) -> None:
    chosen = profiles(count)
    tables = build_comparison(chosen)
    editions = [edition_title(profile) for profile in chosen]
    assert tables.clusters == count
    assert [row[0] for row in tables.key_figures.rows] == [profile.cluster for profile in chosen]
    assert [column.header for column in tables.key_figures_by_figure.columns[1:]] == editions
    assert [column.header for column in tables.collaboration.columns[1:]] == editions
    assert tables.collaboration.rows[0][1:] == tuple(p.patents.collaboration.share for p in chosen)
    assert tables.collaboration.rows[1][1:] == tuple(p.publications.collaboration.share for p in chosen)
    assert [column.header for column in tables.per_million.columns[1:]] == editions
    assert tables.per_million.rows[0][1:] == tuple(p.per_million.pct_applications for p in chosen)
    assert tables.per_million.rows[1][1:] == tuple(p.per_million.scientific_articles for p in chosen)
    # Qingdao's own, as the source prints them; an invented one's as its file holds them.
    assert tables.per_million.rows[0][1] == 1742 and tables.per_million.rows[1][1] == 9697
    assert tables.collaboration.rows[0][1] == 2 and tables.collaboration.rows[1][1] == 63
    assert tables.per_million.rows[0][2] == 437 and tables.per_million.rows[1][2] == 2911
    by_figure = {row[0]: row[1:] for row in tables.key_figures_by_figure.rows}
    assert by_figure["Rank by size (top 100)"][:2] == ("20", "17")
    assert tables.collaboration.tidy_form is not None and len(tables.collaboration.tidy_form.rows) == count
    assert len(tables.key_figures.subjects) == count
    assert "CC BY 4.0" in tables.per_million.attribution


@pytest.mark.parametrize("count", [3, 5, 10])
def test_titles_count_the_clusters_rather_than_name_them(count: int) -> None:
    tables = build_comparison(profiles(count))
    assert tables.key_figures.title == f"Key figures — {count} clusters"
    assert tables.collaboration.title == f"Share of output made in collaboration, {count} clusters"
    assert tables.per_million.title == f"Output per 1 million inhabitants, {count} clusters"
    assert tables.key_figures_by_figure.title == tables.key_figures.title


def test_two_clusters_are_still_named_and_the_pair_form_reads_as_a_list() -> None:
    first, second = profiles(2)
    assert build_comparison(first, second) == build_comparison([first, second])
    assert build_comparison([first, second]).key_figures.title == (
        "Key figures — Qingdao, China, GII 2024 and Nordmark–Süd, Ruritania, GII 2024"
    )


@pytest.mark.parametrize("count", [0, 1, MAX_COMPARED + 1])
def test_fewer_than_two_or_more_than_ten_is_a_value_error(count: int) -> None:
    chosen = (profiles(10) * 2)[:count]
    with pytest.raises(ValueError, match="2 to 10 clusters"):
        build_comparison(chosen)


def test_each_credit_line_once() -> None:
    qingdao, invented = profiles(2)
    assert build_comparison([qingdao] * 3).key_figures.attribution.count("CC BY 4.0") == 1
    credit = build_comparison([qingdao, invented, qingdao, invented]).key_figures.attribution
    assert credit.count("CC BY 4.0") == 2 and credit.count("INVENTED") == 1


# -- the session ---------------------------------------------------------------------------


@pytest.fixture
def session(tmp_path: Path) -> Session:
    return Session(
        load_profile(EMBEDDED),
        str(EMBEDDED),
        library=lambda: ProfileLibrary(EMBEDDED.parent, tmp_path / "kept"),
    )


@pytest.mark.parametrize("count", [3, 5, 10])
def test_the_session_compares_the_shown_profile_with_several(session: Session, count: int) -> None:
    heard: list[Change] = []
    session.observe(heard.append)
    paths = [str(path) for path in INVENTED[: count - 1]]
    session.compare_with(paths)
    assert session.comparison is not None
    assert heard == [Change.COMPARISON | Change.LIBRARY | Change.RECENT]
    assert [other.path for other in session.comparison.others] == [str(Path(p).resolve()) for p in paths]
    assert session.comparison.both.clusters == count
    assert session.comparison.both.key_figures.rows[0][0] == "Qingdao"


def test_the_comparison_follows_the_shown_profile_and_forgetting_any_compared_one(session: Session) -> None:
    kept = [str(session.keep(load_profile(path), origin="test")) for path in INVENTED[:4]]
    session.compare_with(kept)
    assert session.comparison is not None
    session.open(str(INVENTED[5]))
    assert [row[0] for row in session.comparison.both.key_figures.rows] == [
        "Alvik-Bronnoy",
        "Nordmark–Süd",
        "Nordmark-Sud",
        "Léonville",
        "Leonville",
    ]
    entries = {entry.cluster: entry for entry in session.listing().entries}
    session.forget(entries["Nordmark-Sud"])
    assert [other.path == "" for other in session.comparison.others] == [False, True, False, False]
    assert session.comparison.both.clusters == 5  # a forgotten profile stays compared, as one not kept
    session.retranslate()
    assert session.comparison.both.clusters == 5 and session.comparison.others[1].path == ""


def test_more_than_nine_others_or_an_unreadable_one_changes_nothing(session: Session, tmp_path: Path) -> None:
    paths = [str(path) for path in INVENTED]
    with pytest.raises(ValueError):
        session.compare_with(paths)  # 10 others: 11 clusters
    broken = tmp_path / "broken.yaml"
    broken.write_text("format: nothing\n", encoding="utf-8")
    with pytest.raises(ProfileError):
        session.compare_with([paths[0], str(broken)])
    assert session.comparison is None
    assert not (tmp_path / "kept").exists() or not list((tmp_path / "kept").iterdir())
