"""Helpers for the import-preview tests: tidy CSV files written as a team would, and the stored figures."""

from __future__ import annotations

from pathlib import Path

from mpdesk.services.figures import stored_figures
from mpdesk.services.workspace import Workspace

_ROOT = Path(__file__).resolve().parents[2]
# beside the repo on the project machines; one level up again from a git worktree in /work/wt/
REAL = next((p for p in (_ROOT.parent / "shared" / "data" / "real", _ROOT.parent.parent / "shared" / "data" / "real")
             if p.is_dir()), _ROOT.parent / "shared" / "data" / "real")
HEADER = "indicator,year,sex,age_group,partner,category,value,unit,source,note\n"


def tidy_csv(path: Path, rows: list[tuple]) -> Path:
    """rows: (indicator, year, sex, value, source)."""
    lines = [f"{ind},{year},{sex},,,,{value},persons,{source},\n" for ind, year, sex, value, source in rows]
    path.write_text(HEADER + "".join(lines), encoding="utf-8")
    return path


def figures(ws: Workspace) -> set[tuple]:
    return {(v.indicator, v.year, v.sex, v.value, v.source, v.preferred) for v in stored_figures(ws)}


def stored_at(path: Path) -> set[tuple]:
    ws = Workspace.open(path)
    try:
        return figures(ws)
    finally:
        ws.close()


def count_at(path: Path) -> int:
    """How many figures the file holds (every source and disaggregation)."""
    ws = Workspace.open(path)
    try:
        return len(list(stored_figures(ws)))
    finally:
        ws.close()


def open_dialog(window, qtbot, path: Path):
    """Ctrl+I, type the file's name in the focused field, Enter; wait for the preview."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    window.import_dialog = None
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    QTest.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.import_dialog is not None and window.import_dialog.isVisible())
    dialog = window.import_dialog
    dialog.activateWindow()
    dialog.path_edit.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.path_edit)
    QTest.keyClicks(QApplication.focusWidget(), str(path))
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    return dialog
