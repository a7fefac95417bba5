"""`--check [PROFILE ...]`: validate profiles and say what each holds (no Qt)."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from qingdao_viewer.commands.status import EXIT_BAD_INPUT, EXIT_OK
from qingdao_viewer.package_data import embedded_profile_path
from qingdao_viewer.profile import ClusterProfile, ProfileError, load_profile
from qingdao_viewer.profile.errors import one_line, shown_path

MAX_TITLE = 100  # characters of a cluster's title a summary line shows (a name may be far longer)


def summary_line(path: str, profile: ClusterProfile) -> str:
    """One line saying what a valid profile holds: its title cut short, the path escaped as in error messages."""
    patents, publications = profile.patents, profile.publications
    return (
        f"{shown_path(path, 200)}: OK: {one_line(profile.title, MAX_TITLE)}, GII {profile.year}: "
        f"{len(patents.top_applicants)} top PCT applicants, "
        f"{len(publications.top_organizations)} top publishing organizations, "
        f"{len(patents.top_fields)} patent and {len(publications.top_fields)} publication technology fields, "
        f"{len(patents.collaboration.top_locations)} and {len(publications.collaboration.top_locations)} "
        "collaboration locations"
    )


def check(paths: Sequence[str]) -> int:
    """Validate profiles; print a summary for the good, ``PATH:LINE: message`` for the bad."""
    status = EXIT_OK
    for path in paths or [str(embedded_profile_path())]:
        try:
            profile = load_profile(path)
        except ProfileError as error:
            print(error, file=sys.stderr)
            status = EXIT_BAD_INPUT
        else:
            print(summary_line(path, profile))
    return status
