"""The data package beside the CSV files: valid by the frictionless validator, truthful, and stable."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from export_files import csv_files
from frictionless import validate

from qingdao_viewer.export.csv_text import csv_headers
from qingdao_viewer.export.datapackage import files_to_replace, license_descriptor, read_earlier
from qingdao_viewer.export.folder import export_folder
from qingdao_viewer.export.plan import DESCRIPTOR, Edition, plan_export, with_derived
from qingdao_viewer.profile import ClusterProfile, Source, load_profile
from qingdao_viewer.tables import Kind, build_tables, tidy
from qingdao_viewer.tables.comparison import build_comparison

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
OTHER = FIXTURES / "other-cluster.yaml"  # no source, no periods, no intensity rank, a tie
NORDHAVN = FIXTURES / "profile-texts" / "nordhavn-osterby-2024.txt"
CC_BY = {
    "name": "CC-BY-4.0",
    "path": "https://creativecommons.org/licenses/by/4.0/",
    "title": "Creative Commons Attribution 4.0 International",
}
GII_2024 = {
    "title": "WIPO Global Innovation Index 2024, science and technology cluster profile",
    "path": "https://doi.org/10.34667/tind.50062",
}


def edition(path: Path) -> Edition:
    profile = load_profile(path)
    return Edition(profile, build_tables(profile))


def export(folder: Path, *profiles: Path, compare: bool = False) -> dict[str, Any]:
    """Export the profiles into folder, as Export all does; the descriptor written, read back."""
    editions = [edition(path) for path in profiles]
    comparison = build_comparison(editions[0].profile, editions[1].profile) if compare else None
    folder.mkdir(parents=True, exist_ok=True)
    written = export_folder(editions, folder, comparison)
    assert written[-1] == folder / DESCRIPTOR
    descriptor: dict[str, Any] = json.loads((folder / DESCRIPTOR).read_text(encoding="utf-8"))
    return descriptor


def assert_valid(folder: Path) -> None:
    report = validate(str(folder / DESCRIPTOR))
    assert report.valid, report.flatten(["resourcePath", "rowNumber", "fieldName", "type", "note"])


@pytest.fixture
def qingdao_package(qapp: object, tmp_path: Path, embedded_path: Path) -> tuple[Path, dict[str, Any]]:
    folder = tmp_path / "qingdao"
    return folder, export(folder, embedded_path)


def test_the_frictionless_validator_finds_the_package_valid(qingdao_package: tuple[Path, dict[str, Any]]) -> None:
    folder, descriptor = qingdao_package
    assert_valid(folder)
    listed = [resource["path"] for resource in descriptor["resources"]]
    assert listed == csv_files()  # the source's tables, then the derived estimates


def test_the_package_names_the_cluster_edition_licence_and_source(
    qingdao_package: tuple[Path, dict[str, Any]],
) -> None:
    _, descriptor = qingdao_package
    assert descriptor["name"] == "qingdao-2024" and descriptor["profile"] == "tabular-data-package"
    assert descriptor["title"] == "Qingdao, China, GII 2024 — GII S&T cluster profile tables"
    assert descriptor["licenses"] == [CC_BY]
    assert descriptor["sources"] == [GII_2024]
    description = descriptor["description"]
    assert "five years of output per 1 million inhabitants" in description and "not totals" in description
    assert "rounded to whole numbers" in description
    assert "Cite the source: WIPO Global Innovation Index 2024" in description and "10.34667/tind.50062" in description
    key_figures = descriptor["resources"][0]
    assert key_figures["path"] == "qingdao-2024-key-figures.csv"
    assert "Web of Science (Science Citation Index Expanded)" in key_figures["description"]
    assert "PCT patent applications per 1 million inhabitants, 2019–2023." in key_figures["description"]
    assert "Scientific articles per 1 million inhabitants, 2018–2022." in key_figures["description"]
    assert "© WIPO, 2024" in key_figures["description"]
    assert key_figures["licenses"] == [CC_BY] and key_figures["sources"] == [GII_2024]
    assert key_figures["clusters"] == [{"cluster": "Qingdao", "economy": "China", "year": 2024}]


def test_each_resource_is_a_typed_described_csv_table(
    qingdao_package: tuple[Path, dict[str, Any]], embedded_path: Path
) -> None:
    folder, descriptor = qingdao_package
    tables = {f"qingdao-2024-{t.name}.csv": t for t in with_derived(build_tables(load_profile(embedded_path)))}
    types = {Kind.TEXT: "string", Kind.RANK: "integer", Kind.COUNT: "integer", Kind.SHARE: "integer", Kind.YEAR: "year"}
    for resource in descriptor["resources"]:
        table = tables[resource["path"]]
        assert (resource["format"], resource["mediatype"], resource["encoding"]) == ("csv", "text/csv", "utf-8")
        assert resource["profile"] == "tabular-data-resource"
        schema = resource["schema"]
        assert schema["missingValues"] == [""]
        fields = schema["fields"]
        header = (folder / resource["path"]).read_text(encoding="utf-8").splitlines()[0].split(",")
        assert [field["name"] for field in fields] == header == csv_headers(table)
        columns = tidy(table).columns
        assert [field["type"] for field in fields] == [types[column.kind] for column in columns]
        assert all(field["description"] for field in fields), resource["path"]
        for field, column in zip(fields, columns, strict=True):
            if column.kind is Kind.SHARE:
                assert field["name"].endswith(" (%)") and "percentage" in field["description"]
                assert field["constraints"] == {"minimum": 0, "maximum": 100}
    by_path = {resource["path"]: resource["schema"] for resource in descriptor["resources"]}
    assert by_path["qingdao-2024-key-figures.csv"]["primaryKey"] == ["Cluster", "Economy", "Year"]
    assert by_path["qingdao-2024-patent-applicants.csv"]["primaryKey"] == [
        "Cluster", "Economy", "Year", "Rank", "Applicant"
    ]  # fmt: skip
    assert by_path["qingdao-2024-patent-collaboration-locations.csv"]["primaryKey"] == [
        "Cluster", "Economy", "Year", "Rank"
    ]  # fmt: skip
    assert by_path["qingdao-2024-collaboration.csv"]["primaryKey"] == ["Cluster", "Economy", "Year", "Output"]
    per_million = next(f for f in by_path["qingdao-2024-key-figures.csv"]["fields"] if "per 1M" in f["name"])
    assert "five years of output" in per_million["description"] and "not a total" in per_million["description"]


def test_pandas_defaults_read_every_listed_csv_with_integer_columns(
    qingdao_package: tuple[Path, dict[str, Any]],
) -> None:
    folder, descriptor = qingdao_package
    for resource in descriptor["resources"]:
        frame = pd.read_csv(folder / resource["path"])
        fields = resource["schema"]["fields"]
        assert list(frame.columns) == [field["name"] for field in fields]
        if frame.empty:
            continue
        for field in fields:
            expected = "int64" if field["type"] in ("integer", "year") else "str"
            assert str(frame[field["name"]].dtype) == expected, (resource["path"], field["name"])


def test_the_same_tables_give_byte_identical_files(qapp: object, tmp_path: Path, embedded_path: Path) -> None:
    export(tmp_path / "one", embedded_path, NORDHAVN, compare=True)
    export(tmp_path / "two", embedded_path, NORDHAVN, compare=True)
    names = sorted(path.name for path in (tmp_path / "one").iterdir())
    assert names == sorted(path.name for path in (tmp_path / "two").iterdir()) and DESCRIPTOR in names
    for name in names:
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes(), name
    assert str(tmp_path).encode() not in (tmp_path / "one" / DESCRIPTOR).read_bytes()


def test_a_comparison_package_lists_both_clusters_and_their_comparison(
    qapp: object, tmp_path: Path, embedded_path: Path
) -> None:
    descriptor = export(tmp_path, embedded_path, NORDHAVN, compare=True)
    assert_valid(tmp_path)
    assert descriptor["name"] == "qingdao-2024-nordhavn-osterby-2024"
    assert descriptor["title"].startswith("Qingdao, China, GII 2024; Nordhavn–Østerby, Denmark, GII 2024 — ")
    assert len(descriptor["resources"]) == 2 * len(csv_files()) + 2
    comparison = descriptor["resources"][-1]
    assert comparison["path"] == "qingdao-2024-nordhavn-østerby-2024-comparison-collaboration.csv"
    assert comparison["name"] == "qingdao-2024-nordhavn-osterby-2024-comparison-collaboration"
    assert comparison["schema"]["primaryKey"] == ["Cluster", "Economy", "Year"]
    assert [field["name"] for field in comparison["schema"]["fields"]] == [
        "Cluster", "Economy", "Year", "PCT applications co-invented (%)",
        "Scientific articles co-published (%)",
    ]  # fmt: skip
    assert len(comparison["clusters"]) == 2


def test_a_cluster_compared_with_itself_has_no_primary_key_that_would_fail(
    qapp: object, tmp_path: Path, embedded_path: Path
) -> None:
    descriptor = export(tmp_path, embedded_path, embedded_path, compare=True)
    assert_valid(tmp_path)
    comparison = [r for r in descriptor["resources"] if "comparison" in r["path"]]
    assert len(comparison) == 2 and all("primaryKey" not in r["schema"] for r in comparison)


def test_a_profile_with_no_source_says_so_and_invents_no_licence(qapp: object, tmp_path: Path) -> None:
    descriptor = export(tmp_path, OTHER)
    assert_valid(tmp_path)
    assert "licenses" not in descriptor and "sources" not in descriptor
    assert "names no source for its figures" in descriptor["description"]
    assert "Cite the source" not in descriptor["description"]
    for resource in descriptor["resources"]:
        assert "licenses" not in resource and "sources" not in resource
        assert "Source: not given in this profile." in resource["description"]
    # Its missing figures are empty cells, which the schema's missing values let through.
    key_figures = pd.read_csv(tmp_path / descriptor["resources"][0]["path"], dtype_backend="numpy_nullable")
    assert key_figures["Rank by intensity (top 100)"].isna().all()


# -- several exports into one folder ----------------------------------------------------------------


def test_a_second_cluster_exported_into_the_folder_is_added_to_its_descriptor(
    qapp: object, tmp_path: Path, embedded_path: Path
) -> None:
    first = export(tmp_path, embedded_path)
    assert files_to_replace(plan_export([edition(NORDHAVN)]), tmp_path) == []  # nothing of the same name
    second = export(tmp_path, NORDHAVN)
    assert_valid(tmp_path)
    one = len(csv_files())
    assert second["resources"][:one] == first["resources"]
    assert [r["path"] for r in second["resources"][one:]] == [
        r["path"].replace("qingdao-2024", "nordhavn-østerby-2024") for r in first["resources"]
    ]
    assert second["name"] == "qingdao-2024-nordhavn-osterby-2024"
    frames = [pd.read_csv(tmp_path / r["path"]) for r in second["resources"] if r["path"].endswith("-key-figures.csv")]
    assert pd.concat(frames)["Cluster"].tolist() == ["Qingdao", "Nordhavn–Østerby"]

    # The first cluster again: its files and resources replaced in place, the second's kept.
    plan = plan_export([edition(embedded_path)])
    assert files_to_replace(plan, tmp_path) == plan.names[:-1]
    again = export(tmp_path, embedded_path)
    assert again == second


def test_files_gone_from_the_folder_leave_its_descriptor(qapp: object, tmp_path: Path, embedded_path: Path) -> None:
    export(tmp_path, embedded_path)
    for path in tmp_path.glob("qingdao-2024-*.csv"):
        path.unlink()
    descriptor = export(tmp_path, NORDHAVN)
    assert_valid(tmp_path)
    assert all(r["path"].startswith("nordhavn") for r in descriptor["resources"])
    assert descriptor["name"] == "nordhavn-osterby-2024"


def test_other_resources_are_kept_as_they_were_and_names_stay_unique(
    qapp: object, tmp_path: Path, embedded_path: Path
) -> None:
    (tmp_path / "mine.csv").write_text("a,b\r\n1,2\r\n", encoding="utf-8")
    mine = {"name": "qingdao-2024-key-figures", "path": "mine.csv", "format": "csv", "note": "my own"}
    gone = {"name": "gone", "path": "gone.csv"}
    outside = {"name": "outside", "path": "../outside.csv"}
    (tmp_path / DESCRIPTOR).write_text(json.dumps({"name": "x", "resources": [mine, gone, outside]}), encoding="utf-8")
    descriptor = export(tmp_path, embedded_path)
    assert_valid(tmp_path)
    assert descriptor["resources"][0] == mine
    assert descriptor["profile"] == "data-package"  # "mine" does not say it is tabular
    names = [r["name"] for r in descriptor["resources"]]
    assert names[1] == "qingdao-2024-key-figures-2" and len(set(names)) == len(names) == len(csv_files()) + 1


def test_a_descriptor_that_cannot_be_read_is_named_as_replaced_and_replaced(
    qapp: object, tmp_path: Path, embedded_path: Path
) -> None:
    (tmp_path / DESCRIPTOR).write_text("{ not json", encoding="utf-8")
    assert read_earlier(tmp_path).resources is None
    assert files_to_replace(plan_export([edition(embedded_path)]), tmp_path) == [DESCRIPTOR]
    descriptor = export(tmp_path, embedded_path)
    assert_valid(tmp_path)
    assert len(descriptor["resources"]) == len(csv_files())


def test_clusters_whose_names_have_no_latin_letters_get_unique_resource_names(
    qapp: object, tmp_path: Path, embedded_path: Path
) -> None:
    text = embedded_path.read_text(encoding="utf-8")
    for name in ("北京", "上海"):
        (tmp_path / f"{name}.yaml").write_text(text.replace("cluster: Qingdao", f"cluster: {name}"), encoding="utf-8")
    out = tmp_path / "out"
    export(out, tmp_path / "北京.yaml")
    descriptor = export(out, tmp_path / "上海.yaml")
    assert_valid(out)
    names = [r["name"] for r in descriptor["resources"]]
    one = len(csv_files())
    assert names[0] == "cluster-2024-key-figures" and names[one] == "cluster-2024-key-figures-2"
    assert len(set(names)) == 2 * one
    assert descriptor["title"].startswith("北京, China, GII 2024; 上海, China, GII 2024 — ")


# -- licences -----------------------------------------------------------------------------------------


def test_creative_commons_licences_are_named_as_spdx_names_them() -> None:
    assert license_descriptor("CC BY 4.0") == CC_BY
    assert license_descriptor("cc-by 4.0") == CC_BY
    assert license_descriptor("CC BY-NC-ND 3.0 IGO") == {
        "name": "CC-BY-NC-ND-3.0-IGO",
        "path": "https://creativecommons.org/licenses/by-nc-nd/3.0/igo/",
        "title": "Creative Commons Attribution-NonCommercial-NoDerivs 3.0 IGO",
    }
    assert license_descriptor("CC BY-SA 4.0") is not None
    assert license_descriptor("CC0 1.0") == {
        "name": "CC0-1.0",
        "path": "https://creativecommons.org/publicdomain/zero/1.0/",
        "title": "Creative Commons Zero v1.0 Universal",
    }
    assert license_descriptor("All rights reserved") is None
    assert license_descriptor("CC BY 4.0 or anything else") is None


def test_a_licence_not_known_is_quoted_not_guessed(qapp: object, tmp_path: Path, embedded_path: Path) -> None:
    profile: ClusterProfile = load_profile(embedded_path)
    assert profile.source is not None
    changed = profile._replace(source=Source(**{**profile.source._asdict(), "license": "Terms of the GII 2024"}))
    tmp_path.mkdir(exist_ok=True)
    export_folder([Edition(changed, build_tables(changed))], tmp_path)
    descriptor = json.loads((tmp_path / DESCRIPTOR).read_text(encoding="utf-8"))
    assert_valid(tmp_path)
    assert "licenses" not in descriptor and descriptor["sources"] == [GII_2024]
    assert "Licence, as the profile states it: Terms of the GII 2024." in descriptor["resources"][0]["description"]
