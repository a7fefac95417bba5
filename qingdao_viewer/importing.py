"""Bringing many profiles at once: files, folders, as a job of steps (no Qt).

``import_job`` keeps every profile it finds in the paths given, in order: a folder stands for
its own files whose names end in ``.yaml``, ``.yml`` or ``.txt`` (not hidden ones, not its
sub-folders), sorted by name. Each file is read (on a worker thread in the window: the read
is an ``Offload``), then kept in the library; a file that cannot be read or kept is one
refusal, named by file and line, and the others are kept all the same. The job yields its
``Progress`` after each file, so the window shows a progress dialog with Cancel; a Cancel
stops before the next file: what was kept before it stays kept (each profile is one whole
file, written atomically), nothing is half-written.

The command line's ``--import`` and the window's Open, drop and import run this one job.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from qingdao_viewer.library import Kept, ProfileLibrary
from qingdao_viewer.profile import ClusterProfile, ProfileError, load_profile
from qingdao_viewer.steps import Offload, Progress, Steps

PROFILE_SUFFIXES = (".yaml", ".yml", ".txt")


class Outcome(NamedTuple):
    """What became of one file: its profile and where it was kept, or why not."""

    path: str
    profile: ClusterProfile | None = None
    kept: Kept | None = None
    library_file: str | None = None  # "shipped" or "kept": the file is the library's own, nothing to keep
    error: ProfileError | None = None  # it could not be read
    keep_error: OSError | None = None  # it was read but could not be kept


class ImportReport(NamedTuple):
    outcomes: list[Outcome]
    problems: list[ProfileError]  # folders that could not be listed
    skipped: int  # files in the folders given whose names are not a profile's

    @property
    def refused(self) -> list[Outcome]:
        return [outcome for outcome in self.outcomes if outcome.error is not None or outcome.keep_error is not None]

    @property
    def profiles(self) -> list[ClusterProfile]:
        return [outcome.profile for outcome in self.outcomes if outcome.profile is not None]


def expand(paths: Iterable[str]) -> tuple[list[str], list[ProfileError], int]:
    """The files the paths stand for (a folder: its profile files), the folders that cannot be listed, the skipped."""
    files: list[str] = []
    problems: list[ProfileError] = []
    skipped = 0
    for path in paths:
        try:
            is_folder = stat.S_ISDIR(os.stat(path).st_mode)
        except (OSError, ValueError):
            is_folder = False  # the reader says what is wrong with it
        if not is_folder:
            files.append(path)
            continue
        try:
            with os.scandir(path) as scan:
                names = sorted(entry.name for entry in scan if not entry.name.startswith(".") and _is_file(entry))
        except OSError as error:
            problems.append(ProfileError(path, f"the folder cannot be read: {error.strerror or error}"))
            continue
        for name in names:
            if name.casefold().endswith(PROFILE_SUFFIXES):
                files.append(os.path.join(path, name))
            else:
                skipped += 1
    return files, problems, skipped


def _is_file(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_file()
    except OSError:
        return True  # the reader will name what is wrong


def _read(path: str) -> ClusterProfile | ProfileError:
    try:
        return load_profile(path)
    except ProfileError as error:
        return error


def import_job(library: ProfileLibrary, paths: Sequence[str]) -> Steps[ImportReport]:
    """Keep the profiles of the files and folders given, a file per step (see the module's docstring)."""
    files, problems, skipped = expand(paths)
    outcomes: list[Outcome] = []
    for done, path in enumerate(files):
        yield Progress(done, len(files))
        read = yield Offload(lambda path=path: _read(path))  # type: ignore[misc]
        if not isinstance(read, ClusterProfile | ProfileError):
            raise TypeError(f"a read gave {type(read).__name__}")
        outcomes.append(_keep(library, path, read))  # a Cancel (close) comes between files, never inside
    yield Progress(len(files), len(files))
    return ImportReport(outcomes, problems, skipped)


def _keep(library: ProfileLibrary, path: str, read: ClusterProfile | ProfileError) -> Outcome:
    if isinstance(read, ProfileError):
        return Outcome(path, error=read)
    owner = library.owner(path)
    if owner is not None:
        return Outcome(path, read, library_file=owner)
    try:
        kept = library.store(read, origin=os.path.basename(path))
    except OSError as error:
        return Outcome(path, read, keep_error=error)
    return Outcome(path, read, kept)
