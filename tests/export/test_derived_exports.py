"""The derived estimates in every export: a table of their own, marked derived, with how they are computed.

Qingdao's figures, worked by hand (tables/derived.py): the three top applicants bound its PCT
total to 8,391–8,611, the three top organizations its articles to 46,276–48,118, and both
per-million figures its population to 4,815,000–4,945,000.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest
from export_files import DERIVED, csv_files
from frictionless import validate
from openpyxl import load_workbook

from qingdao_viewer.export.csv_text import table_csv
from qingdao_viewer.export.folder import export_folder
from qingdao_viewer.export.plan import DESCRIPTOR, Edition, plan_export, with_derived
from qingdao_viewer.export.workbook import workbook_bytes
from qingdao_viewer.profile import load_profile
from qingdao_viewer.tables import ProfileTables, build_tables

QINGDAO_ROWS = [  # figure, estimate, at least, at most (the how-line checked apart)
    ("PCT applications, cluster total", 8501, 8391, 8611),
    ("Scientific articles, cluster total", 47197, 46276, 48118),
    ("Population, from PCT applications", 4880000, 4815000, 4945000),
    ("Population, from scientific articles", 4870000, 4771000, 4963000),
    ("Population, both taken together", 4880000, 4815000, 4945000),
]


@pytest.fixture
def qingdao(embedded_path: Path) -> Edition:
    profile = load_profile(embedded_path)
    return Edition(profile, build_tables(profile))


@pytest.fixture
def exported(qapp: object, qingdao: Edition, tmp_path: Path) -> Path:
    export_folder([qingdao], tmp_path)
    return tmp_path


def test_the_plan_writes_them_as_a_file_of_their_own_after_the_sources_tables(qingdao: Edition) -> None:
    plan = plan_export([qingdao])
    assert [file.name for file in plan.tables] == csv_files()
    assert plan.tables[-1].table is qingdao.tables.derived
    assert [table.name for table in plan.workbook] == [table.name for table in with_derived(qingdao.tables)]
    # Tables without them (the window with View > Show derived estimates off) export none.
    without = plan_export([qingdao._replace(tables=qingdao.tables._replace(derived=None))])
    assert [file.name for file in without.tables] == csv_files(derived=False)
    assert DERIVED not in [table.name for table in without.workbook]


def test_the_csv_holds_the_intervals_exactly_and_says_derived(exported: Path) -> None:
    text = (exported / f"qingdao-2024-{DERIVED}.csv").read_text(encoding="utf-8")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0] == [
        "Cluster", "Economy", "Year", "Figure (derived)", "Estimate", "At least", "At most", "How it is derived"
    ]  # fmt: skip
    assert [(row[3], int(row[4]), int(row[5]), int(row[6])) for row in rows[1:]] == QINGDAO_ROWS
    assert all(row[:3] == ["Qingdao", "China", "2024"] for row in rows[1:])
    assert rows[1][7] == "From the top PCT applicants' counts and rounded shares: low from row 2, high from row 3."
    # Never mixed into the source's tables: no other file holds a derived figure or column.
    for name in csv_files(derived=False):
        other = (exported / name).read_text(encoding="utf-8")
        assert "derived" not in other.lower() and "8391" not in other and "8611" not in other, name


def test_the_data_package_resource_says_derived_in_its_description_and_every_field(exported: Path) -> None:
    report = validate(str(exported / DESCRIPTOR))
    assert report.valid, report.flatten(["resourcePath", "rowNumber", "fieldName", "type", "note"])
    descriptor: dict[str, Any] = json.loads((exported / DESCRIPTOR).read_text(encoding="utf-8"))
    by_path = {resource["path"]: resource for resource in descriptor["resources"]}
    resource = by_path[f"qingdao-2024-{DERIVED}.csv"]
    assert resource["derived"] is True
    assert resource["title"] == "Derived estimates (not in the source) — Qingdao, China, GII 2024"
    description = resource["description"]
    assert "Derived by Qingdao Viewer, not published by WIPO" in description
    assert "the estimate is the narrowest interval all rows allow" in description  # how they are computed
    assert "Licensed under CC BY 4.0" in description and "WIPO, Global Innovation Index 2024" in description
    assert resource["licenses"][0]["name"] == "CC-BY-4.0"
    fields = resource["schema"]["fields"]
    assert len(fields) == 8 and all("derived" in field["description"].lower() for field in fields), fields
    assert resource["schema"]["primaryKey"] == ["Cluster", "Economy", "Year", "Figure (derived)"]
    assert all("derived" not in other for path, other in by_path.items() if path != resource["path"])
    assert f"Not the source's figures: qingdao-2024-{DERIVED}.csv, estimates derived" in descriptor["description"]


def test_the_workbook_has_a_derived_sheet_with_the_figures_as_numbers_and_says_so_on_the_source_sheet(
    qingdao: Edition,
) -> None:
    book = load_workbook(io.BytesIO(workbook_bytes(plan_export([qingdao]).workbook)))
    assert book.sheetnames[-1] == DERIVED and book.sheetnames[1] == "key-figures"
    sheet = book[DERIVED]
    assert [cell.value for cell in sheet[1]] == [
        "Figure (derived)",
        "Estimate",
        "At least",
        "At most",
        "How it is derived",
    ]
    values = [tuple(cell.value for cell in row[:4]) for row in sheet.iter_rows(min_row=2)]
    assert values == QINGDAO_ROWS
    assert sheet["C2"].number_format == "#,##0" and isinstance(sheet["C2"].value, int)
    source = [str(cell.value) for row in book["Source"].iter_rows() for cell in row if cell.value is not None]
    derived = next(text for text in source if text.startswith("Not the source's figures: the sheet derived-estimates."))
    assert "Derived by Qingdao Viewer, not published by WIPO" in derived
    assert "Derived estimates" in source and "Derived estimates (not in the source)" in source  # label, title
    assert any("CC BY 4.0" in text for text in source)


def test_each_cluster_of_a_comparison_exports_its_own(qapp: object, qingdao: Edition, tmp_path: Path) -> None:
    other = load_profile(Path(__file__).resolve().parent.parent / "fixtures" / "other-cluster.yaml")
    editions = [qingdao, Edition(other, build_tables(other))]
    names = [file.name for file in plan_export(editions).tables]
    assert names.count(f"qingdao-2024-{DERIVED}.csv") == 1
    assert len([name for name in names if name.endswith(f"-{DERIVED}.csv")]) == 2


def test_a_profile_whose_rows_give_no_estimate_says_so_rather_than_invent_one(qingdao: Edition) -> None:
    profile = qingdao.profile
    patents = profile.patents._replace(top_applicants=())
    empty = profile._replace(patents=patents)
    tables: ProfileTables = build_tables(empty)
    assert tables.derived is not None
    rows = list(csv.reader(io.StringIO(table_csv(tables.derived))))
    assert rows[1][3:7] == ["PCT applications, cluster total", "", "", ""]
    assert rows[1][7].startswith("No estimate")
