"""The profiles the app knows: those shipped in data/ and those the user opened or imported (no Qt).

A profile opened from elsewhere, or imported from its published text, is kept in the
user's library folder as `gii-cluster-profile/1` YAML, one file per cluster and edition,
so it stays at hand after the original is moved or the clipboard is gone. The folder is
the caller's choice (the app gives one under QStandardPaths); nothing else is stored.
"""

from __future__ import annotations

import errno
import re
from pathlib import Path
from typing import NamedTuple

from qingdao_viewer.files import write_atomically
from qingdao_viewer.profile import ClusterProfile, ProfileError, load_profile, text_rules
from qingdao_viewer.profile.profile_yaml import profile_to_yaml


class LibraryEntry(NamedTuple):
    """One profile in the library, with what a picker shows of it."""

    path: Path
    cluster: str
    economy: str
    year: int
    shipped: bool

    @property
    def label(self) -> str:
        return f"{self.cluster}, {self.economy} — GII {self.year}"


class LibraryListing(NamedTuple):
    entries: list[LibraryEntry]
    problems: list[ProfileError]  # files in the folders that cannot be read: listed, not shown


def file_stem(profile: ClusterProfile) -> str:
    """A file name for a cluster's edition: letters and digits of any script, the rest one dash."""
    words = re.sub(r"[\W_]+", "-", f"{profile.cluster} {profile.economy} {profile.year}".casefold()).strip("-")
    return words[:120] or f"cluster-{profile.year}"


class ProfileLibrary:
    """Shipped profiles (read only) and the user's kept profiles, listed by cluster and edition."""

    def __init__(self, shipped: Path, kept: Path):
        self.shipped = shipped
        self.kept = kept

    def _files(self) -> list[tuple[Path, bool]]:
        found: list[tuple[Path, bool]] = []
        for folder, shipped in ((self.shipped, True), (self.kept, False)):
            try:
                names = sorted(folder.glob("*.yaml"))
            except OSError:
                continue
            found += [(path, shipped) for path in names if path.is_file()]
        return found

    def listing(self) -> LibraryListing:
        entries, problems = [], []
        for path, shipped in self._files():
            try:
                profile = load_profile(path)
            except ProfileError as error:
                problems.append(error)
                continue
            entries.append(LibraryEntry(path, profile.cluster, profile.economy, profile.year, shipped))
        entries.sort(key=lambda entry: (entry.label.casefold(), not entry.shipped))
        return LibraryListing(entries, problems)

    def contains(self, path: str | Path) -> bool:
        """Whether a file is one of the library's own (shipped or kept)."""
        try:
            folder = Path(path).resolve().parent
        except (OSError, ValueError):
            return False
        return folder in (self.shipped.resolve(), self.kept.resolve())

    def keep(self, profile: ClusterProfile, origin: str) -> Path:
        """Write the profile into the kept folder (atomically), replacing the same cluster's edition.

        Raises OSError when the folder cannot be made or written, or (EFBIG) when the profile
        as YAML is over the size a profile file may be, so the library could not read it back:
        profile text is denser than YAML, so a paste under the limit can make such a profile.
        """
        data = profile_to_yaml(profile, origin=origin).encode("utf-8")
        limit = text_rules.MAX_PROFILE_BYTES
        if len(data) > limit:
            raise OSError(
                errno.EFBIG, f"the profile as YAML is {len(data):,} bytes; a profile may be at most {limit:,} bytes"
            )
        self.kept.mkdir(parents=True, exist_ok=True)
        path = self.kept / f"{file_stem(profile)}.yaml"
        write_atomically(path, data)
        return path

    def remove(self, entry: LibraryEntry) -> None:
        """Forget a kept profile; shipped ones cannot be removed. Raises OSError."""
        if entry.shipped:
            raise ValueError("a shipped profile cannot be removed")
        entry.path.unlink(missing_ok=True)
