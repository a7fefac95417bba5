"""Two to ten clusters side by side: the tables compare mode shows, copies and exports (no Qt).

The key figures are kept twice: one row per cluster (``key_figures``, as files hold them and
as exports write them), and for reading on screen one row per figure with a column per
cluster (``key_figures_by_figure``), which stays narrow however many figures there are and
takes any number of clusters (2 to 10) as more columns.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from qingdao_viewer.i18n import sentences, translate
from qingdao_viewer.profile import ClusterProfile
from qingdao_viewer.tables.overview import edition_title
from qingdao_viewer.tables.profile_tables import (
    KEY_FIGURES_KEY,
    attribution_text,
    key_figure_columns,
    key_figures_row,
    output_column,
)
from qingdao_viewer.tables.table import Column, Kind, Subject, Table, display_text, subject_columns


class ComparisonTables(NamedTuple):
    key_figures: Table
    collaboration: Table
    key_figures_by_figure: Table
    per_million: Table  # the two per-million figures, a column per cluster: the grouped chart's

    @property
    def all(self) -> tuple[Table, ...]:
        """The tables files are written from (the key figures one row per cluster, which hold the per-million too)."""
        return (self.key_figures, self.collaboration)

    @property
    def clusters(self) -> int:
        """How many clusters are compared."""
        return len(self.key_figures.rows)


def figures_by_cluster(key_figures: Table, editions: Sequence[str]) -> Table:
    """A table of several clusters' key figures turned for reading: a row per figure, a column per cluster.

    Each cell is the figure's text as the source prints it (a rank, a count, a year or a share:
    one column holds all of them, so the text is formatted by the figure's own kind here);
    a figure the source does not give stays missing. The clusters' own columns (cluster,
    economy, year) are the columns' headers, ``editions``, so they are not rows. The tidy
    form is the table one row per cluster, as files hold it.
    """
    if len(editions) != len(key_figures.rows):
        raise ValueError(f"{len(editions)} headers for {len(key_figures.rows)} clusters")
    leading = len(subject_columns())
    figure = Column(translate("Tables", "Figure"), description=translate("Tables", "What the figures of the row are."))
    clusters = tuple(
        Column(edition, Kind.COUNT, translate("Tables", "The figures of {cluster}.").format(cluster=edition))
        for edition in editions
    )
    rows = tuple(
        (
            column.header,
            *(None if row[index] is None else display_text(row[index], column.kind) for row in key_figures.rows),
        )
        for index, column in enumerate(key_figures.columns)
        if index >= leading
    )
    return Table(
        name=key_figures.name,  # the same figures: exported (as the tidy form) under the same name
        title=key_figures.title,
        columns=(figure, *clusters),
        rows=rows,
        note=key_figures.note,
        attribution=key_figures.attribution,
        subjects=key_figures.subjects,
        tidy_form=key_figures,
    )


MIN_COMPARED = 2
MAX_COMPARED = 10  # the clusters a comparison sets side by side, the one shown among them


def check_count(count: int) -> None:
    """ValueError, saying the bounds, unless ``count`` clusters can be compared (2 to 10)."""
    if not MIN_COMPARED <= count <= MAX_COMPARED:
        raise ValueError(f"a comparison takes {MIN_COMPARED} to {MAX_COMPARED} clusters, not {count}")


def _credit(profiles: Sequence[ClusterProfile]) -> str:
    credits = list(dict.fromkeys(attribution_text(profile) for profile in profiles))  # each credit once, in order
    return credits[0] if len(credits) == 1 else sentences(credits)


def _subject(profile: ClusterProfile) -> Subject:
    return Subject(profile.cluster, profile.economy, profile.year)


def _collaboration_by_cluster(
    profiles: Sequence[ClusterProfile], title: str, credit: str, subjects: tuple[Subject, ...]
) -> Table:
    """The collaboration shares one row per cluster, as files hold them: the key figures' own share columns."""
    shares = key_figure_columns()[-2:]
    return Table(
        name="comparison-collaboration",
        title=title,
        columns=(*subject_columns(), *shares),
        rows=tuple(
            (*_subject(profile), profile.patents.collaboration.share, profile.publications.collaboration.share)
            for profile in profiles
        ),
        attribution=credit,
        subjects=subjects,
        key=KEY_FIGURES_KEY,
    )


