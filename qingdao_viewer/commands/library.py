"""`--import PATH...` and `--library`: keep profiles in the library, and list what it holds (no Qt).

The library folder is library.py's (the one QStandardPaths gives the window), so what the
command line keeps the window lists, and the other way round.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

from qingdao_viewer.commands.status import EXIT_BAD_INPUT, EXIT_OK
from qingdao_viewer.library import KeepStatus, ProfileLibrary, default_library, problem_summary
from qingdao_viewer.profile import ProfileError, load_profile

_SAID = {
    KeepStatus.ADDED: "kept as {path}",
    KeepStatus.REPLACED: "kept as {path}, in place of the earlier copy of that cluster and edition",
    KeepStatus.UNCHANGED: "already kept as {path}",
}


def import_command(paths: Sequence[str], library: ProfileLibrary | None = None) -> int:
    """Keep each profile (YAML or profile text); one line each on stdout, each refusal on stderr.

    A profile that cannot be read (``PATH:LINE: message``) or kept (``PATH: cannot be kept in
    FOLDER: reason``) makes the status 2; the others are kept all the same.
    """
    library = library if library is not None else default_library()
    status = EXIT_OK
    for path in paths:
        try:
            profile = load_profile(path)
        except ProfileError as error:
            print(error, file=sys.stderr)
            status = EXIT_BAD_INPUT
            continue
        owner = library.owner(path)
        if owner is not None:  # a file of the library itself
            said = "shipped with the app: nothing to keep" if owner == "shipped" else "already kept as {path}"
            print(f"{path}: {said.format(path=os.path.realpath(path))}")
            continue
        try:
            kept = library.store(profile, origin=_origin(path))
        except OSError as error:
            print(f"{path}: cannot be kept in {library.kept}: {error.strerror or error}", file=sys.stderr)
            status = EXIT_BAD_INPUT
            continue
        print(f"{path}: {_SAID[kept.status].format(path=kept.path)}")
    return status


def _origin(path: str) -> str:
    return os.path.basename(path)


def library_command(library: ProfileLibrary | None = None) -> int:
    """List the library, one line each: ``CLUSTER, ECONOMY<TAB>GII YEAR<TAB>shipped|kept<TAB>FILE``.

    Files that cannot be read are summed up in one line on stderr; the status is 0 all the same.
    """
    library = library if library is not None else default_library()
    listing = library.listing()
    for entry in listing.entries:
        kind = "shipped" if entry.shipped else "kept"
        print(f"{entry.cluster}, {entry.economy}\tGII {entry.year}\t{kind}\t{entry.path}")
    summary = problem_summary(listing.problems)
    if summary is not None:
        print(summary, file=sys.stderr)
    return EXIT_OK
