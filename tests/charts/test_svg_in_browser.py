"""The exported SVG in a real browser engine draws the chart the PNG shows: bars, axis and text in their places.

Headless Chromium (Debian's ``chromium``) takes a screenshot of the SVG file at the export size,
once for the module (about a second), and it is compared with the app's PNG of the same chart:

- each bar's box (its pixels within a few levels of the bar's colour) within 2 pixels;
- the axis line (the rows more than half dark) on the same row, its ends within 2 pixels;
- each line of text (a band of rows with dark pixels) with its top, bottom and left within 2
  pixels and its width within 5%: text is drawn by two engines, anti-aliased and hinted each
  its own way, so it is compared for place and size, never pixel for pixel (Chromium draws the
  8-point credit 3% narrower than Qt; a serif font draws the names 11% wider, text at 72 dpi
  25% narrower);
- after a 3 x 3 blur of both, fewer than 3% of pixels differing by more than 64 of 255 in a
  channel (0.3% here).

The measure's own tests, which need no browser, show it tells a chart moved, squeezed or with
smaller text apart.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest
from cli_runner import TIMEOUT
from pyqtgraph.functions import ndarray_from_qimage
from PySide6.QtCore import QByteArray, QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from qingdao_viewer.charts import EXPORT_HEIGHT, EXPORT_WIDTH, ChartColors, ChartRenderer, ChartSpec, bars_that_fit
from qingdao_viewer.profile import load_profile
from qingdao_viewer.tables import build_tables

CHROMIUM = shutil.which("chromium")
COLORS = ChartColors(QColor("#ffffff"), QColor("#000000"), QColor("#2f6aad"), QColor("#505050"))
BAR_TOLERANCE = 8  # levels of 255 per channel: a bar is its colour, give or take rounding
EDGE_PIXELS = 2
TEXT_WIDTH = 0.05  # of a line of text's width, give or take its ends' pixels
BLUR_TOLERANCE = 64
MOST_DIFFERING = 0.03


# -- the measure ----------------------------------------------------------------------------


def pixels_of(image: QImage) -> np.ndarray:
    """An image's pixels as a (y, x, RGB) array of ints."""
    converted = image.convertToFormat(QImage.Format.Format_RGB32)
    bgra = ndarray_from_qimage(converted).copy()  # a view of the image's memory, while it lives
    return bgra[..., 2::-1].astype(int)


def bar_boxes(pixels: np.ndarray, color: QColor) -> list[tuple[int, int, int, int]]:
    """(left, top, right, bottom) of each band of rows with pixels of about the bar's colour, top first."""
    mask = (np.abs(pixels - (color.red(), color.green(), color.blue())) <= BAR_TOLERANCE).all(axis=2)
    rows = np.nonzero(mask.any(axis=1))[0]
    boxes = []
    for band in np.split(rows, np.nonzero(np.diff(rows) > 1)[0] + 1) if len(rows) else []:
        columns = np.nonzero(mask[band[0] : band[-1] + 1].any(axis=0))[0]
        boxes.append((int(columns[0]), int(band[0]), int(columns[-1]), int(band[-1])))
    return boxes


def axis_lines(pixels: np.ndarray) -> list[tuple[int, int, int]]:
    """(row, left, right) of each row more than half of whose pixels are dark: the axis line."""
    dark = pixels.max(axis=2) < 128
    lines = []
    for row in np.nonzero(dark.mean(axis=1) > 0.5)[0]:
        columns = np.nonzero(dark[row])[0]
        lines.append((int(row), int(columns[0]), int(columns[-1])))
    return lines


def text_lines(pixels: np.ndarray) -> list[tuple[int, int, int, int]]:
    """(left, top, right, bottom) of each band of rows with dark pixels: a line of text (or the axis)."""
    dark = pixels.max(axis=2) < 128
    rows = np.nonzero(dark.any(axis=1))[0]
    lines = []
    for band in np.split(rows, np.nonzero(np.diff(rows) > 1)[0] + 1) if len(rows) else []:
        columns = np.nonzero(dark[band[0] : band[-1] + 1].any(axis=0))[0]
        lines.append((int(columns[0]), int(band[0]), int(columns[-1]), int(band[-1])))
    return lines


