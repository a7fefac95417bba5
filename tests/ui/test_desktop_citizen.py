"""Chinese and English, light and dark, the keyboard, accessible names, About and reset settings."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from qingdao_viewer import i18n
from qingdao_viewer.language import apply_language
from qingdao_viewer.profile import load_profile
from qingdao_viewer.ui import theme
from qingdao_viewer.ui.main_window import MainWindow
from qingdao_viewer.ui.settings import Settings
from qingdao_viewer.ui.share_chart import ShareChart
from qingdao_viewer.ui.table_view import TableView

OVERVIEW, PATENTS, PUBLICATIONS, COLLABORATION = range(4)


@pytest.fixture(autouse=True)
def english_and_light_after(qapp: object) -> Iterator[None]:
    yield
    apply_language("en")
    theme.apply_theme("system")


def menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def tab_titles(window: MainWindow) -> list[str]:
    return [window.tabs.tabText(index) for index in range(window.tabs.count())]


def headers(view: TableView) -> list[str]:
    model = view.model()
    return [str(model.headerData(column, Qt.Orientation.Horizontal)) for column in range(model.columnCount())]


# -- languages ----------------------------------------------------------------------------


def test_chinese_window_translates_the_app_and_keeps_the_data(qtbot: QtBot, embedded_path: Path) -> None:
    assert apply_language("zh_CN") == "zh_CN"
    main = MainWindow(load_profile(embedded_path), str(embedded_path))
    qtbot.addWidget(main)
    assert menu_titles(main) == ["文件(&F)", "编辑(&E)", "视图(&V)", "帮助(&H)"]
    assert tab_titles(main) == ["概览(&O)", "专利(&P)", "论文(&U)", "合作(&C)"]
    assert main.windowTitle() == "Qingdao, China——GII 2024 科技集群"
    labels = [label.text() for label in main.pages.page(OVERVIEW).findChildren(QLabel)]
    assert "第20名" in labels and "第23名" in labels and "第8名" in labels
    assert "在中国入选全球前100的26个集群中" in labels
    assert "1,742" in labels and "9,697" in labels and "Qingdao, China" in labels
    view = main.pages.page(PATENTS).table_views()[0]
    assert headers(view) == ["排名", "申请人", "PCT 申请", "占比"]
    assert view.model().index(0, 1, QModelIndex()).data() == "QINGDAO HAIER AIR CONDITIONER GENERAL"
    assert view.model().index(0, 2, QModelIndex()).data() == "2,131"


def test_view_language_switches_the_running_window_and_is_remembered(window: MainWindow) -> None:
    window.set_language("zh_CN")
    assert menu_titles(window)[0] == "文件(&F)" and tab_titles(window)[1] == "专利(&P)"
    assert headers(window.pages.page(PUBLICATIONS).table_views()[0])[1] == "机构"
    assert Settings().language() == "zh_CN"
    window.set_language("en")
    assert menu_titles(window) == ["&File", "&Edit", "&View", "&Help"]
    assert Settings().language() == "en"
    window.set_language("")  # the system's
    assert Settings().language() is None


def test_a_missing_translation_falls_back_to_english(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from qingdao_viewer import language

    monkeypatch.setattr(language, "translations_dir", lambda: str(tmp_path))
    assert apply_language("zh_CN") == "en"
    assert i18n.translate("MainWindow", "&File") == "&File"


# -- themes -------------------------------------------------------------------------------


def window_lightness() -> int:
    return QApplication.palette().color(QPalette.ColorRole.Window).lightness()


def chart_background(chart: ShareChart) -> int:
    """The lightness of a chart's background, as its canvas draws it now."""
    chart.canvas.redraw()
    assert chart.canvas.image is not None
    return chart.canvas.image.pixelColor(2, 2).lightness()


def test_dark_theme_darkens_the_window_and_its_charts_and_is_remembered(window: MainWindow, qtbot: QtBot) -> None:
    window.pages.show_tab(PATENTS)
    chart = window.pages.page(PATENTS).charts()[0]
    assert isinstance(chart, ShareChart)
    light_background = chart_background(chart)
    window.set_theme("dark")
    assert window_lightness() < 80
    qtbot.waitUntil(lambda: chart.palette().color(QPalette.ColorRole.Base).lightness() < 80)
    dark_background = chart_background(chart)
    assert light_background > 200 and dark_background < 80
    assert Settings().theme() == "dark" and window.window_actions.choices["theme"]["dark"].isChecked()
    window.set_theme("light")
    assert window_lightness() > 180 and Settings().theme() == "light"


# -- the keyboard and screen readers ----------------------------------------------------


def key(qtbot: QtBot, window: MainWindow, code: Qt.Key, modifiers: Qt.KeyboardModifier) -> None:
    target = QApplication.focusWidget() or window
    qtbot.keyClick(target, code, modifiers)


def test_tabs_switch_with_ctrl_numbers_and_ctrl_page_keys(window: MainWindow, qtbot: QtBot) -> None:
    ctrl = Qt.KeyboardModifier.ControlModifier
    for number, code in enumerate((Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4)):
        key(qtbot, window, code, ctrl)
        assert window.tabs.currentIndex() == number
    key(qtbot, window, Qt.Key.Key_PageDown, ctrl)
    assert window.tabs.currentIndex() == OVERVIEW  # wraps round
    key(qtbot, window, Qt.Key.Key_PageUp, ctrl)
    assert window.tabs.currentIndex() == COLLABORATION


