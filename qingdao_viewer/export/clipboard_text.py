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


def grid_clipboard(
    rows: Sequence[Sequence[str]],
    headers: Sequence[str] | None = None,
    numeric: Sequence[bool] | None = None,
    footer: str = "",
) -> ClipboardText:
    """Render a grid of cell texts, with an optional header row and footer line."""
    from html import escape  # here: html.entities is large, and start-up does not need it

    width = max([len(headers or ())] + [len(row) for row in rows[:1]])
    numeric = list(numeric or ()) + [False] * width
    lines = []
    if headers is not None:
        lines.append("\t".join(_tsv_cell(text) for text in headers))
    lines.extend("\t".join(_tsv_cell(text) for text in row) for row in rows)
    if footer:
        lines.extend(["", _tsv_cell(footer)])
    plain = "\n".join(lines) + "\n"

    # Cell by cell, the opening tag is fixed per column; numbers need no escaping.
    opening = ['<td style="text-align:right">' if numeric[column] else "<td>" for column in range(width)]
    plain_text = [bool(numeric[column]) for column in range(width)]

    def row_html(row: Sequence[str]) -> str:
        cells = "</td>".join(
            opening[column] + (text if plain_text[column] else escape(text)) for column, text in enumerate(row)
        )
        return f"<tr>{cells}</td></tr>" if row else "<tr></tr>"

    parts = ["<table>"]
    if headers is not None:
        right = ' style="text-align:right"'
        header_cells = "".join(
            f"<th{right if numeric[i] else ''}>{escape(text)}</th>" for i, text in enumerate(headers)
        )
        parts.append(f"<thead><tr>{header_cells}</tr></thead>")
    parts.append("<tbody>")
    parts.extend(row_html(row) for row in rows)
    parts.append("</tbody>")
    if footer:
        parts.append(f'<tfoot><tr><td colspan="{width}">{escape(footer)}</td></tr></tfoot>')
    parts.append("</table>")
    return ClipboardText(plain=plain, html="".join(parts))


def table_clipboard(table: Table) -> ClipboardText:
    """The whole table: header row, every row as shown, and the source credit."""
    rows = [[table.display(r, c) for c in range(len(table.columns))] for r in range(len(table.rows))]
    return grid_clipboard(rows, table.headers, [column.kind.numeric for column in table.columns], table.attribution)


def block_clipboard(table: Table, rows: Sequence[int], columns: Sequence[int]) -> ClipboardText:
    """A rectangle of cells: the given table rows (in the order shown) and columns."""
    texts = [[display_text(table.rows[row][column], table.columns[column].kind) for row in rows] for column in columns]
    grid = [list(cells) for cells in zip(*texts, strict=True)] if texts else [[] for _ in rows]
    return grid_clipboard(grid, numeric=[table.columns[column].kind.numeric for column in columns])


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
