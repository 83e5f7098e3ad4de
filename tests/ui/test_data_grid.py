"""The data grid as a user meets it: typing, refusals, paste, derived cells, details panel."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from mpdesk.services import Workspace
from mpdesk.services.figures import stored_figures
from mpdesk.services.keys import CellKey
from mpdesk.services.values import set_values, CellEdit
from mpdesk.ui.context import AppContext
from mpdesk.ui.pages.data_grid import DataGrid
from mpdesk.ui.pages.data_grid_model import FIXED_COLUMNS, KIND_ROLE


def _grid(qtbot, ws: Workspace, section: str) -> DataGrid:
    grid = DataGrid(AppContext(ws), section)
    qtbot.addWidget(grid)
    grid.resize(1000, 500)
    grid.show()
    return grid


def _index(grid: DataGrid, key: CellKey):
    index = grid.model.index_of(key)
    if not index.isValid():
        grid.model.add_year(key.year)
        index = grid.model.index_of(key)
    assert index.isValid()
    return index


def test_typed_value_is_in_the_file_after_reopening(qtbot, make_ws):
    ws = make_ws()
    grid = _grid(qtbot, ws, "glance")
    key = CellKey("immigrant_stock", 2020)
    index = grid.proxy.mapFromSource(_index(grid, key))
    grid.view.setCurrentIndex(index)
    grid.view.setFocus()
    qtbot.keyClick(grid.view, "1")                      # typing starts editing
    assert grid.view.state() == grid.view.State.EditingState
    editor = next(w for w in grid.view.viewport().findChildren(QLineEdit) if w.isVisible())
    qtbot.keyClicks(editor, "234567")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: grid.model.index_of(key).data() == "1,234,567")
    assert grid.view.currentIndex().row() == index.row() + 1   # Enter moved down
    path = ws.path
    ws.close()
    reopened = Workspace.open(path)
    try:
        stored = [(v.indicator, v.year, v.value) for v in stored_figures(reopened)]
        assert ("immigrant_stock", 2020, 1234567.0) in stored
    finally:
        reopened.close()


@pytest.mark.parametrize("indicator,text,fragment", [
    ("immigrant_stock", "abc", "not a number"),
    ("immigrant_stock", "-5", "cannot be negative"),
    ("households_receiving_remittances", "150", "between 0 and 100"),
])
def test_invalid_input_is_refused_beside_the_grid(qtbot, make_ws, indicator, text, fragment):
    ws = make_ws()
    section = ws.catalogue.indicator(indicator).section_key
    grid = _grid(qtbot, ws, section)
    index = _index(grid, CellKey(indicator, 2020))
    assert grid.model.setData(index, text) is False
    assert fragment in grid.message_text()
    assert grid.message.isVisible()
    assert index.data(Qt.ItemDataRole.ToolTipRole) and fragment in index.data(Qt.ItemDataRole.ToolTipRole)
    assert list(stored_figures(ws)) == []


def test_pasted_block_is_one_undo_step(qtbot, make_ws):
    ws = make_ws(period_start=2018, period_end=2020)
    grid = _grid(qtbot, ws, "glance")
    start = _index(grid, CellKey("immigrant_stock", 2018))
    grid.view.setCurrentIndex(grid.proxy.mapFromSource(start))
    grid.paste_text("1,000\t2,000\t3 000\n400\t500\t600\n")   # total row, then female row
    assert len(list(stored_figures(ws))) == 6
    assert {(v.sex, v.year, v.value) for v in stored_figures(ws)} >= {("", 2018, 1000.0), ("female", 2020, 600.0)}
    ws.undo()
    assert list(stored_figures(ws)) == []
    assert grid.model.index_of(CellKey("immigrant_stock", 2018)).data() in (None, "")


def test_paste_reports_cells_that_do_not_parse(qtbot, make_ws):
    ws = make_ws(period_start=2018, period_end=2020)
    grid = _grid(qtbot, ws, "glance")
    grid.view.setCurrentIndex(grid.proxy.mapFromSource(_index(grid, CellKey("immigrant_stock", 2018))))
    grid.paste_text("10\tx\t-3\n")
    assert len(list(stored_figures(ws))) == 1
    assert "2 cell(s) were not pasted" in grid.message_text()


def test_copy_selection_as_tsv_and_delete_clears(qtbot, make_ws):
    ws = make_ws(period_start=2019, period_end=2020)
    set_values(ws, [CellEdit(CellKey("immigrant_stock", 2019), 1500), CellEdit(CellKey("immigrant_stock", 2020), 2500)])
    grid = _grid(qtbot, ws, "glance")
    first = grid.proxy.mapFromSource(grid.model.index_of(CellKey("immigrant_stock", 2019)))
    grid.view.selectionModel().select(first, grid.view.selectionModel().SelectionFlag.Select)
    grid.view.selectionModel().select(first.siblingAtColumn(first.column() + 1),
                                      grid.view.selectionModel().SelectionFlag.Select)
    grid.copy_selection()
    from PySide6.QtGui import QGuiApplication
    assert QGuiApplication.clipboard().text() == "1,500\t2,500"
    grid.clear_selection()
    assert list(stored_figures(ws)) == []


def test_derived_cell_is_read_only_and_computed(qtbot, make_ws):
    ws = make_ws(period_start=2020, period_end=2020)
    set_values(ws, [CellEdit(CellKey("immigrant_stock", 2020), 1_050_147),
                    CellEdit(CellKey("population_total", 2020), 51_985_780)])
    grid = _grid(qtbot, ws, "glance")
    index = grid.model.index_of(CellKey("immigrant_share_population", 2020))
    assert index.data() == "2.0"      # 1,050,147 / 51,985,780 * 100, one decimal
    assert not (index.flags() & Qt.ItemFlag.ItemIsEditable)
    assert index.data(KIND_ROLE) == "derived"
    assert "immigrant_stock / population_total" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert grid.model.setData(index, "5") is False
    set_values(ws, [CellEdit(CellKey("population_total", 2020), None)])
    assert index.data() == "—"
    assert "population" in index.data(Qt.ItemDataRole.ToolTipRole).lower()


def test_rows_show_sex_and_partner_breakdowns(qtbot, sample_ws):
    grid = _grid(qtbot, sample_ws, "glance")
    labels = [grid.model.index(r, 0).data().strip() for r in range(grid.model.rowCount())]
    assert "Female" in labels and "Male" in labels and "Somalia" in labels
    years = grid.model.years
    assert 1990 in years and 2021 in years
    header = grid.model.headerData(FIXED_COLUMNS, Qt.Orientation.Horizontal)
    assert header == str(years[0])


def _import(ws: Workspace, source: str, figures: dict[int, float], name: str) -> None:
    from mpdesk.imports.records import ValueRecord
    from mpdesk.services.values import import_records

    records = [ValueRecord("immigrant_stock", year, value, unit="persons", source=source)
               for year, value in figures.items()]
    import_records(ws, records, name, name[0] * 64, "tidy_csv", source, [])


def test_cells_show_the_reports_decimals_and_keep_every_decimal_for_editing(qtbot, make_ws):
    ws = make_ws(period_start=2019, period_end=2020, language="es")
    _import(ws, "UN DESA, International Migrant Stock 2020", {2020: 29799.3957}, "a.csv")
    grid = _grid(qtbot, ws, "A.2")
    key = CellKey("immigrant_stock", 2020)
    index = grid.model.index_of(key)
    assert index.data() == "29.799"                        # as the report prints it (no decimals)
    assert "29.799,3957" in index.data(Qt.ItemDataRole.ToolTipRole)
    grid.view.setCurrentIndex(grid.proxy.mapFromSource(index))
    grid.view.setFocus()
    qtbot.keyClick(grid.view, Qt.Key.Key_F2)               # the editor opens on the stored figure
    editor = next(w for w in grid.view.viewport().findChildren(QLineEdit) if w.isVisible())
    assert editor.text() == "29799,3957"
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    path = ws.path
    ws.close()
    reopened = Workspace.open(path)
    try:
        assert [f.value for f in stored_figures(reopened, {"immigrant_stock"})] == [29799.3957]
    finally:
        reopened.close()


def test_a_figure_the_report_leaves_out_looks_different_and_says_why(qtbot, make_ws):
    ws = make_ws(period_start=2019, period_end=2021)
    _import(ws, "UN DESA, International Migrant Stock 2020", {2019: 100.0, 2020: 110.0}, "a.csv")
    _import(ws, "KNBS census 2021", {2021: 120.0}, "b.csv")
    grid = _grid(qtbot, ws, "A.2")
    outside = grid.model.index_of(CellKey("immigrant_stock", 2021))
    inside = grid.model.index_of(CellKey("immigrant_stock", 2020))
    assert outside.data() == "120" and outside.data(KIND_ROLE) == "outside"
    assert outside.data(Qt.ItemDataRole.FontRole).italic()
    assert inside.data(KIND_ROLE) == "imported" and inside.data(Qt.ItemDataRole.FontRole) is None
    tip = outside.data(Qt.ItemDataRole.ToolTipRole)
    assert "KNBS census 2021" in tip and "UN DESA, International Migrant Stock 2020" in tip and "'..'" in tip
    from mpdesk.ui.pages.cell_details import CellDetails

    panel = CellDetails(grid.ctx if hasattr(grid, "ctx") else AppContext(ws))
    qtbot.addWidget(panel)
    panel.show_cell(CellKey("immigrant_stock", 2021))
    assert "Not in the report's series" in panel.provenance.text()
    panel.show_cell(CellKey("immigrant_stock", 2020))
    assert "Not in the report's series" not in panel.provenance.text()
    # Choosing the census for the cell (the panel's button) puts it in the series: the cue goes.
    from mpdesk.services.values import choose_preferred

    [census] = [f for f in stored_figures(ws, {"immigrant_stock"}) if f.year == 2021]
    choose_preferred(ws, census.id)
    qtbot.waitUntil(lambda: grid.model.index_of(CellKey("immigrant_stock", 2021)).data(KIND_ROLE) == "imported")


def test_a_published_figure_reads_as_published_and_a_typed_one_as_draft(qtbot, make_ws):
    """The cell panel names statuses through formats.status_label: UN DESA's figure is not a draft."""
    from mpdesk.formats import status_label
    from mpdesk.ui.pages.cell_details import CellDetails

    ws = make_ws(period_start=2019, period_end=2020)
    _import(ws, "UN DESA, International Migrant Stock 2020", {2020: 100.0}, "a.csv")
    set_values(ws, [CellEdit(CellKey("emigrant_stock", 2020), 5.0)])
    panel = CellDetails(AppContext(ws))
    qtbot.addWidget(panel)
    panel.show()
    panel.show_cell(CellKey("immigrant_stock", 2020))
    assert panel.status_combo.currentText() == "As published" == status_label("draft", "imported")
    panel.show_cell(CellKey("emigrant_stock", 2020))
    assert panel.status_combo.currentText() == "Draft"
    qtbot.keyClick(panel.status_combo, Qt.Key.Key_Down)                   # Draft -> Estimate
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    path = ws.path
    ws.close()
    reopened = Workspace.open(path)
    try:
        [typed] = [f for f in stored_figures(reopened, {"emigrant_stock"})]
        assert typed.status == "estimate"
    finally:
        reopened.close()
