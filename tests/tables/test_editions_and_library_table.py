"""One cluster across editions, and the library as a table, with invented clusters and editions.

Every profile here but Qingdao GII 2024 is invented (names, editions and figures) for the tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from qingdao_viewer.library import LibraryEntry
from qingdao_viewer.profile import ClusterProfile, load_profile
from qingdao_viewer.tables.editions import cluster_key, editions_of, editions_table, fold_name
from qingdao_viewer.tables.library_table import LibraryFilter, economies, editions, library_table
from qingdao_viewer.tables.summary import summary_of
from qingdao_viewer.tables.table import tidy

QINGDAO = load_profile(Path(__file__).parents[2] / "data" / "qingdao-2024.yaml")


def invented(cluster: str, economy: str = "China", year: int = 2024, size: int = 20, **per: int) -> ClusterProfile:
    """An invented profile: Qingdao's figures under another name, edition and size rank."""
    ranks = QINGDAO.ranks._replace(size=size, intensity=per.get("intensity", QINGDAO.ranks.intensity))
    per_million = QINGDAO.per_million._replace(pct_applications=per.get("pct", QINGDAO.per_million.pct_applications))
    return QINGDAO._replace(cluster=cluster, economy=economy, year=year, ranks=ranks, per_million=per_million)


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        ("Tokyo–Yokohama", "Tokyo-Yokohama", True),  # an en dash respelt as a hyphen
        ("TOKYO-YOKOHAMA", "Tokyo Yokohama", True),
        ("São Paulo", "Sao Paulo", True),  # an accent dropped
        ("Ｑｉｎｇｄａｏ", "Qingdao", True),  # full-width letters
        ("Koeln", "Köln", False),  # a respelling, not a mark: not guessed
        ("Shenzhen–Hong Kong", "Shenzhen–Hong Kong–Guangzhou", False),  # renamed: another cluster
        ("Nordhavn–Østerby", "Nordhavn-Osterby", False),  # Ø is a letter of its own
    ],
)
def test_names_that_an_edition_respells_match_and_others_do_not(first: str, second: str, same: bool) -> None:
    assert (fold_name(first) == fold_name(second)) is same
    assert (cluster_key(first, "Japan") == cluster_key(second, "Japan")) is same


def test_the_editions_of_a_cluster_are_its_profiles_one_per_year_oldest_first() -> None:
    shown = invented("Tokyo–Yokohama", "Japan", 2024, size=1)
    others = [
        invented("Tokyo-Yokohama", "Japan", 2023, size=1),
        invented("TOKYO–YOKOHAMA", "Japan", 2022, size=2),
        invented("Tokyo–Yokohama", "China", 2023),  # another economy: another cluster
        invented("Seoul", "Republic of Korea", 2023),
        shown,
    ]
    assert [p.year for p in editions_of(shown, others)] == [2022, 2023, 2024]
    assert editions_of(QINGDAO, others) == [QINGDAO]


def test_changes_are_between_published_editions_and_only_where_both_print_the_figure() -> None:
    older = invented("Qingdao", year=2023, size=22, pct=1650)  # an invented GII 2023 edition
    older = older._replace(ranks=older.ranks._replace(intensity=None))
    table = editions_table([older, QINGDAO], "Source: WIPO")
    assert table.headers[1:3] == ["GII 2023", "GII 2024"]
    assert "between published editions" in table.headers[3]
    rows = {row[0]: row[1:] for row in table.rows}
    assert rows["Rank in the top 100 by size"] == (22, 20, -2)
    assert rows["Rank by intensity"] == (None, 23, None)  # 2023 prints none: no change invented
    assert rows["PCT applications per million inhabitants"] == (1650, 1742, 92)
    assert table.display(1, 1) == "—" and table.display(1, 3) == "—"
    assert [row[:3] for row in tidy(table).rows] == [("Qingdao", "China", 2023), ("Qingdao", "China", 2024)]


