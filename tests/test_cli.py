"""The command line itself: `--help` lists every option with the exit statuses, usage errors, `--smoke`."""

from __future__ import annotations

import json
from pathlib import Path

from cli_runner import run_cli


def test_help_lists_every_option_and_the_exit_statuses() -> None:
    result = run_cli("--help")
    assert result.returncode == 0
    for option in ("--check", "--export DIR", "--report OUT.pdf", "--smoke", "--lang {en,zh_CN}", "--version"):
        assert option in result.stdout, option
    assert "0  success" in result.stdout and "2  bad input or usage" in result.stdout
    assert "1  anything unexpected" in result.stdout


def test_an_unknown_language_is_a_usage_error() -> None:
    result = run_cli("--lang", "xx", "--check")
    assert result.returncode == 2 and "invalid choice" in result.stderr


def test_smoke_prints_timings_as_json(tmp_path: Path) -> None:
    result = run_cli("--smoke", cwd=tmp_path, env={"QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    figures = json.loads(result.stdout.strip().splitlines()[-1])
    assert set(figures) == {"first_paint_ms", "ready_ms", "peak_rss_mb"}
    assert 0 < figures["first_paint_ms"] <= figures["ready_ms"]
    assert figures["peak_rss_mb"] > 10
