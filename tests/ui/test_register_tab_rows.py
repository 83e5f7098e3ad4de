"""Every register, a whole row typed with Tab only (tester8 #3: in 1.2, Tab from the Focal point
tick left the table and the next words landed, appended, in the field below it), in English and
Spanish: real key events to the focused widget, the file checked after reopening."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox

from mpdesk.services import registers, steps
from mpdesk.ui.date_field import DateField
from mpdesk.ui.pages.register_table import RegisterTable

# Every page that holds a register (a step of each kind, and the annex that shows the inventory).
PAGES = ["step:1.2", "step:1.3", "step:1.5", "step:1.6", "step:2.1", "step:2.4", "step:2.5", "step:3.3",
         "step:3.4", "section:annex.sources"]
TYPED_DATE = date(2024, 3, 5)


@pytest.fixture(params=["en", "es"])
def language(request, app):
    from mpdesk.app import install_translators

    installed = install_translators(app, request.param) if request.param != "en" else []
    app.setProperty("mpdesk_language", request.param)
    yield request.param
    for translator in installed:
        app.removeTranslator(translator)
    app.setProperty("mpdesk_language", "en")


def _tables(window) -> list[RegisterTable]:
    return window.view.current_page().findChildren(RegisterTable)


def _key(key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(QApplication.focusWidget(), key, modifier)


def _type_cell(table: RegisterTable, column) -> object:
    """Type one cell the way a user does, into whatever has the focus; what the file should hold."""
    focused = QApplication.focusWidget()
    if column.editor == "bool":
        assert focused is table.view and table.view.currentIndex().column() == table.model.spec.columns.index(column)
        _key(Qt.Key.Key_Space)
        return True
    if column.editor == "date":
        assert isinstance(focused, DateField), column.field
        QTest.keyClicks(focused, TYPED_DATE.isoformat())
        return TYPED_DATE
    if column.editor == "choice":
        assert isinstance(focused, QComboBox), column.field
        _key(Qt.Key.Key_Down)   # the next choice after the new row's own
        return focused.currentData()
    assert table.view.isAncestorOf(focused), f"{column.field}: the focus left the table for {focused!r}"
    text = f"{column.field} typed"
    QTest.keyClicks(focused, text)
    return text


def _type_row_with_tab(table: RegisterTable, qtbot) -> dict[str, object]:
    qtbot.mouseClick(table.add_button, Qt.MouseButton.LeftButton)
    wanted = {}
    for position, column in enumerate(table.model.spec.columns):
        assert table.view.currentIndex().column() == position, f"Tab skipped to column {position} ({column.field})"
        wanted[column.field] = _type_cell(table, column)
        _key(Qt.Key.Key_Tab)
    _key(Qt.Key.Key_Escape)
    return wanted


def _deliverables_left_empty(ws, target: str) -> None:
    if target.startswith("step:"):
        key = target.partition(":")[2]
        typed = {k: v for k, v in steps.deliverable_values(ws, key).items() if k not in steps.PROFILE_DELIVERABLES}
        assert not any(typed.values()), typed
        assert not (steps.step_states(ws).get(key) and steps.step_states(ws)[key].notes)


@pytest.mark.parametrize("target", PAGES)
def test_a_whole_row_typed_with_tab_is_saved_in_every_register(opened, qtbot, language, target) -> None:
    opened.ctx.navigate(target)
    wanted = [(table.model.spec, _type_row_with_tab(table, qtbot)) for table in _tables(opened)]
    assert wanted
    path = opened.ctx.ws.path
    opened.close_profile()
    assert opened.open_path(path)
    ws = opened.ctx.ws
    for spec, fields in wanted:
        rows = registers.list_items(ws, spec.register, **spec.where)
        assert len(rows) == 1, (spec.register, rows)
        assert {f: getattr(rows[0], f) for f in fields} == fields
    _deliverables_left_empty(ws, target)


def test_shift_tab_walks_back_over_the_focal_point_tick(opened, qtbot) -> None:
    opened.ctx.navigate("step:1.2")
    table = _tables(opened)[0]
    qtbot.mouseClick(table.add_button, Qt.MouseButton.LeftButton)
    for _ in range(6):
        _key(Qt.Key.Key_Tab)
    assert table.view.currentIndex().column() == 6   # Data held, being edited
    _key(Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is table.view and table.view.currentIndex().column() == 5
    _key(Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert isinstance(QApplication.focusWidget(), QComboBox)   # Membership, open for editing


def test_escape_on_the_tick_then_tab_leaves_the_register(opened, qtbot) -> None:
    opened.ctx.navigate("step:1.2")
    page = opened.view.current_page()
    table = _tables(opened)[0]
    qtbot.mouseClick(table.add_button, Qt.MouseButton.LeftButton)
    for _ in range(5):
        _key(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is table.view and table.view.currentIndex().column() == 5
    _key(Qt.Key.Key_Escape)
    _key(Qt.Key.Key_Tab)
    below = list(page.deliverables.fields.values()) + [page.notes]
    assert QApplication.focusWidget() in below