def focus_chain(window: MainWindow, qtbot: QtBot, presses: int = 40) -> list[QWidget]:
    seen: list[QWidget] = []
    for _ in range(presses):
        key(qtbot, window, Qt.Key.Key_Tab, Qt.KeyboardModifier.NoModifier)
        focused = QApplication.focusWidget()
        if focused is not None and focused not in seen:
            seen.append(focused)
    return seen


def test_tab_key_reaches_every_control_of_each_tab(window: MainWindow, qtbot: QtBot) -> None:
    window.pages.show_tab(OVERVIEW)
    reached = focus_chain(window, qtbot)
    assert window.picker.combo in reached
    assert any(isinstance(widget, QPushButton) for widget in reached)  # Copy key figures
    for tab in (PATENTS, PUBLICATIONS, COLLABORATION):
        window.pages.show_tab(tab)
        reached = focus_chain(window, qtbot)
        page = window.pages.page(tab)
        for control in [*page.table_views(), *page.charts()]:
            assert control in reached, f"tab {tab}: {control.accessibleName()} is not reached with Tab"


def test_keyboard_only_copy_of_a_table(window: MainWindow, qtbot: QtBot) -> None:
    ctrl = Qt.KeyboardModifier.ControlModifier
    key(qtbot, window, Qt.Key.Key_2, ctrl)  # Patents, focus on its table
    assert isinstance(QApplication.focusWidget(), TableView)
    key(qtbot, window, Qt.Key.Key_A, ctrl)
    key(qtbot, window, Qt.Key.Key_C, ctrl)
    assert QGuiApplication.clipboard().text().splitlines()[:2] == [
        "Rank\tApplicant\tPCT applications\tShare",
        "1\tQINGDAO HAIER AIR CONDITIONER GENERAL\t2131\t25%",
    ]


def test_every_menu_item_has_a_keyboard_path(window: MainWindow) -> None:
    for menu_action in window.menuBar().actions():
        assert "&" in menu_action.text(), menu_action.text()
        menu = menu_action.menu()
        assert menu is not None
        for action in menu.actions():
            if action.isSeparator() or (action.menu() is not None and not action.text()):
                continue
            assert "&" in action.text() or not action.shortcut().isEmpty(), action.text()


def test_tables_and_charts_have_accessible_names_and_charts_describe_their_figures(window: MainWindow) -> None:
    for tab in range(4):
        page = window.pages.page(tab)
        for view in page.table_views():
            assert view.accessibleName()
        for chart in page.charts():
            assert chart.accessibleName().startswith("Chart: ")
    chart = window.pages.page(PATENTS).charts()[0]
    assert chart.accessibleDescription() == (
        "QINGDAO HAIER AIR CONDITIONER GENERAL: 25%; QINGDAO HAIER WASHING MACHINE: 10%; QINGDAO HAIER REFRIGERATOR: 9%"
    )
    assert window.picker.combo.accessibleName() == "Cluster profile shown"


# -- About and settings -------------------------------------------------------------------


def test_about_gives_version_source_licences(window: MainWindow, qtbot: QtBot) -> None:
    from qingdao_viewer import __version__
    from qingdao_viewer.ui.about import AboutDialog

    dialog = AboutDialog(window.session.tables.key_figures.attribution, window)
    qtbot.addWidget(dialog)
    text = "\n".join(label.text() for label in dialog.findChildren(QLabel))
    for expected in (__version__, "10.34667/tind.50062", "CC BY 4.0", "LGPLv3", "pyqtgraph", "MIT", "© WIPO"):
        assert expected in text, expected


def test_reset_settings_forgets_everything_and_closing_writes_nothing_back(window: MainWindow) -> None:
    window.set_theme("dark")
    window.pages.show_tab(PUBLICATIONS)
    window.save_settings()
    assert Settings().last_tab(4) == PUBLICATIONS
    window.reset_to_defaults()
    assert theme.current() == "system"
    window.close()
    again = Settings()
    assert (again.last_tab(4), again.theme(), again.language(), again.last_profile()) == (0, "system", None, None)


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_numbers_and_percentages_are_written_as_the_language_writes_them(qapp: object, language: str) -> None:
    from PySide6.QtCore import QLocale

    from qingdao_viewer.tables import Kind, display_text

    apply_language(language)
    locale = QLocale(language)
    for count in (9, 732, 2131, 1_204_551):
        assert display_text(count, Kind.COUNT) == locale.toString(count)
    assert display_text(25, Kind.SHARE) == f"25{locale.percent()}"


@pytest.mark.parametrize("name", ["de_DE", "fr_FR", "de_CH"])
def test_numbers_follow_the_locale_installed_even_where_it_groups_otherwise(qapp: object, name: str) -> None:
    """English and Chinese both group with commas; these locales do not, so a formatter that ignored them fails."""
    from PySide6.QtCore import QLocale

    from qingdao_viewer.language import install_number_format
    from qingdao_viewer.tables import Kind, display_text

    locale = QLocale(name)
    assert locale.toString(2131) != "2,131"
    install_number_format(locale)
    try:
        for count in (9, 732, 2131, 1_204_551):
            assert display_text(count, Kind.COUNT) == locale.toString(count)
        assert display_text(25, Kind.SHARE) == f"25{locale.percent()}"
    finally:
        apply_language("en")


def test_the_system_language_is_followed(monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtCore import QLocale

    from qingdao_viewer import language

    monkeypatch.setattr(language.QLocale, "system", staticmethod(lambda: QLocale("zh_TW")))
    assert language.system_language() == "zh_CN"  # the one Chinese the app has
    assert apply_language(None) == "zh_CN"
    monkeypatch.setattr(language.QLocale, "system", staticmethod(lambda: QLocale("de_DE")))
    assert apply_language(None) == "en"
