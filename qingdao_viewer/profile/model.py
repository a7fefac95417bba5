"""The typed, immutable form of a GII cluster profile.

Figures are kept exactly as the source prints them: counts as whole numbers, shares as
whole percentages (25 means 25%). Anything the source does not give is ``None`` or an
empty tuple, never a guess.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Source:
    """Where the figures come from, for attribution wherever they are shown."""

    title: str
    publisher: str
    license: str
    copyright: str | None = None
    doi: str | None = None
    url: str | None = None


@dataclass(frozen=True, slots=True)
class Ranks:
    """The cluster's ranks among the top 100 and within its economy."""

    size: int
    intensity: int | None = None
    in_economy: int | None = None
    economy_clusters: int | None = None


@dataclass(frozen=True, slots=True)
class PerMillion:
    """Output per 1 million inhabitants over the last five years (not totals)."""

    pct_applications: int
    scientific_articles: int


@dataclass(frozen=True, slots=True)
class Period:
    """A span of years, both ends included."""

    first: int
    last: int


@dataclass(frozen=True, slots=True)
class Periods:
    """The years the figures count; ``None`` where the profile does not say."""

    pct_applications: Period | None = None
    scientific_articles: Period | None = None


@dataclass(frozen=True, slots=True)
class RankedCount:
    """A row of a top list: an applicant or a publishing organization."""

    rank: int
    name: str
    count: int
    share: int


@dataclass(frozen=True, slots=True)
class FieldShare:
    """A row of a top technology fields list."""

    rank: int
    field: str
    share: int


@dataclass(frozen=True, slots=True)
class Collaboration:
    """The share of output made with partners elsewhere, and the top partner locations in order."""

    share: int
    top_locations: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Patents:
    """The PCT patent applications side of the profile."""

    top_applicants: tuple[RankedCount, ...]
    top_fields: tuple[FieldShare, ...]
    collaboration: Collaboration


@dataclass(frozen=True, slots=True)
class Publications:
    """The scientific articles side of the profile."""

    top_organizations: tuple[RankedCount, ...]
    top_fields: tuple[FieldShare, ...]
    collaboration: Collaboration


@dataclass(frozen=True, slots=True)
class ClusterProfile:
    """One S&T cluster of the GII, as its profile gives it."""

    cluster: str
    economy: str
    year: int
    ranks: Ranks
    per_million: PerMillion
    periods: Periods
    patents: Patents
    publications: Publications
    source: Source | None = None

    @property
    def title(self) -> str:
        """The profile's own title line, "Qingdao, China"."""
        return f"{self.cluster}, {self.economy}"
