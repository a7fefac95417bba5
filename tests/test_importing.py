"""Bringing many profiles at once as a job of steps: progress after each file, Cancel between files."""

from __future__ import annotations

from pathlib import Path

from qingdao_viewer.importing import expand, import_job
from qingdao_viewer.library import ProfileLibrary, kept_file_name
from qingdao_viewer.profile import load_profile
from qingdao_viewer.steps import Offload, Progress, run_steps

REPO = Path(__file__).resolve().parents[1]
TEXTS = REPO / "tests" / "fixtures" / "profile-texts"
DATA = REPO / "data"


def texts(folder: Path) -> list[Path]:
    folder.mkdir()
    copies = []
    for source in sorted(TEXTS.iterdir()):
        copies.append(folder / source.name)
        copies[-1].write_bytes(source.read_bytes())
    return copies


def test_the_job_reports_progress_after_each_file_and_reads_off_the_window_thread(tmp_path: Path) -> None:
    files = texts(tmp_path / "in")
    job = import_job(ProfileLibrary(DATA, tmp_path / "kept"), [str(tmp_path / "in")])
    steps: list[object] = []
    value: object = None
    try:
        while True:
            step = job.send(value)
            steps.append(type(step).__name__ if isinstance(step, Offload) else step)
            value = step.work() if isinstance(step, Offload) else None
    except StopIteration as stop:
        report = stop.value
    count = len(files)
    assert steps == [item for done in range(count) for item in (Progress(done, count), "Offload")] + [
        Progress(count, count)
    ]
    assert [o.path for o in report.outcomes] == [str(path) for path in files] and not report.refused


def test_cancel_between_files_keeps_what_was_kept_and_begins_nothing(tmp_path: Path) -> None:
    files = texts(tmp_path / "in")
    kept = tmp_path / "kept"
    job = import_job(ProfileLibrary(DATA, kept), [str(path) for path in files])
    value: object = None
    offloads = 0
    while offloads < 2:  # two files read and kept, then Cancel
        step = job.send(value)
        value = None
        if isinstance(step, Offload):
            value = step.work()
            offloads += 1
    job.send(value)  # the second file is kept; the job yields its progress
    job.close()
    names = sorted(path.name for path in kept.iterdir() if not path.name.startswith("."))
    assert names == sorted(kept_file_name(load_profile(path)) for path in files[:2])
    assert not [path for path in kept.iterdir() if path.name.endswith(".part")]


def test_folders_stand_for_their_profile_files_sorted_by_name(tmp_path: Path) -> None:
    (tmp_path / "b.TXT").write_text("x", encoding="utf-8")
    (tmp_path / "a.yml").write_text("x", encoding="utf-8")
    (tmp_path / "c.pdf").write_text("x", encoding="utf-8")
    (tmp_path / ".d.yaml").write_text("x", encoding="utf-8")
    (tmp_path / "e").mkdir()
    files, problems, skipped = expand([str(tmp_path), str(tmp_path / "missing.yaml")])
    assert files == [str(tmp_path / "a.yml"), str(tmp_path / "b.TXT"), str(tmp_path / "missing.yaml")]
    assert (problems, skipped) == ([], 1)
    report = run_steps(import_job(ProfileLibrary(DATA, tmp_path / "kept"), files))
    assert [o.path for o in report.refused] == files and report.profiles == []
    assert all(str(o.error).startswith(f"{o.path}:") for o in report.refused)
