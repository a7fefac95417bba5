"""The tables a profile is shown, copied and exported as; built once per profile (no Qt)."""

from __future__ import annotations

from dataclasses import replace
from typing import NamedTuple

from qingdao_viewer.i18n import QT_TRANSLATE_NOOP, sentences, translate
from qingdao_viewer.profile import ClusterProfile, FieldShare, Period, RankedCount
from qingdao_viewer.tables.derived import derived_table
from qingdao_viewer.tables.overview import Overview, build_overview
from qingdao_viewer.tables.table import Column, Kind, Subject, Table, Value, subject_columns

NOT_GIVEN_FIELDS = QT_TRANSLATE_NOOP(
    "Tables", "The source profile gives no figures for its top technology fields ({side})."
)


def attribution_text(profile: ClusterProfile) -> str:
    """The credit line every view and export of the figures carries."""
    source = profile.source
    if source is None:
        return translate("Tables", "Source: not given in this profile.")
    parts = [
        translate("Tables", "Source: {publisher}, {title}.").format(publisher=source.publisher, title=source.title)
    ]
    if source.copyright:
        parts.append(translate("Tables", "{copyright}.").format(copyright=source.copyright))
    parts.append(translate("Tables", "Licensed under {license}.").format(license=source.license))
    if source.doi:
        parts.append(translate("Tables", "DOI {doi}.").format(doi=source.doi))
    if source.url:
        parts.append(source.url)
    return sentences(parts)


def period_years(period: Period | None) -> tuple[int | None, int | None]:
    """A period as two cells, its first and last year; both missing where the profile gives none."""
    return (None, None) if period is None else (period.first, period.last)


class ProfileTables(NamedTuple):
    """Every table of one profile, by the tab that shows it, and the Overview's words."""

    key_figures: Table
    patent_applicants: Table
    patent_fields: Table
    publishing_organizations: Table
    publication_fields: Table
    collaboration: Table
    patent_collaboration_locations: Table
    publication_collaboration_locations: Table
    overview: Overview
    derived: Table | None = None  # the derived estimates (tables.derived): never one of ``all``, the source's tables

    @property
    def all(self) -> tuple[Table, ...]:
        return (
            self.key_figures,
            self.patent_applicants,
            self.patent_fields,
            self.publishing_organizations,
            self.publication_fields,
            self.collaboration,
            self.patent_collaboration_locations,
            self.publication_collaboration_locations,
        )


def key_figure_columns() -> tuple[Column, ...]:
    """The key figures' columns, headed and described in the language shown."""
    return (
        *subject_columns(),
        Column(
            translate("Tables", "Rank by size (top 100)"),
            Kind.RANK,
            translate("Tables", "The cluster's rank by size among the GII's top 100 S&T clusters (1 is the largest)."),
        ),
        Column(
            translate("Tables", "Rank by intensity (top 100)"),
            Kind.RANK,
            translate(
                "Tables",
                "The cluster's rank among the top 100 by intensity, that is its output relative to population "
                "density (1 is first); empty where the profile does not give it.",
            ),
        ),
        Column(
            translate("Tables", "Rank in economy"),
            Kind.RANK,
            translate(
                "Tables", "The cluster's rank among its economy's clusters in the top 100; empty where not given."
            ),
        ),
        Column(
            translate("Tables", "Economy's clusters in top 100"),
            Kind.COUNT,
            translate(
                "Tables", "How many of the top 100 S&T clusters are in the cluster's economy; empty where not given."
            ),
        ),
        Column(
            translate("Tables", "PCT applications per 1M inhabitants"),
            Kind.COUNT,
            translate(
                "Tables",
                "PCT patent applications per 1 million inhabitants, counting five years of output (the years in "
                "the next two columns): a rate, not a total.",
            ),
        ),
        Column(
            translate("Tables", "PCT applications from (year)"),
            Kind.YEAR,
            translate(
                "Tables", "The first year of the PCT applications counted, by publication date; empty where not given."
            ),
        ),
        Column(
            translate("Tables", "PCT applications to (year)"),
            Kind.YEAR,
            translate(
                "Tables", "The last year of the PCT applications counted, by publication date; empty where not given."
            ),
        ),
        Column(
            translate("Tables", "Scientific articles per 1M inhabitants"),
            Kind.COUNT,
            translate(
                "Tables",
                "Scientific articles per 1 million inhabitants, counting five years of output (the publication "
                "years in the next two columns): a rate, not a total.",
            ),
        ),
        Column(
            translate("Tables", "Scientific articles from (year)"),
            Kind.YEAR,
            translate(
                "Tables", "The first publication year of the scientific articles counted; empty where not given."
            ),
        ),
        Column(
            translate("Tables", "Scientific articles to (year)"),
            Kind.YEAR,
            translate("Tables", "The last publication year of the scientific articles counted; empty where not given."),
        ),
        Column(
            translate("Tables", "PCT applications co-invented"),
            Kind.SHARE,
            translate(
                "Tables",
                "The percentage of the cluster's PCT applications filed with other inventors, rounded to a "
                "whole number as the source prints it.",
            ),
        ),
        Column(
            translate("Tables", "Scientific articles co-published"),
            Kind.SHARE,
            translate(
                "Tables",
                "The percentage of the cluster's scientific articles published with other organizations, rounded "
                "to a whole number as the source prints it.",
            ),
        ),
    )


