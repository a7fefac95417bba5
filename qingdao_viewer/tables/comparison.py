"""Two clusters side by side: the tables compare mode shows, copies and exports (no Qt).

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

    @property
    def all(self) -> tuple[Table, ...]:
        """The tables files are written from (the key figures one row per cluster)."""
        return (self.key_figures, self.collaboration)


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


def _credit(first: ClusterProfile, second: ClusterProfile) -> str:
    credits = [attribution_text(first), attribution_text(second)]
    return credits[0] if credits[0] == credits[1] else sentences(credits)


def _subject(profile: ClusterProfile) -> Subject:
    return Subject(profile.cluster, profile.economy, profile.year)


def _collaboration_by_cluster(
    first: ClusterProfile, second: ClusterProfile, title: str, credit: str, subjects: tuple[Subject, ...]
) -> Table:
    """The collaboration shares one row per cluster, as files hold them: the key figures' own share columns."""
    shares = key_figure_columns()[-2:]
    return Table(
        name="comparison-collaboration",
        title=title,
        columns=(*subject_columns(), *shares),
        rows=tuple(
            (*_subject(profile), profile.patents.collaboration.share, profile.publications.collaboration.share)
            for profile in (first, second)
        ),
        attribution=credit,
        subjects=subjects,
        key=KEY_FIGURES_KEY,
    )


def build_comparison(first: ClusterProfile, second: ClusterProfile) -> ComparisonTables:
    """The figures of both clusters in one table each, first cluster first; nothing is computed."""
    credit = _credit(first, second)
    subjects = (_subject(first), _subject(second))
    collaboration_title = translate("Tables", "Share of output made in collaboration, both clusters")
    share_meaning = translate(
        "Tables",
        "The percentage of that cluster's output of this kind made in collaboration, rounded to a whole number as "
        "the source prints it.",
    )
    key_figures = Table(
        name="comparison-key-figures",
        title=translate("Tables", "Key figures — {first} and {second}").format(
            first=edition_title(first), second=edition_title(second)
        ),
        columns=key_figure_columns(),
        rows=(key_figures_row(first), key_figures_row(second)),
        note=translate("Tables", "Per-million figures are per 1 million inhabitants over five years, not totals."),
        attribution=credit,
        subjects=subjects,
        key=KEY_FIGURES_KEY,
    )
    return ComparisonTables(
        key_figures=key_figures,
        key_figures_by_figure=figures_by_cluster(key_figures, [edition_title(first), edition_title(second)]),
        collaboration=Table(
            name="comparison-collaboration",
            title=collaboration_title,
            columns=(
                output_column(),
                Column(edition_title(first), Kind.SHARE, share_meaning),
                Column(edition_title(second), Kind.SHARE, share_meaning),
            ),
            rows=(
                (
                    translate("Tables", "PCT applications co-invented with other inventors"),
                    first.patents.collaboration.share,
                    second.patents.collaboration.share,
                ),
                (
                    translate("Tables", "Scientific articles co-published with other organizations"),
                    first.publications.collaboration.share,
                    second.publications.collaboration.share,
                ),
            ),
            attribution=credit,
            subjects=subjects,
            tidy_form=_collaboration_by_cluster(first, second, collaboration_title, credit, subjects),
        ),
    )
