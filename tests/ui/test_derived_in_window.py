"""The derived estimates on the Overview: apart from the source's figures, marked derived, hidden by a View option."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from qingdao_viewer.ui.main_window import MainWindow
from qingdao_viewer.ui.tabs import OverviewTab


def overview(window: MainWindow) -> OverviewTab:
    page = window.pages.page(0)
    assert isinstance(page, OverviewTab)
    return page


def test_the_overview_shows_the_intervals_marked_derived(window: MainWindow) -> None:
    section = overview(window).derived
    assert section is not None and section.isVisible()
    cards = [(card.figure.text(), card.caption.text()) for card in section.cards]
    assert cards == [
        ("8,391 to 8,611", "PCT applications, cluster total (derived)"),
        ("46,276 to 48,118", "Scientific articles, cluster total (derived)"),
        ("4,815,000 to 4,945,000", "Population, both taken together (derived)"),
    ]
    assert "not published by WIPO" in section.table.note


def test_the_view_option_hides_them_and_is_kept_for_the_next_profile(window: MainWindow) -> None:
    option = window.window_actions["show_derived"]
    assert option.isCheckable() and option.isChecked()
    option.trigger()
    section = overview(window).derived
    assert section is not None and not section.isVisible()
    window.doors.open_profile(str(window.session.path))  # the tabs are built anew
    section = overview(window).derived
    assert section is not None and not section.isVisible()
    window.save_settings()
    assert window.settings is not None and window.settings.derived_shown() is False
    option.trigger()
    assert overview(window).derived.isVisible()  # type: ignore[union-attr]


def test_copy_derived_estimates_copies_their_table_titled_as_derived(window: MainWindow) -> None:
    section = overview(window).derived
    assert section is not None
    section.copy_button.click()
    text = QApplication.clipboard().text()
    assert text.startswith("Derived estimates (not in the source)") or "Figure (derived)" in text
    assert "8391" in text.replace(",", "") and "8611" in text.replace(",", "")
