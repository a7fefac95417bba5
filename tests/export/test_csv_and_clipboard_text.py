"""CSV renderings of a table (no Qt); the clipboard's are in test_clipboard_text.py."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from qingdao_viewer.export.csv_text import table_csv
from qingdao_viewer.profile import load_profile
from qingdao_viewer.tables import Column, Kind, Table, build_tables

HOSTILE = Table(
    name="hostile",
    title="Hostile",
    columns=(Column("Name"), Column("Count", Kind.COUNT), Column("Share", Kind.SHARE)),
    rows=(('<b>R&D</b> "quoted", comma', 1234567, 5), ("plain", None, 7)),
    chart=(0, 2),
    attribution="Source: test",
)


def test_csv_has_header_plain_numbers_and_attribution(embedded_path: Path) -> None:
    table = build_tables(load_profile(embedded_path)).patent_applicants
    text = table_csv(table)
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0] == ["Rank", "Applicant", "PCT applications", "Share (%)"]
    assert rows[1:4] == [
        ["1", "QINGDAO HAIER AIR CONDITIONER GENERAL", "2131", "25"],
        ["2", "QINGDAO HAIER WASHING MACHINE", "881", "10"],
        ["3", "QINGDAO HAIER REFRIGERATOR", "732", "9"],
    ]
    assert rows[4] == []
    assert rows[5][0].startswith("Source: WIPO") and "CC BY 4.0" in rows[5][0]
    assert text.endswith("\r\n")


def test_csv_quotes_what_needs_quoting_and_leaves_missing_empty() -> None:
    rows = list(csv.reader(io.StringIO(table_csv(HOSTILE))))
    assert rows[1] == ['<b>R&D</b> "quoted", comma', "1234567", "5"]
    assert rows[2] == ["plain", "", "7"]
