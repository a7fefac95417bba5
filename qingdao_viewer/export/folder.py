"""`--export DIR`: every table as CSV and every chart as PNG and SVG, with no window."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from qingdao_viewer.export.csv_text import table_csv
from qingdao_viewer.export.files import remove_stale_parts, write_atomically
from qingdao_viewer.package_data import embedded_profile_path
from qingdao_viewer.profile import ClusterProfile, ProfileError, load_profile
from qingdao_viewer.tables import ProfileTables, build_tables

EXIT_OK, EXIT_UNEXPECTED, EXIT_BAD_INPUT = 0, 1, 2


def export_tables(tables: ProfileTables, folder: Path) -> list[Path]:
    """Write the files into folder (which must exist); return their paths in order written.

    Needs a QApplication for the charts, drawn in the application's colours. The same tables
    always give the same bytes.
    """
    # Here, not at the top: the commands read their profile with this module before any Qt.
    from PySide6.QtGui import QGuiApplication

    from qingdao_viewer.charts import EXPORT_HEIGHT, ChartColors, ChartRenderer, ChartSpec, bars_that_fit

    remove_stale_parts(folder)
    written = []
    for table in tables.all:
        path = folder / f"{table.name}.csv"
        write_atomically(path, table_csv(table).encode("utf-8"))
        written.append(path)
    renderer = ChartRenderer()  # one scene draws every chart
    colors = ChartColors.of(QGuiApplication.palette())
    for table in tables.all:
        if table.chart is None or not table.rows:
            continue
        renderer.draw(ChartSpec(table, full_scale=table is tables.collaboration), colors, bars_that_fit(EXPORT_HEIGHT))
        png = folder / f"{table.name}.png"
        write_atomically(png, renderer.png_bytes())
        svg = folder / f"{table.name}.svg"
        write_atomically(svg, renderer.svg_bytes())
        written += [png, svg]
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
