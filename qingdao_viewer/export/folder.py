"""Every table of an export as CSV, the workbook, every chart as PNG and SVG, and datapackage.json, into a folder.

The files are those of ``plan.plan_export``, each named for its cluster and edition; files
of the same names are replaced, every other file in the folder stays, and ``datapackage.json``
lists this export's CSV files beside those an earlier export there listed.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from qingdao_viewer.export.csv_text import table_csv_bytes
from qingdao_viewer.export.datapackage import descriptor_bytes, folder_descriptor, read_earlier
from qingdao_viewer.export.plan import DESCRIPTOR, Edition, plan_export
from qingdao_viewer.export.workbook import workbook_bytes
from qingdao_viewer.files import remove_stale_parts, write_atomically
from qingdao_viewer.tables.comparison import ComparisonTables

if TYPE_CHECKING:
    from qingdao_viewer.charts import ImageSize


def export_folder(
    editions: Sequence[Edition],
    folder: Path,
    comparison: ComparisonTables | None = None,
    png_size: ImageSize | None = None,
) -> list[Path]:
    """Write the files into folder (which must exist); return their paths in the order written.

    ``editions`` are the clusters' editions to export, the one shown first; ``comparison`` adds
    the tables comparing them; ``png_size`` is the PNG charts' size and pixel ratio (the SVG
    drawings keep the export size). Needs a QApplication for the charts, drawn in the
    application's colours. The same tables into a folder without a descriptor always give
    the same bytes.
    """
    # Here, not at the top: the commands read their profile with this module before any Qt.
    from PySide6.QtGui import QGuiApplication

    from qingdao_viewer.charts import EXPORT_HEIGHT, ChartColors, ChartRenderer, ChartSpec, ImageSize, bars_that_fit

    remove_stale_parts(folder)
    plan = plan_export(editions, comparison)
    earlier = read_earlier(folder)  # before anything is written over it
    written = []
    for file in plan.tables:
        path = folder / file.name
        write_atomically(path, table_csv_bytes(file.table))
        written.append(path)
    workbook = folder / plan.workbook_name
    write_atomically(workbook, workbook_bytes(plan.workbook))
    written.append(workbook)
    size = png_size or ImageSize()
    renderer = ChartRenderer()  # one scene draws every chart
    colors = ChartColors.of(QGuiApplication.palette())
    for chart in plan.charts:
        spec = ChartSpec(chart.table, full_scale=chart.full_scale)
        renderer.draw(spec, colors, bars_that_fit(size.height))
        write_atomically(folder / chart.png, renderer.png_bytes(*size))
        renderer.draw(spec, colors, bars_that_fit(EXPORT_HEIGHT))  # the SVG keeps the export size
        write_atomically(folder / chart.svg, renderer.svg_bytes())
        written += [folder / chart.png, folder / chart.svg]
    descriptor = folder / DESCRIPTOR
    write_atomically(descriptor, descriptor_bytes(folder_descriptor(plan.tables, folder, earlier)))
    written.append(descriptor)
    return written
