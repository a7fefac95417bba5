"""View > Compare with…: the dialog that picks the clusters (1 to 9) to set beside the one shown.

It lists the whole library but the profile shown (kept and shipped profiles alike, however
few), several of which can be selected (Ctrl+click, Shift+click, Shift+arrows), then two more
ways in: another profile file (opened from the user's documents folder) and profile text pasted
from the clipboard (read as Edit > Paste profile text reads it). More than nine selected: the
dialog says so and OK waits.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from qingdao_viewer.i18n import translate
from qingdao_viewer.session import Session
from qingdao_viewer.tables.comparison import MAX_COMPARED
from qingdao_viewer.ui.cluster_picker import entry_label

if TYPE_CHECKING:
    from qingdao_viewer.library import LibraryEntry

OTHER_FILE = "file"
PASTED_TEXT = "paste"
MAX_OTHERS = MAX_COMPARED - 1  # beside the one shown


def comparable(session: Session) -> list[LibraryEntry]:
    """Every profile of the library but the one shown, the library read to its end first."""
    listing = session.listing()
    while listing.unread and session.read_more():
        listing = session.listing()
    listing = session.listing()
    shown = session.entry_shown()
    return [entry for entry in listing.entries if entry != shown and str(entry.path) != session.path]


class CompareDialog(QDialog):
    """A list of the choices; ``chosen()`` is the library entries picked (1 to 9), OTHER_FILE or PASTED_TEXT."""

    def __init__(self, entries: list[LibraryEntry], parent: QWidget | None = None):
        super().__init__(parent)
        title = translate("MainWindow", "Compare with")
        self.setWindowTitle(title)
        self.entries = entries
        layout = QVBoxLayout(self)
        self.prompt = QLabel(
            translate(
                "MainWindow",
                "Set these clusters beside the one shown: up to {count}; Ctrl+click or Shift+click selects several.",
            ).format(count=MAX_OTHERS)
        )
        self.prompt.setTextFormat(Qt.TextFormat.PlainText)
        self.prompt.setWordWrap(True)
        layout.addWidget(self.prompt)
        self.choices = QListWidget()
        self.choices.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.choices.setAccessibleName(translate("MainWindow", "Profiles to compare with"))
        for entry in entries:
            item = QListWidgetItem(entry_label(entry))
            item.setData(Qt.ItemDataRole.UserRole, str(entry.path))
            self.choices.addItem(item)
        if not entries:
            empty = QListWidgetItem(translate("MainWindow", "No other profile in the library"))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.choices.addItem(empty)
        for text, key in (
            (translate("MainWindow", "Another profile file…"), OTHER_FILE),
            (translate("MainWindow", "Paste profile text"), PASTED_TEXT),
        ):
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole + 1, key)
            self.choices.addItem(item)
        first = 0 if entries else 1
        self.choices.setCurrentRow(first)
        self.choices.itemActivated.connect(lambda _item: self.accept())
        layout.addWidget(self.choices, 1)
        self.limit = QLabel()
        self.limit.setTextFormat(Qt.TextFormat.PlainText)
        self.limit.setWordWrap(True)
        layout.addWidget(self.limit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.buttons = buttons
        self.choices.itemSelectionChanged.connect(self._selection_changed)
        self._selection_changed()
        # Wide enough for its title (a window manager cuts a title wider than its window) and its longest choice.
        metrics = self.fontMetrics()
        texts = [title, self.prompt.text(), *(self.choices.item(row).text() for row in range(self.choices.count()))]
        widest = max(metrics.horizontalAdvance(text) for text in texts)
        self.setMinimumWidth(min(900, max(360, widest + 160)))

    def chosen(self) -> list[LibraryEntry] | str | None:
        """OTHER_FILE or PASTED_TEXT when that is the current choice; else the selected entries, in the list's order."""
        item = self.choices.currentItem()
        if item is not None and item.data(Qt.ItemDataRole.UserRole + 1) in (OTHER_FILE, PASTED_TEXT):
            return str(item.data(Qt.ItemDataRole.UserRole + 1))
        rows = sorted(self.choices.row(selected) for selected in self.choices.selectedItems())
        entries = [self.entries[row] for row in rows if row < len(self.entries)]
        return entries or None

    def choice(self) -> LibraryEntry | str | None:
        """The one choice: OTHER_FILE, PASTED_TEXT or the first entry selected."""
        chosen = self.chosen()
        return chosen[0] if isinstance(chosen, list) else chosen

    def _selection_changed(self) -> None:
        """More than nine selected: say so, and OK waits until there are fewer."""
        chosen = self.chosen()
        over = isinstance(chosen, list) and len(chosen) > MAX_OTHERS
        self.limit.setText(
            translate("MainWindow", "{selected} selected: at most {count} can be set beside the one shown.").format(
                selected=len(chosen), count=MAX_OTHERS
            )
            if over and isinstance(chosen, list)
            else ""
        )
        self.limit.setVisible(over)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setEnabled(chosen is not None and not over)
