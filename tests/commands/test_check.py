"""`qingdao-viewer --check`: validate profiles from the command line, with no display and no Qt.

Each test runs ``python -m qingdao_viewer --check`` in a subprocess whose environment has no
display at all (no DISPLAY, WAYLAND_DISPLAY or QT_QPA_PLATFORM), as on a server or in CI.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from cli_runner import REPO, cli_env, run_cli, run_python

from qingdao_viewer.commands.status import EXIT_BAD_INPUT, EXIT_OK

EMBEDDED = REPO / "data" / "qingdao-2024.yaml"
OTHER = REPO / "tests" / "fixtures" / "other-cluster.yaml"
TEXT = EMBEDDED.read_text(encoding="utf-8")


def run_check(*paths: str | Path, cwd: Path = REPO, **extra_env: str) -> subprocess.CompletedProcess[str]:
    result = run_cli("--check", *paths, cwd=cwd, env=extra_env)
    assert "Traceback" not in result.stdout + result.stderr, result.stderr
    return result


def _write(folder: Path, name: str, content: str | bytes) -> Path:
    path = folder / name
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


def _line_of(text: str, needle: str) -> int:
    (line,) = [number for number, line in enumerate(text.split("\n"), 1) if needle in line]
    return line


def test_check_with_no_path_checks_the_embedded_profile() -> None:
    result = run_check()
    assert result.returncode == EXIT_OK, result.stderr
    assert result.stderr == ""
    (line,) = result.stdout.splitlines()
    assert line.startswith(f"{EMBEDDED}: OK: Qingdao, China, GII 2024: ")
    assert line.endswith(
        "3 top PCT applicants, 3 top publishing organizations, "
        "0 patent and 0 publication technology fields, 3 and 3 collaboration locations"
    )


def test_check_of_another_cluster_exits_0() -> None:
    result = run_check(OTHER)
    assert result.returncode == EXIT_OK, result.stderr
    assert result.stderr == ""
    assert result.stdout == (
        f"{OTHER}: OK: São Tomé d'Ávila–Zürichsee, Ruritania, GII 2031: "
        "5 top PCT applicants, 2 top publishing organizations, "
        "3 patent and 2 publication technology fields, 4 and 0 collaboration locations\n"
    )


def test_several_paths_with_one_bad(tmp_path: Path) -> None:
    text = TEXT.replace("count: 881", "count: -877")
    bad = _write(tmp_path, "bad.yaml", text)
    result = run_check(EMBEDDED, bad, OTHER)
    assert result.returncode == EXIT_BAD_INPUT
    assert result.stderr == (
        f"{bad}:{_line_of(text, '-877')}: patents.top_applicants[1].count must be a whole number >= 0, got -877\n"
    )
    good = result.stdout.splitlines()
    assert [line.split(": OK: ")[0] for line in good] == [str(EMBEDDED), str(OTHER)]


def test_paths_are_shown_as_given(tmp_path: Path) -> None:
    _write(tmp_path, "bad.yaml", TEXT.replace("cluster: Qingdao", "cluser: Qingdao"))
    _write(tmp_path, "good.yaml", TEXT)
    result = run_check("bad.yaml", "good.yaml", cwd=tmp_path)
    assert result.returncode == EXIT_BAD_INPUT
    assert result.stderr == "bad.yaml:7: unknown key 'cluser'; did you mean 'cluster'?\n"
    assert result.stdout.startswith("good.yaml: OK: Qingdao, China, GII 2024: ")


def _case(tmp_path: Path, kind: str) -> tuple[Path, int | None, str]:
    """Write one kind of bad profile; return its path, the line to expect and a word of the message."""
    if kind == "folder":
        return tmp_path, None, "is a folder"
    if kind == "missing file":
        return tmp_path / "nowhere.yaml", None, "no such file"
    if kind == "too large":
        path = tmp_path / "huge.yaml"
        with path.open("wb") as stream:
            stream.truncate(33 * 1024 * 1024)
        return path, None, "is 34,603,008 bytes; a profile may be at most 1,048,576 bytes"
    if kind == "too many items":
        content = "{format: gii-cluster-profile/1, patents: [" + "{}, " * 200_000 + "{}]}\n"
        return _write(tmp_path, "p.yaml", content), 1, "more than 100,000 items"
    if kind == "not UTF-8":
        raw = TEXT.encode().replace(b"economy: China", b"economy: Ch\xe9ina")
        return _write(tmp_path, "p.yaml", raw), _line_of(TEXT, "economy: Ch"), "not UTF-8"
    old, new, needle, word = {
        "syntax error": ("  intensity: 23", "\tintensity: 23", "intensity", "not valid YAML"),
        "python tag": ("cluster: Qingdao", "cluster: !!python/name:os.system", "cluster:", "!!python/name"),
        "anchor": ("cluster: Qingdao", "cluster: &a Qingdao", "cluster:", "anchors"),
        "unknown key": ("cluster: Qingdao", "cluser: Qingdao", "cluser", "did you mean 'cluster'?"),
        "negative count": ("count: 881", "count: -877", "-877", "whole number >= 0, got -877"),
        "share sum": ("share: 25}", "share: 83}", "share: 83", "add up to 102%"),
        "empty name": ("cluster: Qingdao", 'cluster: ""', "cluster:", "must not be empty"),
        "second document": ("year: 2024", "year: 2024\n---", "---", "second one"),
    }[kind]
    text = TEXT.replace(old, new)
    return _write(tmp_path, "p.yaml", text), _line_of(text, needle), word


KINDS = [
    "syntax error",
    "python tag",
    "anchor",
    "unknown key",
    "negative count",
    "share sum",
    "empty name",
    "second document",
    "not UTF-8",
    "folder",
    "missing file",
    "too large",
    "too many items",
]


@pytest.mark.parametrize("kind", KINDS)
def test_every_kind_of_refusal_exits_2(tmp_path: Path, kind: str) -> None:
    path, line, word = _case(tmp_path, kind)
    result = run_check(path)
    assert result.returncode == EXIT_BAD_INPUT, result
    assert result.stdout == ""
    (message,) = result.stderr.splitlines()
    prefix = f"{path}: " if line is None else f"{path}:{line}: "
    assert message.startswith(prefix), message
    assert word in message


def test_check_imports_no_qt() -> None:
    code = (
        "import sys\n"
        "from qingdao_viewer.cli import main\n"
        "status = main(['--check'])\n"
        "qt = sorted(m for m in sys.modules if m.startswith(('PySide6', 'pyqtgraph', 'shiboken6')))\n"
        "assert status == 0, status\n"
        "assert not qt, qt\n"
        "print('no Qt')\n"
    )
    result = run_python("-c", code)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "no Qt"


def test_no_command_module_imports_qt_when_imported() -> None:
    """--export and --report start Qt when run, not when their modules are imported beside --check's."""
    code = (
        "import pkgutil, sys\n"
        "import qingdao_viewer.cli, qingdao_viewer.commands as commands\n"
        "names = [info.name for info in pkgutil.iter_modules(commands.__path__)]\n"
        "for name in names:\n"
        "    __import__(f'qingdao_viewer.commands.{name}')\n"
        "qt = sorted(m for m in sys.modules if m.startswith(('PySide6', 'pyqtgraph', 'shiboken6')))\n"
        "assert not qt, qt\n"
        "print(*sorted(names))\n"
    )
    result = run_python("-c", code)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["check", "export", "headless", "library", "report", "status"]


