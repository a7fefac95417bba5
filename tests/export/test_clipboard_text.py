"""What a copy puts on the clipboard, plain and HTML, cell by cell (no Qt).

tests/x11/test_calc_paste.py pastes the real app's copies into a real LibreOffice Calc; these
check the text itself, and the cases the real paste does not reach.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from html.parser import HTMLParser
from pathlib import Path
from typing import NamedTuple

import pytest

from qingdao_viewer import i18n
from qingdao_viewer.export.clipboard_text import (
    block_clipboard,
    selection_clipboard,
    selects_whole_lines,
    table_clipboard,
)
from qingdao_viewer.export.formula_guard import inert
from qingdao_viewer.profile import load_profile
from qingdao_viewer.tables import Column, Kind, Table, build_tables

FORMULAS = ('=HYPERLINK("http://x","y")', "+1", "-1", "@SUM(A1)")

NAMES = Table(
    name="names",
    title="Names <&>",
    columns=(Column("Rank", Kind.RANK), Column("Name"), Column("Count", Kind.COUNT), Column("Share", Kind.SHARE)),
    rows=(
        *((index + 1, name, 10 * (index + 1), index) for index, name in enumerate(FORMULAS)),
        (5, "1,000 LABS", 1000, 5),
        (6, "00123", 1234567, 6),
        (7, '<b>R&D</b> "quoted"', None, None),
        (8, "tab\there\nand a line", 8, 8),
    ),
    attribution="Source: test ©",
)


class Cell(NamedTuple):
    tag: str
    attributes: dict[str, str | None]
    text: str


class Document(HTMLParser):
    """An HTML copy read back: its rows of cells, and what is around them."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.rows: list[list[Cell]] = []
        self.tags: list[str] = []
        self.style = ""
        self._cell: Cell | None = None
        self._in_style = False
        self.feed(html)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        if tag == "tr":
            self.rows.append([])
        elif tag in ("td", "th"):
            self._cell = Cell(tag, dict(attrs), "")
        elif tag == "style":
            self._in_style = True

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th") and self._cell is not None:
            self.rows[-1].append(self._cell)
            self._cell = None
        elif tag == "style":
            self._in_style = False

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell = self._cell._replace(text=self._cell.text + data)
        elif self._in_style:
            self.style += data


@pytest.fixture
def patents(embedded_path: Path) -> Table:
    return build_tables(load_profile(embedded_path)).patent_applicants


@pytest.fixture
def dotted_thousands() -> Iterator[None]:
    """Numbers shown as a language that groups thousands with dots would show them."""
    i18n.install_number_format(".", "%")
    yield
    i18n.install_number_format(",", "%")


def test_copy_table_as_text_is_header_rows_empty_line_and_source(patents: Table) -> None:
    assert table_clipboard(patents).plain == (
        "Rank\tApplicant\tPCT applications\tShare\n"
        "1\tQINGDAO HAIER AIR CONDITIONER GENERAL\t2131\t25%\n"
        "2\tQINGDAO HAIER WASHING MACHINE\t881\t10%\n"
        "3\tQINGDAO HAIER REFRIGERATOR\t732\t9%\n"
        "\n"
        f"{patents.attribution}\n"
    )


def test_copy_table_as_html_is_a_utf8_document_with_typed_cells(patents: Table) -> None:
    html = table_clipboard(patents).html
    assert html.startswith('<html xmlns:x="urn:schemas-microsoft-com:office:excel"><head><meta charset="utf-8">')
    assert html.endswith("</table></body></html>")
    document = Document(html)
    assert "tfoot" not in document.tags and "thead" not in document.tags
    header, first, *_, empty, source = document.rows
    assert [(cell.tag, cell.text, cell.attributes["sdnum"]) for cell in header] == [
        ("th", text, "1033;0;@") for text in ("Rank", "Applicant", "PCT applications", "Share")
    ]
    rank, name, count, share = first
    assert rank == Cell("td", {"class": "n", "sdnum": "1033;0;0", "sdval": "1", "x:num": "1"}, "1")
    assert name == Cell("td", {"class": "t", "sdnum": "1033;0;@"}, "QINGDAO HAIER AIR CONDITIONER GENERAL")
    assert count == Cell("td", {"class": "c", "sdnum": "1033;0;#,##0", "sdval": "2131", "x:num": "2131"}, "2,131")
    assert share == Cell("td", {"class": "p", "sdnum": "1033;1033;0%", "sdval": "0.25", "x:num": "0.25"}, "25%")
    assert len(document.rows) == 1 + 3 + 2
    assert empty == [Cell("td", {}, "")]
    assert source == [Cell("td", {"class": "t", "sdnum": "1033;0;@"}, patents.attribution)]


def test_excel_reads_each_cell_class_as_a_number_format() -> None:
    style = Document(table_clipboard(NAMES).html).style
    for rule in (
        '.t{mso-number-format:"\\@"}',
        '.h{mso-number-format:"\\@";text-align:right}',
        '.n{mso-number-format:"0";text-align:right}',
        '.c{mso-number-format:"\\#\\,\\#\\#0";text-align:right}',
        '.p{mso-number-format:"0%";text-align:right}',
    ):
        assert rule in style
    used = {cell.attributes.get("class") for row in Document(table_clipboard(NAMES).html).rows for cell in row}
    assert used - {None} == {"t", "h", "n", "c", "p"}


def test_figures_are_numbers_whatever_the_language_groups_with(patents: Table, dotted_thousands: None) -> None:
    copy = table_clipboard(patents)
    assert copy.plain.splitlines()[1] == "1\tQINGDAO HAIER AIR CONDITIONER GENERAL\t2131\t25%"
    count = Document(copy.html).rows[1][2]
    assert count.text == "2.131" == patents.display(0, 2)  # shown as the table shows it
    assert count.attributes["sdval"] == count.attributes["x:num"] == "2131"


