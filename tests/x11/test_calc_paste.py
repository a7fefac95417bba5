"""The real app's copies pasted into a real LibreOffice Calc, in an en-US and a de-DE Calc.

One Xvfb, the app (``python -m qingdao_viewer``) and two Calcs on it: ``soffice --calc`` with a
profile of its own, started with ``LANG``/``LC_ALL`` en_US.UTF-8 and de_DE.UTF-8 (Calc takes its
locale from them; ``soffice --headless`` would not paste the X clipboard). xdotool copies in the
app, four ways: Ctrl+A, Ctrl+C on the Patents table; Edit > Copy table on it; Copy table on a
table of names a spreadsheet could take for formulas or numbers; and the Overview's key figures,
where this profile gives no periods (missing figures). After each copy, calc_probe.py (run by
the system Python, which has python3-uno) pastes the X clipboard into both Calcs twice, into a
new sheet each time: ``.uno:Paste``, for which Calc takes the HTML flavour and asks for import
options, and ``.uno:PasteUnformatted``, the tab-separated text, for which it opens Text
Import; the probe takes the dialogs' defaults (their default button, the one Enter presses). It
reads every cell back: type, value, text as shown and number format. What Calc held is kept in
build/test-artifacts/calc-paste.json and calc-paste.txt. One Calc start per locale, both at
once; the whole module takes about 10 to 20 s.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import socket
import subprocess
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from x_session import ARTIFACTS, CLIPBOARD_TIMEOUT, REPO, RunningApp, running_app, skip_unless_ci, wait_for

from qingdao_viewer.export.formula_guard import inert
from qingdao_viewer.profile import load_profile
from qingdao_viewer.tables import Kind, ProfileTables, Table, build_tables

pytestmark = pytest.mark.xvfb

SYSTEM_PYTHON = "/usr/bin/python3"  # Debian's, with python3-uno; the venv cannot import uno
PROBE = Path(__file__).resolve().with_name("calc_probe.py")
EMBEDDED = REPO / "data" / "qingdao-2024.yaml"

LOCALES = {"en-US": "en_US.UTF-8", "de-DE": "de_DE.UTF-8"}
# How each flavour is pasted, and the dialog Calc opens for it (its English and German titles).
FLAVOURS = {
    "html": (".uno:Paste", "Import Options|Importoptionen"),
    "text": (".uno:PasteUnformatted", "Text Import|Textimport"),
}

# Names a spreadsheet would run as formulas, or read as numbers, or must decode as UTF-8.
TRICKY_NAMES = ('=HYPERLINK("http://x","y")', "+1", "-1", "@SUM(A1)", "1,000 LABS", "00123", "青岛大学 – Østerby")
# Tab-separated text carries no cell types: Calc, like any spreadsheet, reads these as numbers.
NUMBER_LIKE_NAMES = {"00123"}

CALC_TIMEOUT = 60.0  # Calc's first start with a fresh profile, on a busy machine
PASTE_TIMEOUT = 30.0
QUIT_TIMEOUT = 15.0


@dataclass(frozen=True)
class Copy:
    """One way of copying in the app: the keys typed, a text the copy holds, the table copied."""

    keys: tuple[str, ...]
    marker: str
    table: Callable[[ProfileTables], Table]


COPIES = {
    # Ctrl+2: Patents, its table focused; Ctrl+A selects every cell; Ctrl+C copies.
    "ctrl-a": Copy(("ctrl+2", "ctrl+a", "ctrl+c"), "QINGDAO HAIER", lambda tables: tables.patent_applicants),
    # Edit > Copy table, on the table in use: Patents', then Publications', then the Overview's key figures.
    "copy-table": Copy(("alt+e", "t"), "CC BY 4.0", lambda tables: tables.patent_applicants),
    "tricky-names": Copy(("ctrl+3", "alt+e", "t"), "HYPERLINK", lambda tables: tables.publishing_organizations),
    "key-figures": Copy(("ctrl+1", "alt+e", "t"), "Economy", lambda tables: tables.key_figures),
}


def tricky_profile(folder: Path) -> Path:
    """The embedded profile with TRICKY_NAMES as its publishing organizations and no periods."""
    rows = "".join(
        f"    - {{name: {json.dumps(name, ensure_ascii=False)}, count: {700 - 100 * index}, share: {10 - index}}}\n"
        for index, name in enumerate(TRICKY_NAMES)
    )
    lines = EMBEDDED.read_text(encoding="utf-8").splitlines(keepends=True)
    kept: list[str] = []
    skipping = ""
    for line in lines:
        if skipping and line.startswith(skipping):
            continue
        skipping = ""
        if line.startswith("periods:"):
            skipping = "  "
            continue
        if line.startswith("  top_organizations:"):
            kept.append(line + rows)
            skipping = "    - "
            continue
        kept.append(line)
    path = folder / "tricky.yaml"
    path.write_text("".join(kept), encoding="utf-8")
    return path


# -- what the machine needs -------------------------------------------------------------------------


def require_calc() -> None:
    """Skip (fail in CI) unless soffice, the system Python's UNO and both locales are here."""
    if shutil.which("soffice") is None:
        skip_unless_ci("LibreOffice Calc not installed: apt-get install --no-install-recommends libreoffice-calc")
    if not Path(SYSTEM_PYTHON).is_file():
        skip_unless_ci(f"no {SYSTEM_PYTHON} to run the UNO side: apt-get install python3-uno")
    probe = subprocess.run([SYSTEM_PYTHON, "-c", "import uno"], capture_output=True, text=True, timeout=30)
    if probe.returncode != 0:
        skip_unless_ci(f"{SYSTEM_PYTHON} cannot import uno: apt-get install python3-uno\n{probe.stderr}")
    available = subprocess.run(["locale", "-a"], capture_output=True, text=True, timeout=30).stdout.lower().split()
    missing = [name for name in LOCALES.values() if name.lower().replace("utf-8", "utf8") not in available]
    if missing:
        skip_unless_ci(
            f"locales {', '.join(missing)} not generated: apt-get install locales, uncomment them in "
            "/etc/locale.gen, run locale-gen"
        )


