"""The packaged one-folder bundle, run as a user runs it (`make package`, then `make test-bundle`).

Skipped when no bundle has been built; CI builds one and sets QINGDAO_BUNDLE, and then a
missing bundle fails.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from cli_runner import run_cli

REPO = Path(__file__).resolve().parents[2]
APP_ID = "io.github.qingdaoviewer.QingdaoViewer"


def bundle_executable() -> Path:
    given = os.environ.get("QINGDAO_BUNDLE")
    path = Path(given) if given else REPO / "dist" / "qingdao-viewer" / "qingdao-viewer"
    if not path.is_file():
        if given:
            pytest.fail(f"QINGDAO_BUNDLE={given} names no built bundle")
        pytest.skip("no bundle built: run `make package` first")
    return path.resolve()


@pytest.fixture(scope="module")
def bundle() -> Path:
    return bundle_executable()


def headless_env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update(HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"), XDG_DATA_HOME=str(home / ".local/share"))
    return env


def run(command: list[str], env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, env=env, cwd=cwd, capture_output=True, text=True, timeout=120)


def snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    return {str(p.relative_to(folder)): (p.lstat().st_size, p.lstat().st_mtime_ns) for p in folder.rglob("*")}


def test_bundle_runs_smoke_check_and_export_and_never_writes_next_to_itself(bundle: Path, tmp_path: Path) -> None:
    before = snapshot(bundle.parent)
    env = headless_env(tmp_path / "home")

    smoke_env = dict(env, QT_QPA_PLATFORM="offscreen")
    smoke = run([str(bundle), "--smoke"], smoke_env, tmp_path)
    assert smoke.returncode == 0, smoke.stderr
    figures = json.loads(smoke.stdout.strip().splitlines()[-1])
    assert 0 < figures["first_paint_ms"] <= figures["ready_ms"]

    check = run([str(bundle), "--check"], env, tmp_path)
    assert check.returncode == 0, check.stderr
    assert "OK: Qingdao, China, GII 2024" in check.stdout

    bad = tmp_path / "bad.yaml"
    bad.write_text("format: gii-cluster-profile/1\ncluster: !!python/object/apply:os.system [true]\n", encoding="utf-8")
    refused = run([str(bundle), "--check", str(bad)], env, tmp_path)
    assert refused.returncode == 2
    assert refused.stderr.startswith(f"{bad}:2: ") and "Traceback" not in refused.stderr

    exported = run([str(bundle), "--export", str(tmp_path / "bundle-export")], env, tmp_path)
    assert exported.returncode == 0, exported.stderr
    source = run_cli("--export", tmp_path / "source-export", env=env)
    assert source.returncode == 0, source.stderr
    names = sorted(p.name for p in (tmp_path / "source-export").iterdir())
    assert names and sorted(p.name for p in (tmp_path / "bundle-export").iterdir()) == names
    for name in names:
        assert (tmp_path / "bundle-export" / name).read_bytes() == (tmp_path / "source-export" / name).read_bytes()

    # The report, in Chinese: the bundle ships the app's and Qt's zh_CN translations.
    report = tmp_path / "report.pdf"
    reported = run([str(bundle), "--report", str(report), "--lang", "zh_CN"], env, tmp_path)
    assert reported.returncode == 0, reported.stderr
    assert report.read_bytes().startswith(b"%PDF-")
    internal = bundle.parent / "_internal"
    assert (internal / "qingdao_viewer/resources/translations/qingdao_viewer_zh_CN.qm").is_file()
    assert (internal / "PySide6/Qt/translations/qtbase_zh_CN.qm").is_file()
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(report), "-"], capture_output=True, text=True, check=True).stdout
        assert "第20名" in text and "第1页，共3页" in text and "2,131" in text

    assert snapshot(bundle.parent) == before, "the bundle wrote next to itself"


def test_bundle_ships_the_workbook_writer(bundle: Path) -> None:
    """The workbook export imports XlsxWriter only when it runs, so no start-up would show it missing."""
    readers = pytest.importorskip("PyInstaller.archive.readers", reason="PyInstaller reads the bundle's archive")
    modules = set(readers.CArchiveReader(str(bundle)).open_embedded_archive("PYZ.pyz").toc)
    assert {"qingdao_viewer.export.workbook", "xlsxwriter", "xlsxwriter.workbook", "xlsxwriter.worksheet"} <= modules


def test_install_and_uninstall_for_the_user(bundle: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    env = headless_env(home)
    env.pop("XDG_DATA_HOME")
    install = run(["sh", str(bundle.parent / "install.sh")], env, tmp_path)
    assert install.returncode == 0, install.stderr
    installed = home / ".local/lib/qingdao-viewer/qingdao-viewer"
    assert installed.is_file() and os.access(installed, os.X_OK)
    assert (home / ".local/bin/qingdao-viewer").resolve() == installed
    desktop = home / f".local/share/applications/{APP_ID}.desktop"
    entry = desktop.read_text(encoding="utf-8")
    assert f'Exec="{installed}" %f' in entry and f"Icon={APP_ID}" in entry
    for size in (16, 48, 256, 512):
        assert (home / f".local/share/icons/hicolor/{size}x{size}/apps/{APP_ID}.png").is_file()
    assert (home / f".local/share/icons/hicolor/scalable/apps/{APP_ID}.svg").is_file()
    assert (home / f".local/share/metainfo/{APP_ID}.metainfo.xml").is_file()
    if shutil.which("desktop-file-validate"):
        validated = run(["desktop-file-validate", str(desktop)], env, tmp_path)
        assert validated.returncode == 0, validated.stdout + validated.stderr

    check = run([str(home / ".local/bin/qingdao-viewer"), "--check"], env, tmp_path)
    assert check.returncode == 0, check.stderr

    uninstall = run(["sh", str(home / ".local/lib/qingdao-viewer/uninstall.sh")], env, tmp_path)
    assert uninstall.returncode == 0, uninstall.stderr
    assert not installed.exists() and not desktop.exists()
    assert not (home / ".local/bin/qingdao-viewer").exists()
    assert not list((home / ".local/share/icons").rglob(f"{APP_ID}.*"))
