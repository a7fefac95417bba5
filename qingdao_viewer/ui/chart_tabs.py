"""The tabs with share charts: Patents, Publications and Collaboration.

Importing this module imports pyqtgraph (about half a second), so the window builds these
tabs after its first paint.
"""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from qingdao_viewer.charts import ChartRenderer
from qingdao_viewer.i18n import translate
from qingdao_viewer.tables import ProfileTables, Table
from qingdao_viewer.tables.overview import not_given
from qingdao_viewer.ui.literal import menu_text
from qingdao_viewer.ui.share_chart import ShareChart
from qingdao_viewer.ui.table_view import TableView
from qingdao_viewer.ui.tabs import ContentTab, plain_label


class ChartTab(ContentTab):
    """A tab holding share charts."""

    def charts(self) -> list[ShareChart]:
        return self.findChildren(ShareChart)

    def table_views(self) -> list[TableView]:
        return self.findChildren(TableView)


class TableAndChart(QGroupBox):
    """A titled table above its share chart; or, when the table is empty, the note why."""

    VISIBLE_ROWS = 8

    def __init__(self, table: Table, renderer: ChartRenderer, full_scale: bool = False, parent: QWidget | None = None):
        super().__init__(menu_text(table.title), parent)
        layout = QVBoxLayout(self)
        self.view: TableView | None = None
        self.chart: ShareChart | None = None
        self.note: QLabel | None = None
        if not table.rows:
            self.note = plain_label(
                table.note or translate("Tabs", "No rows: {not_given}.").format(not_given=not_given())
            )
            layout.addWidget(self.note)
            return
        self.view = TableView(table)
        self.view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        self.view.setMaximumHeight(self._table_height(self.view, min(len(table.rows), self.VISIBLE_ROWS)))
        layout.addWidget(self.view)
        if table.note:
            layout.addWidget(plain_label(table.note))
        if table.chart is not None:
            self.chart = ShareChart(table, full_scale=full_scale, renderer=renderer)
            layout.addWidget(self.chart, 1)

    @staticmethod
    def _table_height(view: TableView, rows: int) -> int:
        """Tall enough for rows rows and the header, so short tables need no scrolling."""
        row_height = view.verticalHeader().defaultSectionSize()
        frame = 2 * view.frameWidth()
        scroll_bar = view.horizontalScrollBar().sizeHint().height()
        return view.horizontalHeader().sizeHint().height() + rows * row_height + frame + scroll_bar


def source_label(table: Table) -> QLabel:
    """The credit under a tab's figures."""
    label = plain_label(table.attribution)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() - 1)
    label.setFont(font)
    label.setAccessibleDescription(translate("Tabs", "Source and licence"))
    return label


class TopListTab(ChartTab):
    """Patents or publications: the top list and the top technology fields."""

    def __init__(self, top_list: Table, fields: Table, renderer: ChartRenderer, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.top_list = TableAndChart(top_list, renderer)
        self.fields = TableAndChart(fields, renderer)
        layout.addWidget(self.top_list, 3)
        layout.addWidget(self.fields, 2 if fields.rows else 0)
        layout.addWidget(source_label(top_list))


class CollaborationTab(ChartTab):
    """Shares made with partners elsewhere, and each side's top partner locations."""

    def __init__(
        self,
        tables: ProfileTables,
        renderer: ChartRenderer,
        parent: QWidget | None = None,
        narrow: bool = False,
    ):
        """``narrow`` stacks the two location lists, for a tab shown beside another (compare mode)."""
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.summary = plain_label(tables.overview.collaboration.summary)
        layout.addWidget(self.summary)
        self.shares = TableAndChart(tables.collaboration, renderer, full_scale=True)
        layout.addWidget(self.shares, 3)
        row = QVBoxLayout() if narrow else QHBoxLayout()
        self.patent_locations = TableAndChart(tables.patent_collaboration_locations, renderer)
        self.publication_locations = TableAndChart(tables.publication_collaboration_locations, renderer)
        row.addWidget(self.patent_locations)
        row.addWidget(self.publication_locations)
        layout.addLayout(row)
        layout.addWidget(source_label(tables.collaboration))
