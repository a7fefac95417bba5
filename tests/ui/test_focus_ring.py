"""Focus you can see: every Tab stop of every tab is outlined in the highlight colour, light and dark.

The ring is measured in the focused widget's own image: a band RING pixels wide along a
rectangle's edges (the widget's; for the tab bar, its current tab's) that is all highlight
colour while the widget has the focus, and is not once the focus has moved on. Also: a
header's sort arrow stays clear of its text, whose section is wide enough for both.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from types import FrameType

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QStyle,
    QStyleOptionHeader,
    QTabBar,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from qingdao_viewer.ui import theme
from qingdao_viewer.ui.main_window import MainWindow
from qingdao_viewer.ui.share_chart import ShareChart
from qingdao_viewer.ui.table_view import TableView
from qingdao_viewer.ui.theme import ARROW_GAP, RING, FocusStyle, apply_theme, header_label_rect

MAX_STOPS = 40
NORDHAVN = Path(__file__).resolve().parents[1] / "fixtures" / "profile-texts" / "nordhavn-osterby-2024.txt"
TOLERANCE = 8  # per channel: the ring is drawn without antialiasing, in the palette's colour


@pytest.fixture(params=["light", "dark"])
def themed(request: pytest.FixtureRequest, window: MainWindow) -> Iterator[MainWindow]:
    apply_theme(request.param)
    yield window
    apply_theme("system")


def highlight(widget: QWidget) -> QColor:
    return widget.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight)


def close(pixel: QColor, colour: QColor) -> bool:
    return all(
        abs(a - b) <= TOLERANCE
        for a, b in zip(pixel.getRgb()[:3], colour.getRgb()[:3], strict=True)  # type: ignore[arg-type]
    )


def band(rect: QRect, width: int) -> list[tuple[int, int]]:
    """The pixels of a band width wide just inside rect's edges."""
    points = set()
    for inset in range(width):
        inner = rect.adjusted(inset, inset, -inset, -inset)
        for x in range(inner.left(), inner.right() + 1):
            points.update({(x, inner.top()), (x, inner.bottom())})
        for y in range(inner.top(), inner.bottom() + 1):
            points.update({(inner.left(), y), (inner.right(), y)})
    return sorted(points)


def ring_share(image: QImage, rect: QRect, colour: QColor) -> float:
    """The largest share of highlight pixels in a RING-wide band inside rect, or at most 2 px further in."""
    best = 0.0
    for inset in range(3):
        points = band(rect.adjusted(inset, inset, -inset, -inset), RING)
        hits = sum(close(image.pixelColor(x, y), colour) for x, y in points)
        best = max(best, hits / len(points))
    return best


def ringed_rect(widget: QWidget) -> QRect:
    if isinstance(widget, QTabBar):
        return widget.tabRect(widget.currentIndex())
    return widget.rect()


def ring_of(widget: QWidget) -> float:
    QApplication.processEvents()
    return ring_share(widget.grab().toImage(), ringed_rect(widget), highlight(widget))


def tab_stops(window: MainWindow, qtbot: QtBot) -> list[QWidget]:
    """Tab from the tab bar until the focus comes back to it: each stop, checked as it is reached."""
    bar = window.tabs.tabBar()
    bar.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(bar.hasFocus)
    stops: list[QWidget] = []
    for _ in range(MAX_STOPS):
        widget = QApplication.focusWidget()
        assert widget is not None
        if widget in stops:
            return stops
        share = ring_of(widget)
        assert share >= 0.95, f"{type(widget).__name__} {widget.accessibleName()!r}: only {share:.0%} of its ring"
        stops.append(widget)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
        qtbot.waitUntil(lambda widget=widget: QApplication.focusWidget() is not widget)  # type: ignore[misc]
        assert ring_of(widget) < 0.5, f"{type(widget).__name__} keeps its ring without the focus"
    pytest.fail(f"Tab never came back to the tab bar: {stops}")


def flat_button() -> QWidget:
    button = QPushButton("Open folder")  # as the Export all notice's
    button.setFlat(True)
    return button


CONTROLS = {
    "button": lambda: QPushButton("Copy key figures"),
    "flat button": flat_button,
    "line edit": lambda: QLineEdit("1000"),
    "spin box": QSpinBox,
    "combo box": lambda: QComboBox(),
    "text box": lambda: QPlainTextEdit("Traceback"),  # the crash dialog's details
    "list": lambda: QListWidget(),  # the compare dialog's
}


