"""`qingdao-viewer --export DIR`, run as a user runs it: a separate process, with no display."""

from __future__ import annotations

import csv
import io
import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest
from cli_runner import REPO, TIMEOUT, run_cli, start_python
from export_files import export_files
from frictionless import validate
from unprivileged import give_away, run_unprivileged

from qingdao_viewer.files import PART_SUFFIX, PART_TAG

EXPECTED = export_files()  # the command line always writes the derived estimates
CSV_FILES = [name for name in EXPECTED if name.endswith(".csv")]
OTHER = REPO / "tests" / "fixtures" / "other-cluster.yaml"
NORDHAVN = REPO / "tests" / "fixtures" / "profile-texts" / "nordhavn-osterby-2024.txt"
BLOCK_MID_WRITE = Path(__file__).resolve().parent / "block_mid_write.py"


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("export") / "new" / "folder"
    result = run_cli("--export", folder, cwd=folder.parent.parent)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [str(folder / name) for name in EXPECTED]
    assert result.stderr == ""  # nothing was there to replace
    return folder


def png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n"
    return int.from_bytes(header[16:20], "big"), int.from_bytes(header[20:24], "big")


def test_export_writes_every_table_and_chart_without_a_display(exported: Path) -> None:
    assert sorted(path.name for path in exported.iterdir()) == sorted(EXPECTED)


def read_rows(path: Path) -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"))))


def test_exported_csv_is_tidy_with_plain_numbers_and_percent_headers(exported: Path) -> None:
    rows = read_rows(exported / "qingdao-2024-publishing-organizations.csv")
    assert rows[0] == ["Cluster", "Economy", "Year", "Rank", "Organization", "Articles", "Share (%)"]
    assert rows[1] == ["Qingdao", "China", "2024", "1", "QINGDAO UNIVERSITY", "7510", "16"]
    assert rows[3] == ["Qingdao", "China", "2024", "3", "CHINA UNIVERSITY OF PETROLEUM", "6496", "14"]
    assert len(rows) == 4  # the header and three rows: no blank row, no source line
    key = read_rows(exported / "qingdao-2024-key-figures.csv")
    assert key[1][:8] == ["Qingdao", "China", "2024", "20", "23", "8", "26", "1742"]
    collaboration = read_rows(exported / "qingdao-2024-collaboration.csv")
    assert [row[5] for row in collaboration[1:3]] == ["2", "63"]
    locations = (exported / "qingdao-2024-patent-collaboration-locations.csv").read_text(encoding="utf-8")
    assert locations.splitlines() == [
        "Cluster,Economy,Year,Rank,Location",
        "Qingdao,China,2024,1,Beijing",
        "Qingdao,China,2024,2,Tokyo-Yokohama",
        "Qingdao,China,2024,3,Hangzhou",
    ]


def test_exported_csv_files_read_with_pandas_and_csv_defaults(exported: Path) -> None:
    descriptor = json.loads((exported / "datapackage.json").read_text(encoding="utf-8"))
    for resource in descriptor["resources"]:
        name = resource["path"]
        frame = pd.read_csv(exported / name)
        assert list(frame.columns)[:3] == ["Cluster", "Economy", "Year"], name
        with (exported / name).open(newline="", encoding="utf-8") as stream:
            assert next(csv.reader(stream))[:3] == ["Cluster", "Economy", "Year"], name
        if frame.empty:
            continue
        for field in resource["schema"]["fields"]:
            dtype = str(frame[field["name"]].dtype)
            assert dtype == ("str" if field["type"] == "string" else "int64"), (name, field["name"], dtype)
    applicants = pd.read_csv(exported / "qingdao-2024-patent-applicants.csv")
    assert applicants["PCT applications"].tolist() == [2131, 881, 732]
    assert applicants["Share (%)"].tolist() == [25, 10, 9]
    derived = pd.read_csv(exported / "qingdao-2024-derived-estimates.csv")  # the command line always writes them
    assert derived["Figure (derived)"].tolist()[:2] == [
        "PCT applications, cluster total",
        "Scientific articles, cluster total",
    ]
    assert derived["At least"].tolist() == [8391, 46276, 4815000, 4771000, 4815000]
    assert derived["At most"].tolist() == [8611, 48118, 4945000, 4963000, 4945000]


def test_exported_data_package_is_valid_and_lists_every_csv(exported: Path) -> None:
    report = validate(str(exported / "datapackage.json"))
    assert report.valid, report.flatten(["resourcePath", "rowNumber", "fieldName", "type", "note"])
    descriptor = json.loads((exported / "datapackage.json").read_text(encoding="utf-8"))
    assert [resource["path"] for resource in descriptor["resources"]] == CSV_FILES
    assert descriptor["name"] == "qingdao-2024"
    assert descriptor["licenses"][0]["name"] == "CC-BY-4.0"
    assert descriptor["sources"][0]["path"] == "https://doi.org/10.34667/tind.50062"


