"""The XLSX workbook, read back as a spreadsheet reads it: openpyxl, and LibreOffice where it is installed."""

from __future__ import annotations

import csv
import io
import os
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any, NamedTuple

import pytest
from hypothesis import given
from hypothesis import strategies as st
from openpyxl import load_workbook

from qingdao_viewer.export.formula_guard import inert
from qingdao_viewer.export.workbook import (
    CREATED,
    MAX_SHEET_NAME,
    sheet_names,
    workbook_bytes,
    workbook_name,
    write_workbook,
)
from qingdao_viewer.profile import load_profile
from qingdao_viewer.tables import Column, Kind, Subject, Table, build_tables
from qingdao_viewer.tables.citation import GII_2024_CITATION
from qingdao_viewer.tables.comparison import build_comparison

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
NORDHAVN = FIXTURES / "profile-texts" / "nordhavn-osterby-2024.txt"
SUBJECT = Subject("Testville", "Nowhere", 2024)
FORMULAS = ('=HYPERLINK("x")', "+1+2", "-3", "@SUM(A1)", "\t=1", "＝1")
HOSTILE = Table(
    name="hostile",
    title="Hostile names",
    columns=(
        Column("Rank", Kind.RANK),
        Column("Name"),
        Column("Count", Kind.COUNT),
        Column("Share", Kind.SHARE),
        Column("Year", Kind.YEAR),
    ),
    rows=(
        *((index, text, 1000 + index, index, 2020) for index, text in enumerate(FORMULAS, start=1)),
        (7, "東京大学東京大学東京大学東京大学東京大学", None, None, None),
        (8, "Plain name", 1234567, 100, 2024),
    ),
    note="Names a spreadsheet would run, if typed in.",
    attribution="Source: test.",
    subject=SUBJECT,
)
FIXED_DATE = CREATED.strftime("%Y-%m-%dT%H:%M:%SZ")


@pytest.fixture
def tables(embedded_path: Path) -> tuple[Table, ...]:
    return build_tables(load_profile(embedded_path)).all


def read(data: bytes) -> Any:
    return load_workbook(io.BytesIO(data))


def width(sheet: Any, column: int) -> float:
    """A column's width as the file sets it (openpyxl groups equal neighbours under the first letter)."""
    for dimension in sheet.column_dimensions.values():
        if dimension.min <= column <= dimension.max and dimension.width:
            return float(dimension.width)
    return 0.0


def source_texts(book: Any) -> list[str]:
    return [str(cell.value) for row in book["Source"].iter_rows() for cell in row if cell.value is not None]


# -- sheets, headers, typed cells ---------------------------------------------------------------


def test_a_sheet_per_table_after_the_source_sheet(tables: tuple[Table, ...]) -> None:
    book = read(workbook_bytes(tables))
    assert book.sheetnames == [
        "Source",
        "key-figures",
        "patent-applicants",
        "patent-fields",
        "publishing-organizations",
        "publication-fields",
        "collaboration",
        "patent-collaboration-locations",
        "publication-collaboration",  # publication-collaboration-locations is 35 characters: cut at a dash
    ]
    assert book.active.title == "Source"
    for table, name in zip(tables, book.sheetnames[1:], strict=True):
        sheet = book[name]
        assert [cell.value for cell in sheet[1]] == table.headers
        assert all(cell.font.b for cell in sheet[1])
        aligned = [cell.alignment.horizontal for cell in sheet[1]]
        assert aligned == ["right" if column.kind.numeric else None for column in table.columns]
        assert sheet.page_setup.orientation == "landscape" and sheet.print_title_rows == "$1:$1"
        assert sheet.freeze_panes == "A2"
        assert sheet.auto_filter.ref == f"A1:{sheet.cell(1, len(table.columns)).column_letter}{len(table.rows) + 1}"
        assert sheet.max_row == len(table.rows) + 1


def test_counts_are_whole_numbers_with_thousands_and_shares_fractions_in_percent(tables: tuple[Table, ...]) -> None:
    book = read(workbook_bytes(tables))
    rank, name, count, share = book["patent-applicants"][2]
    assert (rank.value, rank.data_type, rank.number_format) == (1, "n", "0")
    assert (name.value, name.data_type) == ("QINGDAO HAIER AIR CONDITIONER GENERAL", "s")
    assert type(count.value) is int
    assert (count.value, count.data_type, count.number_format) == (2131, "n", "#,##0")
    assert (share.value, share.data_type, share.number_format) == (0.25, "n", "0%")
    assert [row[3].value for row in book["publishing-organizations"].iter_rows(min_row=2)] == [0.16, 0.14, 0.14]
    key = {header.value: cell for header, cell in zip(book["key-figures"][1], book["key-figures"][2], strict=True)}
    assert (key["Year"].value, key["Year"].number_format) == (2024, "0")
    assert (key["PCT applications from (year)"].value, key["PCT applications to (year)"].value) == (2019, 2023)
    assert (key["Rank by size (top 100)"].value, key["Rank by size (top 100)"].number_format) == (20, "0")
    per_million = key["Scientific articles per 1M inhabitants"]
    assert (per_million.value, per_million.number_format) == (9697, "#,##0")
    assert (key["Scientific articles co-published"].value, key["Scientific articles co-published"].number_format) == (
        0.63,
        "0%",
    )


