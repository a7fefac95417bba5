"""View > Compare with…: the dialog that picks the cluster to set beside the one shown.

It lists the whole library but the profile shown (kept and shipped profiles alike, however
few), then two more ways in: another profile file (opened from the user's documents folder)
and profile text pasted from the clipboard (read as Edit > Paste profile text reads it).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from qingdao_viewer.i18n import translate
from qingdao_viewer.session import Session
from qingdao_viewer.ui.cluster_picker import entry_label

if TYPE_CHECKING:
    from qingdao_viewer.library import LibraryEntry

OTHER_FILE = "file"
PASTED_TEXT = "paste"


def comparable(session: Session) -> list[LibraryEntry]:
    """Every profile of the library but the one shown, the library read to its end first."""
    listing = session.listing()
    while listing.unread and session.read_more():
        listing = session.listing()
    listing = session.listing()
    shown = session.entry_shown()
    return [entry for entry in listing.entries if entry != shown and str(entry.path) != session.path]


class CompareDialog(QDialog):
    """A list of the choices; ``choice()`` is the library entry picked, OTHER_FILE or PASTED_TEXT."""

    def __init__(self, entries: list[LibraryEntry], parent: QWidget | None = None):
        super().__init__(parent)
        title = translate("MainWindow", "Compare with")
        self.setWindowTitle(title)
        self.entries = entries
        layout = QVBoxLayout(self)
        self.prompt = QLabel(translate("MainWindow", "Set this cluster beside the one shown:"))
        self.prompt.setTextFormat(Qt.TextFormat.PlainText)
        self.prompt.setWordWrap(True)
        layout.addWidget(self.prompt)
        self.choices = QListWidget()
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
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.buttons = buttons
        # Wide enough for its title (a window manager cuts a title wider than its window) and its longest choice.
        metrics = self.fontMetrics()
        texts = [title, self.prompt.text(), *(self.choices.item(row).text() for row in range(self.choices.count()))]
        widest = max(metrics.horizontalAdvance(text) for text in texts)
        self.setMinimumWidth(min(900, max(360, widest + 160)))

    def choice(self) -> LibraryEntry | str | None:
        item = self.choices.currentItem()
        if item is None or not item.flags() & Qt.ItemFlag.ItemIsEnabled:
            return None
        key = item.data(Qt.ItemDataRole.UserRole + 1)
        if key in (OTHER_FILE, PASTED_TEXT):
            return str(key)
        return self.entries[self.choices.row(item)]
