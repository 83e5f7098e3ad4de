"""A text the grid refused ("about 5000") is not lost without a question when the window closes.

Real keys go to QApplication.focusWidget(); the window's own close (File ▸ Quit calls it) and the
Close profile action ask, naming the cell; going back keeps the window and the text."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from mpdesk.services import Workspace
from mpdesk.services.figures import stored_figures
from mpdesk.services.keys import CellKey
from mpdesk.ui.pending_text import QUESTION_NAME

KEY = CellKey("immigrant_stock", 2020)


def _type_refused_text(window, qtbot) -> None:
    window.ctx.navigate("section:A.2")
    grid = window.view.current_page().grid
    window.activateWindow()
    assert grid.focus_cell(KEY)
    for char in "about 5000":
        QTest.keyClicks(QApplication.focusWidget(), char)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    QApplication.processEvents()
    assert grid.model.index_of(KEY).data() == "about 5000"


def _question(window, qtbot) -> QMessageBox:
    qtbot.waitUntil(lambda: (box := window.findChild(QMessageBox, QUESTION_NAME)) is not None and box.isVisible())
    return window.findChild(QMessageBox, QUESTION_NAME)


def _button(box: QMessageBox, text: str):
    return next(b for b in box.buttons() if b.text() == text)


def test_quit_asks_and_going_back_keeps_the_window_and_the_text(opened, qtbot) -> None:
    _type_refused_text(opened, qtbot)
    path = opened.ctx.ws.path
    opened.close()
    box = _question(opened, qtbot)
    assert "Immigrant stock 2020: “about 5000”" in box.text()
    assert box.defaultButton().text() == "Go back to correct"
    QTest.keyClick(box, Qt.Key.Key_Return)          # the default: go back
    qtbot.waitUntil(lambda: not box.isVisible())
    assert opened.isVisible() and opened.ctx is not None
    grid = opened.view.current_page().grid
    assert grid.model.index_of(KEY).data() == "about 5000"
    opened.close()
    _button(_question(opened, qtbot), "Quit without them").click()
    qtbot.waitUntil(lambda: not opened.isVisible())
    assert opened.ctx is None                       # the profile was closed normally
    ws = Workspace.open(path)
    try:
        assert not [v for v in stored_figures(ws, ["immigrant_stock"]) if v.year == 2020]
    finally:
        ws.close()


def test_closing_the_profile_asks_too(opened, qtbot) -> None:
    _type_refused_text(opened, qtbot)
    opened.menus.close.trigger()
    box = _question(opened, qtbot)
    assert "about 5000" in box.text()
    _button(box, "Go back to correct").click()
    assert opened.ctx is not None
    opened.menus.close.trigger()
    _button(_question(opened, qtbot), "Close the profile without them").click()
    qtbot.waitUntil(lambda: opened.ctx is None)
    assert opened.isVisible()                       # the welcome screen, not the end of the app
