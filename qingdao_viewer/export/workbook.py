"""Tables as an XLSX workbook: a sheet per table with typed cells, and a Source sheet (no Qt).

Each cell holds what a spreadsheet computes with, formatted as the app shows it: a count is
a whole number under ``#,##0`` (2131, shown 2,131), a share a fraction under ``0%`` (0.25,
shown 25%), ranks and years whole numbers, names text. A figure the source does not give is
an empty cell. Text is always written as a string, never as a formula; text a spreadsheet
would run if typed in (``formula_guard``) also carries Excel's quote prefix, so editing the
cell keeps it text. The first sheet, Source, says where the figures come from, how to cite
them, their licence, and what each sheet and column holds.

Written with XlsxWriter: write-only, pure Python, no dependencies, and, with the document
dates fixed here, the same tables give the same bytes every time.
"""

from __future__ import annotations

import io
import re
import unicodedata
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from qingdao_viewer import APP_NAME
from qingdao_viewer.export.formula_guard import inert
from qingdao_viewer.export.names import export_name, slug
from qingdao_viewer.files import write_atomically
from qingdao_viewer.i18n import QT_TRANSLATE_NOOP, listing, translate
from qingdao_viewer.tables import Column, Kind, Subject, Table, display_text
from qingdao_viewer.tables.citation import edition_credit
from qingdao_viewer.tables.derived import is_derived

# The zip entries' own date (XlsxWriter writes 1980-01-01 in memory); the document says the same.
CREATED = datetime(1980, 1, 1, tzinfo=UTC)
MAX_SHEET_NAME = 31  # Excel's limit, in UTF-16 code units
NOT_IN_SHEET_NAMES = re.compile(r"[\[\]:*?/\\]")
MAX_WIDTH = 60  # characters: a longer text runs on into the empty cells beside it, or is cut at the border
NUMBER_FORMATS = {Kind.RANK: "0", Kind.YEAR: "0", Kind.COUNT: "#,##0", Kind.SHARE: "0%"}

KIND_WORDS = {
    Kind.TEXT: QT_TRANSLATE_NOOP("Workbook", "text"),
    Kind.RANK: QT_TRANSLATE_NOOP("Workbook", "a rank: a whole number"),
    Kind.YEAR: QT_TRANSLATE_NOOP("Workbook", "a year: a whole number"),
    Kind.COUNT: QT_TRANSLATE_NOOP("Workbook", "a count: a whole number, shown with thousands separators"),
    Kind.SHARE: QT_TRANSLATE_NOOP(
        "Workbook", "a share of the cluster's total: a fraction (0.25), shown as a whole percentage (25%)"
    ),
}


# -- sheet names and widths -----------------------------------------------------------------


def _utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def _cut(text: str, limit: int) -> str:
    """Text in at most limit UTF-16 units: at a dash where one is near the end, else where it must."""
    if _utf16_length(text) <= limit:
        return text
    cut = text[:limit]  # every character takes one unit or two
    while _utf16_length(cut) > limit:
        cut = cut[:-1]
    at_dash = cut.rsplit("-", 1)[0]
    return at_dash if "-" in cut and len(at_dash) >= len(cut) // 2 else cut.rstrip("-")


def _fit(text: str, limit: int = MAX_SHEET_NAME) -> str:
    r"""Text as a sheet name by Excel's rules: none of []:*?/\ (nor control characters), no
    apostrophe at either end, at most 31 UTF-16 units; empty if nothing is left."""
    cleaned = "".join("-" if unicodedata.category(char) == "Cc" else char for char in text)
    cleaned = NOT_IN_SHEET_NAMES.sub("-", cleaned)
    return _cut(cleaned.strip().strip("'").strip(), limit).strip().strip("'").strip()


def _edition_prefix(subject: Subject) -> str:
    """A short ``qingdao-2024``: the cluster's slug cut to leave room for the table's name."""
    return f"{_cut(slug(subject.cluster), 10) or 'cluster'}-{subject.year}"


