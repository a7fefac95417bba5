"""Share charts: one bar per row with the row's share, labels as given, static, in the colours asked for."""

from __future__ import annotations

import math
import re
import xml.etree.ElementTree as ET
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from pyqtgraph.functions import ndarray_from_qimage
from PySide6.QtCore import QRect, QRectF
from PySide6.QtGui import QColor, QImage

from qingdao_viewer.charts import (
    BAR_HEIGHT,
    EXPORT_HEIGHT,
    EXPORT_WIDTH,
    MAX_BARS,
    MAX_RATIO,
    MAX_SIDE,
    MIN_RATIO,
    MIN_SIDE,
    ChartColors,
    ChartRenderer,
    ChartSpec,
    ImageSize,
    ImageSizeError,
    axis_limit,
    bars_that_fit,
    chart_title,
)
from qingdao_viewer.charts.renderer import font_fallbacks
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
    # In the window the tab shows both: no title above the plot, and no credit's row below it
    # (the axis' label reaches the chart's foot, which the credit's band takes when exported).
    assert not plain & title_band
    assert not renderer.credit.isVisible() and renderer.credit.geometry().height() == 0
    svg = renderer.svg_bytes().decode("utf-8")
    drawn = re.findall(r">([^<>]+)</text>", svg)
    title = "Top PCT applicants — Qingdao, China, GII 2024"
    assert title in drawn and table.attribution in drawn and "CC BY 4.0" in table.attribution
    assert f"<title>{title}</title>" in svg


def test_an_exported_charts_title_names_the_cluster_and_edition(renderer: ChartRenderer, tables: ProfileTables) -> None:
    renderer.draw(ChartSpec(tables.publishing_organizations), COLORS)
    renderer.export_image()
    assert chart_title(tables.publishing_organizations) == "Top publishing organizations — Qingdao, China, GII 2024"
    with renderer._laid_out(EXPORT_WIDTH, EXPORT_HEIGHT, titled=True):
        assert renderer.plot.titleLabel.text == "Top publishing organizations — Qingdao, China, GII 2024"
    assert not renderer.plot.titleLabel.isVisible()  # in the window: no title, the tab shows it
    # A comparison's table holds several clusters' figures: its own title says whose.
    both = replace(tables.collaboration, title="Collaboration: Qingdao, China and Nordhavn", subject=None)
    assert chart_title(both) == "Collaboration: Qingdao, China and Nordhavn"
    renderer.draw(ChartSpec(both, full_scale=True), COLORS)
    assert "<title>Collaboration: Qingdao, China and Nordhavn</title>" in renderer.svg_bytes().decode("utf-8")


def test_the_title_follows_the_language_shown(qapp: object, embedded_path: Path) -> None:
    """In Chinese the cluster comes first ("of Qingdao, the top applicants"), the names as the profile gives them."""
    from qingdao_viewer.language import apply_language

    assert apply_language("zh_CN") == "zh_CN"
    try:
        table = build_tables(load_profile(embedded_path)).patent_applicants
        assert chart_title(table) == "Qingdao, China，GII 2024——主要 PCT 申请人"
    finally:
        apply_language("en")


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


# -- PNG sizes and pixel ratios -------------------------------------------------------------


def png_header_size(png: bytes) -> tuple[int, int]:
    """The width and height a PNG's header gives (its IHDR chunk)."""
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and png[12:16] == b"IHDR"
    return int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")


def test_a_png_has_the_size_and_pixel_ratio_asked_for(renderer: ChartRenderer, tables: ProfileTables) -> None:
    renderer.draw(ChartSpec(tables.patent_applicants), COLORS)
    assert png_header_size(renderer.png_bytes()) == (EXPORT_WIDTH, EXPORT_HEIGHT) == (1000, 600)
    assert png_header_size(renderer.png_bytes(1000, 600, 2)) == (2000, 1200)
    assert png_header_size(renderer.png_bytes(640, 480, 1.5)) == (960, 720)
    assert png_header_size(renderer.png_bytes(MIN_SIDE, MAX_SIDE)) == (200, 8000)
    assert renderer.graphics.ci.geometry() == QRectF(0, 0, 200, 8000)  # laid out at the size, in logical pixels
    # Its resolution says how large to show it: 96 dpi at 1x, 192 dpi at 2x.
    assert QImage.fromData(renderer.png_bytes()).dotsPerMeterX() == round(96 / 0.0254)
    assert QImage.fromData(renderer.png_bytes(1000, 600, 2)).dotsPerMeterX() == round(192 / 0.0254)