# -- Calc -------------------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class Calc:
    locale: str
    port: int
    process: subprocess.Popen[bytes]
    env: dict[str, str]
    log: Path

    def details(self) -> str:
        status = self.process.poll()
        state = "still running" if status is None else f"exited with status {status}"
        return f"\n(Calc {self.locale} {state}; its output:)\n{self.log.read_text(errors='replace') or '(empty)'}"

    def start_probe(self, steps: list[dict[str, Any]]) -> subprocess.Popen[str]:
        """Start calc_probe.py on this Calc with these steps."""
        request = json.dumps({"port": self.port, "timeout": PASTE_TIMEOUT, "steps": steps})
        return subprocess.Popen(
            [SYSTEM_PYTHON, str(PROBE), request],
            env=self.env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )

    def finish_probe(self, process: subprocess.Popen[str], steps: list[dict[str, Any]]) -> dict[str, Any]:
        """The probe's JSON answer, once it is done."""
        try:
            out, err = process.communicate(timeout=CALC_TIMEOUT + PASTE_TIMEOUT * (1 + len(steps)))
        except subprocess.TimeoutExpired:
            process.kill()
            out, err = process.communicate()
        if process.returncode != 0:
            pytest.fail(f"calc_probe.py failed ({process.returncode}) on {steps}:\n{err}{self.details()}")
        if err.strip():  # a paste made again (calc_probe.py says why): kept for whoever reads the artifacts
            ARTIFACTS.mkdir(parents=True, exist_ok=True)
            with (ARTIFACTS / "calc-probe-warnings.txt").open("a", encoding="utf-8") as log:
                log.write(f"Calc {self.locale}, {steps}:\n{err}\n")
        answer: dict[str, Any] = json.loads(out)
        return answer

    def probe(self, steps: list[dict[str, Any]]) -> dict[str, Any]:
        return self.finish_probe(self.start_probe(steps), steps)


