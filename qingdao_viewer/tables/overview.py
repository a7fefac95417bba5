"""The Overview's figures and sentences in words (no Qt), built once per profile.

The Overview tab, the Collaboration tab's summary, the compare view, the PDF report and
the About box all read these, by name: none of them phrases a fact of the profile itself.
Each figure is a ``Figure``: the figure as the source prints it and the caption under it;
a figure the profile does not give is an em dash, with a caption saying so.

Every sentence and caption is one translated template with placeholders, so a language
orders its words as it writes them (never English fragments glued together), and the
economy is named as the language names it (``economy_name``: 中国 in Chinese, where known).
"""

from __future__ import annotations

from typing import NamedTuple

from qingdao_viewer.economies import economy_name
from qingdao_viewer.i18n import QT_TRANSLATE_NOOP, translate
from qingdao_viewer.profile import ClusterProfile, Period, RankedCount
from qingdao_viewer.tables.table import MISSING, Kind, Subject, display_text, ordinal

NOT_GIVEN = QT_TRANSLATE_NOOP("Tables", "not given in the source profile")

# The rank within the economy is a figure and its caption, both formatted with the same values
# (rank, total, economy), so a language says each value where it reads best: English "8th of 26"
# over "among the clusters of China in the top 100", Chinese "第8名" over
# "在中国入选全球前100的26个集群中". Between them the two name every value once.
IN_ECONOMY_FIGURE = QT_TRANSLATE_NOOP("Tables", "{rank} of {total}")
IN_ECONOMY_CAPTION = QT_TRANSLATE_NOOP("Tables", "among the clusters of {economy} in the top 100")
CARD_PAIRS = ((IN_ECONOMY_FIGURE, IN_ECONOMY_CAPTION),)


class Figure(NamedTuple):
    """A figure as the source prints it, with what it means."""

    figure: str
    caption: str


class RankFigures(NamedTuple):
    size: Figure
    intensity: Figure
    in_economy: Figure


class OutputFigures(NamedTuple):
    """Output per 1 million inhabitants: five years of it, not totals."""

    pct_applications: Figure
    scientific_articles: Figure
    note: str


class LeaderFigures(NamedTuple):
    """The first row of each top list; None where the profile lists none."""

    applicant: Figure | None
    organization: Figure | None

    @property
    def given(self) -> tuple[Figure, ...]:
        return tuple(figure for figure in self if figure is not None)


class CollaborationFigures(NamedTuple):
    patents: Figure
    publications: Figure
    summary: str  # one sentence of both shares, as the Collaboration tab opens


class Overview(NamedTuple):
    """Everything the Overview says of one cluster's edition, in the language shown."""

    title: str  # "Qingdao, China"
    year: int  # the GII edition
    edition: str  # "Qingdao, China, GII 2024": names the cluster beside another
    subtitle: str
    ranks: RankFigures
    output: OutputFigures
    leaders: LeaderFigures
    collaboration: CollaborationFigures
    attribution: str


def not_given() -> str:
    return translate("Tables", NOT_GIVEN)


def edition_title(profile: ClusterProfile) -> str:
    return Subject(profile.cluster, profile.economy, profile.year).label


def _period_caption(period: Period | None, what: str) -> str:
    if period is None:
        return translate("Tables", "{what}; period {not_given}").format(what=what, not_given=not_given())
    return translate("Tables", "{what}, {first}–{last}").format(what=what, first=period.first, last=period.last)


def _ranks(profile: ClusterProfile) -> RankFigures:
    ranks = profile.ranks
    economy = economy_name(profile.economy)
    size = Figure(
        ordinal(ranks.size),
        translate("Tables", "largest science and technology cluster of the top 100 in {year}").format(
            year=profile.year
        ),
    )
    if ranks.intensity is None:
        intensity = Figure(MISSING, translate("Tables", "rank by intensity: {not_given}").format(not_given=not_given()))
    else:
        intensity = Figure(
            ordinal(ranks.intensity), translate("Tables", "S&T cluster by intensity (relative to population density)")
        )
    if ranks.in_economy is None or ranks.economy_clusters is None:
        in_economy = Figure(
            MISSING,
            translate("Tables", "rank within {economy}: {not_given}").format(
                economy=economy, not_given=not_given()
            ),
        )
    else:
        values = {"rank": ordinal(ranks.in_economy), "total": ranks.economy_clusters, "economy": economy}
        in_economy = Figure(
            translate("Tables", IN_ECONOMY_FIGURE).format(**values),
            translate("Tables", IN_ECONOMY_CAPTION).format(**values),
        )
    return RankFigures(size, intensity, in_economy)


def _output(profile: ClusterProfile) -> OutputFigures:
    per_million, periods = profile.per_million, profile.periods
    if periods.pct_applications or periods.scientific_articles:
        note = translate(
            "Tables",
            "Both figures count five years of output per 1 million inhabitants; they are not totals. "
            "PCT applications are counted by publication year; articles are Web of Science "
            "(Science Citation Index Expanded) original research articles.",
        )
    else:
        note = translate(
            "Tables", "Both figures count five years of output per 1 million inhabitants; they are not totals."
        )
    return OutputFigures(
        Figure(
            display_text(per_million.pct_applications, Kind.COUNT),
            _period_caption(
                periods.pct_applications, translate("Tables", "PCT patent applications per 1 million inhabitants")
            ),
        ),
        Figure(
            display_text(per_million.scientific_articles, Kind.COUNT),
            _period_caption(
                periods.scientific_articles, translate("Tables", "scientific articles per 1 million inhabitants")
            ),
        ),
        note,
    )


def _leader(rows: tuple[RankedCount, ...], caption: str) -> Figure | None:
    if not rows:
        return None
    leader = rows[0]
    return Figure(
        leader.name,
        caption.format(count=display_text(leader.count, Kind.COUNT), share=display_text(leader.share, Kind.SHARE)),
    )


def _collaboration(profile: ClusterProfile) -> CollaborationFigures:
    patents = display_text(profile.patents.collaboration.share, Kind.SHARE)
    publications = display_text(profile.publications.collaboration.share, Kind.SHARE)
    return CollaborationFigures(
        Figure(patents, translate("Tables", "of PCT applications are co-invented with other inventors")),
        Figure(publications, translate("Tables", "of scientific articles are co-published with other organizations")),
        translate(
            "Tables",
            "{patents} of {cluster}'s PCT patent applications are filed in collaboration with other "
            "inventors; {publications} of its scientific articles are published in collaboration with other "
            "organizations.",
        ).format(patents=patents, cluster=profile.cluster, publications=publications),
    )


def build_overview(profile: ClusterProfile, attribution: str) -> Overview:
    """The Overview's words of a profile; ``attribution`` is the credit its tables carry."""
    return Overview(
        title=profile.title,
        year=profile.year,
        edition=edition_title(profile),
        subtitle=translate("Tables", "Science and technology cluster · Global Innovation Index {year}").format(
            year=profile.year
        ),
        ranks=_ranks(profile),
        output=_output(profile),
        leaders=LeaderFigures(
            _leader(
                profile.patents.top_applicants,
                translate("Tables", "top PCT applicant: {count} applications, {share} of the cluster's total"),
            ),
            _leader(
                profile.publications.top_organizations,
                translate("Tables", "top publishing organization: {count} articles, {share} of the cluster's total"),
            ),
        ),
        collaboration=_collaboration(profile),
        attribution=attribution,
    )
