"""The tabs' common parts and the Overview, which shows no chart and so loads no pyqtgraph.

Labels that show data are plain text: a name like ``<b>R&D</b>`` appears as written.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from qingdao_viewer.i18n import translate
from qingdao_viewer.tables import ProfileTables, Table
from qingdao_viewer.tables.overview import Figure, Overview

if TYPE_CHECKING:
    from qingdao_viewer.ui.share_chart import ShareChart
    from qingdao_viewer.ui.table_view import TableView


def plain_label(text: str = "", *, point_delta: float = 0, bold: bool = False, wrap: bool = True) -> QLabel:
    """A label that never interprets its text as markup."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if point_delta or bold:
        font = QFont(label.font())
        if point_delta:
            font.setPointSizeF(font.pointSizeF() + point_delta)
        font.setBold(bold)
        label.setFont(font)
    return label


class ContentTab(QWidget):
    """A tab's common face: the tables and charts the window's Edit and File menus act on."""

    def table_views(self) -> list[TableView]:
        """The tab's tables; a tab with none needs no table code at start."""
        return []

    def charts(self) -> list[ShareChart]:
        """The tab's share charts; a tab with none has no pyqtgraph to load."""
        return []

    def primary_table(self) -> Table | None:
        views = self.table_views()
        return views[0].table if views else None


class FigureCard(QFrame):
    """A big figure with what it means underneath, as a profile page prints it."""

    def __init__(self, shown: Figure, parent: QWidget | None = None):
        super().__init__(parent)
        figure, caption = shown
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        self.figure = plain_label(figure, point_delta=10, bold=True, wrap=False)
        self.caption = plain_label(caption)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.figure)
        layout.addWidget(self.caption, 1)
        self.setAccessibleName(f"{figure} {caption}")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)


def rank_cards(overview: Overview) -> list[FigureCard]:
    """The three ranks, as the profile states them; a rank it does not give shows as missing."""
    ranks = overview.ranks
    return [FigureCard(ranks.size), FigureCard(ranks.intensity), FigureCard(ranks.in_economy)]


def output_cards(overview: Overview) -> list[FigureCard]:
    """Output per 1 million inhabitants, with the years counted where the profile gives them."""
    output = overview.output
    return [FigureCard(output.pct_applications), FigureCard(output.scientific_articles)]


class OverviewTab(ContentTab):
    """The profile page: who the cluster is, its ranks, its output per million, the source."""

    def __init__(self, tables: ProfileTables, parent: QWidget | None = None):
        super().__init__(parent)
        self.key_figures = tables.key_figures
        overview = tables.overview

        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setSpacing(12)
        self.title = plain_label(overview.title, point_delta=12, bold=True)
        self.subtitle = plain_label(overview.subtitle)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)

        layout.addWidget(plain_label(translate("Tabs", "Ranks"), point_delta=2, bold=True))
        ranks_row = QGridLayout()
        self.cards: list[FigureCard] = rank_cards(overview)
        for column, card in enumerate(self.cards):
            ranks_row.addWidget(card, 0, column)
        layout.addLayout(ranks_row)

        layout.addWidget(plain_label(translate("Tabs", "Output per 1 million inhabitants"), point_delta=2, bold=True))
        output_row = QGridLayout()
        self.output_cards = output_cards(overview)
        for column, card in enumerate(self.output_cards):
            output_row.addWidget(card, 0, column)
        layout.addLayout(output_row)
        layout.addWidget(plain_label(overview.output.note))

        layout.addWidget(plain_label(translate("Tabs", "Leading organizations"), point_delta=2, bold=True))
        leaders = QGridLayout()
        self.leader_cards = [FigureCard(leader) for leader in overview.leaders.given]
        for column, card in enumerate(self.leader_cards):
            card.figure.setWordWrap(True)
            font = QFont(card.figure.font())
            font.setPointSizeF(font.pointSizeF() - 6)
            card.figure.setFont(font)
            leaders.addWidget(card, 0, column)
        layout.addLayout(leaders)

        copy_row = QHBoxLayout()
        self.copy_button = QPushButton(translate("Tabs", "Copy &key figures"))
        self.copy_button.setToolTip(
            translate("Tabs", "Copy every figure on this page as one table row, with its headers")
        )
        self.copy_button.clicked.connect(self.copy_key_figures)
        copy_row.addWidget(self.copy_button)
        copy_row.addStretch(1)
        layout.addLayout(copy_row)

        source_box = QFrame()
        source_box.setFrameShape(QFrame.Shape.StyledPanel)
        source_layout = QVBoxLayout(source_box)
        self.source = plain_label(overview.attribution)
        self.source.setAccessibleDescription(translate("Tabs", "Source and licence"))
        source_layout.addWidget(self.source)
        layout.addWidget(source_box)
        layout.addStretch(1)

        scroll = QScrollArea()
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no Tab stop: it shows no focus and has no name
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(page)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def primary_table(self) -> Table:
        return self.key_figures

    def copy_key_figures(self) -> None:
        from qingdao_viewer.export.clipboard_text import table_clipboard
        from qingdao_viewer.ui import clipboard

        clipboard.put_text(table_clipboard(self.key_figures))
