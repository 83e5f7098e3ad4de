"""Registers behave like a spreadsheet under the keyboard: real key events, file checked after reopening."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication


def _table(window):
    return window.view.current_page().kind_part


def _type(qtbot, text: str) -> None:
    QTest.keyClicks(QApplication.focusWidget(), text)


def _key(key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(QApplication.focusWidget(), key, modifier)


def _reopen(window, target: str):
    path = window.ctx.ws.path
    window.close_profile()
    assert window.open_path(path)
    window.ctx.navigate(target)
    return _table(window).model


def _cells(model, row: int, columns: range) -> list[str]:
    return [model.index(row, c).data() for c in columns]


def test_member_typed_with_tab_and_enter_is_saved_whole(opened, qtbot) -> None:
    opened.ctx.navigate("step:1.3")
    table = _table(opened)
    qtbot.mouseClick(table.add_button, Qt.MouseButton.LeftButton)
    _type(qtbot, "Aminata Diallo")
    _key(Qt.Key.Key_Tab)
    _type(qtbot, "ANSD")
    _key(Qt.Key.Key_Tab)
    _type(qtbot, "Statistician")
    _key(Qt.Key.Key_Return)
    model = _reopen(opened, "step:1.3")
    assert model.rowCount() == 1
    assert _cells(model, 0, range(3)) == ["Aminata Diallo", "ANSD", "Statistician"]


def test_shift_tab_goes_back_and_escape_cancels_only_that_cell(opened, qtbot) -> None:
    opened.ctx.navigate("step:1.3")
    table = _table(opened)
    qtbot.mouseClick(table.add_button, Qt.MouseButton.LeftButton)
    _type(qtbot, "Aminata")
    _key(Qt.Key.Key_Tab)
    _type(qtbot, "ANSD")
    _key(Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)   # back to Name, ANSD kept
    assert table.view.currentIndex().column() == 0
    _type(qtbot, "Aminata Diallo")
    _key(Qt.Key.Key_Tab)
    _key(Qt.Key.Key_Tab)
    _type(qtbot, "Typed then abandoned")
    _key(Qt.Key.Key_Escape)
    assert table.view.state() != table.view.State.EditingState
    model = _reopen(opened, "step:1.3")
    assert model.rowCount() == 1
    assert _cells(model, 0, range(3)) == ["Aminata Diallo", "ANSD", ""]


def test_work_plan_dates_and_status_by_keyboard(opened, qtbot) -> None:
    from PySide6.QtWidgets import QComboBox

    from mpdesk.ui.date_field import DateField

    opened.ctx.navigate("step:1.6")
    table = _table(opened)
    qtbot.mouseClick(table.add_button, Qt.MouseButton.LeftButton)
    _type(qtbot, "Desk review")
    _key(Qt.Key.Key_Tab)
    _type(qtbot, "ANSD")
    _key(Qt.Key.Key_Tab)
    editor = table.view.indexWidget(table.view.currentIndex()) or QApplication.focusWidget()
    assert isinstance(editor, DateField)
    _type(qtbot, "2024-03-05")
    _key(Qt.Key.Key_Tab)
    _key(Qt.Key.Key_Tab)
    combo = QApplication.focusWidget()
    assert isinstance(combo, QComboBox)
    _type(qtbot, "In")
    _key(Qt.Key.Key_Return)
    model = _reopen(opened, "step:1.6")
    assert _cells(model, 0, range(5))[:2] == ["Desk review", "ANSD"]
    assert model.index(0, 2).data() == "2024-03-05"
    assert model.index(0, 4).data() == "In progress"


def _tab_chain(start, presses: int, backwards: bool = False) -> list:
    seen = []
    key = Qt.Key.Key_Backtab if backwards else Qt.Key.Key_Tab
    for _ in range(presses):
        QTest.keyClick(QApplication.focusWidget(), key)
        seen.append(QApplication.focusWidget())
    return seen


def test_tab_leaves_a_register_and_reaches_the_fields_below(opened, qtbot) -> None:
    opened.ctx.navigate("step:1.3")
    page = opened.view.current_page()
    table = page.kind_part
    table.add_button.setFocus()
    seen = _tab_chain(table.add_button, 3)
    assert seen[0] is table.remove_button and seen[1] is table.view   # Add, Remove, then the table
    below = list(page.deliverables.fields.values()) + [page.notes]
    assert seen[2] in below                                             # and out of it on the next Tab


def test_edit_menu_copies_rows_clears_a_cell_and_cuts_with_undo(opened, qtbot) -> None:
    from PySide6.QtGui import QGuiApplication

    registers_ws = opened.ctx.ws
    from mpdesk.services import registers
    registers.add_item(registers_ws, "member", name="Aminata Diallo", institution="ANSD", role="Statistician")
    opened.ctx.navigate("step:1.3")
    table = _table(opened)
    table.view.setFocus()
    table.view.setCurrentIndex(table.proxy.index(0, 0))
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text().startswith("Aminata Diallo\tANSD\tStatistician")
    table.view.setCurrentIndex(table.proxy.index(0, 2))
    opened.menus.clipboard["delete"].trigger()                 # Delete empties the cell, keeps the row
    assert table.model.rowCount() == 1 and table.model.index(0, 2).data() == ""
    opened.menus.clipboard["cut"].trigger()                    # Cut takes the row, and says how to undo
    assert table.model.rowCount() == 0 and "Ctrl+Z" in table.message.label.text()
    QTest.keyClick(opened, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(opened, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _reopen(opened, "step:1.3").rowCount() == 1
