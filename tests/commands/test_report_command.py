"""`qingdao-viewer --report OUT.pdf [PROFILE ...] [--lang CODE]`: from the command line and called directly."""

from __future__ import annotations

import os
import re
import stat
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from cli_runner import REPO, cli_env, run_cli
from unprivileged import give_away, run_unprivileged

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


def make_device(path: Path) -> None:
    try:
        os.mknod(path, stat.S_IFCHR | 0o666, os.makedev(1, 3))  # as /dev/null, but the test's own
    except (OSError, AttributeError) as error:
        pytest.skip(f"cannot make a device node here: {error}")


REFUSED: list[
    tuple[str, Callable[[Path], object], str]
] = [  # (what OUT is, made how, what stderr says after "OUT: cannot write: ")
    ("folder", lambda path: path.mkdir(), "it is a folder, not a file"),
    ("device", make_device, "it is a device, not a regular file"),
]


@pytest.mark.parametrize(("name", "make", "said"), REFUSED, ids=[case[0] for case in REFUSED])
def test_report_onto_what_is_not_a_file_is_refused_and_it_stays(
    tmp_path: Path, name: str, make: Callable[[Path], object], said: str
) -> None:
    out = tmp_path / name
    make(out)
    kind = out.lstat().st_mode
    result = run_cli("--report", out, cwd=tmp_path)
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr == f"{out}: cannot write: {said}\n"
    assert out.lstat().st_mode == kind and sorted(p.name for p in tmp_path.iterdir()) == [name]


def test_report_onto_a_name_ending_in_a_slash_is_refused_and_makes_nothing(tmp_path: Path) -> None:
    out = f"{tmp_path / 'new' / 'reports'}/"
    result = run_cli("--report", out, cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr == f"{out}: cannot write: a name that ends in a slash is a folder, not a file\n"
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(("umask", "mode"), [(0o077, 0o600), (0o022, 0o644)])
def test_a_new_report_follows_the_umask_and_a_replaced_one_keeps_its_mode(
    tmp_path: Path, umask: int, mode: int
) -> None:
    new, kept = tmp_path / "new.pdf", tmp_path / "kept.pdf"
    kept.write_bytes(b"old")
    kept.chmod(0o640)
    for out in (new, kept):
        command = [sys.executable, "-m", "qingdao_viewer", "--report", str(out)]
        result = subprocess.run(command, cwd=REPO, env=cli_env(), umask=umask, capture_output=True, check=False)
        assert result.returncode == 0, result.stderr
    assert stat.S_IMODE(new.stat().st_mode) == mode and stat.S_IMODE(kept.stat().st_mode) == 0o640
    assert kept.read_bytes().startswith(b"%PDF-") and os.access(new, os.R_OK)


def test_report_onto_a_file_the_user_may_not_write_is_refused(shared_tmp_path: Path) -> None:
    """As a user without privileges (root may write any file): the read-only report stays, unchanged."""
    out = shared_tmp_path / "report.pdf"
    out.write_bytes(b"the earlier report")
    give_away(out)
    out.chmod(0o444)
    home = {f"XDG_{kind}_HOME": str(shared_tmp_path / kind.lower()) for kind in ("CONFIG", "DATA", "CACHE", "STATE")}
    result = run_unprivileged("-m", "qingdao_viewer", "--report", out, cwd=shared_tmp_path, env=home)
    assert result.returncode == 2, result.stderr
    assert result.stderr == f"{out}: cannot write: permission denied: the file is read-only to you\n"
    assert out.read_bytes() == b"the earlier report" and sorted(p.name for p in shared_tmp_path.iterdir()) == [
        "report.pdf"
    ]


def test_report_through_a_symbolic_link_replaces_its_file_and_keeps_the_link(tmp_path: Path) -> None:
    real = tmp_path / "archive" / "qingdao.pdf"
    real.parent.mkdir()
    real.write_bytes(b"old")
    link = tmp_path / "latest.pdf"
    link.symlink_to(real)
    result = run_cli("--report", link, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert link.is_symlink() and real.read_bytes().startswith(b"%PDF-")


# -- several profiles: the report compares them --------------------------------------------------

OTHER = REPO / "tests" / "fixtures" / "other-cluster.yaml"


def test_report_of_two_profiles_compares_them(qapp: object, tmp_path: Path) -> None:
    from qingdao_viewer.profile import load_profile
    from qingdao_viewer.report import report_pdf_bytes
    from qingdao_viewer.tables import build_tables
    from qingdao_viewer.tables.comparison import build_comparison

    out = tmp_path / "compared.pdf"
    qingdao = REPO / "data" / "qingdao-2024.yaml"
    result = run_cli("--report", out, qingdao, OTHER, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(out)
    first, second = load_profile(qingdao), load_profile(OTHER)
    others = [(second, build_tables(second))]
    expected = report_pdf_bytes(first, build_tables(first), others, build_comparison(first, second))
    assert out.read_bytes() == expected  # the compared report, the same bytes in any process
    assert out.read_bytes() != report_pdf_bytes(first, build_tables(first))


def test_report_of_three_profiles_reports_all(tmp_path: Path) -> None:
    out = tmp_path / "three.pdf"
    third = REPO / "tests" / "fixtures" / "profile-texts" / "kessington-2024.txt"
    result = run_cli("--report", out, REPO / "data" / "qingdao-2024.yaml", OTHER, third, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    pdf = out.read_bytes()
    assert pdf.startswith(b"%PDF-")
    title = re.search(rb'<dc:title><rdf:Alt><rdf:li xml:lang="x-default">(.*?)</rdf:li>', pdf)  # the XMP's
    assert title is not None
    assert title.group(1).decode() == (
        "Qingdao, China, São Tomé d&#x27;Ávila–Zürichsee, Ruritania and Port Vellmar–Kessington, MA, "
        "United States of America — GII S&amp;T cluster profiles compared"
    )


@pytest.mark.parametrize("bad_at", [0, 1])
def test_report_of_profiles_with_a_bad_one_writes_nothing(tmp_path: Path, bad_at: int) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("format: gii-cluster-profile/1\ncluster: Qingdao\nyear: twenty\n", encoding="utf-8")
    profiles: list[Path] = [REPO / "data" / "qingdao-2024.yaml", OTHER]
    profiles[bad_at] = bad
    result = run_cli("--report", tmp_path / "out" / "r.pdf", *profiles, cwd=tmp_path)
    assert result.returncode == 2 and result.stdout == ""
    assert re.fullmatch(rf"{re.escape(str(bad))}:\d+: .+\n", result.stderr), result.stderr
    assert sorted(path.name for path in tmp_path.iterdir()) == ["bad.yaml"]  # not even the folder
