"""A profile as a printable PDF report: every tab's figures, tables and charts on A4 pages."""

from qingdao_viewer.report.pdf_report import report_pdf_bytes

__all__ = ["report_pdf_bytes"]
