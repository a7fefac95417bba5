"""`qingdao-viewer --import PATH...` and `--library`: keep profiles and list the library, with no window and no Qt.

Each runs ``python -m qingdao_viewer`` in a subprocess whose library folder is the test's own
(conftest.py sets XDG_DATA_HOME), the folder QStandardPaths gives the window.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from cli_runner import REPO, run_cli, run_python
from unprivileged import run_unprivileged

from qingdao_viewer.commands.status import EXIT_BAD_INPUT, EXIT_OK
from qingdao_viewer.library import kept_file_name, library_folder
from qingdao_viewer.profile import load_profile

EMBEDDED = REPO / "data" / "qingdao-2024.yaml"
TEXTS = REPO / "tests" / "fixtures" / "profile-texts"
NORDHAVN = TEXTS / "nordhavn-osterby-2024.txt"
VARDANES = TEXTS / "vardanes-2031.txt"
OTHER = REPO / "tests" / "fixtures" / "other-cluster.yaml"


def kept_path(path: Path) -> Path:
    return library_folder() / kept_file_name(load_profile(path))


def test_import_keeps_each_profile_and_says_where_it_went(tmp_path: Path) -> None:
    result = run_cli("--import", NORDHAVN, OTHER, cwd=tmp_path)
    assert result.returncode == EXIT_OK, result.stderr
    assert result.stderr == ""
    assert result.stdout.splitlines() == [
        f"{NORDHAVN}: kept as {kept_path(NORDHAVN)}",
        f"{OTHER}: kept as {kept_path(OTHER)}",
    ]
    assert load_profile(kept_path(NORDHAVN)) == load_profile(NORDHAVN)
    assert load_profile(kept_path(OTHER)) == load_profile(OTHER)


def test_importing_again_changes_nothing_and_a_library_file_is_already_kept(tmp_path: Path) -> None:
    assert run_cli("--import", NORDHAVN, cwd=tmp_path).returncode == EXIT_OK
    kept = kept_path(NORDHAVN)
    before = kept.stat().st_mtime_ns, kept.read_bytes()
    copy = tmp_path / "copy.txt"
    copy.write_text(NORDHAVN.read_text(encoding="utf-8"), encoding="utf-8")
    result = run_cli("--import", NORDHAVN, copy, kept, EMBEDDED, cwd=tmp_path)
    assert result.returncode == EXIT_OK, result.stderr
    assert result.stdout.splitlines() == [
        f"{NORDHAVN}: already kept as {kept}",
        f"{copy}: already kept as {kept}",
        f"{kept}: already kept as {kept}",
        f"{EMBEDDED}: shipped with the app: nothing to keep",
    ]
    assert (kept.stat().st_mtime_ns, kept.read_bytes()) == before


def test_a_corrected_profile_replaces_the_kept_one_and_says_so(tmp_path: Path) -> None:
    assert run_cli("--import", OTHER, cwd=tmp_path).returncode == EXIT_OK
    corrected = tmp_path / "corrected.yaml"
    corrected.write_text(OTHER.read_text(encoding="utf-8").replace("size: 57", "size: 58"), encoding="utf-8")
    result = run_cli("--import", "corrected.yaml", cwd=tmp_path)
    assert result.returncode == EXIT_OK, result.stderr
    assert result.stdout == (
        f"corrected.yaml: kept as {kept_path(OTHER)}, in place of the earlier copy of that cluster and edition\n"
    )
    assert load_profile(kept_path(OTHER)).ranks.size == 58
    assert [path.name for path in library_folder().glob("*.yaml")] == [kept_path(OTHER).name]


def test_a_refusal_among_good_profiles_exits_2_and_the_others_are_kept(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(EMBEDDED.read_text(encoding="utf-8").replace("cluster: Qingdao", "cluser: Qingdao"), "utf-8")
    missing = tmp_path / "missing.txt"
    os.mkfifo(tmp_path / "fifo.yaml")
    result = run_cli("--import", NORDHAVN, bad, missing, tmp_path / "fifo.yaml", VARDANES, cwd=tmp_path)
    assert result.returncode == EXIT_BAD_INPUT
    assert result.stderr.splitlines() == [
        f"{bad}:7: unknown key 'cluser'; did you mean 'cluster'?",
        f"{missing}: no such file",
        f"{tmp_path / 'fifo.yaml'}: is a named pipe (FIFO), not a regular file",
    ]
    assert result.stdout.splitlines() == [
        f"{NORDHAVN}: kept as {kept_path(NORDHAVN)}",
        f"{VARDANES}: kept as {kept_path(VARDANES)}",
    ]
    assert sorted(path.name for path in library_folder().glob("*.yaml")) == sorted(
        [kept_path(NORDHAVN).name, kept_path(VARDANES).name]
    )


@pytest.mark.parametrize("make", ["file", "loop"])
def test_a_library_folder_that_cannot_be_written_is_a_refusal_per_profile(tmp_path: Path, make: str) -> None:
    folder = library_folder()
    folder.parent.mkdir(parents=True)
    if make == "file":
        folder.write_text("a file where the library folder should be", encoding="utf-8")
    else:
        folder.symlink_to(folder)
    result = run_cli("--import", NORDHAVN, OTHER, cwd=tmp_path)
    assert result.returncode == EXIT_BAD_INPUT
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert [line.split(": cannot be kept in ")[0] for line in lines] == [str(NORDHAVN), str(OTHER)]
    assert all(f": cannot be kept in {folder}: " in line for line in lines)
    listed = run_cli("--library", cwd=tmp_path)
    assert listed.returncode == EXIT_OK
    assert listed.stdout == f"Qingdao, China\tGII 2024\tshipped\t{EMBEDDED}\n"
    assert listed.stderr.startswith(f"library: 1 file could not be read: {folder}: ")


def test_a_profile_that_would_not_read_back_is_refused(tmp_path: Path) -> None:
    # A profile text whose name the YAML reader would refuse cannot be made by the text reader
    # (it applies the same rules), so the refusal is made to happen: the writer is replaced.
    code = (
        "import sys\n"
        "from qingdao_viewer import library\n"
        "library.profile_to_yaml = lambda profile, origin=None: 'format: gii-cluster-profile/1\\n'\n"
        "from qingdao_viewer.cli import main\n"
        "sys.exit(main(['--import', sys.argv[1]]))\n"
    )
    result = run_python("-c", code, NORDHAVN, cwd=tmp_path)
    assert result.returncode == EXIT_BAD_INPUT
    assert result.stderr.startswith(f"{NORDHAVN}: cannot be kept in {library_folder()}: the profile as YAML would not")
    assert not library_folder().exists()


def test_library_lists_shipped_and_kept_profiles_one_line_each(tmp_path: Path) -> None:
    assert run_cli("--import", VARDANES, NORDHAVN, cwd=tmp_path).returncode == EXIT_OK
    (library_folder() / "broken.yaml").write_text("format: gii-cluster-profile/1\ncluster: [\n", encoding="utf-8")
    (library_folder() / "notes.yaml").write_text("not a profile\n", encoding="utf-8")
    result = run_cli("--library", cwd=tmp_path)
    assert result.returncode == EXIT_OK
    assert result.stdout.splitlines() == [
        f"Nordhavn–Østerby, Denmark\tGII 2024\tkept\t{kept_path(NORDHAVN)}",
        f"Qingdao, China\tGII 2024\tshipped\t{EMBEDDED}",
        f"Vardanes, Iran (Islamic Republic of)\tGII 2031\tkept\t{kept_path(VARDANES)}",
    ]
    assert result.stderr == (
        f"library: 2 files could not be read (first: {library_folder() / 'broken.yaml'}:3: "
        + result.stderr.split(":3: ", 1)[1]
    )
    assert result.stderr.count("\n") == 1


def test_import_and_library_import_no_qt(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from qingdao_viewer.cli import main\n"
        "assert main(['--import', sys.argv[1]]) == 0\n"
        "assert main(['--library']) == 0\n"
        "qt = sorted(m for m in sys.modules if m.startswith(('PySide6', 'pyqtgraph', 'shiboken6')))\n"
        "assert not qt, qt\n"
        "print('no Qt')\n"
    )
    result = run_python("-c", code, NORDHAVN, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "no Qt"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--import"], "expected at least one argument"),
        (["--import", "a.yaml", "--check"], "not allowed with argument"),
        (["--library", "--export", "out"], "not allowed with argument"),
        (["--library", "some.yaml"], "--import takes its PATHs after it, --library none"),
    ],
)
def test_import_and_library_are_actions_of_their_own(tmp_path: Path, args: list[str], message: str) -> None:
    result = run_cli(*args, cwd=tmp_path)
    assert result.returncode == EXIT_BAD_INPUT
    assert message in result.stderr
    assert not library_folder().exists()


def test_a_folder_imports_its_profile_files_and_skips_the_rest(tmp_path: Path) -> None:
    folder = tmp_path / "from WIPO"
    (folder / "sub").mkdir(parents=True)
    for source in (NORDHAVN, VARDANES, OTHER):
        (folder / source.name).write_bytes(source.read_bytes())
    (folder / "broken.txt").write_text("Global Innovation Index 2024\n\nNowhere, Atlantis\n", encoding="utf-8")
    (folder / "notes.md").write_text("not a profile's name", encoding="utf-8")
    (folder / ".hidden.yaml").write_text("hidden: never read", encoding="utf-8")
    (folder / "sub" / "deeper.yaml").write_bytes(OTHER.read_bytes())  # sub-folders are not looked into
    result = run_cli("--import", folder, cwd=tmp_path)
    assert result.returncode == EXIT_BAD_INPUT
    assert result.stdout.splitlines() == [
        f"{folder / NORDHAVN.name}: kept as {kept_path(NORDHAVN)}",
        f"{folder / OTHER.name}: kept as {kept_path(OTHER)}",
        f"{folder / VARDANES.name}: kept as {kept_path(VARDANES)}",
        "1 files in the folders given are not named as profiles (.yaml, .yml, .txt): skipped",
    ]
    [refusal] = result.stderr.splitlines()
    assert refusal.startswith(f"{folder / 'broken.txt'}:4: ")


def test_a_folder_that_cannot_be_listed_is_a_refusal_and_the_rest_are_kept(shared_tmp_path: Path) -> None:
    """As a user without privileges (root lists any folder)."""
    blocked = shared_tmp_path / "blocked"
    blocked.mkdir()
    blocked.chmod(0o000)
    data = shared_tmp_path / "data"
    env = {"XDG_DATA_HOME": str(data)}
    result = run_unprivileged("-m", "qingdao_viewer", "--import", blocked, NORDHAVN, cwd=shared_tmp_path, env=env)
    blocked.chmod(0o700)
    kept = data / "qingdao-viewer" / "qingdao-viewer" / "profiles" / kept_file_name(load_profile(NORDHAVN))
    assert result.returncode == EXIT_BAD_INPUT
    assert result.stderr.splitlines() == [f"{blocked}: the folder cannot be read: Permission denied"]
    assert result.stdout.splitlines() == [f"{NORDHAVN}: kept as {kept}"]
    assert load_profile(kept) == load_profile(NORDHAVN)
