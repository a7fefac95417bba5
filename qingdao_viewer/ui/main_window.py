"""The main window: a composition of small parts over one Session.

The session (Qt-free) holds what is shown and does the opening, pasting and comparing; the
window observes it and repaints. Its parts, each in a module of its own: the actions and
menus (``actions``), the Cluster box (``cluster_picker``), the tabs (``tab_pages``), the
ways a profile comes in (``profile_doors``) and what is done with what is shown
(``window_commands``).
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QMainWindow, QTabWidget, QVBoxLayout, QWidget

from qingdao_viewer.app_log import log_warning
from qingdao_viewer.i18n import translate
from qingdao_viewer.profile import ClusterProfile
from qingdao_viewer.session import Change, Session
from qingdao_viewer.ui import literal, theme
from qingdao_viewer.ui.actions import COMPARE, COMPARE_ANOTHER, PICKER_MENU, WindowActions
from qingdao_viewer.ui.cluster_picker import ClusterPicker
from qingdao_viewer.ui.import_commands import ImportCommands, dropped_paths
from qingdao_viewer.ui.library_commands import LibraryCommands
from qingdao_viewer.ui.profile_doors import ProfileDoors
from qingdao_viewer.ui.tab_pages import TabPages
from qingdao_viewer.ui.tabs import ContentTab
from qingdao_viewer.ui.window_commands import WindowCommands

if TYPE_CHECKING:
    from qingdao_viewer.charts import ChartRenderer
    from qingdao_viewer.library import ProfileLibrary
    from qingdao_viewer.ui.settings import Settings

DEFAULT_SIZE = (1100, 760)
LIBRARY_READ_BUDGET = 0.05  # seconds of reading new library files per turn of the event loop


def default_library() -> ProfileLibrary:
    """The shipped profiles and the user's library folder (library.py's, the same path QStandardPaths gives)."""
    from qingdao_viewer import library

    return library.default_library()


class MainWindow(QMainWindow):
    """Shows a session's profile in four tabs; a profile that fails to open leaves the current one shown.

    ``ready`` is emitted when every tab of what is shown has been built.
    """

    ready = Signal()

    def __init__(
        self,
        profile: ClusterProfile,
        profile_path: str,
        parent: QWidget | None = None,
        settings: Settings | None = None,
        library: ProfileLibrary | None = None,
    ):
        super().__init__(parent)
        self.settings = settings
        self._reset_pending = False
        self._renderer: ChartRenderer | None = None
        self.session = Session(
            profile,
            profile_path,
            library=(lambda: library) if library is not None else default_library,
            recent=settings,
            warn=log_warning,
            read_budget=LIBRARY_READ_BUDGET,
        )
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.tabBar().setExpanding(False)
        self.tabs.tabBar().setElideMode(Qt.TextElideMode.ElideNone)
        self.doors = ProfileDoors(self.session, self)
        self.picker = ClusterPicker(self.session)
        self.picker.picked.connect(self.doors.open_profile)
        central = QWidget()
        column = QVBoxLayout(central)  # the Cluster bar above the tabs: it never takes the tab row's width
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.picker)
        column.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self.pages = TabPages(self.session, self.tabs, self.chart_renderer)
        self.pages.page_added.connect(self._connect_page)
        self.pages.ready.connect(self._pages_ready)
        self.commands = WindowCommands(self.session, self.pages, self)
        self.window_actions = WindowActions(self)
        self.library_commands = LibraryCommands(self.session, self, self.window_actions["remove_kept"])
        self.library_commands.offer_in(self.picker.combo, [self.window_actions[name] for name in PICKER_MENU])
        self.imports = ImportCommands(
            self.session, self, self.doors.open_profile, self._compare, self.library_commands.show_folder
        )
        self._wire_actions()
        self.session.observe(self._session_changed)
        self._show_session()
        self.setAcceptDrops(True)  # a profile file dropped on the window opens like File > Open
        self.resize(*DEFAULT_SIZE)
        if settings is not None:
            self._restore(settings)

    def _wire_actions(self) -> None:
        actions, doors, commands, pages = self.window_actions, self.doors, self.commands, self.pages
        actions.build_menus(self.menuBar())
        actions.connect_slots(
            {
                "open": doors.choose_profile,
                "import_profiles": self.imports.choose_and_import,
                "library": self.imports.show_library,
                "save_yaml": commands.save_profile_yaml,
                "remove_kept": self.library_commands.remove_shown,
                "show_library": self.library_commands.show_folder,
                "export_table": commands.export_table_csv,
                "export_workbook": commands.export_workbook,
                "export_chart": commands.export_chart,
                "export_all": commands.export_all,
                "export_report": commands.export_report,
                "print": commands.print_report,
                "quit": self.close,
                "copy": commands.copy,
                "copy_table": commands.copy_table,
                "copy_chart": commands.copy_chart,
                "paste_profile": doors.paste_profile_text,
                **{f"tab_{index}": partial(pages.show_tab, index) for index in range(4)},
                "compare": doors.choose_comparison,
                "stop_compare": self.session.stop_comparing,
                "previous_tab": lambda: pages.step(-1),
                "next_tab": lambda: pages.step(1),
                "reset_settings": self.reset_settings,
                "about": self.about,
            }
        )
        recent = actions.menus["recent"]
        recent.aboutToShow.connect(lambda: doors.fill_recent_menu(recent))
        actions.connect_toggle("show_derived", self.pages.set_derived_shown, True)
        actions.connect_choices("language", self.set_language)
        actions.connect_choices("theme", self.set_theme)
        actions.check("language", self._chosen_language())
        actions.check("theme", theme.current())

    # -- the session, observed ------------------------------------------------------------

    def _session_changed(self, change: Change) -> None:
        if change & (Change.SHOWN | Change.COMPARISON):
            self._show_session()
        elif change & Change.LIBRARY:
            self.picker.retranslate()

    def _show_session(self) -> None:
        comparison = self.session.comparison
        overview = self.session.tables.overview
        if comparison is None:
            title = translate("MainWindow", "{cluster} — GII {year} S&T cluster").format(
                cluster=overview.title, year=overview.year
            )
        else:
            from qingdao_viewer.ui.compare_tabs import compared_title

            title = compared_title(overview.edition, [other.tables.overview.edition for other in comparison.others])
        self.setWindowTitle(literal.window_title(title))
        self.window_actions.set_source_text("compare", COMPARE if comparison is None else COMPARE_ANOTHER)
        self.window_actions["stop_compare"].setEnabled(comparison is not None)
        self.pages.rebuild()
        self.picker.retranslate()

    def _connect_page(self, page: ContentTab) -> None:
        for view in page.table_views():
            view.focused.connect(self.pages.view_focused)
            view.export_requested.connect(lambda v: self.commands.export_table_csv(v))
        for chart in page.charts():
            chart.focused.connect(self.pages.chart_focused)
            chart.export_requested.connect(lambda c: self.commands.export_chart(c))

    def _pages_ready(self) -> None:
        self.picker.refresh()  # reads the library: done after the first paint, not before
        self.library_commands.listed()
        self.ready.emit()

    def chart_renderer(self) -> ChartRenderer:
        """The one pyqtgraph scene that draws every chart of this window (made when first needed)."""
        if self._renderer is None:
            from qingdao_viewer.charts import ChartRenderer

            self._renderer = ChartRenderer(self)
        return self._renderer

    def event(self, event: QEvent) -> bool:
        """Override QMainWindow::event: after the first paint, build the waiting tabs."""
        if event.type() == QEvent.Type.Paint:
            self.pages.first_painted()
        return super().event(event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """Override QWidget::dragEnterEvent: accept local files and folders."""
        if dropped_paths(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        """Override QWidget::dropEvent: one file opens (refused like File > Open); several, or a folder, import."""
        self.imports.drop(event, self.doors.drop)

    def _compare(self, first: str, *others: str) -> bool:
        """The library window's Compare: the first shown, the others (1 to 9) beside it."""
        return self.doors.open_profile(first) and self.doors.compare_with(list(others))

    # -- settings, language and theme -----------------------------------------------------

    def _restore(self, settings: Settings) -> None:
        geometry = settings.geometry()
        if geometry is not None and not self.restoreGeometry(geometry):
            log_warning(f"settings file {settings.file_name}: window/geometry is not usable; using the default")
        self.pages.show_tab(settings.last_tab(self.tabs.count()))
        self.window_actions["show_derived"].setChecked(settings.derived_shown())

    def save_settings(self) -> None:
        if self.settings is None or self._reset_pending:
            return
        self.settings.set_geometry(self.saveGeometry())
        self.settings.set_last_tab(self.tabs.currentIndex())
        self.settings.set_derived_shown(self.pages.derived_shown)
        # A pasted profile that could not be kept, or one removed from the library, has no file to reopen.
        self.settings.set_last_profile(self.session.path or None)
        self.settings.save()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Override QWidget::closeEvent: remember the window for the next start."""
        self.save_settings()
        super().closeEvent(event)

    def _chosen_language(self) -> str:
        """The language the user chose ("" for the system's)."""
        return (self.settings.language() if self.settings is not None else None) or ""

    def set_language(self, code: str) -> None:
        """View > Language: speak another language now, and at every start after."""
        from qingdao_viewer.language import apply_language

        if self.settings is not None:
            self.settings.set_language(code or None)
            self.settings.save()
        apply_language(code or None)
        self.window_actions.check("language", code)
        self.retranslate()

    def set_theme(self, name: str) -> None:
        """View > Theme: system, light or dark; the charts follow."""
        theme.apply_theme(name)
        if self.settings is not None:
            self.settings.set_theme(name)
            self.settings.save()
        self.window_actions.check("theme", name)

    def retranslate(self) -> None:
        """Every word in the language now installed: menus in place, tables and tabs made anew."""
        self.window_actions.retranslate()
        self.session.retranslate()  # observed: the tabs, the title and the picker follow

    def reset_settings(self) -> None:
        """View > Reset settings: forget size, place, tab, profile, language, theme and recent files."""
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(
            self,
            translate("MainWindow", "Reset settings"),
            translate(
                "MainWindow",
                "Forget the window's size and place, the last tab and profile, the language, the theme "
                "and the recent profiles? Profiles kept in the library stay.",
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.reset_to_defaults()

    def reset_to_defaults(self) -> None:
        if self.settings is not None:
            self.settings.reset()
        self._reset_pending = True  # closing now must not write the settings back
        from qingdao_viewer.language import apply_language

        theme.apply_theme("system")
        apply_language(None)
        self.window_actions.check("theme", "system")
        self.window_actions.check("language", "")
        self.retranslate()
        self.resize(*DEFAULT_SIZE)

    def about(self) -> None:
        from qingdao_viewer.ui.about import AboutDialog

        AboutDialog(self.session.tables.key_figures.attribution, self).exec()
