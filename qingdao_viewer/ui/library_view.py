"""The library as a table of its own (View > Library, Ctrl+L): sort, filter, open, compare, remove, show.

One row per profile the library holds, from the listing's remembered summaries (no profile is
read to show it). Typing in the filter box, or choosing an economy or an edition, rebuilds the
table from the listing (a few hundred rows: well within a frame); the sort the user chose is
kept. Enter or a double-click opens the current row's profile; with 2 to 10 rows selected, Compare
shows the first beside the others. Remove asks first and goes through the session; a shipped
profile cannot be removed. Copy (Ctrl+C, Copy table) and Export table as CSV are the grid's own.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from qingdao_viewer.i18n import translate
from qingdao_viewer.session import Change, Session
from qingdao_viewer.tables import Table
from qingdao_viewer.tables.comparison import MAX_COMPARED, MIN_COMPARED
from qingdao_viewer.tables.library_table import (
    LibraryFilter,
    economies,
    editions,
    library_attribution,
    library_table,
)
from qingdao_viewer.ui.library_commands import confirm
from qingdao_viewer.ui.table_model import TableModel
from qingdao_viewer.ui.table_view import TableView
from qingdao_viewer.ui.window_commands import show_error

if TYPE_CHECKING:
    from qingdao_viewer.library import LibraryEntry


class LibraryGrid(TableView):
    """The library's grid: Enter opens the current row (a grid would move down a row)."""

    def __init__(self, window: LibraryWindow):
        super().__init__(window.table(), window)
        self.window_ = window

    def show_table(self, model: TableModel) -> None:
        """Show another table of the same columns, sorted as the user sorted the one before.

        (A view with sorting on sorts a new model by the header's indicator, which stays.)
        """
        old, self.table_model = self.table_model, model
        self.setModel(model)
        old.deleteLater()  # each keystroke in the filter makes a model: the one before goes

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Override TableView::keyPressEvent: Enter and Return open the current row's profile."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.window_.open_current()
            event.accept()
            return
        super().keyPressEvent(event)