@pytest.mark.parametrize("theme_name", ["light", "dark"])
@pytest.mark.parametrize("kind", sorted(CONTROLS))
def test_dialog_controls_show_the_ring_too(qtbot: QtBot, qapp: object, kind: str, theme_name: str) -> None:
    apply_theme(theme_name)
    try:
        page = QWidget()
        qtbot.addWidget(page)
        layout = QVBoxLayout(page)
        control, other = CONTROLS[kind](), QPushButton("Other")
        layout.addWidget(control)
        layout.addWidget(other)
        page.show()
        qtbot.waitExposed(page)
        page.activateWindow()
        qtbot.waitActive(page)
        control.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(control.hasFocus)
        assert ring_of(control) >= 0.95, kind
        other.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(other.hasFocus)
        assert ring_of(control) < 0.5, kind
    finally:
        apply_theme("system")


def test_the_style_is_fusion_with_the_ring(themed: MainWindow) -> None:
    style = QApplication.style()
    assert isinstance(style, FocusStyle)
    assert style.baseStyle().name().lower() == "fusion"


@pytest.mark.parametrize("tab", range(4))
def test_every_tab_stop_shows_a_ring_in_the_highlight_colour(themed: MainWindow, qtbot: QtBot, tab: int) -> None:
    themed.tabs.setCurrentIndex(tab)
    stops = tab_stops(themed, qtbot)
    kinds = {type(stop).__name__ for stop in stops}
    assert {"QTabBar", "QComboBox"} <= kinds, kinds
    if tab == 0:
        assert "QPushButton" in kinds, kinds  # Copy key figures
    else:
        assert TableView.__name__ in kinds, kinds
    if tab in (1, 2, 3):
        assert ShareChart.__name__ in kinds, f"no chart among the Tab stops: {kinds}"


@pytest.mark.parametrize("tab", range(4))
def test_compare_mode_tab_stops_show_the_ring_too(window: MainWindow, qtbot: QtBot, tab: int) -> None:
    assert window.doors.compare_with(str(NORDHAVN))
    qtbot.waitUntil(lambda: window.pages.pending() == 0)
    window.tabs.setCurrentIndex(tab)
    kinds = [type(stop).__name__ for stop in tab_stops(window, qtbot)]
    assert TableView.__name__ in kinds, kinds
    if tab in (1, 2, 3):
        assert kinds.count(ShareChart.__name__) == 2, f"both clusters' charts are Tab stops: {kinds}"
    check_names(window)


def test_no_tab_stop_is_a_nameless_filler(window: MainWindow) -> None:
    check_names(window)


def check_names(window: MainWindow) -> None:
    """Every widget Tab can reach, on any tab, has a name or a text of its own."""
    current = window.tabs.currentIndex()
    for tab in range(window.tabs.count()):
        window.tabs.setCurrentIndex(tab)
        for widget in window.findChildren(QWidget):
            if not widget.isVisibleTo(window) or not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                continue
            if widget.focusProxy() is not None:
                continue  # its proxy is the Tab stop
            text = getattr(widget, "text", None)
            shown = text() if callable(text) else ""
            assert widget.accessibleName() or shown or isinstance(widget, QTabBar), (
                f"{type(widget).__name__} under {type(widget.parent()).__name__} is a Tab stop with no name"
            )
    window.tabs.setCurrentIndex(current)


def test_sort_arrows_stay_clear_of_the_header_text(window: MainWindow, qtbot: QtBot) -> None:
    views = 0
    for tab in range(window.tabs.count()):
        window.tabs.setCurrentIndex(tab)
        QApplication.processEvents()
        for view in window.pages.page(tab).table_views():
            views += 1
            check_sorted_headers(view)
    assert views


def check_sorted_headers(view: TableView) -> None:
    """Sorted by each column in turn, each header text fits its place and ends ARROW_GAP before the arrow."""
    header = view.horizontalHeader()
    style = header.style()
    for column in range(header.count()):
        view.sortByColumn(column, Qt.SortOrder.DescendingOrder)
        option = QStyleOptionHeader()
        option.initFrom(header)
        option.rect = QRect(header.sectionViewportPosition(column), 0, header.sectionSize(column), header.height())
        option.section = column
        option.text = str(view.model().headerData(column, Qt.Orientation.Horizontal))
        option.sortIndicator = QStyleOptionHeader.SortIndicator.SortDown
        option.orientation = Qt.Orientation.Horizontal
        option.state |= QStyle.StateFlag.State_Horizontal
        label = header_label_rect(option, header)
        arrow = style.subElementRect(QStyle.SubElement.SE_HeaderArrow, option, header)
        where = f"{view.table.title}: {option.text!r}"
        assert header.fontMetrics().horizontalAdvance(option.text) <= label.width(), f"{where} does not fit"
        assert arrow.isValid() and not arrow.intersects(label), f"{where}: text {label}, arrow {arrow}"
        assert arrow.left() - label.right() - 1 >= ARROW_GAP, f"{where}: text {label}, arrow {arrow}"


