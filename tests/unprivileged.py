"""Run Python as an unprivileged user, for tests of permissions (root reads and writes anything).

As root, ``setpriv`` drops to nobody (uid and gid 65534, no groups) around the subprocess; the
test's folder is handed to nobody first and given back after. As any other user the subprocess
simply runs as that user. Where setpriv is missing (as root) the test is skipped, saying so.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import pytest
from cli_runner import REPO, TIMEOUT, cli_env

NOBODY = 65534


def _chown_tree(root: Path, uid: int, gid: int) -> None:
    os.chown(root, uid, gid, follow_symlinks=False)
    for folder, names, files in os.walk(root):
        for name in names + files:
            os.chown(os.path.join(folder, name), uid, gid, follow_symlinks=False)


def run_unprivileged(
    *args: str | Path,
    owner_of: Path,
    private: Sequence[Path] = (),
    env: dict[str, str] | None = None,
    timeout: float = TIMEOUT,
) -> subprocess.CompletedProcess[str]:
    """``python ARGS`` as a user who owns ``owner_of`` (a folder of the test's) but cannot read ``private``."""
    command = [sys.executable, *map(str, args)]
    as_root = os.geteuid() == 0
    if as_root:
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.skip("setpriv (util-linux) is missing: cannot run as an unprivileged user")
        command = [setpriv, f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups", *command]
        _chown_tree(owner_of, NOBODY, NOBODY)
    modes = {path: path.lstat().st_mode for path in private}
    for path in private:
        path.chmod(0o000)
    try:
        return subprocess.run(
            command,
            cwd=REPO,
            env=cli_env({"PYTHONDONTWRITEBYTECODE": "1", **(env or {})}),
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
        if as_root:
            _chown_tree(owner_of, 0, 0)
