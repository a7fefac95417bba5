"""The code's shape, as a newcomer meets it: a short main window and small classes in the UI.

The import layers themselves are checked by import-linter (`make lint`, pyproject.toml).
"""

from __future__ import annotations

import ast
from pathlib import Path

UI = Path(__file__).resolve().parent.parent / "qingdao_viewer" / "ui"
MAX_WINDOW_LINES = 300
MAX_METHODS = 25


def test_the_main_window_is_a_short_composition() -> None:
    lines = (UI / "main_window.py").read_text(encoding="utf-8").count("\n")
    assert lines <= MAX_WINDOW_LINES, f"main_window.py has {lines} lines"


def test_no_class_in_the_ui_has_more_than_25_methods() -> None:
    crowded = []
    for path in sorted(UI.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                methods = [item for item in node.body if isinstance(item, ast.FunctionDef | ast.AsyncFunctionDef)]
                if len(methods) > MAX_METHODS:
                    crowded.append(f"{path.name}:{node.name} has {len(methods)} methods")
    assert not crowded, crowded
