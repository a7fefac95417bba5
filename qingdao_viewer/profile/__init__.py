"""The cluster profile: its typed form, and the loader that builds it from a file (no Qt)."""

from qingdao_viewer.profile.errors import ProfileError
from qingdao_viewer.profile.loader import FORMAT, load_profile, parse_any_profile, parse_any_profiles, parse_profile
from qingdao_viewer.profile.model import (
    ClusterProfile,
    Collaboration,
    FieldShare,
    FoundProfile,
    Patents,
    Period,
    Periods,
    PerMillion,
    Publications,
    RankedCount,
    Ranks,
    Source,
)

__all__ = [
    "FORMAT",
    "ClusterProfile",
    "Collaboration",
    "FieldShare",
    "FoundProfile",
    "Patents",
    "PerMillion",
    "Period",
    "Periods",
    "ProfileError",
    "Publications",
    "RankedCount",
    "Ranks",
    "Source",
    "load_profile",
    "parse_any_profile",
    "parse_any_profiles",
    "parse_profile",
]
