"""Writes: atomic, in the app's own temporary files, with the umask's or the old file's mode, refusing what
is not a file the user may write; several files all together or none. A failed write names the user's
file, never the temporary one, and leaves the old file."""

from __future__ import annotations

import errno
import os
import re
import socket
import stat
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from cli_runner import REPO
from unprivileged import give_away, run_unprivileged

from qingdao_viewer import files
from qingdao_viewer.files import write_atomically


def test_a_failed_write_names_the_target_and_leaves_no_temporary(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    target = blocker / "table.csv"
    with pytest.raises(OSError) as caught:
        write_atomically(target, b"data")
    assert caught.value.filename == str(target)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a-file"]


def test_a_write_onto_a_folder_names_it_and_keeps_the_folder(tmp_path: Path) -> None:
    folder = tmp_path / "table.csv"
    folder.mkdir()
    with pytest.raises(OSError) as caught:
        write_atomically(folder, b"data")
    assert caught.value.filename == str(folder)
    assert folder.is_dir() and sorted(p.name for p in tmp_path.iterdir()) == ["table.csv"]


def test_a_failed_write_leaves_the_earlier_file_and_no_partial_one(tmp_path: Path) -> None:
    earlier = tmp_path / "table.csv"
    earlier.write_bytes(b"earlier contents")
    real_fdopen = os.fdopen

    class FullDisk:
        def __init__(self, stream: object) -> None:
            self.stream = stream

        def __enter__(self) -> FullDisk:
            return self

        def __exit__(self, *exc: object) -> None:
            self.stream.close()  # type: ignore[attr-defined]

        def write(self, data: bytes) -> int:
            raise OSError(errno.ENOSPC, "No space left on device")

    def full_fdopen(descriptor: int, mode: str) -> FullDisk:
        return FullDisk(real_fdopen(descriptor, mode))

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(files.os, "fdopen", full_fdopen)
        with pytest.raises(OSError, match="No space left"):
            files.write_atomically(earlier, b"new contents")
    assert earlier.read_bytes() == b"earlier contents"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["table.csv"]


# -- temporary files: named for the app, and only the app's own of ended processes removed ------------


def ended_pid() -> int:
    """The PID of a process that has ended (and been waited for)."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


@pytest.fixture
def running_pid() -> Iterator[int]:
    """The PID of a process that is running for the test's length: another instance of the app, say."""
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(600)"])
    try:
        yield child.pid
    finally:
        child.kill()
        child.wait()


def test_a_temporary_file_is_named_for_its_file_the_app_and_the_process(tmp_path: Path) -> None:
    seen: list[str] = []
    real_replace = os.replace

    def watching(source: str, target: Path) -> None:
        seen.append(Path(source).name)
        real_replace(source, target)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(files.os, "replace", watching)
        write_atomically(tmp_path / "table.csv", b"data")
    assert len(seen) == 1 and re.fullmatch(rf"\.table\.csv\.qingdao-viewer-{os.getpid()}-[^.]+\.part", seen[0]), seen
    assert files.part_prefix("x" * 255).startswith("." + "x" * files.MAX_NAME_IN_PART + ".qingdao-viewer-")


def test_only_the_apps_own_temporaries_of_ended_processes_are_removed(tmp_path: Path, running_pid: int) -> None:
    gone = ended_pid()
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "kept").write_bytes(b"the link's file")
    made = {  # name: (what it is, whether it is removed)
        f".table.csv.qingdao-viewer-{gone}-abc123.part": ("file", True),
        f".chart.png.qingdao-viewer-{gone}-x_y.part": ("file", True),
        f".table.csv.qingdao-viewer-{running_pid}-abc123.part": ("file", False),  # its writer is running
        f".table.csv.qingdao-viewer-{os.getpid()}-abc123.part": ("file", False),  # this process's own
        ".notes.part": ("file", False),
        ".x.part": ("file", False),
        ".table.csv.x1y2.part": ("file", False),  # not the app's name
        "notes.part": ("file", False),
        f".table.csv.other-app-{gone}-abc123.part": ("file", False),
        ".table.csv.qingdao-viewer-0-abc123.part": ("file", False),  # no process's PID
        f".table.csv.qingdao-viewer-{2**70}-abc123.part": ("file", False),
        f".link.qingdao-viewer-{gone}-abc123.part": ("link", False),  # never a symbolic link
        f".dir.qingdao-viewer-{gone}-abc123.part": ("folder", False),  # never a folder
        "table.csv": ("file", False),
    }
    for name, (kind, _) in made.items():
        if kind == "file":
            (tmp_path / name).write_bytes(b"x")
        elif kind == "link":
            (tmp_path / name).symlink_to(outside / "kept")
        else:
            (tmp_path / name).mkdir()
    removed = files.remove_stale_parts(tmp_path)
    assert sorted(path.name for path in removed) == sorted(name for name, (_, gone) in made.items() if gone)
    assert sorted(path.name for path in tmp_path.iterdir()) == sorted(
        ["outside", *(name for name, (_, gone) in made.items() if not gone)]
    )
    assert (outside / "kept").read_bytes() == b"the link's file"


