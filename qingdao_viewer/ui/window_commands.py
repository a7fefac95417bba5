"""What the window does with what it shows: copy, export (CSV, PNG, SVG, all), the report, Save as YAML.

Every write goes through one save dialog and one atomic write; a failure is one dialog
naming the file and why, and what was there before is left as it was.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from qingdao_viewer.export.csv_text import table_csv_bytes
from qingdao_viewer.export.names import export_name
from qingdao_viewer.files import writable_target, write_atomically
from qingdao_viewer.i18n import translate
from qingdao_viewer.session import Session
from qingdao_viewer.tables import ProfileTables
from qingdao_viewer.ui.tab_pages import TabPages
from qingdao_viewer.ui.tabs import OverviewTab

if TYPE_CHECKING:
    from qingdao_viewer.charts import ImageSize
    from qingdao_viewer.ui.share_chart import ShareChart
    from qingdao_viewer.ui.table_view import TableView


def cannot_write(path: object, error: OSError) -> str:
    return translate("MainWindow", "{path}: cannot write: {reason}").format(path=path, reason=error.strerror or error)


def documents_folder() -> Path:
    """The user's documents folder (QStandardPaths), if it is a folder; else their home folder."""
    from PySide6.QtCore import QStandardPaths

    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if location and Path(location).is_dir():
        return Path(location)
    return Path.home()