def probe_all(calcs: list[Calc], steps: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """calc_probe.py with these steps in every Calc at once; each Calc's answer, by locale."""
    started = [(calc, calc.start_probe(steps)) for calc in calcs]
    return {calc.locale: calc.finish_probe(process, steps) for calc, process in started}


def start_calc(display: str, folder: Path, locale: str) -> Calc:
    """``soffice --calc`` on display in locale, with a profile of its own, listening for UNO on a free port."""
    port = free_port()
    env = dict(os.environ)
    env.update(DISPLAY=display, LANG=LOCALES[locale], LC_ALL=LOCALES[locale], SAL_USE_VCLPLUGIN="gen")
    for variable in ("LANGUAGE", "WAYLAND_DISPLAY", "PYTHONPATH", "PYTHONHOME"):
        env.pop(variable, None)
    profile = folder / f"calc-profile-{locale}"
    log = folder / f"calc-{locale}.log"
    with open(log, "wb") as stream:
        process = subprocess.Popen(
            [
                "soffice",
                "--calc",
                "--norestore",
                "--nologo",
                f"-env:UserInstallation={profile.as_uri()}",
                f"--accept=socket,host=127.0.0.1,port={port};urp;",
            ],
            env=env,
            cwd=folder,
            stdin=subprocess.DEVNULL,
            stdout=stream,
            stderr=stream,
            start_new_session=True,  # its own process group: soffice starts soffice.bin, ended with it
        )
    return Calc(locale, port, process, env, log)


def stop_calc(calc: Calc) -> None:
    """Close Calc's documents unsaved and end it; end its process group if it will not go."""
    if calc.process.poll() is None:
        with contextlib.suppress(BaseException):  # a failed quit: it is ended below
            calc.probe([{"do": "quit"}])
        try:
            calc.process.wait(QUIT_TIMEOUT)
        except subprocess.TimeoutExpired:
            os.killpg(calc.process.pid, signal.SIGTERM)
            try:
                calc.process.wait(QUIT_TIMEOUT)
            except subprocess.TimeoutExpired:
                os.killpg(calc.process.pid, signal.SIGKILL)
    calc.process.wait()


# -- the copies and the pastes ----------------------------------------------------------------------


@dataclass
class Pasted:
    tables: ProfileTables
    locales: dict[str, str]  # the locale each Calc reports for its document
    sheets: dict[tuple[str, str, str], dict[str, Any]]  # (copy, locale, flavour) -> cells and column sums
    clipboards: dict[str, dict[str, str]]  # copy -> text/plain and text/html as the app offered them
    seconds: dict[str, float] = field(default_factory=dict)  # how long each step took, for the record


def copy_in_app(app: RunningApp, copy: Copy, previous: str) -> dict[str, str]:
    app.focus()  # Calc's dialogs took it
    for keys in copy.keys:
        app.key(keys)

    def copied() -> bool:
        text = app.clipboard("text/plain")
        return copy.marker in text and text != previous

    wait_for(
        f"the copy holding {copy.marker!r} on the X clipboard",
        copied,
        CLIPBOARD_TIMEOUT,
        lambda: f"\nclipboard text/plain: {app.clipboard('text/plain')!r}{app.details()}",
    )
    return {"text/plain": app.clipboard("text/plain"), "text/html": app.clipboard("text/html")}


def shown(cell: dict[str, Any]) -> str:
    if cell["type"] == "EMPTY":
        return "·"
    if cell["type"] == "TEXT":
        return f"TEXT {cell['text']!r} [{cell['format']}]"
    return f"{cell['type']} {cell['value']:g} shown {cell['text']!r} [{cell['format']}]"


def keep_artifacts(pasted: Pasted) -> None:
    """What Calc held, cell by cell, as JSON and as text to read."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    records = {
        " ".join(key): {"cells": sheet["cells"], "column_sums": sheet["column_sums"]}
        for key, sheet in pasted.sheets.items()
    }
    (ARTIFACTS / "calc-paste.json").write_text(
        json.dumps(
            {"locales": pasted.locales, "clipboards": pasted.clipboards, "sheets": records},
            indent=1,
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    steps = ", ".join(f"{step} {seconds:.1f} s" for step, seconds in pasted.seconds.items())
    lines = [f"Calc's locales: {pasted.locales}", f"Time taken: {steps}", ""]
    for (copy, locale, flavour), sheet in pasted.sheets.items():
        lines.append(f"== {copy}, pasted as {flavour} into the {locale} Calc")
        for number, row in enumerate(sheet["cells"], 1):
            lines.append(f"  row {number}: " + " | ".join(shown(cell) for cell in row))
        lines.append(f"  column sums: {sheet['column_sums']}")
        lines.append("")
    (ARTIFACTS / "calc-paste.txt").write_text("\n".join(lines), encoding="utf-8")


@pytest.fixture(scope="module")
def pasted(x_display: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Pasted]:
    """Every copy pasted in both flavours into both Calcs (one start of each), read back."""
    require_calc()
    seconds: dict[str, float] = {}
    clock = time.monotonic()

    def took(step: str) -> None:
        nonlocal clock
        now = time.monotonic()
        seconds[step] = now - clock
        clock = now

    folder = tmp_path_factory.mktemp("calc")
    profile = tricky_profile(folder)
    tables = build_tables(load_profile(profile))
    calcs = [start_calc(x_display, folder, locale) for locale in LOCALES]  # both start at once
    try:
        with running_app(x_display, folder, ["--lang", "en", str(profile)]) as app:
            took("app start")
            locales = {locale: answer["locale"] for locale, answer in probe_all(calcs, [{"do": "wait"}]).items()}
            took("both Calcs ready")
            sheets: dict[tuple[str, str, str], dict[str, Any]] = {}
            clipboards: dict[str, dict[str, str]] = {}
            previous = ""
            for name, copy in COPIES.items():
                clipboards[name] = copy_in_app(app, copy, previous)
                previous = clipboards[name]["text/plain"]
                steps = [
                    {"do": "paste", "sheet": f"{name} {flavour}", "command": command, "dialog": dialog}
                    for flavour, (command, dialog) in FLAVOURS.items()
                ]
                for locale, answer in probe_all(calcs, steps).items():  # both Calcs paste at once
                    for flavour in FLAVOURS:
                        sheets[(name, locale, flavour)] = answer["sheets"][f"{name} {flavour}"]
                took(f"{name}: copy, 4 pastes")
        result = Pasted(tables, locales, sheets, clipboards, seconds)
        keep_artifacts(result)
        yield result
    finally:
        for calc in calcs:
            stop_calc(calc)


# -- what Calc must hold ----------------------------------------------------------------------------

CASES = [(locale, flavour) for locale in LOCALES for flavour in FLAVOURS]


def sheet(pasted: Pasted, copy: str, locale: str, flavour: str) -> list[list[dict[str, Any]]]:
    cells: list[list[dict[str, Any]]] = pasted.sheets[(copy, locale, flavour)]["cells"]
    return cells


def grouped(number: int, locale: str) -> str:
    return f"{number:,}".replace(",", "." if locale == "de-DE" else ",")


def check_cell(cell: dict[str, Any], value: object, kind: Kind, locale: str, flavour: str, where: str) -> None:
    """A cell holds the table's value as the spreadsheet's own: a number, a percentage, text or nothing."""
    if value is None:
        assert cell["type"] == "EMPTY", f"{where}: a missing figure should be an empty cell, not {shown(cell)}"
        return
    if isinstance(value, str):
        assert cell["type"] == "TEXT", f"{where}: {value!r} should be text, not {shown(cell)}"
        assert cell["text"] in (value, inert(value)), f"{where}: {shown(cell)} is not {value!r}"
        assert not cell["formula"].startswith("="), f"{where}: {value!r} became the formula {cell['formula']!r}"
        if flavour == "html":
            assert cell["format"] == "@", f"{where}: {value!r} should be typed as text, not {shown(cell)}"
        return
    assert isinstance(value, int)
    assert cell["type"] == "VALUE", f"{where}: {value} should be a number, not {shown(cell)}"
    if kind is Kind.SHARE:
        assert cell["value"] == pytest.approx(value / 100), f"{where}: {value}% is not {shown(cell)}"
        assert "%" in cell["format"], f"{where}: {value}% should show as a percentage, not {shown(cell)}"
        if flavour == "html":
            assert cell["text"] == f"{value}%", f"{where}: {value}% shows as {shown(cell)}"
    else:
        assert cell["value"] == value, f"{where}: {value} is not {shown(cell)}"
        if kind is Kind.COUNT and flavour == "html":
            assert cell["text"] == grouped(value, locale), f"{where}: {value} shows as {shown(cell)}"
        if kind in (Kind.RANK, Kind.YEAR):
            assert cell["text"] == str(value), f"{where}: {value} shows as {shown(cell)}"


def check_table(pasted: Pasted, copy_name: str, locale: str, flavour: str) -> list[list[dict[str, Any]]]:
    """The header row, then every row of the table cell by cell; the rows after them returned."""
    copy = COPIES[copy_name]
    table = copy.table(pasted.tables)
    cells = sheet(pasted, copy_name, locale, flavour)
    where = f"{copy_name} pasted as {flavour} in {locale}"
    assert len(cells) >= 1 + len(table.rows), f"{where}: {len(cells)} rows"
    assert [cell["text"] for cell in cells[0]][: len(table.columns)] == table.headers, f"{where}: no header row"
    assert all(cell["type"] == "TEXT" for cell in cells[0][: len(table.columns)]), f"{where}: header row {cells[0]}"
    for row_number, row in enumerate(table.rows):
        for column_number, value in enumerate(row):
            if flavour == "text" and value in NUMBER_LIKE_NAMES:
                continue
            cell = cells[1 + row_number][column_number]
            kind = table.columns[column_number].kind
            check_cell(cell, value, kind, locale, flavour, f"{where}, row {row_number + 1} column {column_number + 1}")
    return cells[1 + len(table.rows) :]


@pytest.mark.parametrize("locale", list(LOCALES))
def test_each_calc_runs_in_its_locale(pasted: Pasted, locale: str) -> None:
    assert pasted.locales[locale] == locale


@pytest.mark.parametrize(("locale", "flavour"), CASES)
@pytest.mark.parametrize("copy", ["ctrl-a", "copy-table"])
def test_patents_land_as_numbers_under_their_header(pasted: Pasted, copy: str, locale: str, flavour: str) -> None:
    check_table(pasted, copy, locale, flavour)
    sums = pasted.sheets[(copy, locale, flavour)]["column_sums"]
    assert sums[2] == 2131 + 881 + 732, f"the counts sum to {sums[2]} in Calc"
    assert sums[3] == pytest.approx(0.44), f"the shares sum to {sums[3]} in Calc: they are not numbers"


@pytest.mark.parametrize(("locale", "flavour"), CASES)
def test_selection_of_every_cell_has_nothing_after_the_rows(pasted: Pasted, locale: str, flavour: str) -> None:
    assert check_table(pasted, "ctrl-a", locale, flavour) == []


@pytest.mark.parametrize(("locale", "flavour"), CASES)
@pytest.mark.parametrize("copy", ["copy-table", "tricky-names", "key-figures"])
def test_copy_table_ends_with_an_empty_row_and_the_source(pasted: Pasted, copy: str, locale: str, flavour: str) -> None:
    after = check_table(pasted, copy, locale, flavour)
    attribution = COPIES[copy].table(pasted.tables).attribution
    assert len(after) == 2, f"after the rows: {after}"
    assert all(cell["type"] == "EMPTY" for cell in after[0]), f"not an empty row: {after[0]}"
    assert after[1][0]["type"] == "TEXT" and after[1][0]["text"] == attribution, after[1][0]
    assert all(cell["type"] == "EMPTY" for cell in after[1][1:]), after[1]


@pytest.mark.parametrize(("locale", "flavour"), CASES)
def test_names_like_formulas_or_numbers_stay_text(pasted: Pasted, locale: str, flavour: str) -> None:
    check_table(pasted, "tricky-names", locale, flavour)
    formulas = [
        cell["formula"]
        for key, pasted_sheet in pasted.sheets.items()
        if key[1:] == (locale, flavour)
        for row in pasted_sheet["cells"]
        for cell in row
        if cell["type"] == "FORMULA"
    ]
    assert formulas == [], f"pasting made formulas: {formulas}"


@pytest.mark.parametrize(("locale", "flavour"), CASES)
def test_missing_figures_are_empty_cells(pasted: Pasted, locale: str, flavour: str) -> None:
    table = pasted.tables.key_figures
    missing = [column for column, value in enumerate(table.rows[0]) if value is None]
    assert len(missing) == 4  # the two periods' first and last years: this profile gives none
    check_table(pasted, "key-figures", locale, flavour)
