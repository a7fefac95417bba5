"""The real app in a real X window: keyboard shortcuts and the X clipboard, under Xvfb.

Starts Xvfb, runs ``python -m qingdao_viewer`` on it in a subprocess, types at it with
xdotool and reads the clipboard with xclip from another process, as a paste into another
program would (how, and why ``windowfocus``: x_session.py).
"""

from __future__ import annotations

import struct
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from x_session import ARTIFACTS, CLIPBOARD_TIMEOUT, RunningApp, running_app, wait_for

GRAB_SCREEN = Path(__file__).resolve().with_name("grab_screen.py")
SCREENSHOT = ARTIFACTS / "xvfb-patents.png"

# Ctrl+A, Ctrl+C on the Patents tab's first table: every cell, under the header row.
EXPECTED_PLAIN = (
    "Rank\tApplicant\tPCT applications\tShare\n"
    "1\tQINGDAO HAIER AIR CONDITIONER GENERAL\t2131\t25%\n"
    "2\tQINGDAO HAIER WASHING MACHINE\t881\t10%\n"
    "3\tQINGDAO HAIER REFRIGERATOR\t732\t9%\n"
)

QUIT_TIMEOUT = 5.0


@pytest.fixture
def app(x_display: str, tmp_path: Path) -> Iterator[RunningApp]:
    """The app with the embedded profile on the Xvfb display, its window found."""
    with running_app(x_display, tmp_path) as started:
        yield started


def png_size(path: Path) -> tuple[int, int]:
    """Width and height from a PNG's IHDR chunk, which always comes first."""
    head = path.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n" and head[12:16] == b"IHDR", f"{path} is not a PNG"
    width, height = struct.unpack(">II", head[16:24])
    return width, height


@pytest.mark.xvfb
def test_copy_patents_table_with_keyboard_then_quit(app: RunningApp) -> None:
    app.focus()

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
    assert html.startswith("<html") and "<table>" in html, html
    assert '<td class="t" sdnum="1033;0;@">QINGDAO HAIER AIR CONDITIONER GENERAL</td>' in html, html
    assert '<td class="c" sdnum="1033;0;#,##0" sdval="2131" x:num="2131">2,131</td>' in html, html

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
