"""A table as every consumer reads it: grid, chart, CSV and clipboard (no Qt).

A table holds typed values; how each is shown depends only on its column's kind, so the
grid, the clipboard and the chart labels print the same text, and the CSV the same numbers.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from typing import NamedTuple

from qingdao_viewer import i18n


class Kind(enum.Enum):
    """What a column holds, which decides how its values are shown and sorted."""

    TEXT = "text"
    RANK = "rank"  # a position in a list: 1, 2, 3
    COUNT = "count"  # a whole number printed with thousands separators: 2,131
    SHARE = "share"  # a whole percentage: 25 shown as 25%
    YEAR = "year"  # a year, printed without separators: 2024

    @property
    def numeric(self) -> bool:
        return self is not Kind.TEXT


Value = str | int | None

MISSING = "—"  # how a figure the source does not give is shown


class Column(NamedTuple):
    """A column: its header as shown, its kind, and what it means.

    ``description`` says what a value of the column is, in the language shown: written once
    here, it serves every export that describes its columns (the CSV data package's schema).
    """

    header: str
    kind: Kind = Kind.TEXT
    description: str = ""

    @property
    def csv_header(self) -> str:
        """Shares are written as plain numbers, so their CSV header says the unit."""
        return f"{self.header} (%)" if self.kind is Kind.SHARE else self.header


class Subject(NamedTuple):
    """Whose figures a table holds: one cluster in one edition of the GII."""

    cluster: str
    economy: str
    year: int

    @property
    def label(self) -> str:
        """ "Qingdao, China, GII 2024": names the cluster and edition wherever the figures go."""
        return i18n.translate("Tables", "{cluster}, GII {year}").format(
            cluster=f"{self.cluster}, {self.economy}", year=self.year
        )


def subject_columns() -> tuple[Column, Column, Column]:
    """The columns that say whose a row's figures are: cluster, economy and GII edition."""
    return (
        Column(
            i18n.translate("Tables", "Cluster"),
            description=i18n.translate("Tables", "The S&T cluster, named as its GII profile names it."),
        ),
        Column(
            i18n.translate("Tables", "Economy"),
            description=i18n.translate("Tables", "The economy the cluster is in."),
        ),
        Column(
            i18n.translate("Tables", "Year"),
            Kind.YEAR,
            i18n.translate("Tables", "The edition of the Global Innovation Index the figures are from."),
        ),
    )


@dataclass(frozen=True, slots=True)
class Table:
    """Rows of typed values under typed columns, with a name for files and a title for people.

    ``chart`` names the label and value columns of the table's share chart, if it has one.
    ``subject`` is the cluster and edition the figures are of (None: several, as in a comparison,
    whose clusters are ``subjects``). ``key`` names the columns whose values tell one row from
    another (with the subject's). ``tidy_form`` is the same figures one row per cluster, for a
    table shown otherwise (a comparison with a column per cluster); see ``tidy``.
    """

    name: str
    title: str
    columns: tuple[Column, ...]
    rows: tuple[tuple[Value, ...], ...]
    chart: tuple[int, int] | None = None
    note: str = ""
    attribution: str = ""
    subject: Subject | None = None
    subjects: tuple[Subject, ...] = ()
    key: tuple[int, ...] = ()
    tidy_form: Table | None = None

    def __post_init__(self) -> None:
        for row in self.rows:
            if len(row) != len(self.columns):
                raise ValueError(f"table {self.name}: a row has {len(row)} values for {len(self.columns)} columns")

    def display(self, row: int, column: int) -> str:
        """The text of a cell as the source prints it."""
        return display_text(self.rows[row][column], self.columns[column].kind)

    @property
    def headers(self) -> list[str]:
        return [column.header for column in self.columns]

    @property
    def editions(self) -> tuple[Subject, ...]:
        """Whose figures the table holds: its one cluster's edition, or a comparison's clusters."""
        return (self.subject,) if self.subject is not None else self.subjects


def tidy(table: Table) -> Table:
    """The table as data: every row says whose it is, in the cluster, economy and year columns first.

    So the rows of several clusters' tables stack into one. A table that already leads with
    those columns (the key figures) is itself; a comparison gives its ``tidy_form``. The tidy
    table has no chart: it is for files, not for the screen.
    """
    if table.tidy_form is not None:
        return table.tidy_form
    leading = subject_columns()
    if table.subject is None or table.columns[: len(leading)] == leading:
        return table
    prefix: tuple[Value, ...] = (table.subject.cluster, table.subject.economy, table.subject.year)
    return replace(
        table,
        columns=leading + table.columns,
        rows=tuple(prefix + row for row in table.rows),
        chart=None,
        key=tuple(range(len(leading))) + tuple(index + len(leading) for index in table.key),
    )


def ordinal(number: int) -> str:
    """1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, 22nd, 23rd ... (第1 ... in Chinese)."""
    return i18n.ordinal(number)


def display_text(value: Value, kind: Kind) -> str:
    """Format a value of a kind as the source does (2,131 and 25%); missing shows as an em dash."""
    if value is None:
        return MISSING
    if kind is Kind.TEXT or isinstance(value, str):
        return str(value)
    if kind is Kind.COUNT:
        return i18n.whole_number(value)
    if kind is Kind.SHARE:
        return i18n.percentage(value)
    return str(value)


def display_texts(values: Iterable[Value], kind: Kind) -> list[str]:
    """display_text of each value of a column of one kind, the kind's format chosen once (for large copies)."""
    show: Callable[[int], str] = {Kind.COUNT: i18n.whole_number, Kind.SHARE: i18n.percentage}.get(kind, str)
    if kind is Kind.TEXT:
        return [MISSING if value is None else str(value) for value in values]
    return [MISSING if value is None else value if isinstance(value, str) else show(value) for value in values]


def share_rows(table: Table) -> Sequence[tuple[str, int]]:
    """The (label, share) pairs a table's chart draws, read from the table itself."""
    if table.chart is None:
        return ()
    label_column, value_column = table.chart
    pairs = []
    for row in table.rows:
        label, value = row[label_column], row[value_column]
        if isinstance(value, int):
            pairs.append((str(label), value))
    return pairs