def show_error(parent: QWidget, title: str, message: str) -> QMessageBox:
    """Say why something failed, in a window-modal box that does not block the caller."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def ask_save_path(parent: QWidget, title: str, suggested_name: str, file_filter: str) -> str | None:
    """The file the user chooses to write, or None if they cancel (the dialog asks before replacing one).

    The dialog proposes the suggested name made safe (export.names.safe_file_name: a
    cluster's name may hold "../", a leading dot or a character no file name may hold) in
    the user's documents folder, or their home folder when there is none.
    """
    from PySide6.QtWidgets import QFileDialog

    from qingdao_viewer.export.names import safe_file_name

    proposed = documents_folder() / safe_file_name(suggested_name)
    path, _ = QFileDialog.getSaveFileName(parent, title, str(proposed), file_filter)
    return path or None


def write_file(parent: QWidget, path: Path, data: bytes) -> Path | None:
    """Write a file whole or not at all; a failure is a dialog naming the file and why (then None)."""
    try:
        write_atomically(path, data)
    except OSError as error:
        show_error(parent, translate("MainWindow", "Export failed"), cannot_write(path, error))
        return None
    return path


class WindowCommands(QObject):
    """Copy and export the table or chart in use, every table, the report, the profile as YAML."""

    def __init__(self, session: Session, pages: TabPages, window: QWidget):
        super().__init__(window)
        self.session = session
        self.pages = pages
        self.window = window

    # -- copy -----------------------------------------------------------------------------

    def copy(self) -> None:
        view = self.pages.current_view()
        if view is not None:
            view.copy_selection()

    def copy_table(self) -> None:
        page = self.pages.page()
        view = self.pages.current_view()
        if view is not None:
            view.copy_table()
        elif isinstance(page, OverviewTab):
            page.copy_key_figures()

    def copy_chart(self) -> None:
        chart = self.pages.current_chart()
        if chart is not None:
            chart.copy_image()

    # -- export ---------------------------------------------------------------------------

    def export_table_csv(self, view: TableView | None = None, path: str | None = None) -> Path | None:
        view = view or self.pages.current_view()
        table = view.table if view is not None else self.pages.page().primary_table()
        if table is None:
            return None
        path = path or self._ask_save_path(
            translate("MainWindow", "Export table as CSV"),
            export_name(table.editions, table.name, "csv"),
            translate("MainWindow", "CSV files (*.csv)"),
        )
        if path is None:
            return None
        return self._write(Path(path), table_csv_bytes(table))

    def export_chart(
        self, chart: ShareChart | None = None, path: str | None = None, size: ImageSize | None = None
    ) -> Path | None:
        """The chart in use as SVG, or as PNG at a size: one given, else the user's in a dialog after the file's.

        A path given (not chosen in the save dialog) with no size gets the session's last PNG size.
        """
        chart = chart or self.pages.current_chart()
        if chart is None:
            show_error(
                self.window,
                translate("MainWindow", "No chart"),
                translate("MainWindow", "This tab has no chart to export."),
            )
            return None
        chosen = path is None
        path = path or self._ask_save_path(
            translate("MainWindow", "Export chart"),
            export_name(chart.table.editions, chart.table.name, "png"),
            translate("MainWindow", "PNG image (*.png);;SVG drawing (*.svg)"),
        )
        if path is None:
            return None
        target = Path(path)
        if target.suffix.lower() == ".svg":
            return self._write(target, chart.svg_bytes())
        if size is None:
            from qingdao_viewer.ui.image_size_dialog import ImageSizeDialog, ask_image_size

            size = ask_image_size(self.window) if chosen else ImageSizeDialog.remembered
            if size is None:
                return None
        return self._write(target, chart.png_bytes(size))

    def export_all(self, folder: str | None = None) -> list[Path]:
        """Every table as CSV, every chart and the data package; in compare mode every cluster's and the comparison's.

        Files of the same names in the folder are replaced only if the user says so; the status
        bar then says how many files were written where, with a button that opens the folder.
        """
        from qingdao_viewer.export.datapackage import files_to_replace
        from qingdao_viewer.export.folder import export_steps
        from qingdao_viewer.export.plan import Edition, plan_export
        from qingdao_viewer.ui import export_prompts
        from qingdao_viewer.ui.progress import SteppedWork

        if folder is None:
            from PySide6.QtWidgets import QFileDialog

            folder = QFileDialog.getExistingDirectory(
                self.window, translate("MainWindow", "Export all tables and charts to folder"), str(Path.home())
            )
            if not folder:
                return []
        target = Path(folder)
        editions = [Edition(self.session.profile, self.shown(self.session.tables))]
        comparison = self.session.comparison
        if comparison is not None:
            editions += [Edition(other.profile, self.shown(other.tables)) for other in comparison.others]
        both = comparison.both if comparison is not None else None
        try:
            existing = files_to_replace(plan_export(editions, both), target)
            if existing and not export_prompts.confirm_replacing(self.window, target, existing):
                return []
            title = translate("MainWindow", "Export all")
            label = translate("MainWindow", "Writing the tables and charts to {folder}…").format(folder=target)
            written = SteppedWork(self.window, title, label, export_steps(editions, target, both)).run()
        except OSError as error:  # no file was changed (export.folder: all or nothing)
            reason = cannot_write(error.filename or folder, error)
            show_error(self.window, translate("MainWindow", "Export failed"), reason)
            return []
        if written is None:  # cancelled: no file was changed
            return []
        export_prompts.show_written(self.window, target, written)
        return written

    def export_report(self, path: str | None = None) -> Path | None:
        """Every tab's figures and charts of the profile shown, as an A4 PDF; in compare mode of both clusters.

        A file that cannot be written is refused before the report is made; a long report shows
        its progress, with Cancel, which writes nothing.
        """
        path = path or self._ask_save_path(
            translate("MainWindow", "Export report"),
            export_name(
                tuple(edition for tables in self._report_tables() for edition in tables.key_figures.editions),
                "report",
                "pdf",
            ),
            translate("MainWindow", "PDF (*.pdf)"),
        )
        if path is None:
            return None
        from qingdao_viewer.report.pdf_report import report_pdf_steps
        from qingdao_viewer.ui.progress import SteppedWork

        try:
            writable_target(path)
        except OSError as error:
            show_error(self.window, translate("MainWindow", "Export failed"), cannot_write(path, error))
            return None
        session, comparison = self.session, self.session.comparison
        others = (
            [(other.profile, self.shown(other.tables)) for other in comparison.others] if comparison is not None else []
        )
        steps = report_pdf_steps(
            session.profile, self.shown(session.tables), others, comparison.both if comparison else None
        )
        label = translate("MainWindow", "Making the report of {cluster}…").format(
            cluster=" · ".join(tables.overview.edition for tables in self._report_tables())
        )
        data = SteppedWork(self.window, translate("MainWindow", "Export report"), label, steps).run()
        if data is None:  # cancelled: nothing written
            return None
        return self._write(Path(path), data)

    def shown(self, tables: ProfileTables) -> ProfileTables:
        """The tables as the window shows them: without the derived estimates while View hides them.

        So Export all, the workbook, the report and print follow View > Show derived estimates.
        """
        return tables if self.pages.derived_shown else tables._replace(derived=None)

    def _report_tables(self) -> list[ProfileTables]:
        """The tables of the clusters a report covers: the one shown, and those beside it when comparing."""
        comparison = self.session.comparison
        return [self.session.tables, *(other.tables for other in (comparison.others if comparison else ()))]

    def print_report(self) -> None:
        """File > Print: the report's pages in a print preview, printed from there (the same pages as the PDF)."""
        from qingdao_viewer.ui.print_preview import ReportPrintPreview

        comparison = self.session.comparison
        others = (
            [(other.profile, self.shown(other.tables)) for other in comparison.others] if comparison is not None else []
        )
        preview = ReportPrintPreview(
            self.window,
            self.session.profile,
            self.shown(self.session.tables),
            others,
            comparison.both if comparison else None,
        )
        preview.open()

    def export_workbook(self, path: str | None = None) -> Path | None:
        """The tables shown as one XLSX workbook; in compare mode the comparison's and the other clusters' too."""
        from qingdao_viewer.export.plan import Edition, plan_export
        from qingdao_viewer.export.workbook import workbook_bytes, workbook_name

        editions = [Edition(self.session.profile, self.shown(self.session.tables))]
        comparison = self.session.comparison
        if comparison is not None:
            editions += [Edition(other.profile, self.shown(other.tables)) for other in comparison.others]
        tables = plan_export(editions, comparison.both if comparison is not None else None).workbook
        path = path or self._ask_save_path(
            translate("MainWindow", "Export workbook"),
            workbook_name(tables),
            translate("MainWindow", "Excel workbook (*.xlsx)"),
        )
        if path is None:
            return None
        return self._write(Path(path), workbook_bytes(tables))

    def save_profile_yaml(self, path: str | None = None) -> Path | None:
        """The profile shown, in gii-cluster-profile/1, written whole or not at all."""
        from qingdao_viewer.profile.profile_yaml import profile_to_yaml

        profile = self.session.profile
        path = path or self._ask_save_path(
            translate("MainWindow", "Save profile as YAML"),
            export_name(self.session.tables.key_figures.editions, "", "yaml"),
            translate("MainWindow", "Profile YAML (*.yaml *.yml)"),
        )
        if path is None:
            return None
        origin = Path(self.session.path).name if self.session.path else "a cluster profile"
        return self._write(Path(path), profile_to_yaml(profile, origin=origin).encode("utf-8"))

    def _ask_save_path(self, title: str, suggested_name: str, file_filter: str) -> str | None:
        return ask_save_path(self.window, title, suggested_name, file_filter)

    def _write(self, path: Path, data: bytes) -> Path | None:
        return write_file(self.window, path, data)
