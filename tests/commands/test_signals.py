"""SIGTERM (a logout) and SIGINT (Ctrl+C) in the middle of a write: the command removes what it was writing,
leaves every file that was there as it was, and ends with 143 or 130.

The command runs under block_mid_write.py, which stops it for good halfway through writing one
file and only then says so, so the signal lands mid-write, never before or after. Without the
commands' handlers the signal would end the process at once (status -15 or a traceback) and
leave the half-written temporary file: these tests would fail.
"""

from __future__ import annotations

import signal
import time
from pathlib import Path

import pytest
from cli_runner import TIMEOUT, run_cli, run_python, start_python

from qingdao_viewer.files import PART_SUFFIX, PART_TAG

BLOCK_MID_WRITE = Path(__file__).resolve().parent / "block_mid_write.py"
SIGNALS = [(signal.SIGTERM, 143), (signal.SIGINT, 130)]

pytestmark = pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="the harness names open files by /proc")


def signalled_mid_write(tmp_path: Path, name: str, number: int, *args: str | Path) -> tuple[int, str, Path]:
    """Run the command blocked halfway through writing name, send the signal; its status, stderr, the file written."""
    marker = tmp_path / "writing"
    process = start_python(BLOCK_MID_WRITE, marker, name, *args, cwd=tmp_path)
    try:
        deadline = time.monotonic() + TIMEOUT
        while not marker.exists():
            assert process.poll() is None, f"the command ended before it wrote {name}: {process.communicate()}"
            assert time.monotonic() < deadline, f"no write of {name} began in {TIMEOUT} s"
            time.sleep(0.02)
        process.send_signal(number)
        _, stderr = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    writing = Path(marker.read_text(encoding="utf-8"))
    assert writing.name.startswith(f".{name}.{PART_TAG}-") and writing.name.endswith(PART_SUFFIX), writing
    return process.returncode, stderr, writing


@pytest.mark.parametrize(("number", "status"), SIGNALS, ids=[number.name for number, _ in SIGNALS])
def test_a_report_signalled_mid_write_leaves_no_file_and_no_temporary(tmp_path: Path, number: int, status: int) -> None:
    out = tmp_path / "reports" / "qingdao.pdf"
    returncode, stderr, writing = signalled_mid_write(tmp_path, out.name, number, "--report", out)
    assert returncode == status, stderr
    assert "Traceback" not in stderr and stderr == ""
    assert writing.parent == out.parent and list(out.parent.iterdir()) == []  # neither the report nor its temporary


@pytest.mark.parametrize(("number", "status"), SIGNALS, ids=[number.name for number, _ in SIGNALS])
def test_a_report_signalled_mid_write_leaves_the_earlier_report(tmp_path: Path, number: int, status: int) -> None:
    out = tmp_path / "qingdao.pdf"
    out.write_bytes(b"the earlier report")
    out.chmod(0o640)
    returncode, stderr, _ = signalled_mid_write(tmp_path, out.name, number, "--report", out)
    assert returncode == status, stderr
    assert out.read_bytes() == b"the earlier report" and sorted(p.name for p in tmp_path.iterdir()) == [
        "qingdao.pdf",
        "writing",
    ]


BLOCKED = "qingdao-2024-patent-applicants.png"  # the first chart: the CSV files and the workbook are staged before it


@pytest.mark.parametrize(("number", "status"), SIGNALS, ids=[number.name for number, _ in SIGNALS])
def test_an_export_signalled_mid_write_leaves_every_earlier_file(tmp_path: Path, number: int, status: int) -> None:
    folder = tmp_path / "out"
    assert run_cli("--export", folder, cwd=tmp_path).returncode == 0
    for path in folder.iterdir():
        path.write_bytes(b"earlier " + path.name.encode())
    before = {path.name: path.read_bytes() for path in folder.iterdir()}
    returncode, stderr, writing = signalled_mid_write(tmp_path, BLOCKED, number, "--export", folder)
    assert returncode == status, stderr
    assert writing.parent == folder and stderr == ""
    assert {path.name: path.read_bytes() for path in folder.iterdir()} == before  # no temporary file left either


def test_a_signal_before_any_write_ends_the_command_with_its_status(tmp_path: Path) -> None:
    """A signal while the report is being drawn (no file open) ends it at the next step: nothing written."""
    code = (
        "import os, signal, sys\n"
        "from qingdao_viewer import cli\n"
        "from qingdao_viewer.report import content\n"
        "real = content._overview\n"
        "def signalled(*args):\n"
        "    os.kill(os.getpid(), signal.SIGTERM)  # lands in the middle of the layout\n"
        "    return real(*args)\n"
        "content._overview = signalled\n"
        "sys.exit(cli.main(sys.argv[1:]))\n"
    )
    out = tmp_path / "report.pdf"
    result = run_python("-c", code, "--report", out, cwd=tmp_path)
    assert result.returncode == 143, result.stderr
    assert result.stderr == "" and result.stdout == "" and list(tmp_path.iterdir()) == []


def test_a_signal_inside_a_method_qt_calls_waits_for_a_safe_point(tmp_path: Path) -> None:
    """SIGTERM while Qt runs Python: a chart's bars painting themselves, called from C++ as the report draws
    a chart. Raised there, the exception crashes the process (status -11). It is raised at the next step
    instead: status 143, nothing written."""
    code = (
        "import os, signal, sys\n"
        "import pyqtgraph\n"
        "from qingdao_viewer import cli\n"
        "real = pyqtgraph.BarGraphItem.paint\n"
        "sent = []\n"
        "def paint(self, *args):\n"
        "    if not sent:\n"
        "        sent.append(os.kill(os.getpid(), signal.SIGTERM))  # its handler runs here, inside Qt's call\n"
        "    return real(self, *args)\n"
        "pyqtgraph.BarGraphItem.paint = paint\n"
        "sys.exit(cli.main(sys.argv[1:]))\n"
    )
    out = tmp_path / "report.pdf"
    result = run_python("-c", code, "--report", out, cwd=tmp_path, env={"QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 143, result.stderr
    assert result.stderr == "" and list(tmp_path.iterdir()) == []
