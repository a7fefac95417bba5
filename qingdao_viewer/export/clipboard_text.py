"""What a copy puts on the clipboard, as text/plain (TSV) and text/html (no Qt).

Spreadsheets take the HTML flavour when there is one (LibreOffice Calc and Excel do), word
processors too; plain-text editors and "paste unformatted" take the tab-separated text.
Both are written so a spreadsheet reads the values, whatever its locale:

- text/plain: counts without thousands separators (2131), shares as ``25%`` (Calc and Excel
  read that as 25 percent in English and German alike; a decimal fraction would not survive
  a German locale), missing figures as empty cells.
- text/html: a whole UTF-8 document whose cells are typed for the spreadsheets that read
  them, and show the figures as the table does (2,131 and 25%) for those that do not.
  LibreOffice reads ``sdval`` (the value, in en-US form) and ``sdnum`` (its language, the
  format's language and the format); Excel reads ``x:num`` (the value) and the cell's
  ``mso-number-format``. Text cells are typed as text (``sdnum`` ``@``, Excel's ``\\@``), so
  ``00123`` and ``1,000 LABS`` stay names.

Every text cell goes through ``formula_guard.inert`` in both flavours: a name that starts
like a formula is copied with a leading apostrophe, never as a formula. A copy of a whole
table, or of whole rows or columns, has the header row; Copy table adds an empty row and
the source after the rows, as cells a spreadsheet keeps. Large copies are built a column at
a time, with no per-cell work beyond the cell's own text.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from qingdao_viewer.export.formula_guard import inert
from qingdao_viewer.tables import Kind, Table, Value, display_texts

# Excel reads a cell's number format from its class, one simple class rule each, as in Excel's own HTML.
_STYLE = (
    "<style>"
    '.t{mso-number-format:"\\@"}'  # text
    '.h{mso-number-format:"\\@";text-align:right}'  # the header over figures
    '.n{mso-number-format:"0";text-align:right}'  # ranks and years
    '.c{mso-number-format:"\\#\\,\\#\\#0";text-align:right}'  # counts: 2,131
    '.p{mso-number-format:"0%";text-align:right}'  # shares: 25%
    "</style>"
)
_EXCEL_NAMESPACE = "urn:schemas-microsoft-com:office:excel"

# LibreOffice's sdnum: the language sdval is written in; the format's language; the format.
# Language 0 converts the format to the spreadsheet's own locale: #,##0 shows 2.131 in de-DE.
# The percent format stays en-US (1033): converted, it is no built-in format in de-DE, and
# Calc 7.4 loses such formats on paste (it showed 0,25).
_TEXT_SDNUM = "1033;0;@"
_NUMBER_CELLS = {  # kind: (CSS class, sdnum)
    Kind.RANK: ("n", "1033;0;0"),
    Kind.YEAR: ("n", "1033;0;0"),
    Kind.COUNT: ("c", "1033;0;#,##0"),
    Kind.SHARE: ("p", "1033;1033;0%"),
}


@dataclass(frozen=True, slots=True)
class ClipboardText:
    """The two renderings of one copy."""

    plain: str
    html: str


def _one_line(text: str) -> str:
    """A tab or line break inside a cell would split it; names never hold them, but be safe."""
    return text.replace("\t", " ").replace("\r", " ").replace("\n", " ")


def _guarded(texts: Sequence[str]) -> list[str]:
    """Text cells as spreadsheets may read them: formulas made inert, each on one line."""
    guarded = [inert(text) for text in texts]
    joined = "".join(guarded)  # one look at the whole column, not one per cell
    if "\t" in joined or "\n" in joined or "\r" in joined:
        return [_one_line(text) for text in guarded]
    return guarded


def _escaped(texts: Sequence[str]) -> list[str]:
    """html.escape over a whole column: one call on the joined text, not one per cell."""
    from html import escape  # here: html.entities is large, and start-up does not need it

    if not texts:
        return []
    joined = "\x00".join(texts)
    if joined.count("\x00") != len(texts) - 1:  # a cell holds the separator itself
        return [escape(text) for text in texts]
    return escape(joined).split("\x00")


def _text_cells(texts: Sequence[str]) -> tuple[list[str], list[str]]:
    """Text as text: guarded against formulas, typed as text; an empty text is an empty cell."""
    guarded = _guarded(texts)
    opening = f'<td class="t" sdnum="{_TEXT_SDNUM}">'
    html = [f"{opening}{cell}</td>" if cell else "<td></td>" for cell in _escaped(guarded)]
    return guarded, html


def _header_cells(table: Table, columns: Sequence[int]) -> tuple[list[str], list[str]]:
    """The columns' headers, as text; over figures, set right as the figures are."""
    guarded = _guarded([table.columns[column].header for column in columns])
    html = [
        f'<th class="{"h" if table.columns[column].kind.numeric else "t"}" sdnum="{_TEXT_SDNUM}">{text}</th>'
        for column, text in zip(columns, _escaped(guarded), strict=True)
    ]
    return guarded, html


