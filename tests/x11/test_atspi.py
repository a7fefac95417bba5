"""The real app read by a real screen-reader client: its AT-SPI tree and its Tab order, under Xvfb.

Starts a D-Bus session bus of its own, the accessibility bus on it (at-spi2-core's
``at-spi-bus-launcher --launch-immediately``) and the app with
``QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1`` on a fresh Xvfb. atspi_probe.py, run by the system
Python (which has Debian's python3-pyatspi), reads the app as Orca would: the application's
name and description, every object of its tree, the tabs, every table's headers and cells;
then xdotool presses Tab through each tab of the window and the probe says which object has
the focus at each stop. The walk's summary is kept as build/test-artifacts/atspi-walk.json.
"""

from __future__ import annotations

import json
import os
import select
import shutil
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from x_session import ARTIFACTS, STEP_TIMEOUT, RunningApp, running_app, skip_unless_ci, stop, wait_for

from qingdao_viewer.profile import load_profile
from qingdao_viewer.tables import Table, build_tables
from qingdao_viewer.ui.accessibility import DESCRIPTION
from qingdao_viewer.ui.actions import TAB_TITLES

pytestmark = pytest.mark.xvfb

REPO = Path(__file__).resolve().parents[2]
EMBEDDED = REPO / "data" / "qingdao-2024.yaml"
SYSTEM_PYTHON = "/usr/bin/python3"  # Debian's, with python3-pyatspi; the venv has no pyatspi
PROBE = Path(__file__).resolve().with_name("atspi_probe.py")
BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
WALK = ARTIFACTS / "atspi-walk.json"
APP_NAME = "Qingdao Viewer"
READY_TIMEOUT = 60.0  # every tab built, on a busy 2-core machine
PROBE_TIMEOUT = 60.0  # one whole-tree walk over D-Bus
FOCUS_TIMEOUT = 5.0
MAX_STOPS = 40


def require_atspi() -> None:
    """Skip (fail in CI) unless D-Bus, at-spi2-core and the system Python's pyatspi are here."""
    if shutil.which("dbus-daemon") is None or shutil.which("dbus-send") is None:
        skip_unless_ci("dbus-daemon and dbus-send not installed: apt-get install dbus")
    if not Path(BUS_LAUNCHER).is_file():
        skip_unless_ci(f"no {BUS_LAUNCHER}: apt-get install at-spi2-core")
    if not Path(SYSTEM_PYTHON).is_file():
        skip_unless_ci(f"no {SYSTEM_PYTHON} to run the AT-SPI client: apt-get install python3-pyatspi")
    check = subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, text=True, timeout=30)
    if check.returncode != 0:
        skip_unless_ci(f"{SYSTEM_PYTHON} cannot import pyatspi: apt-get install python3-pyatspi\n{check.stderr}")


def read_line(stream: Any, timeout: float, what: str, details: Any) -> str:
    """One line from a pipe within timeout, or fail saying what was awaited."""
    deadline = time.monotonic() + timeout
    data = b""
    while not data.endswith(b"\n"):
        remaining = deadline - time.monotonic()
        ready, _, _ = select.select([stream], [], [], max(remaining, 0))
        if not ready:
            pytest.fail(f"timed out after {timeout:g} s waiting for {what}{details()}")
        chunk = os.read(stream.fileno(), 1 if data.endswith(b"\r") else 65536)
        if not chunk:
            pytest.fail(f"{what}: the pipe closed{details()}")
        data += chunk
    return data.decode("utf-8")


@contextmanager
def session_bus(folder: Path) -> Iterator[str]:
    """A D-Bus session bus of the test's own; its address."""
    log = folder / "dbus.log"
    read_end, write_end = os.pipe()
    with open(log, "wb") as stream:
        daemon = subprocess.Popen(
            ["dbus-daemon", "--session", "--nofork", "--nopidfile", f"--print-address={write_end}"],
            pass_fds=(write_end,),
            stdin=subprocess.DEVNULL,
            stdout=stream,
            stderr=stream,
        )
    os.close(write_end)
    try:
        with os.fdopen(read_end, "rb", buffering=0) as addresses:
            address = read_line(addresses, STEP_TIMEOUT, "the D-Bus session bus's address", lambda: log.read_text())
        yield address.strip()
    finally:
        stop(daemon)


