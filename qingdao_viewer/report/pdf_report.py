"""A profile as a report on A4 pages: a PDF written by Qt's own PDF writer (QPdfWriter), or printed.

What the report says and how it flows down the pages is in ``content`` (one cluster, or
several compared), ``flow`` and ``table_flow``; here the pages are painted, each with a
header naming the cluster(s), a footer with the source's credit (the only place a page
gives it, so once a page) and "Page N of M". One paginator paints onto any paged device:
``report_pdf_steps`` onto a PDF writer, ``paint_report`` onto a printer (File > Print and
its preview), so the printed pages are the PDF's. The report's own words go through
``translate("Report", ...)``; the tables bring their own.

The layout and the painting are done a few rows or a page at a time (``report_pdf_steps``),
so the window keeps painting, and can stop, while a long profile's report is made.

The same profiles give the same bytes: the PDF carries no creation date, its document id
comes from its content, and Qt's hash seed is fixed while the file is written (it decides
the order fonts are written in).
"""

from __future__ import annotations

import html
import re
import uuid
from collections.abc import Iterator, Sequence
from typing import NamedTuple

from PySide6.QtCore import QBuffer, QByteArray, QHashSeed, QIODevice, QMarginsF, QPointF, Qt, QUuid
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
)
from PySide6.QtWidgets import QApplication

from qingdao_viewer import APP_NAME, __version__
from qingdao_viewer.i18n import translate
from qingdao_viewer.profile import ClusterProfile
from qingdao_viewer.report.content import Cluster, ReportContent, lay_out
from qingdao_viewer.report.flow import HEADER_TOP_MM, LIGHT_RULE, MUTED, Flow, Fonts, pen
from qingdao_viewer.steps import Progress, Steps, run_steps
from qingdao_viewer.tables import ProfileTables
from qingdao_viewer.tables.comparison import ComparisonTables

RESOLUTION = 1200  # device units per inch: QPdfWriter's default, fine enough for every measure
FOOTER_LINES = 3  # of the source's credit
PROGRESS_TOTAL = 1000  # the report's Progress is in thousandths


def report_content(
    profile: ClusterProfile,
    tables: ProfileTables,
    others: Sequence[tuple[ClusterProfile, ProfileTables]] = (),
    comparison: ComparisonTables | None = None,
) -> ReportContent:
    """A report of a profile, compared with others if given (``comparison``: the window's tables of the two)."""
    clusters = (Cluster(profile, tables), *(Cluster(other, its) for other, its in others))
    return ReportContent(clusters, comparison if others else None)


def a4_layout() -> QPageLayout:
    """The report's page: A4 portrait, its margins its own (drawn from the paper's edge)."""
    return QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0))


def _document_title(content: ReportContent) -> str:
    if content.compared:
        return translate("Report", "{clusters} — GII S&T cluster profiles compared").format(clusters=content.names)
    profile = content.clusters[0].profile
    return translate("Report", "{cluster} — GII {year} S&T cluster profile").format(
        cluster=profile.title, year=profile.year
    )


def _page_subtitle(content: ReportContent) -> str:
    """The header's right-hand words."""
    if content.compared:
        return translate("Report", "GII S&T cluster profiles compared")
    return translate("Report", "GII {year} S&T cluster profile").format(year=content.clusters[0].profile.year)


def _xmp(title: str, creator: str, rights: str) -> bytes:
    """The document's XMP metadata: title, credit and tool, and no dates (Qt's own has the time)."""
    literal = html.escape
    return (
        "<?xpacket begin='' id='W5M0MpCehiHzreSzNTczkc9d'?>"
        '<x:xmpmeta xmlns:x="adobe:ns:meta/">'
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:xmp="http://ns.adobe.com/xap/1.0/">'
        f'<dc:title><rdf:Alt><rdf:li xml:lang="x-default">{literal(title)}</rdf:li></rdf:Alt></dc:title>'
        f'<dc:rights><rdf:Alt><rdf:li xml:lang="x-default">{literal(rights)}</rdf:li></rdf:Alt></dc:rights>'
        f"<xmp:CreatorTool>{literal(creator)}</xmp:CreatorTool>"
        "</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end='w'?>"
    ).encode()


