"""One cluster across editions of the GII: which profiles are one cluster, and their figures by edition (no Qt).

**Matching.** WIPO respells some cluster names from one edition to the next (a hyphen for an
en dash, an accent dropped or added, letter case). Two profiles are of one cluster when their
cluster and economy names are equal once folded by ``cluster_key``: Unicode compatibility
forms unified (NFKC), case folded, accents and other combining marks dropped, and every run of
dashes, spaces and punctuation made one space. "Tokyo–Yokohama" and "TOKYO-YOKOHAMA", "São
Paulo" and "Sao Paulo" match; a renamed cluster ("Shenzhen–Hong Kong–Guangzhou" for
"Shenzhen–Hong Kong") does not, and is shown as another cluster: guessing would join clusters
WIPO counts apart. Letters that are not a base letter with a mark ("Ø", "ß") stay as they are.

**Changes.** WIPO redraws cluster boundaries and restates earlier ranks in each edition, so a
published figure of one edition and the same figure published in the next are not a measured
change of the cluster: the change column says "between published editions", is the later
published figure minus the earlier one, and is given only where both editions print the figure
(a rank one edition leaves out has no change, never an invented one). Nothing else is computed
across editions (no growth rates, no change of a top list's members).

**Shown.** ``editions_table`` names the cluster as its latest edition spells it; the ranks chart
draws ``rank_series`` (each kind of rank as each edition printed it, no point where one prints
none), and ``editions_credit`` is every edition's credit line, each once. Which profiles of the
library are the editions is the session's ``editions``.
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from typing import NamedTuple

from qingdao_viewer.i18n import sentences, translate
from qingdao_viewer.profile import ClusterProfile
from qingdao_viewer.tables.profile_tables import (
    KEY_FIGURES_KEY,
    attribution_text,
    key_figure_columns,
    key_figures_row,
)
from qingdao_viewer.tables.table import Column, Kind, Subject, Table, Value

_SEPARATORS = re.compile(r"[\W_]+")


@functools.lru_cache(maxsize=8192)
def fold_name(name: str) -> str:
    """A name as editions are matched by: compatibility forms, case, marks and separators folded.

    Remembered: the library's filter folds every entry's names at each character typed.
    """
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", name).casefold())
    bare = "".join(character for character in decomposed if not unicodedata.combining(character))
    return _SEPARATORS.sub(" ", unicodedata.normalize("NFC", bare)).strip()


class ClusterKey(NamedTuple):
    cluster: str
    economy: str


def cluster_key(cluster: str, economy: str) -> ClusterKey:
    return ClusterKey(fold_name(cluster), fold_name(economy))


def editions_of(profile: ClusterProfile, profiles: Iterable[ClusterProfile]) -> list[ClusterProfile]:
    """The profiles of profile's cluster, one per edition, oldest first (profile itself for its edition)."""
    key = cluster_key(profile.cluster, profile.economy)
    by_year: dict[int, ClusterProfile] = {}
    for other in profiles:
        if cluster_key(other.cluster, other.economy) == key and other.year != profile.year:
            by_year.setdefault(other.year, other)
    by_year[profile.year] = profile
    return [by_year[year] for year in sorted(by_year)]


class _Figure(NamedTuple):
    label: str
    kind: Kind
    value: Callable[[ClusterProfile], int | None]


def _figures() -> tuple[_Figure, ...]:
    return (
        _Figure(translate("Tables", "Rank in the top 100 by size"), Kind.RANK, lambda p: p.ranks.size),
        _Figure(translate("Tables", "Rank by intensity"), Kind.RANK, lambda p: p.ranks.intensity),
        _Figure(translate("Tables", "Rank in its economy"), Kind.RANK, lambda p: p.ranks.in_economy),
        _Figure(
            translate("Tables", "PCT applications per million inhabitants"),
            Kind.COUNT,
            lambda p: p.per_million.pct_applications,
        ),
        _Figure(
            translate("Tables", "Scientific articles per million inhabitants"),
            Kind.COUNT,
            lambda p: p.per_million.scientific_articles,
        ),
        _Figure(
            translate("Tables", "PCT applications co-invented (%)"),
            Kind.SHARE,
            lambda p: p.patents.collaboration.share,
        ),
        _Figure(
            translate("Tables", "Articles co-published with other organizations (%)"),
            Kind.SHARE,
            lambda p: p.publications.collaboration.share,
        ),
    )


