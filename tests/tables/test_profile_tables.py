"""The tables every view and export reads: the source's figures, formatted as the source does."""

from __future__ import annotations

from pathlib import Path

import pytest

from qingdao_viewer.profile import load_profile
from qingdao_viewer.tables import Kind, Table, build_tables, display_text, ordinal, share_rows
from qingdao_viewer.tables.table import Column


@pytest.fixture
def tables(embedded_path: Path):  # type: ignore[no-untyped-def]
    return build_tables(load_profile(embedded_path))


@pytest.mark.parametrize(
    ("number", "text"),
    [(1, "1st"), (2, "2nd"), (3, "3rd"), (4, "4th"), (11, "11th"), (12, "12th"), (13, "13th"), (20, "20th"),
     (21, "21st"), (22, "22nd"), (23, "23rd"), (63, "63rd"), (100, "100th"), (101, "101st"), (111, "111th")],
)  # fmt: skip
def test_ordinals_read_as_english(number: int, text: str) -> None:
    assert ordinal(number) == text


def test_counts_and_shares_print_as_the_source_prints_them() -> None:
    assert display_text(2131, Kind.COUNT) == "2,131"
    assert display_text(881, Kind.COUNT) == "881"
    assert display_text(25, Kind.SHARE) == "25%"
    assert display_text(2024, Kind.YEAR) == "2024"
    assert display_text(None, Kind.COUNT) == "—"
    assert display_text("<b>R&D</b>", Kind.TEXT) == "<b>R&D</b>"


def test_applicants_table_holds_the_source_rows_in_order(tables) -> None:  # type: ignore[no-untyped-def]
    table = tables.patent_applicants
    assert table.headers == ["Rank", "Applicant", "PCT applications", "Share"]
    assert [[table.display(r, c) for c in range(4)] for r in range(3)] == [
        ["1", "QINGDAO HAIER AIR CONDITIONER GENERAL", "2,131", "25%"],
        ["2", "QINGDAO HAIER WASHING MACHINE", "881", "10%"],
        ["3", "QINGDAO HAIER REFRIGERATOR", "732", "9%"],
    ]
    assert "CC BY 4.0" in table.attribution


def test_key_figures_row_holds_ranks_per_million_and_collaboration(tables) -> None:  # type: ignore[no-untyped-def]
    row = dict(zip(tables.key_figures.headers, tables.key_figures.rows[0], strict=True))
    assert row["Cluster"] == "Qingdao" and row["Economy"] == "China" and row["Year"] == 2024
    assert (row["Rank by size (top 100)"], row["Rank by intensity (top 100)"]) == (20, 23)
    assert (row["Rank in economy"], row["Economy's clusters in top 100"]) == (8, 26)
    assert row["PCT applications per 1M inhabitants"] == 1742
    assert row["Scientific articles per 1M inhabitants"] == 9697
    assert (row["PCT applications from (year)"], row["PCT applications to (year)"]) == (2019, 2023)
    assert (row["Scientific articles from (year)"], row["Scientific articles to (year)"]) == (2018, 2022)
    assert (row["PCT applications co-invented"], row["Scientific articles co-published"]) == (2, 63)


def test_fields_not_given_are_empty_with_a_note(tables) -> None:  # type: ignore[no-untyped-def]
    assert tables.patent_fields.rows == ()
    assert "gives no figures" in tables.patent_fields.note
    assert share_rows(tables.patent_fields) == []


def test_chart_reads_its_shares_from_the_table(tables) -> None:  # type: ignore[no-untyped-def]
    assert list(share_rows(tables.collaboration)) == [("PCT applications", 2), ("Scientific articles", 63)]
    assert list(share_rows(tables.publishing_organizations)) == [
        ("QINGDAO UNIVERSITY", 16),
        ("OCEAN UNIVERSITY OF CHINA", 14),
        ("CHINA UNIVERSITY OF PETROLEUM", 14),
    ]


def test_every_table_has_a_unique_file_name(tables) -> None:  # type: ignore[no-untyped-def]
    names = [table.name for table in tables.all]
    assert len(names) == len(set(names)) == 8


def test_a_row_of_the_wrong_width_is_refused() -> None:
    with pytest.raises(ValueError, match="2 values for 1 columns"):
        Table("t", "T", (Column("A"),), (("a", "b"),))
