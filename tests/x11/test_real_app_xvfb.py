"""The real app in a real X window: keyboard shortcuts and the X clipboard, under Xvfb.

Starts Xvfb, runs ``python -m qingdao_viewer`` on it in a subprocess (the xcb platform, not
the offscreen one the in-process tests use), types at it with xdotool and reads the
clipboard with xclip from another process, as a paste into another program would.

There is no window manager, so nothing gives the window the input focus: the test sets it
with ``xdotool windowfocus --sync`` (XSetInputFocus, then waits until the server reports
it) and checks it took before typing. Keys then go through XTEST to the focused window,
as real key presses do; ``xdotool key --window`` would use XSendEvent, which Qt ignores.
"""

from __future__ import annotations

import os
import select
import shutil
import struct
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
GRAB_SCREEN = Path(__file__).resolve().with_name("grab_screen.py")
SCREENSHOT = REPO / "build" / "test-artifacts" / "xvfb-patents.png"

TOOLS = ("Xvfb", "xdotool", "xclip")
WINDOW_NAME = "Qingdao, China"
XCB_NOT_LOADED = 'Could not load the Qt platform plugin "xcb"'

# Ctrl+A, Ctrl+C on the Patents tab's first table: every cell, no header row (a selection).
EXPECTED_PLAIN = (
    "1\tQINGDAO HAIER AIR CONDITIONER GENERAL\t2,131\t25%\n"
    "2\tQINGDAO HAIER WASHING MACHINE\t881\t10%\n"
    "3\tQINGDAO HAIER REFRIGERATOR\t732\t9%\n"
)

START_TIMEOUT = 30.0  # the app's window appearing: Python, Qt and pyqtgraph imports
STEP_TIMEOUT = 10.0  # any one xdotool or xclip call
CLIPBOARD_TIMEOUT = 5.0
QUIT_TIMEOUT = 5.0
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


@pytest.fixture(scope="module")
def x_display(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A fresh Xvfb on a free display (":N"), stopped when the module's tests are done."""
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if missing:
        skip_unless_ci(f"{', '.join(missing)} not installed: apt-get install xvfb xdotool xclip")
    log = tmp_path_factory.mktemp("xvfb") / "xvfb.log"
    read_end, write_end = os.pipe()
    with open(log, "wb") as log_stream:
        xvfb = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1280x900x24", "-nolisten", "tcp"],
            pass_fds=(write_end,),
            stdin=subprocess.DEVNULL,
            stdout=log_stream,
            stderr=log_stream,
        )
    os.close(write_end)
    try:
        yield ":" + read_display_number(read_end, xvfb, log)
    finally:
        os.close(read_end)
        stop(xvfb)


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


@pytest.fixture
def running_app(x_display: str, tmp_path: Path) -> Iterator[RunningApp]:
    """``python -m qingdao_viewer`` on the Xvfb display, its window found; killed if still running at the end."""
    env = dict(os.environ)
    env.update(DISPLAY=x_display, QT_QPA_PLATFORM="xcb")
    env.pop("WAYLAND_DISPLAY", None)
    # The code under test is this checkout's, however the package happens to be installed.
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    stderr_path = tmp_path / "app-stderr.txt"
    with open(stderr_path, "wb") as stream:
        process = subprocess.Popen(
            [sys.executable, "-m", "qingdao_viewer"],
            env=env,
            cwd=tmp_path,
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


def png_size(path: Path) -> tuple[int, int]:
    """Width and height from a PNG's IHDR chunk, which always comes first."""
    head = path.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n" and head[12:16] == b"IHDR", f"{path} is not a PNG"
    width, height = struct.unpack(">II", head[16:24])
    return width, height


@pytest.mark.xvfb
def test_copy_patents_table_with_keyboard_then_quit(running_app: RunningApp) -> None:
    app = running_app

    # No window manager: give the window the input focus and check that it has it.
    app.run("xdotool", "windowfocus", "--sync", app.window)
    focused = app.run("xdotool", "getwindowfocus").stdout.strip()
    assert focused == app.window, f"focus is on window {focused}, not the app's {app.window}{app.details()}"

    # Ctrl+2 shows Patents and focuses its first table; Ctrl+A selects every cell; Ctrl+C copies.
    for keys in ("ctrl+2", "ctrl+a", "ctrl+c"):
        app.key(keys)

    wait_for(
        "the Patents table's TSV on the X clipboard",
        lambda: app.clipboard("text/plain") == EXPECTED_PLAIN,
        CLIPBOARD_TIMEOUT,
        lambda: f"\nclipboard text/plain: {app.clipboard('text/plain')!r}{app.details()}",
    )
    assert app.clipboard("UTF8_STRING") == EXPECTED_PLAIN  # what older X programs ask for
    html = app.clipboard("text/html")
    assert "<table>" in html, html
    assert "<td>QINGDAO HAIER AIR CONDITIONER GENERAL</td>" in html, html
    assert '<td style="text-align:right">2,131</td>' in html, html

    # The whole screen, kept as a build artifact: the Patents tab with the table selected.
    SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
    SCREENSHOT.unlink(missing_ok=True)
    grabbed = app.run(sys.executable, str(GRAB_SCREEN), str(SCREENSHOT))
    assert SCREENSHOT.is_file(), f"no screenshot at {SCREENSHOT}: {grabbed.stdout}{grabbed.stderr}"
    width, height = png_size(SCREENSHOT)
    assert (width, height) == tuple(map(int, grabbed.stdout.split("x"))), grabbed.stdout
    assert width >= 800 and height >= 500, f"screenshot is only {width}x{height}"

    # Ctrl+Q closes the window; the app exits on its own, with status 0.
    app.key("ctrl+q")
    try:
        status = app.process.wait(QUIT_TIMEOUT)
    except subprocess.TimeoutExpired:
        pytest.fail(f"the app did not exit within {QUIT_TIMEOUT:g} s of Ctrl+Q{app.details()}")
    assert status == 0, f"the app exited with status {status} on Ctrl+Q{app.details()}"
