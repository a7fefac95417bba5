"""Every table of an export as CSV, the workbook, every chart as PNG and SVG, and datapackage.json, into a folder.

The files are those of ``plan.plan_export``, each named for its cluster and edition; files
of the same names are replaced, every other file in the folder stays, and ``datapackage.json``
lists this export's CSV files beside those an earlier export there listed.

All or nothing: every file is written to its temporary file first (``files.StagedFiles``),
and only when all are written are they renamed over their names, one after another. A failure
or a cancel before that removes the temporary files and leaves every file of an earlier export
as it was; only a rename itself failing (rare) could leave some files new and the rest old.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from qingdao_viewer.export.csv_text import table_csv_bytes
from qingdao_viewer.export.datapackage import descriptor_bytes, folder_descriptor, read_earlier
from qingdao_viewer.export.plan import DESCRIPTOR, Edition, ExportPlan, plan_export
from qingdao_viewer.export.workbook import workbook_bytes
from qingdao_viewer.files import StagedFiles, remove_stale_parts
from qingdao_viewer.steps import Offload, Progress, Steps, received, run_steps
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
    the same bytes. Raises OSError naming the file that could not be written; then no file was.
    """
    return run_steps(export_steps(editions, folder, comparison, png_size))


def export_steps(
    editions: Sequence[Edition],
    folder: Path,
    comparison: ComparisonTables | None = None,
    png_size: ImageSize | None = None,
) -> Steps[list[Path]]:
    """``export_folder`` in steps: a file each (its bytes made with no Qt are offloaded), then the renames.

    Closed before its end (Cancel), it removes the temporary files it wrote: no file has changed.
    """
    return plan_steps(plan_export(editions, comparison), folder, png_size)


def plan_steps(plan: ExportPlan, folder: Path, png_size: ImageSize | None = None) -> Steps[list[Path]]:
    """Write a plan's files into folder in steps, all or nothing: its CSV files, workbook and charts, the descriptor.

    A plan of tables alone (the library's: no workbook, no charts) writes its CSV files and the
    data package that describes them, joined to the folder's as every export's is.
    """
    remove_stale_parts(folder)
    earlier = read_earlier(folder)  # before anything is written over it
    total = len(plan.names)
    written: list[Path] = []
    with StagedFiles() as staged:

        def stage(name: str, data: bytes) -> Progress:
            staged.add(folder / name, data)
            written.append(folder / name)
            return Progress(len(written), total)

        for file in plan.tables:
            yield stage(file.name, received((yield Offload(partial(table_csv_bytes, file.table))), bytes))
        if plan.workbook_name:
            yield stage(plan.workbook_name, received((yield Offload(partial(workbook_bytes, plan.workbook))), bytes))
        if plan.charts:
            yield from _chart_steps(plan, stage, png_size)

        def descriptor() -> bytes:
            return descriptor_bytes(folder_descriptor(plan.tables, folder, earlier))

        yield stage(DESCRIPTOR, received((yield Offload(descriptor)), bytes))
        staged.commit()
    return written


def _chart_steps(plan: ExportPlan, stage: Callable[[str, bytes], Progress], png_size: ImageSize | None) -> Steps[None]:
    """Every chart of the plan as PNG and SVG, a file a step (drawn with Qt, on the application's thread)."""
    # Here, not at the top: the commands read their profile with this module before any Qt.
    from PySide6.QtGui import QGuiApplication

    from qingdao_viewer.charts import EXPORT_HEIGHT, ChartColors, ChartRenderer, ChartSpec, ImageSize, bars_that_fit

    size = png_size or ImageSize()
    renderer = ChartRenderer()  # one scene draws every chart
    colors = ChartColors.of(QGuiApplication.palette())
    for chart in plan.charts:
        spec = ChartSpec(chart.table, full_scale=chart.full_scale)
        renderer.draw(spec, colors, bars_that_fit(size.height))
        yield stage(chart.png, renderer.png_bytes(*size))
        renderer.draw(spec, colors, bars_that_fit(EXPORT_HEIGHT))  # the SVG keeps the export size
        yield stage(chart.svg, renderer.svg_bytes())
