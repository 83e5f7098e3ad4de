"""One status rule for every step (tester8 #4), the start of long one-line fields (#8), and
section progress that counts the figures a section's grid shows, imported or typed (#11).
Real key and mouse events to the focused widget; the file is reopened where data is involved."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from mpdesk.ui.navigator import STATUS_ROLE, TARGET_ROLE
from mpdesk.ui.widgets import LineField

FOCAL_POINT = "Maria Jose Andrade, Directora de Estadisticas Sociodemograficas; suplente: Luis Cardenas, Analista"  # QTest types ASCII only


def _key(key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(QApplication.focusWidget(), key, modifier)


def _type(text: str) -> None:
    QTest.keyClicks(QApplication.focusWidget(), text)


def _navigator_item(window, target: str):
    model = window.view.navigator.process_model
    found = model.match(model.index(0, 0), TARGET_ROLE, target, 1,
                        Qt.MatchFlag.MatchRecursive | Qt.MatchFlag.MatchExactly)
    assert found, target
    return found[0]


def _report_percent(window, target: str) -> str:
    model = window.view.navigator.report_model
    found = model.match(model.index(0, 0), TARGET_ROLE, target, 1,
                        Qt.MatchFlag.MatchRecursive | Qt.MatchFlag.MatchExactly)
    assert found, target
    return found[0].siblingAtColumn(1).data()


def _shown_status(window, step_key: str) -> tuple[str, str]:
    """(the step page's Status box, the navigator's dot) for a step, the page opened."""
    window.ctx.navigate(f"step:{step_key}")
    page = window.view.current_page()
    return page.status.currentData(), _navigator_item(window, f"step:{step_key}").data(STATUS_ROLE)


def _reopen(window) -> None:
    path = window.ctx.ws.path
    window.close_profile()
    assert window.open_path(path)


def _add_row_by_keyboard(window, qtbot, step_key: str, text: str) -> None:
    from mpdesk.ui.pages.register_table import RegisterTable

    window.ctx.navigate(f"step:{step_key}")
    table = window.view.current_page().findChildren(RegisterTable)[0]
    qtbot.mouseClick(table.add_button, Qt.MouseButton.LeftButton)
    _type(text)
    _key(Qt.Key.Key_Return)


@pytest.mark.parametrize("step_key", ["1.2", "1.5", "2.1"])
def test_a_register_entry_makes_its_step_in_progress_everywhere(opened, qtbot, step_key) -> None:
    assert _shown_status(opened, step_key) == ("not_started", "not_started")
    _add_row_by_keyboard(opened, qtbot, step_key, "Banco Central del Ecuador")
    assert _shown_status(opened, step_key) == ("in_progress", "in_progress")
    page = opened.view.current_page()
    not_started = page.status.model().item(page.status.findData("not_started"))
    assert not not_started.isEnabled()   # it would show 'In progress' again at once
    for _ in range(2):   # the name, then the row itself, undone: no work left
        QTest.keyClick(opened, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _shown_status(opened, step_key) == ("not_started", "not_started")
    _add_row_by_keyboard(opened, qtbot, step_key, "Banco Central del Ecuador")
    _reopen(opened)
    assert _shown_status(opened, step_key) == ("in_progress", "in_progress")


def test_a_filled_field_and_a_tick_count_the_same_and_done_stays_done(opened, qtbot) -> None:
    opened.ctx.navigate("step:1.1")
    page = opened.view.current_page()
    field = page.deliverables.fields["request_reference"]
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    _type("Oficio MREMH-2024-0032")
    _key(Qt.Key.Key_Tab)
    assert _shown_status(opened, "1.1") == ("in_progress", "in_progress")
    opened.ctx.navigate("step:1.3")
    box = next(iter(opened.view.current_page().checklist.boxes.values()))
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    assert _shown_status(opened, "1.3") == ("in_progress", "in_progress")
    page = opened.view.current_page()
    page.status.setFocus()
    _key(Qt.Key.Key_End)   # 'Done', chosen with the keyboard
    assert _shown_status(opened, "1.3") == ("done", "done")
    _reopen(opened)
    assert _shown_status(opened, "1.3") == ("done", "done")
    assert _navigator_item(opened, "step:1.3").siblingAtColumn(1).data() == "100 %"


def test_a_long_one_line_field_shows_its_start_after_leaving_it_and_after_reopening(opened, qtbot) -> None:
    opened.resize(1024, 700)
    opened.ctx.navigate("step:1.1")
    field = opened.view.current_page().deliverables.fields["focal_point"]
    assert isinstance(field, LineField)
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    _type(FOCAL_POINT)
    assert field.cursorPosition() == len(FOCAL_POINT)   # while typing, the end is where the cursor is
    assert field.fontMetrics().horizontalAdvance(FOCAL_POINT) > field.width(), "the text must not fit"
    _key(Qt.Key.Key_Tab)
    assert field.cursorPosition() == 0
    _reopen(opened)
    opened.ctx.navigate("step:1.1")
    field = opened.view.current_page().deliverables.fields["focal_point"]
    assert field.text() == FOCAL_POINT and field.cursorPosition() == 0


def _import_remittances(ws) -> None:
    from mpdesk.imports.records import ValueRecord
    from mpdesk.services.values import import_records

    records = [ValueRecord("remittance_inflows", year, 1000.0 + year, unit="US$ million",
                           source="Banco Central del Ecuador") for year in range(2000, 2024)]
    import_records(ws, records, "bce.xlsx", "b" * 64, "tidy_csv", "Banco Central del Ecuador", [])


def test_imported_figures_in_a_sections_grid_count_for_its_progress(window, make_ws, qtbot) -> None:
    ws = make_ws("Ecuador 2024.mpdesk", country_iso3="ECU", edition_year=2024, period_start=2000,
                 period_end=2023, language="es")
    assert "remittance_inflows" not in {i.key for i in ws.catalogue.indicators_for("B.2")}   # a glance figure
    _import_remittances(ws)
    path = ws.path
    ws.close()
    assert window.open_path(path)
    window.ctx.navigate("section:B.2")
    grid = window.view.current_page().grid
    assert "remittance_inflows" in {i.key for i in grid.model.figures.indicators()}   # B.2's grid shows them
    imported = _report_percent(window, "section:B.2")
    assert imported != "0 %"
    _reopen(window)
    assert _report_percent(window, "section:B.2") == imported
