"""`--report OUT.pdf [PROFILE ...] [--lang CODE]`: the PDF report of a profile, or of several compared; no window."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path

from qingdao_viewer.commands.headless import load_for_command, signals_end_command, start_headless_qt
from qingdao_viewer.commands.status import EXIT_BAD_INPUT, EXIT_OK
from qingdao_viewer.files import writable_target, write_atomically
from qingdao_viewer.tables import build_tables
from qingdao_viewer.tables.comparison import build_comparison


def report_command(
    out: str | os.PathLike[str], profile_paths: Sequence[str] | str | None, language: str | None = None
) -> int:
    """Run `--report OUT.pdf [PROFILE ...]`: load first, so a bad profile writes nothing, not even a folder.

    One PROFILE (default: the embedded one) gives its report; several (2 to 10) give the first
    compared with the others, as the window's compare mode shows them. The report is in English unless
    ``language`` (``--lang``) asks for another. OUT is checked before the report is made: a
    folder (or a name ending in ``/``), a device, a read-only file is refused with status 2 and a
    message naming it. SIGTERM or SIGINT while it runs leave no file behind (status 143 or 130).
    """
    paths: list[str | None] = [None]
    if isinstance(profile_paths, str):
        paths = [profile_paths]
    elif profile_paths:
        paths = list(profile_paths)
    profiles = []
    for path in paths:
        profile = load_for_command(path)
        if profile is None:  # its reason, naming the file and line, is on stderr
            return EXIT_BAD_INPUT
        profiles.append(profile)
    with signals_end_command():
        try:
            writable_target(out)
        except OSError as error:
            return _cannot_write(out, error)
        start_headless_qt()
        if language is not None:
            from qingdao_viewer.language import apply_language

            apply_language(language)
        from qingdao_viewer.report.pdf_report import report_pdf_bytes  # Qt's PDF writer

        first, *others = profiles
        compared = [(other, build_tables(other)) for other in others]
        comparison = build_comparison(profiles) if others else None
        data = report_pdf_bytes(first, build_tables(first), compared, comparison)
        try:
            Path(out).parent.mkdir(parents=True, exist_ok=True)
            write_atomically(out, data)
        except OSError as error:
            return _cannot_write(out, error)
    print(os.fspath(out))
    return EXIT_OK


def _cannot_write(out: str | os.PathLike[str], error: OSError) -> int:
    print(f"{os.fspath(out)}: cannot write: {error.strerror or error}", file=sys.stderr)
    return EXIT_BAD_INPUT
