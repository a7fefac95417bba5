"""Run the command line as a user runs it: ``python -m qingdao_viewer ...`` in a process of its own.

Every test that starts the app or Python in a subprocess goes through here, so they all get
the same environment and a timeout. The environment is the test's own (its user folders, see
conftest.py) with no display at all (no DISPLAY, WAYLAND_DISPLAY or QT_QPA_PLATFORM), as on a
server or in CI: the commands must not need one (``--export`` and ``--report`` start Qt on the
offscreen platform themselves). A test that opens the window passes
``env={"QT_QPA_PLATFORM": "offscreen"}``. Output is written and read as UTF-8, whatever the
machine's locale.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TIMEOUT = 120  # seconds: a hung command fails its test instead of the whole run
NO_DISPLAY = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")


def cli_env(env: Mapping[str, str] | None = None) -> dict[str, str]:
    """The test's environment without a display, output in UTF-8, with env's variables set on top."""
    result = {name: value for name, value in os.environ.items() if name not in NO_DISPLAY}
    result["PYTHONIOENCODING"] = "utf-8"
    result.update(env or {})
    return result


def run_python(
    *args: str | Path,
    cwd: Path = REPO,
    env: Mapping[str, str] | None = None,
    input: str | None = None,
    timeout: float = TIMEOUT,
) -> subprocess.CompletedProcess[str]:
    """``python ARGS`` (``-c CODE``, a script, ``-m MODULE``) with the tests' interpreter; its output as text."""
    return subprocess.run(
        [sys.executable, *map(str, args)],
        cwd=cwd,
        env=cli_env(env),
        input=input,
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        timeout=timeout,
        check=False,
    )


def run_cli(
    *args: str | Path,
    cwd: Path = REPO,
    env: Mapping[str, str] | None = None,
    input: str | None = None,
    timeout: float = TIMEOUT,
) -> subprocess.CompletedProcess[str]:
    """``qingdao-viewer ARGS``, as ``python -m qingdao_viewer ARGS``: its exit status and output."""
    return run_python("-m", "qingdao_viewer", *args, cwd=cwd, env=env, input=input, timeout=timeout)


def start_python(*args: str | Path, cwd: Path = REPO, env: Mapping[str, str] | None = None) -> subprocess.Popen[str]:
    """``python ARGS`` started, not waited for (the caller waits, or kills it); stdout and stderr piped."""
    return subprocess.Popen(
        [sys.executable, *map(str, args)],
        cwd=cwd,
        env=cli_env(env),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        errors="replace",
    )
