"""Every table of a profile as CSV and every chart as PNG and SVG, into one folder."""

from __future__ import annotations

from pathlib import Path

from qingdao_viewer.export.csv_text import table_csv
from qingdao_viewer.files import remove_stale_parts, write_atomically
from qingdao_viewer.tables import ProfileTables


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
