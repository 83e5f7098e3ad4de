"""The at-a-glance dashboard shows the sample's key figures, completeness and open errors."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from mpdesk.services.glance import key_figures
from mpdesk.services.keys import CellKey
from mpdesk.services.values import CellEdit, set_values
from mpdesk.ui.context import AppContext
from mpdesk.ui.pages.dashboard_page import TREND_ROLE, DashboardPage


def test_rows_hold_the_sample_key_figures(qtbot, sample_ws):
    page = DashboardPage(AppContext(sample_ws))
    qtbot.addWidget(page)
    expected = key_figures(sample_ws)
    model = page.model
    assert model.rowCount() == len(expected)
    stock = next(r for r in range(model.rowCount()) if model.figures[r].indicator == "immigrant_stock")
    assert model.index(stock, 1).data() == "1,050,147"
    assert model.index(stock, 2).data() == str(next(f for f in expected if f.indicator == "immigrant_stock").latest_year)
    assert len([v for v in model.index(stock, 4).data(TREND_ROLE) if v is not None]) > 2
    assert page.progress_grid.count() > 0


def test_errors_listed_and_clickable(qtbot, make_ws):
    ws = make_ws(period_start=2020, period_end=2020)
    ctx = AppContext(ws)
    page = DashboardPage(ctx)
    qtbot.addWidget(page)
    page.show()
    assert page.errors.count() == 0
    # no "Open data errors" heading over an empty list: only the sentence saying there are none
    assert not page.errors_heading.isVisible() and page.errors_hint.isVisible()
    set_values(ws, [CellEdit(CellKey("immigrant_stock", 2020), 1000),
                    CellEdit(CellKey("immigrant_stock", 2020, sex="female"), 900),
                    CellEdit(CellKey("immigrant_stock", 2020, partner="SOM"), 800),
                    CellEdit(CellKey("immigrant_stock", 2020, partner="UGA"), 700)])
    qtbot.waitUntil(lambda: page.errors.count() > 0, timeout=5000)
    assert page.errors_heading.isVisible() and page.errors.isVisible()
    with qtbot.waitSignal(ctx.navigate_requested) as signal:
        page.errors.itemClicked.emit(page.errors.item(0))
    assert signal.args[0].startswith("cell:") or signal.args[0].startswith("section:")


@pytest.mark.parametrize("interface", ["fr"], indirect=True)
def test_key_figures_are_whole_in_french_at_1366(window, make_ws, interface, qtbot):
    """Tester's French profile: "Anné" in the header and "aucun…née …" in every row without a figure
    (the columns had fixed pixel widths)."""
    from PySide6.QtGui import QFont, QFontMetrics
    from PySide6.QtWidgets import QApplication

    ws = make_ws(country_iso3="SEN", language="fr")
    set_values(ws, [CellEdit(CellKey("immigrant_stock", year), value) for year, value in ((2015, 244_000), (2020, 274_929))])
    path = ws.path
    ws.close()
    window.resize(1366, 768)
    assert window.open_path(path)
    window.ctx.navigate("glance")
    page = window.findChild(DashboardPage)
    qtbot.waitUntil(lambda: page is not None and page.isVisible())
    QApplication.processEvents()
    table, header = page.table, page.table.horizontalHeader()
    bold = QFont(header.font())
    bold.setWeight(QFont.Weight.DemiBold)
    for column in range(page.model.columnCount() - 1):   # the source's header may be scrolled away
        text = page.model.headerData(column, Qt.Orientation.Horizontal)
        assert QFontMetrics(bold).horizontalAdvance(text) + 12 <= header.sectionSize(column), text
    missing = next(r for r, f in enumerate(page.model.figures) if f.latest_value is None)
    text = page.model.index(missing, 1).data()
    assert text.startswith("aucune donnée") and table.columnSpan(missing, 1) == page.model.columnCount() - 1
    assert table.visualRect(page.model.index(missing, 1)).width() > table.fontMetrics().horizontalAdvance(text) + 6
    stock = next(r for r, f in enumerate(page.model.figures) if f.indicator == "immigrant_stock")
    figure = page.model.index(stock, 1).data()
    assert table.fontMetrics().horizontalAdvance(figure) + 6 <= table.columnWidth(1)


@pytest.mark.parametrize("size", [(1366, 768), (1024, 700)])
def test_key_figures_fit_the_page_in_french_and_spanish(window, tmp_path, interface, qtbot, size):
    """The training sample at 1366x768 and 1024x700: the table has no sideways scroll bar (the French
    source was cut to "UN DESA, Internat…l Migrant Sto" and scrolled); figures, years, changes and
    headers are whole; a name or source cut for room is whole in its tooltip; the source keeps 8 em."""
    from PySide6.QtWidgets import QApplication

    from mpdesk.services.sample import write_sample
    from mpdesk.ui.fitted_table import header_text_width
    from tests.ui.test_import_log_fit import click_navigator

    write_sample(tmp_path / "sample.mpdesk").close()
    window.resize(*size)
    assert window.open_path(tmp_path / "sample.mpdesk")
    click_navigator(window, qtbot, "glance")
    page = window.findChild(DashboardPage)
    qtbot.waitUntil(lambda: page is not None and page.isVisible())
    QApplication.processEvents()
    table, header, metrics = page.table, page.table.horizontalHeader(), page.table.fontMetrics()
    assert table.horizontalScrollBar().maximum() == 0
    columns = page.model.columnCount()
    assert sum(table.columnWidth(c) for c in range(columns)) <= table.viewport().width()
    for column in range(columns):
        assert header_text_width(header, page.model.headerData(column, Qt.Orientation.Horizontal)) \
            <= header.sectionSize(column)
    em = page.fontMetrics().horizontalAdvance("M")
    assert table.columnWidth(columns - 1) >= 8 * em
    for row, figure in enumerate(page.model.figures):
        if figure.latest_value is None:
            continue
        for column in range(columns):
            text = page.model.index(row, column).data() or ""
            if metrics.horizontalAdvance(text) + 12 > table.columnWidth(column):
                assert column in (0, columns - 1), text   # only a name or a source is ever cut
                assert page.model.index(row, column).data(Qt.ItemDataRole.ToolTipRole) == text
