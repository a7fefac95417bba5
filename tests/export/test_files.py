"""Atomic writes name the user's file when they fail, never the temporary one."""

from __future__ import annotations

from pathlib import Path

import pytest

from qingdao_viewer.export.files import write_atomically


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
