"""`--export DIR [PROFILE ...]`: every table as CSV, the workbook, every chart as PNG and SVG, and datapackage.json.

Like most command-line tools it does not ask: files of the same names (the same cluster and
edition's earlier export) are replaced, and it says how many on standard error; every other
file in DIR stays, and DIR's datapackage.json goes on listing the CSV files of other clusters
exported there before, beside this export's.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from qingdao_viewer.commands.headless import load_for_command, signals_end_command, start_headless_qt
from qingdao_viewer.commands.status import EXIT_BAD_INPUT, EXIT_OK
from qingdao_viewer.export.datapackage import files_to_replace, read_earlier
from qingdao_viewer.export.plan import DESCRIPTOR, Edition, plan_export
from qingdao_viewer.tables import build_tables
from qingdao_viewer.tables.comparison import build_comparison

if TYPE_CHECKING:
    from qingdao_viewer.charts import ImageSize


def export_command(folder: Path, profile_paths: Sequence[str] | str | None, png_size: ImageSize | None = None) -> int:
    """Run `--export`: load first, so a bad profile writes nothing, not even the folder.

    One PROFILE (default: the embedded one) writes its files; several (2 to 10) write each
    one's and the comparison tables of them all, the first compared with the others, as the
    window's Export all does in compare mode.

    All or nothing (``export.folder``): a file that cannot be written (read-only, a folder of
    that name) is named on stderr with status 2, and every file of an earlier export stays as
    it was; so it does when SIGTERM or SIGINT ends the export (status 143 or 130).
    """
    paths: list[str | None] = [profile_paths] if profile_paths is None or isinstance(profile_paths, str) else []
    paths = paths or list(profile_paths or [])
    editions = []
    for path in paths:
        profile = load_for_command(path)
        if profile is None:  # its reason, naming the file and line, is on stderr
            return EXIT_BAD_INPUT
        editions.append(Edition(profile, build_tables(profile)))
    comparison = build_comparison([edition.profile for edition in editions]) if len(editions) > 1 else None
    with signals_end_command():
        start_headless_qt()
        from qingdao_viewer.export.folder import export_folder  # its charts import Qt

        try:
            folder.mkdir(parents=True, exist_ok=True)
            replaced = files_to_replace(plan_export(editions, comparison), folder)
            written = export_folder(editions, folder, comparison, png_size=png_size)
        except OSError as error:
            where = error.filename or folder
            print(f"{where}: cannot write: {error.strerror or error}", file=sys.stderr)
            return EXIT_BAD_INPUT
    for file in written:
        print(file)
    if replaced:
        print(f"replaced {len(replaced)} files of the same names that were in {folder}", file=sys.stderr)
    csv_files = sum(1 for file in written if file.suffix == ".csv")
    listed = len(read_earlier(folder).resources or [])
    if listed > csv_files:
        print(
            f"{folder / DESCRIPTOR} lists {listed} files: these {csv_files} CSV files and {listed - csv_files} "
            "that were there before",
            file=sys.stderr,
        )
    return EXIT_OK
