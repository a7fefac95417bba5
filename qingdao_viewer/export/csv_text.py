"""A table as CSV text: machine-readable numbers, then the source credit (no Qt)."""

from __future__ import annotations

from qingdao_viewer.tables import Table


def table_csv(table: Table) -> str:
    """Header row, one row per table row, a blank row and the attribution line.

    Counts and shares are plain numbers (2131, 25); a share column's header says ``(%)``.
    A missing figure is an empty cell. Lines end with CRLF, as RFC 4180 and spreadsheets expect.
    """
    import csv
    import io

    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(column.csv_header for column in table.columns)
    for row in table.rows:
        writer.writerow("" if value is None else value for value in row)
    if table.attribution:
        writer.writerow([])
        writer.writerow([table.attribution])
    return buffer.getvalue()
