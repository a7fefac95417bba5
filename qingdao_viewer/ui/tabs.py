"""The tabs' common parts and the Overview, which loads no pyqtgraph unless it shows other editions' ranks.

Labels that show data are plain text: a name like ``<b>R&D</b>`` appears as written.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent, QShowEvent
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
from qingdao_viewer.tables.derived import derived_cards
from qingdao_viewer.tables.overview import Figure, Overview

if TYPE_CHECKING:
    from qingdao_viewer.profile import ClusterProfile
    from qingdao_viewer.ui.editions_section import EditionsSection
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


READING_WIDTH = 1100  # a tab's content at most this wide (the default window's): a large window centres it


class ElidedLabel(QLabel):
    """One line of plain text that ends in an ellipsis when the room is short, the whole text then its tooltip."""

    def __init__(self, text: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._full = ""
        self.setText(text)

    def full_text(self) -> str:
        return self._full

    def setText(self, text: str) -> None:
        """Override QLabel::setText: keep the whole text, show what fits."""
        self._full = text
        self._elide()

    def sizeHint(self) -> QSize:
        """Override QLabel::sizeHint: the whole text on one line."""
        hint = super().sizeHint()
        margins = self.contentsMargins()
        width = self.fontMetrics().horizontalAdvance(self._full) + margins.left() + margins.right()
        return QSize(width + 2, hint.height())

    def minimumSizeHint(self) -> QSize:
        return QSize(0, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Override QWidget::resizeEvent: elide to the new width."""
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        room = self.contentsRect().width()
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, max(0, room))
        super().setText(shown)
        self.setToolTip("" if shown == self._full else self._full)


def wrapped_lines(text: str, metrics: QFontMetrics, width: int) -> list[str]:
    """The text broken into lines at its spaces only, as many words to a line as fit.

    Qt breaks a line inside a word at a "/" or "-" too, which splits a DOI or a URL; a word
    wider than the line keeps a line of its own.
    """
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for word in paragraph.split(" "):
            candidate = f"{line} {word}" if line else word
            if line and metrics.horizontalAdvance(candidate) > width:
                lines.append(line)
                line = word
            else:
                line = candidate
        lines.append(line)
    return lines