# Qt writes the time of writing into the document information; the same number of spaces
# in its place keeps every byte offset the file's cross-reference table gives.
_INFO_DATE = re.compile(rb"/(?:CreationDate|ModDate) \(D:[0-9Z+\-']*\)")


def _without_dates(pdf: bytes) -> bytes:
    return _INFO_DATE.sub(lambda match: b" " * len(match.group(0)), pdf)


class LaidOut(NamedTuple):
    """A report laid out for a device: the flow's pages, and what every page's header and footer say."""

    flow: Flow
    header_title: str
    subtitle: str
    attribution: list[str]

    @property
    def page_count(self) -> int:
        return len(self.flow.pages)


def _footer_lines(flow: Flow, text: str, width: float) -> list[str]:
    """The credit as the footer shows it: at most FOOTER_LINES lines, the last elided if it must."""
    lines = flow.wrap(text, flow.fonts.small, width)
    if len(lines) <= FOOTER_LINES:
        return lines
    rest = " ".join(lines[FOOTER_LINES - 1 :])
    last = flow.metrics(flow.fonts.small).elidedText(rest, Qt.TextElideMode.ElideRight, width)
    return [*lines[: FOOTER_LINES - 1], last]


def lay_out_steps(content: ReportContent, device: QPagedPaintDevice) -> Iterator[int | LaidOut]:
    """The report laid out on the device's pages: yields the rows done as it goes, then the LaidOut."""
    fonts = Fonts.of(QGuiApplication.font().family())
    small = QFontMetricsF(fonts.small, device)
    probe = Flow(device, fonts, 0.0)
    page_label = small.horizontalAdvance(
        translate("Report", "Page {number} of {total}").format(number=99999, total=99999)
    ) + probe.mm(6)
    attribution = _footer_lines(probe, content.attribution, probe.width - page_label)
    flow = Flow(device, fonts, len(attribution) * small.lineSpacing() + probe.mm(1.5))
    yield from lay_out(flow, content)
    subtitle = _page_subtitle(content)
    room = flow.width - small.horizontalAdvance(subtitle) - flow.mm(6)
    header_title = small.elidedText(content.names, Qt.TextElideMode.ElideRight, room)  # in full on page 1
    yield LaidOut(flow, header_title, subtitle, attribution)


def paint_pages(painter: QPainter, device: QPagedPaintDevice, laid: LaidOut) -> Iterator[int]:
    """Paint every page onto the painter's paged device (a PDF writer, a printer); yields each page's number."""
    flow = laid.flow
    small = flow.metrics(flow.fonts.small)
    left, right = flow.left, flow.left + flow.width
    header_base = flow.mm(HEADER_TOP_MM) + small.ascent()
    header_rule = flow.mm(HEADER_TOP_MM) + small.lineSpacing() + flow.mm(1)
    footer_top = flow.footer_top
    total = len(flow.pages)
    for number, steps in enumerate(flow.pages, start=1):
        if number > 1 and not device.newPage():
            raise RuntimeError("the report's device could not start a new page")
        painter.setPen(QColor(MUTED))
        painter.setFont(flow.fonts.small)
        painter.drawText(QPointF(left, header_base), laid.header_title)
        painter.drawText(QPointF(right - small.horizontalAdvance(laid.subtitle), header_base), laid.subtitle)
        painter.setPen(pen(LIGHT_RULE, flow.mm(0.2)))
        painter.drawLine(QPointF(left, header_rule), QPointF(right, header_rule))
        painter.drawLine(QPointF(left, footer_top), QPointF(right, footer_top))
        painter.setPen(QColor(MUTED))
        for index, line in enumerate(laid.attribution):
            y = footer_top + flow.mm(1.5) + small.ascent() + index * small.lineSpacing()
            painter.drawText(QPointF(left, y), line)
        page = translate("Report", "Page {number} of {total}").format(number=number, total=total)
        painter.drawText(
            QPointF(right - small.horizontalAdvance(page), footer_top + flow.mm(1.5) + small.ascent()), page
        )
        for step in steps:
            step(painter)
        yield number


