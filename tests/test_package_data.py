"""The shipped files are found in every layout the package runs from.

- a source checkout (and the editable install of `make venv`): the repository's data/;
- an installed, non-editable wheel: qingdao_viewer/data inside the package;
- a PyInstaller bundle: the same layout as the wheel (the package folder with data/ inside),
  simulated here by copying the package; building a real bundle is the packaging job's test.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from cli_runner import run_cli, run_python

import qingdao_viewer
from qingdao_viewer import package_data

REPO = Path(__file__).resolve().parent.parent
EMBEDDED = REPO / "data" / "qingdao-2024.yaml"
WHEEL_DATA = "qingdao_viewer/data/qingdao-2024.yaml"

# What a copy of the repository for building leaves out: local state, caches and old builds.
_NOT_SOURCE = shutil.ignore_patterns(
    ".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", ".*_cache", ".hypothesis", "*.pyc"
)


def _environment(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.pop("PYTHONPATH", None)
    env["PYTHONIOENCODING"] = "utf-8"
    env.update(extra)
    return env


def _run(args: list[str], cwd: Path, **extra_env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        args,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=_environment(**extra_env),
        cwd=cwd,
        timeout=300,
        check=False,
    )


def _check_from(site: Path, cwd: Path) -> str:
    """Run ``--check`` with only site on the path; return the summary line after checking it came from site."""
    only_site = {"PYTHONPATH": str(site)}
    result = run_cli("--check", cwd=cwd, env=only_site, timeout=300)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    (line,) = result.stdout.splitlines()
    path, _, rest = line.partition(": OK: ")
    assert rest.startswith("Qingdao, China, GII 2024: "), line
    assert Path(path).resolve().is_relative_to(site.resolve()), f"used {path}, not the copy in {site}"
    assert Path(path).read_bytes() == EMBEDDED.read_bytes()
    imported = run_python("-c", "import qingdao_viewer; print(qingdao_viewer.__file__)", cwd=cwd, env=only_site)
    assert Path(imported.stdout.strip()).resolve().is_relative_to(site.resolve()), imported
    return line


def test_source_checkout_finds_the_repositorys_data() -> None:
    assert Path(qingdao_viewer.__file__).resolve().parent == REPO / "qingdao_viewer", "not run from the checkout"
    assert package_data.data_dir() == REPO / "data"
    assert package_data.embedded_profile_path() == EMBEDDED
    assert package_data.embedded_profile_path().is_file()


def test_data_inside_the_package_is_preferred(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    package = tmp_path / "qingdao_viewer"
    package.mkdir()
    (tmp_path / "data").mkdir()
    monkeypatch.setattr(package_data, "_PACKAGE", package)
    assert package_data.data_dir() == tmp_path / "data"  # no data/ inside: the checkout's layout
    (package / "data").mkdir()
    assert package_data.data_dir() == package / "data"  # data/ inside: a wheel's or a bundle's
    assert package_data.embedded_profile_path() == package / "data" / "qingdao-2024.yaml"


def test_installed_wheel_finds_its_own_data(tmp_path: Path) -> None:
    # Built from a copy, so the build leaves nothing (build/, *.egg-info) in the working tree
    # and no stale build/ output of an earlier build can slip into the wheel.
    source = tmp_path / "source"
    shutil.copytree(REPO, source, ignore=_NOT_SOURCE)
    wheels, site, elsewhere = tmp_path / "wheels", tmp_path / "site", tmp_path / "elsewhere"
    elsewhere.mkdir()
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check"]
    built = _run(
        [*pip, "wheel", "--no-deps", "--no-build-isolation", "--no-index", "-w", str(wheels), str(source)], tmp_path
    )
    assert built.returncode == 0, built.stdout + built.stderr
    (wheel,) = wheels.glob("qingdao_viewer-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        assert WHEEL_DATA in names, names
        assert archive.read(WHEEL_DATA) == EMBEDDED.read_bytes()
        # The built translation ships (make test builds it first), and so do the report, charts and commands packages.
        assert "qingdao_viewer/resources/translations/qingdao_viewer_zh_CN.qm" in names, names
        assert "qingdao_viewer/report/pdf_report.py" in names, names
        assert "qingdao_viewer/commands/export.py" in names and "qingdao_viewer/files.py" in names, names
        assert "qingdao_viewer/charts/renderer.py" in names, names
    assert not any(name.startswith(("data/", "tests/")) for name in names), names
    installed = _run([*pip, "install", "--no-deps", "--no-index", "--target", str(site), str(wheel)], tmp_path)
    assert installed.returncode == 0, installed.stdout + installed.stderr
    assert (site / WHEEL_DATA).is_file()
    assert not (site / "data").exists()
    _check_from(site, cwd=elsewhere)


def test_pyinstaller_layout_finds_its_own_data(tmp_path: Path) -> None:
    bundle, elsewhere = tmp_path / "bundle", tmp_path / "elsewhere"
    elsewhere.mkdir()
    shutil.copytree(REPO / "qingdao_viewer", bundle / "qingdao_viewer", ignore=_NOT_SOURCE)
    shutil.copytree(REPO / "data", bundle / "qingdao_viewer" / "data")
    _check_from(bundle, cwd=elsewhere)
