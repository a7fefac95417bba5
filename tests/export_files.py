"""The files an export of one cluster's edition writes, by name, in the order written.

One list for every test of Export all and ``--export`` (the command's, the window's, the
folder's): a table or chart added to the export is added here, once.
"""

from __future__ import annotations

TABLES = (
    "key-figures",
    "patent-applicants",
    "patent-fields",
    "publishing-organizations",
    "publication-fields",
    "collaboration",
    "patent-collaboration-locations",
    "publication-collaboration-locations",
)
DERIVED = "derived-estimates"  # the derived estimates: a file of their own, after the source's tables
CHARTS = ("patent-applicants", "publishing-organizations", "collaboration")
DESCRIPTOR = "datapackage.json"


def csv_files(stem: str = "qingdao-2024", derived: bool = True) -> list[str]:
    """The CSV files of one edition: the source's tables, then (unless left out) the derived estimates."""
    return [f"{stem}-{name}.csv" for name in (*TABLES, *((DERIVED,) if derived else ()))]


def chart_files(stem: str = "qingdao-2024") -> list[str]:
    """The charts of one edition, each as PNG and SVG."""
    return [f"{stem}-{name}.{suffix}" for name in CHARTS for suffix in ("png", "svg")]


def export_files(stem: str = "qingdao-2024", derived: bool = True) -> list[str]:
    """Every file an export of one edition writes: CSV files, the workbook, charts as PNG and SVG, the descriptor."""
    return [*csv_files(stem, derived), f"{stem}.xlsx", *chart_files(stem), DESCRIPTOR]