def test_help_says_what_export_does_with_files_that_are_there() -> None:
    result = run_cli("--help")
    assert result.returncode == 0
    text = "".join(result.stdout.split())  # argparse wraps lines, at hyphens too
    assert "datapackage.json" in text and "qingdao-2024-patent-applicants.csv" in text
    assert "replacesfilesofthesamenames" in text and "otherfilesstay" in text


def test_two_clusters_exported_into_one_folder_keep_their_files_and_share_a_descriptor(
    tmp_path: Path, exported: Path
) -> None:
    folder = tmp_path / "both"
    assert run_cli("--export", folder, cwd=tmp_path).returncode == 0
    second = run_cli("--export", folder, NORDHAVN, cwd=tmp_path)
    assert second.returncode == 0, second.stderr
    one = len(CSV_FILES)
    listed = (
        f"{folder / 'datapackage.json'} lists {2 * one} files: these {one} CSV files and {one} that were there before"
    )
    assert second.stderr == f"{listed}\n"
    names = {path.name for path in folder.iterdir()}
    assert set(EXPECTED) <= names and len(names) == 2 * len(EXPECTED) - 1
    for name in EXPECTED[:-1]:  # the first cluster's files are as they were
        assert (folder / name).read_bytes() == (exported / name).read_bytes(), name
    descriptor = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    paths = [resource["path"] for resource in descriptor["resources"]]
    assert paths == CSV_FILES + [name.replace("qingdao-2024", "nordhavn-østerby-2024") for name in CSV_FILES]
    assert validate(str(folder / "datapackage.json")).valid
    frame = pd.concat(pd.read_csv(folder / path) for path in paths if path.endswith("-patent-applicants.csv"))
    assert frame["Cluster"].tolist() == ["Qingdao"] * 3 + ["Nordhavn–Østerby"]

    # Again the first cluster: its files are replaced, and it says so; the descriptor lists both still.
    again = run_cli("--export", folder, cwd=tmp_path)
    assert again.returncode == 0
    assert again.stdout.splitlines() == [str(folder / name) for name in EXPECTED]
    assert again.stderr.splitlines() == [
        f"replaced {len(EXPECTED) - 1} files of the same names that were in {folder}",
        listed,
    ]
    assert json.loads((folder / "datapackage.json").read_text(encoding="utf-8")) == descriptor


def test_exported_charts_are_large_enough_and_credited(exported: Path) -> None:
    for name in ("patent-applicants", "publishing-organizations", "collaboration"):
        width, height = png_size(exported / f"qingdao-2024-{name}.png")
        assert width >= 800 and height >= 500
        svg = (exported / f"qingdao-2024-{name}.svg").read_text(encoding="utf-8")
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