def test_the_tab_widget_and_the_pickers_list_are_named(window: MainWindow) -> None:
    assert window.tabs.accessibleName() == "Profile pages"
    assert window.picker.combo.view().accessibleName() == window.picker.combo.accessibleName()


def test_a_chart_keeps_a_margin_for_its_ring(window: MainWindow) -> None:
    window.tabs.setCurrentIndex(1)
    chart = window.pages.page(1).charts()[0]
    assert chart.canvas.geometry() == chart.rect().adjusted(RING, RING, -RING, -RING)
    assert theme.RING >= 2


# -- the ring's cost: no Python in a paint's style calls --------------------------------------

PER_PAINT_CALLS = ("drawPrimitive", "drawControl", "drawComplexControl", "pixelMetric", "subElementRect", "styleHint")


def test_the_style_overrides_no_call_a_paint_makes() -> None:
    """Every style call of every paint is Fusion's in C++ (a Python override is called thousands of times a paint)."""
    overridden = [name for name in PER_PAINT_CALLS if name in vars(FocusStyle)]
    assert not overridden, f"FocusStyle overrides {overridden} in Python"


def python_calls_into(modules: tuple[str, ...], action: Callable[[], object]) -> int:
    """How many Python functions of those modules' files run during action (a profile hook counts them)."""
    calls = 0

    def count(frame: FrameType, event: str, _arg: object) -> None:
        nonlocal calls
        if event == "call" and frame.f_code.co_filename.endswith(modules):
            calls += 1

    sys.setprofile(count)
    try:
        action()
    finally:
        sys.setprofile(None)
    return calls


def test_repainting_a_focused_table_runs_no_python_of_the_ring(window: MainWindow, qtbot: QtBot) -> None:
    window.tabs.setCurrentIndex(1)
    view = window.pages.page(1).table_views()[0]
    view.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(view.hasFocus)
    QApplication.processEvents()
    modules = ("theme.py", "focus_frame.py")
    assert python_calls_into(modules, view.viewport().repaint) == 0  # the rows: Fusion's and the model's only
    assert python_calls_into(modules, view.repaint) <= 3  # the frame: the ring painted once
    assert ring_of(view) >= 0.95


@pytest.mark.parametrize("policy", [Qt.FocusPolicy.StrongFocus, Qt.FocusPolicy.NoFocus])
def test_a_focusable_scroll_area_is_framed_ring_wide(qtbot: QtBot, qapp: object, policy: Qt.FocusPolicy) -> None:
    """The ring falls on the frame, never on the rows: RING wide when the area takes the focus, else Fusion's."""
    box = QPlainTextEdit("Traceback")
    box.setFocusPolicy(policy)
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    fusion = box.style().baseStyle().pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth)  # type: ignore[attr-defined]
    assert box.frameWidth() == (RING if policy == Qt.FocusPolicy.StrongFocus else fusion)
    assert box.viewport().geometry() == box.rect().adjusted(
        box.frameWidth(), box.frameWidth(), -box.frameWidth(), -box.frameWidth()
    )


def test_a_table_is_framed_ring_wide_before_it_is_shown(window: MainWindow) -> None:
    """fit_rows measures the frame when the page is built: the frame must be RING wide by then."""
    view = TableView(window.pages.page(1).table_views()[0].table)
    assert view.frameWidth() == RING
    view.deleteLater()


def test_a_click_on_a_header_sorts_by_its_column(window: MainWindow, qtbot: QtBot) -> None:
    """The header that draws sorted sections clear of their arrows is still the view's clickable one."""
    window.tabs.setCurrentIndex(1)
    QApplication.processEvents()
    view = window.pages.page(1).table_views()[0]
    header = view.horizontalHeader()
    column = header.count() - 1
    where = QRect(header.sectionViewportPosition(column), 0, header.sectionSize(column), header.height()).center()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert header.sortIndicatorSection() == column
    shown = [view.model().index(row, column).data() for row in range(view.model().rowCount())]
    keys = [view.table.rows[view.table_model.table_row(row)][column] for row in range(view.model().rowCount())]
    present = [key for key in keys if key is not None]
    assert present in (sorted(present), sorted(present, reverse=True)), shown
