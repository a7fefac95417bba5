"""`qingdao-viewer --report OUT.pdf [PROFILE] [--lang CODE]`: from the command line and called directly."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from cli_runner import run_cli

from qingdao_viewer.commands.report import report_command


def test_report_from_the_command_line_in_chinese(tmp_path: Path) -> None:
    out = tmp_path / "reports" / "qingdao.pdf"
    result = run_cli("--report", out, "--lang", "zh_CN")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(out) and out.read_bytes().startswith(b"%PDF-")


def test_report_with_a_bad_profile_writes_nothing(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("format: gii-cluster-profile/1\n", encoding="utf-8")
    result = run_cli("--report", tmp_path / "out" / "r.pdf", bad)
    assert result.returncode == 2 and result.stderr.startswith(f"{bad}:")
    assert not (tmp_path / "out").exists()


@pytest.fixture
def offscreen(monkeypatch: pytest.MonkeyPatch) -> None:
    """report_command sets QT_QPA_PLATFORM; have it put back after the test."""
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")


def test_command_writes_the_report_and_prints_its_path(
    qapp: object, offscreen: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "new" / "folder" / "qingdao.pdf"
    assert report_command(out, None) == 0
    captured = capsys.readouterr()
    assert captured.out == f"{out}\n" and captured.err == ""
    assert out.read_bytes().startswith(b"%PDF-")


def test_command_with_a_bad_profile_writes_nothing(
    qapp: object, offscreen: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("format: gii-cluster-profile/1\ncluster: Qingdao\nyear: twenty\n", encoding="utf-8")
    out = tmp_path / "not" / "made" / "report.pdf"
    assert report_command(out, str(bad)) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert re.fullmatch(rf"{re.escape(str(bad))}:\d+: .+\n", captured.err), captured.err
    assert not (tmp_path / "not").exists()


def test_command_that_cannot_write_says_so_in_one_line(
    qapp: object, offscreen: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder\n", encoding="utf-8")
    out = blocker / "report.pdf"
    assert report_command(out, None) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith(f"{out}: cannot write: ")
    assert captured.err.count("\n") == 1 and captured.err.endswith("\n")
    assert blocker.read_text(encoding="utf-8") == "not a folder\n"
    assert sorted(item.name for item in tmp_path.iterdir()) == ["a-file"]
