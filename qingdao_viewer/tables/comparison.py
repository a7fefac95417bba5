"""Two clusters side by side: the tables compare mode shows, copies and exports (no Qt)."""

from __future__ import annotations

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
from qingdao_viewer.tables.table import Column, Kind, Subject, Table, subject_columns


class ComparisonTables(NamedTuple):
    key_figures: Table
    collaboration: Table

    @property
    def all(self) -> tuple[Table, ...]:
        return (self.key_figures, self.collaboration)


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
    return ComparisonTables(
        key_figures=Table(
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
        ),
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
