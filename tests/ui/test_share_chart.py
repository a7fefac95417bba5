"""The share chart widget: what the window adds to a chart (the drawing itself is tests/charts')."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from qingdao_viewer.charts import (
    EXPORT_HEIGHT,
    EXPORT_WIDTH,
    ChartColors,
    ChartRenderer,
    ChartSpec,
    ImageSize,
    bars_that_fit,
)
from qingdao_viewer.profile import load_profile
from qingdao_viewer.tables import Column, Kind, ProfileTables, Table, build_tables
from qingdao_viewer.ui.share_chart import ShareChart
from qingdao_viewer.ui.theme import RING


def chart_for(qtbot: QtBot, table: Table, **options: bool) -> ShareChart:
    chart = ShareChart(table, **options)
    qtbot.addWidget(chart)
    return chart


def embedded_tables(embedded_path: Path) -> ProfileTables:
    return build_tables(load_profile(embedded_path))


def test_screen_readers_get_the_title_and_every_drawn_figure(qtbot: QtBot, embedded_path: Path) -> None:
    chart = chart_for(qtbot, embedded_tables(embedded_path).patent_applicants)
    assert chart.accessibleName() == "Chart: Top PCT applicants"
    assert chart.accessibleDescription() == (
        "QINGDAO HAIER AIR CONDITIONER GENERAL: 25%; QINGDAO HAIER WASHING MACHINE: 10%; QINGDAO HAIER REFRIGERATOR: 9%"
    )


def test_labels_and_description_show_markup_literally(qtbot: QtBot) -> None:
    table = Table("t", "T", (Column("Name"), Column("Share", Kind.SHARE)), (("<b>R&D</b>", 40),), chart=(0, 1))
    chart = chart_for(qtbot, table)
    assert chart.drawn().name_labels[0].toPlainText() == "<b>R&D</b>"
    assert chart.accessibleDescription() == "<b>R&D</b>: 40%"


def test_a_small_chart_draws_fewer_bars_and_says_how_many_are_left_out(qtbot: QtBot) -> None:
    rows = tuple((f"Applicant {index}", 1 if index else 5) for index in range(150))
    chart = chart_for(qtbot, Table("big", "Big", (Column("Name"), Column("Share", Kind.SHARE)), rows, chart=(0, 1)))
    fit = bars_that_fit(EXPORT_HEIGHT)
    drawn = chart.drawn()  # as exported
    assert drawn.bars is not None and len(drawn.bars.opts["width"]) == fit
    assert f"{150 - fit} more rows" in drawn.plot.titleLabel.text
    small = chart.drawn(height=200)  # a small window draws fewer, labels apart
    assert small.bars is not None and len(small.bars.opts["width"]) == bars_that_fit(200) == 3
    assert "147 more rows" in small.plot.titleLabel.text
    assert chart.accessibleDescription().count(";") == 19  # the figures of the 20 bars a chart draws at most


def test_chart_follows_the_palette(qtbot: QtBot, embedded_path: Path) -> None:
    chart = chart_for(qtbot, embedded_tables(embedded_path).patent_applicants)
    chart.resize(400, 250)
    chart.canvas.redraw()
    palette = QPalette(chart.palette())
    palette.setColor(QPalette.ColorRole.Base, QColor("#101010"))
    palette.setColor(QPalette.ColorRole.Highlight, QColor("#ff8800"))
    chart.setPalette(palette)
    assert chart.canvas.image is None  # drawn anew at the next paint
    drawn = chart.drawn()
    assert drawn.graphics.backgroundBrush().color().name() == "#101010"
    assert drawn.bars is not None and drawn.bars.opts["brush"].color().name() == "#ff8800"
    chart.canvas.redraw()
    assert chart.canvas.image is not None and chart.canvas.image.pixelColor(2, 2).name() == "#101010"


def test_exports_are_the_renderers_at_the_export_size_whatever_the_widget(qtbot: QtBot, embedded_path: Path) -> None:
    table = embedded_tables(embedded_path).patent_applicants
    chart = chart_for(qtbot, table)
    chart.resize(330, 210)
    image = chart.image()
    assert (image.width(), image.height()) == (EXPORT_WIDTH, EXPORT_HEIGHT)
    alone = ChartRenderer()
    alone.draw(ChartSpec(table), ChartColors.of(chart.palette()), bars_that_fit(EXPORT_HEIGHT))
    assert chart.png_bytes() == alone.png_bytes()
    assert chart.svg_bytes() == alone.svg_bytes()


def test_a_png_at_a_size_draws_as_many_bars_as_its_height_holds(qtbot: QtBot) -> None:
    rows = tuple((f"Applicant {index}", 1 if index else 5) for index in range(150))
    chart = chart_for(qtbot, Table("big", "Big", (Column("Name"), Column("Share", Kind.SHARE)), rows, chart=(0, 1)))
    png = chart.png_bytes(ImageSize(700, 900, 2))
    assert (int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")) == (1400, 1800)
    drawn = chart.canvas.renderer
    assert drawn.bars is not None and len(drawn.bars.opts["width"]) == bars_that_fit(900) == 20
    assert chart.png_bytes() == chart.png_bytes(ImageSize()) != png  # by default as copied: the export size


def test_charts_of_a_window_share_one_renderer_and_draw_their_own_data(qtbot: QtBot, embedded_path: Path) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    renderer = ChartRenderer(owner)
    tables = embedded_tables(embedded_path)
    patents = ShareChart(tables.patent_applicants, renderer=renderer, parent=owner)
    collaboration = ShareChart(tables.collaboration, full_scale=True, renderer=renderer, parent=owner)
    assert list(patents.drawn().bars.opts["width"]) == [25, 10, 9]  # type: ignore[union-attr]
    assert list(collaboration.drawn().bars.opts["width"]) == [2, 63]  # type: ignore[union-attr]
    assert collaboration.drawn().plot.getViewBox().viewRange()[0] == [0, 100]
    assert patents.png_bytes() != collaboration.png_bytes()


def test_a_chart_beside_another_shares_its_scale(qtbot: QtBot, embedded_path: Path) -> None:
    chart = chart_for(qtbot, embedded_tables(embedded_path).patent_applicants)
    assert chart.drawn().plot.getViewBox().viewRange()[0] == [0, 40]
    chart.share_scale_with([88, 4])
    assert chart.drawn().plot.getViewBox().viewRange()[0] == [0, 100]
    assert list(chart.drawn().bars.opts["width"]) == [25, 10, 9]  # type: ignore[union-attr]


def test_a_resize_shows_the_scaled_image_then_redraws_once_settled(qtbot: QtBot, embedded_path: Path) -> None:
    chart = chart_for(qtbot, embedded_tables(embedded_path).patent_applicants)
    chart.resize(600, 300)
    chart.show()
    qtbot.waitExposed(chart)
    qtbot.waitUntil(lambda: chart.canvas.image is not None)
    ratio = chart.canvas.devicePixelRatioF()
    old = chart.canvas.image
    ring = 2 * RING  # the drawing sits inside the focus ring's margin
    assert old is not None and old.width() == round((600 - ring) * ratio)
    height = chart.maximumHeight()  # no taller than its bars use
    chart.resize(600, chart.minimumHeight())
    qtbot.waitUntil(
        lambda: chart.canvas.image is not None
        and chart.canvas.image.height() == round((chart.minimumHeight() - ring) * ratio)
    )
    old = chart.canvas.image
    chart.resize(700, height)
    qtbot.wait(ShareChart.SETTLE_MS // 4)
    assert chart.canvas.image is old  # meanwhile the old image, scaled
    qtbot.waitUntil(lambda: chart.canvas.image is not old, timeout=2000)
    assert chart.canvas.image is not None
    assert (chart.canvas.image.width(), chart.canvas.image.height()) == (
        round((700 - ring) * ratio),
        round((height - ring) * ratio),
    )
    assert chart.canvas.renderer.graphics.ci.geometry().size().toTuple() == (700 - ring, height - ring)


def test_focus_tells_the_window_this_chart_is_current(qtbot: QtBot, embedded_path: Path) -> None:
    chart = chart_for(qtbot, embedded_tables(embedded_path).patent_applicants)
    assert chart.focusPolicy() == Qt.FocusPolicy.StrongFocus
    chart.show()
    qtbot.waitExposed(chart)
    with qtbot.waitSignal(chart.focused) as focused:
        chart.setFocus(Qt.FocusReason.TabFocusReason)
    assert focused.args == [chart]


def test_context_menu_copies_and_asks_to_export_the_chart(
    qtbot: QtBot, embedded_path: Path, clean_clipboard: None
) -> None:
    chart = chart_for(qtbot, embedded_tables(embedded_path).patent_applicants)
    assert chart.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
    assert [action.text() for action in chart.actions()] == ["Copy c&hart", "Export chart as P&NG or SVG…"]
    chart.copy_action.trigger()
    copied = QGuiApplication.clipboard().image()
    assert (copied.width(), copied.height()) == (EXPORT_WIDTH, EXPORT_HEIGHT)  # the exported image, titled
    with qtbot.waitSignal(chart.export_requested) as requested:
        chart.export_action.trigger()
    assert requested.args == [chart]
