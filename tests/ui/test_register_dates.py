"""Dates typed in a register as people type them: ISO, the interface locale's short form or digits
only, by real key events on the focused widget; the file is reopened to read what was stored. A
date that is none (30 February) is refused with a sentence and the old date kept."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from mpdesk.services import registers
from mpdesk.ui.date_field import DateField

# What each interface's users type for 1 and 2 May 2020 (the locale's short form, four-digit year).
SHORT_FORMS = {"en": ("5/1/2020", "5/2/2020"), "fr": ("01/05/2020", "02/05/2020"), "es": ("1/5/2020", "2/5/2020")}


@pytest.fixture(params=["en", "fr", "es"])
def locale_of(request):
    """The interface's locale, as app.py sets it for the language chosen (restored after)."""
    before = QLocale()
    QLocale.setDefault(QLocale(request.param))
    yield request.param
    QLocale.setDefault(before)


def _type(text: str) -> None:
    """Each key to the widget that has the focus then (the first key opens the cell's editor)."""
    for char in text:
        QTest.keyClicks(QApplication.focusWidget(), char)


def _key(key: Qt.Key) -> None:
    QTest.keyClick(QApplication.focusWidget(), key)


def _table(window):
    return window.view.current_page().kind_part


def _stored(window, target: str = "step:1.6") -> tuple:
    path = window.ctx.ws.path
    window.close_profile()
    assert window.open_path(path)
    window.ctx.navigate(target)
    model = _table(window).model
    return model.rows[0].start_date, model.rows[0].end_date


def _new_activity_dates(window, qtbot, start: str, end: str) -> None:
    window.ctx.navigate("step:1.6")
    table = _table(window)
    qtbot.mouseClick(table.add_button, Qt.MouseButton.LeftButton)
    _type("Desk review")
    _key(Qt.Key.Key_Tab)
    _type("ANSD")
    _key(Qt.Key.Key_Tab)
    editor = QApplication.focusWidget()
    assert isinstance(editor, DateField)
    _type(start)
    assert editor.width() >= editor.fontMetrics().horizontalAdvance(editor.text())   # the whole date shows
    _key(Qt.Key.Key_Tab)
    _type(end)
    _key(Qt.Key.Key_Return)


@pytest.mark.parametrize("form", ["iso", "short", "digits"])
def test_a_date_typed_in_each_form_is_stored_as_that_day(opened, qtbot, locale_of, form) -> None:
    typed = {"iso": ("2020-05-01", "2020-05-02"), "short": SHORT_FORMS[locale_of],
             "digits": ("20200501", "20200502")}[form]
    _new_activity_dates(opened, qtbot, *typed)
    assert _stored(opened) == (date(2020, 5, 1), date(2020, 5, 2))


def _select_start_cell(window, start: date) -> None:
    registers.add_item(window.ctx.ws, "activity", kind="workplan", title="Desk review", start_date=start)
    window.ctx.navigate("step:1.6")
    table = _table(window)
    table.view.setFocus()
    table.view.setCurrentIndex(table.proxy.index(0, 2))


def test_typing_over_a_date_replaces_it_whole(opened, qtbot) -> None:
    _select_start_cell(opened, date(2020, 6, 1))
    _type("2020-07-01")              # the first key opens the editor on the cell, the text replaced
    _key(Qt.Key.Key_Tab)
    assert _stored(opened)[0] == date(2020, 7, 1)


def test_an_impossible_date_is_refused_and_the_old_one_kept(opened, qtbot, locale_of) -> None:
    _select_start_cell(opened, date(2020, 6, 1))
    table = _table(opened)
    _type("2020-02-30")
    _key(Qt.Key.Key_Tab)
    assert isinstance(QApplication.focusWidget(), DateField)     # still in the cell, to correct it
    assert "2020-02-30" in table.message.text()
    _key(Qt.Key.Key_Escape)
    assert table.model.index(0, 2).data() == "2020-06-01"
    assert _stored(opened)[0] == date(2020, 6, 1)


def test_leaving_an_impossible_date_by_mouse_keeps_the_old_one_and_says_so(opened, qtbot) -> None:
    _select_start_cell(opened, date(2020, 6, 1))
    table = _table(opened)
    _type("31/02/2020")
    notes = opened.view.current_page().notes
    qtbot.mouseClick(notes.viewport(), Qt.MouseButton.LeftButton)   # a click elsewhere: the cell is left
    assert QApplication.focusWidget() is notes
    assert "31/02/2020" in table.message.text()
    assert _stored(opened)[0] == date(2020, 6, 1)


def test_a_step_date_field_takes_the_short_form_and_refuses_a_non_date(opened, qtbot) -> None:
    before = QLocale()
    QLocale.setDefault(QLocale("fr"))
    try:
        opened.ctx.navigate("step:1.1")
        page = opened.view.current_page()
        field = page.deliverables.fields["request_date"]
        field.setFocus()
        _type("15/03/2020")
        _key(Qt.Key.Key_Tab)
        field.setFocus()
        field.selectAll()
        _type("30/02/2020")
        _key(Qt.Key.Key_Tab)
        assert "30/02/2020" in page.deliverables.message.text()
        path = opened.ctx.ws.path
        opened.close_profile()
        assert opened.open_path(path)
        from mpdesk.services import steps
        assert steps.deliverable_values(opened.ctx.ws, "1.1")["request_date"] == "2020-03-15"
    finally:
        QLocale.setDefault(before)