def test_the_exit_statuses_are_defined_once() -> None:
    """commands/status.py says what 0, 1 and 2 mean; cli.py and every command take them from there."""
    definers = sorted(
        path.relative_to(REPO).as_posix()
        for path in (REPO / "qingdao_viewer").rglob("*.py")
        if any(line.startswith("EXIT_") for line in path.read_text(encoding="utf-8").splitlines())
    )
    assert definers == ["qingdao_viewer/commands/status.py"]


def test_check_survives_an_output_that_cannot_encode_the_name(tmp_path: Path) -> None:
    path = _write(tmp_path, "tokyo.yaml", TEXT.replace("cluster: Qingdao", "cluster: 東京"))
    result = run_check(path, PYTHONIOENCODING="ascii")
    assert result.returncode == EXIT_OK, result.stderr
    assert result.stdout.startswith(f"{path}: OK: ")


# -- reads that cannot hang, messages that cannot leak or run long -----------------------------

HANG = 60  # seconds: a --check that blocks is killed and fails its test, instead of hanging the run
SECRET = "TOKEN=sekrit-123"


def _one_refusal(result: subprocess.CompletedProcess[str], path: Path | str) -> str:
    assert result.returncode == EXIT_BAD_INPUT, result
    assert result.stdout == ""
    (message,) = result.stderr.splitlines()
    assert message.startswith(f"{path}: ") or message.startswith(f"{path}:1: "), message
    assert len(message) <= 300, len(message)
    return message


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_check_of_a_named_pipe_is_refused_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "profile.yaml"
    os.mkfifo(fifo)
    result = run_cli("--check", fifo, EMBEDDED, timeout=HANG)  # no writer: a blocking open would wait for ever
    assert result.returncode == EXIT_BAD_INPUT
    assert result.stderr == f"{fifo}: is a named pipe (FIFO), not a regular file\n"
    assert result.stdout.startswith(f"{EMBEDDED}: OK: ")  # and the next file is checked


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_check_of_a_named_pipe_that_never_ends_is_refused(tmp_path: Path) -> None:
    fifo = tmp_path / "endless.yaml"
    os.mkfifo(fifo)
    writer = subprocess.Popen(["sh", "-c", f"yes > '{fifo}'"], stderr=subprocess.DEVNULL)
    try:
        message = _one_refusal(run_cli("--check", fifo, timeout=HANG), fifo)
        assert message == f"{fifo}: is a named pipe (FIFO), not a regular file"
    finally:
        writer.kill()
        writer.wait(timeout=HANG)