def bar_boxes(image: QImage, color: QColor) -> list[QRect]:
    """The bounding box of each bar: each band of rows with pixels of exactly the bar's colour, top first."""
    converted = image.convertToFormat(QImage.Format.Format_RGB32)
    pixels = ndarray_from_qimage(converted).copy()  # a view of the image's memory, while it lives
    mask = (pixels[..., :3] == (color.blue(), color.green(), color.red())).all(axis=2)
    rows = np.nonzero(mask.any(axis=1))[0]
    bands = np.split(rows, np.nonzero(np.diff(rows) > 1)[0] + 1) if len(rows) else []
    boxes = []
    for band in bands:
        columns = np.nonzero(mask[band[0] : band[-1] + 1].any(axis=0))[0]
        boxes.append(QRect(int(columns[0]), int(band[0]), int(columns[-1] - columns[0] + 1), len(band)))
    return boxes


def test_at_2x_the_layout_is_the_same_with_twice_the_pixels(renderer: ChartRenderer, tables: ProfileTables) -> None:
    renderer.draw(ChartSpec(tables.patent_applicants), COLORS)
    one = QImage.fromData(renderer.png_bytes(800, 500))
    assert renderer.bars is not None
    scene = renderer.bars.mapRectToScene(renderer.bars.boundingRect())
    two = QImage.fromData(renderer.png_bytes(800, 500, 2))
    assert renderer.bars.mapRectToScene(renderer.bars.boundingRect()) == scene  # the same layout
    single, double = bar_boxes(one, COLORS.bar), bar_boxes(two, COLORS.bar)
    assert len(single) == len(double) == 3
    for small, large in zip(single, double, strict=True):
        # Each edge of each bar (the pixels wholly covered) at twice its place, to a pixel of the 2x image.
        edges = (small.left(), small.top(), small.left() + small.width(), small.top() + small.height())
        twice = (large.left(), large.top(), large.left() + large.width(), large.top() + large.height())
        assert all(abs(edge2 - 2 * edge) <= 1 for edge, edge2 in zip(edges, twice, strict=True)), (small, large)


def test_a_narrow_png_wraps_its_title_and_credit_inside_it(renderer: ChartRenderer, tables: ProfileTables) -> None:
    """A label is as wide as its text: unwrapped, the title and credit (870 pixels) widened the chart past the image."""
    table = tables.patent_applicants
    renderer.draw(ChartSpec(table), COLORS)
    labels = ((renderer.plot.titleLabel, chart_title(table)), (renderer.credit, table.attribution))

    def boxes(width: int) -> list[QRectF]:
        renderer.png_bytes(width, 400)
        assert renderer.graphics.ci.geometry() == QRectF(0, 0, width, 400)
        with renderer._laid_out(width, 400, titled=True):
            assert [label.item.toPlainText() for label, _ in labels] == [text for _, text in labels]  # all of it
            return [label.mapRectToScene(label.itemRect()) for label, _ in labels]

    wide, narrow = boxes(EXPORT_WIDTH), boxes(400)
    for one_line, wrapped in zip(wide, narrow, strict=True):
        assert wrapped.left() >= 0 and wrapped.right() <= 400, wrapped
        assert wrapped.height() > 1.5 * one_line.height()  # two lines or more
    assert boxes(EXPORT_WIDTH) == wide  # one line each again


