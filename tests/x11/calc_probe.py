"""Paste the X clipboard into a running LibreOffice Calc and read every cell back, as JSON.

Run by test_calc_paste.py with the system Python (``/usr/bin/python3``, which has Debian's
python3-uno; the venv has no UNO). Reads a request on stdin::

    {"port": 2002, "timeout": 30, "steps": [
        {"do": "wait"},
        {"do": "paste", "sheet": "name", "command": ".uno:Paste", "dialog": "Import Options"},
        {"do": "quit"}]}

and prints ``{"locale": "en-US", "sheets": {"name": {...}}}``: for each pasted sheet, every cell
of the used area (type, value, text, formula, number format) and each column's SUM as Calc
computes it. ``wait`` waits until Calc accepts connections and has a spreadsheet open;
``paste`` adds a sheet, selects its A1 and dispatches the paste command, then takes the
defaults of the dialog Calc opens (whose title matches ``dialog``: an HTML paste asks for
import options, a text paste of several lines opens Text Import) by pressing its default
button, as a user who just presses Enter does; ``quit`` closes the documents without saving
and ends Calc.
"""

from __future__ import annotations

import contextlib
import json
import re
import sys
import threading
import time
from typing import Any

import uno  # Debian's python3-uno, in the system Python only
from com.sun.star.accessibility.AccessibleRole import DIALOG, FILLER, PANEL, PUSH_BUTTON
from com.sun.star.accessibility.AccessibleStateType import DEFAULT, SHOWING

POLL = 0.05
ATTEMPTS = 3  # pastes of one step at most, each but the last given a third of the timeout


def fail(message: str) -> None:
    print(f"calc_probe: {message}", file=sys.stderr)
    raise SystemExit(1)


def wait_for(what: str, probe: Any, timeout: float) -> Any:
    deadline = time.monotonic() + timeout
    while True:
        result = probe()
        if result:
            return result
        if time.monotonic() > deadline:
            fail(f"timed out after {timeout:g} s waiting for {what}")
        time.sleep(POLL)


def connect(port: int, timeout: float) -> Any:
    """The remote component context, once Calc listens on port."""
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    url = f"uno:socket,host=127.0.0.1,port={port};urp;StarOffice.ComponentContext"

    def attempt() -> Any:
        try:
            return resolver.resolve(url)
        except Exception:  # NoConnectException until Calc listens
            return None

    return wait_for(f"Calc to listen on port {port}", attempt, timeout)


def spreadsheet(desktop: Any) -> Any:
    """The spreadsheet `soffice --calc` opened, or None while it loads."""
    components = desktop.getComponents().createEnumeration()
    while components.hasMoreElements():
        component = components.nextElement()
        if component.supportsService("com.sun.star.sheet.SpreadsheetDocument"):
            return component
    return None


def cell_record(cell: Any, formats: Any) -> dict[str, Any]:
    key = cell.NumberFormat
    try:
        number_format = formats.getByKey(key).FormatString
    except Exception:  # a key the document's formatter does not know: Calc shows such cells as General
        number_format = f"?{key}"
    return {
        "type": cell.getType().value,  # EMPTY, VALUE, TEXT or FORMULA
        "value": cell.getValue(),
        "text": cell.getString(),
        "formula": cell.getFormula(),
        "format": number_format,
    }


def read_sheet(document: Any, sheet: Any) -> dict[str, Any]:
    cursor = sheet.createCursor()
    cursor.gotoEndOfUsedArea(False)
    address = cursor.getRangeAddress()
    last_column, last_row = address.EndColumn, address.EndRow
    formats = document.getNumberFormats()
    cells = [
        [cell_record(sheet.getCellByPosition(column, row), formats) for column in range(last_column + 1)]
        for row in range(last_row + 1)
    ]
    # Each column's sum as Calc computes it (text cells count as nothing), in a row below, then removed.
    sums = []
    below = last_row + 2
    for column in range(last_column + 1):
        target = sheet.getCellByPosition(column, below)
        top = sheet.getCellByPosition(column, 0).AbsoluteName.split(".")[-1].replace("$", "")
        bottom = sheet.getCellByPosition(column, last_row).AbsoluteName.split(".")[-1].replace("$", "")
        target.setFormula(f"=SUM({top}:{bottom})")
        sums.append(target.getValue())
        target.setString("")
    return {"cells": cells, "column_sums": sums}


def dialog_named(toolkit: Any, pattern: str) -> Any:
    """Calc's dialog whose title matches pattern, once it shows, else None."""
    for index in range(toolkit.getTopWindowCount()):
        try:
            context = toolkit.getTopWindow(index).getAccessibleContext()
            if (
                context.getAccessibleRole() == DIALOG
                and re.fullmatch(pattern, context.getAccessibleName())
                and context.getAccessibleStateSet().contains(SHOWING)
            ):
                return context
        except Exception:  # a window closing while it is looked at
            continue
    return None


def default_button(context: Any) -> Any:
    """The dialog's default button (the one Enter presses), found among its panels' children.

    Only panels are searched: lists (the 271 locales) and the preview table are not gone through.
    """
    for index in range(context.getAccessibleChildCount()):
        child = context.getAccessibleChild(index)
        if hasattr(child, "getAccessibleContext"):  # an accessible; some children are contexts already
            child = child.getAccessibleContext()
        role = child.getAccessibleRole()
        if role == PUSH_BUTTON and child.getAccessibleStateSet().contains(DEFAULT):
            return child
        if role in (PANEL, FILLER):
            found = default_button(child)
            if found is not None:
                return found
    return None


