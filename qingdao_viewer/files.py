"""Write files whole or not at all, and with care for what is there (no Qt): every write of the app goes here.

A file is written to a temporary file beside it, ``.NAME.qingdao-viewer-PID-RANDOM.part``,
which is flushed to the disk and then renamed over NAME: a reader sees the old file or the
new one, never half of one, and on any error (an interrupt too) the temporary file is removed
and the old file is left as it was. Several files (an export) are written to their temporary
files first and renamed only when every one is written (``StagedFiles``): a failure before
the renames leaves every earlier file as it was. The renames themselves are one after another,
not one atomic step: only a failure of a rename itself (rare: the folder changed under the
app) can leave some files new and the rest old. SIGINT and SIGTERM wait until the renames are
done.

What is there is respected:

- **Temporary files**: only the app's own, by their name, are ever removed, and only those
  whose process (the PID in the name) is no longer running on this machine: a killed export's
  leftovers go at the next write into that folder, a running one's stay. Never a symbolic link
  or anything but a regular file. (A folder shared by machines or containers, whose PIDs this
  machine cannot see, should get one export at a time.)
- **Modes**: a new file gets the permissions the umask allows (``0o666 & ~umask``: 0644 under
  umask 022, 0600 under 077); a replaced file keeps its permission bits (not set-user-ID,
  set-group-ID or sticky) and, where the user may (root, or a group of theirs), its owner and group.
- **Targets**: a file the user may not write (read-only) is refused, not replaced; root may
  replace it, as ``cp`` does. Anything but a regular file (a folder, a name ending in ``/``, a
  device such as ``/dev/null``, a FIFO, a socket) is refused with a message naming it, even for
  root. A **symbolic link** is kept and the file it points to is replaced (a link to nowhere:
  that file is made), except that a link in a sticky folder others may write to (``/tmp``),
  made by someone other than the user or the folder's owner, is refused, as Linux's
  ``fs.protected_symlinks`` refuses to follow it. A file's other hard links keep the old contents.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import stat
import time
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType
from typing import Any, NamedTuple

from qingdao_viewer import interrupts

PART_SUFFIX = ".part"
PART_TAG = "qingdao-viewer"  # in every temporary file's name, so only the app's own are removed
MAX_NAME_IN_PART = 120  # bytes of the target's name kept in its temporary's: a name may be 255 bytes
STALE_ELSEWHERE_SECONDS = 24 * 3600  # where no process can be looked up, a temporary this old is stale
_PART = re.compile(rf"\.(?P<name>.*)\.{PART_TAG}-(?P<pid>[0-9]+)-[^.]+{re.escape(PART_SUFFIX)}", re.DOTALL)


def _umask_at_start() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


_UMASK_AT_START = _umask_at_start()  # at import, before the app starts threads: the fallback below


def current_umask() -> int:
    """The process's umask, read without changing it where Linux tells it, else as it was at start."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    return _UMASK_AT_START


def part_prefix(name: str) -> str:
    """The start of the name of a temporary file of this process for a file named name."""
    kept = os.fsencode(name)[:MAX_NAME_IN_PART].decode(errors="ignore") or "file"
    return f".{kept}.{PART_TAG}-{os.getpid()}-"


def _process_gone(pid: int, modified: float) -> bool:
    if os.name != "posix":  # os.kill would end the process there: go by age instead
        return time.time() - modified > STALE_ELSEWHERE_SECONDS
    if pid == os.getpid() or not 0 < pid < 2**31:
        return False  # this process's own (a write in progress), or no PID a process has
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except OSError:  # EPERM: running, as another user
        return False
    return False


