"""The data package descriptor, ``datapackage.json``, that describes the CSV files of an export (no Qt).

A Frictionless Data Package (https://specs.frictionlessdata.io/data-package/): the package's
name and title name the clusters and editions, its licences and sources come from the
profiles' ``source`` (a profile with none says so, and no licence is made up), and each CSV
file is a tabular data resource with a Table Schema: one field per column, named as the
CSV header, typed (integer, year, string), described in the words of ``Column.description``,
constrained (ranks from 1, counts from 0, shares 0 to 100), empty cells as missing values,
and a primary key where the rows have one.

An export into a folder that holds a descriptor already adds to it: the resources listed
there whose files are still there stay, in their place; those of the files written now are
replaced. So one folder can gather several clusters' exports under one descriptor. Each
resource says whose figures it holds in ``clusters`` (a property of this app's own, which the
specification allows), and the package's name and title are made from them. The same
resources always give the same bytes: keys in a fixed order, no dates.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, NamedTuple

from qingdao_viewer.export.csv_text import ENCODING, csv_headers
from qingdao_viewer.export.names import ascii_slug, package_name
from qingdao_viewer.export.plan import DESCRIPTOR, ExportPlan, TableFile
from qingdao_viewer.i18n import listing, sentences, translate
from qingdao_viewer.profile import Source
from qingdao_viewer.tables import Kind, Subject, Table, tidy
from qingdao_viewer.tables.derived import is_derived

Descriptor = dict[str, Any]

FIELD_TYPES = {
    Kind.TEXT: "string",
    Kind.RANK: "integer",
    Kind.COUNT: "integer",
    Kind.SHARE: "integer",
    Kind.YEAR: "year",  # Table Schema's calendar year, 2024; read as an integer
}
CONSTRAINTS: dict[Kind, dict[str, int]] = {
    Kind.RANK: {"minimum": 1},
    Kind.COUNT: {"minimum": 0},
    Kind.SHARE: {"minimum": 0, "maximum": 100},
}
MAX_DESCRIPTOR_BYTES = 16 * 1024 * 1024  # an earlier descriptor larger than this is not read, but replaced

_CREATIVE_COMMONS = re.compile(r"CC[\s-]*(BY(?:[\s-]+(?:NC|SA|ND))*)[\s-]+(\d\.\d)(?:[\s-]+(IGO))?", re.IGNORECASE)
_CC_ZERO = re.compile(r"CC[\s-]*0(?:[\s-]+1\.0)?", re.IGNORECASE)
_CC_ELEMENTS = {"BY": "Attribution", "NC": "NonCommercial", "SA": "ShareAlike", "ND": "NoDerivatives"}


# -- licences and sources -------------------------------------------------------------------


def license_descriptor(text: str) -> Descriptor | None:
    """A licence as the specification wants it (an SPDX name, its page, a title); None if unknown.

    Creative Commons licences are told by their short form: "CC BY 4.0", "CC BY-NC-ND 3.0 IGO",
    "CC0 1.0". Any other licence is not guessed at: the description quotes it instead.
    """
    spelled = " ".join(text.split())
    if _CC_ZERO.fullmatch(spelled):
        return {
            "name": "CC0-1.0",
            "path": "https://creativecommons.org/publicdomain/zero/1.0/",
            "title": "Creative Commons Zero v1.0 Universal",
        }
    match = _CREATIVE_COMMONS.fullmatch(spelled)
    if match is None:
        return None
    elements = re.split(r"[\s-]+", match.group(1).upper())
    version, igo = match.group(2), match.group(3) is not None
    names = [_CC_ELEMENTS[element] for element in elements]
    if version != "4.0":
        names = ["NoDerivs" if name == "NoDerivatives" else name for name in names]
    scope = "IGO" if igo else {"4.0": "International", "3.0": "Unported"}.get(version, "Generic")
    return {
        "name": "-".join(["CC", *elements, version, *(["IGO"] if igo else [])]),
        "path": f"https://creativecommons.org/licenses/{'-'.join(elements).lower()}/{version}/{'igo/' if igo else ''}",
        "title": f"Creative Commons {'-'.join(names)} {version} {scope}",
    }


def source_descriptor(source: Source) -> Descriptor:
    """The publication the figures are from: its title, and its DOI (else its address) as the path."""
    descriptor: Descriptor = {"title": f"{source.publisher} {source.title}"}
    if source.doi:
        doi = source.doi.strip()
        descriptor["path"] = doi if doi.startswith(("http://", "https://")) else f"https://doi.org/{doi}"
    elif source.url:
        descriptor["path"] = source.url
    return descriptor


def _unique(items: Iterable[Descriptor]) -> list[Descriptor]:
    found: list[Descriptor] = []
    for item in items:
        if item not in found:
            found.append(item)
    return found


# -- one CSV file ---------------------------------------------------------------------------------


def primary_key(table: Table) -> list[str]:
    """The headers of the columns that tell rows apart, if their values really do (ties, a cluster twice)."""
    data = tidy(table)
    if not data.key:
        return []
    values = [tuple(row[index] for index in data.key) for row in data.rows]
    if any(value is None for key in values for value in key) or len(set(values)) != len(values):
        return []
    headers = csv_headers(table)
    return [headers[index] for index in data.key]


def table_schema(table: Table) -> Descriptor:
    """The Table Schema of the table's CSV file."""
    fields = []
    for column, name in zip(tidy(table).columns, csv_headers(table), strict=True):
        field: Descriptor = {"name": name, "type": FIELD_TYPES[column.kind]}
        if column.description:
            field["description"] = column.description
        if column.kind in CONSTRAINTS:
            field["constraints"] = dict(CONSTRAINTS[column.kind])
        fields.append(field)
    schema: Descriptor = {"fields": fields, "missingValues": [""]}
    key = primary_key(table)
    if key:
        schema["primaryKey"] = key
    return schema


