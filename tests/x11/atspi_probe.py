"""Read the running app as a screen reader does, over AT-SPI, and answer as JSON.

Run by test_atspi.py with the system Python (``/usr/bin/python3``, which has Debian's
python3-pyatspi; the venv has no pyatspi), on the test's own D-Bus session bus and
accessibility bus. Reads one request a line on stdin and answers each with one JSON line:

- ``{"do": "wait", "name": "Qingdao Viewer", "timeout": 30}``: waits until the desktop lists
  an application of that name; answers its name, description and the names of all the
  applications listed.
- ``{"do": "tree"}``: walks the whole accessible tree of that application, hidden parts too
  (tabs not shown, menus); answers how many objects it holds, by role, every focusable object
  (role, name, description, whether it shows, its path of child indexes), the page tabs and
  every table with its column headers and cells as the reader gets them.
- ``{"do": "focused"}``: every object that says it has the keyboard focus (searching only
  what shows), outermost first.
- ``{"do": "quit"}``: ends the probe.
"""

from __future__ import annotations

import json
import sys
import time
from typing import Any

import pyatspi  # Debian's python3-pyatspi, in the system Python only

POLL = 0.05
MAX_OBJECTS = 20000  # a tree past this is a bug (a cycle), not a window


def fail(message: str) -> None:
    print(f"atspi_probe: {message}", file=sys.stderr, flush=True)
    raise SystemExit(1)


def applications() -> list[Any]:
    desktop = pyatspi.Registry.getDesktop(0)
    return [app for app in desktop if app is not None]


def find_application(name: str) -> Any:
    for app in applications():
        try:
            if app.name == name:
                return app
        except Exception:  # an application that left while being asked
            continue
    return None


def wait_for_application(name: str, timeout: float) -> Any:
    deadline = time.monotonic() + timeout
    while True:
        app = find_application(name)
        if app is not None:
            return app
        if time.monotonic() > deadline:
            listed = []
            for other in applications():
                try:
                    listed.append(other.name)
                except Exception:
                    listed.append("?")
            fail(f"no application named {name!r} within {timeout:g} s; the desktop lists {listed}")
        time.sleep(POLL)


def describe(node: Any, path: list[int]) -> dict[str, Any]:
    states = node.getState()
    return {
        "role": node.getRoleName(),
        "name": node.name or "",
        "description": node.description or "",
        "showing": states.contains(pyatspi.STATE_SHOWING),
        "focusable": states.contains(pyatspi.STATE_FOCUSABLE),
        "focused": states.contains(pyatspi.STATE_FOCUSED),
        "path": path,
    }


def children(node: Any) -> list[tuple[int, Any]]:
    found = []
    for index in range(node.childCount):
        child = node.getChildAtIndex(index)
        if child is not None:
            found.append((index, child))
    return found


def read_table(node: Any) -> dict[str, Any]:
    """What a reader gets of a table: its name, its size, its column headers and every cell's name."""
    table = node.queryTable()
    rows, columns = table.nRows, table.nColumns
    headers = []
    for column in range(columns):
        header = table.getColumnHeader(column)
        headers.append(header.name if header is not None else table.getColumnDescription(column))
    cells = []
    for row in range(rows):
        line = []
        for column in range(columns):
            cell = table.getAccessibleAt(row, column)
            line.append(cell.name if cell is not None else None)
        cells.append(line)
    return {"name": node.name or "", "rows": rows, "columns": columns, "headers": headers, "cells": cells}


def walk(app: Any) -> dict[str, Any]:
    roles: dict[str, int] = {}
    focusable: list[dict[str, Any]] = []
    tabs: list[str] = []
    tables: list[dict[str, Any]] = []
    count = 0
    stack: list[tuple[Any, list[int]]] = [(app, [])]
    while stack:
        node, path = stack.pop()
        count += 1
        if count > MAX_OBJECTS:
            fail(f"more than {MAX_OBJECTS} objects: a cycle in the tree?")
        described = describe(node, path)
        roles[described["role"]] = roles.get(described["role"], 0) + 1
        if described["focusable"]:
            focusable.append(described)
        role = node.getRole()
        if role == pyatspi.ROLE_PAGE_TAB:
            tabs.append(described["name"])
        if role == pyatspi.ROLE_TABLE:
            tables.append(read_table(node))
        stack.extend((child, [*path, index]) for index, child in reversed(children(node)))
    return {
        "name": app.name,
        "description": app.description,
        "objects": count,
        "roles": roles,
        "focusable": focusable,
        "tabs": tabs,
        "tables": tables,
    }


def focused(app: Any) -> list[dict[str, Any]]:
    """Every object that says it has the focus, outermost first, looking only into what shows.

    Qt says so of the focused widget, of a widget whose focus proxy has it (the tab widget
    for its tab bar) and of a focused table's current cell.
    """
    found = []
    stack: list[tuple[Any, list[int]]] = [(app, [])]
    while stack:
        node, path = stack.pop()
        states = node.getState()
        if path and not states.contains(pyatspi.STATE_SHOWING):
            continue
        if states.contains(pyatspi.STATE_FOCUSED):
            found.append(describe(node, path))
        stack.extend((child, [*path, index]) for index, child in reversed(children(node)))
    return found


def main() -> None:
    app = None
    name = ""
    for line in sys.stdin:
        request = json.loads(line)
        action = request["do"]
        if action == "wait":
            name = request["name"]
            app = wait_for_application(name, float(request.get("timeout", 30)))
            answer: Any = {
                "name": app.name,
                "description": app.description,
                "applications": [other.name for other in applications()],
            }
        elif action == "quit":
            break
        elif app is None:
            fail(f"{action!r} before 'wait'")
        elif action == "tree":
            answer = walk(app)
        elif action == "focused":
            answer = focused(app)
        else:
            fail(f"unknown request {action!r}")
        print(json.dumps(answer, ensure_ascii=False), flush=True)


if __name__ == "__main__":
    main()