def blurred(pixels: np.ndarray) -> np.ndarray:
    """A 3 x 3 box blur (edges repeated)."""
    padded = np.pad(pixels.astype(float), ((1, 1), (1, 1), (0, 0)), mode="edge")
    height, width = pixels.shape[:2]
    return sum(padded[dy : dy + height, dx : dx + width] for dy in range(3) for dx in range(3)) / 9


Boxes = list[tuple[int, int, int, int]]


@dataclass(frozen=True)
class Comparison:
    bars: tuple[Boxes, Boxes]
    axes: tuple[list[tuple[int, int, int]], list[tuple[int, int, int]]]
    text: tuple[Boxes, Boxes]
    differing: float  # the share of pixels that differ after the blur

    @property
    def bars_line_up(self) -> bool:
        ours, theirs = self.bars
        if not len(ours) == len(theirs) > 0:
            return False
        edges = [(a, b) for box, other in zip(ours, theirs, strict=True) for a, b in zip(box, other, strict=True)]
        return all(abs(a - b) <= EDGE_PIXELS for a, b in edges)

    @property
    def axes_line_up(self) -> bool:
        ours, theirs = self.axes
        return len(ours) == len(theirs) > 0 and all(
            abs(row - row2) <= 1 and abs(left - left2) <= EDGE_PIXELS and abs(right - right2) <= EDGE_PIXELS
            for (row, left, right), (row2, left2, right2) in zip(ours, theirs, strict=True)
        )

    @property
    def text_lines_up(self) -> bool:
        ours, theirs = self.text
        return len(ours) == len(theirs) > 0 and all(
            max(abs(left - left2), abs(top - top2), abs(bottom - bottom2)) <= EDGE_PIXELS
            and abs((right - left) - (right2 - left2)) <= TEXT_WIDTH * (right - left) + EDGE_PIXELS
            for (left, top, right, bottom), (left2, top2, right2, bottom2) in zip(ours, theirs, strict=True)
        )

    @property
    def alike(self) -> bool:
        return self.bars_line_up and self.axes_line_up and self.text_lines_up and self.differing < MOST_DIFFERING


def compare(png: QImage, other: QImage) -> Comparison:
    assert (png.width(), png.height()) == (other.width(), other.height())
    ours, theirs = pixels_of(png), pixels_of(other)
    differing = float((np.abs(blurred(ours) - blurred(theirs)) > BLUR_TOLERANCE).any(axis=2).mean())
    return Comparison(
        (bar_boxes(ours, COLORS.bar), bar_boxes(theirs, COLORS.bar)),
        (axis_lines(ours), axis_lines(theirs)),
        (text_lines(ours), text_lines(theirs)),
        differing,
    )


@pytest.fixture(scope="module")
def renderer(qapp: object) -> ChartRenderer:
    made = ChartRenderer()
    tables = build_tables(load_profile(Path(__file__).resolve().parents[2] / "data" / "qingdao-2024.yaml"))
    made.draw(ChartSpec(tables.patent_applicants), COLORS, bars_that_fit(EXPORT_HEIGHT))
    return made


@pytest.fixture(scope="module")
def png(renderer: ChartRenderer) -> QImage:
    return QImage.fromData(renderer.png_bytes())


def test_the_measure_finds_the_bars_and_the_axis_and_a_png_is_alike_itself(png: QImage) -> None:
    same = compare(png, png)
    assert same.alike and same.differing == 0
    assert len(same.bars[0]) == 3 and len(same.axes[0]) == 1
    (row, left, right), *_ = same.axes[0]
    assert same.bars[0][0][1] < row and left < 30 and right > EXPORT_WIDTH - 50  # under the bars, across the plot


def test_the_measure_tells_a_misplaced_chart_apart(renderer: ChartRenderer, png: QImage) -> None:
    """What a drawing off by a little looks like: the whole chart 3 pixels down, or laid out 4% narrower."""
    moved = QImage(png.size(), QImage.Format.Format_ARGB32)
    moved.fill(COLORS.background)
    painter = QPainter(moved)
    painter.drawImage(0, 3, png)
    painter.end()
    shifted = compare(png, moved)
    assert not shifted.bars_line_up and not shifted.axes_line_up and not shifted.alike

    narrower = QImage(png.size(), QImage.Format.Format_ARGB32)
    narrower.fill(COLORS.background)
    painter = QPainter(narrower)
    renderer.paint(painter, QRectF(0, 0, EXPORT_WIDTH * 0.96, EXPORT_HEIGHT), titled=True)
    painter.end()
    squeezed = compare(png, narrower)
    assert not squeezed.bars_line_up and not squeezed.alike