def test_every_whole_percent_is_an_exact_fraction() -> None:
    table = Table("shares", "Shares", (Column("Share", Kind.SHARE),), tuple((share,) for share in range(101)))
    cells = [row[0] for row in Document(table_clipboard(table).html).rows[1:102]]
    assert [Decimal(str(cell.attributes["sdval"])) for cell in cells] == [Decimal(share) / 100 for share in range(101)]
    assert all(cell.attributes["sdval"] == cell.attributes["x:num"] for cell in cells)
    assert [cell.text for cell in cells] == [f"{share}%" for share in range(101)]
    assert table_clipboard(table).plain.splitlines()[1:102] == [f"{share}%" for share in range(101)]


def test_missing_figures_are_empty_cells() -> None:
    copy = table_clipboard(NAMES)
    assert copy.plain.splitlines()[7] == '7\t<b>R&D</b> "quoted"\t\t'
    _rank, _name, count, share = Document(copy.html).rows[7]
    assert count == share == Cell("td", {}, "")


@pytest.mark.parametrize("name", FORMULAS)
def test_a_name_that_starts_like_a_formula_is_guarded_in_both_flavours(name: str) -> None:
    copy = table_clipboard(NAMES)
    row = FORMULAS.index(name) + 1
    assert copy.plain.splitlines()[row].split("\t")[1] == "'" + name == inert(name)
    cell = Document(copy.html).rows[row][1]
    assert cell == Cell("td", {"class": "t", "sdnum": "1033;0;@"}, "'" + name)


def test_headers_and_the_source_are_guarded_too() -> None:
    table = Table("odd", "Odd", (Column("=Name"), Column("-Count", Kind.COUNT)), (("a", 1),), attribution="+Source")
    copy = table_clipboard(table)
    lines = copy.plain.splitlines()
    assert lines[0] == "'=Name\t'-Count" and lines[-1] == "'+Source"
    rows = Document(copy.html).rows
    assert [cell.text for cell in rows[0]] == ["'=Name", "'-Count"]
    assert rows[-1][0].text == "'+Source"


@pytest.mark.parametrize("name", ["1,000 LABS", "00123"])
def test_names_that_look_like_numbers_are_typed_as_text(name: str) -> None:
    cell = Document(table_clipboard(NAMES).html).rows[5 if name == "1,000 LABS" else 6][1]
    assert cell == Cell("td", {"class": "t", "sdnum": "1033;0;@"}, name)  # no sdval, no x:num


def test_markup_in_names_is_escaped_in_html_and_literal_in_text() -> None:
    copy = table_clipboard(NAMES)
    assert "<b>R&D</b>" not in copy.html
    assert "&lt;b&gt;R&amp;D&lt;/b&gt; &quot;quoted&quot;" in copy.html
    assert "<title>Names &lt;&amp;&gt;</title>" in copy.html
    assert '\t<b>R&D</b> "quoted"\t' in copy.plain
    assert Document(copy.html).rows[-1][0].text == "Source: test ©"


def test_tabs_and_line_breaks_cannot_split_a_cell() -> None:
    copy = table_clipboard(NAMES)
    assert copy.plain.splitlines()[8] == "8\ttab here and a line\t8\t8%"
    assert Document(copy.html).rows[8][1].text == "tab here and a line"


def test_a_block_of_cells_has_no_header_unless_asked(patents: Table) -> None:
    block = block_clipboard(patents, [2, 0], [2, 3])
    assert block.plain == "732\t9%\n2131\t25%\n"
    assert [[cell.text for cell in row] for row in Document(block.html).rows] == [["732", "9%"], ["2,131", "25%"]]
    with_header = block_clipboard(patents, [2, 0], [2, 3], header=True)
    assert with_header.plain == "PCT applications\tShare\n732\t9%\n2131\t25%\n"
    assert [cell.tag for cell in Document(with_header.html).rows[0]] == ["th", "th"]


def test_a_selection_keeps_the_shown_order_and_leaves_gaps_empty(patents: Table) -> None:
    # Shown sorted with row 1 first; a cell not selected inside the rectangle stays empty.
    copy = selection_clipboard(patents, [(1, 1), (1, 3), (0, 1)])
    assert copy.plain == "QINGDAO HAIER WASHING MACHINE\t10%\nQINGDAO HAIER AIR CONDITIONER GENERAL\t\n"
    assert Document(copy.html).rows[1][1] == Cell("td", {}, "")
    headed = selection_clipboard(patents, [(0, 0), (0, 2), (2, 0), (2, 2)], header=True)
    assert headed.plain == "Rank\tPCT applications\n1\t2131\n3\t732\n"


@pytest.mark.parametrize(
    ("ranges", "whole"),
    [
        ([(0, 9, 0, 3)], True),  # select all
        ([(2, 2, 0, 3), (5, 6, 0, 3)], True),  # whole rows
        ([(0, 9, 1, 1), (0, 9, 3, 3)], True),  # whole columns
        ([(0, 9, 0, 2)], True),  # three whole columns
        ([(0, 8, 0, 3)], True),  # nine whole rows
        ([(0, 8, 0, 2)], False),  # a block
        ([(1, 1, 1, 1)], False),  # one cell
        ([(2, 2, 0, 3), (0, 9, 1, 1)], False),  # a row and a column
        ([], False),
    ],
)
def test_whole_rows_or_columns_are_copied_under_the_header(
    ranges: list[tuple[int, int, int, int]], whole: bool
) -> None:
    assert selects_whole_lines(ranges, row_count=10, column_count=4) is whole
