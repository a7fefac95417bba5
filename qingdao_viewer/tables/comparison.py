"""Two clusters side by side: the tables compare mode shows, copies and exports (no Qt)."""

from __future__ import annotations

from typing import NamedTuple

from qingdao_viewer.i18n import translate
from qingdao_viewer.profile import ClusterProfile
from qingdao_viewer.tables.overview import edition_title
from qingdao_viewer.tables.profile_tables import attribution_text, key_figure_columns, key_figures_row
from qingdao_viewer.tables.table import Column, Kind, Table


class ComparisonTables(NamedTuple):
    key_figures: Table
    collaboration: Table

    @property
    def all(self) -> tuple[Table, ...]:
        return (self.key_figures, self.collaboration)


def _credit(first: ClusterProfile, second: ClusterProfile) -> str:
    credits = [attribution_text(first), attribution_text(second)]
    return credits[0] if credits[0] == credits[1] else " ".join(credits)


def build_comparison(first: ClusterProfile, second: ClusterProfile) -> ComparisonTables:
    """The figures of both clusters in one table each, first cluster first; nothing is computed."""
    credit = _credit(first, second)
    return ComparisonTables(
        key_figures=Table(
            name="comparison-key-figures",
            title=translate("Tables", "Key figures: {first} and {second}").format(
                first=edition_title(first), second=edition_title(second)
            ),
            columns=key_figure_columns(),
            rows=(key_figures_row(first), key_figures_row(second)),
            note=translate("Tables", "Per-million figures are per 1 million inhabitants over five years, not totals."),
            attribution=credit,
        ),
        collaboration=Table(
            name="comparison-collaboration",
            title=translate("Tables", "Share of output made in collaboration, both clusters"),
            columns=(
                Column(translate("Tables", "Output")),
                Column(edition_title(first), Kind.SHARE),
                Column(edition_title(second), Kind.SHARE),
            ),
            rows=(
                (
                    translate("Tables", "PCT applications co-invented with inventors elsewhere"),
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
        ),
    )
