"""Share charts: one bar per row with the row's share, labels as given, static, palette-aware."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QColor, QPalette
from pytestqt.qtbot import QtBot

from qingdao_viewer.profile import load_profile
from qingdao_viewer.tables import Column, Kind, Table, build_tables
from qingdao_viewer.ui.share_chart import MAX_BARS, ShareChart, axis_limit, bars_that_fit


def chart_for(qtbot: QtBot, table: Table, **options: bool) -> ShareChart:
    chart = ShareChart(table, **options)
    qtbot.addWidget(chart)
    return chart


def test_one_bar_per_row_with_its_share(qtbot: QtBot, embedded_path: Path) -> None:
    tables = build_tables(load_profile(embedded_path))
    chart = chart_for(qtbot, tables.publishing_organizations).drawn()
    assert chart.bars is not None
    assert list(chart.bars.opts["width"]) == [16, 14, 14]
    assert list(chart.bars.opts["y"]) == [2, 1, 0]  # first row on top
    assert [label.toPlainText() for label in chart.name_labels] == [
        "QINGDAO UNIVERSITY",
        "OCEAN UNIVERSITY OF CHINA",
        "CHINA UNIVERSITY OF PETROLEUM",
    ]
    assert [label.toPlainText() for label in chart.value_labels] == ["16%", "14%", "14%"]
    x_bounds = chart.bars.dataBounds(0)
    assert x_bounds == (0, 16)


def test_collaboration_chart_uses_the_full_percent_scale(qtbot: QtBot, embedded_path: Path) -> None:
    chart = chart_for(qtbot, build_tables(load_profile(embedded_path)).collaboration, full_scale=True).drawn()
    assert chart.bars is not None and list(chart.bars.opts["width"]) == [2, 63]
    assert chart.plot.getViewBox().viewRange()[0] == [0, 100]


def test_axis_leaves_room_for_the_longest_label() -> None:
    assert axis_limit([25, 10, 9], full_scale=False) == 40
    assert axis_limit([2], full_scale=False) == 10
    assert axis_limit([90], full_scale=False) == 100
    assert axis_limit([5], full_scale=True) == 100


def test_charts_are_static(qtbot: QtBot, embedded_path: Path) -> None:
    chart = chart_for(qtbot, build_tables(load_profile(embedded_path)).patent_applicants).drawn()
    state = chart.plot.getViewBox().state
    assert state["mouseEnabled"] == [False, False]
    assert not chart.plot.menuEnabled()


def test_labels_show_markup_literally(qtbot: QtBot) -> None:
    table = Table("t", "T", (Column("Name"), Column("Share", Kind.SHARE)), (("<b>R&D</b>", 40),), chart=(0, 1))
    chart = chart_for(qtbot, table)
    assert chart.drawn().name_labels[0].toPlainText() == "<b>R&D</b>"
    assert "R&D" in chart.accessibleDescription()


def test_many_rows_draw_the_top_and_say_how_many_are_left_out(qtbot: QtBot) -> None:
    rows = tuple((f"Applicant {index}", 1 if index else 5) for index in range(150))
    table = Table("big", "Big", (Column("Name"), Column("Share", Kind.SHARE)), rows, chart=(0, 1))
    chart = chart_for(qtbot, table)
    drawn = chart.drawn()  # as exported: 600 pixels high
    fit = bars_that_fit(600)
    assert drawn.bars is not None and len(drawn.bars.opts["width"]) == fit <= MAX_BARS
    assert chart.left_out == 150 - fit
    assert f"{150 - fit} more rows" in drawn.plot.titleLabel.text
    small = chart.drawn(height=200)  # a small window draws fewer, labels apart
    assert small.bars is not None and len(small.bars.opts["width"]) == bars_that_fit(200) == 3
    assert "147 more rows" in small.plot.titleLabel.text


def test_chart_follows_the_palette(qtbot: QtBot, embedded_path: Path) -> None:
    chart = chart_for(qtbot, build_tables(load_profile(embedded_path)).patent_applicants)
    palette = QPalette(chart.palette())
    palette.setColor(QPalette.ColorRole.Base, QColor("#101010"))
    palette.setColor(QPalette.ColorRole.Highlight, QColor("#ff8800"))
    chart.setPalette(palette)
    drawn = chart.drawn()
    assert drawn.graphics.backgroundBrush().color().name() == "#101010"
    assert drawn.bars is not None and drawn.bars.opts["brush"].color().name() == "#ff8800"
    image = chart.render_image(200, 100)
    assert image.pixelColor(2, 2).name() == "#101010"


def test_exported_images_have_the_export_size_whatever_the_widget(qtbot: QtBot, embedded_path: Path) -> None:
    chart = chart_for(qtbot, build_tables(load_profile(embedded_path)).patent_applicants)
    chart.resize(300, 200)
    image = chart.image()
    assert (image.width(), image.height()) == (1000, 600)
    assert chart.png_bytes() == chart.png_bytes()
    svg = chart.svg_bytes()
    assert b'viewBox="0 0 1000 600"' in svg and b"CC BY 4.0" in svg
    drawn = chart.drawn()
    assert not drawn.plot.titleLabel.isVisible() and drawn.credit.text == ""  # only on exported images


def test_charts_of_a_window_share_one_renderer_and_draw_their_own_data(qtbot: QtBot, embedded_path: Path) -> None:
    from PySide6.QtWidgets import QWidget

    from qingdao_viewer.ui.share_chart import ChartRenderer

    owner = QWidget()
    qtbot.addWidget(owner)
    renderer = ChartRenderer(owner)
    tables = build_tables(load_profile(embedded_path))
    patents = ShareChart(tables.patent_applicants, renderer=renderer, parent=owner)
    collaboration = ShareChart(tables.collaboration, full_scale=True, renderer=renderer, parent=owner)
    assert list(patents.drawn().bars.opts["width"]) == [25, 10, 9]  # type: ignore[union-attr]
    assert list(collaboration.drawn().bars.opts["width"]) == [2, 63]  # type: ignore[union-attr]
    assert patents.png_bytes() != collaboration.png_bytes()


def test_a_resize_shows_the_scaled_image_then_redraws_once_settled(qtbot: QtBot, embedded_path: Path) -> None:
    chart = chart_for(qtbot, build_tables(load_profile(embedded_path)).patent_applicants)
    chart.resize(600, 300)
    chart.show()
    qtbot.waitExposed(chart)
    qtbot.waitUntil(lambda: chart.canvas.image is not None)
    renders = chart.canvas.renders
    chart.resize(700, 350)
    qtbot.waitUntil(lambda: chart.canvas.renders == renders + 1, timeout=2000)
    assert chart.canvas.image is not None
    assert chart.canvas.image.width() == round(chart.canvas.width() * chart.canvas.devicePixelRatioF())


def test_svg_export_draws_the_same_chart_as_the_png(qtbot: QtBot, embedded_path: Path) -> None:
    """The SVG, rendered, matches the PNG: text at 72 dpi once put the axis a third off its bars."""
    from PySide6.QtCore import QByteArray
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    from qingdao_viewer.profile import load_profile
    from qingdao_viewer.tables import build_tables

    chart = ShareChart(build_tables(load_profile(embedded_path)).patent_applicants)
    qtbot.addWidget(chart)
    png = chart.image().convertToFormat(QImage.Format.Format_ARGB32)
    svg = QImage(png.size(), QImage.Format.Format_ARGB32)
    svg.fill(QColor("white"))
    painter = QPainter(svg)
    QSvgRenderer(QByteArray(chart.svg_bytes())).render(painter)
    painter.end()
    samples = differing = 0
    for y in range(0, png.height(), 2):
        for x in range(0, png.width(), 2):
            samples += 1
            differing += abs(QColor(png.pixel(x, y)).lightness() - QColor(svg.pixel(x, y)).lightness()) > 80
    # Anti-aliasing differs a little (0.6% here); the 72 dpi text differed on 1.4%.
    assert differing / samples < 0.01