KEY_FIGURES_KEY = (0, 1, 2)  # cluster, economy, year: one row per cluster's edition


def rank_column(description: str) -> Column:
    return Column(translate("Tables", "Rank"), Kind.RANK, description)


def share_column(description: str) -> Column:
    return Column(translate("Tables", "Share"), Kind.SHARE, description)


def output_column() -> Column:
    return Column(
        translate("Tables", "Output"),
        description=translate("Tables", "The kind of output: PCT applications or scientific articles."),
    )


def list_rank_description() -> str:
    return translate("Tables", "The row's rank in the source's top list (1 is first; equal ranks are ties).")


def key_figures_row(profile: ClusterProfile) -> tuple[Value, ...]:
    """One cluster's figures as a row: tables of several clusters stack these rows."""
    ranks, per_million, periods = profile.ranks, profile.per_million, profile.periods
    return (
        profile.cluster,
        profile.economy,
        profile.year,
        ranks.size,
        ranks.intensity,
        ranks.in_economy,
        ranks.economy_clusters,
        per_million.pct_applications,
        *period_years(periods.pct_applications),
        per_million.scientific_articles,
        *period_years(periods.scientific_articles),
        profile.patents.collaboration.share,
        profile.publications.collaboration.share,
    )


def _ranked_table(
    name: str, title: str, entity: Column, counted: Column, rows: tuple[RankedCount, ...], credit: str
) -> Table:
    return Table(
        name=name,
        title=title,
        columns=(
            rank_column(list_rank_description()),
            entity,
            counted,
            share_column(
                translate(
                    "Tables",
                    "The row's count as a percentage of the cluster's total, rounded to a whole number as the "
                    "source prints it.",
                )
            ),
        ),
        rows=tuple((row.rank, row.name, row.count, row.share) for row in rows),
        chart=(1, 3),
        key=(0, 1),  # rank and name: ranks may tie
        note=translate(
            "Tables", "Share: the row's count as a percentage of the cluster's total, as the source rounds it."
        ),
        attribution=credit,
    )


def _fields_table(name: str, title: str, side: str, rows: tuple[FieldShare, ...], credit: str) -> Table:
    return Table(
        name=name,
        title=title,
        columns=(
            rank_column(list_rank_description()),
            Column(
                translate("Tables", "Technology field"),
                description=translate("Tables", "The technology field, as the source names it."),
            ),
            share_column(
                translate(
                    "Tables",
                    "The field's percentage of the cluster's output of this kind, rounded to a whole number as the "
                    "source prints it.",
                )
            ),
        ),
        rows=tuple((row.rank, row.field, row.share) for row in rows),
        chart=(1, 2),
        key=(0, 1),
        note="" if rows else translate("Tables", NOT_GIVEN_FIELDS).format(side=side),
        attribution=credit,
    )


