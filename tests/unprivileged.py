"""Run Python as a user without privileges, for the tests of what such a user may read and write.

Root may read and write any file, so a permission test run as root proves nothing: there, the
code runs as ``nobody`` (uid and gid 65534, no groups) through ``setpriv``; run as another user,
it runs as that user. Folders it works in must be reachable by that user: ``shared_folder`` makes
one, ``give_away`` hands a path over, and ``owner_of`` hands a whole test folder over for the run
and gives it back after; ``private`` paths are made unreadable for the run.

The interpreter is the tests' own if that user may run it; a virtual environment under root's
home is not reachable, and then it is the system's python3 of the same version, with the
environment's packages and the repository on PYTHONPATH. Where neither works, or setpriv is
missing, the test is skipped and says why.
"""

from __future__ import annotations

import functools
import os
import shutil
import site
import subprocess
import sys
import sysconfig
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest
from cli_runner import REPO, TIMEOUT, cli_env

NOBODY = 65534


def _as_user() -> list[str]:
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root, and setpriv (util-linux) is missing to run the test as another user")
    return [setpriv, f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups"]


def _runs(command: list[str], env: dict[str, str]) -> bool:
    probe = [*command, "-c", "import sys; print(sys.version_info[:2])"]
    try:
        result = subprocess.run(probe, env=env, capture_output=True, text=True, timeout=60, check=False)
    except OSError:
        return False
    return result.returncode == 0 and result.stdout.strip() == str(tuple(sys.version_info[:2]))


@functools.cache
def _interpreter() -> tuple[tuple[str, ...], tuple[tuple[str, str], ...]] | str:
    """The command that runs Python as the user, and the variables it needs; or why there is none."""
    as_user = _as_user()
    if _runs([*as_user, sys.executable], cli_env()):
        return (*as_user, sys.executable), ()
    system = shutil.which("python3", path="/usr/local/bin:/usr/bin:/bin")
    packages = [sysconfig.get_paths()["purelib"], *site.getsitepackages()]
    path = os.pathsep.join(dict.fromkeys([str(REPO), *packages]))
    if system is not None and _runs([*as_user, system], {**cli_env(), "PYTHONPATH": path}):
        return (*as_user, system), (("PYTHONPATH", path),)
    version = f"{sys.version_info[0]}.{sys.version_info[1]}"
    return f"neither {sys.executable} nor a system python3 {version} runs as uid {NOBODY}"


def _chown_tree(root: Path, uid: int, gid: int) -> None:
    os.chown(root, uid, gid, follow_symlinks=False)
    for folder, names, files in os.walk(root):
        for name in names + files:
            os.chown(os.path.join(folder, name), uid, gid, follow_symlinks=False)


def run_unprivileged(
    *args: str | Path,
    cwd: Path = REPO,
    owner_of: Path | None = None,
    private: Sequence[Path] = (),
    env: dict[str, str] | None = None,
    timeout: float = TIMEOUT,
) -> subprocess.CompletedProcess[str]:
    """``python ARGS`` as a user without privileges, in cwd; skips the test where that cannot be done.

    ``owner_of`` (a folder of the test's) belongs to that user for the run; ``private`` paths are
    unreadable for it. HOME is cwd unless env sets it.
    """
    found = _interpreter()
    if isinstance(found, str):
        pytest.skip(found)
    command, variables = found
    as_root = os.geteuid() == 0
    if as_root and owner_of is not None:
        _chown_tree(owner_of, NOBODY, NOBODY)
    modes = {path: path.lstat().st_mode for path in private}
    for path in private:
        path.chmod(0o000)
    try:
        return subprocess.run(
            [*command, *map(str, args)],
            cwd=cwd,
            env={**cli_env({"HOME": str(cwd), "PYTHONDONTWRITEBYTECODE": "1"}), **(env or {}), **dict(variables)},
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            timeout=timeout,
            check=False,
        )
    finally:
        for path, mode in modes.items():
            path.chmod(mode)
        if as_root and owner_of is not None:
            _chown_tree(owner_of, 0, 0)


def shared_folder() -> Iterator[Path]:
    """A folder anyone may write in, outside the tests' own (which only their user may enter); removed after."""
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="qingdao-viewer-test-"))
    try:
        folder.chmod(0o777)
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def give_away(path: Path) -> None:
    """Make path the unprivileged user's (where the tests run as root)."""
    if os.geteuid() == 0:
        os.chown(path, NOBODY, NOBODY, follow_symlinks=False)
