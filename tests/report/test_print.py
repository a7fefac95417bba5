"""File > Print: the print preview and the printer get the PDF's pages, painted by the same paginator.

Offscreen, a QPrinter writing PDF stands for the printer: what it is given is compared with the
report's PDF page by page (count and text). The preview dialog is opened from the window's File
menu and asked how many pages it shows.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pdf_pages import one_line, page_count, pdf_pages_text
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget
from pytestqt.qtbot import QtBot

from qingdao_viewer.profile import ClusterProfile, load_profile
from qingdao_viewer.report import report_pdf_bytes
from qingdao_viewer.report.pdf_report import paint_report, report_content
from qingdao_viewer.tables import build_tables
from qingdao_viewer.tables.comparison import build_comparison
from qingdao_viewer.ui.main_window import MainWindow
from qingdao_viewer.ui.print_preview import ReportPrintPreview, report_printer

OTHER = Path(__file__).resolve().parents[1] / "fixtures" / "other-cluster.yaml"


@pytest.fixture
def qingdao(embedded_path: Path) -> ClusterProfile:
    return load_profile(embedded_path)


def printed(content_args: tuple, folder: Path, resolution: int | None = None) -> bytes:  # type: ignore[type-arg]
    """What a printer is given, as the PDF a PDF printer makes of it."""
    printer = report_printer(QPrinter(QPrinter.PrinterMode.HighResolution))
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    if resolution is not None:
        printer.setResolution(resolution)
    path = folder / f"printed-{resolution}.pdf"
    printer.setOutputFileName(str(path))
    pages = paint_report(printer, report_content(*content_args))
    data = path.read_bytes()
    assert page_count(data) == pages
    return data


def assert_same_pages(first: bytes, second: bytes, folder: Path, exact: bool = True) -> None:
    """The same pages with the same text (exact: laid out alike too, as ``pdftotext -layout`` reads it)."""
    first_pages, second_pages = pdf_pages_text(first, folder), pdf_pages_text(second, folder)
    assert len(first_pages) == len(second_pages) == page_count(first)
    for number, (one, other) in enumerate(zip(first_pages, second_pages, strict=True), start=1):
        if not exact:  # another resolution rounds positions otherwise: -layout may set a space more
            one, other = one_line(one), one_line(other)
        assert one == other, f"page {number} differs"


def test_the_printer_gets_the_pdfs_pages(qapp: object, qingdao: ClusterProfile, tmp_path: Path) -> None:
    tables = build_tables(qingdao)
    assert_same_pages(printed((qingdao, tables), tmp_path), report_pdf_bytes(qingdao, tables), tmp_path)


def test_a_printer_of_another_resolution_gets_the_same_pages(
    qapp: object, qingdao: ClusterProfile, tmp_path: Path
) -> None:
    """Measures follow the device: at 300 dpi the same words on the same pages, not a quarter-size copy."""
    tables = build_tables(qingdao)
    assert_same_pages(
        printed((qingdao, tables), tmp_path, 300), report_pdf_bytes(qingdao, tables), tmp_path, exact=False
    )


def test_the_compared_report_prints_as_its_pdf(qapp: object, qingdao: ClusterProfile, tmp_path: Path) -> None:
    other = load_profile(OTHER)
    args = (qingdao, build_tables(qingdao), [(other, build_tables(other))], build_comparison(qingdao, other))
    assert_same_pages(printed(args, tmp_path), report_pdf_bytes(*args), tmp_path)


def open_window(qtbot: QtBot, path: Path) -> MainWindow:
    window = MainWindow(load_profile(path), str(path), settings=None)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.ready, timeout=20_000):
        window.show()
    qtbot.waitExposed(window)
    return window


def preview_from_the_menu(window: MainWindow) -> ReportPrintPreview:
    window.window_actions["print"].trigger()
    (preview,) = [child for child in window.findChildren(ReportPrintPreview) if child.isVisible()]
    return preview


@pytest.mark.parametrize("compared", [False, True], ids=["single", "compared"])
def test_file_print_previews_the_pdfs_pages(
    qtbot: QtBot, embedded_path: Path, tmp_path: Path, compared: bool, clean_clipboard: None
) -> None:
    window = open_window(qtbot, embedded_path)
    if compared:
        window.session.compare_with(str(OTHER))
    menu_texts = [action.text() for action in window.menuBar().actions()[0].menu().actions()]
    assert "Pr&int report…" in menu_texts
    preview = preview_from_the_menu(window)
    try:
        widget = preview.findChild(QPrintPreviewWidget)
        widget.updatePreview()
        exported = window.commands.export_report(str(tmp_path / "report.pdf"))
        assert exported is not None
        pdf = exported.read_bytes()
        assert widget.pageCount() == preview.pages == page_count(pdf)
        text = "\n".join(pdf_pages_text(pdf, tmp_path))
        assert ("São Tomé" in text) is compared  # the report covers the cluster compared with
        assert preview.windowTitle().startswith("Print preview: Qingdao, China, GII 2024")
        # The preview's printer holds the report's page: A4, drawn from the paper's edge.
        printer = preview.paper
        assert printer.fullPage() and printer.pageLayout().pageSize().id() == printer.pageLayout().pageSize().id().A4
    finally:
        preview.close()


@pytest.mark.parametrize("shown", [True, False], ids=["shown", "hidden"])
def test_print_follows_view_show_derived_estimates(
    qtbot: QtBot, embedded_path: Path, shown: bool, clean_clipboard: None
) -> None:
    window = open_window(qtbot, embedded_path)
    option = window.window_actions["show_derived"]
    if option.isChecked() != shown:
        option.trigger()
    preview = preview_from_the_menu(window)
    try:
        [cluster] = preview.content.clusters
        assert (cluster.tables.derived is not None) is shown
        assert cluster.tables.all == window.session.tables.all  # the source's tables, whatever the option
    finally:
        preview.close()