def drawn_by_qt(svg: bytes) -> QImage:
    """An SVG as Qt's own SVG renderer draws it, at the export size."""
    image = QImage(EXPORT_WIDTH, EXPORT_HEIGHT, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    QSvgRenderer(QByteArray(svg)).render(painter)
    painter.end()
    return image


def test_the_measure_tells_smaller_text_apart(renderer: ChartRenderer) -> None:
    """The SVG with its text at 3/4 of its size (as at 72 dpi) beside itself, both drawn by Qt's SVG renderer.

    (Qt's SVG renderer is no stand-in for a browser: it draws text of a fractional pixel size,
    such as the 14.67-pixel title, at a whole pixel size, up to 9% narrower.)
    """
    svg = renderer.svg_bytes().decode("utf-8")
    as_exported = drawn_by_qt(svg.encode("utf-8"))
    assert compare(as_exported, as_exported).alike
    smaller = re.sub(r'font-size="([0-9.]+)"', lambda size: f'font-size="{float(size.group(1)) * 0.75:g}"', svg)
    found = compare(as_exported, drawn_by_qt(smaller.encode("utf-8")))
    assert found.bars_line_up and found.axes_line_up  # bars and axis in place: only the text is off
    assert not found.text_lines_up and not found.alike


# -- the browser ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def screenshot(renderer: ChartRenderer, tmp_path_factory: pytest.TempPathFactory) -> QImage:
    """The exported SVG as headless Chromium draws it, at the export size (one browser start)."""
    if CHROMIUM is None:
        reason = "chromium not installed (a browser engine to draw the SVG): apt-get install chromium"
        if os.environ.get("CI"):  # CI installs it, so CI must run these tests
            pytest.fail(f"{reason}\n(CI installs chromium, so CI must run this test)")
        pytest.skip(reason)
    folder = tmp_path_factory.mktemp("browser")
    svg = folder / "chart.svg"
    svg.write_bytes(renderer.svg_bytes())
    shot = folder / "screenshot.png"
    home = folder / "home"  # its own profile and home: nothing read from or left in the user's
    home.mkdir()
    result = subprocess.run(
        [
            CHROMIUM,
            *("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run"),
            # No network at all: nothing to fetch on a closed network, and nothing to wait for.
            *("--disable-background-networking", "--disable-component-update", "--disable-sync"),
            f"--user-data-dir={folder / 'profile'}",
            *("--hide-scrollbars", "--force-device-scale-factor=1", f"--window-size={EXPORT_WIDTH},{EXPORT_HEIGHT}"),
            f"--screenshot={shot}",
            svg.as_uri(),
        ],
        env={**os.environ, "HOME": str(home)},
        capture_output=True,
        text=True,
        errors="replace",
        timeout=TIMEOUT,
        check=False,
    )
    assert result.returncode == 0 and shot.exists(), result.stderr[-2000:]
    image = QImage(str(shot))
    assert not image.isNull()
    return image


def test_the_browser_draws_the_svg_at_the_export_size(screenshot: QImage) -> None:
    assert (screenshot.width(), screenshot.height()) == (EXPORT_WIDTH, EXPORT_HEIGHT)


def test_the_browser_draws_the_bars_and_the_axis_where_the_png_has_them(png: QImage, screenshot: QImage) -> None:
    found = compare(png, screenshot)
    assert found.bars_line_up, found.bars
    assert found.axes_line_up, found.axes


def test_the_browser_draws_each_line_of_text_in_place_at_its_size(png: QImage, screenshot: QImage) -> None:
    """Its font included: a browser that drew another (a serif, say) would draw the names a tenth wider."""
    found = compare(png, screenshot)
    assert len(found.text[0]) >= 9  # title, 3 names, 3 shares, axis and ticks' figures, axis label, credit
    assert found.text_lines_up, found.text


def test_the_browser_draws_the_svg_like_the_png(png: QImage, screenshot: QImage) -> None:
    found = compare(png, screenshot)
    assert found.differing < MOST_DIFFERING, f"{found.differing:.2%} of pixels differ"
    assert found.alike