def test_every_share_from_0_to_100_reads_back_as_its_fraction() -> None:
    table = Table("shares", "Shares", (Column("Share", Kind.SHARE),), tuple((share,) for share in range(101)))
    sheet = read(workbook_bytes([table]))["shares"]
    assert [row[0].value for row in sheet.iter_rows(min_row=2)] == [share / 100 for share in range(101)]


def test_missing_figures_are_empty_cells_and_a_table_without_rows_keeps_its_header(tables: tuple[Table, ...]) -> None:
    book = read(workbook_bytes([HOSTILE, *tables]))
    missing = book["hostile"][8]
    assert [cell.value for cell in missing] == [7, HOSTILE.rows[6][1], None, None, None]
    fields = book["patent-fields"]
    assert [[cell.value for cell in row] for row in fields.iter_rows()] == [["Rank", "Technology field", "Share"]]
    assert fields.auto_filter.ref == "A1:C1"


def test_text_a_spreadsheet_would_run_is_a_string_with_the_quote_prefix_never_a_formula() -> None:
    data = workbook_bytes([HOSTILE])
    sheet = read(data)["hostile"]
    for row, text in enumerate(FORMULAS, start=2):
        assert inert(text) != text  # the guard's own verdict: each of these would run if typed
        cell = sheet.cell(row, 2)
        assert (cell.value, cell.data_type) == (text, "s")
        assert cell.quotePrefix, text
    plain = sheet.cell(9, 2)
    assert (plain.value, plain.data_type, plain.quotePrefix) == ("Plain name", "s", False)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        sheets = [name for name in archive.namelist() if name.startswith("xl/worksheets/")]
        assert sheets and not any(re.search(rb"<f[ >]", archive.read(name)) for name in sheets)


def test_columns_are_fitted_to_their_longest_text(tables: tuple[Table, ...]) -> None:
    book = read(workbook_bytes([HOSTILE, *tables]))
    applicants = book["patent-applicants"]
    rank, name, count, share = (width(applicants, column) for column in range(1, 5))
    assert 0 < rank < name and 0 < share < name and count > 0
    assert name >= len("QINGDAO HAIER AIR CONDITIONER GENERAL")
    # 20 CJK characters take the room of 40 Latin ones.
    assert width(book["hostile"], 2) >= 40 > len("東京大学東京大学東京大学東京大学東京大学")


# -- the Source sheet ---------------------------------------------------------------------------


def test_the_source_sheet_gives_source_citation_licence_and_each_table(tables: tuple[Table, ...]) -> None:
    book = read(workbook_bytes(tables))
    texts = source_texts(book)
    joined = "\n".join(texts)
    assert "Qingdao, China, GII 2024" in texts
    assert tables[0].attribution in texts
    assert GII_2024_CITATION in texts and "DOI 10.34667/tind.50062" in GII_2024_CITATION
    assert any("CC BY 4.0" in text and "https://creativecommons.org/licenses/by/4.0/" in text for text in texts)
    for table in tables:
        assert table.title in texts
        assert not table.note or table.note in texts
        for column in table.columns:
            assert column.header in texts
    assert "(0.25 shown as 25%)" in joined and "(2131 shown as 2,131)" in joined
    source = book["Source"]
    links = {cell.value: cell.hyperlink.location for row in source.iter_rows() for cell in row if cell.hyperlink}
    assert links["patent-applicants"] == "'patent-applicants'!A1"
    assert set(links) == set(book.sheetnames[1:])


class DescribedColumn(NamedTuple):
    """A column as tables/ may come to describe it: with what it means."""

    header: str
    kind: Kind = Kind.TEXT
    description: str = ""


def test_the_source_sheet_says_what_a_described_column_means() -> None:
    meaning = "The row's count as a percentage of the cluster's total."
    columns = (DescribedColumn("Name"), DescribedColumn("Share", Kind.SHARE, meaning))
    table = Table("described", "Described", columns, (("A", 5),), subject=SUBJECT)  # type: ignore[arg-type]
    source = read(workbook_bytes([table]))["Source"]
    rows = [[cell.value for cell in row] for row in source.iter_rows()]
    header = next(row for row in rows if row[:2] == ["Sheet", "Column"])
    assert header[2:4] == ["A cell holds", "Meaning"]
    assert ["described", "Share", rows[rows.index(header) + 2][2], meaning] in rows
    assert rows[rows.index(header) + 2][2].startswith("a share of the cluster's total: a fraction")