def test_one_edition_has_no_change_column() -> None:
    table = editions_table([QINGDAO], "Source: WIPO")
    assert table.headers == ["Figure", "GII 2024"]
    with pytest.raises(ValueError, match="one edition"):
        editions_table([], "Source: WIPO")


def entries() -> list[LibraryEntry]:
    profiles = [
        QINGDAO,
        invented("São Paulo", "Brazil", 2024, size=60),
        invented("Sao Paulo", "Brazil", 2023, size=63),
        invented("Nordhavn–Østerby", "Denmark", 2024, size=90),
    ]
    return [
        LibraryEntry(Path(f"/lib/{n}.yaml"), p.cluster, p.economy, p.year, n == 0, summary_of(p))
        for n, p in enumerate(profiles)
    ]


def test_the_library_table_has_a_row_per_profile_with_its_printed_figures() -> None:
    table = library_table(entries(), "Source: WIPO")
    assert len(table.rows) == 4 and len(table.headers) == 14
    assert table.rows[0] == (
        "Qingdao", "China", 2024, 20, 23, 8, 26, 1742, 9697, 2, 63,
        "QINGDAO HAIER AIR CONDITIONER GENERAL", "QINGDAO UNIVERSITY", "/lib/0.yaml",
    )  # fmt: skip
    assert [table.display(0, column) for column in (3, 7, 9)] == ["20", "1,742", "2%"]


@pytest.mark.parametrize(
    ("wanted", "clusters"),
    [
        (LibraryFilter("sao"), ["São Paulo", "Sao Paulo"]),  # folded as editions match
        (LibraryFilter("HAIER"), ["Qingdao", "São Paulo", "Sao Paulo", "Nordhavn–Østerby"]),  # top names too
        (LibraryFilter("", economy="Brazil"), ["São Paulo", "Sao Paulo"]),
        (LibraryFilter("", year=2023), ["Sao Paulo"]),
        (LibraryFilter("østerby", economy="Denmark", year=2024), ["Nordhavn–Østerby"]),
        (LibraryFilter("nowhere"), []),
    ],
)
def test_the_library_table_filters_by_text_economy_and_edition(wanted: LibraryFilter, clusters: list[str]) -> None:
    assert [row[0] for row in library_table(entries(), "", wanted).rows] == clusters


def test_the_filters_choices_are_the_librarys_economies_and_editions() -> None:
    assert economies(entries()) == ["Brazil", "China", "Denmark"]
    assert editions(entries()) == [2024, 2023]


def test_an_entry_without_figures_shows_them_missing() -> None:
    entry = LibraryEntry(Path("/lib/x.yaml"), "Unread", "Nowhere", 2024, False, None)
    table = library_table([entry], "")
    assert table.rows[0][3:13] == (None,) * 10 and table.display(0, 3) == "—"


def test_the_ranks_chart_lines_are_each_rank_as_each_edition_printed_it() -> None:
    from qingdao_viewer.tables.editions import rank_series

    older = invented("Qingdao", year=2023, size=22)  # an invented GII 2023 edition
    older = older._replace(ranks=older.ranks._replace(intensity=None, in_economy=9))
    assert rank_series([older, QINGDAO]) == [
        ("Rank in the top 100 by size", ((2023, 22), (2024, 20))),
        ("Rank by intensity", ((2024, 23),)),  # 2023 prints none: no point
        ("Rank in its economy", ((2023, 9), (2024, 8))),
    ]


def test_the_credit_line_names_every_editions_source_once() -> None:
    from qingdao_viewer.tables.editions import editions_credit

    older = invented("Qingdao", year=2023)
    assert editions_credit([older, QINGDAO]) == editions_credit([QINGDAO])  # one source: once
    assert "CC BY 4.0" in editions_credit([QINGDAO])
    unsourced = older._replace(source=None)
    assert editions_credit([unsourced, QINGDAO]) == (
        "Source: not given in this profile. " + editions_credit([QINGDAO])
    )
    assert "WIPO redraws cluster boundaries" in editions_table([older, QINGDAO], "").note