def sheet_names(tables: Sequence[Table], taken: Iterable[str] = ()) -> list[str]:
    """A valid, unique sheet name for each table, from its name.

    A name several clusters' tables share (compare mode) is prefixed with each one's edition
    (``qingdao-2024-key-figures``). Excel compares sheet names without case, and keeps
    "History" for itself.
    """
    owners: dict[str, set[Subject | None]] = {}
    for table in tables:
        owners.setdefault(table.name, set()).add(table.subject)
    used = {"history", *(name.casefold() for name in taken)}
    names = []
    for table in tables:
        base = table.name
        if len(owners[table.name]) > 1 and table.subject is not None:
            base = f"{_edition_prefix(table.subject)}-{table.name}"
        name = _fit(base) or "Sheet"
        number = 1
        while name.casefold() in used:
            number += 1
            tail = f"-{number}"
            name = _fit(base, MAX_SHEET_NAME - len(tail)) + tail
        used.add(name.casefold())
        names.append(name)
    return names


def text_width(text: str) -> int:
    """Roughly how many digit widths a text takes: a wide (CJK) character counts two."""
    return max(
        (
            sum(2 if unicodedata.east_asian_width(char) in ("W", "F") else 1 for char in line)
            for line in text.splitlines()
        ),
        default=0,
    )


def column_width(texts: Iterable[str], bold_header: str = "") -> float:
    """A column's width from its longest text (the header is bold: a little wider), within MAX_WIDTH."""
    widest = max((text_width(text) for text in texts), default=0)
    widest = max(widest, round(text_width(bold_header) * 1.1))
    return float(min(widest + 2, MAX_WIDTH))


# -- the workbook -----------------------------------------------------------------------------


def subjects_of(tables: Iterable[Table]) -> list[Subject]:
    """The clusters' editions the tables hold, each once, in order."""
    found: list[Subject] = []
    for table in tables:
        if table.subject is not None and table.subject not in found:
            found.append(table.subject)
    return found


def workbook_name(tables: Sequence[Table]) -> str:
    """``qingdao-2024.xlsx``; compared: ``qingdao-2024-nordhavn-osterby-2024.xlsx``."""
    return export_name(subjects_of(tables), "", "xlsx")


STYLES: dict[str, dict[str, object]] = {
    "plain": {},
    "header": {"bold": True},
    "number_header": {"bold": True, "align": "right"},  # over the numbers, aligned as they are
    "heading": {"bold": True, "font_size": 13},
    "label": {"bold": True},
    "text": {},
}


class _Formats:
    """The workbook's cell formats, each made once; ``guarded`` adds Excel's quote prefix to one."""

    def __init__(self, book: Any):
        self._book = book
        self._made: dict[tuple[str, bool], Any] = {}
        self.numbers = {kind: book.add_format({"num_format": pattern}) for kind, pattern in NUMBER_FORMATS.items()}

    def get(self, name: str, guarded: bool = False) -> Any:
        key = (name, guarded)
        if key not in self._made:
            properties = dict(STYLES[name], **({"quote_prefix": True} if guarded else {}))
            self._made[key] = self._book.add_format(properties) if properties else None
        return self._made[key]


def _write_text(sheet: Any, row: int, column: int, text: str, formats: _Formats, style: str = "plain") -> None:
    """Text as a string cell (none for no text); text that would run as a formula if typed in
    keeps Excel's quote prefix, so that editing the cell leaves it text."""
    if text:
        sheet.write_string(row, column, text, formats.get(style, guarded=inert(text) != text))