def bus_has(env: dict[str, str], name: str) -> bool:
    asked = subprocess.run(
        ["dbus-send", "--session", "--print-reply", "--dest=org.freedesktop.DBus", "/org/freedesktop/DBus",
         "org.freedesktop.DBus.NameHasOwner", f"string:{name}"],
        env=env, capture_output=True, text=True, timeout=STEP_TIMEOUT,
    )  # fmt: skip
    return asked.returncode == 0 and "boolean true" in asked.stdout


@contextmanager
def accessibility_bus(env: dict[str, str], folder: Path) -> Iterator[None]:
    """at-spi-bus-launcher on the session bus, running the accessibility bus and its registry."""
    log = folder / "at-spi-bus-launcher.log"
    with open(log, "wb") as stream:
        launcher = subprocess.Popen(
            [BUS_LAUNCHER, "--launch-immediately"], env=env, stdin=subprocess.DEVNULL, stdout=stream, stderr=stream
        )
    try:
        up = lambda: bus_has(env, "org.a11y.Bus")  # noqa: E731
        wait_for("the accessibility bus (org.a11y.Bus)", up, STEP_TIMEOUT, log.read_text)
        yield
    finally:
        stop(launcher)


class Probe:
    """atspi_probe.py, asked one JSON request a line."""

    def __init__(self, env: dict[str, str], folder: Path, app: RunningApp):
        self.stderr_path = folder / "atspi-probe-stderr.txt"
        self.app = app
        with open(self.stderr_path, "wb") as stream:
            self.process = subprocess.Popen(
                [SYSTEM_PYTHON, str(PROBE)], env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=stream
            )

    def details(self) -> str:
        return f"\n(probe's stderr:)\n{self.stderr_path.read_text(errors='replace') or '(empty)'}{self.app.details()}"

    def ask(self, request: dict[str, Any], timeout: float = PROBE_TIMEOUT) -> Any:
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write((json.dumps(request) + "\n").encode())
        self.process.stdin.flush()
        return json.loads(read_line(self.process.stdout, timeout, f"the probe's answer to {request}", self.details))

    def close(self) -> None:
        if self.process.poll() is None and self.process.stdin is not None:
            try:
                self.process.stdin.write(b'{"do": "quit"}\n')
                self.process.stdin.close()
                self.process.wait(5)
            except (OSError, subprocess.TimeoutExpired):
                pass
        stop(self.process)  # type: ignore[arg-type]
        if self.process.stdout is not None:
            self.process.stdout.close()


# Qt says these have the focus while their control is not focused too: the current tab (of a
# tab bar), a table's current cell, a list's current item.
ITEM_ROLES = {"page tab", "table cell", "list item"}


def focus_holder(focused: list[dict[str, Any]]) -> dict[str, Any] | None:
    """Of the objects that say they have the focus, the control: not an item, and no focused control inside it.

    (Qt also says so of a widget whose focus proxy has the focus: the tab widget for its tab bar.)
    """
    controls = [obj for obj in focused if obj["role"] not in ITEM_ROLES]
    innermost = [
        obj
        for obj in controls
        if not any(other is not obj and other["path"][: len(obj["path"])] == obj["path"] for other in controls)
    ]
    return innermost[-1] if innermost else None


def stop_key(stop: dict[str, Any]) -> tuple[Any, ...]:
    return stop["role"], stop["name"], tuple(stop["path"])


