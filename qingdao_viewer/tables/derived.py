"""Figures the source implies but does not print, as intervals, labelled as derived (no Qt).

A top list's share is the row's count over the cluster's total, printed as a whole percentage
("rounded to whole numbers"). A row of count ``c`` printed at ``s``% therefore says that
``s - 0.5 <= 100 c / T <= s + 0.5`` for the cluster's total ``T`` (closed at both ends, so it
holds whichever way a half was rounded), that is::

    200 c / (2 s + 1)  <=  T  <=  200 c / (2 s - 1)       (no upper bound when s is 0)

and ``T`` is a whole number, at least the sum of the listed rows (they are different
applicants or organizations). Each row gives such an interval; the total lies in all of them,
so the estimate is their intersection: the narrowest interval the rows allow. The arithmetic is
exact (integers only, no floating point), so a bound is never off by a rounding of ours.

The per-million figure ``P`` (also printed whole) is the total over the population in
millions, so the population lies between ``T_low / (P + 0.5)`` and ``T_high / (P - 0.5)``
million; bounds are widened outward to whole thousands. Patents and publications each give
one; where both exist and overlap, their intersection is the estimate.

None of this is WIPO's: every table built here says "derived" in its title and note, and is a
table of its own, never a column of the source's tables. Where the rows contradict each other
(no total fits them all), there is no estimate and the table says so instead of inventing one.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from qingdao_viewer.i18n import QT_TRANSLATE_NOOP, translate
from qingdao_viewer.profile import ClusterProfile, RankedCount
from qingdao_viewer.tables.table import Column, Kind, Subject, Table, Value, subject_columns

DERIVED_NAME = "derived-estimates"  # the table's name, and so its files' (qingdao-2024-derived-estimates.csv)
CARD_ROWS = (0, 1, 4)  # the rows shown as figures: PCT total, articles total, the population from both
POPULATION_STEP = 1000  # population bounds are widened outward to whole thousands


class Interval(NamedTuple):
    """Whole numbers from low to high, both included; high None: no upper bound."""

    low: int
    high: int | None

    def __contains__(self, value: object) -> bool:
        if not isinstance(value, int):
            return False
        return self.low <= value and (self.high is None or value <= self.high)

    @property
    def empty(self) -> bool:
        return self.high is not None and self.high < self.low

    @property
    def middle(self) -> int | None:
        return None if self.high is None else (self.low + self.high) // 2

    def meet(self, other: Interval) -> Interval:
        """The whole numbers in both."""
        highs = [high for high in (self.high, other.high) if high is not None]
        return Interval(max(self.low, other.low), min(highs) if highs else None)


def _ceil_div(numerator: int, denominator: int) -> int:
    return -(-numerator // denominator)


def total_from_row(count: int, share: int) -> Interval:
    """The cluster totals for which count is share% once rounded to a whole percentage."""
    if count < 0 or share < 0:
        raise ValueError(f"a count ({count}) and a share ({share}) are not negative")
    low = max(count, _ceil_div(200 * count, 2 * share + 1))
    high = None if share == 0 else (200 * count) // (2 * share - 1)
    return Interval(low, high)


class TotalEstimate(NamedTuple):
    """A cluster total implied by a top list: the interval, and the rows (1-based ranks) that bound it."""

    interval: Interval
    low_from: tuple[int, ...]  # ranks of the rows whose interval gives the lower bound (0: the listed rows' sum)
    high_from: tuple[int, ...]


def implied_total(rows: Sequence[RankedCount]) -> TotalEstimate | None:
    """The narrowest interval for the cluster's total the rows allow; None if there are no rows or they contradict."""
    if not rows:
        return None
    listed = sum(row.count for row in rows)
    interval = Interval(listed, None)
    each = {row.rank: total_from_row(row.count, row.share) for row in rows}
    for row_interval in each.values():
        interval = interval.meet(row_interval)
    if interval.empty:
        return None
    low_from = tuple(rank for rank, found in each.items() if found.low == interval.low) or (0,)
    high_from = tuple(rank for rank, found in each.items() if found.high is not None and found.high == interval.high)
    return TotalEstimate(interval, low_from, high_from)


