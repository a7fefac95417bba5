"""The Overview's figures in words (no Qt): the Overview tab and the PDF report say the same.

Each figure is a (figure, caption) pair, the figure as the source prints it; a figure the
profile does not give is an em dash, with a caption saying so.
"""

from __future__ import annotations

from qingdao_viewer.i18n import QT_TRANSLATE_NOOP, translate
from qingdao_viewer.profile import ClusterProfile, Period
from qingdao_viewer.tables.table import Kind, display_text, ordinal

NOT_GIVEN = QT_TRANSLATE_NOOP("Tabs", "not given in the source profile")

Figure = tuple[str, str]


def not_given() -> str:
    return translate("Tabs", NOT_GIVEN)


def period_caption(period: Period | None, what: str) -> str:
    if period is None:
        return translate("Tabs", "{what}; period {not_given}").format(what=what, not_given=not_given())
    return translate("Tabs", "{what}, {first}–{last}").format(what=what, first=period.first, last=period.last)


def rank_figures(profile: ClusterProfile) -> list[Figure]:
    """The three ranks, as the profile states them."""
    ranks = profile.ranks
    in_economy = ranks.in_economy is not None and ranks.economy_clusters is not None
    return [
        (
            ordinal(ranks.size),
            translate("Tabs", "largest science and technology cluster of the top 100 in {year}").format(
                year=profile.year
            ),
        ),
        (
            ordinal(ranks.intensity) if ranks.intensity is not None else "—",
            translate("Tabs", "S&T cluster by intensity (relative to population density)")
            if ranks.intensity is not None
            else translate("Tabs", "rank by intensity: {not_given}").format(not_given=not_given()),
        ),
        (
            translate("Tabs", "{rank} of {total}").format(rank=ordinal(ranks.in_economy), total=ranks.economy_clusters)
            if in_economy and ranks.in_economy is not None
            else "—",
            translate("Tabs", "among the clusters of {economy} in the top 100").format(economy=profile.economy)
            if in_economy
            else translate("Tabs", "rank within {economy}: {not_given}").format(
                economy=profile.economy, not_given=not_given()
            ),
        ),
    ]


def output_figures(profile: ClusterProfile) -> list[Figure]:
    """Output per 1 million inhabitants, with the years counted where the profile gives them."""
    per_million, periods = profile.per_million, profile.periods
    return [
        (
            display_text(per_million.pct_applications, Kind.COUNT),
            period_caption(
                periods.pct_applications, translate("Tabs", "PCT patent applications per 1 million inhabitants")
            ),
        ),
        (
            display_text(per_million.scientific_articles, Kind.COUNT),
            period_caption(
                periods.scientific_articles, translate("Tabs", "scientific articles per 1 million inhabitants")
            ),
        ),
    ]


def output_note(profile: ClusterProfile) -> str:
    """What the per-million figures count, with the sources' definitions where the periods are known."""
    periods = profile.periods
    if periods.pct_applications or periods.scientific_articles:
        return translate(
            "Tabs",
            "Both figures count five years of output per 1 million inhabitants; they are not totals. "
            "PCT applications are counted by publication year; articles are Web of Science "
            "(Science Citation Index Expanded) original research articles.",
        )
    return translate("Tabs", "Both figures count five years of output per 1 million inhabitants; they are not totals.")
