"""Export file names: the cluster and edition, then what the file holds, for every kind of export (no Qt)."""

from __future__ import annotations

from pathlib import Path

from export_files import chart_files, csv_files, export_files

from qingdao_viewer.export.names import ascii_slug, export_name, package_name
from qingdao_viewer.export.plan import Edition, plan_export
from qingdao_viewer.profile import load_profile
from qingdao_viewer.tables import Subject, build_tables
from qingdao_viewer.tables.comparison import build_comparison

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
NORDHAVN = FIXTURES / "profile-texts" / "nordhavn-osterby-2024.txt"
QINGDAO = Subject("Qingdao", "China", 2024)
NORDHAVN_2024 = Subject("Nordhavn–Østerby", "Denmark", 2024)

SINGLE = export_files()


def test_a_name_is_the_cluster_and_edition_then_what_it_holds() -> None:
    assert export_name([QINGDAO], "patent-applicants", "csv") == "qingdao-2024-patent-applicants.csv"
    assert export_name([QINGDAO], "report", ".pdf") == "qingdao-2024-report.pdf"
    assert export_name([QINGDAO], "", "yaml") == "qingdao-2024.yaml"
    assert (
        export_name([QINGDAO, NORDHAVN_2024], "comparison-key-figures", "csv")
        == "qingdao-2024-nordhavn-østerby-2024-comparison-key-figures.csv"
    )


def test_data_package_names_are_ascii_as_the_specification_requires() -> None:
    assert ascii_slug("Nordhavn–Østerby") == "nordhavn-osterby"
    assert ascii_slug("São Tomé d'Ávila–Zürichsee") == "sao-tome-d-avila-zurichsee"
    assert ascii_slug("Straße Æbeltoft") == "strasse-aebeltoft"
    assert ascii_slug("東京") == ""
    assert package_name([QINGDAO, NORDHAVN_2024]) == "qingdao-2024-nordhavn-osterby-2024"
    assert package_name([Subject("東京", "Japan", 2024)]) == "cluster-2024"


def test_export_all_of_one_cluster_names_every_file_for_it(embedded_path: Path) -> None:
    profile = load_profile(embedded_path)
    assert plan_export([Edition(profile, build_tables(profile))]).names == SINGLE


def test_export_all_in_compare_mode_adds_the_other_cluster_and_the_comparison(embedded_path: Path) -> None:
    qingdao, nordhavn = load_profile(embedded_path), load_profile(NORDHAVN)
    editions = [Edition(qingdao, build_tables(qingdao)), Edition(nordhavn, build_tables(nordhavn))]
    names = plan_export(editions, build_comparison(qingdao, nordhavn)).names
    stem = "nordhavn-østerby-2024"
    assert names == [
        *csv_files(),
        *csv_files(stem),
        "qingdao-2024-nordhavn-østerby-2024-comparison-key-figures.csv",
        "qingdao-2024-nordhavn-østerby-2024-comparison-collaboration.csv",
        "qingdao-2024-nordhavn-østerby-2024.xlsx",
        *chart_files(),
        *chart_files(stem),
        "datapackage.json",
    ]
    assert len(names) == len(set(names))


def test_a_cluster_compared_with_itself_is_exported_once(embedded_path: Path) -> None:
    profile = load_profile(embedded_path)
    edition = Edition(profile, build_tables(profile))
    names = plan_export([edition, edition], build_comparison(profile, profile)).names
    one = len(csv_files())
    assert names == [*SINGLE[:one], "qingdao-2024-qingdao-2024-comparison-key-figures.csv",
                     "qingdao-2024-qingdao-2024-comparison-collaboration.csv", *SINGLE[one:]]  # fmt: skip
