"""Tidy CSV: a header row and data rows only, each row naming its cluster, read as typed by pandas and csv."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pandas as pd
import pytest

from qingdao_viewer.export.csv_text import table_csv, table_csv_bytes
from qingdao_viewer.profile import ClusterProfile, load_profile
from qingdao_viewer.tables import Column, Kind, Subject, Table, build_tables
from qingdao_viewer.tables.comparison import build_comparison

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
OTHER = FIXTURES / "other-cluster.yaml"  # no periods, no intensity rank, a tie, empty locations
NORDHAVN = FIXTURES / "profile-texts" / "nordhavn-osterby-2024.txt"
SUBJECT_HEADERS = ["Cluster", "Economy", "Year"]

HOSTILE = Table(
    name="hostile",
    title="Hostile",
    columns=(Column("Name"), Column("Count", Kind.COUNT), Column("Share", Kind.SHARE)),
    rows=(
        ('<b>R&D</b> "quoted", comma', 1234567, 5),
        ("plain", None, 7),
        ('=HYPERLINK("http://example.invalid")', 1, 1),
        ("+1 555", 2, 2),
        ("-minus", 3, 3),
        ("@SUM(A1)", 4, 4),
        ("\uff1dWIDE", 5, 5),
        ("a-hyphen, not a formula", 6, 6),
    ),
    subject=Subject("Testville", "Nowhere", 2030),
)


def rows_of(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text)))


def write(table: Table, folder: Path) -> Path:
    path = folder / f"{table.name}.csv"
    path.write_bytes(table_csv_bytes(table))
    return path


@pytest.fixture
def qingdao(embedded_path: Path) -> ClusterProfile:
    return load_profile(embedded_path)


def test_csv_is_a_header_row_and_data_rows_each_naming_its_cluster(qingdao: ClusterProfile) -> None:
    text = table_csv(build_tables(qingdao).patent_applicants)
    assert text == (
        "Cluster,Economy,Year,Rank,Applicant,PCT applications,Share (%)\r\n"
        "Qingdao,China,2024,1,QINGDAO HAIER AIR CONDITIONER GENERAL,2131,25\r\n"
        "Qingdao,China,2024,2,QINGDAO HAIER WASHING MACHINE,881,10\r\n"
        "Qingdao,China,2024,3,QINGDAO HAIER REFRIGERATOR,732,9\r\n"
    )


def test_key_figures_have_their_cluster_columns_once_and_a_period_as_two_years(qingdao: ClusterProfile) -> None:
    rows = rows_of(table_csv(build_tables(qingdao).key_figures))
    assert rows[0][:3] == SUBJECT_HEADERS and rows[0].count("Cluster") == 1 and rows[0].count("Year") == 1
    assert len(rows) == 2 and len(rows[1]) == len(rows[0]) == 15
    assert rows[1] == ["Qingdao", "China", "2024", "20", "23", "8", "26", "1742", "2019", "2023", "9697", "2018",
                       "2022", "2", "63"]  # fmt: skip
    assert rows[0][-2:] == ["PCT applications co-invented (%)", "Scientific articles co-published (%)"]


def test_every_table_leads_with_cluster_economy_and_year(qingdao: ClusterProfile) -> None:
    for table in build_tables(qingdao).all:
        rows = rows_of(table_csv(table))
        assert rows[0][:3] == SUBJECT_HEADERS, table.name
        assert all(row[:3] == ["Qingdao", "China", "2024"] for row in rows[1:]), table.name
        assert all(len(row) == len(rows[0]) for row in rows), table.name


def test_quotes_what_needs_quoting_leaves_missing_empty_and_makes_formulas_inert() -> None:
    rows = rows_of(table_csv(HOSTILE))
    assert rows[0] == [*SUBJECT_HEADERS, "Name", "Count", "Share (%)"]
    assert [row[3:] for row in rows[1:]] == [
        ['<b>R&D</b> "quoted", comma', "1234567", "5"],
        ["plain", "", "7"],
        ['\'=HYPERLINK("http://example.invalid")', "1", "1"],
        ["'+1 555", "2", "2"],
        ["'-minus", "3", "3"],
        ["'@SUM(A1)", "4", "4"],
        ["'\uff1dWIDE", "5", "5"],
        ["a-hyphen, not a formula", "6", "6"],
    ]


def test_a_cluster_name_that_reads_as_a_formula_is_made_inert_too() -> None:
    table = Table("t", "T", (Column("Rank", Kind.RANK),), ((1,),), subject=Subject("=cmd|' /C calc'!A0", "X", 2024))
    assert rows_of(table_csv(table))[1] == ["'=cmd|' /C calc'!A0", "X", "2024", "1"]


def test_lines_end_with_crlf_and_there_is_no_byte_order_mark(qingdao: ClusterProfile) -> None:
    data = table_csv_bytes(build_tables(qingdao).key_figures)
    assert data.startswith(b"Cluster,Economy,Year,")  # no BOM: b"\xef\xbb\xbf" would come first
    assert data.count(b"\r\n") == 2 and data.count(b"\n") == 2


def test_without_a_bom_pandas_and_csv_defaults_read_clean_headers_and_non_ascii_names(tmp_path: Path) -> None:
    """The BOM decision: pandas strips a BOM, but Python's csv module keeps it in the first header.

    So the files carry none, and every default reader gets "Cluster" and Nordhavn–Østerby.
    """
    path = write(build_tables(load_profile(NORDHAVN)).patent_applicants, tmp_path)
    frame = pd.read_csv(path)
    assert list(frame.columns)[:3] == SUBJECT_HEADERS
    assert frame["Cluster"].iloc[0] == "Nordhavn–Østerby" and frame["Applicant"].iloc[0] == "ØSTERBY VINDKRAFT A/S"
    with path.open(newline="", encoding="utf-8") as stream:
        first = next(csv.DictReader(stream))
    assert first["Cluster"] == "Nordhavn–Østerby" and first["PCT applications"] == "1204551"
    # What a BOM would have done to Python's csv module (pandas would have hidden it):
    bommed = tmp_path / "with-bom.csv"
    bommed.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    with bommed.open(newline="", encoding="utf-8") as stream:
        assert next(csv.reader(stream))[0] == "\ufeffCluster"
    assert pd.read_csv(bommed).columns[0] == "Cluster"


def test_pandas_defaults_read_every_table_with_integer_ranks_counts_years_and_shares(
    qingdao: ClusterProfile, tmp_path: Path
) -> None:
    for table in build_tables(qingdao).all:
        frame = pd.read_csv(write(table, tmp_path))
        assert list(frame.columns)[:3] == SUBJECT_HEADERS, table.name
        if not table.rows:  # a list the source does not give: a header row alone
            assert frame.empty and len(frame.columns) == len(table.columns) + 3
            continue
        assert len(frame) == len(table.rows), table.name
        for column in table.columns:
            dtype = frame[column.csv_header].dtype
            if column.kind.numeric:
                assert dtype == "int64", (table.name, column.header, dtype)
            else:
                assert pd.api.types.is_string_dtype(dtype), (table.name, column.header, dtype)
        assert frame["Year"].dtype == "int64"


def test_applicants_read_by_pandas_are_the_source_figures(qingdao: ClusterProfile, tmp_path: Path) -> None:
    frame = pd.read_csv(write(build_tables(qingdao).patent_applicants, tmp_path))
    assert frame.to_dict("list") == {
        "Cluster": ["Qingdao"] * 3,
        "Economy": ["China"] * 3,
        "Year": [2024] * 3,
        "Rank": [1, 2, 3],
        "Applicant": ["QINGDAO HAIER AIR CONDITIONER GENERAL", "QINGDAO HAIER WASHING MACHINE",
                      "QINGDAO HAIER REFRIGERATOR"],
        "PCT applications": [2131, 881, 732],
        "Share (%)": [25, 10, 9],
    }  # fmt: skip


def test_a_missing_figure_is_an_empty_cell_that_pandas_reads_as_missing(tmp_path: Path) -> None:
    path = write(build_tables(load_profile(OTHER)).key_figures, tmp_path)
    row = rows_of(path.read_text(encoding="utf-8"))[1]
    assert row[4] == "" and row[8:10] == ["", ""] and row[11:13] == ["", ""]
    frame = pd.read_csv(path)
    assert frame["Rank by intensity (top 100)"].isna().all()
    assert frame["Rank by intensity (top 100)"].dtype == "float64"  # numpy has no integer NaN
    assert frame["Rank by size (top 100)"].dtype == "int64"
    nullable = pd.read_csv(path, dtype_backend="numpy_nullable")
    assert str(nullable["Rank by intensity (top 100)"].dtype) == "Int64"
    assert nullable["Rank by intensity (top 100)"].isna().all()
    assert str(nullable["PCT applications from (year)"].dtype) == "Int64"
    one_column = pd.read_csv(path, dtype={"Rank by intensity (top 100)": "Int64"})
    assert str(one_column["Rank by intensity (top 100)"].dtype) == "Int64"


def test_two_clusters_exports_concatenate_into_one_tidy_frame(qingdao: ClusterProfile, tmp_path: Path) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir()
    second.mkdir()
    frames = [
        pd.read_csv(write(build_tables(profile).patent_applicants, folder))
        for profile, folder in ((qingdao, first), (load_profile(OTHER), second))
    ]
    both = pd.concat(frames, ignore_index=True)
    assert list(both.columns) == [*SUBJECT_HEADERS, "Rank", "Applicant", "PCT applications", "Share (%)"]
    assert len(both) == 3 + 5
    assert both.groupby("Cluster")["PCT applications"].sum().to_dict() == {
        "Qingdao": 2131 + 881 + 732,
        "São Tomé d'Ávila–Zürichsee": 4210 + 1875 + 1875 + 96 + 0,
    }
    assert {str(both[name].dtype) for name in ("Year", "Rank", "PCT applications", "Share (%)")} == {"int64"}
    key_figures = pd.concat(
        [pd.read_csv(write(build_tables(profile).key_figures, folder)) for profile, folder in
         ((qingdao, first), (load_profile(NORDHAVN), second))]
    )  # fmt: skip
    assert list(key_figures["Cluster"]) == ["Qingdao", "Nordhavn–Østerby"]
    assert key_figures["Rank by size (top 100)"].tolist() == [20, 1]


def test_comparison_tables_are_one_row_per_cluster_with_typed_columns(qingdao: ClusterProfile, tmp_path: Path) -> None:
    both = build_comparison(qingdao, load_profile(NORDHAVN))
    key = pd.read_csv(write(both.key_figures, tmp_path))
    assert key["Cluster"].tolist() == ["Qingdao", "Nordhavn–Østerby"]
    assert list(key.columns) == [column.csv_header for column in build_tables(qingdao).key_figures.columns]
    collaboration_text = table_csv(both.collaboration)
    assert collaboration_text == (
        "Cluster,Economy,Year,PCT applications co-invented (%),Scientific articles co-published (%)\r\n"
        "Qingdao,China,2024,2,63\r\n"
        "Nordhavn–Østerby,Denmark,2024,17,58\r\n"
    )
    frame = pd.read_csv(write(both.collaboration, tmp_path))
    assert [str(frame[name].dtype) for name in frame.columns[2:]] == ["int64"] * 3
    # The same columns as the key figures' shares: the two files join on the cluster columns.
    joined = key.merge(frame, on=[*SUBJECT_HEADERS, *frame.columns[3:]])
    assert len(joined) == 2


def test_the_comparison_on_screen_keeps_a_column_per_cluster(qingdao: ClusterProfile) -> None:
    both = build_comparison(qingdao, load_profile(NORDHAVN))
    assert both.collaboration.headers[1:] == ["Qingdao, China, GII 2024", "Nordhavn–Østerby, Denmark, GII 2024"]
    assert both.collaboration.editions == (
        Subject("Qingdao", "China", 2024),
        Subject("Nordhavn–Østerby", "Denmark", 2024),
    )
