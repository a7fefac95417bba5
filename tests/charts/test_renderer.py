"""Share charts: one bar per row with the row's share, labels as given, static, in the colours asked for."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pytest
from pyqtgraph.functions import ndarray_from_qimage
from PySide6.QtGui import QColor, QImage

from qingdao_viewer.charts import (
    BAR_HEIGHT,
    EXPORT_HEIGHT,
    EXPORT_WIDTH,
    MAX_BARS,
    ChartColors,
    ChartRenderer,
    ChartSpec,
    axis_limit,
    bars_that_fit,
)
from qingdao_viewer.profile import load_profile
from qingdao_viewer.tables import Column, Kind, ProfileTables, Table, build_tables

COLORS = ChartColors(QColor("#ffffff"), QColor("#000000"), QColor("#2f6aad"), QColor("#505050"))


@pytest.fixture
def tables(embedded_path: Path) -> ProfileTables:
    return build_tables(load_profile(embedded_path))


@pytest.fixture
def renderer(qapp: object) -> ChartRenderer:
    return ChartRenderer()


def shares_table(rows: tuple[tuple[str, int], ...]) -> Table:
    return Table("t", "T", (Column("Name"), Column("Share", Kind.SHARE)), rows, chart=(0, 1))


def test_one_bar_per_row_with_its_share(renderer: ChartRenderer, tables: ProfileTables) -> None:
    renderer.draw(ChartSpec(tables.publishing_organizations), COLORS)
    bars = renderer.bars
    assert bars is not None
    assert list(bars.opts["width"]) == [16, 14, 14]
    assert list(bars.opts["y"]) == [2, 1, 0]  # first row on top
    assert bars.dataBounds(0) == (0, 16)
    assert bars.dataBounds(1) == (-BAR_HEIGHT / 2, 2 + BAR_HEIGHT / 2)
    assert [label.toPlainText() for label in renderer.name_labels] == [
        "QINGDAO UNIVERSITY",
        "OCEAN UNIVERSITY OF CHINA",
        "CHINA UNIVERSITY OF PETROLEUM",
    ]
    assert [label.toPlainText() for label in renderer.value_labels] == ["16%", "14%", "14%"]
    # Each name sits on its bar's top edge, each share at its bar's end, halfway up.
    assert [(label.pos().x(), label.pos().y()) for label in renderer.name_labels] == [(0, 2.25), (0, 1.25), (0, 0.25)]
    assert [(label.pos().x(), label.pos().y()) for label in renderer.value_labels] == [(16, 2), (14, 1), (14, 0)]
    assert renderer.plot.getViewBox().viewRange()[0] == [0, 30]  # room for the longest bar's label


def test_collaboration_chart_uses_the_full_percent_scale(renderer: ChartRenderer, tables: ProfileTables) -> None:
    renderer.draw(ChartSpec(tables.collaboration, full_scale=True), COLORS)
    assert renderer.bars is not None and list(renderer.bars.opts["width"]) == [2, 63]
    assert renderer.plot.getViewBox().viewRange()[0] == [0, 100]


def test_an_axis_can_hold_another_charts_shares(renderer: ChartRenderer, tables: ProfileTables) -> None:
    renderer.draw(ChartSpec(tables.patent_applicants, scale_with=(88, 5)), COLORS)
    assert renderer.plot.getViewBox().viewRange()[0] == [0, 100]
    renderer.draw(ChartSpec(tables.patent_applicants), COLORS)
    assert renderer.plot.getViewBox().viewRange()[0] == [0, 40]


def test_axis_leaves_room_for_the_longest_label() -> None:
    assert axis_limit([25, 10, 9], full_scale=False) == 40
    assert axis_limit([2], full_scale=False) == 10
    assert axis_limit([90], full_scale=False) == 100
    assert axis_limit([5], full_scale=True) == 100
    assert axis_limit([], full_scale=False) == 100


def test_bars_that_fit_keep_their_labels_apart() -> None:
    assert bars_that_fit(EXPORT_HEIGHT) == 12
    assert bars_that_fit(200) == bars_that_fit(0) == 3
    assert bars_that_fit(10_000) == MAX_BARS


def test_charts_are_static(renderer: ChartRenderer, tables: ProfileTables) -> None:
    renderer.draw(ChartSpec(tables.patent_applicants), COLORS)
    assert renderer.plot.getViewBox().state["mouseEnabled"] == [False, False]
    assert not renderer.plot.menuEnabled()


def test_labels_show_markup_literally(renderer: ChartRenderer) -> None:
    renderer.draw(ChartSpec(shares_table((("<b>R&D</b>", 40),))), COLORS)
    assert renderer.name_labels[0].toPlainText() == "<b>R&D</b>"


def test_many_rows_draw_the_top_and_say_how_many_are_left_out(renderer: ChartRenderer) -> None:
    table = shares_table(tuple((f"Applicant {index}", 1 if index else 5) for index in range(150)))
    fit = bars_that_fit(EXPORT_HEIGHT)
    renderer.draw(ChartSpec(table), COLORS, fit)
    assert renderer.bars is not None and len(renderer.bars.opts["width"]) == fit
    assert renderer.note == f"Top {fit} drawn; {150 - fit} more rows in the table"
    assert renderer.note in renderer.plot.titleLabel.text
    renderer.draw(ChartSpec(table), COLORS)  # MAX_BARS at most
    assert renderer.bars is not None and len(renderer.bars.opts["width"]) == MAX_BARS


def test_a_table_with_no_shares_draws_an_empty_axis(renderer: ChartRenderer) -> None:
    renderer.draw(ChartSpec(shares_table(())), COLORS)
    assert renderer.bars is None and renderer.name_labels == []
    assert renderer.plot.getViewBox().viewRange()[0] == [0, 100]
    assert renderer.render_image(300, 200).size().width() == 300


def test_chart_is_drawn_in_the_colours_given(renderer: ChartRenderer, tables: ProfileTables) -> None:
    dark = ChartColors(QColor("#101010"), QColor("#eeeeee"), QColor("#ff8800"), QColor("#999999"))
    renderer.draw(ChartSpec(tables.patent_applicants), dark)
    assert renderer.graphics.backgroundBrush().color().name() == "#101010"
    assert renderer.bars is not None and renderer.bars.opts["brush"].color().name() == "#ff8800"
    assert {label.color.name() for label in renderer.name_labels + renderer.value_labels} == {"#eeeeee"}
    assert renderer.plot.getAxis("bottom").textPen().color().name() == "#eeeeee"


def test_a_name_wider_than_the_plot_ends_in_an_ellipsis(renderer: ChartRenderer) -> None:
    long_name = " ".join(f"WORD{index:03d}" for index in range(60))
    renderer.draw(ChartSpec(shares_table(((long_name, 30), ("Short", 20)))), COLORS)
    renderer.render_image(400, 250)
    shown = renderer.name_labels[0]
    assert shown.toPlainText().endswith("…") and long_name.startswith(shown.toPlainText()[:-1])
    assert shown.mapRectToScene(shown.boundingRect()).right() <= renderer.plot.getViewBox().sceneBoundingRect().right()
    assert renderer.name_labels[1].toPlainText() == "Short"
    renderer.render_image(EXPORT_WIDTH * 8, 250)  # wide enough: the name in full again
    assert shown.toPlainText() == long_name


def test_exported_images_have_the_export_size_whatever_was_drawn_before(
    renderer: ChartRenderer, tables: ProfileTables
) -> None:
    renderer.draw(ChartSpec(tables.patent_applicants), COLORS)
    renderer.render_image(300, 200)
    image = renderer.export_image()
    assert (image.width(), image.height()) == (EXPORT_WIDTH, EXPORT_HEIGHT)
    assert renderer.png_bytes() == renderer.png_bytes()
    assert QImage.fromData(renderer.png_bytes()).size() == image.size()
    assert b'viewBox="0 0 1000 600"' in renderer.svg_bytes()
    # Title and credit only on exports: in the window the tab shows them.
    assert not renderer.plot.titleLabel.isVisible() and renderer.credit.text == ""


def ink_rows(image: QImage) -> set[int]:
    """The rows of an image with anything but the background (its corner's colour) in them."""
    converted = image.convertToFormat(QImage.Format.Format_RGB32)
    pixels = ndarray_from_qimage(converted).copy()  # a view of the image's memory, while it lives
    return {int(y) for y in np.nonzero((pixels != pixels[0, 0]).any(axis=(1, 2)))[0]}


def test_exported_png_and_svg_carry_the_title_and_the_credit(renderer: ChartRenderer, tables: ProfileTables) -> None:
    """The picture is the point: a PNG copied or saved alone still says what it shows and whose figures they are."""
    table = tables.patent_applicants
    renderer.draw(ChartSpec(table), COLORS)
    exported, plain = ink_rows(renderer.export_image()), ink_rows(renderer.render_image(EXPORT_WIDTH, EXPORT_HEIGHT))
    title_band, credit_band = set(range(60)), set(range(EXPORT_HEIGHT - 30, EXPORT_HEIGHT))
    assert exported & title_band and exported & credit_band
    assert not plain & title_band and not plain & credit_band
    svg = renderer.svg_bytes().decode("utf-8")
    drawn = re.findall(r">([^<>]+)</text>", svg)
    assert table.title in drawn and table.attribution in drawn and "CC BY 4.0" in table.attribution
    assert f"<title>{table.title}</title>" in svg


def test_svg_export_draws_the_same_chart_as_the_png(renderer: ChartRenderer, tables: ProfileTables) -> None:
    """The SVG, rendered, matches the PNG: text at 72 dpi once put the axis a third off its bars."""
    from PySide6.QtCore import QByteArray
    from PySide6.QtGui import QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer.draw(ChartSpec(tables.patent_applicants), COLORS)
    png = renderer.export_image().convertToFormat(QImage.Format.Format_ARGB32)
    svg = QImage(png.size(), QImage.Format.Format_ARGB32)
    svg.fill(QColor("white"))
    painter = QPainter(svg)
    QSvgRenderer(QByteArray(renderer.svg_bytes())).render(painter)
    painter.end()
    samples = differing = 0
    for y in range(0, png.height(), 2):
        for x in range(0, png.width(), 2):
            samples += 1
            differing += abs(QColor(png.pixel(x, y)).lightness() - QColor(svg.pixel(x, y)).lightness()) > 80
    # Anti-aliasing differs a little (0.6% here); the 72 dpi text differed on 1.4%.
    assert differing / samples < 0.01


def test_one_renderer_draws_many_charts_in_turn(renderer: ChartRenderer, tables: ProfileTables) -> None:
    renderer.draw(ChartSpec(tables.patent_applicants), COLORS)
    patents = renderer.png_bytes()
    renderer.draw(ChartSpec(tables.collaboration, full_scale=True), COLORS)
    assert renderer.bars is not None and list(renderer.bars.opts["width"]) == [2, 63]
    assert renderer.png_bytes() != patents
    renderer.draw(ChartSpec(tables.patent_applicants), COLORS)
    assert renderer.png_bytes() == patents
