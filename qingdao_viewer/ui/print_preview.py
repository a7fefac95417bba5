"""File > Print: the report's pages in Qt's print preview (QtPrintSupport), printed from there.

The preview and the printer are painted by the report's own paginator (report.pdf_report's
``paint_report``), the one that writes the PDF: the same blocks, page breaks and footers, on
A4 drawn from the paper's edge unless the user picks another page in the preview's setup
(then the same flow is laid out on that page). The dialog's Print button prints through the
system's print dialog.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from qingdao_viewer.i18n import translate
from qingdao_viewer.profile import ClusterProfile
from qingdao_viewer.report.pdf_report import a4_layout, paint_report, report_content
from qingdao_viewer.tables import ProfileTables
from qingdao_viewer.tables.comparison import ComparisonTables


def report_printer(printer: QPrinter | None = None) -> QPrinter:
    """A printer (a new one by default) set for the report: high resolution, A4, drawn from the paper's edge."""
    printer = printer or QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(a4_layout())
    printer.setFullPage(True)  # after the layout, which sets it back
    return printer


class ReportPrintPreview(QPrintPreviewDialog):
    """The print preview of the report of the profile shown (and the one compared with it)."""

    def __init__(
        self,
        parent: QWidget,
        profile: ClusterProfile,
        tables: ProfileTables,
        others: Sequence[tuple[ClusterProfile, ProfileTables]] = (),
        comparison: ComparisonTables | None = None,
    ):
        self.paper = report_printer()
        super().__init__(self.paper, parent)
        self.content = report_content(profile, tables, others, comparison)
        self.pages = 0  # painted last time
        clusters = " · ".join(cluster.tables.overview.edition for cluster in self.content.clusters)
        self.setWindowTitle(translate("MainWindow", "Print preview: {clusters}").format(clusters=clusters))
        self.paper.setDocName(clusters)
        self.paintRequested.connect(self.paint_pages)

    def paint_pages(self, printer: QPrinter) -> None:
        """Paint the report onto the printer the preview (or Print) hands over."""
        self.pages = paint_report(printer, self.content)