def _number_cells(values: Sequence[int], kind: Kind) -> tuple[list[str], list[str]]:
    """Figures as numbers: plain without separators (2131, 25%); HTML typed, shown as the table shows them."""
    css, sdnum = _NUMBER_CELLS[kind]
    if kind is Kind.SHARE:
        plain = [f"{value}%" for value in values]
        exact = [str(value / 100) for value in values]  # 0.25: a whole percent is exact in two decimals
    else:
        plain = exact = [str(value) for value in values]
    shown = display_texts(values, kind)
    opening = f'<td class="{css}" sdnum="{sdnum}"'
    html = [f'{opening} sdval="{value}" x:num="{value}">{text}</td>' for value, text in zip(exact, shown, strict=True)]
    return plain, html


def _column_cells(values: Sequence[Value], kind: Kind) -> tuple[list[str], list[str]]:
    """One column's cells, plain and HTML; a missing figure is an empty cell."""
    if kind is Kind.TEXT:
        return _text_cells(["" if value is None else str(value) for value in values])
    numbers = [value for value in values if type(value) is int]
    if len(numbers) == len(values):  # the usual case: every figure given
        return _number_cells(numbers, kind)
    plain: list[str] = []
    html: list[str] = []
    for value in values:  # a few missing figures (or a text among figures): cell by cell
        if isinstance(value, int):
            cells = _number_cells([value], kind)
        else:
            cells = _text_cells(["" if value is None else value])
        plain.extend(cells[0])
        html.extend(cells[1])
    return plain, html


def _render(
    table: Table,
    columns: Sequence[int],
    values: Callable[[int], Sequence[Value]],
    header: bool,
    source: bool,
) -> ClipboardText:
    """The copy of the given columns, each column's values given by values(column)."""
    rendered = [_column_cells(values(column), table.columns[column].kind) for column in columns]
    plain_lines: list[str] = []
    html_rows: list[str] = []
    if header:
        headers, header_cells = _header_cells(table, columns)
        plain_lines.append("\t".join(headers))
        html_rows.append(f"<tr>{''.join(header_cells)}</tr>")
    plain_lines.extend(map("\t".join, zip(*(plain for plain, _ in rendered), strict=True)))
    html_rows.extend(f"<tr>{''.join(cells)}</tr>" for cells in zip(*(html for _, html in rendered), strict=True))
    if source and table.attribution:
        credit, credit_cells = _text_cells([table.attribution])
        plain_lines.extend(["", credit[0]])
        html_rows.extend(["<tr><td></td></tr>", f"<tr>{credit_cells[0]}</tr>"])
    title = _escaped([table.title])[0]
    html = (
        f'<html xmlns:x="{_EXCEL_NAMESPACE}"><head><meta charset="utf-8"><title>{title}</title>{_STYLE}</head>'
        f"<body><table>{''.join(html_rows)}</table></body></html>"
    )
    return ClipboardText(plain="\n".join(plain_lines) + "\n", html=html)


def table_clipboard(table: Table) -> ClipboardText:
    """The whole table: header row, every row, an empty row and the source."""
    rows = table.rows
    return _render(
        table, range(len(table.columns)), lambda column: [row[column] for row in rows], header=True, source=True
    )


def block_clipboard(table: Table, rows: Sequence[int], columns: Sequence[int], header: bool = False) -> ClipboardText:
    """A rectangle of cells: the given table rows (in the order shown) and columns, under their headers if asked."""
    all_rows = table.rows
    return _render(table, columns, lambda column: [all_rows[row][column] for row in rows], header=header, source=False)


def selection_clipboard(table: Table, cells: Iterable[tuple[int, int]], header: bool = False) -> ClipboardText:
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
    all_rows = table.rows

    def values(column: int) -> list[Value]:
        return [all_rows[row][column] if (row, column) in selected else None for row in rows]

    return _render(table, columns, values, header=header, source=False)


def selects_whole_lines(ranges: Iterable[tuple[int, int, int, int]], row_count: int, column_count: int) -> bool:
    """Whether selected ranges (top, bottom, left, right) are all whole rows, or all whole columns.

    Such a selection (and select all) is copied under its header row; a block of cells is not.
    """
    ranges = list(ranges)
    if not ranges:
        return False
    whole_rows = all(left == 0 and right == column_count - 1 for _, _, left, right in ranges)
    whole_columns = all(top == 0 and bottom == row_count - 1 for top, bottom, _, _ in ranges)
    return whole_rows or whole_columns
