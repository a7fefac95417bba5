"""The Chinese translation ships with every install, not only with `make`.

The .qm is committed beside its .ts (so building a wheel needs no lrelease, no PySide6 at build
time). Two checks keep that honest: the committed .qm is exactly what lrelease makes of the .ts,
and a wheel built from the committed tree alone (``git archive HEAD``, what a clean clone holds)
contains it, and the app installed from that wheel speaks Chinese under ``zh_CN``.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
TRANSLATIONS = REPO / "resources" / "translations"
TS = TRANSLATIONS / "qingdao_viewer_zh_CN.ts"
QM = TS.with_suffix(".qm")
WHEEL_QM = "qingdao_viewer/resources/translations/qingdao_viewer_zh_CN.qm"
WHEEL_ECONOMIES = "qingdao_viewer/data/economies.csv"
LRELEASE = Path(sys.executable).parent / "pyside6-lrelease"

# Run by the installed copy, with nothing of the checkout on its path.
SPEAKS = """
import sys
from PySide6.QtCore import QCoreApplication
app = QCoreApplication([])
import qingdao_viewer
from qingdao_viewer import i18n
from qingdao_viewer.language import apply_language, translations_dir
from qingdao_viewer.economies import economy_name
print(qingdao_viewer.__file__)
print(translations_dir())
print(apply_language("zh_CN"))
print(i18n.translate("MainWindow", "&File"))
print(i18n.ordinal(20))
print(economy_name("China"))
"""


def _environment() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "DISPLAY", "WAYLAND_DISPLAY")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONIOENCODING"] = "utf-8"
    return env


def _run(args: list[str], cwd: Path, **extra: str) -> subprocess.CompletedProcess[str]:
    env = _environment()
    env.update(extra)
    return subprocess.run(
        args, capture_output=True, text=True, encoding="utf-8", env=env, cwd=cwd, timeout=300, check=False
    )


def _committed_tree(into: Path) -> Path:
    """The files of HEAD, as a clean clone of this branch holds them (no build output, no local edits)."""
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    inside = subprocess.run(
        ["git", "-C", str(REPO), "rev-parse", "--show-toplevel"], capture_output=True, text=True, check=False
    )
    if inside.returncode != 0 or Path(inside.stdout.strip()).resolve() != REPO.resolve():
        pytest.skip("not a git checkout: no committed tree to build from")
    archive = into / "head.tar"
    subprocess.run(["git", "-C", str(REPO), "archive", "--format=tar", "-o", str(archive), "HEAD"], check=True)
    source = into / "source"
    with tarfile.open(archive) as tar:
        tar.extractall(source, filter="data")
    return source


def test_the_committed_qm_is_what_lrelease_makes_of_the_ts(tmp_path: Path) -> None:
    if not LRELEASE.exists():
        pytest.skip("pyside6-lrelease is not in this environment")
    assert QM.is_file(), f"{QM.name} is not in the tree: run `make translations` and commit it"
    built = tmp_path / QM.name
    subprocess.run([str(LRELEASE), "-silent", str(TS), "-qm", str(built)], check=True, timeout=120)
    assert built.read_bytes() == QM.read_bytes(), f"{QM.name} is older than {TS.name}: run `make translations`"


def test_every_ts_has_its_qm_committed() -> None:
    assert sorted(path.stem for path in TRANSLATIONS.glob("*.ts")) == sorted(
        path.stem for path in TRANSLATIONS.glob("*.qm")
    )
    if shutil.which("git") is None:
        return  # the .gitignore can only be asked of git
    ignored = subprocess.run(
        ["git", "-C", str(REPO), "check-ignore", "-q", str(QM)], capture_output=True, check=False, timeout=60
    )
    assert ignored.returncode != 0, f"{QM.name} is ignored by git: a clean clone would not have it"


def test_a_wheel_from_the_committed_tree_ships_and_speaks_chinese(tmp_path: Path) -> None:
    source = _committed_tree(tmp_path)
    assert (source / "resources" / "translations" / QM.name).is_file(), "the .qm is not committed"
    wheels, site, elsewhere = tmp_path / "wheels", tmp_path / "site", tmp_path / "elsewhere"
    elsewhere.mkdir()
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check"]
    wheel_command = [*pip, "wheel", "--no-deps", "--no-build-isolation", "--no-index", "-w", str(wheels), str(source)]
    built = _run(wheel_command, tmp_path)
    assert built.returncode == 0, built.stdout + built.stderr
    (wheel,) = wheels.glob("qingdao_viewer-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        assert WHEEL_QM in names, names
        assert archive.read(WHEEL_QM) == (source / "resources" / "translations" / QM.name).read_bytes()
        assert WHEEL_ECONOMIES in names, names
    installed = _run([*pip, "install", "--no-deps", "--no-index", "--target", str(site), str(wheel)], tmp_path)
    assert installed.returncode == 0, installed.stdout + installed.stderr
    spoken = _run([sys.executable, "-c", SPEAKS], elsewhere, PYTHONPATH=str(site))
    assert spoken.returncode == 0, spoken.stderr
    package, translations, language, file_menu, rank, china = spoken.stdout.splitlines()
    assert Path(package).resolve().is_relative_to(site.resolve()), f"imported {package}, not the installed copy"
    assert Path(translations).resolve().is_relative_to(site.resolve()), translations
    assert (language, file_menu, rank, china) == ("zh_CN", "文件(&F)", "第20名", "中国"), spoken.stdout
    # The installed command itself, as a user runs it: --lang zh_CN titles the report in Chinese.
    report = elsewhere / "report.pdf"
    command = [sys.executable, "-m", "qingdao_viewer", "--lang", "zh_CN", "--report", str(report)]
    made = _run(command, elsewhere, PYTHONPATH=str(site))
    assert made.returncode == 0, made.stderr
    title = re.search(rb"/Title\s*\((.*?)\)\s*/", report.read_bytes(), re.DOTALL)
    assert title is not None and "科技集群".encode("utf-16-be") in title.group(1), title