def editions_note() -> str:
    """The line every view of the editions carries: what a change between editions is, and is not."""
    return translate(
        "Tables",
        "Figures as each edition published them. WIPO redraws cluster boundaries and restates ranks in"
        " each edition, so a change is between the editions as published, not a measured change of"
        " the cluster.",
    )


def editions_credit(editions: Sequence[ClusterProfile]) -> str:
    """Every edition's credit line, each once, oldest first: the figures come from all of them."""
    credits = list(dict.fromkeys(attribution_text(profile) for profile in editions))
    return credits[0] if len(credits) == 1 else sentences(credits)


class RankSeries(NamedTuple):
    """One kind of rank over the editions: (edition year, rank) for each edition that prints it."""

    label: str
    points: tuple[tuple[int, int], ...]


def rank_series(editions: Sequence[ClusterProfile]) -> list[RankSeries]:
    """The ranks chart's lines: each rank kind as printed by each edition, oldest first (none left out is invented)."""
    series = []
    for figure in _figures():
        if figure.kind is Kind.RANK:
            points = tuple(
                (profile.year, value) for profile in editions if (value := figure.value(profile)) is not None
            )
            series.append(RankSeries(figure.label, points))
    return series


def change(earlier: int | None, later: int | None) -> int | None:
    """The later published figure minus the earlier; None unless both editions print it."""
    return None if earlier is None or later is None else later - earlier


def editions_table(editions: Sequence[ClusterProfile], attribution: str) -> Table:
    """A cluster's figures by edition (a column each, oldest first) and the changes between published editions."""
    if not editions:
        raise ValueError("a table of editions needs one edition at least")
    latest = editions[-1]  # the cluster is named as its latest edition spells it
    years = [profile.year for profile in editions]
    columns = [Column(translate("Tables", "Figure"))]
    for profile in editions:
        columns.append(Column(translate("Tables", "GII {year}").format(year=profile.year), Kind.COUNT))
    pairs = list(itertools.pairwise(editions))
    for earlier, later in pairs:
        columns.append(
            Column(
                translate("Tables", "Change, GII {earlier} to {later} (between published editions)").format(
                    earlier=earlier.year, later=later.year
                ),
                Kind.COUNT,
                translate(
                    "Tables",
                    "The later edition's published figure minus the earlier one's; WIPO redraws clusters"
                    " and restates ranks each edition, so this is not a measured change. For ranks, a"
                    " negative change is a higher place.",
                ),
            )
        )
    rows: list[tuple[Value, ...]] = []
    for figure in _figures():
        values = [figure.value(profile) for profile in editions]
        changes = [change(figure.value(a), figure.value(b)) for a, b in pairs]
        rows.append((figure.label, *values, *changes))
    subjects = tuple(Subject(profile.cluster, profile.economy, profile.year) for profile in editions)
    return Table(
        name="editions",
        title=translate("Tables", "{cluster} across editions — GII {years}").format(
            cluster=latest.cluster, years=", ".join(str(year) for year in years)
        ),
        columns=tuple(columns),
        rows=tuple(rows),
        note=editions_note(),
        attribution=attribution,
        subjects=subjects,
        key=(0,),
        tidy_form=Table(
            name="editions",
            title=translate("Tables", "Key figures by edition — {cluster}").format(cluster=latest.cluster),
            columns=key_figure_columns(),
            rows=tuple(key_figures_row(profile) for profile in editions),
            attribution=attribution,
            subjects=subjects,
            key=KEY_FIGURES_KEY,
        ),
    )
