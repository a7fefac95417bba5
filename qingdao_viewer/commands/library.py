"""`--import PATH...` (files or folders) and `--library`: keep profiles in the library, and list what it holds (no Qt).

The library folder is library.py's (the one QStandardPaths gives the window), so what the
command line keeps the window lists, and the other way round.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

from qingdao_viewer.commands.status import EXIT_BAD_INPUT, EXIT_OK
from qingdao_viewer.importing import Outcome, import_job
from qingdao_viewer.library import KeepStatus, ProfileLibrary, default_library, problem_summary
from qingdao_viewer.steps import run_steps

_SAID = {
    KeepStatus.ADDED: "kept as {path}",
    KeepStatus.REPLACED: "kept as {path}, in place of the earlier copy of that cluster and edition",
    KeepStatus.UNCHANGED: "already kept as {path}",
}


def import_command(paths: Sequence[str], library: ProfileLibrary | None = None) -> int:
    """Keep each profile (YAML or profile text; a folder: its profile files); one line each on stdout.

    A profile that cannot be read (``PATH:LINE: message``) or kept (``PATH: cannot be kept in
    FOLDER: reason``), or a folder that cannot be listed, is said on stderr and makes the status
    2; the others are kept all the same.
    """
    library = library if library is not None else default_library()
    report = run_steps(import_job(library, paths))
    status = EXIT_OK
    for problem in report.problems:
        print(problem, file=sys.stderr)
        status = EXIT_BAD_INPUT
    for outcome in report.outcomes:
        line, refused = _said(outcome, library)
        print(line, file=sys.stderr if refused else sys.stdout)
        status = EXIT_BAD_INPUT if refused else status
    if report.skipped:
        print(f"{report.skipped} files in the folders given are not named as profiles (.yaml, .yml, .txt): skipped")
    return status


def _said(outcome: Outcome, library: ProfileLibrary) -> tuple[str, bool]:
    """What to say of one file, and whether it was refused."""
    path = outcome.path
    if outcome.error is not None:
        return str(outcome.error), True
    if outcome.keep_error is not None:
        error = outcome.keep_error
        return f"{path}: cannot be kept in {library.kept}: {error.strerror or error}", True
    if outcome.library_file is not None:
        if outcome.library_file == "shipped":
            return f"{path}: shipped with the app: nothing to keep", False
        return f"{path}: already kept as {os.path.realpath(path)}", False
    assert outcome.kept is not None
    return f"{path}: {_SAID[outcome.kept.status].format(path=outcome.kept.path)}", False


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