def answer_dialog(toolkit: Any, pattern: str, command: str, timeout: float) -> None:
    """Take the dialog's defaults, as Enter does: press its default button, until the dialog closes.

    Not with a key press: under Xvfb, with no window manager, Calc sometimes never gives the
    dialog its own keyboard focus, and then drops every key (about one paste in ten); the
    default button's accessible action is what Enter would do, and always arrives.
    """
    wait_for(f"Calc's dialog {pattern!r} after {command}", lambda: dialog_named(toolkit, pattern), timeout)
    deadline = time.monotonic() + timeout
    while (dialog := dialog_named(toolkit, pattern)) is not None:
        if time.monotonic() > deadline:
            fail(f"timed out after {timeout:g} s waiting for the dialog {pattern!r} to close")
        button = default_button(dialog)
        if button is None:
            fail(f"the dialog {pattern!r} has no default button")
        with contextlib.suppress(Exception):  # the dialog goes as the button is pressed
            button.doAccessibleAction(0)
        pressed = time.monotonic()
        while time.monotonic() - pressed < 1.0 and dialog_named(toolkit, pattern) is not None:
            time.sleep(POLL)


def sheet_states(document: Any) -> str:
    """Each sheet's name and whether its A1 holds something, and which sheet is active: for a failure's message."""
    sheets = document.getSheets()
    active = document.getCurrentController().getActiveSheet().getName()
    states = []
    for index in range(sheets.getCount()):
        sheet = sheets.getByIndex(index)
        states.append(f"{sheet.getName()!r}: A1 {sheet.getCellByPosition(0, 0).getType().value}")
    return f"active sheet {active!r}; " + ", ".join(states)


def dispatch_paste(context: Any, document: Any, sheet: Any, step: dict[str, Any], timeout: float) -> None:
    """Make sheet's A1 the selection (checked, not assumed), dispatch the paste and take its dialog's defaults."""
    controller = document.getCurrentController()
    controller.setActiveSheet(sheet)
    controller.select(sheet.getCellRangeByName("A1"))
    wait_for(
        f"the sheet {step['sheet']!r} to be active",
        lambda: controller.getActiveSheet().getName() == step["sheet"],
        timeout,
    )
    helper = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.DispatchHelper", context)
    errors: list[BaseException] = []

    def dispatch() -> None:
        try:
            helper.executeDispatch(controller.getFrame(), step["command"], "", 0, ())
        except BaseException as error:
            errors.append(error)

    # The dispatch does not return while a modal dialog is open: run it aside, answer the dialog here.
    worker = threading.Thread(target=dispatch, daemon=True)
    worker.start()
    dialog = step.get("dialog")
    if dialog:
        toolkit = context.ServiceManager.createInstanceWithContext("com.sun.star.awt.Toolkit", context)
        answer_dialog(toolkit, dialog, step["command"], timeout)
    worker.join(timeout)
    if worker.is_alive():
        fail(f"{step['command']} did not return within {timeout:g} s")
    if errors:
        fail(f"{step['command']} failed: {errors[0]!r}")


def paste(context: Any, document: Any, step: dict[str, Any], timeout: float) -> dict[str, Any]:
    """Paste into a new sheet and read it back.

    Every copy starts with a cell that has something in it (a header or a row's first figure).
    Under a loaded Xvfb Calc has, rarely, taken the dialog's defaults and pasted nothing (a CI
    run saw it in both Calcs at once, another in one Calc, once in 68 pastes): then the paste is
    made again (up to ATTEMPTS in all), as a user whose paste did nothing pastes again, and each
    failed attempt's state is reported on stderr. What is pasted is checked by the tests,
    whichever attempt made it.
    """
    sheets = document.getSheets()
    name = step["sheet"]
    sheets.insertNewByName(name, sheets.getCount())
    sheet = sheets.getByName(name)

    def pasted() -> bool:
        return sheet.getCellByPosition(0, 0).getType().value != "EMPTY"

    for attempt in range(1, ATTEMPTS + 1):
        dispatch_paste(context, document, sheet, step, timeout)
        last = attempt == ATTEMPTS
        deadline = time.monotonic() + (timeout if last else timeout / 3)
        while not pasted() and time.monotonic() < deadline:
            time.sleep(POLL)
        if pasted():
            break
        if last:
            state = sheet_states(document)
            fail(f"{step['command']} pasted nothing in {ATTEMPTS} attempts ({state})")
        print(
            f"calc_probe: {step['command']} pasted nothing into {name!r} within {timeout / 3:g} s "
            f"(attempt {attempt} of {ATTEMPTS}; {sheet_states(document)}); pasting again",
            file=sys.stderr,
        )
    return read_sheet(document, sheet)


def main() -> int:
    request = json.loads(sys.argv[1])
    timeout = float(request.get("timeout", 30))
    context = connect(int(request["port"]), timeout)
    desktop = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
    document = wait_for("Calc's spreadsheet", lambda: spreadsheet(desktop), timeout)
    char_locale = document.CharLocale
    answer: dict[str, Any] = {"locale": f"{char_locale.Language}-{char_locale.Country}", "sheets": {}}
    for step in request["steps"]:
        if step["do"] == "paste":
            answer["sheets"][step["sheet"]] = paste(context, document, step, timeout)
        elif step["do"] == "quit":
            document.setModified(False)
            document.close(True)
            with contextlib.suppress(Exception):  # the bridge goes down as Calc ends
                desktop.terminate()
        elif step["do"] != "wait":
            fail(f"unknown step {step!r}")
    print(json.dumps(answer, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
