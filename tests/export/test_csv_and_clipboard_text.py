"""Clipboard renderings of a table (no Qt); the CSV tests are in test_csv_text.py."""

from __future__ import annotations

from qingdao_viewer.export.clipboard_text import grid_clipboard, selection_clipboard, table_clipboard
from qingdao_viewer.tables import Column, Kind, Table

HOSTILE = Table(
    name="hostile",
    title="Hostile",
    columns=(Column("Name"), Column("Count", Kind.COUNT), Column("Share", Kind.SHARE)),
    rows=(('<b>R&D</b> "quoted", comma', 1234567, 5), ("plain", None, 7)),
    chart=(0, 2),
    attribution="Source: test",
)


def test_selection_copies_as_columns_without_header() -> None:
    copy = selection_clipboard(HOSTILE, [(0, 1), (0, 2), (1, 1), (1, 2)])
    assert copy.plain == "1,234,567\t5%\n—\t7%\n"
    assert copy.html.count("<tr>") == 2
    assert '<td style="text-align:right">1,234,567</td>' in copy.html


def test_selection_keeps_the_shown_order_and_fills_gaps() -> None:
    # Shown sorted with row 1 first; a cell not selected inside the rectangle stays empty.
    copy = selection_clipboard(HOSTILE, [(1, 0), (1, 2), (0, 0)])
    assert copy.plain == 'plain\t7%\n<b>R&D</b> "quoted", comma\t\n'


def test_whole_table_copy_has_headers_and_the_source() -> None:
    copy = table_clipboard(HOSTILE)
    lines = copy.plain.splitlines()
    assert lines[0] == "Name\tCount\tShare"
    assert lines[-1] == "Source: test"
    assert "<thead><tr><th>Name</th>" in copy.html
    assert "<tfoot>" in copy.html and "Source: test" in copy.html


def test_html_copy_escapes_markup_in_names() -> None:
    copy = table_clipboard(HOSTILE)
    assert "<b>R&D</b>" not in copy.html
    assert "&lt;b&gt;R&amp;D&lt;/b&gt; &quot;quoted&quot;, comma" in copy.html
    assert '<b>R&D</b> "quoted", comma' in copy.plain


def test_tabs_and_line_breaks_cannot_split_a_cell() -> None:
    copy = grid_clipboard([["a\tb", "c\nd"]])
    assert copy.plain == "a b\tc d\n"
