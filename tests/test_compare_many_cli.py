"""The command line with 3 to 10 profiles: --export writes each one's files and the comparison tables,
--report reports them all, the window opens comparing them; more than 10 is a usage error.

The clusters beside Qingdao are INVENTED (tests/fixtures/invented-many).
"""

from __future__ import annotations

import csv
import json
import subprocess
from pathlib import Path

import pytest
from cli_runner import run_cli, run_python
from test_cli import WINDOW_SHOWN

FIXTURES = Path(__file__).resolve().parent / "fixtures"
INVENTED = sorted((FIXTURES / "invented-many").glob("cluster-*.yaml"))
QINGDAO = Path(__file__).resolve().parent.parent / "data" / "qingdao-2024.yaml"


def run(*args: str | Path, cwd: Path, code: str | None = None) -> subprocess.CompletedProcess[str]:
    if code is None:
        return run_cli(*args, cwd=cwd)
    return run_python("-c", code, *args, cwd=cwd, env={"QT_QPA_PLATFORM": "offscreen"})


def test_export_of_three_writes_each_ones_files_and_the_comparison_tables(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = run("--export", out, QINGDAO, INVENTED[0], INVENTED[1], cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    names = {path.name for path in out.iterdir()}
    for stem in ("qingdao-2024", "nordmark-süd-2024", "nordmark-sud-2024"):
        assert f"{stem}-key-figures.csv" in names and f"{stem}-patent-applicants.png" in names
    comparison = "qingdao-2024-nordmark-süd-2024-nordmark-sud-2024"
    assert {f"{comparison}-comparison-key-figures.csv", f"{comparison}-comparison-collaboration.csv"} <= names
    assert f"{comparison}.xlsx" in names and "datapackage.json" in names
    with (out / f"{comparison}-comparison-collaboration.csv").open(encoding="utf-8-sig") as file:
        rows = list(csv.reader(file))
    assert [row[0] for row in rows[1:4]] == ["Qingdao", "Nordmark–Süd", "Nordmark-Sud"]
    assert [row[-2:] for row in rows[1:4]] == [["2", "63"], ["3", "45"], ["6", "50"]]
    assert sorted(result.stdout.splitlines()) == sorted(str(out / name) for name in names)


def test_export_of_ten_names_the_comparison_by_the_first_and_a_count(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = run("--export", out, QINGDAO, *INVENTED[:9], cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    names = {path.name for path in out.iterdir()}
    assert "qingdao-2024-and-9-others-comparison-key-figures.csv" in names
    assert "qingdao-2024-and-9-others.xlsx" in names
    assert sum(name.endswith("-key-figures.csv") for name in names) == 11  # ten clusters' and the comparison's
    package = json.loads((out / "datapackage.json").read_text(encoding="utf-8"))
    resources = [resource["name"] for resource in package["resources"]]
    assert len(resources) == len(set(resources)) == sum(name.endswith(".csv") for name in names)
    with (out / "qingdao-2024-and-9-others-comparison-key-figures.csv").open(encoding="utf-8-sig") as file:
        rows = list(csv.reader(file))
    assert len(rows) - 1 == 10 and rows[1][0] == "Qingdao" and rows[10][0] == "Ciudad Peñasco"


def test_more_than_ten_is_a_usage_error_and_writes_nothing(tmp_path: Path) -> None:
    for option in (["--export", tmp_path / "out"], ["--report", tmp_path / "r.pdf"], []):
        result = run(*option, QINGDAO, *INVENTED, cwd=tmp_path)
        assert result.returncode == 2, option
        assert result.stderr.splitlines() == ["qingdao-viewer: at most 10 PROFILEs can be compared, not 11"]
    assert sorted(path.name for path in tmp_path.iterdir()) == []


def test_a_bad_one_among_five_is_refused_naming_it_and_writes_nothing(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("format: gii-cluster-profile/1\ncluster: X\nyear: twenty\n", encoding="utf-8")
    result = run("--export", tmp_path / "out", QINGDAO, *INVENTED[:3], bad, cwd=tmp_path)
    assert result.returncode == 2 and result.stderr.startswith(f"{bad}:")
    assert not (tmp_path / "out").exists()


def test_report_of_five_covers_them_all(qapp: object, tmp_path: Path) -> None:
    from qingdao_viewer.profile import load_profile
    from qingdao_viewer.report import report_pdf_bytes
    from qingdao_viewer.tables import build_tables
    from qingdao_viewer.tables.comparison import build_comparison

    out = tmp_path / "five.pdf"
    result = run("--report", out, QINGDAO, *INVENTED[:4], cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    first, *others = [load_profile(path) for path in (QINGDAO, *INVENTED[:4])]
    compared = [(other, build_tables(other)) for other in others]
    expected = report_pdf_bytes(first, build_tables(first), compared, build_comparison([first, *others]))
    assert out.read_bytes() == expected  # the report of all five compared, the same bytes in any process
    assert out.read_bytes() != report_pdf_bytes(
        first, build_tables(first), compared[:1], build_comparison(first, others[0])
    )


@pytest.mark.parametrize("count", [3, 10])
def test_the_window_opens_comparing_them_all(tmp_path: Path, count: int) -> None:
    code = WINDOW_SHOWN.replace(
        "compared.other.profile.cluster if compared else '-'",
        "', '.join(o.profile.cluster for o in compared.others) if compared else '-'",
    )
    result = run(QINGDAO, *INVENTED[: count - 1], cwd=tmp_path, code=code)
    assert result.returncode == 0, result.stderr
    names = ", ".join(path.read_text(encoding="utf-8").split('cluster: "')[1].split('"')[0] for path in INVENTED)
    expected = ", ".join(names.split(", ")[: count - 1])
    assert result.stdout.splitlines()[-1] == f"window: Qingdao | {expected}"