def _subject_descriptor(subject: Subject) -> Descriptor:
    return {"cluster": subject.cluster, "economy": subject.economy, "year": subject.year}


def _licence_words(sources: Sequence[Source]) -> list[str]:
    """What the description says of licences the specification's form cannot name."""
    unknown = sorted({source.license for source in sources if license_descriptor(source.license) is None})
    said = translate("Export", "Licence, as the profile states it: {license}.")
    return [said.format(license=text) for text in unknown]


def table_resource(file: TableFile) -> Descriptor:
    """The resource of one CSV file of the export."""
    table = file.table
    editions = table.editions
    labels = listing(subject.label for subject in editions)
    names_them = all(subject.cluster in table.title for subject in editions)
    sources = [source for source in file.sources if source is not None]
    words = [*(file.notes or ([table.note] if table.note else [])), table.attribution, *_licence_words(sources)]
    resource: Descriptor = {
        "name": f"{package_name(editions)}-{ascii_slug(table.name)}",
        "title": (
            table.title
            if names_them
            else translate("Chart", "{title} — {subject}").format(title=table.title, subject=labels)
        ),
        "description": sentences([word for word in words if word]),
        "path": file.name,
        "profile": "tabular-data-resource",
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": ENCODING,
        "schema": table_schema(table),
    }
    if sources:
        resource["sources"] = _unique(source_descriptor(source) for source in sources)
        licenses = [license_descriptor(source.license) for source in sources]
        known = _unique(licence for licence in licenses if licence is not None)
        if known:
            resource["licenses"] = known
    resource["clusters"] = [_subject_descriptor(subject) for subject in editions]
    if is_derived(table):  # a property of this app's own, as ``clusters`` is: these figures are not the source's
        resource["derived"] = True
    return resource


# -- the folder's descriptor ----------------------------------------------------------------------


class Earlier(NamedTuple):
    """The descriptor in the folder before the export: absent, readable (its resources), or not (None)."""

    exists: bool
    resources: list[Descriptor] | None


def read_earlier(folder: Path) -> Earlier:
    path = folder / DESCRIPTOR
    if not path.exists():
        return Earlier(False, [])
    try:
        if path.stat().st_size > MAX_DESCRIPTOR_BYTES:
            return Earlier(True, None)
        descriptor = json.loads(path.read_bytes().decode("utf-8"))
    except (OSError, ValueError):  # unreadable, not UTF-8, not JSON
        return Earlier(True, None)
    resources = descriptor.get("resources") if isinstance(descriptor, dict) else None
    if not isinstance(resources, list):
        return Earlier(True, None)
    return Earlier(True, [resource for resource in resources if isinstance(resource, dict)])


def files_to_replace(plan: ExportPlan, folder: Path) -> list[str]:
    """The names of the plan's files that are in folder already, in the order they would be written.

    The descriptor is among them only if it cannot be read, and so would be replaced: one that
    can be read is added to (``merged_resources``), and what it lists stays listed.
    """
    found = [name for name in plan.names if name != DESCRIPTOR and (folder / name).exists()]
    earlier = read_earlier(folder)
    if earlier.exists and earlier.resources is None:
        found.append(DESCRIPTOR)
    return found


def _still_there(resource: Descriptor, folder: Path) -> bool:
    """A listed file that is in the folder, by a plain name (never a path that leaves it)."""
    path = resource.get("path")
    if not isinstance(path, str) or not path or path.startswith(".") or path == DESCRIPTOR:
        return False
    return "/" not in path and "\\" not in path and (folder / path).is_file()


