"""The module page: narrative saved on flush/idle with a safe preview, details panel, navigation."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from mpdesk.services.profile import narratives
from mpdesk.services.figures import stored_figures
from mpdesk.services.keys import CellKey
from mpdesk.services.values import CellEdit, set_values
from mpdesk.ui.context import AppContext
from mpdesk.ui.pages.module_page import ModulePage
from mpdesk.ui.pages.narrative_editor import markup_to_html


def _page(qtbot, ws, section: str) -> ModulePage:
    page = ModulePage(AppContext(ws), section)
    qtbot.addWidget(page)
    page.resize(1100, 760)
    page.show()
    return page


def test_page_shows_number_title_and_charts(qtbot, sample_ws):
    page = _page(qtbot, sample_ws, "A.2")
    assert page.title_label.text().startswith("A.2")
    assert "Immigration" in page.title_label.text()
    assert page.charts.widgets, "the sample has figures for A.2's charts"


def test_narrative_is_saved_on_flush_and_after_idle(qtbot, make_ws):
    ws = make_ws()
    page = _page(qtbot, ws, "A.2")
    page.narrative.editor.setPlainText("## Stock\nMigrants rose.")
    page.flush()
    assert narratives(ws)["A.2"] == "## Stock\nMigrants rose."
    page.narrative.editor.appendPlainText("- more")
    qtbot.waitUntil(lambda: narratives(ws)["A.2"].endswith("- more"), timeout=5000)


def test_toolbar_inserts_markup_and_preview_escapes_user_text(qtbot, make_ws):
    ws = make_ws()
    page = _page(qtbot, ws, "A.2")
    editor = page.narrative
    editor.editor.setPlainText("Title")
    editor.apply_format("heading")
    assert editor.text().startswith("## Title")
    editor.editor.setPlainText('<b>x</b> & **strong**')
    editor.preview_button.setChecked(True)
    html = markup_to_html(editor.text())
    assert "&lt;b&gt;x&lt;/b&gt; &amp;" in html and "<b>strong</b>" in html
    assert "strong" in editor.preview.toPlainText() and "**" not in editor.preview.toPlainText()
    assert narratives(ws)["A.2"] == '<b>x</b> & **strong**'    # preview flushes pending text


def test_details_panel_changes_source_and_preferred_figure(qtbot, sample_ws):
    conflict = next(key for key, rows in _conflicts(sample_ws))
    section = sample_ws.catalogue.indicator(conflict.indicator).section_key
    page = _page(qtbot, sample_ws, section)
    page.focus_cell(conflict)
    details = page.details
    assert details.key == conflict and details.conflicts.isVisible()
    other = next(r for r in details.rows if not r.preferred)
    lines = [details.conflict_list.topLevelItem(i) for i in range(details.conflict_list.topLevelItemCount())]
    details.conflict_list.setCurrentItem(next(i for i in lines if i.data(0, Qt.ItemDataRole.UserRole) == other.id))
    qtbot.mouseClick(details.use_button, Qt.MouseButton.LeftButton)
    chosen = [v for v in stored_figures(sample_ws, [conflict.indicator]) if v.id == other.id][0]
    assert chosen.preferred
    details.source_edit.setText("National census 2019")
    details.save()
    rows = [v for v in stored_figures(sample_ws, [conflict.indicator]) if v.preferred
            and (v.year, v.sex, v.partner) == (conflict.year, conflict.sex, conflict.partner)]
    assert rows[0].source == "National census 2019"


def _conflicts(ws):
    from mpdesk.services.value_table import ValueTable

    return ValueTable.from_workspace(ws).conflicts()


def test_note_mark_and_grid_refresh_after_undo(qtbot, make_ws):
    ws = make_ws(period_start=2020, period_end=2020)
    page = _page(qtbot, ws, "glance")
    key = CellKey("immigrant_stock", 2020)
    set_values(ws, [CellEdit(key, 100, source="UN DESA", note="mid-year")])
    index = page.grid.model.index_of(key)
    from mpdesk.ui.pages.data_grid_model import HAS_NOTE_ROLE

    assert index.data() == "100" and index.data(HAS_NOTE_ROLE)
    ws.undo()
    assert not page.grid.model.index_of(key).data()


def test_the_undo_label_names_the_section_in_the_interface_language(qtbot, make_ws, interface):
    """Tester 8: a Spanish window read "Deshacer: Editar el texto de Immigration" (the English
    title in the undo label); the text typed with the keyboard, the section named as the screen."""
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    ws = make_ws()
    page = _page(qtbot, ws, "A.3")
    page.narrative.editor.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.narrative.editor)
    QTest.keyClicks(QApplication.focusWidget(), "Migrants rose.")
    page.flush()
    title = ws.catalogue.section("A.3").title
    assert title.get_for(interface) in ws.undo_label() and title.get_for("en") not in ws.undo_label()
