"""Two sources disagree: the quality page takes the user to the cell, where the choice is made."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from mpdesk.services.figures import stored_figures
from mpdesk.services.keys import CellKey
from mpdesk.services.values import set_value
from mpdesk.ui.pages.module_page import ModulePage
from mpdesk.ui.pages.quality_page import FINDING_ROLE


def _quality_page(window, ws):
    """The profile closed here, reopened in the window at 1366x768, on the Checks page."""
    path = ws.path
    ws.close()
    window.resize(1366, 768)
    assert window.open_path(path)
    window.ctx.navigate("quality")
    return window.view.current_page()


def test_go_to_the_figure_lands_on_the_cell_with_the_sources_listed(window, sample_ws, qtbot) -> None:
    # The team's figure beside UNHCR's in one cell: a conflict the team settles (UNHCR's own later
    # release revising an earlier one is not: the series follows the newer release).
    set_value(sample_ws, CellKey("refugees_hosted", 2020), 500_000, "Refugee Affairs Secretariat register")
    path = sample_ws.path
    quality = _quality_page(window, sample_ws)
    row = next(r for r in range(quality.proxy.rowCount())   # the typed 2020 refugees total (A.2's grid)
               if quality.proxy.index(r, 0).data(FINDING_ROLE).code == "source_conflict"
               and quality.proxy.index(r, 0).data(FINDING_ROLE).cell.indicator == "refugees_hosted"
               and not quality.proxy.index(r, 0).data(FINDING_ROLE).cell.partner)
    cell = quality.proxy.index(row, 0).data(FINDING_ROLE).cell
    quality.view.setCurrentIndex(quality.proxy.index(row, 1))
    qtbot.mouseClick(quality.open_button, Qt.MouseButton.LeftButton)
    page = window.view.current_page()
    assert isinstance(page, ModulePage)                       # a module with a grid, not the dashboard
    assert page.grid.current_key() == cell
    details = page.details
    assert details.key == cell and details.conflicts.isVisible()
    listed = details.conflict_list
    assert listed.topLevelItemCount() >= 2
    assert listed.visualItemRect(listed.topLevelItem(1)).height() > 0   # readable lines, not squeezed labels
    assert listed.columnWidth(1) >= 150
    chosen_id = listed.currentItem().data(0, Qt.ItemDataRole.UserRole)
    listed.setFocus()
    qtbot.mouseClick(details.use_button, Qt.MouseButton.LeftButton)
    window.close_profile()
    from mpdesk.services import Workspace
    ws = Workspace.open(path)
    try:
        assert [v for v in stored_figures(ws, [cell.indicator]) if v.id == chosen_id][0].preferred
    finally:
        ws.close()


def test_a_series_conflict_opens_the_year_of_the_largest_difference(window, sample_ws, qtbot) -> None:
    """The sample's World Bank and UN DESA populations disagree every fifth year: one warning, and
    going to the figure lands on the year where they differ most (the sources listed there)."""
    from mpdesk.services.value_table import ValueTable

    table = ValueTable.from_workspace(sample_ws)
    spread = {}
    for key, rows in table.conflicts():
        if key.indicator == "population_total" and not any(key.dims()):
            preferred = rows[0].value
            spread[key.year] = max(abs(r.value - preferred) for r in rows) / preferred
    widest = max(spread, key=spread.get)
    path = sample_ws.path
    quality = _quality_page(window, sample_ws)
    rows = [r for r in range(quality.proxy.rowCount())
            if quality.proxy.index(r, 0).data(FINDING_ROLE).code == "source_conflict"
            and quality.proxy.index(r, 0).data(FINDING_ROLE).indicator_key == "population_total"]
    assert len(rows) == 1   # one warning for the series, not one per year
    quality.view.setCurrentIndex(quality.proxy.index(rows[0], 1))
    qtbot.mouseClick(quality.open_button, Qt.MouseButton.LeftButton)
    page = window.view.current_page()
    assert isinstance(page, ModulePage)
    assert page.grid.current_key() == CellKey("population_total", widest)
    assert page.details.conflicts.isVisible() and page.details.conflict_list.topLevelItemCount() == 2
