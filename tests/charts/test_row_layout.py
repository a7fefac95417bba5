"""A chart's rows laid out in pixels: labels clear of bars and of each other, bars at most 24 px, rows as fit."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor

from qingdao_viewer.charts import MAX_BAR_PIXELS, MAX_BARS, ChartColors, ChartRenderer, ChartSpec
from qingdao_viewer.charts.spec import NAME_GAP_PIXELS, ROW_GAP_PIXELS, left_out_note
from qingdao_viewer.language import apply_language
from qingdao_viewer.tables import Column, Kind, Table

COLORS = ChartColors(QColor("#ffffff"), QColor("#000000"), QColor("#2f6aad"), QColor("#505050"))


def shares_table(count: int) -> Table:
    rows = tuple((f"APPLICANT NUMBER {index} WITH A LONG NAME", 40 - index) for index in range(count))
    return Table("t", "T", (Column("Name"), Column("Share", Kind.SHARE)), rows, chart=(0, 1))


@pytest.fixture
def renderer(qapp: object) -> ChartRenderer:
    return ChartRenderer()


@pytest.mark.parametrize("rows", [1, 3, 7, 10, 30])
@pytest.mark.parametrize("height", [180, 260, 400, 640, 1000])
@pytest.mark.parametrize("width", [320, 1000])
def test_labels_never_meet_the_bars_and_bars_stay_thin(
    renderer: ChartRenderer, rows: int, height: int, width: int
) -> None:
    renderer.draw(ChartSpec(shares_table(rows)), COLORS)
    boxes = renderer.laid_out_boxes(width, height)
    assert boxes.overlaps() == []
    assert boxes.bars and all(bar.height() <= MAX_BAR_PIXELS + 0.01 for bar in boxes.bars)
    for name, bar, value in zip(boxes.names, boxes.bars, boxes.values, strict=True):
        assert name.bottom() <= bar.top()  # each name on its own line above its bar
        assert value.left() >= bar.right() and bar.top() - 0.5 <= value.center().y() <= bar.bottom() + 0.5
        assert boxes.plot.adjusted(-0.5, -0.5, 0.5, 0.5).contains(bar)
    # As many rows as the plot holds at the least pitch (a name's line, a bar as thick, the gaps).
    least = 2 * boxes.names[0].height() + NAME_GAP_PIXELS + ROW_GAP_PIXELS
    drawn = len(boxes.bars)
    assert drawn == min(rows, MAX_BARS) or boxes.plot.height() < (drawn + 1) * least


def test_more_height_draws_more_rows(renderer: ChartRenderer) -> None:
    drawn = []
    for height in range(160, 1100, 60):
        renderer.draw(ChartSpec(shares_table(30)), COLORS)
        drawn.append(len(renderer.laid_out_boxes(600, height).bars))
    assert drawn == sorted(drawn) and drawn[0] >= 1 and drawn[-1] == MAX_BARS
    assert "more row" in renderer.note


def test_one_row_left_out_is_one_row_in_both_languages(qapp: object) -> None:
    assert left_out_note(19, 1) == "Top 19 drawn; 1 more row in the table"
    assert left_out_note(18, 2) == "Top 18 drawn; 2 more rows in the table"
    assert left_out_note(20, 1234) == "Top 20 drawn; 1,234 more rows in the table"
    try:
        apply_language("zh_CN")
        assert left_out_note(19, 1) == "图中显示前19项；表中另有1行"
        assert left_out_note(18, 2) == "图中显示前18项；表中另有2行"
    finally:
        apply_language("en")
