"""The typed, immutable form of a GII cluster profile.

Figures are kept exactly as the source prints them: counts as whole numbers, shares as
whole percentages (25 means 25%). Anything the source does not give is ``None`` or an
empty tuple, never a guess. The parts are named tuples: immutable, typed, and quicker to
define than dataclasses, which counts, since the profile loads before the first paint.
"""

from __future__ import annotations

from typing import NamedTuple

from qingdao_viewer.profile.errors import ProfileError


class Source(NamedTuple):
    """Where the figures come from, for attribution wherever they are shown."""

    title: str
    publisher: str
    license: str
    copyright: str | None = None
    doi: str | None = None
    url: str | None = None


class Ranks(NamedTuple):
    """The cluster's ranks among the top 100 and within its economy."""

    size: int
    intensity: int | None = None
    in_economy: int | None = None
    economy_clusters: int | None = None


class PerMillion(NamedTuple):
    """Output per 1 million inhabitants over the last five years (not totals)."""

    pct_applications: int
    scientific_articles: int


class Period(NamedTuple):
    """A span of years, both ends included."""

    first: int
    last: int


class Periods(NamedTuple):
    """The years the figures count; ``None`` where the profile does not say."""

    pct_applications: Period | None = None
    scientific_articles: Period | None = None


class RankedCount(NamedTuple):
    """A row of a top list: an applicant or a publishing organization."""

    rank: int
    name: str
    count: int  # type: ignore[assignment]  # the format's name; shadows tuple.count, never called here
    share: int


class FieldShare(NamedTuple):
    """A row of a top technology fields list."""

    rank: int
    field: str
    share: int


class Collaboration(NamedTuple):
    """The share of output made with partners elsewhere, and the top partner locations in order."""

    share: int
    top_locations: tuple[str, ...]


class Patents(NamedTuple):
    """The PCT patent applications side of the profile."""

    top_applicants: tuple[RankedCount, ...]
    top_fields: tuple[FieldShare, ...]
    collaboration: Collaboration


class Publications(NamedTuple):
    """The scientific articles side of the profile."""

    top_organizations: tuple[RankedCount, ...]
    top_fields: tuple[FieldShare, ...]
    collaboration: Collaboration


class ClusterProfile(NamedTuple):
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


class FoundProfile(NamedTuple):
    """A profile found in a text that may hold several: the line its header is on, and it or its refusal.

    Exactly one of ``profile`` and ``error`` is set. ``last`` is the last line the reader took
    (a text's profile's last sentence, or the line refused), when known.
    """

    line: int
    profile: ClusterProfile | None
    error: ProfileError | None
    last: int | None = None
