"""The charts package sits below every consumer: it imports no ui, export or report, not even inside a function.

Read from the sources (every import statement, wherever it is), not from what a run happens to import.
"""

from __future__ import annotations

import ast
import sys
from collections.abc import Iterator
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "qingdao_viewer"
CONSUMERS = ("qingdao_viewer.ui", "qingdao_viewer.export", "qingdao_viewer.report")
ALLOWED = ("qingdao_viewer.charts", "qingdao_viewer.tables", "qingdao_viewer.i18n", "PySide6", "pyqtgraph")


def imports_in(source: str, package: str, skip_functions: tuple[str, ...] = ()) -> Iterator[tuple[int, str]]:
    """(line, module) for every import in a module's source, in functions and classes too.

    ``package`` is the module's package, for relative imports. ``from package import name``
    yields ``package.name`` as well, since the name may be a module.
    """
    tree = ast.parse(source)
    skipped = {
        id(node)
        for function in ast.walk(tree)
        if isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef) and function.name in skip_functions
        for node in ast.walk(function)
    }
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:  # relative: from the module's own package, up level - 1 packages
                parts = package.split(".")
                base = ".".join([*parts[: len(parts) - node.level + 1], *([base] if base else [])])
            yield node.lineno, base
            for alias in node.names:
                yield node.lineno, f"{base}.{alias.name}"


def imports_of(path: Path, skip_functions: tuple[str, ...] = ()) -> list[tuple[int, str]]:
    package = ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts[:-1])
    return list(imports_in(path.read_text(encoding="utf-8"), package, skip_functions))


def under(module: str, packages: tuple[str, ...]) -> bool:
    return any(module == package or module.startswith(package + ".") for package in packages)


def charts_sources() -> list[Path]:
    sources = sorted((PACKAGE / "charts").rglob("*.py"))
    assert len(sources) >= 4, sources
    return sources


def test_the_check_sees_imports_inside_functions_and_relative_ones() -> None:
    source = (
        "import os\n"
        "def late() -> None:\n"
        "    import qingdao_viewer.export.folder\n"
        "    from qingdao_viewer.ui import clipboard\n"
        "    from ..report import pdf_report\n"
        "class Drawn:\n"
        "    def paint(self) -> None:\n"
        "        from . import spec\n"
    )
    found = {module for _, module in imports_in(source, "qingdao_viewer.charts")}
    assert {"qingdao_viewer.export.folder", "qingdao_viewer.ui.clipboard", "qingdao_viewer.report.pdf_report"} <= found
    assert "qingdao_viewer.charts.spec" in found
    assert not {module for _, module in imports_in(source, "qingdao_viewer.charts", ("late",))} & {
        "qingdao_viewer.ui.clipboard"
    }


def test_charts_import_no_consumer() -> None:
    found = [
        f"{path.name}:{line}: {module}"
        for path in charts_sources()
        for line, module in imports_of(path)
        if under(module, CONSUMERS)
    ]
    assert found == []


def test_charts_import_only_tables_i18n_qt_pyqtgraph_and_the_standard_library() -> None:
    found = [
        f"{path.name}:{line}: {module}"
        for path in charts_sources()
        for line, module in imports_of(path)
        if module.split(".")[0] not in sys.stdlib_module_names
        and module != "qingdao_viewer"
        and not under(module, ALLOWED)
    ]
    assert found == []


def test_exports_and_report_draw_their_charts_without_the_window() -> None:
    """The report's one import of the window's code is report_command's language set-up (a command, not the report)."""
    folder = imports_of(PACKAGE / "export" / "folder.py")
    assert [module for _, module in folder if under(module, ("qingdao_viewer.ui",))] == []
    assert "qingdao_viewer.charts" in {module for _, module in folder}
    report = imports_of(PACKAGE / "report" / "pdf_report.py", skip_functions=("report_command",))
    assert [module for _, module in report if under(module, ("qingdao_viewer.ui",))] == []
    assert "qingdao_viewer.charts" in {module for _, module in report}
