"""What the library's table shows of a profile: its ranks, per-million figures, shares and top names (no Qt).

Remembered with each library entry, so listing the library reads no profile it has read before.
"""

from __future__ import annotations

from typing import NamedTuple

from qingdao_viewer.profile import ClusterProfile


class Summary(NamedTuple):
    """The figures the library's table shows of a profile, remembered with its entry (no reading to list them)."""

    size_rank: int
    intensity_rank: int | None
    economy_rank: int | None
    economy_clusters: int | None
    pct_per_million: int
    articles_per_million: int
    pct_collaboration: int
    articles_collaboration: int
    top_applicant: str | None
    top_organization: str | None


SUMMARY_TYPES = (int, int | None, int | None, int | None, int, int, int, int, str | None, str | None)


def summary_of(profile: ClusterProfile) -> Summary:
    ranks, per_million = profile.ranks, profile.per_million
    applicants, organizations = profile.patents.top_applicants, profile.publications.top_organizations
    return Summary(
        ranks.size,
        ranks.intensity,
        ranks.in_economy,
        ranks.economy_clusters,
        per_million.pct_applications,
        per_million.scientific_articles,
        profile.patents.collaboration.share,
        profile.publications.collaboration.share,
        applicants[0].name if applicants else None,
        organizations[0].name if organizations else None,
    )