def _write_table(sheet: Any, table: Table, formats: _Formats) -> None:
    columns = table.columns
    for index, column in enumerate(columns):
        _write_text(sheet, 0, index, column.header, formats, "number_header" if column.kind.numeric else "header")
    for row_index, row in enumerate(table.rows, start=1):
        for index, (value, column) in enumerate(zip(row, columns, strict=True)):
            if value is None:
                continue  # a figure the source does not give: an empty cell
            if isinstance(value, int) and column.kind is not Kind.TEXT:
                number = value / 100 if column.kind is Kind.SHARE else value
                sheet.write_number(row_index, index, number, formats.numbers[column.kind])
            else:
                _write_text(sheet, row_index, index, str(value), formats)
    for index, column in enumerate(columns):
        shown = (display_text(row[index], column.kind) for row in table.rows if row[index] is not None)
        sheet.set_column(index, index, column_width(shown, column.header))
    sheet.freeze_panes(1, 0)
    _print_setup(sheet)
    sheet.repeat_rows(0)  # the header on every printed page
    if columns:
        sheet.autofilter(0, 0, len(table.rows), len(columns) - 1)


def _meaning(column: Column) -> str:
    """What the tables say a column means (its description, where the tables give one)."""
    # Column.description is not in tables/ yet; where it comes, the Source sheet says it.
    return str(getattr(column, "description", "") or "")


def _about_rows(tables: Sequence[Table], names: Sequence[str]) -> list[tuple[str, str]]:
    """The Source sheet's first lines: whose figures, the source, the citation, the licence, the cells."""
    subjects = subjects_of(tables)
    credits = [credit for credit in (edition_credit(subject.year) for subject in subjects) if credit is not None]
    attributions = list(dict.fromkeys(table.attribution for table in tables if table.attribution))
    figures_of = [(translate("Workbook", "Figures of"), listing(subject.label for subject in subjects))]
    rows: list[tuple[str, str]] = [
        *(figures_of if subjects else []),  # a table of many profiles (the library's) names none
        *((translate("Workbook", "Source"), attribution) for attribution in attributions),
        *(
            (translate("Workbook", "Cite as"), citation)
            for citation in dict.fromkeys(credit.citation for credit in credits)
        ),
    ]
    for short, name, url in dict.fromkeys((c.licence, c.licence_name, c.licence_url) for c in credits):
        rows.append((translate("Workbook", "Licence"), f"{short} ({name}), {url}"))
    rows += [
        (
            translate("Workbook", "Counts"),
            translate("Workbook", "Whole numbers, shown with thousands separators (2131 shown as 2,131)."),
        ),
        (
            translate("Workbook", "Shares"),
            translate(
                "Workbook",
                "Percentages of the cluster's total, rounded to whole numbers as the source prints them, "
                "held as fractions (0.25 shown as 25%).",
            ),
        ),
        (translate("Workbook", "Empty cells"), translate("Workbook", "A figure the source does not give.")),
    ]
    derived = [(name, table) for name, table in zip(names, tables, strict=True) if is_derived(table)]
    if derived:  # not the source's figures: said where the source is said
        said = translate("Workbook", "Not the source's figures: the sheet {sheets}. {note}")
        sheets = listing(name for name, _ in derived)
        rows.append((translate("Workbook", "Derived estimates"), said.format(sheets=sheets, note=derived[0][1].note)))
    rows.append((translate("Workbook", "Made with"), APP_NAME))
    return rows


