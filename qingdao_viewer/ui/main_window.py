"""The main window: four tabs over one profile, with File, Edit, View and Help menus."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QMainWindow, QMenu, QTabWidget, QVBoxLayout, QWidget

from qingdao_viewer import APP_NAME
from qingdao_viewer.export.csv_text import table_csv
from qingdao_viewer.files import write_atomically
from qingdao_viewer.i18n import LANGUAGES, QT_TRANSLATE_NOOP, translate
from qingdao_viewer.profile import ClusterProfile, ProfileError, load_profile
from qingdao_viewer.tables import ProfileTables, build_tables
from qingdao_viewer.tables.comparison import ComparisonTables, build_comparison
from qingdao_viewer.tables.overview import edition_title
from qingdao_viewer.ui import literal, theme
from qingdao_viewer.ui.app_log import log_warning
from qingdao_viewer.ui.tabs import ContentTab, OverviewTab
from qingdao_viewer.ui.theme import THEMES

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

    from qingdao_viewer.library import LibraryEntry, ProfileLibrary
    from qingdao_viewer.ui.settings import Settings
    from qingdao_viewer.ui.share_chart import ChartRenderer, ShareChart
    from qingdao_viewer.ui.table_view import TableView

TAB_TITLES = (
    QT_TRANSLATE_NOOP("MainWindow", "&Overview"),
    QT_TRANSLATE_NOOP("MainWindow", "&Patents"),
    QT_TRANSLATE_NOOP("MainWindow", "P&ublications"),
    QT_TRANSLATE_NOOP("MainWindow", "&Collaboration"),
)


def profile_files() -> str:
    return translate(
        "MainWindow", "GII cluster profiles (*.yaml *.yml *.txt);;Profile YAML (*.yaml *.yml);;Profile text (*.txt)"
    )


def cannot_write(path: object, error: OSError) -> str:
    return translate("MainWindow", "{path}: cannot write: {reason}").format(path=path, reason=error.strerror or error)


def kept_profiles_dir() -> Path:
    """The user's library folder, for profiles opened from elsewhere or imported from text."""
    from PySide6.QtCore import QStandardPaths

    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation)
    return Path(location) / "profiles"


class Comparison:
    """The second cluster of compare mode, and the tables of both."""

    def __init__(self, profile: ClusterProfile, path: str, first: ClusterProfile):
        self.profile = profile
        self.path = path
        self.tables = build_tables(profile)
        self.both: ComparisonTables = build_comparison(first, profile)


def window_title(profile: ClusterProfile) -> str:
    return translate("MainWindow", "{cluster} - GII {year} S&T cluster").format(
        cluster=profile.title, year=profile.year
    )


class PendingPage(QWidget):
    """A tab's place, filled with its content when first needed.

    The Overview needs only Qt; the other tabs need pyqtgraph, which takes longer to import
    than a bare window takes to appear. They are built just after the first paint (or at
    once, if the user gets there first).
    """

    def __init__(self, build: Callable[[], ContentTab], parent: QWidget | None = None):
        super().__init__(parent)
        self._build: Callable[[], ContentTab] | None = build
        self.content: ContentTab | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    def built(self) -> ContentTab:
        if self.content is None:
            assert self._build is not None
            self.content, self._build = self._build(), None
            layout = self.layout()
            assert layout is not None
            layout.addWidget(self.content)
        return self.content