def test_an_edition_the_app_does_not_know_gets_no_guessed_citation() -> None:
    other = load_profile(FIXTURES / "other-cluster.yaml")  # year 2031, no source
    texts = source_texts(read(workbook_bytes(build_tables(other).all)))
    assert "Source: not given in this profile." in texts
    assert not any("WIPO (2024)" in text or "creativecommons.org" in text for text in texts)


# -- determinism --------------------------------------------------------------------------------


def test_the_same_tables_give_the_same_bytes_with_fixed_dates(tables: tuple[Table, ...], tmp_path: Path) -> None:
    first = workbook_bytes(tables)
    path = write_workbook(tables, tmp_path)
    assert path.name == "qingdao-2024.xlsx"
    assert path.read_bytes() == first
    with zipfile.ZipFile(path) as archive:
        assert {entry.date_time for entry in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}
        core = archive.read("docProps/core.xml").decode("utf-8")
    dates = re.findall(r"<dcterms:(created|modified)[^>]*>([^<]*)<", core)
    assert dates == [("created", FIXED_DATE), ("modified", FIXED_DATE)]
    assert read(first).properties.title == "Qingdao, China, GII 2024"


def test_the_bytes_do_not_depend_on_the_process(embedded_path: Path, tmp_path: Path) -> None:
    """Two processes with different hash seeds (set and dict orders) write the same workbook."""
    script = (
        "import sys; from qingdao_viewer.profile import load_profile; from qingdao_viewer.tables import build_tables; "
        "from qingdao_viewer.export.workbook import workbook_bytes; "
        "sys.stdout.buffer.write(workbook_bytes(build_tables(load_profile(sys.argv[1])).all))"
    )
    outputs = [
        subprocess.run(
            [sys.executable, "-c", script, str(embedded_path)],
            env=dict(os.environ, PYTHONHASHSEED=seed),
            capture_output=True,
            check=True,
            timeout=120,
        ).stdout
        for seed in ("1", "2")
    ]
    assert outputs[0] == outputs[1] == workbook_bytes(build_tables(load_profile(embedded_path)).all)


# -- sheet names --------------------------------------------------------------------------------


def named(*names: str) -> list[Table]:
    """Tables of one cluster with these names."""
    return [Table(name, name, (Column("A"),), (), subject=SUBJECT) for name in names]


def test_sheet_names_follow_excels_rules() -> None:
    names = sheet_names(
        named("a" * 40, "x[y]:z*?/\\w", "'quoted'", "Data", "data", "history", "😀" * 20, "", "Source", "a\x01b"),
        taken=["Source"],
    )
    assert names == [
        "a" * 31,
        "x-y--z----w",
        "quoted",
        "Data",
        "data-2",
        "history-2",
        "😀" * 15,
        "Sheet",
        "Source-2",
        "a-b",
    ]
    read(workbook_bytes(named("x[y]:z*?/\\w", "'quoted'", "Data", "data", "😀" * 20)))  # a workbook that opens


@given(st.lists(st.text(max_size=50), max_size=8), st.lists(st.text(max_size=40), max_size=3))
def test_any_names_give_valid_unique_sheet_names(names: list[str], taken: list[str]) -> None:
    result = sheet_names(named(*names), taken=taken)
    assert len(result) == len(names)
    folded = [name.casefold() for name in result]
    assert len(set(folded)) == len(folded) and not set(folded) & {name.casefold() for name in taken}
    for name in result:
        assert name and len(name.encode("utf-16-le")) // 2 <= MAX_SHEET_NAME
        assert not re.search(r"[\[\]:*?/\\]", name) and not name.startswith("'") and not name.endswith("'")
        assert name.casefold() != "history"


def test_compare_mode_prefixes_each_clusters_tables_with_its_edition(embedded_path: Path) -> None:
    qingdao, nordhavn = load_profile(embedded_path), load_profile(NORDHAVN)
    first, other = build_tables(qingdao).all, build_tables(nordhavn).all
    tables = (*first, *build_comparison(qingdao, nordhavn).all, *other)
    assert workbook_name(tables) == "qingdao-2024-nordhavn-østerby-2024.xlsx"
    book = read(workbook_bytes(tables))
    assert book.sheetnames[:3] == ["Source", "qingdao-2024-key-figures", "qingdao-2024-patent-applicants"]
    assert "comparison-key-figures" in book.sheetnames and "nordhavn-2024-key-figures" in book.sheetnames
    assert len(book.sheetnames) == 1 + 8 + 2 + 8
    compared = book["comparison-collaboration"]
    assert [cell.value for cell in compared[1]] == [
        "Output",
        "Qingdao, China, GII 2024",
        "Nordhavn–Østerby, Denmark, GII 2024",
    ]
    assert compared["B2"].value == 0.02 and compared["B2"].number_format == "0%"
    assert "Qingdao, China, GII 2024; Nordhavn–Østerby, Denmark, GII 2024" in source_texts(book)


