"""The data-quality page lists findings, filters them and jumps to the cell."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt

from mpdesk.models.entities import IndicatorValue
from mpdesk.services.quality import get_jump_threshold
from mpdesk.ui.context import AppContext
from mpdesk.ui.pages.quality_page import FINDING_ROLE, QualityPage


def _store_negative(ws) -> None:
    """A negative count that bypassed validation (an old file or a hand-edited database)."""
    with ws.edit("crafted") as session:
        session.add(IndicatorValue(indicator_key="immigrant_stock", year=2020, sex="", age_group="", partner="",
                                   category="", value=-5.0, unit="persons", source="test", note="",
                                   provenance="typed", preferred=True))


def _page(qtbot, ws):
    ctx = AppContext(ws)
    page = QualityPage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    return ctx, page


def _visible(page) -> list:
    return [page.proxy.index(r, 0).data(FINDING_ROLE) for r in range(page.proxy.rowCount())]


def test_negative_value_is_listed_and_severity_filter_works(qtbot, make_ws):
    ws = make_ws()
    _store_negative(ws)
    ctx, page = _page(qtbot, ws)
    negative = [f for f in page.model.findings if f.cell and f.cell.indicator == "immigrant_stock"
                and f.severity == "error"]
    assert negative and "negative" in negative[0].message.lower()
    assert {f.severity for f in _visible(page)} >= {"error", "note"}
    page.severity_combo.setCurrentIndex(page.severity_combo.findData("error"))
    assert _visible(page) and all(f.severity == "error" for f in _visible(page))
    page.severity_combo.setCurrentIndex(page.severity_combo.findData("note"))
    assert all(f.severity == "note" for f in _visible(page))


def test_module_filter(qtbot, sample_ws):
    ctx, page = _page(qtbot, sample_ws)
    page.module_combo.setCurrentIndex(page.module_combo.findData("glance"))
    assert _visible(page) and all(f.section_key == "glance" for f in _visible(page))


def test_double_click_emits_the_cell_navigation(qtbot, make_ws):
    ws = make_ws()
    _store_negative(ws)
    ctx, page = _page(qtbot, ws)
    page.severity_combo.setCurrentIndex(page.severity_combo.findData("error"))
    index = page.proxy.index(0, 1)
    with qtbot.waitSignal(ctx.navigate_requested) as signal:
        page.view.doubleClicked.emit(index)
    kind, _, payload = signal.args[0].partition(":")
    assert kind == "cell"
    assert json.loads(payload) == {"indicator": "immigrant_stock", "year": 2020, "sex": "", "age_group": "",
                                   "partner": "", "category": ""}


def test_jump_threshold_is_stored(qtbot, sample_ws):
    ctx, page = _page(qtbot, sample_ws)
    jumps_before = sum(1 for f in page.model.findings if f.code == "jump")
    page.threshold.setValue(900)
    page.threshold.editingFinished.emit()
    assert abs(get_jump_threshold(sample_ws) - 9.0) < 1e-9
    assert sum(1 for f in page.model.findings if f.code == "jump") < jumps_before


def test_conflict_finding_offers_to_choose_the_figure(qtbot, sample_ws):
    from mpdesk.services.keys import CellKey
    from mpdesk.services.values import set_value

    set_value(sample_ws, CellKey("refugees_hosted", 2020), 500_000, "Refugee Affairs Secretariat register")
    ctx, page = _page(qtbot, sample_ws)
    row = next(r for r in range(page.proxy.rowCount())
               if page.proxy.index(r, 0).data(FINDING_ROLE).code == "source_conflict")
    page.view.setCurrentIndex(page.proxy.index(row, 1))
    assert page.open_button.isEnabled() and "Choose" in page.open_button.text()


def _checks_at_1024x700(window, sample_ws, qtbot) -> QualityPage:
    """The sample reopened in a 1024x700 window on the Checks page, once its table fits the view."""
    path = sample_ws.path
    sample_ws.close()
    window.resize(1024, 700)
    assert window.open_path(path)
    window.ctx.navigate("quality")
    page = window.findChild(QualityPage)
    qtbot.waitUntil(lambda: page is not None and page.isVisible() and page.proxy.rowCount() > 0)
    qtbot.waitUntil(lambda: page.view.horizontalHeader().length() <= page.view.viewport().width())
    return page


def test_findings_read_at_1024x700_in_the_main_window(window, sample_ws, qtbot):
    """The finding is the widest column and the table needs no horizontal scrolling on a small screen."""
    page = _checks_at_1024x700(window, sample_ws, qtbot)
    view, header = page.view, page.view.horizontalHeader()
    assert not view.horizontalScrollBar().isVisible()
    widths = [view.columnWidth(column) for column in range(4)]
    assert widths[1] == max(widths) and all(w > 0 for w in widths)
    # a long finding wraps: its row is taller than one line, and the whole text is shown, not elided
    long_row = max(range(page.proxy.rowCount()), key=lambda r: len(page.proxy.index(r, 1).data()))
    assert view.rowHeight(long_row) > 2 * view.fontMetrics().height()
    # a side column cut short keeps its full text in the tooltip
    indicator = page.proxy.index(long_row, 3)
    assert indicator.data(Qt.ItemDataRole.ToolTipRole) == indicator.data()


@pytest.mark.parametrize("interface", ["fr"], indirect=True)
def test_findings_have_most_of_the_width_in_french_at_1024x700(window, sample_ws, qtbot, interface):
    """Tester: in French at 1024x700 the Finding column was a third of the table ("Avertissement"
    and the capped names took the rest), so a source conflict read as nine short lines."""
    from PySide6.QtCore import QRect

    page = _checks_at_1024x700(window, sample_ws, qtbot)
    view = page.view
    assert view.model().headerData(1, Qt.Orientation.Horizontal) == "Constat"
    # at least 55 % of the table, but for what the section's and indicator's longest words need: a
    # name wraps between words, never cut ("Partie D — Conclusions et / recommandations")
    metrics, model = view.fontMetrics(), view.model()
    words = [max(metrics.horizontalAdvance(w) for r in range(model.rowCount())
                 for w in str(model.index(r, c).data() or "-").split()) for c in (2, 3)]
    room = view.viewport().width() - view.columnWidth(0) - sum(words) - 2 * 8
    assert view.columnWidth(1) >= min(0.55 * view.viewport().width() - 1, room)
    assert view.columnWidth(1) >= 0.48 * view.viewport().width()
    severity = view.model().index(0, 0).data()
    assert view.fontMetrics().horizontalAdvance(severity) < view.columnWidth(0)    # "▲  Avertissement" whole
    longest = max(range(page.proxy.rowCount()), key=lambda r: len(page.proxy.index(r, 1).data()))
    text = page.proxy.index(longest, 1).data()
    needed = view.fontMetrics().boundingRect(QRect(0, 0, view.columnWidth(1) - 8, 10_000),
                                             Qt.TextFlag.TextWordWrap, text).height()
    assert needed <= view.rowHeight(longest)              # wrapped and whole, not elided
    assert needed > 2 * view.fontMetrics().height()
