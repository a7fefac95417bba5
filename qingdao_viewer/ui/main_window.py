"""The main window: four tabs over one profile, with File, Edit, View and Help menus."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QTabWidget, QVBoxLayout, QWidget

from qingdao_viewer import APP_NAME, __version__
from qingdao_viewer.export.csv_text import table_csv
from qingdao_viewer.export.files import write_atomically
from qingdao_viewer.profile import ClusterProfile, ProfileError, load_profile
from qingdao_viewer.tables import ProfileTables, build_tables
from qingdao_viewer.ui import literal
from qingdao_viewer.ui.app_log import log_warning
from qingdao_viewer.ui.tabs import ContentTab, OverviewTab

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

    from qingdao_viewer.ui.settings import Settings
    from qingdao_viewer.ui.share_chart import ChartRenderer, ShareChart
    from qingdao_viewer.ui.table_view import TableView

TAB_TITLES = ("&Overview", "&Patents", "P&ublications", "&Collaboration")


def window_title(profile: ClusterProfile) -> str:
    return f"{profile.title} - GII {profile.year} S&T cluster"


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
    ):
        super().__init__(parent)
        self.settings = settings
        self.profile = profile
        self.profile_path = profile_path
        self.tables: ProfileTables = build_tables(profile)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.setCentralWidget(self.tabs)
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

    def _restore(self, settings: Settings) -> None:
        geometry = settings.geometry()
        if geometry is not None and not self.restoreGeometry(geometry):
            log_warning(f"settings file {settings.file_name}: window/geometry is not usable; using the default")
        self.show_tab(settings.last_tab(self.tabs.count()))

    def save_settings(self) -> None:
        if self.settings is None:
            return
        self.settings.set_geometry(self.saveGeometry())
        self.settings.set_last_tab(self.tabs.currentIndex())
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
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        return action

    def _make_menus(self) -> None:
        menus = self.menuBar()
        file_menu = menus.addMenu("&File")
        self.open_action = self._action("&Open profile…", self.choose_profile, QKeySequence.StandardKey.Open)
        self.export_table_action = self._action("Export table as &CSV…", lambda: self.export_table_csv())
        self.export_chart_action = self._action("Export chart as &PNG or SVG…", lambda: self.export_chart())
        self.export_all_action = self._action("Export &all to folder…", lambda: self.export_all())
        self.quit_action = self._action("&Quit", self.close, QKeySequence.StandardKey.Quit)
        file_menu.addActions([self.open_action])
        file_menu.addSeparator()
        file_menu.addActions([self.export_table_action, self.export_chart_action, self.export_all_action])
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        edit_menu = menus.addMenu("&Edit")
        # The tables and charts own Ctrl+C (so it acts where the user is); the menu's copy
        # shows the key but only fires from the menu, so the two never compete for it.
        self.copy_action = self._action("&Copy", self.copy)
        self.copy_action.setShortcut(QKeySequence.StandardKey.Copy)
        self.copy_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.copy_table_action = self._action("Copy &table", self.copy_table)
        self.copy_chart_action = self._action("Copy c&hart", self.copy_chart)
        edit_menu.addActions([self.copy_action, self.copy_table_action, self.copy_chart_action])

        view_menu = menus.addMenu("&View")
        self.tab_actions = []
        for index, title in enumerate(TAB_TITLES):
            action = self._action(title, lambda _=False, i=index: self.show_tab(i), QKeySequence(f"Ctrl+{index + 1}"))
            self.tab_actions.append(action)
        view_menu.addActions(self.tab_actions)

        help_menu = menus.addMenu("&Help")
        help_menu.addAction(self._action(f"&About {APP_NAME}", self.about))

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
        overview = OverviewTab(profile, tables)
        self._connect(overview)
        self.tabs.addTab(overview, TAB_TITLES[0])
        for title, build in zip(TAB_TITLES[1:], self._chart_tab_builders(profile, tables), strict=True):
            self.tabs.addTab(PendingPage(build), title)
        self._current_view = None
        self._current_chart = None
        self.tabs.setCurrentIndex(max(0, current))
        self.tabs.blockSignals(False)
        self._tab_changed(self.tabs.currentIndex())
        self.setWindowTitle(literal.window_title(window_title(profile)))
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

            return self._connect(CollaborationTab(profile, tables, self.chart_renderer()))

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
        self._build_tabs()

    def open_profile(self, path: str) -> bool:
        """Show the profile at path; on failure say why and keep what is shown."""
        try:
            profile = load_profile(path)
        except ProfileError as error:
            self.show_error("Cannot open profile", str(error))
            return False
        self.show_profile(profile, path)
        return True

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

        path, _ = QFileDialog.getOpenFileName(self, "Open profile", start, "GII cluster profiles (*.yaml *.yml)")
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
            suggested = str(Path.home() / f"{self.profile.cluster}-{table.name}.csv")
            from PySide6.QtWidgets import QFileDialog

            path, _ = QFileDialog.getSaveFileName(self, "Export table as CSV", suggested, "CSV files (*.csv)")
            if not path:
                return None
        return self._write(Path(path), table_csv(table).encode("utf-8"))

    def export_chart(self, chart: ShareChart | None = None, path: str | None = None) -> Path | None:
        chart = chart or self.current_chart()
        if chart is None:
            self.show_error("No chart", "This tab has no chart to export.")
            return None
        if path is None:
            suggested = str(Path.home() / f"{self.profile.cluster}-{chart.table.name}.png")
            from PySide6.QtWidgets import QFileDialog

            path, _ = QFileDialog.getSaveFileName(
                self, "Export chart", suggested, "PNG image (*.png);;SVG drawing (*.svg)"
            )
            if not path:
                return None
        target = Path(path)
        data = chart.svg_bytes() if target.suffix.lower() == ".svg" else chart.png_bytes()
        return self._write(target, data)

    def export_all(self, folder: str | None = None) -> list[Path]:
        from qingdao_viewer.export.folder import export_tables

        if folder is None:
            from PySide6.QtWidgets import QFileDialog

            folder = QFileDialog.getExistingDirectory(self, "Export all tables and charts to folder", str(Path.home()))
            if not folder:
                return []
        try:
            return export_tables(self.tables, Path(folder))
        except OSError as error:
            self.show_error("Export failed", f"{error.filename or folder}: cannot write: {error.strerror or error}")
            return []

    def _write(self, path: Path, data: bytes) -> Path | None:
        try:
            write_atomically(path, data)
        except OSError as error:
            self.show_error("Export failed", f"{path}: cannot write: {error.strerror or error}")
            return None
        return path

    def about(self) -> None:
        text = (
            f"{APP_NAME} {__version__}\n\n"
            "Reads WIPO Global Innovation Index science and technology cluster profiles.\n\n"
            f"{self.tables.key_figures.attribution}\n\n"
            "Built with Qt for Python (PySide6, LGPLv3) and pyqtgraph (MIT)."
        )
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Information, f"About {APP_NAME}", text, QMessageBox.StandardButton.Ok, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()
