"""A table as tidy CSV text: a header row and data rows, nothing else (no Qt).

Every row says whose figures it holds: the cluster, economy and year columns come first
(``tables.tidy``), so the files of several clusters stack into one table. Counts, ranks,
years and shares are plain integers (2131, 25), a share column's header says ``(%)``, and
a figure the source does not give is an empty cell. The source and licence are not rows:
they are in the data package beside the files (``export/datapackage.py``).

The text is UTF-8 without a byte order mark: a BOM would end up in the first header
("\\ufeffCluster") wherever a reader does not strip it (Python's ``csv`` module, R's
``read.csv``). Lines end with CRLF, as RFC 4180 and spreadsheets expect. Text cells that
a spreadsheet would run as a formula are made inert (``formula_guard``).
"""

from __future__ import annotations

from qingdao_viewer.export.formula_guard import inert
from qingdao_viewer.tables import Table, Value, tidy

ENCODING = "utf-8"
LINE_END = "\r\n"


def _cell(value: Value) -> str | int:
    if value is None:
        return ""
    return inert(value) if isinstance(value, str) else value


def csv_headers(table: Table) -> list[str]:
    """The header row of the table's CSV file: the tidy table's columns, shares marked ``(%)``."""
    return [column.csv_header for column in tidy(table).columns]


def table_csv(table: Table) -> str:
    """The tidy table as CSV: the header row, then one line per row."""
    import csv
    import io

    data = tidy(table)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator=LINE_END)
    writer.writerow(column.csv_header for column in data.columns)
    for row in data.rows:
        writer.writerow(_cell(value) for value in row)
    return buffer.getvalue()


def table_csv_bytes(table: Table) -> bytes:
    """The bytes of the table's CSV file."""
    return table_csv(table).encode(ENCODING)
