"""`qingdao-viewer --export DIR`, run as a user runs it: a separate process, with no display."""

from __future__ import annotations

import csv
import io
import signal
import time
from pathlib import Path

import pytest
from cli_runner import REPO, TIMEOUT, run_cli, start_python

from qingdao_viewer.files import PART_SUFFIX

EXPECTED = [
    "key-figures.csv",
    "patent-applicants.csv",
    "patent-fields.csv",
    "publishing-organizations.csv",
    "publication-fields.csv",
    "collaboration.csv",
    "patent-collaboration-locations.csv",
    "publication-collaboration-locations.csv",
    "patent-applicants.png",
    "patent-applicants.svg",
    "publishing-organizations.png",
    "publishing-organizations.svg",
    "collaboration.png",
    "collaboration.svg",
]
OTHER = REPO / "tests" / "fixtures" / "other-cluster.yaml"
BLOCK_MID_WRITE = Path(__file__).resolve().parent / "block_mid_write.py"


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("export") / "new" / "folder"
    result = run_cli("--export", folder, cwd=folder.parent.parent)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [str(folder / name) for name in EXPECTED]
    assert "Traceback" not in result.stderr
    return folder


def png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n"
    return int.from_bytes(header[16:20], "big"), int.from_bytes(header[20:24], "big")


def test_export_writes_every_table_and_chart_without_a_display(exported: Path) -> None:
    assert sorted(path.name for path in exported.iterdir()) == sorted(EXPECTED)


def test_exported_csv_has_plain_numbers_and_percent_headers(exported: Path) -> None:
    rows = list(csv.reader(io.StringIO((exported / "publishing-organizations.csv").read_text(encoding="utf-8"))))
    assert rows[0] == ["Rank", "Organization", "Articles", "Share (%)"]
    assert rows[1] == ["1", "QINGDAO UNIVERSITY", "7510", "16"]
    assert rows[3] == ["3", "CHINA UNIVERSITY OF PETROLEUM", "6496", "14"]
    key = list(csv.reader(io.StringIO((exported / "key-figures.csv").read_text(encoding="utf-8"))))
    assert key[1][:8] == ["Qingdao", "China", "2024", "20", "23", "8", "26", "1742"]
    collaboration = list(csv.reader(io.StringIO((exported / "collaboration.csv").read_text(encoding="utf-8"))))
    assert [row[2] for row in collaboration[1:3]] == ["2", "63"]
    locations = (exported / "patent-collaboration-locations.csv").read_text(encoding="utf-8")
    assert locations.splitlines()[1:4] == ["1,Beijing", "2,Tokyo-Yokohama", "3,Hangzhou"]


def test_exported_charts_are_large_enough_and_credited(exported: Path) -> None:
    for name in ("patent-applicants", "publishing-organizations", "collaboration"):
        width, height = png_size(exported / f"{name}.png")
        assert width >= 800 and height >= 500
        svg = (exported / f"{name}.svg").read_text(encoding="utf-8")
        assert "CC BY 4.0" in svg