def remove_stale_parts(folder: Path, name: str | None = None) -> list[Path]:
    """Remove the temporary files that killed writes of the app left in folder; return them.

    Only names of the app's own pattern (``.NAME.qingdao-viewer-PID-RANDOM.part``, for NAME only
    if given) whose process is not running, and only regular files: a user's ``.notes.part``, a
    symbolic link or a folder of that name stays. Errors are ignored: the folder is the user's.
    """
    removed: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    wanted = None if name is None else os.fsencode(name)[:MAX_NAME_IN_PART].decode(errors="ignore")
    for entry in entries:
        match = _PART.fullmatch(entry.name)
        if match is None or (wanted is not None and match["name"] != wanted):
            continue
        try:
            info = entry.stat(follow_symlinks=False)
            if stat.S_ISREG(info.st_mode) and _process_gone(int(match["pid"]), info.st_mtime):
                os.unlink(entry.path)
                removed.append(Path(entry.path))
        except (OSError, ValueError):
            continue
    return removed


def _refuse(path: object, reason: str, number: int = errno.EINVAL) -> OSError:
    return OSError(number, reason, str(path))


_NOT_REGULAR = (
    (stat.S_ISDIR, "it is a folder, not a file", errno.EISDIR),
    (stat.S_ISCHR, "it is a device, not a regular file", errno.EINVAL),
    (stat.S_ISBLK, "it is a device, not a regular file", errno.EINVAL),
    (stat.S_ISFIFO, "it is a named pipe (FIFO), not a regular file", errno.EINVAL),
    (stat.S_ISSOCK, "it is a socket, not a regular file", errno.EINVAL),
)
MAX_LINKS = 40  # as Linux follows at most


def _may_follow(link: Path, info: os.stat_result) -> bool:
    """Linux's fs.protected_symlinks rule: a link in a sticky world-writable folder is followed only
    if its owner is the user or the folder's owner."""
    if not hasattr(os, "geteuid"):
        return True
    folder = os.stat(link.parent)
    shared = folder.st_mode & stat.S_ISVTX and folder.st_mode & stat.S_IWOTH
    return not shared or info.st_uid in (os.geteuid(), folder.st_uid)


def writable_target(path: str | os.PathLike[str]) -> tuple[Path, os.stat_result | None]:
    """The file a write of path replaces (through symbolic links) and its status (None: a new file).

    Raises OSError naming path when it is not a regular file, ends in a separator, is a
    link that may not be followed, or is a file the user may not write.
    """
    text = os.fspath(path)
    if text.endswith(os.sep) or (os.altsep is not None and text.endswith(os.altsep)):
        raise _refuse(text, "a name that ends in a slash is a folder, not a file", errno.EISDIR)
    target = Path(text)
    for _ in range(MAX_LINKS):
        try:
            info = os.lstat(target)
        except FileNotFoundError:
            return target, None
        except OSError as error:
            raise _naming(error, text) from None
        if not stat.S_ISLNK(info.st_mode):
            break
        if not _may_follow(target, info):
            reason = "it is a symbolic link someone else made in a shared folder: not followed"
            raise _refuse(text, reason, errno.EACCES)
        target = target.parent / os.readlink(target)
    else:
        raise _refuse(text, "too many symbolic links", errno.ELOOP)
    for test, reason, number in _NOT_REGULAR:
        if test(info.st_mode):
            raise _refuse(text, reason, number)
    if not stat.S_ISREG(info.st_mode):
        raise _refuse(text, "it is not a regular file")
    effective = os.access in os.supports_effective_ids
    if not os.access(target, os.W_OK, effective_ids=effective):
        raise _refuse(text, "permission denied: the file is read-only to you", errno.EACCES)
    return target, info


def _set_mode(descriptor: int, temporary: str, replaced: os.stat_result | None) -> None:
    """A new file's mode as the umask says; a replaced file's mode, owner and group as they were."""
    if replaced is None:
        mode = 0o666 & ~current_umask()
    else:
        mode = stat.S_IMODE(replaced.st_mode) & 0o777
        if hasattr(os, "fchown") and (replaced.st_uid, replaced.st_gid) != (os.geteuid(), os.getegid()):
            for owner in ((replaced.st_uid, replaced.st_gid), (-1, replaced.st_gid)):
                try:
                    os.fchown(descriptor, *owner)
                    break
                except OSError:
                    continue
    if os.chmod in os.supports_fd:
        os.chmod(descriptor, mode)
    else:
        os.chmod(temporary, mode)


