"""A chart drawn onto any QPainter at a given rectangle: an image, a picture, a device of another resolution, a PDF."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from pyqtgraph.functions import ndarray_from_qimage
from PySide6.QtCore import QBuffer, QIODevice, QRect, QRectF
from PySide6.QtGui import QColor, QImage, QPainter, QPdfWriter, QPicture

from qingdao_viewer.charts import LOGICAL_DPI, ChartColors, ChartRenderer, ChartSpec
from qingdao_viewer.profile import load_profile
from qingdao_viewer.tables import build_tables

SURROUND = QColor("#00ff00")  # the image around the chart: the chart never uses it
BAR = QColor("#ff0000")
COLORS = ChartColors(QColor("#ffffff"), QColor("#000000"), BAR, QColor("#505050"))


@pytest.fixture
def renderer(qapp: object, embedded_path: Path) -> ChartRenderer:
    made = ChartRenderer()
    made.draw(ChartSpec(build_tables(load_profile(embedded_path)).patent_applicants), COLORS)
    return made


def painted(renderer: ChartRenderer, size: tuple[int, int], target: QRectF, dpi: float = LOGICAL_DPI) -> np.ndarray:
    """The chart painted at target onto an image of that size and resolution, as an (y, x, BGRA) array."""
    image = QImage(*size, QImage.Format.Format_RGB32)
    image.setDotsPerMeterX(round(dpi / 0.0254))
    image.setDotsPerMeterY(round(dpi / 0.0254))
    image.fill(SURROUND)
    painter = QPainter(image)
    renderer.paint(painter, target)
    painter.end()
    return ndarray_from_qimage(image).copy()  # a view of the image's memory, while it lives


def box(mask: np.ndarray) -> QRect:
    """The bounding box of the true pixels of a (y, x) mask."""
    ys, xs = np.nonzero(mask)
    assert len(xs), "no such pixels"
    return QRect(int(xs.min()), int(ys.min()), int(xs.max() - xs.min() + 1), int(ys.max() - ys.min() + 1))


def is_color(pixels: np.ndarray, color: QColor) -> np.ndarray:
    return (pixels[..., :3] == (color.blue(), color.green(), color.red())).all(axis=2)


def where(pixels: np.ndarray, color: QColor) -> QRect:
    """The bounding box of the pixels of exactly one colour."""
    return box(is_color(pixels, color))


def test_onto_an_image_at_a_rect_the_bars_are_where_the_scene_puts_them(renderer: ChartRenderer) -> None:
    target = QRectF(50, 40, 500, 300)
    pixels = painted(renderer, (640, 400), target)
    assert where(pixels, SURROUND) == QRect(0, 0, 640, 400)  # still all round
    assert QRectF(where(pixels, QColor("#ffffff"))) == target  # the chart's background fills the rect, no more
    assert renderer.graphics.ci.geometry() == QRectF(0, 0, 500, 300)  # laid out at the rect's size
    assert renderer.bars is not None
    bars = renderer.bars.mapRectToScene(renderer.bars.boundingRect()).translated(target.topLeft())
    assert target.contains(bars)
    drawn = QRectF(where(pixels, BAR))  # the pixels wholly covered: the edges are within one of them
    for edge in ("left", "top", "right", "bottom"):
        assert getattr(drawn, edge)() == pytest.approx(getattr(bars, edge)(), abs=1), edge


def test_onto_a_device_of_another_resolution_text_keeps_its_size(renderer: ChartRenderer) -> None:
    """At 300 dpi a rect of 1,500 x 900 device pixels is 480 x 288 logical ones, text and axis included."""
    target = QRectF(150, 120, 1500, 900)
    pixels = painted(renderer, (1800, 1200), target, dpi=300)
    assert renderer.graphics.ci.geometry() == QRectF(0, 0, 480, 288)
    assert QRectF(box(~is_color(pixels, SURROUND))) == target  # nothing drawn outside it, however scaled
    bars = where(pixels, BAR)
    assert target.contains(QRectF(bars))
    assert bars.width() == pytest.approx(25 / 40 * renderer.plot.getViewBox().width() * 300 / 96, abs=2)
    # The axis (a picture pyqtgraph plays) is scaled once, like the rest: it ends inside the rect.
    axis = renderer.plot.getAxis("bottom")
    assert axis.mapRectToScene(axis.boundingRect()).right() * 300 / 96 + target.left() <= target.right()


def test_onto_a_picture_it_draws_inside_the_rect(renderer: ChartRenderer) -> None:
    picture = QPicture()
    painter = QPainter(picture)
    target = QRectF(20, 30, 400, 250)
    renderer.paint(painter, target)
    painter.end()
    assert picture.size() > 0
    assert QRectF(picture.boundingRect()) == target  # its background fills it; nothing spills over


def test_onto_a_pdf_it_draws_vectors_and_text(renderer: ChartRenderer) -> None:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(1200)
    painter = QPainter(writer)
    renderer.paint(painter, QRectF(1000, 1000, 7000, 3000))
    painter.end()
    pdf = bytes(buffer.data().data())
    assert b"/Subtype /Image" not in pdf and b"/Font" in pdf
    assert renderer.graphics.ci.geometry() == QRectF(0, 0, 7000 * 96 / 1200, 3000 * 96 / 1200)
