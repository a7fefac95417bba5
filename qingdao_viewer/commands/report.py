"""`--report OUT.pdf [PROFILE] [--lang CODE]`: the PDF report of a profile, with no window."""

from __future__ import annotations

import sys
from pathlib import Path

from qingdao_viewer.commands.headless import load_for_command, start_headless_qt
from qingdao_viewer.commands.status import EXIT_BAD_INPUT, EXIT_OK
from qingdao_viewer.files import write_atomically
from qingdao_viewer.tables import build_tables


def report_command(out: Path, profile_path: str | None, language: str | None = None) -> int:
    """Run `--report OUT.pdf [PROFILE]`: load first, so a bad profile writes nothing, not even a folder.

    The report is in English unless ``language`` (``--lang``) asks for another.
    """
    profile = load_for_command(profile_path)
    if profile is None:
        return EXIT_BAD_INPUT
    start_headless_qt()
    if language is not None:
        from qingdao_viewer.language import apply_language

        apply_language(language)
    from qingdao_viewer.report.pdf_report import report_pdf_bytes  # Qt's PDF writer

    tables = build_tables(profile)
    data = report_pdf_bytes(profile, tables)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(out, data)
    except OSError as error:
        print(f"{out}: cannot write: {error.strerror or error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    print(out)
    return EXIT_OK
