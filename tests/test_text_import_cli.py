"""Profile text at the command-line doors: --check, --export, and a bad text's PATH:LINE message."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "tests" / "fixtures" / "qingdao-2024-profile.txt"
TEXTS = REPO / "tests" / "fixtures" / "profile-texts"


def run(*args: str | Path, cwd: Path = REPO) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["PYTHONIOENCODING"] = "utf-8"
    return subprocess.run(
        [sys.executable, "-m", "qingdao_viewer", *map(str, args)],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_check_reads_profile_texts() -> None:
    texts = sorted(TEXTS.glob("*.txt"))
    result = run("--check", SEED, *texts)
    assert result.returncode == 0, result.stderr
    assert f"{SEED}: OK: Qingdao, China, GII 2024: 3 top PCT applicants" in result.stdout
    assert "Nordhavn–Østerby, Denmark, GII 2024" in result.stdout
    assert len(result.stdout.splitlines()) == 1 + len(texts)


def test_a_text_that_cannot_be_read_names_its_line_and_exits_2(tmp_path: Path) -> None:
    broken = tmp_path / "broken.txt"
    broken.write_text(SEED.read_text(encoding="utf-8").replace("2,131\t25%", "2,131\ttwenty-five"), encoding="utf-8")
    result = run("--check", broken)
    assert result.returncode == 2
    line = (
        SEED.read_text(encoding="utf-8")
        .splitlines()
        .index(next(x for x in SEED.read_text(encoding="utf-8").splitlines() if "2,131" in x))
    )
    assert result.stderr.startswith(f"{broken}:{line + 1}: expected "), result.stderr
    assert "found" in result.stderr and "Traceback" not in result.stderr


def test_export_of_the_seed_text_is_byte_identical_to_the_embedded_profile(tmp_path: Path) -> None:
    from_yaml, from_text = tmp_path / "yaml", tmp_path / "text"
    assert run("--export", from_yaml).returncode == 0
    result = run("--export", from_text, SEED)
    assert result.returncode == 0, result.stderr
    names = sorted(path.name for path in from_yaml.iterdir())
    assert names == sorted(path.name for path in from_text.iterdir()) and len(names) == 14
    for name in names:
        assert (from_yaml / name).read_bytes() == (from_text / name).read_bytes(), name


def test_export_with_a_bad_text_writes_nothing(tmp_path: Path) -> None:
    broken = tmp_path / "broken.txt"
    broken.write_text("Global Innovation Index 2024\n\nnot a title line at all\n", encoding="utf-8")
    result = run("--export", tmp_path / "out", broken)
    assert result.returncode == 2 and result.stderr.startswith(f"{broken}:")
    assert not (tmp_path / "out").exists()