def test_a_write_removes_the_stale_temporaries_of_its_own_file_only(tmp_path: Path) -> None:
    gone = ended_pid()
    for name in (f".report.pdf.qingdao-viewer-{gone}-a.part", f".other.pdf.qingdao-viewer-{gone}-a.part"):
        (tmp_path / name).write_bytes(b"left by a killed write")
    write_atomically(tmp_path / "report.pdf", b"new")
    assert sorted(path.name for path in tmp_path.iterdir()) == [
        f".other.pdf.qingdao-viewer-{gone}-a.part",
        "report.pdf",
    ]


# -- modes: a new file as the umask says, a replaced one as it was ------------------------------------

WRITE = "import sys; from pathlib import Path; from qingdao_viewer.files import write_atomically; "
WRITE += "write_atomically(Path(sys.argv[1]), b'new')"


@pytest.mark.parametrize(("umask", "mode"), [(0o077, 0o600), (0o022, 0o644), (0o002, 0o664), (0o027, 0o640)])
def test_a_new_file_gets_the_mode_the_umask_allows(tmp_path: Path, umask: int, mode: int) -> None:
    target = tmp_path / "new.csv"
    result = subprocess.run(
        [sys.executable, "-c", WRITE, target], cwd=REPO, umask=umask, capture_output=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert stat.S_IMODE(target.stat().st_mode) == mode and target.read_bytes() == b"new"


def test_the_umask_is_read_without_changing_it() -> None:
    before = os.umask(0o027)
    try:
        assert files.current_umask() == 0o027
        assert os.umask(0o027) == 0o027  # as it was set: reading it did not change it
    finally:
        os.umask(before)


@pytest.mark.parametrize(
    ("mode", "kept"), [(0o640, 0o640), (0o600, 0o600), (0o755, 0o755), (0o444, 0o444), (0o4755, 0o755), (0o1666, 0o666)]
)
def test_a_replaced_file_keeps_its_permissions_but_not_set_id_or_sticky_bits(
    tmp_path: Path, mode: int, kept: int
) -> None:
    target = tmp_path / "kept.csv"
    target.write_bytes(b"old")
    target.chmod(mode)
    if not os.access(target, os.W_OK):
        pytest.skip("only root may replace a read-only file")
    write_atomically(target, b"new")
    assert stat.S_IMODE(target.stat().st_mode) == kept and target.read_bytes() == b"new"


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="only root may give a file to another user")
def test_root_replacing_a_users_file_keeps_its_owner_and_group(tmp_path: Path) -> None:
    target = tmp_path / "theirs.csv"
    target.write_bytes(b"old")
    os.chown(target, 65534, 65534)
    write_atomically(target, b"new")
    info = target.stat()
    assert (info.st_uid, info.st_gid) == (65534, 65534) and target.read_bytes() == b"new"


# -- targets: what is not a regular file, or may not be written, is refused; links are kept ------------


def make_socket(path: Path) -> None:
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(path))
    server.close()


NOT_FILES: list[tuple[str, Callable[[Path], object], str, Callable[[Path], bool]]] = [
    ("folder", lambda path: path.mkdir(), "folder", Path.is_dir),
    ("fifo", lambda path: os.mkfifo(path), "FIFO", lambda path: stat.S_ISFIFO(path.lstat().st_mode)),
    ("socket", make_socket, "socket", lambda path: stat.S_ISSOCK(path.lstat().st_mode)),
]


