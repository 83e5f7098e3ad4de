"""The grid's legend and its red message take their own room under the grid, never over its rows.

At 1366x768 in French the two-line legend sat over the last visible row and the refusal message
was drawn across a row (tester 5, item 4). Real window, real keys; geometry in the grid's coordinates.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from mpdesk.ui.pages.data_grid import DataGrid
from mpdesk.ui.pages.data_grid_model import FIXED_COLUMNS


def _rect_in(grid: DataGrid, widget: QWidget) -> QRect:
    return QRect(widget.mapTo(grid, widget.rect().topLeft()), widget.size())


def _rows_area(grid: DataGrid) -> QRect:
    """Where the grid's rows are drawn: its viewport (the scroll bar under it is the view's too)."""
    return _rect_in(grid, grid.view.viewport())


def _open_grid(window, path, size: tuple[int, int], qtbot) -> DataGrid:
    window.resize(*size)
    assert window.open_path(path)
    window.ctx.navigate("section:A.2")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    grid = window.view.current_page().findChildren(DataGrid)[0]
    qtbot.waitUntil(lambda: grid.view.horizontalScrollBar().value() > 0)
    return grid


def _type_in_cell(grid: DataGrid, text: str, qtbot) -> None:
    grid.view.setCurrentIndex(grid.proxy.index(0, FIXED_COLUMNS + 1))
    grid.view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is grid.view)
    for char in text:   # the first key opens the editor, the rest go to it
        QTest.keyClicks(QApplication.focusWidget(), char)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    QApplication.processEvents()


def _assert_apart(grid: DataGrid, qtbot) -> None:
    # the grid asks for room, then the splitter and the page lay out in turn (a few event passes)
    qtbot.waitUntil(lambda: grid.height() >= grid.minimumSizeHint().height())
    QApplication.processEvents()
    rows, view = _rows_area(grid), _rect_in(grid, grid.view)
    for label in (grid.message, grid.legend):
        if label.isVisible():
            place = _rect_in(grid, label)
            assert not place.intersects(view), (label.objectName(), place, view)
            assert not place.intersects(rows)
            # wrapped, not cut: the label has the height its text needs at its width
            assert place.height() >= label.heightForWidth(place.width())


@pytest.mark.parametrize("interface", ["fr"], indirect=True)
@pytest.mark.parametrize("size", [(1366, 768), (1024, 700)])
def test_message_and_legend_lie_under_the_rows(window, sample_ws, interface, size, qtbot) -> None:
    path = sample_ws.path
    sample_ws.close()
    grid = _open_grid(window, path, size, qtbot)
    _assert_apart(grid, qtbot)
    _type_in_cell(grid, "abc", qtbot)
    assert "abc" in grid.message_text() and grid.message.isVisible()
    _assert_apart(grid, qtbot)
    # a long message (a paste with several refused cells) wraps over more lines, still below the rows
    grid.view.setCurrentIndex(grid.proxy.index(0, FIXED_COLUMNS))
    grid.paste_text("\t".join(["x1", "y2", "z3", "w4", "v5"]))
    assert grid.message_text().count("•") == 5
    _assert_apart(grid, qtbot)