class _Staged(NamedTuple):
    temporary: str  # written, flushed, not yet renamed
    target: Path  # the file it is renamed over (a symbolic link's file)
    shown: str  # the path the user gave, for messages


class StagedFiles:
    """Files written to their temporary files by ``add``, put in place together by ``commit``.

    Used as a context manager, an exception before ``commit`` removes every temporary file
    (``discard``), so the files that were there stay as they were.
    """

    def __init__(self) -> None:
        self._staged: list[_Staged] = []

    def __enter__(self) -> StagedFiles:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None) -> None:
        self.discard()

    def add(self, path: str | os.PathLike[str], data: bytes) -> None:
        """Write data to a temporary file for path, checked as ``writable_target`` checks it. Raises OSError."""
        import tempfile  # here: it imports random and shutil, which start-up does not need

        shown = os.fspath(path)
        target, replaced = writable_target(path)
        remove_stale_parts(target.parent, target.name)
        with interrupts.interruptible():  # a SIGTERM here removes the temporary file (commands.headless)
            try:
                prefix = part_prefix(target.name)
                descriptor, temporary = tempfile.mkstemp(prefix=prefix, suffix=PART_SUFFIX, dir=target.parent)
            except OSError as error:
                raise _naming(error, shown) from None
            try:
                with os.fdopen(descriptor, "wb") as stream:
                    _set_mode(descriptor, temporary, replaced)
                    stream.write(data)
                    stream.flush()
                    os.fsync(stream.fileno())
            except BaseException as error:
                with contextlib.suppress(OSError):
                    os.unlink(temporary)
                if isinstance(error, OSError):
                    raise _naming(error, shown) from None
                raise
            self._staged.append(_Staged(temporary, target, shown))

    def commit(self) -> None:
        """Rename every temporary file over its file, in the order added; SIGINT and SIGTERM wait.

        If a rename fails, the files renamed before it are new, the rest stay old and their
        temporary files are removed; the error names the file.
        """
        with _signals_held():
            try:
                while self._staged:
                    staged = self._staged[0]
                    try:
                        os.replace(staged.temporary, staged.target)
                    except OSError as error:
                        raise _naming(error, staged.shown) from None
                    self._staged.pop(0)
            finally:
                self.discard()

    def discard(self) -> None:
        """Remove every temporary file not yet renamed."""
        for staged in self._staged:
            with contextlib.suppress(OSError):
                os.unlink(staged.temporary)
        self._staged.clear()

    @property
    def temporaries(self) -> list[Path]:
        return [Path(staged.temporary) for staged in self._staged]


def write_atomically(path: str | os.PathLike[str], data: bytes) -> None:
    """Write data to path through a temporary file in the same folder and a rename.

    A reader sees the old file or the new one, never half of one; on any error the
    temporary file is removed and the old file is left as it was. Raises OSError naming
    path (never the temporary file) for a target that may not be written (``writable_target``).
    """
    with StagedFiles() as staged:
        staged.add(path, data)
        staged.commit()


@contextlib.contextmanager
def _signals_held() -> Iterator[None]:
    """SIGINT and SIGTERM wait while this runs (in the main thread: where Python handles signals)."""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield
        return
    held: list[int] = []
    previous: dict[signal.Signals, Any] = {}
    for wanted in (signal.SIGINT, signal.SIGTERM):
        if signal.getsignal(wanted) is not None:  # None: set outside Python, which could not be put back
            previous[wanted] = signal.signal(wanted, lambda signum, frame: held.append(signum))
    try:
        yield
    finally:
        for restored, handler in previous.items():
            signal.signal(restored, handler)
        for number in held:
            signal.raise_signal(number)


def _naming(error: OSError, path: object) -> OSError:
    """The error as the user's file's: the temporary file's name means nothing to them."""
    return OSError(error.errno, error.strerror or str(error), str(path))