@dataclass
class Reader:
    app: RunningApp
    probe: Probe
    application: dict[str, Any]
    tree: dict[str, Any]
    walks: dict[str, list[dict[str, Any]]] = field(default_factory=dict)

    def focused(self) -> dict[str, Any] | None:
        """The control that has the focus, as a reader names the Tab stop (``focus_holder``)."""
        return focus_holder(self.probe.ask({"do": "focused"}))

    def focus_moves(self, previous: dict[str, Any] | None, what: str) -> dict[str, Any]:
        """The focused object, once it is another than previous."""

        def moved() -> dict[str, Any] | None:
            now = self.focused()
            return now if now is not None and (previous is None or stop_key(now) != stop_key(previous)) else None

        found: dict[str, Any] = wait_for(what, moved, FOCUS_TIMEOUT, self.probe.details)  # type: ignore[assignment]
        return found

    def walk_tab(self, index: int) -> list[dict[str, Any]]:
        """Ctrl+N shows tab N; then Tab until the focus comes back to a stop already met."""
        title = tab_title(index)
        if title in self.walks:
            return self.walks[title]
        self.app.focus()
        before = self.focused()
        self.app.key(f"ctrl+{index + 1}")
        current = self.focused() if index == 0 else self.focus_moves(before, f"the focus after Ctrl+{index + 1}")
        deadline = time.monotonic() + FOCUS_TIMEOUT
        while current is None and time.monotonic() < deadline:  # Ctrl+1 may leave the focus where it was
            current = self.focused()
        assert current is not None, f"nothing has the focus on the {title} tab{self.probe.details()}"
        stops = [current]
        for _ in range(MAX_STOPS):
            self.app.run("xdotool", "key", "Tab")
            current = self.focus_moves(current, f"the focus to move on with Tab on the {title} tab (after {stops})")
            if any(stop_key(current) == stop_key(met) for met in stops):
                break
            stops.append(current)
        else:
            pytest.fail(f"Tab on the {title} tab never came back to a stop after {MAX_STOPS}: {stops}")
        self.walks[title] = stops
        return stops


def tab_title(index: int) -> str:
    return TAB_TITLES[index].replace("&", "")