def _write_source(sheet: Any, tables: Sequence[Table], names: Sequence[str], formats: _Formats) -> None:
    """Where the figures come from, how to cite them, their licence; what each sheet and column holds."""
    subjects = subjects_of(tables)
    rows = _about_rows(tables, names)
    _write_text(sheet, 0, 0, translate("Workbook", "Where the figures come from"), formats, "heading")
    line = 2
    for label, text in rows:
        _write_text(sheet, line, 0, label, formats, "label")
        _write_text(sheet, line, 1, text, formats, "text")
        line += 1

    line += 1
    sheet_rows = [
        (name, table.title, table.subject.label if table.subject else listing(s.label for s in subjects), table.note)
        for name, table in zip(names, tables, strict=True)
    ]
    sheet_headers = (
        translate("Workbook", "Sheet"),
        translate("Workbook", "Table"),
        translate("Workbook", "Figures of"),
        translate("Workbook", "Note"),
    )
    first = line + 1
    line = _write_grid(sheet, line, sheet_headers, sheet_rows, formats)
    for offset, name in enumerate(names):  # each sheet's name links to it
        if inert(name) == name:
            quoted = name.replace("'", "''")
            sheet.write_url(first + offset, 0, f"internal:'{quoted}'!A1", None, name)

    line += 1
    described = any(_meaning(column) for table in tables for column in table.columns)
    column_headers = (
        translate("Workbook", "Sheet"),
        translate("Workbook", "Column"),
        translate("Workbook", "A cell holds"),
        *((translate("Workbook", "Meaning"),) if described else ()),
    )
    column_rows = [
        (
            name,
            column.header,
            translate("Workbook", KIND_WORDS[column.kind]),
            *((_meaning(column),) if described else ()),
        )
        for name, table in zip(names, tables, strict=True)
        for column in table.columns
    ]
    _write_grid(sheet, line, column_headers, column_rows, formats)

    widths = [column_width([label for label, _ in rows] + [row[0] for row in sheet_rows + column_rows])]
    widths.append(column_width([text for _, text in rows] + [row[1] for row in sheet_rows + column_rows]))
    for index in (2, 3):
        widths.append(column_width(row[index] for row in sheet_rows + column_rows if len(row) > index))
    for index, width in enumerate(widths):
        sheet.set_column(index, index, width)
    _print_setup(sheet)


def _print_setup(sheet: Any) -> None:
    """Printed across, on A4 landscape: as wide as one page, as long as it takes."""
    sheet.set_landscape()
    sheet.set_paper(9)
    sheet.fit_to_pages(1, 0)


def _write_grid(sheet: Any, line: int, headers: Sequence[str], rows: Sequence[Sequence[str]], formats: _Formats) -> int:
    """A small table of text on the Source sheet; returns the line after it."""
    for index, header in enumerate(headers):
        _write_text(sheet, line, index, header, formats, "header")
    for row in rows:
        line += 1
        for index, text in enumerate(row):
            _write_text(sheet, line, index, text, formats, "text")
    return line + 1


def workbook_bytes(tables: Sequence[Table]) -> bytes:
    """The tables as an XLSX file: the Source sheet first, then a sheet per table, in order.

    The same tables give the same bytes: the document's dates are fixed, and so are the zip's.
    """
    import xlsxwriter  # here: only an export needs it

    buffer = io.BytesIO()
    options = {
        "in_memory": True,  # no temporary files; zip entries dated 1980-01-01
        "strings_to_formulas": False,  # belt and braces: every text goes through write_string anyway
        "strings_to_numbers": False,
        "strings_to_urls": False,
    }
    book = xlsxwriter.Workbook(buffer, options)
    labels = listing(subject.label for subject in subjects_of(tables))
    book.set_properties(
        {
            "title": labels,
            "subject": translate("Workbook", "Global Innovation Index science and technology cluster figures"),
            "author": APP_NAME,
            "created": CREATED,
            "comments": listing(dict.fromkeys(table.attribution for table in tables if table.attribution)),
        }
    )
    formats = _Formats(book)
    source_name = _fit(translate("Workbook", "Source")) or "Source"
    names = sheet_names(tables, taken=(source_name,))
    source = book.add_worksheet(source_name)
    for name, table in zip(names, tables, strict=True):
        _write_table(book.add_worksheet(name), table, formats)
    _write_source(source, tables, names, formats)
    book.close()
    return buffer.getvalue()


def write_workbook(tables: Sequence[Table], folder: Path) -> Path:
    """Write the tables' workbook into folder, named by ``workbook_name``; return its path."""
    path = folder / workbook_name(tables)
    write_atomically(path, workbook_bytes(tables))
    return path
