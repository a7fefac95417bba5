"""The bar above the tabs: what is compared, and the Cluster box listing the library's profiles."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSizePolicy, QWidget

from qingdao_viewer.i18n import translate
from qingdao_viewer.session import Session
from qingdao_viewer.ui.tabs import ElidedLabel

if TYPE_CHECKING:
    from qingdao_viewer.library import LibraryEntry


def entry_label(entry: LibraryEntry) -> str:
    return entry.label if entry.shipped else translate("MainWindow", "{profile} (kept)").format(profile=entry.label)


class ClusterPicker(QWidget):
    """Lists the library; choosing a profile asks for it to be shown (``picked``).

    It is a bar of its own above the tabs, so neither the comparison's name nor the box ever
    takes width from the tab titles; the comparison's name elides (with a tooltip) before the
    box shrinks, and the box is as wide as its longest name allows, up to a limit.
    """

    COMBO_CHARACTERS = 30  # the box's width when room is short, in characters

    picked = Signal(object)  # the path (a str): not a Qt string, which would drop bytes that are not UTF-8

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.combo = QComboBox()
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(self.COMBO_CHARACTERS)
        self.combo.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.combo.activated.connect(self._activated)
        self.compare_note = ElidedLabel()
        self.label = QLabel()
        self.label.setBuddy(self.combo)
        bar = QHBoxLayout(self)
        bar.setContentsMargins(8, 4, 8, 2)
        bar.addWidget(self.compare_note, 1)
        bar.addWidget(self.label)
        bar.addWidget(self.combo)
        self._entries: list[LibraryEntry] = []
        self._listed = False  # the library is read after the first paint, then kept up to date
        self._reading = False  # a turn of the event loop will read more of a library partly unread
        self.retranslate()

    def retranslate(self) -> None:
        self.label.setText(translate("MainWindow", "C&luster:"))
        self.combo.setAccessibleName(translate("MainWindow", "Cluster profile shown"))
        self.combo.view().setAccessibleName(translate("MainWindow", "Cluster profile shown"))  # its popup list
        comparison = self.session.comparison
        note = translate("MainWindow", "compared with {cluster}")
        if comparison is not None and len(comparison.others) > 1:
            note = translate("MainWindow", "compared with {cluster} and {count} more").format(
                cluster="{cluster}", count=len(comparison.others) - 1
            )
        self.compare_note.setText(
            "" if comparison is None else note.format(cluster=comparison.other.tables.overview.edition)
        )
        if self._listed:
            self.refresh()

    def refresh(self) -> None:
        """List the library's profiles (reading it if it is not read yet) and point at the one shown."""
        self._listed = True
        listing = self.session.listing()
        self._entries = list(listing.entries)
        self.combo.blockSignals(True)
        self.combo.clear()
        for entry in self._entries:
            self.combo.addItem(entry_label(entry), str(entry.path))
        shown = self.session.entry_shown()
        if shown is None:  # a profile not in the library gets an item of its own
            self.combo.addItem(self.session.tables.overview.edition, self.session.path)
            self.combo.setCurrentIndex(self.combo.count() - 1)
        else:
            self.combo.setCurrentIndex(self._entries.index(shown))
        self.combo.blockSignals(False)
        if listing.unread and not self._reading:  # the rest in later turns: the window stays responsive
            self._reading = True
            QTimer.singleShot(0, self, self._read_more)

    def _read_more(self) -> None:
        self._reading = False
        self.session.read_more()  # observed: the window refreshes this box, which comes back here if need be

    def _activated(self, index: int) -> None:
        # The entry's own path, not the item's data: a name that is not UTF-8 would not survive a QString.
        path = str(self._entries[index].path) if 0 <= index < len(self._entries) else self.combo.itemData(index)
        if isinstance(path, str) and path and path != self.session.path:
            self.picked.emit(path)
        self.refresh()  # back on the profile shown, whether or not the pick opened
