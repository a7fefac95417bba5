"""The library as a table: one row per kept or shipped profile, filtered by text, economy and edition (no Qt).

Built from the library's listing, whose entries carry each profile's ``Summary`` (remembered
with the listing, so a table of hundreds of profiles reads no profile). The rows are the
source's figures as each profile prints them; nothing is computed.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import NamedTuple, Protocol, TypeVar

from qingdao_viewer.i18n import translate
from qingdao_viewer.profile import Source
from qingdao_viewer.tables.editions import fold_name
from qingdao_viewer.tables.summary import Summary
from qingdao_viewer.tables.table import Column, Kind, Table, Value, subject_columns


class LibraryEntry(Protocol):
    """What the table reads of a library entry (library.LibraryEntry, which this layer may not import)."""

    @property
    def path(self) -> Path: ...
    @property
    def cluster(self) -> str: ...
    @property
    def economy(self) -> str: ...
    @property
    def year(self) -> int: ...
    @property
    def summary(self) -> Summary | None: ...


E = TypeVar("E", bound=LibraryEntry)

LIBRARY_KEY = (0, 1, 2, 13)  # cluster, economy, edition, and the file: two files may hold one edition


class LibraryFilter(NamedTuple):
    """Which rows the library table shows: names holding text (folded as editions match), an economy, an edition."""

    text: str = ""
    economy: str | None = None  # None: every economy
    year: int | None = None  # None: every edition

    def admits(self, entry: LibraryEntry) -> bool:
        return self._admits(entry, fold_name(self.text))

    def chosen(self, entries: Iterable[E]) -> list[E]:
        """The entries admitted, in their order (the text folded once, not once an entry)."""
        wanted = fold_name(self.text)
        return [entry for entry in entries if self._admits(entry, wanted)]

    def _admits(self, entry: LibraryEntry, wanted: str) -> bool:
        if self.economy is not None and entry.economy != self.economy:
            return False
        if self.year is not None and entry.year != self.year:
            return False
        if not wanted:
            return True
        summary = entry.summary
        names = [entry.cluster, entry.economy]
        if summary is not None:
            names += [name for name in (summary.top_applicant, summary.top_organization) if name]
        return any(wanted in fold_name(name) for name in names)


def library_attribution() -> str:
    """The credit of a table of many profiles: each profile's own source, under CC BY 4.0."""
    return translate(
        "Tables",
        "Source: WIPO, Global Innovation Index cluster profiles, each as its profile credits it. "
        "Licensed under CC BY 4.0.",
    )


def library_source() -> Source:
    """The publication a table of many profiles is from, for the data package: WIPO's cluster profiles, CC BY 4.0."""
    return Source(
        title="Global Innovation Index, science and technology cluster profiles", publisher="WIPO", license="CC BY 4.0"
    )


def library_columns() -> tuple[Column, ...]:
    rank = translate("Tables", "A rank as the profile prints it.")
    return (
        *subject_columns(),
        Column(translate("Tables", "Size rank"), Kind.RANK, rank),
        Column(translate("Tables", "Intensity rank"), Kind.RANK, rank),
        Column(translate("Tables", "Rank in economy"), Kind.RANK, rank),
        Column(
            translate("Tables", "Clusters of its economy"),
            Kind.COUNT,
            translate("Tables", "The economy's clusters in the top 100."),
        ),
        Column(
            translate("Tables", "PCT applications per million"),
            Kind.COUNT,
            translate("Tables", "Per 1 million inhabitants over five years, not a total."),
        ),
        Column(
            translate("Tables", "Scientific articles per million"),
            Kind.COUNT,
            translate("Tables", "Per 1 million inhabitants over five years, not a total."),
        ),
        Column(
            translate("Tables", "PCT co-invented"),
            Kind.SHARE,
            translate("Tables", "PCT applications co-invented with other inventors."),
        ),
        Column(
            translate("Tables", "Articles co-published"),
            Kind.SHARE,
            translate("Tables", "Scientific articles co-published with other organizations."),
        ),
        Column(translate("Tables", "Top PCT applicant")),
        Column(translate("Tables", "Top publishing organization")),
        Column(translate("Tables", "File"), description=translate("Tables", "Where the profile is kept.")),
    )


def library_row(entry: LibraryEntry) -> tuple[Value, ...]:
    summary = entry.summary
    figures: tuple[Value, ...] = (None,) * 10 if summary is None else tuple(summary)
    return (entry.cluster, entry.economy, entry.year, *figures, str(entry.path))


def library_table(entries: Iterable[LibraryEntry], attribution: str, wanted: LibraryFilter | None = None) -> Table:
    """The library's profiles that the filter admits, as the listing orders them."""
    chosen = list(entries) if wanted is None else wanted.chosen(entries)
    return Table(
        name="library",
        title=translate("Tables", "Library of profiles"),
        columns=library_columns(),
        rows=tuple(library_row(entry) for entry in chosen),
        note=translate("Tables", "Figures as each profile prints them; per-million figures are not totals."),
        attribution=attribution,
        key=LIBRARY_KEY,
    )


def economies(entries: Sequence[LibraryEntry]) -> list[str]:
    """The economies the library holds, for the filter's choices, in alphabetical order."""
    return sorted({entry.economy for entry in entries}, key=str.casefold)


def editions(entries: Sequence[LibraryEntry]) -> list[int]:
    return sorted({entry.year for entry in entries}, reverse=True)