@pytest.mark.parametrize(
    ("size", "part"),
    [
        ((MIN_SIDE - 1, 600, 1), "width"),
        ((1000, MAX_SIDE + 1, 1), "height"),
        ((1000, 600, 0.5), "ratio"),
        ((1000, 600, MAX_RATIO + 1), "ratio"),
        ((1000, 600, math.nan), "ratio"),
        ((5000, 600, 2), "pixels"),
    ],
)
def test_a_size_out_of_bounds_is_refused_saying_why(
    renderer: ChartRenderer, tables: ProfileTables, size: tuple[int, int, float], part: str
) -> None:
    renderer.draw(ChartSpec(tables.patent_applicants), COLORS)
    with pytest.raises(ImageSizeError) as refused:
        renderer.png_bytes(*size)
    assert refused.value.part == part
    assert {
        "width": "the width must be 200 to 8000 pixels, not 199",
        "height": "the height must be 200 to 8000 pixels, not 8001",
        "ratio": f"the pixel ratio must be 1 to 4, not {size[2]:g}",
        "pixels": "5000 x 600 at 2x is a 10000 x 1200 pixel image; at most 8000 pixels a side",
    }[part] == str(refused.value)


def test_image_size_defaults_to_the_export_size() -> None:
    assert ImageSize() == (EXPORT_WIDTH, EXPORT_HEIGHT, 1)
    assert ImageSize(500, 300, 2).pixels == (1000, 600)
    assert ImageSize(MAX_SIDE // 4, MIN_SIDE, MIN_RATIO * 4).checked() == (2000, 200, 4)


# -- SVG fonts ------------------------------------------------------------------------------


SVG = "{http://www.w3.org/2000/svg}"


def test_svg_fonts_fall_back_to_a_generic_family_and_it_stays_valid_xml(
    renderer: ChartRenderer, tables: ProfileTables
) -> None:
    """Qt writes the family asked for ("Sans Serif", a name only fontconfig knows); a browser gets a list."""
    from PySide6.QtGui import QFont, QFontInfo
    from PySide6.QtWidgets import QApplication

    renderer.draw(ChartSpec(tables.patent_applicants), COLORS)
    root = ET.fromstring(renderer.svg_bytes())  # well-formed XML, or this raises
    families = {element.get("font-family") for element in root.iter() if element.get("font-family") is not None}
    drawn_with = QFontInfo(QFont(QApplication.font().family())).family()  # DejaVu Sans here
    assert families == {f"{drawn_with}, sans-serif"}
    texts = [element for element in root.iter(f"{SVG}text")]
    assert texts and all(text.get("font-family") == f"{drawn_with}, sans-serif" for text in texts)
    # No CSS that could name a font of its own.
    assert not list(root.iter(f"{SVG}style"))
    assert not [element for element in root.iter() if "font" in (element.get("style") or "")]


def test_svg_text_that_looks_like_markup_or_attributes_stays_text(renderer: ChartRenderer) -> None:
    name = "font-family=\"Evil\" <b>R&D</b> 'quoted'"
    renderer.draw(ChartSpec(shares_table(((name, 40),))), COLORS)
    root = ET.fromstring(renderer.svg_bytes())
    assert name in ["".join(text.itertext()) for text in root.iter(f"{SVG}text")]


def test_font_fallbacks_rewrite_attributes_only(qapp: object) -> None:
    """As Qt writes them: attributes after white space, text escaped (a quote as &quot;)."""
    from PySide6.QtGui import QFont, QFontInfo

    svg = (
        '<svg xmlns="http://www.w3.org/2000/svg">\n<g fill="none"\nfont-family="Sans Serif" font-size="12">'
        '<text x="1" font-family="Sans Serif"> font-family=&quot;Sans Serif&quot;</text></g></svg>'
    )
    root = ET.fromstring(font_fallbacks(svg))
    listed = f"{QFontInfo(QFont('Sans Serif')).family()}, sans-serif"
    assert [element.get("font-family") for element in root.iter()] == [None, listed, listed]
    assert [text.text for text in root.iter(f"{SVG}text")] == [' font-family="Sans Serif"']
