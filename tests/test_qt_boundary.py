"""The layering rules: Qt only in mpdesk/ui and mpdesk/app.py, no eval/exec, a light start-up."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "mpdesk"
QT_MODULES = ("PySide6", "pyqtgraph", "shiboken6")
SOURCES = sorted(PACKAGE.rglob("*.py"))


def relative(path: Path) -> str:
    return path.relative_to(PACKAGE.parent).as_posix()


def may_use_qt(path: Path) -> bool:
    rel = relative(path)
    return rel.startswith("mpdesk/ui/") or rel == "mpdesk/app.py"


def imported_modules(tree: ast.AST) -> list[str]:
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
    return names


def parse(path: Path) -> ast.AST:
    return ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


def test_the_package_has_sources() -> None:
    assert len(SOURCES) > 20


@pytest.mark.parametrize("path", [p for p in SOURCES if not may_use_qt(p)], ids=relative)
def test_no_qt_outside_ui(path: Path) -> None:
    offending = [m for m in imported_modules(parse(path)) if m.split(".")[0] in QT_MODULES]
    assert not offending, f"{relative(path)} imports {offending}; only mpdesk/ui and mpdesk/app.py may use Qt"


@pytest.mark.parametrize("path", SOURCES, ids=relative)
def test_no_eval_or_exec(path: Path) -> None:
    calls = [node.func.id for node in ast.walk(parse(path))
             if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("eval", "exec")]
    assert not calls, f"{relative(path)} calls {calls}"


def test_the_checker_itself_catches_qt_and_eval() -> None:
    tree = ast.parse("from PySide6.QtWidgets import QWidget\nimport pyqtgraph as pg\nx = eval('1')")
    assert [m.split(".")[0] for m in imported_modules(tree)] == ["PySide6", "pyqtgraph"]


def test_console_start_up_imports_no_qt_and_no_heavy_library() -> None:
    code = ("import mpdesk.cli, mpdesk.services.workspace; import sys; "
            "assert 'PySide6' not in sys.modules and 'pandas' not in sys.modules "
            "and 'reportlab' not in sys.modules, sorted(m for m in sys.modules if m.split('.')[0] in "
            "('PySide6', 'pandas', 'reportlab'))")
    result = subprocess.run([sys.executable, "-c", code], cwd=PACKAGE.parent, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