# -- LibreOffice --------------------------------------------------------------------------------


def libreoffice(workbook: Path, out: Path, target: str) -> None:
    """Convert the workbook with LibreOffice Calc, headless, with a profile of its own."""
    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed: apt-get install libreoffice-calc")
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation={(out / 'lo-profile').as_uri()}",
            "--headless",
            "--convert-to",
            target,
            "--outdir",
            str(out),
            str(workbook),
        ],
        check=True,
        capture_output=True,
        env=dict(os.environ, LC_ALL="C.UTF-8", LANG="C.UTF-8"),  # its number formats: 2,131 and 0.25
        timeout=180,
    )


def libreoffice_csv(workbook: Path, out: Path) -> dict[str, list[list[str]]]:
    """Every sheet as LibreOffice shows it, by sheet name (its CSV filter writes a file a sheet)."""
    # comma, double quote, UTF-8, from line 1, standard, quote text, cells as shown, every sheet (-1)
    libreoffice(workbook, out, "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1")
    sheets = {}
    for path in out.glob(f"{workbook.stem}-*.csv"):
        with path.open(encoding="utf-8", newline="") as stream:
            sheets[path.stem.removeprefix(f"{workbook.stem}-")] = list(csv.reader(stream))
    return sheets


ODS = {
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
}


def libreoffice_cells(workbook: Path, out: Path, sheet: str) -> list[list[tuple[str, str]]]:
    """One sheet's rows as LibreOffice stores them in ODS: (type, value) per cell."""
    import xml.etree.ElementTree as ET

    libreoffice(workbook, out, "ods")
    with zipfile.ZipFile(out / f"{workbook.stem}.ods") as archive:
        root = ET.fromstring(archive.read("content.xml"))
    [table] = [t for t in root.iter(f"{{{ODS['table']}}}table") if t.get(f"{{{ODS['table']}}}name") == sheet]
    rows = []
    for row in table.iter(f"{{{ODS['table']}}}table-row"):
        cells = []
        for cell in row.findall("table:table-cell", ODS):
            kind = cell.get(f"{{{ODS['office']}}}value-type", "")
            value = cell.get(f"{{{ODS['office']}}}value") or "".join(cell.itertext())
            cells.append((kind, value))
        rows.append(cells)
    return rows


def test_libreoffice_opens_the_workbook_and_reads_the_figures_back(
    tables: tuple[Table, ...], embedded_path: Path, tmp_path: Path
) -> None:
    derived = build_tables(load_profile(embedded_path)).derived
    assert derived is not None
    workbook = tmp_path / "book.xlsx"
    workbook.write_bytes(workbook_bytes([*tables, derived, HOSTILE]))
    shown = libreoffice_csv(workbook, tmp_path / "csv")
    assert set(shown) == {
        "Source", *(table.name for table in tables[:-1]), "publication-collaboration", "derived-estimates", "hostile"
    }  # fmt: skip
    assert shown["derived-estimates"][:2] == [
        ["Figure (derived)", "Estimate", "At least", "At most", "How it is derived"],
        [
            "PCT applications, cluster total", "8,501", "8,391", "8,611",
            "From the top PCT applicants' counts and rounded shares: low from row 2, high from row 3.",
        ],
    ]  # fmt: skip
    assert [row[2:4] for row in shown["derived-estimates"][2:]] == [
        ["46,276", "48,118"], ["4,815,000", "4,945,000"], ["4,771,000", "4,963,000"], ["4,815,000", "4,945,000"]
    ]  # fmt: skip
    assert shown["patent-applicants"][:2] == [
        ["Rank", "Applicant", "PCT applications", "Share"],
        ["1", "QINGDAO HAIER AIR CONDITIONER GENERAL", "2,131", "25%"],
    ]
    assert shown["key-figures"][1][:3] == ["Qingdao", "China", "2024"]
    # The formulas stay text: a run =HYPERLINK("x") would read "x", +1+2 would read 3.
    assert [row[1] for row in shown["hostile"][1:7]] == list(FORMULAS)
    assert shown["hostile"][7][2:] == ["", "", ""]
    assert any("CC BY 4.0" in cell for row in shown["Source"] for cell in row)

    stored = libreoffice_cells(workbook, tmp_path / "ods", "patent-applicants")
    assert stored[1][:4] == [
        ("float", "1"),
        ("string", "QINGDAO HAIER AIR CONDITIONER GENERAL"),
        ("float", "2131"),
        ("percentage", "0.25"),
    ]