# A look at the path before the open says "a small regular file" (as if a FIFO was put in its
# place just after the look): the read must still not block, because what is checked is what
# was opened. Run in a process of its own, so a read that blocks is killed by the timeout.
SWAPPED = """
import os, sys
from qingdao_viewer.profile import ProfileError, load_profile
fifo, regular = sys.argv[1], os.stat(sys.argv[2])
os.stat = os.lstat = lambda *args, **kwargs: regular
try:
    load_profile(fifo)
except ProfileError as error:
    print(error)
"""


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_named_pipe_put_in_a_files_place_after_a_look_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "swapped.yaml"
    os.mkfifo(fifo)
    result = run_python("-c", SWAPPED, fifo, EMBEDDED, timeout=HANG)
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"{fifo}: is a named pipe (FIFO), not a regular file\n"


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/null", "/dev/urandom"])
def test_check_of_a_device_is_refused_without_reading_it(device: str) -> None:
    if not os.path.exists(device):
        pytest.skip(f"{device} does not exist here")
    message = _one_refusal(run_cli("--check", device, timeout=HANG), device)
    assert message == f"{device}: is a device, not a regular file"


@pytest.mark.skipif(not hasattr(socket, "AF_UNIX"), reason="needs Unix sockets")
def test_check_of_a_socket_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "s.yaml"
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as server:
        server.bind(str(path))
        server.listen(1)
        message = _one_refusal(run_cli("--check", path, timeout=HANG), path)
    assert message == f"{path}: is not a regular file"


@pytest.mark.parametrize("name", ["profile.yaml", "profile.txt", "profile"])
def test_check_of_a_link_to_a_credentials_file_quotes_nothing_of_it(tmp_path: Path, name: str) -> None:
    secrets = _write(tmp_path, "credentials", f"{SECRET}\nPASSWORD=hunter2\n")
    link = tmp_path / name
    link.symlink_to(secrets)
    result = run_check(link)
    message = _one_refusal(result, link)
    assert "sekrit" not in result.stdout + result.stderr and "hunter2" not in result.stderr
    assert message == (
        f"{link}:1: not a GII cluster profile: expected a YAML mapping with format: gii-cluster-profile/1,"
        " or a profile's published text; found a single value"
    )


@pytest.mark.parametrize(
    ("edit", "words"),
    [
        pytest.param(
            lambda text: text + "? " + "k" * 1_000_000 + "\n: 1\n", "unknown key 'kkkk", id="a 1 MB unknown key"
        ),
        pytest.param(
            lambda text: text.replace("count: 881", "count: " + "9x" * 500_000), "got the text '9x9x", id="a 1 MB count"
        ),
        pytest.param(
            lambda text: text.replace('"© WIPO, 2024"', '"' + "\\n\\u2028\\u202e" * 50_000 + '"'),
            "source.copyright must not contain control characters, found U+000A in '\\n\\u2028",
            id="a name of line breaks",
        ),
    ],
)
def test_check_of_a_huge_mistake_prints_one_short_line(tmp_path: Path, edit: object, words: str) -> None:
    assert callable(edit)
    path = _write(tmp_path, "p.yaml", edit(TEXT))
    result = run_check(path)
    assert result.returncode == EXIT_BAD_INPUT and result.stdout == ""
    (message,) = result.stderr.splitlines()
    assert len(message) <= 300 and words in message, message[:400]


def test_check_of_a_profile_with_a_huge_name_prints_one_short_line(tmp_path: Path) -> None:
    path = _write(tmp_path, "p.yaml", TEXT.replace("cluster: Qingdao", "cluster: " + "Q" * 500_000))
    result = run_check(path)
    assert result.returncode == EXIT_OK, result.stderr
    (line,) = result.stdout.splitlines()
    assert line.startswith(f"{path}: OK: {'Q' * 100}…, GII 2024: ") and len(line) < 400


def _unprivileged() -> list[str]:
    """The command prefix that runs a process as nobody, or [] when this user is no root."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("a permission test as root needs setpriv, to run as an unprivileged user")
    return [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups"]


@pytest.mark.skipif(not hasattr(os, "geteuid"), reason="POSIX permissions")
@pytest.mark.parametrize("what", ["an unreadable file", "a file in an unreadable folder"])
def test_check_of_a_file_it_may_not_read_says_so(what: str) -> None:
    prefix = _unprivileged()
    folder = Path(tempfile.mkdtemp(prefix="qingdao-permissions-"))  # not under the tests' own 0700 folders
    try:
        folder.chmod(0o755)
        path = folder / "profile.yaml"
        path.write_text(TEXT, encoding="utf-8")
        if what == "an unreadable file":
            path.chmod(0o000)
        else:
            folder.chmod(0o711 & ~0o011)  # the folder: its owner's only
            path.chmod(0o644)
        result = subprocess.run(
            [*prefix, sys.executable, "-m", "qingdao_viewer", "--check", str(path)],
            cwd=REPO,
            env={**cli_env(), "HOME": str(folder)},
            capture_output=True,
            text=True,
            timeout=HANG,
            check=False,
        )
        message = _one_refusal(result, path)
        assert message == f"{path}: cannot be read: permission denied"
    finally:
        folder.chmod(0o755)
        shutil.rmtree(folder)
