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


def header_line_width(header, line: str) -> int:
    """A header line's width as style.qss draws it: semi-bold (600), 6 px padding on each side."""
    from PySide6.QtGui import QFont, QFontMetrics

    font = QFont(header.font())
    font.setWeight(QFont.Weight.DemiBold)
    return QFontMetrics(font).horizontalAdvance(line) + 12


def shown_whole(table, row: int, column: int) -> bool:
    """The cell's text is whole on one line, or on two lines of a two-line row (broken at a space)."""
    from mpdesk.ui.fitted_table import two_line_width

    text, metrics, width = table.item(row, column).text(), table.fontMetrics(), table.columnWidth(column)
    if metrics.horizontalAdvance(text) + 6 <= width:   # 6: the delegate's text margins
        return True
    return table.wordWrap() and table.rowHeight(row) >= 2 * metrics.lineSpacing() \
        and two_line_width(text, metrics.horizontalAdvance) + 6 <= width


def assert_columns_whole(table, cut: frozenset[int] = frozenset()) -> None:
    """Every header line fits its column in the header's bold font; every figure and year is whole;
    a text wider than its column is shown whole on two lines (rows two lines high), or is a long
    text (or any text of a ``cut`` column: file names, one word each), whole in its tooltip; if the columns are wider than the table, it scrolls sideways (and
    scrolling brings each figure whole into view)."""
    from PySide6.QtCore import QCoreApplication

    header = table.horizontalHeader()
    for c in range(table.columnCount()):
        lines = table.horizontalHeaderItem(c).text().split("\n")
        assert " ".join(lines) == table.labels[c]
        assert all(header_line_width(header, line) <= header.sectionSize(c) for line in lines), (lines, c)
    metrics = table.fontMetrics()
    for r in range(table.rowCount()):
        for c in range(table.columnCount()):
            text = table.item(r, c).text()
            if metrics.horizontalAdvance(text) + 6 > table.columnWidth(c):   # 6: the delegate's text margins
                assert c not in table._numeric, text
                assert shown_whole(table, r, c) or len(text) > 20 or c in cut, text
                assert text in table.item(r, c).toolTip()
    total = sum(table.columnWidth(c) for c in range(table.columnCount()))
    assert (table.horizontalScrollBar().maximum() > 0) == (total > table.viewport().width())
    for c in table._numeric:
        table.scrollTo(table.model().index(0, c))
        QCoreApplication.processEvents()
        assert 0 <= table.columnViewportPosition(c)
        assert table.columnViewportPosition(c) + table.columnWidth(c) <= table.viewport().width()