class MainWindow(QMainWindow):
    """Shows one profile at a time; a profile that fails to open leaves the current one shown.

    ``ready`` is emitted when every tab of the profile shown has been built.
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
        self._library = library
        self.profile = profile
        self.profile_path = profile_path
        self.tables: ProfileTables = build_tables(profile)
        self.comparison: Comparison | None = None
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.picker = QComboBox()
        self.picker.setAccessibleName(translate("MainWindow", "Cluster profile shown"))
        self.picker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.picker.activated.connect(self._picked)
        self.compare_note = QLabel()
        self.compare_note.setTextFormat(Qt.TextFormat.PlainText)
        self._entries: list[LibraryEntry] = []
        self._reset_pending = False
        # The cluster bar sits in the tab row's corner: no extra row, and a tab switch, which
        # repaints the tab row anyway, lays out nothing else.
        bar_widget = QWidget()
        bar = QHBoxLayout(bar_widget)
        bar.setContentsMargins(8, 2, 8, 2)
        self.cluster_label = QLabel(translate("MainWindow", "C&luster:"))
        self.cluster_label.setBuddy(self.picker)
        bar.addWidget(self.compare_note)
        bar.addWidget(self.cluster_label)
        bar.addWidget(self.picker)
        self.tabs.setCornerWidget(bar_widget, Qt.Corner.TopRightCorner)
        self.setCentralWidget(self.tabs)
        self._listed = False
        self._current_view: TableView | None = None
        self._current_chart: ShareChart | None = None
        self._painted = False
        self._renderer: ChartRenderer | None = None
        self._make_menus()
        self._build_tabs()
        self.tabs.currentChanged.connect(self._tab_changed)
        self.setAcceptDrops(True)  # a profile file dropped on the window opens like File > Open
        self.resize(1100, 760)
        if settings is not None:
            self._restore(settings)

    @property
    def library(self) -> ProfileLibrary:
        """The shipped and kept profiles (made when first needed: the first paint does not wait for it)."""
        if self._library is None:
            from qingdao_viewer.library import ProfileLibrary
            from qingdao_viewer.package_data import data_dir

            self._library = ProfileLibrary(data_dir(), kept_profiles_dir())
        return self._library

    def _restore(self, settings: Settings) -> None:
        geometry = settings.geometry()
        if geometry is not None and not self.restoreGeometry(geometry):
            log_warning(f"settings file {settings.file_name}: window/geometry is not usable; using the default")
        self.show_tab(settings.last_tab(self.tabs.count()))

    def save_settings(self) -> None:
        if self.settings is None or self._reset_pending:
            return
        self.settings.set_geometry(self.saveGeometry())
        self.settings.set_last_tab(self.tabs.currentIndex())
        if self.profile_path:  # a pasted profile that could not be kept has no file to reopen
            self.settings.set_last_profile(self.profile_path)
        self.settings.save()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Override QWidget::closeEvent: remember the window for the next start."""
        self.save_settings()
        super().closeEvent(event)

    # -- menus ----------------------------------------------------------------------------

    def _action(
        self, text: str, slot: object, shortcut: QKeySequence | QKeySequence.StandardKey | None = None
    ) -> QAction:
        action = QAction(text, self._menu_owner)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        return action

    def _make_menus(self) -> None:
        """The menu bar, made anew (with its actions) when the language changes."""
        from PySide6.QtCore import QObject
        from PySide6.QtWidgets import QMenuBar

        old = getattr(self, "_menu_owner", None)
        self._menu_owner = QObject(self)
        menus = QMenuBar()
        self.setMenuBar(menus)  # deletes the old bar and its menus
        if old is not None:
            old.deleteLater()
        file_menu = menus.addMenu(translate("MainWindow", "&File"))
        self.open_action = self._action(
            translate("MainWindow", "&Open profile…"), self.choose_profile, QKeySequence.StandardKey.Open
        )
        self.recent_menu = QMenu(translate("MainWindow", "Open &recent"), self)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.save_yaml_action = self._action(
            translate("MainWindow", "&Save profile as YAML…"), lambda: self.save_profile_yaml()
        )
        self.export_table_action = self._action(
            translate("MainWindow", "Export table as &CSV…"), lambda: self.export_table_csv()
        )
        self.export_chart_action = self._action(
            translate("MainWindow", "Export chart as &PNG or SVG…"), lambda: self.export_chart()
        )
        self.export_all_action = self._action(
            translate("MainWindow", "Export &all to folder…"), lambda: self.export_all()
        )
        self.export_report_action = self._action(
            translate("MainWindow", "Export &report (PDF)…"), lambda: self.export_report()
        )
        self.quit_action = self._action(translate("MainWindow", "&Quit"), self.close, QKeySequence.StandardKey.Quit)
        file_menu.addAction(self.open_action)
        file_menu.addMenu(self.recent_menu)
        file_menu.addAction(self.save_yaml_action)
        file_menu.addSeparator()
        file_menu.addActions(
            [self.export_table_action, self.export_chart_action, self.export_all_action, self.export_report_action]
        )
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        edit_menu = menus.addMenu(translate("MainWindow", "&Edit"))
        # The tables and charts own Ctrl+C (so it acts where the user is); the menu's copy
        # shows the key but only fires from the menu, so the two never compete for it.
        self.copy_action = self._action(translate("MainWindow", "&Copy"), self.copy)
        self.copy_action.setShortcut(QKeySequence.StandardKey.Copy)
        self.copy_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.copy_table_action = self._action(translate("MainWindow", "Copy &table"), self.copy_table)
        self.copy_chart_action = self._action(translate("MainWindow", "Copy c&hart"), self.copy_chart)
        edit_menu.addActions([self.copy_action, self.copy_table_action, self.copy_chart_action])
        edit_menu.addSeparator()
        self.paste_profile_action = self._action(
            translate("MainWindow", "&Paste profile text"), self.paste_profile_text
        )
        self.paste_profile_action.setShortcut(QKeySequence("Ctrl+Shift+V"))
        edit_menu.addAction(self.paste_profile_action)

        view_menu = menus.addMenu(translate("MainWindow", "&View"))
        self.tab_actions = []
        for index, title in enumerate(TAB_TITLES):
            action = self._action(
                translate("MainWindow", title),
                lambda _=False, i=index: self.show_tab(i),
                QKeySequence(f"Ctrl+{index + 1}"),
            )
            self.tab_actions.append(action)
        view_menu.addActions(self.tab_actions)
        view_menu.addSeparator()
        self.compare_action = self._action(translate("MainWindow", "Co&mpare with…"), self.choose_comparison)
        self.stop_compare_action = self._action(translate("MainWindow", "&Stop comparing"), self.stop_comparing)
        self.stop_compare_action.setEnabled(False)
        view_menu.addActions([self.compare_action, self.stop_compare_action])
        view_menu.addSeparator()
        self.previous_tab_action = self._action(
            translate("MainWindow", "P&revious tab"), lambda: self._step_tab(-1), QKeySequence("Ctrl+PgUp")
        )
        self.next_tab_action = self._action(
            translate("MainWindow", "Ne&xt tab"), lambda: self._step_tab(1), QKeySequence("Ctrl+PgDown")
        )
        view_menu.addActions([self.previous_tab_action, self.next_tab_action])
        view_menu.addSeparator()
        self.language_menu = view_menu.addMenu(translate("MainWindow", "&Language"))
        self.language_actions = self._choices(
            self.language_menu,
            [("", translate("MainWindow", "&System default"))] + [(code, name) for code, name in LANGUAGES.items()],
            self._chosen_language(),
            self.set_language,
        )
        self.theme_menu = view_menu.addMenu(translate("MainWindow", "&Theme"))
        self.theme_actions = self._choices(
            self.theme_menu,
            [(code, translate("MainWindow", label)) for code, label in THEMES.items()],
            theme.current(),
            self.set_theme,
        )
        view_menu.addSeparator()
        self.reset_settings_action = self._action(translate("MainWindow", "&Reset settings…"), self.reset_settings)
        view_menu.addAction(self.reset_settings_action)

        help_menu = menus.addMenu(translate("MainWindow", "&Help"))
        help_menu.addAction(self._action(translate("MainWindow", "&About {app}").format(app=APP_NAME), self.about))

    def _choices(
        self, menu: QMenu, choices: list[tuple[str, str]], current: str, choose: Callable[[str], object]
    ) -> dict[str, QAction]:
        """Radio items in a menu, one checked."""
        from PySide6.QtGui import QActionGroup

        group = QActionGroup(self._menu_owner)
        actions = {}
        for code, label in choices:
            action = self._action(label, lambda _=False, c=code: choose(c))
            action.setCheckable(True)
            action.setChecked(code == current)
            group.addAction(action)
            menu.addAction(action)
            actions[code] = action
        return actions

    def _step_tab(self, step: int) -> None:
        self.show_tab((self.tabs.currentIndex() + step) % self.tabs.count())

    # -- language, theme and settings ---------------------------------------------------------

    def _chosen_language(self) -> str:
        """The language the user chose ("" for the system's)."""
        return (self.settings.language() if self.settings is not None else None) or ""

    def set_language(self, code: str) -> None:
        """View > Language: speak another language now, and at every start after."""
        from qingdao_viewer.ui.language import apply_language

        if self.settings is not None:
            self.settings.set_language(code or None)
            self.settings.save()
        apply_language(code or None)
        self.retranslate()

    def set_theme(self, name: str) -> None:
        """View > Theme: system, light or dark; the charts follow."""
        theme.apply_theme(name)
        if self.settings is not None:
            self.settings.set_theme(name)
            self.settings.save()
        for code, action in self.theme_actions.items():
            action.setChecked(code == name)

    def retranslate(self) -> None:
        """Show every word in the language now installed: menus, tabs, tables and charts are made anew."""
        self.tables = build_tables(self.profile)
        if self.comparison is not None:
            self.comparison = Comparison(self.comparison.profile, self.comparison.path, self.profile)
        self._make_menus()
        self.cluster_label.setText(translate("MainWindow", "C&luster:"))
        self.picker.setAccessibleName(translate("MainWindow", "Cluster profile shown"))
        self._listed = False
        self._build_tabs()
        if self._painted:
            self.refresh_library()

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
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.reset_to_defaults()

    def reset_to_defaults(self) -> None:
        from qingdao_viewer.ui.language import apply_language

        if self.settings is not None:
            self.settings.reset()
        self._reset_pending = True  # closing now must not write the settings back
        theme.apply_theme("system")
        apply_language(None)
        self.retranslate()
        self.resize(1100, 760)

    # -- tabs -----------------------------------------------------------------------------

    def _build_tabs(self) -> None:
        profile, tables = self.profile, self.tables
        current = self.tabs.currentIndex()
        # Removing and adding tabs moves the current index through -1 and each new tab;
        # the window acts once, on the final state.
        self.tabs.blockSignals(True)
        while self.tabs.count():
            widget = self.tabs.widget(0)
            self.tabs.removeTab(0)
            if widget is not None:
                widget.deleteLater()
        if self.comparison is None:
            overview: ContentTab = OverviewTab(tables)
            builders = self._chart_tab_builders(profile, tables)
            self.compare_note.setText("")
            title = window_title(profile)
        else:
            from qingdao_viewer.ui.compare_tabs import CompareOverviewTab

            other = self.comparison
            overview = CompareOverviewTab(tables, other.tables, other.both)
            builders = self._compare_tab_builders(other)
            self.compare_note.setText(
                translate("MainWindow", "compared with {cluster}").format(cluster=edition_title(other.profile))
            )
            title = translate("MainWindow", "{first} and {second} - compared").format(
                first=edition_title(profile), second=edition_title(other.profile)
            )
        self._connect(overview)
        self.tabs.addTab(overview, translate("MainWindow", TAB_TITLES[0]))
        for tab_title, build in zip(TAB_TITLES[1:], builders, strict=True):
            self.tabs.addTab(PendingPage(build), translate("MainWindow", tab_title))
        self._current_view = None
        self._current_chart = None
        self.tabs.setCurrentIndex(max(0, current))
        self.tabs.blockSignals(False)
        self._tab_changed(self.tabs.currentIndex())
        self.setWindowTitle(literal.window_title(title))
        self.compare_action.setText(
            translate("MainWindow", "Co&mpare with…")
            if self.comparison is None
            else translate("MainWindow", "Co&mpare with another…")
        )
        self.stop_compare_action.setEnabled(self.comparison is not None)
        self._select_in_picker()
        if self._painted:
            QTimer.singleShot(0, self._build_next_pending)

    def event(self, event: QEvent) -> bool:
        """Override QMainWindow::event: after the first paint, build the waiting tabs."""
        if event.type() == QEvent.Type.Paint and not self._painted:
            self._painted = True
            QTimer.singleShot(0, self._build_next_pending)
        return super().event(event)

    def chart_renderer(self) -> ChartRenderer:
        """The one pyqtgraph scene that draws every chart of this window (made when first needed)."""
        if self._renderer is None:
            from qingdao_viewer.ui.share_chart import ChartRenderer

            self._renderer = ChartRenderer(self)
        return self._renderer

    def _chart_tab_builders(self, profile: ClusterProfile, tables: ProfileTables) -> list[Callable[[], ContentTab]]:
        def patents() -> ContentTab:
            from qingdao_viewer.ui.chart_tabs import TopListTab

            return self._connect(TopListTab(tables.patent_applicants, tables.patent_fields, self.chart_renderer()))

        def publications() -> ContentTab:
            from qingdao_viewer.ui.chart_tabs import TopListTab

            page = TopListTab(tables.publishing_organizations, tables.publication_fields, self.chart_renderer())
            return self._connect(page)

        def collaboration() -> ContentTab:
            from qingdao_viewer.ui.chart_tabs import CollaborationTab

            return self._connect(CollaborationTab(tables, self.chart_renderer()))

        return [patents, publications, collaboration]

    def _compare_tab_builders(self, other: Comparison) -> list[Callable[[], ContentTab]]:
        first, first_tables = self.profile, self.tables
        second, second_tables = other.profile, other.tables

        def side_by_side(make: Callable[[ClusterProfile, ProfileTables], ContentTab]) -> ContentTab:
            from qingdao_viewer.ui.compare_tabs import SideBySideTab

            return SideBySideTab(
                [
                    (edition_title(first), make(first, first_tables)),
                    (edition_title(second), make(second, second_tables)),
                ]
            )

        def patents() -> ContentTab:
            from qingdao_viewer.ui.chart_tabs import TopListTab

            page = side_by_side(lambda _, t: TopListTab(t.patent_applicants, t.patent_fields, self.chart_renderer()))
            return self._connect(page)

        def publications() -> ContentTab:
            from qingdao_viewer.ui.chart_tabs import TopListTab

            page = side_by_side(
                lambda _, t: TopListTab(t.publishing_organizations, t.publication_fields, self.chart_renderer())
            )
            return self._connect(page)

        def collaboration() -> ContentTab:
            from qingdao_viewer.ui.chart_tabs import CollaborationTab
            from qingdao_viewer.ui.compare_tabs import CompareCollaborationTab, SideBySideTab

            sides = side_by_side(lambda p, t: CollaborationTab(t, self.chart_renderer(), narrow=True))
            assert isinstance(sides, SideBySideTab)
            return self._connect(CompareCollaborationTab(other.both, sides))

        return [patents, publications, collaboration]

    def _connect(self, page: ContentTab) -> ContentTab:
        for view in page.table_views():
            view.focused.connect(self._view_focused)
            view.export_requested.connect(lambda v: self.export_table_csv(v))
        for chart in page.charts():
            chart.focused.connect(self._chart_focused)
            chart.export_requested.connect(lambda c: self.export_chart(c))
        return page

    def _build_next_pending(self) -> None:
        """Build one waiting tab per turn of the event loop, so the window stays responsive."""
        for index in range(self.tabs.count()):
            widget = self.tabs.widget(index)
            if isinstance(widget, PendingPage) and widget.content is None:
                widget.built()
                QTimer.singleShot(0, self._build_next_pending)
                return
        if not self._listed:
            self.refresh_library()
        self.ready.emit()

    def is_ready(self) -> bool:
        return not any(
            isinstance(widget, PendingPage) and widget.content is None
            for widget in (self.tabs.widget(index) for index in range(self.tabs.count()))
        )

    def page(self, index: int | None = None) -> ContentTab:
        """The content of a tab (default: the current one), built if it was not yet."""
        widget = self.tabs.widget(self.tabs.currentIndex() if index is None else index)
        if isinstance(widget, PendingPage):
            return widget.built()
        assert isinstance(widget, ContentTab)
        return widget

    def show_tab(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)

    def _tab_changed(self, index: int) -> None:
        if index < 0:
            return
        views = self.page(index).table_views()  # builds the tab now if it was waiting
        if views:
            views[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def _view_focused(self, view: TableView) -> None:
        self._current_view = view

    def _chart_focused(self, chart: ShareChart) -> None:
        self._current_chart = chart

    def current_view(self) -> TableView | None:
        """The table the Edit menu acts on: the last one used in this tab, else its first."""
        views = self.page().table_views()
        if self._current_view in views:
            return self._current_view
        return views[0] if views else None

    def current_chart(self) -> ShareChart | None:
        charts = self.page().charts()
        if self._current_chart in charts:
            return self._current_chart
        view = self.current_view()
        for chart in charts:
            if view is not None and chart.table is view.table:
                return chart
        return charts[0] if charts else None

    # -- profiles -------------------------------------------------------------------------

    def show_profile(self, profile: ClusterProfile, path: str) -> None:
        self.profile, self.profile_path = profile, path
        self.tables = build_tables(profile)
        if self.comparison is not None:
            self.comparison = Comparison(self.comparison.profile, self.comparison.path, profile)
        self._build_tabs()

    def open_profile(self, path: str) -> bool:
        """Show the profile at path; on failure say why and keep what is shown."""
        try:
            profile = load_profile(path)
        except ProfileError as error:
            self.show_error(translate("MainWindow", "Cannot open profile"), str(error))
            return False
        self._remember(profile, path)
        self.show_profile(profile, path)
        return True

    def _remember(self, profile: ClusterProfile, path: str) -> None:
        """A profile opened from outside the library is kept in it, and every one goes on the recent list."""
        if self.settings is not None:
            self.settings.add_recent_profile(str(Path(path).resolve()))
        if not self.library.contains(path):
            try:
                self.library.keep(profile, origin=Path(path).name)
            except OSError as error:
                log_warning(f"{path}: could not be kept in the library {self.library.kept}: {error.strerror or error}")
        self._listed = False

    def paste_profile_text(self) -> bool:
        """Edit > Paste profile text: read a profile's published text from the clipboard, keep it, show it."""
        from PySide6.QtGui import QGuiApplication

        from qingdao_viewer.profile.profile_text import parse_profile_text

        text = QGuiApplication.clipboard().text()
        if not text.strip():
            self.show_error(
                translate("MainWindow", "Nothing to paste"),
                translate("MainWindow", "The clipboard holds no text. Copy a cluster profile's text first."),
            )
            return False
        try:
            profile = parse_profile_text(text, "clipboard")
        except ProfileError as error:
            self.show_error(translate("MainWindow", "Cannot read the pasted profile"), str(error))
            return False
        try:
            kept = str(self.library.keep(profile, origin="text pasted from the clipboard"))
        except OSError as error:
            self.show_error(
                translate("MainWindow", "Profile not kept"),
                translate(
                    "MainWindow",
                    "{path}: cannot write: {reason}. The profile is shown, but is not kept for next time; "
                    "use File > Save profile as YAML.",
                ).format(path=self.library.kept, reason=error.strerror or error),
            )
            kept = ""
        self._listed = False
        if kept and self.settings is not None:
            self.settings.add_recent_profile(kept)
        self.show_profile(profile, kept)
        return True

    def save_profile_yaml(self, path: str | None = None) -> Path | None:
        """File > Save profile as YAML: the profile shown, in gii-cluster-profile/1, written whole or not at all."""
        from qingdao_viewer.library import file_stem
        from qingdao_viewer.profile.profile_yaml import profile_to_yaml

        if path is None:
            path = self._ask_save_path(
                translate("MainWindow", "Save profile as YAML"),
                f"{file_stem(self.profile)}.yaml",
                translate("MainWindow", "Profile YAML (*.yaml *.yml)"),
            )
            if path is None:
                return None
        origin = Path(self.profile_path).name if self.profile_path else "a cluster profile"
        return self._write(Path(path), profile_to_yaml(self.profile, origin=origin).encode("utf-8"))

    # -- the library, recent files and compare mode -------------------------------------------

    def refresh_library(self) -> None:
        """List the library's profiles in the picker (read from disk: done after the first paint)."""
        listing = self.library.listing()
        for problem in listing.problems:
            log_warning(f"library: {problem}")
        self._entries = listing.entries
        self._listed = True
        self.picker.blockSignals(True)
        self.picker.clear()
        for entry in self._entries:
            label = self._entry_label(entry)
            self.picker.addItem(label, str(entry.path))
        self.picker.blockSignals(False)
        self._select_in_picker()

    def _select_in_picker(self) -> None:
        """Point the picker at the profile shown; one not in the library gets an item of its own."""
        self.picker.blockSignals(True)
        while self.picker.count() > len(self._entries):  # the earlier profile's own item
            self.picker.removeItem(self.picker.count() - 1)
        index = self.picker.findData(self.profile_path)
        if index < 0:
            shown = (self.profile.cluster, self.profile.economy, self.profile.year)
            index = next(
                (n for n, e in enumerate(self._entries) if (e.cluster, e.economy, e.year) == shown and not e.shipped),
                -1,
            )
        if index < 0:
            self.picker.addItem(edition_title(self.profile), self.profile_path)
            index = self.picker.count() - 1
        self.picker.setCurrentIndex(index)
        self.picker.blockSignals(False)

    @staticmethod
    def _entry_label(entry: LibraryEntry) -> str:
        return entry.label if entry.shipped else translate("MainWindow", "{profile} (kept)").format(profile=entry.label)

    def _picked(self, index: int) -> None:
        path = self.picker.itemData(index)
        if isinstance(path, str) and path and path != self.profile_path and not self.open_profile(path):
            self._select_in_picker()

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self.settings.recent_profiles() if self.settings is not None else []
        for number, path in enumerate(recent, start=1):
            action = self.recent_menu.addAction(f"&{number % 10} {Path(path).name}  ({Path(path).parent})")
            action.setData(path)
            action.triggered.connect(lambda _=False, p=path: self.open_recent(p))
        if not recent:
            self.recent_menu.addAction(translate("MainWindow", "No recent profiles")).setEnabled(False)
        self.recent_menu.addSeparator()
        clear = self.recent_menu.addAction(translate("MainWindow", "&Clear list"))
        clear.setEnabled(bool(recent))
        clear.triggered.connect(self.clear_recent)

    def open_recent(self, path: str) -> bool:
        """Open a recent profile; one that can no longer be read leaves the list."""
        if self.open_profile(path):
            return True
        if self.settings is not None:
            self.settings.set_recent_profiles([item for item in self.settings.recent_profiles() if item != path])
        return False

    def clear_recent(self) -> None:
        if self.settings is not None:
            self.settings.set_recent_profiles([])

    def choose_comparison(self) -> None:
        """View > Compare with…: pick a library profile (or another file) to set beside this one."""
        from PySide6.QtWidgets import QFileDialog, QInputDialog

        if not self._listed:
            self.refresh_library()
        choices = [entry for entry in self._entries if str(entry.path) != self.profile_path]
        other_file = translate("MainWindow", "Another profile file…")
        labels = [self._entry_label(entry) for entry in choices] + [other_file]
        label, ok = QInputDialog.getItem(
            self,
            translate("MainWindow", "Compare with"),
            translate("MainWindow", "Set this cluster beside the one shown:"),
            labels,
            0,
            False,
        )
        if not ok:
            return
        if label == other_file:
            start = str(Path(self.profile_path).parent) if self.profile_path else str(Path.home())
            path, _ = QFileDialog.getOpenFileName(self, translate("MainWindow", "Compare with"), start, profile_files())
            if path:
                self.compare_with(path)
            return
        self.compare_with(str(choices[labels.index(label)].path))

    def compare_with(self, path: str) -> bool:
        """Enter (or change) compare mode with the profile at path; on failure say why and change nothing."""
        try:
            other = load_profile(path)
        except ProfileError as error:
            self.show_error(translate("MainWindow", "Cannot open profile"), str(error))
            return False
        self._remember(other, path)
        self.comparison = Comparison(other, path, self.profile)
        self._build_tabs()
        return True

    def stop_comparing(self) -> None:
        """Leave compare mode: the single view of the profile shown comes back."""
        if self.comparison is not None:
            self.comparison = None
            self._build_tabs()

    @staticmethod
    def _dropped_file(event: QDragEnterEvent | QDropEvent) -> str | None:
        """The one local file being dragged, or None."""
        mime = event.mimeData()
        urls = mime.urls() if mime is not None and mime.hasUrls() else []
        if len(urls) == 1 and urls[0].isLocalFile():
            return urls[0].toLocalFile()
        return None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """Override QWidget::dragEnterEvent: accept one local file."""
        if self._dropped_file(event) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        """Override QWidget::dropEvent: open the file; a bad one is refused like File > Open."""
        path = self._dropped_file(event)
        if path is not None:
            event.acceptProposedAction()
            self.open_profile(path)

    def choose_profile(self) -> None:
        start = str(Path(self.profile_path).parent)
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(self, translate("MainWindow", "Open profile"), start, profile_files())
        if path:
            self.open_profile(path)

    def show_error(self, title: str, message: str) -> QMessageBox:
        """Say why something failed, in a window-modal box that does not block the caller."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    # -- copy and export ------------------------------------------------------------------

    def copy(self) -> None:
        view = self.current_view()
        if view is not None:
            view.copy_selection()

    def copy_table(self) -> None:
        page = self.page()
        view = self.current_view()
        if view is not None:
            view.copy_table()
        elif isinstance(page, OverviewTab):
            page.copy_key_figures()

    def copy_chart(self) -> None:
        chart = self.current_chart()
        if chart is not None:
            chart.copy_image()

    def export_table_csv(self, view: TableView | None = None, path: str | None = None) -> Path | None:
        view = view or self.current_view()
        table = view.table if view is not None else self.page().primary_table()
        if table is None:
            return None
        if path is None:
            path = self._ask_save_path(
                translate("MainWindow", "Export table as CSV"),
                f"{self.profile.cluster}-{table.name}.csv",
                translate("MainWindow", "CSV files (*.csv)"),
            )
            if path is None:
                return None
        return self._write(Path(path), table_csv(table).encode("utf-8"))

    def export_chart(self, chart: ShareChart | None = None, path: str | None = None) -> Path | None:
        chart = chart or self.current_chart()
        if chart is None:
            self.show_error(
                translate("MainWindow", "No chart"), translate("MainWindow", "This tab has no chart to export.")
            )
            return None
        if path is None:
            path = self._ask_save_path(
                translate("MainWindow", "Export chart"),
                f"{self.profile.cluster}-{chart.table.name}.png",
                translate("MainWindow", "PNG image (*.png);;SVG drawing (*.svg)"),
            )
            if path is None:
                return None
        target = Path(path)
        data = chart.svg_bytes() if target.suffix.lower() == ".svg" else chart.png_bytes()
        return self._write(target, data)

    def export_all(self, folder: str | None = None) -> list[Path]:
        """File > Export all: the profile shown, every table and chart; in compare mode, the comparison tables too."""
        from qingdao_viewer.export.folder import export_tables

        if folder is None:
            from PySide6.QtWidgets import QFileDialog

            folder = QFileDialog.getExistingDirectory(
                self, translate("MainWindow", "Export all tables and charts to folder"), str(Path.home())
            )
            if not folder:
                return []
        try:
            written = export_tables(self.tables, Path(folder))
            if self.comparison is not None:  # compare mode: the tables of both clusters too
                for table in self.comparison.both.all:
                    path = Path(folder) / f"{table.name}.csv"
                    write_atomically(path, table_csv(table).encode("utf-8"))
                    written.append(path)
            return written
        except OSError as error:
            self.show_error(
                translate("MainWindow", "Export failed"),
                cannot_write(error.filename or folder, error),
            )
            return []

    def export_report(self, path: str | None = None) -> Path | None:
        """File > Export report: every tab's figures and charts of the profile shown, as an A4 PDF."""
        from qingdao_viewer.library import file_stem

        if path is None:
            path = self._ask_save_path(
                translate("MainWindow", "Export report"),
                f"{file_stem(self.profile)}-report.pdf",
                translate("MainWindow", "PDF (*.pdf)"),
            )
            if path is None:
                return None
        from PySide6.QtGui import QGuiApplication

        from qingdao_viewer.report.pdf_report import report_pdf_bytes

        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            data = report_pdf_bytes(self.profile, self.tables)
        finally:
            QGuiApplication.restoreOverrideCursor()
        return self._write(Path(path), data)

    def _ask_save_path(self, title: str, suggested_name: str, file_filter: str) -> str | None:
        """The file the user chooses to write (starting in their home folder), or None if they cancel."""
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(self, title, str(Path.home() / suggested_name), file_filter)
        return path or None

    def _write(self, path: Path, data: bytes) -> Path | None:
        try:
            write_atomically(path, data)
        except OSError as error:
            self.show_error(translate("MainWindow", "Export failed"), cannot_write(path, error))
            return None
        return path

    def about(self) -> None:
        from qingdao_viewer.ui.about import AboutDialog

        AboutDialog(self.tables.key_figures.attribution, self).exec()
