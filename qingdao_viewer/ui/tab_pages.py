"""The four tabs of what a session shows, built when first needed, and the table and chart in use.

The Overview needs only Qt; the other tabs need pyqtgraph, which takes longer to import
than a bare window takes to appear. They are built just after the first paint, one per
turn of the event loop (or at once, if the user gets there first).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from qingdao_viewer.i18n import translate
from qingdao_viewer.session import Change, Comparison, Session, Shown
from qingdao_viewer.ui.actions import TAB_TITLES
from qingdao_viewer.ui.tabs import ContentTab, OverviewTab

if TYPE_CHECKING:
    from qingdao_viewer.charts import ChartRenderer
    from qingdao_viewer.ui.share_chart import ShareChart
    from qingdao_viewer.ui.table_view import TableView

Build = Callable[[], ContentTab]


class PendingPage(QWidget):
    """A tab's place, filled with its content when first needed."""

    def __init__(self, build: Build, parent: QWidget | None = None):
        super().__init__(parent)
        self._build: Build | None = build
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


class TabPages(QObject):
    """Fills a QTabWidget with a session's tabs; knows which table and chart the menus act on.

    ``ready`` is emitted when every tab of what is shown has been built; ``page_added``
    gives each tab's content as it is built, for the window to connect its tables and charts.
    """

    ready = Signal()
    page_added = Signal(object)

    def __init__(self, session: Session, tabs: QTabWidget, renderer: Callable[[], ChartRenderer]):
        super().__init__(tabs)
        self.session = session
        self.tabs = tabs
        self._renderer = renderer
        self._painted = False
        self._view: TableView | None = None
        self._chart: ShareChart | None = None
        self.derived_shown = True  # View > Show derived estimates
        tabs.currentChanged.connect(self._tab_changed)
        self._editions_looked = False  # the Overview's editions are looked for once the library is read
        self.ready.connect(self._first_ready)  # before the window's own slot: it comes first
        session.observe(self._session_changed)

    def rebuild(self) -> None:
        """Make the tabs anew for what the session shows, keeping the current tab."""
        tabs, current = self.tabs, self.tabs.currentIndex()
        # Removing and adding tabs moves the current index through -1 and each new tab;
        # the window acts once, on the final state.
        tabs.blockSignals(True)
        while tabs.count():
            widget = tabs.widget(0)
            tabs.removeTab(0)
            if widget is not None:
                widget.deleteLater()
        comparison = self.session.comparison
        if comparison is None:
            single = OverviewTab(self.session.tables, self.session.editions() if self.session.listed else ())
            single.set_derived_shown(self.derived_shown)
            overview: ContentTab = single
            builders = self._single_builders(self.session.shown)
        else:
            from qingdao_viewer.ui.compare_tabs import CompareOverviewTab

            others = [other.tables for other in comparison.others]
            overview = CompareOverviewTab(self.session.tables, others, comparison.both)
            builders = self._compare_builders(self.session.shown, comparison)
        tabs.addTab(overview, "")
        for build in builders:
            tabs.addTab(PendingPage(build), "")
        self.retranslate()
        self._added_overview(overview)
        self._view = self._chart = None
        tabs.setCurrentIndex(max(0, current))
        tabs.blockSignals(False)
        self._tab_changed(tabs.currentIndex())
        if self._painted:
            QTimer.singleShot(0, self.build_next)

    def _added_overview(self, overview: ContentTab) -> None:
        self.page_added.emit(overview)
        section = overview.editions_section if isinstance(overview, OverviewTab) else None
        if section is not None:  # its table is connected as a tab's are
            self.page_added.emit(section)

    def _first_ready(self) -> None:
        if not self._editions_looked:
            self._editions_looked = True
            self.refresh_editions()

    def _session_changed(self, change: Change) -> None:
        """A profile kept or forgotten, or more of the library read: the Overview's editions follow.

        (A change of what is shown rebuilds every tab, the window's doing.)
        """
        if change & Change.LIBRARY and not change & (Change.SHOWN | Change.COMPARISON) and self._editions_looked:
            self.refresh_editions()

    def refresh_editions(self) -> None:
        """The Overview made anew if the library's editions of the cluster shown are not the ones it shows."""
        page = self.tabs.widget(0)
        if not isinstance(page, OverviewTab) or self.session.comparison is not None:
            return
        editions = tuple(self.session.editions())
        if editions == page.editions or (len(editions) < 2 and len(page.editions) < 2):
            return
        overview = OverviewTab(self.session.tables, editions)
        overview.set_derived_shown(self.derived_shown)
        current = self.tabs.currentIndex()
        self.tabs.blockSignals(True)
        self.tabs.removeTab(0)
        page.deleteLater()
        self.tabs.insertTab(0, overview, "")
        self.retranslate()
        self.tabs.setCurrentIndex(current)
        self.tabs.blockSignals(False)
        self._added_overview(overview)

    def retranslate(self) -> None:
        self.tabs.setAccessibleName(translate("MainWindow", "Profile pages"))  # a Tab stop's name (its tab bar's)
        for index, title in enumerate(TAB_TITLES):
            self.tabs.setTabText(index, translate("MainWindow", title))

    def set_derived_shown(self, shown: bool) -> None:
        """View > Show derived estimates: the Overview shows them or not, now and after every rebuild."""
        self.derived_shown = shown
        page = self.tabs.widget(0)
        if isinstance(page, OverviewTab):
            page.set_derived_shown(shown)

    def first_painted(self) -> None:
        """After the first paint, build the waiting tabs."""
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self.build_next)

    def build_next(self) -> None:
        """Build one waiting tab per turn of the event loop, so the window stays responsive."""
        for index in range(self.tabs.count()):
            widget = self.tabs.widget(index)
            if isinstance(widget, PendingPage) and widget.content is None:
                self._built(widget)
                QTimer.singleShot(0, self.build_next)
                return
        self.ready.emit()

    def pending(self) -> int:
        """How many tabs wait to be built."""
        widgets = (self.tabs.widget(index) for index in range(self.tabs.count()))
        return sum(isinstance(widget, PendingPage) and widget.content is None for widget in widgets)

    def _built(self, pending: PendingPage) -> ContentTab:
        if pending.content is not None:
            return pending.content
        content = pending.built()
        self.page_added.emit(content)
        return content

    def page(self, index: int | None = None) -> ContentTab:
        """The content of a tab (default: the current one), built if it was not yet."""
        widget = self.tabs.widget(self.tabs.currentIndex() if index is None else index)
        if isinstance(widget, PendingPage):
            return self._built(widget)
        assert isinstance(widget, ContentTab)
        return widget

    def show_tab(self, index: int) -> None:
        self.tabs.setCurrentIndex(index % self.tabs.count())

    def step(self, step: int) -> None:
        self.show_tab(self.tabs.currentIndex() + step)

    def _tab_changed(self, index: int) -> None:
        if index < 0:
            return
        views = self.page(index).table_views()  # builds the tab now if it was waiting
        if views:
            views[0].setFocus(Qt.FocusReason.OtherFocusReason)

    # -- what the Edit and File menus act on ------------------------------------------------

    def view_focused(self, view: TableView) -> None:
        self._view = view

    def chart_focused(self, chart: ShareChart) -> None:
        self._chart = chart

    def current_view(self) -> TableView | None:
        """The table the Edit menu acts on: the last one used in this tab, else its first."""
        views = self.page().table_views()
        if self._view in views:
            return self._view
        return views[0] if views else None

    def current_chart(self) -> ShareChart | None:
        """The chart last used in this tab, else the current table's, else the first."""
        charts = self.page().charts()
        if self._chart in charts:
            return self._chart
        view = self.current_view()
        for chart in charts:
            if view is not None and chart.table is view.table:
                return chart
        return charts[0] if charts else None

    # -- the tabs' contents ---------------------------------------------------------------

    def _single_builders(self, shown: Shown) -> list[Build]:
        tables = shown.tables

        def patents() -> ContentTab:
            from qingdao_viewer.ui.chart_tabs import TopListTab

            return TopListTab(tables.patent_applicants, tables.patent_fields, self._renderer())

        def publications() -> ContentTab:
            from qingdao_viewer.ui.chart_tabs import TopListTab

            return TopListTab(tables.publishing_organizations, tables.publication_fields, self._renderer())

        def collaboration() -> ContentTab:
            from qingdao_viewer.ui.chart_tabs import CollaborationTab

            return CollaborationTab(tables, self._renderer())

        return [patents, publications, collaboration]

    def _compare_builders(self, first: Shown, comparison: Comparison) -> list[Build]:
        sides = (first, *comparison.others)

        def patents() -> ContentTab:
            from qingdao_viewer.ui.chart_tabs import TopListTab
            from qingdao_viewer.ui.compare_tabs import SideBySideTab

            return SideBySideTab(
                [
                    (
                        s.tables.overview.edition,
                        TopListTab(s.tables.patent_applicants, s.tables.patent_fields, self._renderer(), embedded=True),
                    )
                    for s in sides
                ]
            )

        def publications() -> ContentTab:
            from qingdao_viewer.ui.chart_tabs import TopListTab
            from qingdao_viewer.ui.compare_tabs import SideBySideTab

            return SideBySideTab(
                [
                    (
                        s.tables.overview.edition,
                        TopListTab(
                            s.tables.publishing_organizations,
                            s.tables.publication_fields,
                            self._renderer(),
                            embedded=True,
                        ),
                    )
                    for s in sides
                ]
            )

        def collaboration() -> ContentTab:
            from qingdao_viewer.ui.chart_tabs import CollaborationTab
            from qingdao_viewer.ui.compare_tabs import CompareCollaborationTab

            return CompareCollaborationTab(
                comparison.both,
                [
                    (
                        s.tables.overview.edition,
                        CollaborationTab(s.tables, self._renderer(), narrow=True, embedded=True),
                    )
                    for s in sides
                ],
            )

        return [patents, publications, collaboration]
