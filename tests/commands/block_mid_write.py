"""Run the command line, but stop for good halfway through writing one file (test-only, for the SIGKILL test).

    python tests/commands/block_mid_write.py MARKER NAME ARGS...

runs ``qingdao-viewer ARGS`` in this process with every file opened for writing watched. When
the file opened is NAME itself, or an atomic write's temporary file for it (``.NAME.*.part``
in the same folder), its first write puts only the first half of the bytes into the file,
flushes them to the disk, writes the opened file's full path to MARKER, and then sleeps until
the process is killed. The test waits for MARKER, so it knows its SIGKILL lands while the
file is half-written, and MARKER says which file that was: the temporary one (the write is
atomic) or NAME itself (it is not). Nothing in the app knows of this.

Linux only: a file opened from a descriptor (``os.fdopen``) is named by /proc/self/fd.
"""

from __future__ import annotations

import builtins
import io
import os
import sys
import time
from typing import IO, Any

PART_SUFFIX = ".part"  # as qingdao_viewer.files writes them; not imported, so the app loads only as main() does


def main(marker: str, name: str, args: list[str]) -> int:
    real_open = io.open

    def path_of(file: Any) -> str:
        return os.readlink(f"/proc/self/fd/{file}") if isinstance(file, int) else os.path.abspath(os.fspath(file))

    def watching_open(file: Any, mode: str = "r", *rest: Any, **options: Any) -> IO[Any]:
        stream = real_open(file, mode, *rest, **options)
        if any(flag in mode for flag in "wax+"):
            path = path_of(file)
            base = os.path.basename(path)
            if base == name or (base.startswith(f".{name}.") and base.endswith(PART_SUFFIX)):
                return _StopsHalfway(stream, path, marker)  # type: ignore[return-value]
        return stream

    io.open = builtins.open = watching_open  # os.fdopen and pathlib open files through io.open
    from qingdao_viewer.cli import main as cli_main

    return cli_main(args)


class _StopsHalfway:
    """A file whose first write stops halfway, tells MARKER, and never returns."""

    def __init__(self, stream: IO[Any], path: str, marker: str) -> None:
        self._stream, self._path, self._marker = stream, path, marker

    def write(self, data: bytes) -> int:
        self._stream.write(data[: len(data) // 2])
        self._stream.flush()
        os.fsync(self._stream.fileno())
        signal = f"{self._marker}.new"
        with io.FileIO(signal, "w") as out:  # not through the watched open
            out.write(os.fsencode(self._path))
        os.replace(signal, self._marker)  # the marker appears with its contents, never empty
        while True:
            time.sleep(60)

    def __enter__(self) -> _StopsHalfway:
        return self

    def __exit__(self, *exc: object) -> None:
        self._stream.close()

    def __getattr__(self, attribute: str) -> Any:
        return getattr(self._stream, attribute)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2], sys.argv[3:]))