def _laid_out(steps: Iterator[int | LaidOut]) -> LaidOut:
    for step in steps:
        if isinstance(step, LaidOut):
            return step
    raise RuntimeError("the report was not laid out")


def paint_report(device: QPagedPaintDevice, content: ReportContent) -> int:
    """Lay the report out on a paged device (a printer, the print preview's) and paint it there, all at once.

    The device should have the report's page (``a4_layout``, drawn from the paper's edge): the
    pages are then the PDF's. Returns the number of pages. Needs a QApplication.
    """
    laid = _laid_out(lay_out_steps(content, device))
    painter = QPainter()
    if not painter.begin(device):
        raise RuntimeError("the printer could not start a document")
    try:
        for _ in paint_pages(painter, device, laid):
            pass
    finally:
        painter.end()
    return laid.page_count


def report_pdf_bytes(
    profile: ClusterProfile,
    tables: ProfileTables,
    others: Sequence[tuple[ClusterProfile, ProfileTables]] = (),
    comparison: ComparisonTables | None = None,
) -> bytes:
    """The report as PDF bytes. Needs a QApplication (the charts are drawn by a hidden widget)."""
    return run_steps(report_pdf_steps(profile, tables, others, comparison))


def report_pdf_steps(
    profile: ClusterProfile,
    tables: ProfileTables,
    others: Sequence[tuple[ClusterProfile, ProfileTables]] = (),
    comparison: ComparisonTables | None = None,
) -> Steps[bytes]:
    """``report_pdf_bytes`` in steps, on the thread of the QApplication (the charts are drawn by pyqtgraph).

    Yields ``Progress`` in thousandths: the layout, a few rows at a time, is the first half;
    drawing the pages, one at a time, the second. Closed before its end (Cancel), it stops
    and gives nothing.
    """
    if not isinstance(QApplication.instance(), QApplication):
        raise RuntimeError("a PDF report needs a QApplication")
    content = report_content(profile, tables, others, comparison)
    title = _document_title(content)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    work = max(1, 2 * content.rows)
    # Fonts are written in the order of a QHash: a fixed seed gives the same file every time.
    QHashSeed.setDeterministicGlobalSeed()
    try:
        writer = QPdfWriter(buffer)
        writer.setResolution(RESOLUTION)
        writer.setPageLayout(a4_layout())
        creator = f"{APP_NAME} {__version__}"
        writer.setTitle(title)
        writer.setCreator(creator)
        writer.setDocumentXmpMetadata(QByteArray(_xmp(title, creator, content.attribution)))
        # The document's id names its content: the same profiles, the same id.
        profiles = "|".join(repr(cluster.profile) for cluster in content.clusters)
        identity = uuid.uuid5(uuid.NAMESPACE_URL, f"qingdao-viewer-report:{__version__}:{profiles}")
        writer.setDocumentId(QUuid(str(identity)))

        laid: LaidOut | None = None
        done = 0
        for step in lay_out_steps(content, writer):
            if isinstance(step, LaidOut):
                laid = step
                continue
            done += step
            yield Progress(PROGRESS_TOTAL // 2 * min(done, work) // work, PROGRESS_TOTAL)
        assert laid is not None

        painter = QPainter()
        if not painter.begin(writer):
            raise RuntimeError("Qt's PDF writer could not start a document")
        try:
            for page in paint_pages(painter, writer, laid):
                yield Progress(PROGRESS_TOTAL // 2 + PROGRESS_TOTAL // 2 * page // laid.page_count, PROGRESS_TOTAL)
        finally:
            painter.end()
    finally:
        QHashSeed.resetRandomGlobalSeed()
    return _without_dates(bytes(buffer.data().data()))