def implied_population(total: Interval, per_million: int) -> Interval | None:
    """Inhabitants implied by a total over its per-million figure (printed whole); None without an upper bound."""
    if total.high is None or per_million <= 0:
        return None
    # total / (P + 0.5) million = 2e6 total / (2P + 1); widened outward to whole thousands.
    low = (2_000_000 * total.low) // (2 * per_million + 1)
    high = _ceil_div(2_000_000 * total.high, 2 * per_million - 1)
    return Interval(low // POPULATION_STEP * POPULATION_STEP, _ceil_div(high, POPULATION_STEP) * POPULATION_STEP)


class DerivedFigures(NamedTuple):
    """What one profile implies: each side's total, each side's population, and the two taken together."""

    pct_total: TotalEstimate | None
    articles_total: TotalEstimate | None
    population_from_pct: Interval | None
    population_from_articles: Interval | None
    population: Interval | None  # where both exist and overlap: their intersection; else whichever exists


def derive(profile: ClusterProfile) -> DerivedFigures:
    pct = implied_total(profile.patents.top_applicants)
    articles = implied_total(profile.publications.top_organizations)
    from_pct = None if pct is None else implied_population(pct.interval, profile.per_million.pct_applications)
    from_articles = (
        None if articles is None else implied_population(articles.interval, profile.per_million.scientific_articles)
    )
    found = [interval for interval in (from_pct, from_articles) if interval is not None]
    population: Interval | None = None
    if len(found) == 2:
        both = found[0].meet(found[1])
        population = None if both.empty else both
    elif found:
        population = found[0]
    return DerivedFigures(pct, articles, from_pct, from_articles, population)


DERIVED_NOTE = QT_TRANSLATE_NOOP(
    "Tables",
    "Derived by Qingdao Viewer, not published by WIPO: a top list's share is its count over the cluster's"
    " total, rounded to a whole percentage, so each row bounds the total; the estimate is the narrowest"
    " interval all rows allow. The population is a total over its per-million figure.",
)


def _rows_text(ranks: tuple[int, ...]) -> str:
    if ranks == (0,):
        return translate("Tables", "the listed rows' sum")
    return translate("Tables", "row {ranks}").format(ranks=", ".join(str(rank) for rank in ranks))


def _total_row(figure: str, list_name: str, estimate: TotalEstimate | None) -> tuple[Value, ...]:
    if estimate is None:
        how = translate("Tables", "No estimate: the {list} give no rows, or no total fits them all.").format(
            list=list_name
        )
        return (figure, None, None, None, how)
    interval = estimate.interval
    how = translate("Tables", "From the {list}' counts and rounded shares: low from {low}, high from {high}.").format(
        list=list_name, low=_rows_text(estimate.low_from), high=_rows_text(estimate.high_from) or "—"
    )
    return (figure, interval.middle, interval.low, interval.high, how)


def _population_row(figure: str, how: str, interval: Interval | None) -> tuple[Value, ...]:
    if interval is None:
        return (figure, None, None, None, translate("Tables", "No estimate: the totals above give none."))
    middle = interval.middle
    rounded = None if middle is None else round(middle, -4)
    return (figure, rounded, interval.low, interval.high, how)


def derived_table(profile: ClusterProfile, subject: Subject, attribution: str) -> Table:
    """The derived estimates of one profile, a table of their own, titled and noted as derived."""
    figures = derive(profile)
    applicants = translate("Tables", "top PCT applicants")
    organizations = translate("Tables", "top publishing organizations")
    rows = (
        _total_row(translate("Tables", "PCT applications, cluster total"), applicants, figures.pct_total),
        _total_row(translate("Tables", "Scientific articles, cluster total"), organizations, figures.articles_total),
        _population_row(
            translate("Tables", "Population, from PCT applications"),
            translate("Tables", "The PCT total over PCT applications per million inhabitants."),
            figures.population_from_pct,
        ),
        _population_row(
            translate("Tables", "Population, from scientific articles"),
            translate("Tables", "The article total over scientific articles per million inhabitants."),
            figures.population_from_articles,
        ),
        _population_row(
            translate("Tables", "Population, both taken together"),
            translate("Tables", "Where the two population intervals overlap."),
            figures.population,
        ),
    )
    columns = derived_columns()
    note = translate("Tables", DERIVED_NOTE)
    # As data (CSV, data package) every column says it is derived, the cluster's too.
    prefix: tuple[Value, ...] = (subject.cluster, subject.economy, subject.year)
    tidy_form = Table(
        name=DERIVED_NAME,
        title=translate("Tables", "Derived estimates (not in the source)"),
        columns=(*derived_subject_columns(), *columns),
        rows=tuple(prefix + row for row in rows),
        note=note,
        attribution=attribution,
        subject=subject,
        key=(0, 1, 2, 3),
    )
    return Table(
        name=DERIVED_NAME,
        title=translate("Tables", "Derived estimates (not in the source)"),
        columns=columns,
        rows=rows,
        note=note,
        attribution=attribution,
        subject=subject,
        key=(0,),
        tidy_form=tidy_form,
    )


def is_derived(table: Table) -> bool:
    """Whether a table is the derived estimates (figures of ours, not the source's)."""
    return table.name == DERIVED_NAME


def derived_columns() -> tuple[Column, ...]:
    """The derived table's columns, each described as derived (the data package's fields say so)."""
    return (
        Column(
            translate("Tables", "Figure (derived)"),
            description=translate(
                "Tables",
                "The figure estimated: derived by Qingdao Viewer from the profile's figures, not published by WIPO.",
            ),
        ),
        Column(
            translate("Tables", "Estimate"),
            Kind.COUNT,
            translate(
                "Tables",
                "Derived: the interval's middle (a population rounded to ten thousands); empty where there is no"
                " estimate.",
            ),
        ),
        Column(
            translate("Tables", "At least"),
            Kind.COUNT,
            translate("Tables", "Derived: the interval's lower bound, included."),
        ),
        Column(
            translate("Tables", "At most"),
            Kind.COUNT,
            translate("Tables", "Derived: the interval's upper bound, included; empty where the rows give none."),
        ),
        Column(
            translate("Tables", "How it is derived"),
            description=translate("Tables", "How the derived estimate follows from the source's figures."),
        ),
    )


def derived_subject_columns() -> tuple[Column, ...]:
    """Cluster, economy and year, as the derived table's data leads with them: said to be derived from them."""
    cluster, economy, year = subject_columns()
    return (
        cluster._replace(
            description=translate("Tables", "The S&T cluster whose profile's figures the estimate is derived from.")
        ),
        economy._replace(description=translate("Tables", "The economy of the cluster the estimate is derived for.")),
        year._replace(
            description=translate("Tables", "The edition of the Global Innovation Index the estimate is derived from.")
        ),
    )


def derived_cards(table: Table) -> list[tuple[str, str]]:
    """The estimates as figures with captions, marked derived: ("8,391 to 8,611", "PCT applications, ... (derived)")."""
    cards = []
    for row in CARD_ROWS:
        low, high = table.display(row, 2), table.display(row, 3)
        shown = low if table.rows[row][2] is None else translate("Tabs", "{low} to {high}").format(low=low, high=high)
        cards.append((shown, translate("Tabs", "{figure} (derived)").format(figure=str(table.rows[row][0]))))
    return cards
