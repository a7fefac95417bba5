"""The tabs with share charts: Patents, Publications and Collaboration.

Importing this module imports pyqtgraph (about half a second), so the window builds these
tabs after its first paint.

A tab is a column of sections (a titled table with its chart, a summary, the source). Shown
alone, the sections stand in a page that scrolls when the window is shorter than they need:
a table always shows all its rows up to VISIBLE_ROWS, and the height left over goes to the
charts, up to the height their bars need. In compare mode ``SideBySideTab`` sets the sections
of two tabs in one grid, so the same section of both clusters has the same height.
"""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QLayout, QSizePolicy, QVBoxLayout, QWidget

from qingdao_viewer.charts import ChartRenderer
from qingdao_viewer.i18n import translate
from qingdao_viewer.tables import ProfileTables, Table
from qingdao_viewer.tables.overview import not_given
from qingdao_viewer.ui.literal import menu_text
from qingdao_viewer.ui.share_chart import ShareChart
from qingdao_viewer.ui.table_view import TableView
from qingdao_viewer.ui.tabs import ContentTab, SourceLabel, no_taller, plain_label, scrolling

Section = tuple[QWidget, int]  # a section and its share of spare height


class ChartTab(ContentTab):
    """A tab holding share charts, as a column of sections.

    ``embedded`` leaves the sections for another tab to lay out (compare mode sets two
    clusters' sections in one grid); otherwise the tab shows them in a scrolling page.
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.sections: list[Section] = []

    def lay_out(self, sections: list[Section], embedded: bool) -> None:
        self.sections = sections
        if embedded:
            return
        page = QWidget()
        column = QVBoxLayout(page)
        for widget, stretch in sections:
            column.addWidget(widget, stretch)
        column.addStretch(0 if any(stretch for _, stretch in sections) else 1)  # what the charts cannot use
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolling(page))

    def charts(self) -> list[ShareChart]:
        return [chart for widget, _ in self.sections for chart in widget.findChildren(ShareChart)]

    def table_views(self) -> list[TableView]:
        return [view for widget, _ in self.sections for view in widget.findChildren(TableView)]


class TableAndChart(QGroupBox):
    """A titled table above its share chart; or, when the table is empty, the note why.

    The table is exactly as tall as its rows (up to VISIBLE_ROWS, then it scrolls); the chart
    takes the height left, between the least its first bars need and the most all its bars use.
    """

    VISIBLE_ROWS = 8

    def __init__(self, table: Table, renderer: ChartRenderer, full_scale: bool = False, parent: QWidget | None = None):
        super().__init__(menu_text(table.title), parent)
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinAndMaxSize)  # no taller than its parts can use
        self.view: TableView | None = None
        self.chart: ShareChart | None = None
        self.note: QLabel | None = None
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        if not table.rows:
            self.note = plain_label(
                table.note or translate("Tabs", "No rows: {not_given}.").format(not_given=not_given())
            )
            layout.addWidget(self.note)
            return
        self.view = TableView(table)
        self.view.fit_rows(self.VISIBLE_ROWS)
        layout.addWidget(self.view)
        if table.note:
            layout.addWidget(no_taller(plain_label(table.note)))
        if table.chart is not None:
            self.chart = ShareChart(table, full_scale=full_scale, renderer=renderer)
            layout.addWidget(self.chart, 1)
            self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

    @property
    def stretch(self) -> int:
        """Its share of spare height: only a chart grows."""
        return 1 if self.chart is not None else 0


def source_label(table: Table) -> QLabel:
    """The credit under a tab's figures, wrapped at spaces only (the DOI stays whole)."""
    label = SourceLabel(table.attribution)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() - 1)
    label.setFont(font)
    label.setAccessibleDescription(translate("Tabs", "Source and licence"))
    return label


class TopListTab(ChartTab):
    """Patents or publications: the top list and the top technology fields."""

    def __init__(
        self,
        top_list: Table,
        fields: Table,
        renderer: ChartRenderer,
        parent: QWidget | None = None,
        embedded: bool = False,
    ):
        super().__init__(parent)
        self.top_list = TableAndChart(top_list, renderer)
        self.fields = TableAndChart(fields, renderer)
        self.lay_out(
            [
                (self.top_list, 3 * self.top_list.stretch),
                (self.fields, 2 * self.fields.stretch),
                (source_label(top_list), 0),
            ],
            embedded,
        )


class CollaborationTab(ChartTab):
    """Shares made with partners elsewhere, and each side's top partner locations."""

    def __init__(
        self,
        tables: ProfileTables,
        renderer: ChartRenderer,
        parent: QWidget | None = None,
        narrow: bool = False,
        embedded: bool = False,
    ):
        """``narrow`` stacks the two location lists, for a tab shown beside another (compare mode)."""
        super().__init__(parent)
        self.summary = no_taller(plain_label(tables.overview.collaboration.summary))
        self.shares = TableAndChart(tables.collaboration, renderer, full_scale=True)
        self.patent_locations = TableAndChart(tables.patent_collaboration_locations, renderer)
        self.publication_locations = TableAndChart(tables.publication_collaboration_locations, renderer)
        sections: list[Section] = [(self.summary, 0), (self.shares, self.shares.stretch)]
        if narrow:
            sections += [(self.patent_locations, 0), (self.publication_locations, 0)]
        else:
            row = QWidget()
            row_layout = QHBoxLayout(row)
            row_layout.setContentsMargins(0, 0, 0, 0)
            row_layout.addWidget(self.patent_locations)
            row_layout.addWidget(self.publication_locations)
            sections.append((row, 0))
        sections.append((source_label(tables.collaboration), 0))
        self.lay_out(sections, embedded)