class SourceLabel(QLabel):
    """The source and licence line, wrapped at spaces only: a DOI or URL is never split across lines."""

    def __init__(self, text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self._full = text
        self._width = -1
        super().setText(text)

    def full_text(self) -> str:
        return self._full

    def hasHeightForWidth(self) -> bool:
        return True

    def _lines(self, width: int) -> list[str]:
        """The lines at that width, measured once per width and font (layouts ask again and again)."""
        margins = self.contentsMargins()
        key = (width - margins.left() - margins.right(), self.font().key())
        measured: dict[tuple[int, str], list[str]] = self.__dict__.setdefault("_measured", {})
        if key not in measured:
            if len(measured) > 32:
                measured.clear()
            measured[key] = wrapped_lines(self._full, self.fontMetrics(), key[0])
        return measured[key]

    def heightForWidth(self, width: int) -> int:
        margins = self.contentsMargins()
        return len(self._lines(width)) * self.fontMetrics().lineSpacing() + margins.top() + margins.bottom() + 2

    def sizeHint(self) -> QSize:
        margins = self.contentsMargins()
        width = self.fontMetrics().horizontalAdvance(self._full) + margins.left() + margins.right() + 2
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        longest = max((self.fontMetrics().horizontalAdvance(word) for word in self._full.split()), default=0)
        return QSize(min(longest, 240), self.fontMetrics().lineSpacing())

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Override QWidget::resizeEvent: break the lines anew for the width."""
        super().resizeEvent(event)
        if self.width() != self._width:
            self._width = self.width()
            super().setText("\n".join(self._lines(self.width())))


class PageScroll(QScrollArea):
    """A scroll area whose page is as tall as its wrapped text needs at the width shown, not at a guess.

    (A wrapped label's size hint is for a narrow guessed width; laid out by its hint, a page
    gives a paragraph blank lines and its charts less height than the window has.)
    """

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Override QAbstractScrollArea::resizeEvent: the page's least height for the new width."""
        self._fit_page()
        super().resizeEvent(event)

    def _fit_page(self) -> None:
        page = self.widget()
        layout = page.layout() if page is not None else None
        if page is None or layout is None:
            return
        width = max(self.viewport().width(), layout.minimumSize().width())
        height = layout.heightForWidth(width) if layout.hasHeightForWidth() else -1
        page.setMinimumHeight(max(layout.minimumSize().height(), height))

    def showEvent(self, event: QShowEvent) -> None:
        """Override QWidget::showEvent: the page's least height for the width shown."""
        self._fit_page()
        super().showEvent(event)


def scrolling(page: QWidget, reading_width: int | None = READING_WIDTH) -> QScrollArea:
    """A tab's page in a frameless scroll area: a window too small for it scrolls rather than squeezing it.

    With a reading width the page is at most that wide, centred.
    """
    if reading_width is not None:
        page.setMaximumWidth(reading_width)
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.addStretch(1)
        row.addWidget(page, 1000)  # up to its width first; the rest either side
        row.addStretch(1)
        page = holder
    scroll = PageScroll()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    scroll.setWidget(page)
    return scroll


def no_taller(label: QLabel) -> QLabel:
    """A wrapped label no taller than its lines: spare height goes to what can use it (its height for width kept)."""
    policy = label.sizePolicy()
    policy.setVerticalPolicy(QSizePolicy.Policy.Maximum)
    label.setSizePolicy(policy)
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


def leader_cards(overview: Overview) -> list[FigureCard]:
    """The leading organizations the profile names, each a card with a smaller figure that wraps."""
    cards = [FigureCard(leader) for leader in overview.leaders.given]
    for card in cards:
        card.figure.setWordWrap(True)
        font = QFont(card.figure.font())
        font.setPointSizeF(font.pointSizeF() - 6)
        card.figure.setFont(font)
    return cards


class OverviewTab(ContentTab):
    """The profile page: who the cluster is, its ranks, its output per million, the source."""

    def __init__(self, tables: ProfileTables, editions: Sequence[ClusterProfile] = (), parent: QWidget | None = None):
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
        self.leader_cards = leader_cards(overview)
        for column, card in enumerate(self.leader_cards):
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

        self.derived = DerivedSection(tables.derived) if tables.derived is not None else None
        if self.derived is not None:
            layout.addWidget(self.derived)

        self.editions = tuple(editions)  # the profile shown and its other editions, oldest first (session.editions)
        self.editions_section: EditionsSection | None = None
        if len(self.editions) > 1:  # one edition: no section at all (and no pyqtgraph to load)
            from qingdao_viewer.ui.editions_section import EditionsSection

            self.editions_section = EditionsSection(self.editions)
            layout.addWidget(self.editions_section)

        source_box = QFrame()
        source_box.setFrameShape(QFrame.Shape.StyledPanel)
        source_layout = QVBoxLayout(source_box)
        self.source = SourceLabel(overview.attribution)
        self.source.setAccessibleDescription(translate("Tabs", "Source and licence"))
        source_layout.addWidget(self.source)
        layout.addWidget(source_box)
        layout.addStretch(1)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolling(page))

    def primary_table(self) -> Table:
        return self.key_figures

    def set_derived_shown(self, shown: bool) -> None:
        """View > Show derived estimates."""
        if self.derived is not None:
            self.derived.setVisible(shown)

    def copy_key_figures(self) -> None:
        from qingdao_viewer.export.clipboard_text import table_clipboard
        from qingdao_viewer.ui import clipboard

        clipboard.put_text(table_clipboard(self.key_figures))


class DerivedSection(QFrame):
    """The derived estimates, apart from the source's figures: marked derived, with how they are computed.

    Cards of the cluster's totals and population as intervals (tables.derived), the note saying
    how they follow from the source's rounded shares and per-million figures, and a button that
    copies the derived table (its title and header say "derived" wherever it is pasted).
    """

    def __init__(self, table: Table, parent: QWidget | None = None):
        super().__init__(parent)
        self.table = table
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(table.title, point_delta=2, bold=True))
        cards = QGridLayout()
        self.cards: list[FigureCard] = []
        for column, (shown, label) in enumerate(derived_cards(table)):
            self.cards.append(FigureCard(Figure(shown, label)))
            cards.addWidget(self.cards[-1], column // 2, column % 2)  # two a row: their figures are wide
        layout.addLayout(cards)
        layout.addWidget(plain_label(table.note))
        buttons = QHBoxLayout()
        self.copy_button = QPushButton(translate("Tabs", "Copy &derived estimates"))
        self.copy_button.clicked.connect(self.copy_table)
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    def copy_table(self) -> None:
        from qingdao_viewer.export.clipboard_text import table_clipboard
        from qingdao_viewer.ui import clipboard

        clipboard.put_text(table_clipboard(self.table))
