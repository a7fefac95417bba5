"""Every table of a profile as CSV and every chart as PNG and SVG, into one folder."""

from __future__ import annotations

from pathlib import Path

from qingdao_viewer.export.csv_text import table_csv
from qingdao_viewer.files import remove_stale_parts, write_atomically
from qingdao_viewer.tables import ProfileTables


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
