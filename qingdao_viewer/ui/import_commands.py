"""Many profiles at once, and the library's own window: File > Import profiles, a drop of several, View > Library.

Import runs ``importing.import_job`` a file per step under the progress dialog (``progress``),
so the window paints throughout and Cancel stops before the next file (what was kept stays
kept). It ends in one dialog: how many were read and kept, and each refusal by file and line.
One profile imported with no refusal is simply shown, as File > Open would.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QMessageBox, QWidget

from qingdao_viewer.i18n import translate
from qingdao_viewer.session import Session

if TYPE_CHECKING:
    from qingdao_viewer.importing import ImportReport
    from qingdao_viewer.ui.library_view import LibraryWindow


def dropped_paths(event: QDragEnterEvent | QDropEvent) -> list[str]:
    """The local files and folders being dragged."""
    mime = event.mimeData()
    urls: list[QUrl] = mime.urls() if mime is not None and mime.hasUrls() else []
    return [url.toLocalFile() for url in urls if url.isLocalFile()]


def import_summary(report: ImportReport) -> str:
    """What an import did, for its one dialog: read, kept, skipped, each refusal by file and line."""
    from qingdao_viewer.ui.profile_doors import refusal_lines

    kept = [outcome for outcome in report.outcomes if outcome.kept is not None or outcome.library_file is not None]
    lines = [
        translate("MainWindow", "Profiles read: {read} of {files} files; in the library now: {kept}.").format(
            read=len(report.profiles), files=len(report.outcomes), kept=len(kept)
        )
    ]
    if report.skipped:
        lines.append(
            translate("MainWindow", "Files not named as profiles (.yaml, .yml, .txt), skipped: {count}.").format(
                count=report.skipped
            )
        )
    refusals = [*report.problems]
    for outcome in report.refused:
        if outcome.error is not None:
            refusals.append(outcome.error)
    unkept = [outcome for outcome in report.refused if outcome.keep_error is not None]
    for outcome in unkept:
        error = outcome.keep_error
        reason = (error.strerror or error) if error is not None else ""
        lines.append(
            translate("MainWindow", "{path}: cannot be kept: {reason}").format(path=outcome.path, reason=reason)
        )
    if refusals:
        lines.append(translate("MainWindow", "Refused:"))
        lines.extend(refusal_lines(refusals))
    return "\n".join(lines)


class ImportCommands(QObject):
    """File > Import profiles…, a drop of several files or a folder, and View > Library."""

    def __init__(
        self,
        session: Session,
        window: QWidget,
        open_profile: Callable[[str], bool],
        compare: Callable[..., bool],
        show_folder: Callable[[], bool],
    ):
        super().__init__(window)
        self.session = session
        self.window = window
        self._open, self._compare, self._show_folder = open_profile, compare, show_folder
        self.library_window: LibraryWindow | None = None

    def choose_and_import(self) -> ImportReport | None:
        """File > Import profiles…: choose files (the documents folder first), keep them all."""
        from PySide6.QtWidgets import QFileDialog

        from qingdao_viewer.ui.profile_doors import profile_files
        from qingdao_viewer.ui.window_commands import documents_folder

        paths, _ = QFileDialog.getOpenFileNames(
            self.window, translate("MainWindow", "Import profiles"), str(documents_folder()), profile_files()
        )
        return self.import_paths(paths) if paths else None

    def import_paths(self, paths: Sequence[str]) -> ImportReport | None:
        """Keep the profiles of the files and folders given, under a progress dialog; None if cancelled."""
        from qingdao_viewer.importing import import_job
        from qingdao_viewer.ui.progress import SteppedWork

        title = translate("MainWindow", "Import profiles")
        label = translate("MainWindow", "Reading and keeping profiles…")
        try:
            report = SteppedWork(self.window, title, label, import_job(self.session.library, list(paths))).run()
        finally:
            self.session.relist()  # what was kept before a Cancel is in the library
        if report is None:
            return None
        if len(report.outcomes) == 1 and not report.refused and not report.problems and report.profiles:
            self._open(report.outcomes[0].path)  # one profile: shown, as File > Open shows it
            return report
        refused = bool(report.refused or report.problems)
        box = QMessageBox(
            QMessageBox.Icon.Warning if refused else QMessageBox.Icon.Information,
            title,
            import_summary(report),
            QMessageBox.StandardButton.Ok,
            self.window,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setObjectName("import-summary")
        box.open()
        return report

    def drop(self, event: QDropEvent, open_one: Callable[[QDropEvent], None]) -> None:
        """A drop: one file opens as File > Open does (``open_one``); several files, or a folder, are imported."""
        paths = dropped_paths(event)
        if len(paths) == 1 and not os.path.isdir(paths[0]):
            open_one(event)
        elif paths:
            event.acceptProposedAction()
            self.import_paths(paths)

    def show_library(self) -> LibraryWindow:
        """View > Library (Ctrl+L): the library's table, in a window of its own beside this one."""
        if self.library_window is None:
            from qingdao_viewer.ui.library_view import LibraryWindow

            self.library_window = LibraryWindow(self.session, self._open, self._compare, self._show_folder, self.window)
        self.library_window.show()
        self.library_window.raise_()
        self.library_window.activateWindow()
        self.library_window.filter_box.setFocus()
        return self.library_window
