"""`--export DIR [PROFILE]`: every table as CSV and every chart as PNG and SVG, with no window."""

from __future__ import annotations

import sys
from pathlib import Path

from qingdao_viewer.commands.headless import load_for_command, start_headless_qt
from qingdao_viewer.commands.status import EXIT_BAD_INPUT, EXIT_OK
from qingdao_viewer.tables import build_tables


def export_command(folder: Path, profile_path: str | None) -> int:
    """Run `--export`: load first, so a bad profile writes nothing, not even the folder."""
    profile = load_for_command(profile_path)
    if profile is None:
        return EXIT_BAD_INPUT
    tables = build_tables(profile)
    start_headless_qt()
    from qingdao_viewer.export.folder import export_tables  # its charts import Qt

    try:
        folder.mkdir(parents=True, exist_ok=True)
        written = export_tables(tables, folder)
    except OSError as error:
        where = error.filename or folder
        print(f"{where}: cannot write: {error.strerror or error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    for file in written:
        print(file)
    return EXIT_OK
