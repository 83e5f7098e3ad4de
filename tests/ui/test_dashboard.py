"""The at-a-glance dashboard shows the sample's key figures, completeness and open errors."""

from __future__ import annotations

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