BLOCKED = "qingdao-2024-patent-applicants.png"  # the first chart: every CSV file is written before it, charts after


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="the test's harness names open files by /proc")
def test_an_export_killed_midway_leaves_only_whole_files(tmp_path: Path, exported: Path) -> None:
    """SIGKILL while a file is half-written: every file is still the earlier export's, whole.

    The export runs under block_mid_write.py, which stops it for good halfway through writing
    BLOCKED and only then says so, so the kill lands mid-write, never before or after. Were the
    file written in place, not through a temporary file and a rename, BLOCKED itself would be
    left half-written and there would be no temporary file; were the files renamed one by one
    as they were written, not all together at the end, the CSV files and the workbook written
    before BLOCKED would be the new export's: this test would fail.
    """
    folder = tmp_path / "killed"
    # An earlier export of the same names with other bytes in every file: Qingdao in another economy, other shares.
    changed = tmp_path / "changed.yaml"
    changed.write_text(
        (REPO / "data" / "qingdao-2024.yaml")
        .read_text(encoding="utf-8")
        .replace("economy: China", "economy: Elsewhere")
        .replace("count: 2131, share: 25", "count: 2130, share: 24")
        .replace("count: 7510, share: 16", "count: 7511, share: 15")
        .replace("collaboration: {share: 2,", "collaboration: {share: 3,"),
        encoding="utf-8",
    )
    earlier = run_cli("--export", folder, changed, cwd=tmp_path)
    assert earlier.returncode == 0, earlier.stderr
    before = {path.name: path.read_bytes() for path in folder.iterdir()}
    new = {name: (exported / name).read_bytes() for name in EXPECTED}
    assert sorted(before) == sorted(EXPECTED)
    same = [name for name in EXPECTED if before[name] == new[name]]
    assert same == ["qingdao-2024-patent-fields.csv", "qingdao-2024-publication-fields.csv"]  # header rows alone

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
    half = writing.read_bytes()
    assert 0 < len(half) < len(new[BLOCKED]) and new[BLOCKED].startswith(half)
    # Every file before BLOCKED was written whole to its temporary file, and none renamed yet.
    staged = EXPECTED[: EXPECTED.index(BLOCKED) + 1]
    parts = sorted(path.name for path in folder.glob(f".*{PART_SUFFIX}"))
    assert [name.split(f".{PART_TAG}-")[0][1:] for name in parts] == sorted(staged), parts
    assert writing.name in parts

    # Under their own names, every file is the earlier export's, byte for byte.
    after = {path.name: path.read_bytes() for path in folder.iterdir() if not path.name.endswith(PART_SUFFIX)}
    assert sorted(after) == sorted(before)
    assert [name for name in after if after[name] != before[name]] == []

    # The next export removes the killed one's temporary files and writes every file whole.
    result = run_cli("--export", folder, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert sorted(path.name for path in folder.iterdir()) == sorted(before)  # the temporary files removed
    assert [name for name in EXPECTED if (folder / name).read_bytes() != new[name]] == []


def test_an_export_removes_only_the_apps_own_temporaries_of_ended_processes(tmp_path: Path, exported: Path) -> None:
    """A user's .notes.part stays, and so does another export's temporary file while it runs."""
    folder = tmp_path / "out"
    folder.mkdir()
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    dead = int(gone.stdout)
    running = start_python("-c", "import time; time.sleep(600)")
    try:
        stays = [
            ".notes.part",
            ".x.part",
            "notes.part",
            ".qingdao-2024-key-figures.csv.x1y2.part",  # not the app's name
            f".qingdao-2024-key-figures.csv.{PART_TAG}-{running.pid}-abcd1234.part",  # its export runs
        ]
        goes = [
            f".qingdao-2024-key-figures.csv.{PART_TAG}-{dead}-abcd1234.part",
            f".other.csv.{PART_TAG}-{dead}-x.part",
        ]
        for name in stays + goes:
            (folder / name).write_bytes(b"someone's")
        link = folder / f".link.csv.{PART_TAG}-{dead}-abcd1234.part"
        link.symlink_to(exported / "datapackage.json")
        result = run_cli("--export", folder, cwd=tmp_path)
        assert result.returncode == 0, result.stderr
        left = sorted(path.name for path in folder.iterdir())
        assert left == sorted([*EXPECTED, *stays, link.name])
        assert all((folder / name).read_bytes() == b"someone's" for name in stays) and link.is_symlink()
    finally:
        running.kill()
        running.communicate()


def test_an_export_that_meets_a_folder_midway_writes_nothing_and_names_it(tmp_path: Path, exported: Path) -> None:
    folder = tmp_path / "out"
    assert run_cli("--export", folder, OTHER, cwd=tmp_path).returncode == 0
    assert run_cli("--export", folder, cwd=tmp_path).returncode == 0
    blocked = folder / "qingdao-2024.xlsx"
    blocked.unlink()
    blocked.mkdir()
    (folder / EXPECTED[0]).write_bytes(b"my edits")  # written before the workbook: must stay
    before = {path.name: path.read_bytes() for path in folder.iterdir() if path.is_file()}
    result = run_cli("--export", folder, cwd=tmp_path)
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr == f"{blocked}: cannot write: it is a folder, not a file\n"
    assert {path.name: path.read_bytes() for path in folder.iterdir() if path.is_file()} == before
    assert blocked.is_dir() and not list(folder.glob(f"*{PART_SUFFIX}"))


def test_an_export_over_a_file_the_user_may_not_write_writes_nothing(shared_tmp_path: Path) -> None:
    """As a user without privileges: a read-only CSV of an earlier export stops the export before any rename."""
    folder = shared_tmp_path / "out"
    folder.mkdir()
    for name in EXPECTED:
        (folder / name).write_bytes(b"earlier " + name.encode())
        give_away(folder / name)
    give_away(folder)
    read_only = folder / "qingdao-2024-patent-applicants.csv"
    read_only.chmod(0o444)
    home = {f"XDG_{kind}_HOME": str(shared_tmp_path / kind.lower()) for kind in ("CONFIG", "DATA", "CACHE", "STATE")}
    result = run_unprivileged("-m", "qingdao_viewer", "--export", folder, cwd=shared_tmp_path, env=home)
    assert result.returncode == 2, result.stderr
    assert result.stderr == f"{read_only}: cannot write: permission denied: the file is read-only to you\n"
    assert sorted(path.name for path in folder.iterdir()) == sorted(EXPECTED)  # no temporary file left
    assert all((folder / name).read_bytes() == b"earlier " + name.encode() for name in EXPECTED)