class LibraryWindow(QDialog):
    """A window of its own beside the main one (not modal: the user reads both)."""

    def __init__(
        self,
        session: Session,
        open_profile: Callable[[str], bool],
        compare: Callable[..., bool],  # (first, *others): paths
        show_folder: Callable[[], bool],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.session = session
        self._open_profile = open_profile
        self._compare = compare
        self._entries: list[LibraryEntry] = []  # the rows of the table shown, in its order
        self.setWindowTitle(translate("MainWindow", "Library"))
        self.resize(1000, 480)

        self.filter_box = QLineEdit(self)
        self.filter_box.setPlaceholderText(translate("MainWindow", "Filter by cluster, economy or top name"))
        self.filter_box.setClearButtonEnabled(True)
        self.filter_box.setAccessibleName(translate("MainWindow", "Filter the library"))
        self.economy_box = QComboBox(self)
        self.economy_box.setAccessibleName(translate("MainWindow", "Economy"))
        self.edition_box = QComboBox(self)
        self.edition_box.setAccessibleName(translate("MainWindow", "Edition"))
        self.count_label = QLabel(self)
        self.grid = LibraryGrid(self)
        self.grid.doubleClicked.connect(lambda index: self.open_current())

        self.open_button = QPushButton(translate("MainWindow", "&Open"), self)
        self.open_button.clicked.connect(self.open_current)
        self.compare_button = QPushButton(translate("MainWindow", "&Compare the selected"), self)
        self.compare_button.clicked.connect(self.compare_selected)
        self.remove_button = QPushButton(translate("MainWindow", "&Remove from library…"), self)
        self.remove_button.clicked.connect(self.remove_selected)
        self.folder_button = QPushButton(translate("MainWindow", "Show library &folder"), self)
        self.folder_button.clicked.connect(show_folder)

        filters = QHBoxLayout()
        filters.addWidget(self.filter_box, 3)
        filters.addWidget(self.economy_box, 1)
        filters.addWidget(self.edition_box, 1)
        filters.addWidget(self.count_label)
        buttons = QHBoxLayout()
        for button in (self.open_button, self.compare_button, self.remove_button, self.folder_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.grid, 1)
        layout.addLayout(buttons)

        self.filter_box.textChanged.connect(self.refilter)
        self.economy_box.currentIndexChanged.connect(self.refilter)
        self.edition_box.currentIndexChanged.connect(self.refilter)
        self.grid.selectionModel().selectionChanged.connect(self._update_buttons)
        QShortcut(QKeySequence.StandardKey.Find, self, self.filter_box.setFocus)
        session.observe(self._session_changed)
        self._fill_choices()
        self.refilter()

    # -- what is shown ----------------------------------------------------------------------------

    def wanted(self) -> LibraryFilter:
        economy = self.economy_box.currentData()
        year = self.edition_box.currentData()
        return LibraryFilter(self.filter_box.text(), economy if economy else None, year if year else None)

    def table(self) -> Table:
        """The library's rows the filter admits; remembers their entries, for the rows chosen."""
        self._entries = self.wanted().chosen(self.session.listing().entries)
        return library_table(self._entries, library_attribution())

    def _fill_choices(self) -> None:
        """The economies and editions the library holds, keeping the choices made if they are still there."""
        entries = self.session.listing().entries
        for box, everything, values in (
            (self.economy_box, translate("MainWindow", "All economies"), economies(entries)),
            (self.edition_box, translate("MainWindow", "All editions"), editions(entries)),
        ):
            chosen = box.currentData()
            box.blockSignals(True)
            box.clear()
            box.addItem(everything, None)
            for value in values:
                box.addItem(str(value) if isinstance(value, str) else f"GII {value}", value)
            found = box.findData(chosen)
            box.setCurrentIndex(found if found >= 0 else 0)
            box.blockSignals(False)

    def refilter(self) -> None:
        self.grid.show_table(TableModel(self.table(), self.grid))
        self.grid.selectionModel().selectionChanged.connect(self._update_buttons)
        total = len(self.session.listing().entries)
        self.count_label.setText(
            translate("MainWindow", "{shown} of {total} shown").format(shown=len(self._entries), total=total)
        )
        self._update_buttons()

    def _session_changed(self, change: Change) -> None:
        if change & Change.LIBRARY:
            self._fill_choices()
            self.refilter()

    # -- the rows chosen --------------------------------------------------------------------------

    def selected_entries(self) -> list[LibraryEntry]:
        """The selected rows' entries, in the order shown."""
        model = self.grid.selectionModel()
        rows = sorted({index.row() for index in model.selectedIndexes()}) if model is not None else []
        return [self._entries[self.grid.table_model.table_row(row)] for row in rows]

    def current_entry(self) -> LibraryEntry | None:
        index = self.grid.currentIndex()
        if not index.isValid():
            selected = self.selected_entries()
            return selected[0] if selected else None
        return self._entries[self.grid.table_model.table_row(index.row())]

    def _update_buttons(self) -> None:
        selected = self.selected_entries()
        self.open_button.setEnabled(self.current_entry() is not None)
        self.compare_button.setEnabled(MIN_COMPARED <= len(selected) <= MAX_COMPARED)
        self.remove_button.setEnabled(any(not entry.shipped for entry in selected))

    # -- what the user does -----------------------------------------------------------------------

    def open_current(self) -> bool:
        entry = self.current_entry()
        return entry is not None and self._open_profile(str(entry.path))

    def compare_selected(self) -> bool:
        selected = self.selected_entries()
        if not MIN_COMPARED <= len(selected) <= MAX_COMPARED:
            return False
        return bool(self._compare(*(str(entry.path) for entry in selected)))

    def remove_selected(self, ask: bool = True) -> int:
        """Remove the selected kept profiles after asking; the number removed (shipped ones stay)."""
        chosen = [entry for entry in self.selected_entries() if not entry.shipped]
        if not chosen:
            return 0
        names = "\n".join(entry.label for entry in chosen)
        question = translate("MainWindow", "Remove these profiles from the library? Their files are deleted.\n{names}")
        if ask and not confirm(self, translate("MainWindow", "Remove from library"), question.format(names=names)):
            return 0
        removed = 0
        for entry in chosen:
            try:
                self.session.forget(entry)
            except (OSError, ValueError) as error:
                reason = error.strerror if isinstance(error, OSError) and error.strerror else error
                show_error(
                    self,
                    translate("MainWindow", "Cannot remove profile"),
                    translate("MainWindow", "{path}: cannot be removed: {reason}").format(
                        path=entry.path, reason=reason
                    ),
                )
                continue
            removed += 1
        return removed