def _locations_table(name: str, title: str, locations: tuple[str, ...], credit: str) -> Table:
    return Table(
        name=name,
        title=title,
        columns=(
            rank_column(translate("Tables", "The location's place in the source's list (1 is first).")),
            Column(
                translate("Tables", "Location"),
                description=translate("Tables", "A top collaborating location, as the source names it."),
            ),
        ),
        rows=tuple((index, location) for index, location in enumerate(locations, start=1)),
        key=(0,),
        note="" if locations else translate("Tables", "The source profile names no collaborating locations."),
        attribution=credit,
    )


def build_tables(profile: ClusterProfile) -> ProfileTables:
    """Turn a profile into the tables its views, copies and exports all read."""
    credit = attribution_text(profile)
    patents, publications = profile.patents, profile.publications

    tables = ProfileTables(
        key_figures=Table(
            name="key-figures",
            title=translate("Tables", "Key figures — {cluster}, GII {year}").format(
                cluster=profile.title, year=profile.year
            ),
            columns=key_figure_columns(),
            rows=(key_figures_row(profile),),
            note=translate("Tables", "Per-million figures are per 1 million inhabitants over five years, not totals."),
            attribution=credit,
            key=KEY_FIGURES_KEY,
        ),
        patent_applicants=_ranked_table(
            "patent-applicants",
            translate("Tables", "Top PCT applicants"),
            Column(
                translate("Tables", "Applicant"),
                description=translate("Tables", "The PCT applicant, as the source prints its name."),
            ),
            Column(
                translate("Tables", "PCT applications"),
                Kind.COUNT,
                translate(
                    "Tables", "The applicant's number of the cluster's PCT applications, as the source gives it."
                ),
            ),
            patents.top_applicants,
            credit,
        ),
        patent_fields=_fields_table(
            "patent-fields",
            translate("Tables", "Top technology fields: patents"),
            translate("Tables", "patents"),
            patents.top_fields,
            credit,
        ),
        publishing_organizations=_ranked_table(
            "publishing-organizations",
            translate("Tables", "Top publishing organizations"),
            Column(
                translate("Tables", "Organization"),
                description=translate("Tables", "The publishing organization, as the source prints its name."),
            ),
            Column(
                translate("Tables", "Articles"),
                Kind.COUNT,
                translate(
                    "Tables", "The organization's number of the cluster's scientific articles, as the source gives it."
                ),
            ),
            publications.top_organizations,
            credit,
        ),
        publication_fields=_fields_table(
            "publication-fields",
            translate("Tables", "Top technology fields: publications"),
            translate("Tables", "publications"),
            publications.top_fields,
            credit,
        ),
        collaboration=Table(
            name="collaboration",
            title=translate("Tables", "Share of output made in collaboration"),
            columns=(
                output_column(),
                Column(
                    translate("Tables", "In collaboration with"),
                    description=translate("Tables", "Who it is made with: other inventors or other organizations."),
                ),
                share_column(
                    translate(
                        "Tables",
                        "The percentage of the cluster's output of this kind made in collaboration, rounded to a "
                        "whole number as the source prints it.",
                    )
                ),
            ),
            rows=(
                (
                    translate("Tables", "PCT applications"),
                    translate("Tables", "other inventors"),
                    patents.collaboration.share,
                ),
                (
                    translate("Tables", "Scientific articles"),
                    translate("Tables", "other organizations"),
                    publications.collaboration.share,
                ),
            ),
            chart=(0, 2),
            attribution=credit,
            key=(0,),
        ),
        patent_collaboration_locations=_locations_table(
            "patent-collaboration-locations",
            translate("Tables", "Top locations of co-inventors (PCT applications)"),
            patents.collaboration.top_locations,
            credit,
        ),
        publication_collaboration_locations=_locations_table(
            "publication-collaboration-locations",
            translate("Tables", "Top locations of co-publishers (scientific articles)"),
            publications.collaboration.top_locations,
            credit,
        ),
        overview=build_overview(profile, credit),
    )
    subject = Subject(profile.cluster, profile.economy, profile.year)
    derived = derived_table(profile, subject, credit)
    return ProfileTables._make((*(replace(table, subject=subject) for table in tables.all), tables.overview, derived))
