"""`--help` lists every option with the exit statuses; --report and --lang work from the command line."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


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


def test_help_lists_every_option_and_the_exit_statuses() -> None:
    result = run("--help")
    assert result.returncode == 0
    for option in ("--check", "--export DIR", "--report OUT.pdf", "--smoke", "--lang {en,zh_CN}", "--version"):
        assert option in result.stdout, option
    assert "0  success" in result.stdout and "2  bad input or usage" in result.stdout
    assert "1  anything unexpected" in result.stdout


def test_report_from_the_command_line_in_chinese(tmp_path: Path) -> None:
    out = tmp_path / "reports" / "qingdao.pdf"
    result = run("--report", out, "--lang", "zh_CN")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(out) and out.read_bytes().startswith(b"%PDF-")


def test_report_with_a_bad_profile_writes_nothing(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("format: gii-cluster-profile/1\n", encoding="utf-8")
    result = run("--report", tmp_path / "out" / "r.pdf", bad)
    assert result.returncode == 2 and result.stderr.startswith(f"{bad}:")
    assert not (tmp_path / "out").exists()


def test_an_unknown_language_is_a_usage_error() -> None:
    result = run("--lang", "xx", "--check")
    assert result.returncode == 2 and "invalid choice" in result.stderr
