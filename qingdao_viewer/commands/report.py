"""`--report OUT.pdf [PROFILE] [--lang CODE]`: the PDF report of a profile, with no window."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from qingdao_viewer.commands.headless import load_for_command, signals_end_command, start_headless_qt
from qingdao_viewer.commands.status import EXIT_BAD_INPUT, EXIT_OK
from qingdao_viewer.files import writable_target, write_atomically
from qingdao_viewer.tables import build_tables


def report_command(out: str | os.PathLike[str], profile_path: str | None, language: str | None = None) -> int:
    """Run `--report OUT.pdf [PROFILE]`: load first, so a bad profile writes nothing, not even a folder.

    The report is in English unless ``language`` (``--lang``) asks for another. OUT is checked
    before the report is made: a folder (or a name ending in ``/``), a device, a read-only file
    is refused with status 2 and a message naming it. SIGTERM or SIGINT while it runs leave no
    file behind (status 143 or 130).
    """
    profile = load_for_command(profile_path)
    if profile is None:
        return EXIT_BAD_INPUT
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

        tables = build_tables(profile)
        data = report_pdf_bytes(profile, tables)
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
