"""Atomic writes: a failed one names the user's file, never the temporary one, and leaves the old file."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

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
