"""The library as a table of its own (View > Library, Ctrl+L): sort, filter, open, compare, remove, show.

One row per profile the library holds, from the listing's remembered summaries (no profile is
read to show it). Typing in the filter box, or choosing an economy or an edition, rebuilds the
table from the listing (a few hundred rows: well within a frame); the sort the user chose is
kept. Enter or a double-click opens the current row's profile; with 2 to 10 rows selected, Compare
shows the first beside the others. Remove asks first and goes through the session; a shipped
profile cannot be removed; Show in folder opens the folder of the selected kept profile. Copy
(Ctrl+C, Copy table) is the grid's own; Export library as… writes the table shown as CSV, as an
XLSX workbook or as a data package (its CSV file and ``datapackage.json``) with the writers
every export uses, asking before it replaces files as every export does.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QDesktopServices, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
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
    library_source,
    library_table,
)
from qingdao_viewer.ui.library_commands import confirm, folder_url
from qingdao_viewer.ui.table_model import TableModel
from qingdao_viewer.ui.table_view import TableView
from qingdao_viewer.ui.theme import header_arrow_room
from qingdao_viewer.ui.window_commands import ask_save_path, cannot_write, show_error, write_file

if TYPE_CHECKING:
    from qingdao_viewer.library import LibraryEntry


class LibraryGrid(TableView):
    """The library's grid: Enter opens the current row (a grid would move down a row)."""

    NAME_WIDTH_MOST = 280  # a name column's first width at most (the user may widen it)
    LEAST_WIDTH = 320  # the grid's width at least: it scrolls sideways, the window need not be wide

    def __init__(self, window: LibraryWindow):
        super().__init__(window.table(), window)
        self.window_ = window

    def _fit_columns(self) -> None:
        """Override TableView._fit_columns: each name as wide as its text (up to a limit), not a share of the rest.

        Fourteen columns do not fit a laptop's screen: the grid scrolls sideways instead, and
        the last column (the file) takes what width is left.
        """
        super()._fit_columns()
        header = self.horizontalHeader()
        metrics = self.fontMetrics()
        rows = min(len(self.table.rows), self.SAMPLE_ROWS)
        for column, spec in enumerate(self.table.columns):
            if spec.kind.numeric:
                continue
            widest = max([metrics.horizontalAdvance(self.table.display(row, column)) for row in range(rows)] or [0])
            title = header.fontMetrics().horizontalAdvance(spec.header) + header_arrow_room(header)
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, min(max(widest + 2 * self.CELL_PADDING, title), self.NAME_WIDTH_MOST))
        header.setStretchLastSection(True)

    def minimumSizeHint(self) -> QSize:
        """Override TableView.minimumSizeHint: the library's grid scrolls sideways rather than widen its window."""
        return QSize(self.LEAST_WIDTH, super().minimumSizeHint().height())

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
        self.show_in_folder_button = QPushButton(translate("MainWindow", "S&how in folder"), self)
        self.show_in_folder_button.clicked.connect(self.show_in_folder)
        self.export_button = QPushButton(translate("MainWindow", "&Export library as…"), self)
        self.export_menu = QMenu(self.export_button)
        for text, export in (
            (translate("MainWindow", "&CSV…"), self.export_csv),
            (translate("MainWindow", "&Workbook (XLSX)…"), self.export_workbook),
            (translate("MainWindow", "&Data package (CSV and datapackage.json)…"), self.export_package),
        ):
            self.export_menu.addAction(text).triggered.connect(lambda checked=False, export=export: export())
        self.export_button.setMenu(self.export_menu)
        self.notice = QLabel(self)  # what the last export wrote, where
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.grid.export_requested.connect(lambda view: self.export_csv())

        filters = QHBoxLayout()
        filters.addWidget(self.filter_box, 3)
        filters.addWidget(self.economy_box, 1)
        filters.addWidget(self.edition_box, 1)
        filters.addWidget(self.count_label)
        buttons = QHBoxLayout()
        for button in (
            self.open_button,
            self.compare_button,
            self.remove_button,
            self.show_in_folder_button,
            self.folder_button,
            self.export_button,
        ):
            buttons.addWidget(button)
        buttons.addWidget(self.notice, 1)
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
        self.show_in_folder_button.setEnabled(self._kept_chosen() is not None)

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

    def _kept_chosen(self) -> LibraryEntry | None:
        """The kept profile Show in folder shows: the current row's, else the first selected kept one."""
        current = self.current_entry()
        if current is not None and not current.shipped:
            return current
        return next((entry for entry in self.selected_entries() if not entry.shipped), None)

    def show_in_folder(self) -> bool:
        """Open the folder that holds the selected kept profile in the desktop's file manager."""
        entry = self._kept_chosen()
        if entry is None:
            return False
        folder = entry.path.parent
        if not QDesktopServices.openUrl(folder_url(folder)):
            show_error(
                self,
                translate("MainWindow", "Cannot show the library folder"),
                translate("MainWindow", "No file manager opened {path}.").format(path=folder),
            )
            return False
        return True

    # -- export: the writers every export uses ------------------------------------------------------

    def export_csv(self, path: str | None = None) -> Path | None:
        """The library table as shown (filtered) as CSV, named as every table's CSV is."""
        from qingdao_viewer.export.csv_text import table_csv_bytes

        title, kind = translate("MainWindow", "Export table as CSV"), translate("MainWindow", "CSV files (*.csv)")
        return self._export_file(path, title, "csv", kind, table_csv_bytes)

    def export_workbook(self, path: str | None = None) -> Path | None:
        """The library table as shown as an XLSX workbook: its Source sheet, then the table's sheet."""
        from qingdao_viewer.export.workbook import workbook_bytes

        title, kind = translate("MainWindow", "Export workbook"), translate("MainWindow", "Excel workbook (*.xlsx)")
        return self._export_file(path, title, "xlsx", kind, lambda table: workbook_bytes([table]))

    def _export_file(
        self, path: str | None, title: str, suffix: str, kind: str, content: Callable[[Table], bytes]
    ) -> Path | None:
        """The table shown written as one file (asked for unless given), named as every export's is."""
        from qingdao_viewer.export.names import export_name

        table = self.grid.table
        path = path or ask_save_path(self, title, export_name(table.editions, table.name, suffix), kind)
        return self._said(write_file(self, Path(path), content(table))) if path else None

    def export_package(self, folder: str | None = None) -> list[Path]:
        """The library table as shown as a data package: its CSV file and datapackage.json, in a folder.

        Added to a descriptor already there, as every export is; files of the same names are
        replaced only if the user says so.
        """
        from qingdao_viewer.export.datapackage import files_to_replace
        from qingdao_viewer.export.folder import plan_steps
        from qingdao_viewer.export.plan import table_package
        from qingdao_viewer.steps import run_steps
        from qingdao_viewer.ui import export_prompts

        if folder is None:
            from PySide6.QtWidgets import QFileDialog

            title = translate("MainWindow", "Export library as data package")
            folder = QFileDialog.getExistingDirectory(self, title, str(Path.home()))
            if not folder:
                return []
        target = Path(folder)
        plan = table_package(self.grid.table, (library_source(),))
        try:
            existing = files_to_replace(plan, target)
            if existing and not export_prompts.confirm_replacing(self, target, existing):
                return []
            written = run_steps(plan_steps(plan, target))  # two small files: no progress to show
        except OSError as error:  # no file was changed (all or nothing)
            show_error(self, translate("MainWindow", "Export failed"), cannot_write(error.filename or target, error))
            return []
        self.notice.setText(
            translate("MainWindow", "Wrote {count} files to {folder}").format(count=len(written), folder=target)
        )
        return written

    def _said(self, written: Path | None) -> Path | None:
        if written is not None:
            self.notice.setText(translate("MainWindow", "Wrote {path}").format(path=written))
        return written
