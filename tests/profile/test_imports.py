"""The modules of qingdao_viewer/profile import one another without a cycle, and none imports Qt.

Every import statement counts, at the top of a module or inside a function: a function's
import is a cycle put off until it runs, not a cycle avoided.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = "qingdao_viewer.profile"
FOLDER = Path(__file__).resolve().parents[2] / "qingdao_viewer" / "profile"
QT = ("PySide6", "shiboken6", "pyqtgraph")


def module_files() -> dict[str, Path]:
    return {
        PACKAGE if path.stem == "__init__" else f"{PACKAGE}.{path.stem}": path for path in sorted(FOLDER.glob("*.py"))
    }


def imported(name: str, path: Path, known: set[str]) -> set[str]:
    """Every module name path imports, anywhere in it (relative imports resolved)."""
    package = name if path.stem == "__init__" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")
                base = ".".join(parts[: len(parts) - node.level + 1] + ([base] if base else []))
            # "from package import module" imports the module; "from module import name", the module.
            for alias in node.names:
                found.add(f"{base}.{alias.name}" if f"{base}.{alias.name}" in known else base)
    return found


def graph() -> dict[str, set[str]]:
    files = module_files()
    known = set(files)
    return {name: (imported(name, path, known) & known) - {name} for name, path in files.items()}


def a_cycle(edges: dict[str, set[str]]) -> list[str] | None:
    """One cycle of the graph, as the names along it (first name repeated at the end), or None."""
    done: set[str] = set()
    for start in sorted(edges):
        if start in done:
            continue
        path, on_path = [start], {start}
        stack = [iter(sorted(edges.get(start, ())))]
        while stack:  # depth first, without recursion
            following = next(stack[-1], None)
            if following is None:
                stack.pop()
                done.add(path[-1])
                on_path.discard(path.pop())
            elif following in on_path:
                return [*path[path.index(following) :], following]
            elif following not in done:
                path.append(following)
                on_path.add(following)
                stack.append(iter(sorted(edges.get(following, ()))))
    return None


def test_no_module_of_the_profile_package_imports_another_in_a_cycle() -> None:
    cycle = a_cycle(graph())
    assert cycle is None, " -> ".join(cycle or [])


def test_imports_inside_functions_are_seen() -> None:
    # parse_any_profile imports the text reader when it meets text: that edge must be in the graph.
    edges = graph()
    assert f"{PACKAGE}.profile_text" in edges[f"{PACKAGE}.loader"]
    assert f"{PACKAGE}.loader" not in edges[f"{PACKAGE}.profile_text"]
    assert f"{PACKAGE}.text_rules" in edges[f"{PACKAGE}.profile_text"] & edges[f"{PACKAGE}.loader"]


def test_the_cycle_finder_finds_cycles() -> None:
    assert a_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert a_cycle({"a": {"b", "c"}, "b": {"c"}, "c": set()}) is None
    assert a_cycle({"x": {"y"}, "y": {"y"}}) == ["y", "y"]
    # The loader and the text reader as they were: each importing the other.
    assert a_cycle({"loader": {"profile_text"}, "profile_text": {"loader", "plain_yaml"}, "plain_yaml": set()})


def test_no_module_of_the_profile_package_imports_qt() -> None:
    files = module_files()
    for name, path in files.items():
        qt = {module for module in imported(name, path, set(files)) if module.split(".")[0] in QT}
        assert not qt, f"{name} imports {sorted(qt)}"