def _titles(profiles: Sequence[ClusterProfile]) -> tuple[str, str, str]:
    """The key figures', the collaboration's and the per-million table's titles.

    Two clusters are named in the key figures' title; more are counted (they head the columns),
    so no title grows with the number of clusters.
    """
    count = len(profiles)
    if count == 2:
        key = translate("Tables", "Key figures — {first} and {second}").format(
            first=edition_title(profiles[0]), second=edition_title(profiles[1])
        )
        collaboration = translate("Tables", "Share of output made in collaboration, both clusters")
        per_million = translate("Tables", "Output per 1 million inhabitants, both clusters")
    else:
        key = translate("Tables", "Key figures — {count} clusters").format(count=count)
        collaboration = translate("Tables", "Share of output made in collaboration, {count} clusters").format(
            count=count
        )
        per_million = translate("Tables", "Output per 1 million inhabitants, {count} clusters").format(count=count)
    return key, collaboration, per_million


def build_comparison(profiles: Sequence[ClusterProfile] | ClusterProfile, *more: ClusterProfile) -> ComparisonTables:
    """The figures of 2 to 10 clusters in one table each, in the order given; nothing is computed.

    ``build_comparison([a, b, c])``; ``build_comparison(a, b)`` reads as the two. ValueError
    for fewer than 2 or more than 10 clusters.
    """
    chosen = (profiles, *more) if isinstance(profiles, ClusterProfile) else (*profiles, *more)
    check_count(len(chosen))
    credit = _credit(chosen)
    subjects = tuple(_subject(profile) for profile in chosen)
    editions = [edition_title(profile) for profile in chosen]
    key_title, collaboration_title, per_million_title = _titles(chosen)
    share_meaning = translate(
        "Tables",
        "The percentage of that cluster's output of this kind made in collaboration, rounded to a whole number as "
        "the source prints it.",
    )
    rate_meaning = translate(
        "Tables",
        "That cluster's output of this kind per 1 million inhabitants over five years, as the source prints it: "
        "a rate, not a total.",
    )
    key_figures = Table(
        name="comparison-key-figures",
        title=key_title,
        columns=key_figure_columns(),
        rows=tuple(key_figures_row(profile) for profile in chosen),
        note=translate("Tables", "Per-million figures are per 1 million inhabitants over five years, not totals."),
        attribution=credit,
        subjects=subjects,
        key=KEY_FIGURES_KEY,
    )
    per_million = Table(
        name="comparison-per-million",
        title=per_million_title,
        columns=(output_column(), *(Column(edition, Kind.COUNT, rate_meaning) for edition in editions)),
        rows=(
            (
                translate("Tables", "PCT applications per 1M inhabitants"),
                *(profile.per_million.pct_applications for profile in chosen),
            ),
            (
                translate("Tables", "Scientific articles per 1M inhabitants"),
                *(profile.per_million.scientific_articles for profile in chosen),
            ),
        ),
        note=key_figures.note,
        attribution=credit,
        subjects=subjects,
    )
    return ComparisonTables(
        key_figures=key_figures,
        key_figures_by_figure=figures_by_cluster(key_figures, editions),
        collaboration=Table(
            name="comparison-collaboration",
            title=collaboration_title,
            columns=(output_column(), *(Column(edition, Kind.SHARE, share_meaning) for edition in editions)),
            rows=(
                (
                    translate("Tables", "PCT applications co-invented with other inventors"),
                    *(profile.patents.collaboration.share for profile in chosen),
                ),
                (
                    translate("Tables", "Scientific articles co-published with other organizations"),
                    *(profile.publications.collaboration.share for profile in chosen),
                ),
            ),
            attribution=credit,
            subjects=subjects,
            tidy_form=_collaboration_by_cluster(chosen, collaboration_title, credit, subjects),
        ),
        per_million=per_million,
    )
