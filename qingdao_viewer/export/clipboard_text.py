"""What a copy puts on the clipboard, as text/plain (TSV) and text/html (no Qt).

Spreadsheets split pasted TSV into columns and read an HTML ``<table>`` cell by cell;
offering both lets LibreOffice Calc, Excel and word processors each take the better one.
Cells hold the text as shown (2,131 and 25%), which spreadsheets read back as numbers.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from qingdao_viewer.tables import Table, display_text


@dataclass(frozen=True, slots=True)
class ClipboardText:
    """The two renderings of one copy."""

    plain: str
    html: str


def _tsv_cell(text: str) -> str:
    # A tab or line break inside a cell would split it; names never hold them, but be safe.
    if "\t" in text or "\n" in text or "\r" in text:
        return text.replace("\t", " ").replace("\r", " ").replace("\n", " ")
    return text


def _tsv_column(texts: Sequence[str]) -> Sequence[str]:
    """A column's cells for TSV: unchanged unless one holds a tab or a line break."""
    joined = "".join(texts)
    if "\t" in joined or "\n" in joined or "\r" in joined:
        return [_tsv_cell(text) for text in texts]
    return texts


def _escaped_column(texts: Sequence[str]) -> list[str]:
    """html.escape over a whole column: one call on the joined text, not one per cell."""
    from html import escape  # here: html.entities is large, and start-up does not need it

    if not texts:
        return []
    joined = "\x00".join(texts)
    if joined.count("\x00") != len(texts) - 1:  # a cell holds the separator itself
        return [escape(text) for text in texts]
    return escape(joined).split("\x00")


def column_clipboard(
    columns: Sequence[Sequence[str]],
    headers: Sequence[str] | None = None,
    numeric: Sequence[bool] | None = None,
    footer: str = "",
) -> ClipboardText:
    """Render cell texts given column by column, with an optional header row and footer line.

    Working a column at a time keeps per-cell Python work out of large copies.
    """
    from html import escape

    width = max(len(headers or ()), len(columns))
    numeric = list(numeric or ()) + [False] * width
    tsv_columns = [_tsv_column(column) for column in columns]
    lines = []
    if headers is not None:
        lines.append("\t".join(_tsv_cell(text) for text in headers))
    lines.extend(map("\t".join, zip(*tsv_columns, strict=True)))
    if footer:
        lines.extend(["", _tsv_cell(footer)])
    plain = "\n".join(lines) + "\n"

    html_columns = []
    for index, column in enumerate(columns):
        opening = '<td style="text-align:right">' if numeric[index] else "<td>"
        cells = column if numeric[index] else _escaped_column(column)  # numbers hold nothing to escape
        html_columns.append([f"{opening}{cell}</td>" for cell in cells])
    parts = ["<table>"]
    if headers is not None:
        right = ' style="text-align:right"'
        header_cells = "".join(
            f"<th{right if numeric[i] else ''}>{escape(text)}</th>" for i, text in enumerate(headers)
        )
        parts.append(f"<thead><tr>{header_cells}</tr></thead>")
    parts.append("<tbody>")
    parts.extend(f"<tr>{''.join(cells)}</tr>" for cells in zip(*html_columns, strict=True))
    parts.append("</tbody>")
    if footer:
        parts.append(f'<tfoot><tr><td colspan="{width}">{escape(footer)}</td></tr></tfoot>')
    parts.append("</table>")
    return ClipboardText(plain=plain, html="".join(parts))


def grid_clipboard(
    rows: Sequence[Sequence[str]],
    headers: Sequence[str] | None = None,
    numeric: Sequence[bool] | None = None,
    footer: str = "",
) -> ClipboardText:
    """Render a grid of cell texts given row by row (every row as wide as the first)."""
    columns = [list(column) for column in zip(*rows, strict=True)] if rows else []
    return column_clipboard(columns, headers, numeric, footer)


def _shown_columns(table: Table, rows: Sequence[int], columns: Sequence[int]) -> list[list[str]]:
    """The cells of the given rows and columns as shown, column by column."""
    all_rows = table.rows
    return [[display_text(all_rows[row][column], table.columns[column].kind) for row in rows] for column in columns]


def table_clipboard(table: Table) -> ClipboardText:
    """The whole table: header row, every row as shown, and the source credit."""
    columns = range(len(table.columns))
    texts = _shown_columns(table, range(len(table.rows)), columns)
    numeric = [column.kind.numeric for column in table.columns]
    return column_clipboard(texts, table.headers, numeric, table.attribution)


def block_clipboard(table: Table, rows: Sequence[int], columns: Sequence[int]) -> ClipboardText:
    """A rectangle of cells: the given table rows (in the order shown) and columns."""
    texts = _shown_columns(table, rows, columns)
    return column_clipboard(texts, numeric=[table.columns[column].kind.numeric for column in columns])


def selection_clipboard(table: Table, cells: Iterable[tuple[int, int]]) -> ClipboardText:
    """Selected cells, given as (row, column) in the order shown, as a rectangle.

    Rows and columns keep the order they first appear in; a cell inside the rectangle
    that is not selected is left empty, so every value stays in its column.
    """
    row_order: dict[int, int] = {}
    column_order: dict[int, int] = {}
    selected = set()
    for row, column in cells:
        row_order.setdefault(row, len(row_order))
        column_order.setdefault(column, len(column_order))
        selected.add((row, column))
    rows = sorted(row_order, key=row_order.__getitem__)
    columns = sorted(column_order, key=column_order.__getitem__)
    grid = [[table.display(r, c) if (r, c) in selected else "" for c in columns] for r in rows]
    return grid_clipboard(grid, numeric=[table.columns[c].kind.numeric for c in columns])