@pytest.mark.parametrize(("name", "make", "said", "still"), NOT_FILES, ids=[case[0] for case in NOT_FILES])
def test_a_target_that_is_not_a_regular_file_is_refused_naming_it(
    tmp_path: Path, name: str, make: Callable[[Path], object], said: str, still: Callable[[Path], bool]
) -> None:
    target = tmp_path / name
    make(target)
    with pytest.raises(OSError) as caught:
        write_atomically(target, b"data")
    assert caught.value.filename == str(target) and said in (caught.value.strerror or ""), caught.value
    assert still(target) and sorted(p.name for p in tmp_path.iterdir()) == [name]


@pytest.fixture
def device(tmp_path: Path) -> Path:
    """A device node like /dev/null (character device 1, 3) of the test's own: a test that failed on
    /dev/null itself could replace the machine's."""
    node = tmp_path / "null"
    try:
        os.mknod(node, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    except (OSError, AttributeError) as error:
        pytest.skip(f"cannot make a device node here: {error}")
    return node


def test_a_device_is_refused_even_for_root(device: Path) -> None:
    with pytest.raises(OSError, match="device") as caught:
        write_atomically(device, b"data")
    assert caught.value.filename == str(device) and device.is_char_device()
    assert sorted(p.name for p in device.parent.iterdir()) == ["null"]


def test_a_name_that_ends_in_a_slash_is_a_folder_not_a_file(tmp_path: Path) -> None:
    with pytest.raises(OSError, match="folder") as caught:
        write_atomically(f"{tmp_path / 'report'}{os.sep}", b"data")
    assert caught.value.errno == errno.EISDIR and list(tmp_path.iterdir()) == []


def test_a_symbolic_link_is_kept_and_its_file_replaced_in_place(tmp_path: Path) -> None:
    real = tmp_path / "real" / "table.csv"
    real.parent.mkdir()
    real.write_bytes(b"old")
    real.chmod(0o640)
    link = tmp_path / "table.csv"
    link.symlink_to(Path("real") / "table.csv")  # relative, as ln -s makes it
    chain = tmp_path / "again.csv"
    chain.symlink_to(link)
    write_atomically(chain, b"new")
    assert chain.is_symlink() and link.is_symlink() and os.readlink(link) == str(Path("real") / "table.csv")
    assert real.read_bytes() == b"new" and stat.S_IMODE(real.stat().st_mode) == 0o640
    assert sorted(p.name for p in real.parent.iterdir()) == ["table.csv"]  # the temporary was beside the file


def test_a_link_to_nowhere_makes_its_file_and_a_loop_is_refused(tmp_path: Path) -> None:
    dangling = tmp_path / "out.csv"
    dangling.symlink_to("made.csv")
    write_atomically(dangling, b"new")
    assert dangling.is_symlink() and (tmp_path / "made.csv").read_bytes() == b"new"
    loop = tmp_path / "loop.csv"
    loop.symlink_to("loop.csv")
    with pytest.raises(OSError) as caught:
        write_atomically(loop, b"data")
    assert caught.value.errno == errno.ELOOP and caught.value.filename == str(loop) and loop.is_symlink()


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="needs root, to make another user's link")
def test_another_users_link_in_a_shared_sticky_folder_is_not_followed(tmp_path: Path) -> None:
    """As Linux's fs.protected_symlinks: /tmp/report.pdf -> /etc/passwd, planted by another user, is not written."""
    shared = tmp_path / "tmp"
    shared.mkdir()
    shared.chmod(0o1777)
    precious = tmp_path / "precious"
    precious.write_bytes(b"root's own")
    planted = shared / "report.pdf"
    planted.symlink_to(precious)
    os.lchown(planted, 65534, 65534)
    with pytest.raises(OSError, match="not followed") as caught:
        write_atomically(planted, b"attack")
    assert caught.value.filename == str(planted) and precious.read_bytes() == b"root's own" and planted.is_symlink()
    os.lchown(planted, 0, 0)  # root's own link there is followed
    write_atomically(planted, b"root's report")
    assert precious.read_bytes() == b"root's report"


READ_ONLY_CASES = [  # (the file's owner: the user, or root where the tests run as root; its mode; refused)
    ("users-own-read-only", True, 0o444, True),
    ("roots-file", False, 0o644, True),
    ("users-own-writable", True, 0o644, False),
]


