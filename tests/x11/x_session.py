"""What the tests under Xvfb share: a fresh X server, the real app on it, and waiting without sleeping blind.

The app runs as ``python -m qingdao_viewer`` in a subprocess (the xcb platform, not the
offscreen one the in-process tests use); xdotool types at it and xclip reads the clipboard
from another process, as a paste into another program would.

There is no window manager, so nothing gives a window the input focus: ``focus`` sets it
with ``xdotool windowfocus --sync`` (XSetInputFocus, then waits until the server reports
it) and checks it took. Keys then go through XTEST to the focused window, as real key
presses do; ``xdotool key --window`` would use XSendEvent, which Qt ignores.
"""

from __future__ import annotations

import os
import select
import subprocess
import sys
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
ARTIFACTS = REPO / "build" / "test-artifacts"

WINDOW_NAME = "Qingdao, China"
XCB_NOT_LOADED = 'Could not load the Qt platform plugin "xcb"'

START_TIMEOUT = 30.0  # the app's window appearing: Python, Qt and pyqtgraph imports
STEP_TIMEOUT = 10.0  # any one xdotool or xclip call
CLIPBOARD_TIMEOUT = 5.0
POLL = 0.05


def skip_unless_ci(reason: str) -> None:
    """Skip where the machine lacks what the test needs; in CI, which installs it, fail instead."""
    if os.environ.get("CI"):
        pytest.fail(f"{reason}\n(.ci/run installs these, so CI must run this test)")
    pytest.skip(reason)


def wait_for(what: str, probe: Callable[[], object], timeout: float, details: Callable[[], str] = str) -> object:
    """Poll probe until it returns something truthy; fail after timeout, saying what was awaited."""
    deadline = time.monotonic() + timeout
    while True:
        result = probe()
        if result:
            return result
        if time.monotonic() > deadline:
            pytest.fail(f"timed out after {timeout:g} s waiting for {what}{details()}")
        time.sleep(POLL)


