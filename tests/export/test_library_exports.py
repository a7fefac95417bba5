"""The library table exports with the writers every table uses: CSV, the workbook, a data package (no window).

The entries are invented (Qingdao's summary under invented names).
"""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import NamedTuple

from frictionless import validate
from openpyxl import load_workbook

from qingdao_viewer.export.folder import plan_steps
from qingdao_viewer.export.plan import DESCRIPTOR, table_package
from qingdao_viewer.export.workbook import workbook_bytes
from qingdao_viewer.profile import load_profile
from qingdao_viewer.steps import run_steps
from qingdao_viewer.tables.library_table import library_attribution, library_source, library_table
from qingdao_viewer.tables.summary import Summary, summary_of


class Entry(NamedTuple):
    path: Path
    cluster: str
    economy: str
    year: int
    summary: Summary | None


def entries(embedded_path: Path) -> list[Entry]:
    summary = summary_of(load_profile(embedded_path))
    return [
        Entry(Path("/lib/sao-paulo-2024.yaml"), "São Paulo", "Brazil", 2024, summary),
        Entry(Path("/lib/sao-paulo-2023.yaml"), "Sao Paulo", "Brazil", 2023, None),  # not summary_ofd: empty cells
    ]


def test_a_data_package_of_the_library_alone_is_its_csv_and_a_valid_descriptor(
    embedded_path: Path, tmp_path: Path
) -> None:
    plan = table_package(library_table(entries(embedded_path), library_attribution()), (library_source(),))
    assert plan.names == ["clusters-library.csv", DESCRIPTOR]
    written = run_steps(plan_steps(plan, tmp_path))
    assert [path.name for path in written] == plan.names
    report = validate(str(tmp_path / DESCRIPTOR))
    assert report.valid, report.flatten(["resourcePath", "rowNumber", "fieldName", "type", "note"])
    descriptor = json.loads((tmp_path / DESCRIPTOR).read_text(encoding="utf-8"))
    assert descriptor["name"] == "gii-cluster-profiles" and descriptor["licenses"][0]["name"] == "CC-BY-4.0"
    assert (
        "Cite the source: WIPO Global Innovation Index, science and technology cluster profiles"
        in (descriptor["description"])
    )
    lines = (tmp_path / "clusters-library.csv").read_text(encoding="utf-8").splitlines()
    assert lines[1].startswith("São Paulo,Brazil,2024,20,23,8,26,1742,9697,2,63,")
    assert lines[2] == "Sao Paulo,Brazil,2023,,,,,,,,,,,/lib/sao-paulo-2023.yaml"


def test_the_library_workbook_credits_the_profiles_and_names_no_single_cluster(embedded_path: Path) -> None:
    book = load_workbook(io.BytesIO(workbook_bytes([library_table(entries(embedded_path), library_attribution())])))
    assert book.sheetnames == ["Source", "library"]
    source = [[cell.value for cell in row] for row in book["Source"].iter_rows()]
    labels = [row[0] for row in source]
    assert "Figures of" not in labels and ["Source", library_attribution()] in [row[:2] for row in source]
    assert book["library"]["H2"].value == 1742 and book["library"]["H3"].value is None