def merged_resources(new: Sequence[Descriptor], earlier: Earlier, folder: Path) -> list[Descriptor]:
    """The earlier descriptor's resources whose files are still there, each new one in its file's place."""
    by_path = {resource["path"]: resource for resource in new}
    merged: list[Descriptor] = []
    placed = set()
    for resource in earlier.resources or []:
        path = resource.get("path")
        if isinstance(path, str) and path in by_path:
            if path not in placed:
                merged.append(by_path[path])
                placed.add(path)
        elif _still_there(resource, folder):
            merged.append(resource)
    merged += [resource for resource in new if resource["path"] not in placed]
    # Resource names are unique in a package: a new one gives way to a kept one of the same name.
    fresh = {id(resource) for resource in new}
    taken = {resource.get("name") for resource in merged if id(resource) not in fresh}
    for resource in merged:
        if id(resource) in fresh:
            name, number = resource["name"], 2
            while resource["name"] in taken:
                resource["name"] = f"{name}-{number}"
                number += 1
            taken.add(resource["name"])
    return merged


def _editions(resources: Sequence[Descriptor]) -> list[Subject]:
    found: list[Subject] = []
    for resource in resources:
        listed = resource.get("clusters")
        for entry in listed if isinstance(listed, list) else []:
            if not isinstance(entry, dict):
                continue
            cluster, economy, year = entry.get("cluster"), entry.get("economy"), entry.get("year")
            if isinstance(cluster, str) and isinstance(economy, str) and type(year) is int:
                subject = Subject(cluster, economy, year)
                if subject not in found:
                    found.append(subject)
    return found


def _listed(resources: Sequence[Descriptor], key: str) -> list[Descriptor]:
    """The resources' licences or sources, each once, in the order first listed."""
    lists = [resource.get(key) for resource in resources]
    return _unique(entry for listed in lists if isinstance(listed, list) for entry in listed if isinstance(entry, dict))


def _source_text(source: Descriptor) -> str:
    title, path = str(source.get("title", "")), source.get("path")
    return translate("Export", "{title}, {path}").format(title=title, path=path) if path else title


def package_descriptor(resources: Sequence[Descriptor]) -> Descriptor:
    """The descriptor of a folder's CSV files: name, title, description, licences, sources, resources."""
    editions = _editions(resources)
    labels = listing(subject.label for subject in editions)
    sources = _listed(resources, "sources")
    licenses = _listed(resources, "licenses")
    unsourced = [
        subject
        for resource in resources
        if "clusters" in resource and not resource.get("sources")
        for subject in _editions([resource])
    ]
    words = [
        translate(
            "Export",
            "Tables of Global Innovation Index (GII) science and technology cluster profiles, one CSV file per "
            "table. The first columns of every row name its cluster, economy and GII edition, so the files of "
            "several clusters stack into one table. Figures are as the source prints them: ranks and counts are "
            "whole numbers; per-million figures count five years of output per 1 million inhabitants and are not "
            "totals; shares are percentages of the cluster's total, rounded to whole numbers. An empty cell is a "
            "figure the source does not give.",
        )
    ]
    derived = [resource.get("path", "") for resource in resources if resource.get("derived") is True]
    if derived:
        words.append(
            translate(
                "Export",
                "Not the source's figures: {files}, estimates derived by Qingdao Viewer from them and not "
                "published by the source, each resource saying how they are computed.",
            ).format(files=listing(str(path) for path in derived))
        )
    if sources:
        cited = listing(_source_text(source) for source in sources)
        words.append(translate("Export", "Cite the source: {sources}.").format(sources=cited))
    if unsourced:
        names = listing(dict.fromkeys(subject.label for subject in unsourced))
        words.append(
            translate("Export", "The profile of {editions} names no source for its figures.").format(editions=names)
        )
    tabular = all(resource.get("profile") == "tabular-data-resource" for resource in resources)
    descriptor: Descriptor = {
        # A tabular data package holds tabular resources only: a kept resource of another kind makes it plain.
        "profile": "tabular-data-package" if tabular else "data-package",
        "name": package_name(editions) if editions else "gii-cluster-profiles",
        "title": (
            translate("Export", "{editions} — GII S&T cluster profile tables").format(editions=labels)
            if editions
            else translate("Export", "GII S&T cluster profile tables")
        ),
        "description": sentences(words),
    }
    if licenses:
        descriptor["licenses"] = licenses
    if sources:
        descriptor["sources"] = sources
    descriptor["resources"] = list(resources)
    return descriptor


def descriptor_bytes(descriptor: Descriptor) -> bytes:
    """The descriptor as a file: UTF-8 JSON, indented, keys in the order built, one newline at the end."""
    return (json.dumps(descriptor, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def folder_descriptor(files: Sequence[TableFile], folder: Path, earlier: Earlier) -> Descriptor:
    """The descriptor an export of these CSV files writes into folder, given the one there before it."""
    return package_descriptor(merged_resources([table_resource(file) for file in files], earlier, folder))
