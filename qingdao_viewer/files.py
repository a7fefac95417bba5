"""Write files whole or not at all (no Qt): the library, the exports, the report and the window use it."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

PART_SUFFIX = ".part"


def remove_stale_parts(folder: Path) -> None:
    """Remove temporary files an interrupted write (a killed process) left in folder."""
    for stale in folder.glob(f".*{PART_SUFFIX}"):
        with contextlib.suppress(OSError):
            stale.unlink()


def write_atomically(path: Path, data: bytes) -> None:
    """Write data to path through a temporary file in the same folder and a rename.

    A reader sees the old file or the new one, never half of one; on any error the
    temporary file is removed and the old file is left as it was.
    """
    import tempfile  # here: it imports random and shutil, which start-up does not need

    folder = path.parent
    try:
        descriptor, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=PART_SUFFIX, dir=folder)
    except OSError as error:
        raise _naming(error, path) from None
    try:
        with os.fdopen(descriptor, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, 0o644)
        os.replace(temporary, path)
    except BaseException as error:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        if isinstance(error, OSError):
            raise _naming(error, path) from None
        raise


def _naming(error: OSError, path: Path) -> OSError:
    """The error as the user's file's: the temporary file's name means nothing to them."""
    return OSError(error.errno, error.strerror or str(error), str(path))