def stop(process: subprocess.Popen[bytes], timeout: float = 5.0) -> None:
    """End a process we started: terminate, then kill if it lingers; always reap it."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout)
        except subprocess.TimeoutExpired:
            process.kill()
    process.wait()


def read_display_number(fd: int, xvfb: subprocess.Popen[bytes], log: Path, timeout: float = 10.0) -> str:
    """Xvfb writes the display number it chose to -displayfd, then a newline, once it is ready."""
    data = b""
    deadline = time.monotonic() + timeout
    while not data.endswith(b"\n"):
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            pytest.fail(f"Xvfb gave no display number within {timeout:g} s:\n{log.read_text(errors='replace')}")
        ready, _, _ = select.select([fd], [], [], remaining)
        if ready:
            chunk = os.read(fd, 64)
            if not chunk:  # Xvfb closed the pipe: it exited
                xvfb.wait(5)
                pytest.fail(
                    f"Xvfb exited with status {xvfb.returncode} before it was ready:\n{log.read_text(errors='replace')}"
                )
            data += chunk
    return data.decode("ascii").strip()


@contextmanager
def xvfb(log: Path) -> Iterator[str]:
    """A fresh Xvfb on a free display (":N"), stopped at the end."""
    read_end, write_end = os.pipe()
    with open(log, "wb") as log_stream:
        server = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1280x900x24", "-nolisten", "tcp", "-noreset"],
            pass_fds=(write_end,),
            stdin=subprocess.DEVNULL,
            stdout=log_stream,
            stderr=log_stream,
        )
    os.close(write_end)
    try:
        yield ":" + read_display_number(read_end, server, log)
    finally:
        os.close(read_end)
        stop(server)


def display_env(display: str) -> dict[str, str]:
    """This process's environment pointed at display, with this checkout's code first on the path."""
    env = dict(os.environ)
    env.update(DISPLAY=display, QT_QPA_PLATFORM="xcb")
    env.pop("WAYLAND_DISPLAY", None)
    # The code under test is this checkout's, however the package happens to be installed.
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    return env


def run_x_client(env: dict[str, str], *command: str, check: bool = True, details: Callable[[], str] = str) -> str:
    """Run an X client (xdotool, xclip, the screen grabber) on the display; its stdout."""
    result = subprocess.run(
        command, env=env, stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=STEP_TIMEOUT
    )
    if check and result.returncode != 0:
        pytest.fail(
            f"{' '.join(command)} failed with status {result.returncode}:\n{result.stdout}{result.stderr}{details()}"
        )
    return result.stdout if result.returncode == 0 else ""


@dataclass
class RunningApp:
    process: subprocess.Popen[bytes]
    env: dict[str, str]
    stderr_path: Path
    window: str = ""

    def stderr(self) -> str:
        return self.stderr_path.read_text(encoding="utf-8", errors="replace")

    def details(self) -> str:
        status = self.process.poll()
        state = "still running" if status is None else f"exited with status {status}"
        return f"\n(app {state}; its stderr:)\n{self.stderr() or '(empty)'}"

    def run(self, *command: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        """Run an X client (xdotool, xclip, the screen grabber) on the app's display."""
        result = subprocess.run(
            command,
            env=self.env,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=STEP_TIMEOUT,
        )
        if check and result.returncode != 0:
            pytest.fail(
                f"{' '.join(command)} failed with status {result.returncode}:\n"
                f"{result.stdout}{result.stderr}{self.details()}"
            )
        return result

    def key(self, keys: str) -> None:
        self.run("xdotool", "key", keys)

    def focus(self) -> None:
        """No window manager: give the window the input focus and check that it has it."""
        self.run("xdotool", "windowfocus", "--sync", self.window)
        focused = self.run("xdotool", "getwindowfocus").stdout.strip()
        assert focused == self.window, f"focus is on window {focused}, not the app's {self.window}{self.details()}"

    def clipboard(self, target: str) -> str:
        """The clipboard as target, or "" while there is none (xclip fails when nobody owns it)."""
        result = self.run("xclip", "-o", "-selection", "clipboard", "-t", target, check=False)
        return result.stdout if result.returncode == 0 else ""


def find_window(app: RunningApp) -> str:
    """The id of the app's mapped main window; fail (or skip, if Qt's xcb cannot load) if it exits first."""

    def probe() -> str:
        status = app.process.poll()
        if status is not None:
            stderr = app.stderr()
            if XCB_NOT_LOADED in stderr:
                skip_unless_ci(f"Qt's xcb platform plugin cannot load (system libraries missing):\n{stderr}")
            pytest.fail(f"the app exited with status {status} before showing its window:\n{stderr}")
        found = app.run("xdotool", "search", "--onlyvisible", "--name", WINDOW_NAME, check=False)
        ids = found.stdout.split()
        return ids[0] if found.returncode == 0 and len(ids) == 1 else ""

    return str(wait_for(f"a visible window named {WINDOW_NAME!r}", probe, START_TIMEOUT, app.details))


@contextmanager
def running_app(
    display: str, folder: Path, arguments: Sequence[str] = (), extra_env: Mapping[str, str | None] | None = None
) -> Iterator[RunningApp]:
    """``python -m qingdao_viewer [arguments]`` on display, its window found; killed if still running at the end.

    extra_env adds to the environment (a variable given as None is taken out of it).
    """
    env = display_env(display)
    for name, value in (extra_env or {}).items():
        if value is None:
            env.pop(name, None)
        else:
            env[name] = value
    stderr_path = folder / "app-stderr.txt"
    with open(stderr_path, "wb") as stream:
        process = subprocess.Popen(
            [sys.executable, "-m", "qingdao_viewer", *arguments],
            env=env,
            cwd=folder,
            stdin=subprocess.DEVNULL,
            stdout=stream,
            stderr=stream,
        )
    app = RunningApp(process, env, stderr_path)
    try:
        app.window = find_window(app)
        yield app
    finally:
        stop(process)