def keep_summary(reader: Reader) -> None:
    tree = reader.tree
    summary = {
        "application": reader.application,
        "objects": tree["objects"],
        "roles": tree["roles"],
        "focusable": len(tree["focusable"]),
        "focusable_without_name": [obj for obj in tree["focusable"] if not obj["name"].strip()],
        "tabs": tree["tabs"],
        "tables": {table["name"]: f"{table['rows']} x {table['columns']}" for table in tree["tables"]},
        "tab_stops": {
            title: [f"{stop['role']}: {stop['name']}" for stop in stops] for title, stops in reader.walks.items()
        },
    }
    WALK.parent.mkdir(parents=True, exist_ok=True)
    WALK.write_text(json.dumps(summary, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


@pytest.fixture(scope="module")
def reader(x_display: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Reader]:
    require_atspi()
    folder = tmp_path_factory.mktemp("atspi")
    with session_bus(folder) as address:
        env = dict(os.environ, DISPLAY=x_display, DBUS_SESSION_BUS_ADDRESS=address)
        env.pop("AT_SPI_BUS_ADDRESS", None)
        with accessibility_bus(env, folder):
            ready = folder / "ready"
            user = {name: str(folder / name.lower()) for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME")}
            for path in user.values():
                Path(path).mkdir()
            app_env: dict[str, str | None] = {
                "DBUS_SESSION_BUS_ADDRESS": address,
                "AT_SPI_BUS_ADDRESS": None,  # the accessibility bus is the one on this session bus
                "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
                "QINGDAO_VIEWER_READY_FILE": str(ready),
                **user,
            }
            with running_app(x_display, folder, ["--lang", "en", str(EMBEDDED)], extra_env=app_env) as app:
                wait_for("every tab built (the ready file)", ready.exists, READY_TIMEOUT, app.details)
                probe = Probe(env, folder, app)
                try:
                    application = probe.ask({"do": "wait", "name": APP_NAME, "timeout": 30})
                    tree = probe.ask({"do": "tree"})
                    found = Reader(app, probe, application, tree)
                    yield found
                    keep_summary(found)
                finally:
                    probe.close()


def embedded_tables() -> list[Table]:
    return list(build_tables(load_profile(str(EMBEDDED))).all)


def test_the_application_says_its_own_name_and_what_it_is(reader: Reader) -> None:
    assert reader.application["name"] == APP_NAME
    assert reader.application["description"] == DESCRIPTION
    assert "python" not in reader.application["description"].lower()
    assert reader.tree["name"] == APP_NAME


def test_every_focusable_object_has_a_name(reader: Reader) -> None:
    focusable = reader.tree["focusable"]
    assert len(focusable) > 50, f"only {len(focusable)} focusable objects: is this the whole window?"
    unnamed = [obj for obj in focusable if not obj["name"].strip()]
    assert not unnamed, f"{len(unnamed)} focusable objects without a name: {unnamed}"


def test_the_tabs_are_read_by_their_titles(reader: Reader) -> None:
    assert reader.tree["tabs"] == [tab_title(index) for index in range(len(TAB_TITLES))]


def test_every_table_reads_its_headers_and_cells(reader: Reader) -> None:
    profile = build_tables(load_profile(str(EMBEDDED)))
    # Every table a tab shows (the key figures are the Overview's cards, copied with a button).
    expected = {table.title: table for table in profile.all if table.rows and table is not profile.key_figures}
    read = {table["name"]: table for table in reader.tree["tables"]}
    assert set(read) == set(expected), f"tables read: {sorted(read)}; tables with rows: {sorted(expected)}"
    for title, table in expected.items():
        got = read[title]
        assert got["headers"] == [column.header for column in table.columns], title
        assert got["cells"] == [
            [table.display(row, column) for column in range(len(table.columns))] for row in range(len(table.rows))
        ], title


def test_the_source_line_reads_its_text_and_says_what_it_is(reader: Reader) -> None:
    tables = embedded_tables()
    attributions = {table.attribution for table in tables}
    sources = [obj for obj in reader.tree["focusable"] if obj["description"] == "Source and licence"]
    assert sources, "no object described as the source and licence"
    for source in sources:
        assert source["role"] == "label" and source["name"] in attributions, source


@pytest.mark.parametrize("index", range(len(TAB_TITLES)), ids=[tab_title(i) for i in range(len(TAB_TITLES))])
def test_tab_stops_are_named_and_reach_the_charts(reader: Reader, index: int) -> None:
    stops = reader.walk_tab(index)
    unnamed = [stop for stop in stops if not stop["name"].strip()]
    assert not unnamed, f"Tab stops without a name on the {tab_title(index)} tab: {unnamed}"
    assert all(stop["showing"] for stop in stops), stops
    names = [stop["name"] for stop in stops]
    assert tab_title(index) in names, f"the tab bar is not a Tab stop: {names}"  # the tab bar, read as its current tab
    if index == 0:
        assert "Copy key figures" in names, names
        return
    charts = [name for name in names if name.startswith("Chart: ")]
    tables = [table.title for table in embedded_tables() if table.rows and table.chart is not None]
    shown_tables = [name for name in names if name in {table.title for table in embedded_tables()}]
    assert shown_tables, f"no table is a Tab stop on the {tab_title(index)} tab: {names}"
    expected_charts = [f"Chart: {title}" for title in shown_tables if title in tables]
    assert charts == expected_charts, f"charts reached with Tab: {charts}; expected {expected_charts}"


def test_the_window_class_is_the_apps_as_the_desktop_entry_says(reader: Reader) -> None:
    """``python -m qingdao_viewer`` runs ``__main__.py``; the window's class (WM_CLASS) is still the app's."""
    if shutil.which("xprop") is None:
        skip_unless_ci("xprop not installed: apt-get install x11-utils")
    shown = reader.app.run("xprop", "-id", reader.app.window, "WM_CLASS").stdout.strip()
    entry = (REPO / "resources" / "io.github.qingdaoviewer.QingdaoViewer.desktop").read_text(encoding="utf-8")
    startup_class = next(line.split("=", 1)[1] for line in entry.splitlines() if line.startswith("StartupWMClass="))
    assert shown == f'WM_CLASS(STRING) = "{startup_class}", "{startup_class}"', shown


def test_ctrl_q_quits_cleanly_while_a_reader_listens(reader: Reader) -> None:
    """Last: the app's own accessible application object goes away with the app, which exits with status 0."""
    for index in range(len(TAB_TITLES)):
        reader.walk_tab(index)  # every walk done (and kept) before the window closes, whatever ran before
    reader.app.focus()
    reader.app.key("ctrl+q")
    try:
        status = reader.app.process.wait(10)
    except subprocess.TimeoutExpired:
        pytest.fail(f"the app did not exit within 10 s of Ctrl+Q{reader.app.details()}")
    assert status == 0, f"the app exited with status {status}{reader.app.details()}"
