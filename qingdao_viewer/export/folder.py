"""`--export DIR`: every table as CSV and every chart as PNG and SVG, with no window."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from qingdao_viewer.export.csv_text import table_csv
from qingdao_viewer.files import remove_stale_parts, write_atomically
from qingdao_viewer.package_data import embedded_profile_path
from qingdao_viewer.profile import ClusterProfile, ProfileError, load_profile
from qingdao_viewer.tables import ProfileTables, build_tables

EXIT_OK, EXIT_UNEXPECTED, EXIT_BAD_INPUT = 0, 1, 2


def export_tables(tables: ProfileTables, folder: Path) -> list[Path]:
    """Write the files into folder (which must exist); return their paths in order written.

    Needs a QApplication for the charts. The same tables always give the same bytes.
    """
    from PySide6.QtWidgets import QWidget

    from qingdao_viewer.ui.share_chart import ChartRenderer, ShareChart

    remove_stale_parts(folder)
    written = []
    for table in tables.all:
        path = folder / f"{table.name}.csv"
        write_atomically(path, table_csv(table).encode("utf-8"))
        written.append(path)
    owner = QWidget()  # holds the one renderer every chart is drawn by
    try:
        renderer = ChartRenderer(owner)
        for table in tables.all:
            if table.chart is None or not table.rows:
                continue
            chart = ShareChart(table, full_scale=table is tables.collaboration, renderer=renderer, parent=owner)
            png = folder / f"{table.name}.png"
            write_atomically(png, chart.png_bytes())
            svg = folder / f"{table.name}.svg"
            write_atomically(svg, chart.svg_bytes())
            written += [png, svg]
    finally:
        owner.deleteLater()
    return written


def load_for_command(profile_path: str | None) -> ClusterProfile | None:
    """The profile a command works on (default: the embedded one); None, with the reason on stderr, if bad."""
    try:
        return load_profile(profile_path or str(embedded_profile_path()))
    except ProfileError as error:
        print(error, file=sys.stderr)
        return None


def start_headless_qt() -> None:
    """A QApplication on the offscreen platform: no display is needed or used, whatever the environment says."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        global _HEADLESS_APP
        _HEADLESS_APP = QApplication([sys.argv[0] if sys.argv else "qingdao-viewer"])


_HEADLESS_APP: object = None  # kept referenced for the command's lifetime


def export_command(folder: Path, profile_path: str | None) -> int:
    """Run `--export`: load first, so a bad profile writes nothing, not even the folder."""
    profile = load_for_command(profile_path)
    if profile is None:
        return EXIT_BAD_INPUT
    tables = build_tables(profile)
    start_headless_qt()
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
