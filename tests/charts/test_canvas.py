"""The plain chart widget: the renderer's image at the widget's size, in its palette, kept until redrawn."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtGui import QColor, QPalette
from pytestqt.qtbot import QtBot

from qingdao_viewer.charts import ChartCanvas, ChartRenderer, ChartSpec, bars_that_fit
from qingdao_viewer.profile import load_profile
from qingdao_viewer.tables import build_tables


def canvas_for(qtbot: QtBot, embedded_path: Path) -> ChartCanvas:
    tables = build_tables(load_profile(embedded_path))
    canvas = ChartCanvas(ChartRenderer(), ChartSpec(tables.patent_applicants))
    qtbot.addWidget(canvas)
    return canvas


def test_first_paint_draws_the_chart_at_the_widgets_size(qtbot: QtBot, embedded_path: Path) -> None:
    canvas = canvas_for(qtbot, embedded_path)
    canvas.resize(500, 260)
    assert canvas.image is None
    canvas.show()
    qtbot.waitExposed(canvas)
    qtbot.waitUntil(lambda: canvas.image is not None)
    assert canvas.image is not None
    ratio = canvas.devicePixelRatioF()
    assert (canvas.image.width(), canvas.image.height()) == (round(500 * ratio), round(260 * ratio))
    assert canvas.renderer.graphics.ci.geometry().size().toTuple() == (500, 260)  # laid out at its size


def test_as_many_bars_as_its_height_holds(qtbot: QtBot, embedded_path: Path) -> None:
    canvas = canvas_for(qtbot, embedded_path)
    rows = tuple((rank, f"APPLICANT {rank}", 10, 2) for rank in range(1, 41))
    canvas.set_spec(ChartSpec(replace(canvas.spec.table, rows=rows)))
    for height in (200, 500, 2000):
        bars = canvas.drawn(height).bars
        assert bars is not None and len(bars.opts["width"]) == bars_that_fit(height)


def test_new_data_or_colours_are_drawn_at_the_next_paint(qtbot: QtBot, embedded_path: Path) -> None:
    canvas = canvas_for(qtbot, embedded_path)
    canvas.resize(400, 250)
    canvas.redraw()
    assert canvas.image is not None
    palette = QPalette(canvas.palette())
    palette.setColor(QPalette.ColorRole.Base, QColor("#101010"))
    canvas.setPalette(palette)
    canvas.invalidate()
    assert canvas.image is None
    canvas.redraw()
    assert canvas.image is not None and canvas.image.pixelColor(2, 2).name() == "#101010"
    tables = build_tables(load_profile(embedded_path))
    canvas.set_spec(ChartSpec(tables.collaboration, full_scale=True))
    assert canvas.image is None
    assert list(canvas.drawn(250).bars.opts["width"]) == [2, 63]  # type: ignore[union-attr]


def test_a_resize_keeps_the_old_image_until_redrawn(qtbot: QtBot, embedded_path: Path) -> None:
    canvas = canvas_for(qtbot, embedded_path)
    canvas.resize(400, 250)
    canvas.redraw()
    old = canvas.image
    canvas.resize(600, 300)
    canvas.repaint()
    assert canvas.image is old  # shown scaled: the canvas leaves when to redraw to its owner
    canvas.redraw()
    assert canvas.image is not None and canvas.image.width() == round(600 * canvas.devicePixelRatioF())