def test_the_same_profile_exports_byte_identical_files(exported: Path, tmp_path: Path) -> None:
    again = tmp_path / "again"
    result = run_cli("--export", again, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    for name in EXPECTED:
        assert (again / name).read_bytes() == (exported / name).read_bytes(), name
    for name in EXPECTED:
        assert str(tmp_path).encode() not in (again / name).read_bytes()


def test_export_of_a_bad_profile_exits_2_and_writes_nothing(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("format: gii-cluster-profile/1\ncluster: Qingdao\nyear: [\n", encoding="utf-8")
    folder = tmp_path / "out"
    result = run_cli("--export", folder, bad, cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.startswith(f"{bad}:")
    assert "Traceback" not in result.stderr
    assert not folder.exists()


# -- failed and interrupted exports ------------------------------------------------------------


def test_export_into_a_path_under_a_file_exits_2_with_one_line(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("keep me", encoding="utf-8")
    result = run_cli("--export", blocker / "out", cwd=tmp_path)
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1 and "cannot write" in result.stderr
    assert "Traceback" not in result.stderr
    assert blocker.read_text(encoding="utf-8") == "keep me"


def test_export_onto_an_existing_file_exits_2(tmp_path: Path) -> None:
    target = tmp_path / "a-file"
    target.write_text("keep me", encoding="utf-8")
    result = run_cli("--export", target, cwd=tmp_path)
    assert result.returncode == 2 and "cannot write" in result.stderr
    assert target.read_text(encoding="utf-8") == "keep me"


BLOCKED = "patent-applicants.png"  # the first chart: every CSV file is written before it, the other charts after


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="the test's harness names open files by /proc")
def test_an_export_killed_midway_leaves_only_whole_files(tmp_path: Path, exported: Path) -> None:
    """SIGKILL while a file is half-written: every file is the earlier export's or the new one, whole.

    The export runs under block_mid_write.py, which stops it for good halfway through writing
    BLOCKED and only then says so, so the kill lands mid-write, never before or after. Were the
    file written in place, not through a temporary file and a rename, BLOCKED itself would be
    left half-written and there would be no temporary file: this test would fail.
    """
    folder = tmp_path / "killed"
    earlier = run_cli("--export", folder, OTHER, cwd=tmp_path)  # another cluster's: other bytes in every file
    assert earlier.returncode == 0, earlier.stderr
    before = {path.name: path.read_bytes() for path in folder.iterdir()}  # EXPECTED and its field charts
    new = {name: (exported / name).read_bytes() for name in EXPECTED}
    assert set(EXPECTED) < set(before) and before[BLOCKED] != new[BLOCKED]

    marker = tmp_path / "writing"
    process = start_python(BLOCK_MID_WRITE, marker, BLOCKED, "--export", folder, cwd=tmp_path)
    try:
        deadline = time.monotonic() + TIMEOUT
        while not marker.exists():
            assert process.poll() is None, f"the export ended before it wrote {BLOCKED}: {process.communicate()}"
            assert time.monotonic() < deadline, f"no write of {BLOCKED} began in {TIMEOUT} s"
            time.sleep(0.02)
        process.send_signal(signal.SIGKILL)
    finally:
        if process.poll() is None and not marker.exists():
            process.kill()
        _, stderr = process.communicate(timeout=30)
    assert process.returncode == -signal.SIGKILL, stderr  # killed, not ended of itself

    # The kill landed while the app's temporary file for BLOCKED was half-written.
    writing = Path(marker.read_text(encoding="utf-8"))
    assert writing.parent == folder, writing
    assert writing.name.startswith(f".{BLOCKED}.") and writing.name.endswith(PART_SUFFIX), (
        f"{writing.name} was being written in place, not through a temporary file"
    )
    assert sorted(path.name for path in folder.glob(f"*{PART_SUFFIX}")) == [writing.name]
    half = writing.read_bytes()
    assert 0 < len(half) < len(new[BLOCKED]) and new[BLOCKED].startswith(half)

    # Under their own names only whole files: the new ones written before the kill, the earlier ones after.
    after = {path.name: path.read_bytes() for path in folder.iterdir() if not path.name.endswith(PART_SUFFIX)}
    assert sorted(after) == sorted(before)
    written = EXPECTED[: EXPECTED.index(BLOCKED)]
    assert [name for name in written if after[name] != new[name]] == []  # written before the kill
    assert [name for name in after if name not in written and after[name] != before[name]] == []  # intact

    # The next export removes the killed one's temporary file and writes every file whole.
    result = run_cli("--export", folder, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert sorted(path.name for path in folder.iterdir()) == sorted(before)  # the temporary file removed
    assert [name for name in EXPECTED if (folder / name).read_bytes() != new[name]] == []
