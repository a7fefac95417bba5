"""What an export into a folder writes, by name, known before anything is written (no Qt).

Export all and ``--export`` write, for each cluster's edition, every table as CSV and every
chart as PNG and SVG, then its derived estimates (``tables.derived``) as a table of their own,
``...-derived-estimates.csv``, where the edition's tables carry them (the window leaves them
out while View > Show derived estimates is off); in compare mode both clusters' and the
comparison tables; and last the data package descriptor, ``datapackage.json``, which lists
every CSV file. Each name comes
from ``names.export_name``, so the files of several clusters sit side by side in one folder;
the plan tells the window which files an export would replace before it asks
(``datapackage.files_to_replace``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from qingdao_viewer.export.names import export_name
from qingdao_viewer.export.workbook import workbook_name
from qingdao_viewer.i18n import translate
from qingdao_viewer.profile import ClusterProfile, Source
from qingdao_viewer.tables import ProfileTables, Table
from qingdao_viewer.tables.comparison import ComparisonTables

DESCRIPTOR = "datapackage.json"  # the name the Data Package specification gives it


class Edition(NamedTuple):
    """One cluster's edition: its profile (for the source) and its tables, as shown."""

    profile: ClusterProfile
    tables: ProfileTables


class TableFile(NamedTuple):
    """A table's CSV file, with what the data package says of it."""

    name: str
    table: Table
    sources: tuple[Source | None, ...]  # the source of each cluster's profile the table holds
    notes: tuple[str, ...] = ()  # more words for the data package's description of the file


class ChartFile(NamedTuple):
    """A table's chart, as a PNG image and an SVG drawing."""

    table: Table
    full_scale: bool  # drawn on a scale of 0 to 100%, as the collaboration chart is
    png: str
    svg: str


class ExportPlan(NamedTuple):
    tables: tuple[TableFile, ...]
    charts: tuple[ChartFile, ...]
    workbook: tuple[Table, ...]  # every table, in the order the workbook's sheets take them
    workbook_name: str  # empty: no workbook (a data package of tables alone)

    @property
    def names(self) -> list[str]:
        """Every file the export writes, in the order written."""
        charts = [name for chart in self.charts for name in (chart.png, chart.svg)]
        workbook = [self.workbook_name] if self.workbook_name else []
        return [file.name for file in self.tables] + workbook + charts + [DESCRIPTOR]


def table_package(table: Table, sources: tuple[Source | None, ...] = ()) -> ExportPlan:
    """A data package of one table alone (the library's): its CSV file and ``datapackage.json``, nothing else."""
    return ExportPlan((TableFile(export_name(table.editions, table.name, "csv"), table, sources),), (), (), "")


def _key_figure_notes(tables: ProfileTables) -> tuple[str, ...]:
    """What the Overview says of the per-million figures: five years, the periods counted, the articles' index."""
    output = tables.overview.output
    captions = (figure.caption for figure in (output.pct_applications, output.scientific_articles))
    # A caption as a sentence of its own: "PCT patent applications ..., 2019–2023." / "...（2019–2023年）。"
    sentence = translate("Export", "{caption}.")
    return (output.note, *(sentence.format(caption=f"{caption[:1].upper()}{caption[1:]}") for caption in captions))


def with_derived(tables: ProfileTables) -> tuple[Table, ...]:
    """The source's tables, then the derived estimates where the tables carry them: what an export holds."""
    return (*tables.all, *((tables.derived,) if tables.derived is not None else ()))


def plan_export(editions: Sequence[Edition], comparison: ComparisonTables | None = None) -> ExportPlan:
    """The files of an export of these editions (the first is the one shown) and a comparison of them."""
    unique: dict[object, Edition] = {}
    for edition in editions:  # a cluster compared with itself is exported once
        unique.setdefault(edition.tables.key_figures.subject, edition)
    tables: list[TableFile] = []
    charts: list[ChartFile] = []
    for profile, profile_tables in unique.values():
        for table in profile_tables.all:
            notes = _key_figure_notes(profile_tables) if table is profile_tables.key_figures else ()
            tables.append(TableFile(export_name(table.editions, table.name, "csv"), table, (profile.source,), notes))
            if table.chart is not None and table.rows:
                png = export_name(table.editions, table.name, "png")
                svg = export_name(table.editions, table.name, "svg")
                charts.append(ChartFile(table, table is profile_tables.collaboration, png, svg))
        derived = profile_tables.derived
        if derived is not None:  # a file of its own, never a column of the source's tables
            tables.append(TableFile(export_name(derived.editions, derived.name, "csv"), derived, (profile.source,)))
    if comparison is not None:
        sources = tuple(edition.profile.source for edition in editions)
        for table in comparison.all:
            tables.append(TableFile(export_name(table.editions, table.name, "csv"), table, sources))
    # The workbook holds what the window shows: the first cluster, the comparison, the others.
    shown, *others = unique.values()
    sheets = (
        *with_derived(shown.tables),
        *(comparison.all if comparison else ()),
        *(table for other in others for table in with_derived(other.tables)),
    )
    return ExportPlan(tuple(tables), tuple(charts), sheets, workbook_name(sheets))