@pytest.mark.parametrize(("name", "users", "mode", "refused"), READ_ONLY_CASES, ids=[c[0] for c in READ_ONLY_CASES])
def test_a_file_the_user_may_not_write_is_refused_not_replaced(
    shared_tmp_path: Path, name: str, users: bool, mode: int, refused: bool
) -> None:
    """The folder is writable, so a rename could replace the file: the check is the user's permission on it."""
    if not users and os.geteuid() != 0:
        pytest.skip("needs root, to make a file of root's for the user")
    shared = shared_tmp_path
    target = shared / f"{name}.pdf"
    target.write_bytes(b"old")
    if users:
        give_away(target)
    target.chmod(mode)
    code = WRITE + "\nprint('written')"
    result = run_unprivileged("-c", code, target, cwd=shared)
    if refused:
        assert result.returncode != 0 and "PermissionError" in result.stderr and str(target) in result.stderr
        assert target.read_bytes() == b"old" and stat.S_IMODE(target.stat().st_mode) == mode
    else:
        assert result.returncode == 0 and result.stdout == "written\n", result.stderr
        assert target.read_bytes() == b"new" and stat.S_IMODE(target.stat().st_mode) == mode
    assert sorted(p.name for p in shared.iterdir()) == [target.name]


# -- several files: all renamed together, or none ----------------------------------------------------


def test_staged_files_are_renamed_only_on_commit_and_a_failure_leaves_every_earlier_file(tmp_path: Path) -> None:
    for name in ("a.csv", "b.csv"):
        (tmp_path / name).write_bytes(b"earlier " + name.encode())
    (tmp_path / "c.csv").mkdir()  # the third cannot be written
    with pytest.raises(OSError) as caught, files.StagedFiles() as staged:
        staged.add(tmp_path / "a.csv", b"new a")
        staged.add(tmp_path / "b.csv", b"new b")
        assert (tmp_path / "a.csv").read_bytes() == b"earlier a.csv"  # written, not yet renamed
        staged.add(tmp_path / "c.csv", b"new c")
        staged.commit()
    assert caught.value.filename == str(tmp_path / "c.csv")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.csv", "b.csv", "c.csv"]
    assert [(tmp_path / n).read_bytes() for n in ("a.csv", "b.csv")] == [b"earlier a.csv", b"earlier b.csv"]
    with files.StagedFiles() as staged:
        staged.add(tmp_path / "a.csv", b"new a")
        staged.add(tmp_path / "b.csv", b"new b")
        staged.commit()
    assert [(tmp_path / n).read_bytes() for n in ("a.csv", "b.csv")] == [b"new a", b"new b"]


def test_a_failed_rename_removes_the_temporaries_left_and_names_the_file(tmp_path: Path) -> None:
    real_replace = os.replace
    calls: list[str] = []

    def second_fails(source: str, target: Path) -> None:
        calls.append(source)
        if len(calls) == 2:
            raise OSError(errno.EBUSY, "Device or resource busy")
        real_replace(source, target)

    with pytest.MonkeyPatch.context() as patch, files.StagedFiles() as staged:
        for name in ("a.csv", "b.csv", "c.csv"):
            staged.add(tmp_path / name, name.encode())
        patch.setattr(files.os, "replace", second_fails)
        with pytest.raises(OSError, match="busy") as caught:
            staged.commit()
    assert caught.value.filename == str(tmp_path / "b.csv")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.csv"]  # renamed before; the others' temporaries gone


def test_sigterm_waits_while_the_files_are_renamed(tmp_path: Path) -> None:
    import signal

    got: list[str] = []
    real_replace = os.replace

    def signalled_midway(source: str, target: Path) -> None:
        real_replace(source, target)
        got.append(Path(target).name)
        if len(got) == 1:
            signal.raise_signal(signal.SIGTERM)  # its handler runs only when every file is in place

    def handler(signum: int, frame: object) -> None:
        got.append(f"signal, with {sorted(p.name for p in tmp_path.iterdir())}")

    previous = signal.signal(signal.SIGTERM, handler)
    try:
        with pytest.MonkeyPatch.context() as patch, files.StagedFiles() as staged:
            for name in ("a.csv", "b.csv"):
                staged.add(tmp_path / name, b"new")
            patch.setattr(files.os, "replace", signalled_midway)
            staged.commit()
    finally:
        signal.signal(signal.SIGTERM, previous)
    assert got == ["a.csv", "b.csv", "signal, with ['a.csv', 'b.csv']"]
