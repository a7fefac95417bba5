"""An export into a folder is all or nothing: a failure or a cancel before the renames leaves every earlier file.

Each test starts from an earlier export of the same names with other bytes in nearly every file (Qingdao in
another economy, other shares), so "as it was" is seen byte for byte, never by chance.
"""

from __future__ import annotations

import errno
from pathlib import Path

import pytest
from export_files import export_files

from qingdao_viewer import files
from qingdao_viewer.export.folder import export_folder, export_steps
from qingdao_viewer.export.plan import Edition, plan_export
from qingdao_viewer.files import PART_SUFFIX
from qingdao_viewer.profile import load_profile
from qingdao_viewer.steps import Offload, Progress
from qingdao_viewer.tables import build_tables

REPO = Path(__file__).resolve().parent.parent.parent


def edition(path: Path) -> Edition:
    profile = load_profile(path)
    return Edition(profile, build_tables(profile))


def snapshot(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in folder.iterdir() if path.is_file()}


def parts(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir() if path.name.endswith(PART_SUFFIX))


@pytest.fixture
def qingdao(qapp: object, embedded_path: Path) -> Edition:
    return edition(embedded_path)


@pytest.fixture
def earlier(qingdao: Edition, tmp_path: Path) -> tuple[Path, dict[str, bytes]]:
    """A folder holding an earlier export of the same names, and its files' bytes."""
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
    folder = tmp_path / "out"
    folder.mkdir()
    export_folder([edition(changed)], folder)
    fresh = tmp_path / "fresh"
    fresh.mkdir()
    export_folder([qingdao], fresh)
    before, new = snapshot(folder), snapshot(fresh)
    assert sorted(before) == sorted(new) == sorted(export_files()) and plan_export([qingdao]).names == export_files()
    assert len([name for name in new if new[name] != before[name]]) == len(new) - 2  # all but two header-only files
    return folder, before


NAMES = export_files()
FAILING = [0, NAMES.index("qingdao-2024.xlsx"), NAMES.index("qingdao-2024-patent-applicants.png"), len(NAMES) - 1]


@pytest.mark.parametrize("failing", FAILING, ids=[NAMES[index] for index in FAILING])
def test_a_folder_in_a_files_place_fails_the_export_and_leaves_every_earlier_file(
    qingdao: Edition, earlier: tuple[Path, dict[str, bytes]], failing: int
) -> None:
    folder, before = earlier
    blocked = folder / NAMES[failing]
    blocked.unlink()
    blocked.mkdir()
    with pytest.raises(OSError, match="folder") as caught:
        export_folder([qingdao], folder)
    assert caught.value.filename == str(blocked)
    assert snapshot(folder) == {name: data for name, data in before.items() if name != blocked.name}
    assert blocked.is_dir() and parts(folder) == []


@pytest.mark.parametrize("failing", FAILING, ids=[NAMES[index] for index in FAILING])
def test_a_write_that_fails_midway_leaves_every_earlier_file(
    qingdao: Edition, earlier: tuple[Path, dict[str, bytes]], failing: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder, before = earlier
    real_add = files.StagedFiles.add
    calls: list[Path] = []

    def disk_fills(staged: files.StagedFiles, path: Path, data: bytes) -> None:
        calls.append(Path(path))
        if len(calls) == failing + 1:
            raise OSError(errno.ENOSPC, "No space left on device", str(path))
        real_add(staged, path, data)

    monkeypatch.setattr(files.StagedFiles, "add", disk_fills)
    with pytest.raises(OSError, match="No space left") as caught:
        export_folder([qingdao], folder)
    assert caught.value.filename == str(folder / NAMES[failing]) and len(calls) == failing + 1
    assert snapshot(folder) == before and parts(folder) == []


def test_an_export_stopped_at_any_step_leaves_every_earlier_file(
    qingdao: Edition, earlier: tuple[Path, dict[str, bytes]]
) -> None:
    """Closing the steps (the window's Cancel) at each point in turn: every file as it was, no temporary left."""
    folder, before = earlier
    stopped_at = 0
    while True:
        steps = export_steps([qingdao], folder)
        value: object = None
        progress: list[Progress] = []
        try:
            for _ in range(stopped_at + 1):
                step = steps.send(value)
                value = step.work() if isinstance(step, Offload) else None
                if isinstance(step, Progress):
                    progress.append(step)
        except StopIteration:
            break  # every step run: the export is done
        steps.close()
        assert snapshot(folder) == before and parts(folder) == [], f"stopped after {stopped_at + 1} steps"
        stopped_at += 1
    assert progress[-1] == Progress(len(NAMES), len(NAMES)) and stopped_at > len(NAMES)
    assert sorted(snapshot(folder)) == sorted(before) and snapshot(folder) != before  # done: all new
