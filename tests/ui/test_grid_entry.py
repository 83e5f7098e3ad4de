"""The figure grid as a secretary meets it: frozen labels, refused text kept, numbers read by language.

Real key events go to QApplication.focusWidget(); what is saved is read back from the reopened file.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox

from mpdesk.services import Workspace
from mpdesk.services.figures import stored_figures
from mpdesk.services.keys import CellKey
from mpdesk.services.values import CellEdit, set_values
from mpdesk.ui.context import AppContext
from mpdesk.ui.pages.data_grid import DataGrid
from mpdesk.ui.pages.data_grid_model import ERROR_ROLE, FIXED_COLUMNS


def _grid(qtbot, ws: Workspace, section: str) -> DataGrid:
    grid = DataGrid(AppContext(ws), section)
    qtbot.addWidget(grid)
    grid.resize(900, 500)
    grid.show()
    grid.activateWindow()
    qtbot.waitUntil(grid.isActiveWindow)
    return grid


def _go(grid: DataGrid, key: CellKey) -> None:
    assert grid.focus_cell(key)
    assert QApplication.focusWidget() is grid.view


def _type(text: str, key: Qt.Key = Qt.Key.Key_Return) -> None:
    """Each key goes to whatever has the focus then, as from a keyboard (the first opens the editor)."""
    for char in text:
        QTest.keyClicks(QApplication.focusWidget(), char)
    QTest.keyClick(QApplication.focusWidget(), key)
    QApplication.processEvents()   # Qt commits on Enter through a queued call


def _stored(path) -> dict[tuple[str, int], float]:
    ws = Workspace.open(path)
    try:
        return {(v.indicator, int(v.year)): float(v.value) for v in stored_figures(ws) if not v.sex}
    finally:
        ws.close()


def test_grid_opens_on_the_reference_period_with_labels_frozen(qtbot, make_ws) -> None:
    ws = make_ws(period_start=2015, period_end=2020)
    set_values(ws, [CellEdit(CellKey("immigrant_stock", year), 298_089) for year in range(1990, 2015)])
    grid = _grid(qtbot, ws, "A.2")
    qtbot.waitUntil(lambda: grid.view.horizontalScrollBar().value() > 0)
    view = grid.view
    visible = [y for i, y in enumerate(grid.model.years)
               if view.columnViewportPosition(FIXED_COLUMNS + i) >= view.frozen_width()
               and view.columnViewportPosition(FIXED_COLUMNS + i) + view.columnWidth(FIXED_COLUMNS + i)
               <= view.viewport().width()]
    # the period starts right beside the labels, unless the grid is scrolled as far as it goes
    # (narrow year columns: the whole period and some years before it fit in 900 px)
    bar = view.horizontalScrollBar()
    assert visible[0] == 2015 or (bar.value() == bar.maximum() and visible[0] < 2015)
    assert set(range(2015, 2021)) <= set(visible)
    grid.view.scrollTo(grid.proxy.index(0, grid.model.columnCount() - 1))
    bar = grid.view.horizontalScrollBar()
    assert bar.value() == bar.maximum()
    frozen = grid.view.frozen
    assert frozen.isVisible() and frozen.x() <= grid.view.frameWidth()
    row = frozen.rowAt(10)
    assert frozen.indexAt(frozen.visualRect(frozen.model().index(row, 0)).center()).data() == "Immigrant stock"
    assert grid.view.first_visible_year_column() >= FIXED_COLUMNS + 1   # the years moved, the labels did not


def test_refused_text_stays_with_a_message_until_corrected(qtbot, make_ws) -> None:
    ws = make_ws(period_start=2020, period_end=2020)
    grid = _grid(qtbot, ws, "A.2")
    key = CellKey("immigrant_stock", 2020)
    _go(grid, key)
    _type("about 5000")
    index = grid.model.index_of(key)
    assert index.data() == "about 5000"
    assert "not a number" in index.data(ERROR_ROLE)
    text = grid.message_text()
    assert "Immigrant stock" in text and "2020" in text and "not a number" in text
    _go(grid, key)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_F2)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    _type("5000")
    assert grid.message_text() == ""
    assert grid.model.index_of(key).data() == "5,000"
    path = ws.path
    ws.close()
    assert _stored(path)[("immigrant_stock", 2020)] == 5000


def test_two_readings_of_2_500_are_offered_not_guessed(qtbot, make_ws) -> None:
    ws = make_ws(period_start=2020, period_end=2020)
    grid = _grid(qtbot, ws, "A.2")
    _go(grid, CellKey("immigrant_stock", 2020))
    _type("2.500")
    assert "2.5 or 2500" in grid.message_text()
    path = ws.path
    ws.close()
    assert ("immigrant_stock", 2020) not in _stored(path)


def test_french_grouping_and_decimals_are_read_and_shown(qtbot, make_ws) -> None:
    ws = make_ws(period_start=2020, period_end=2020, language="fr")
    grid = _grid(qtbot, ws, "A.2")
    key = CellKey("immigrant_stock", 2020)
    _go(grid, key)
    _type("1 234,5")
    index = grid.model.index_of(key)
    shown, tip = index.data(), index.data(Qt.ItemDataRole.ToolTipRole)
    assert shown.replace("\u202f", " ") == "1 235"        # as the report prints immigrant stock (half up)
    assert "1\u202f234,5" in tip and index.data(Qt.ItemDataRole.EditRole) == "1234,5"   # the decimal is kept
    path = ws.path
    ws.close()
    assert _stored(path)[("immigrant_stock", 2020)] == 1234.5


def test_typing_in_a_computed_cell_says_why(qtbot, make_ws) -> None:
    ws = make_ws(period_start=2020, period_end=2020)
    grid = _grid(qtbot, ws, "glance")
    _go(grid, CellKey("immigrant_share_population", 2020))
    QTest.keyClicks(QApplication.focusWidget(), "5")
    assert "computed from other figures" in grid.message_text()


def test_yes_no_indicator_has_a_yes_no_editor(qtbot, make_ws) -> None:
    ws = make_ws(period_start=2020, period_end=2020)
    grid = _grid(qtbot, ws, "C.1")
    key = CellKey("national_migration_policy", 2020)
    _go(grid, key)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_F2)
    combo = QApplication.focusWidget()
    assert isinstance(combo, QComboBox)
    QTest.keyClicks(combo, "Y")
    QTest.keyClick(combo, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert grid.model.index_of(key).data() == "Yes"
    path = ws.path
    ws.close()
    assert _stored(path)[("national_migration_policy", 2020)] == 1.0


def test_copy_of_a_block_is_tab_separated(qtbot, make_ws) -> None:
    ws = make_ws(period_start=2019, period_end=2020)
    set_values(ws, [CellEdit(CellKey("immigrant_stock", 2019), 1000), CellEdit(CellKey("immigrant_stock", 2020), 2500.5)])
    grid = _grid(qtbot, ws, "A.2")
    _go(grid, CellKey("immigrant_stock", 2019))
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == "1,000\t2,500.5"


def test_paste_names_each_cell_it_could_not_read(qtbot, make_ws) -> None:
    ws = make_ws(period_start=2018, period_end=2020)
    grid = _grid(qtbot, ws, "A.2")
    _go(grid, CellKey("immigrant_stock", 2018))
    QGuiApplication.clipboard().setText("1000\tabout 5000\t2.500\n")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    text = grid.message_text()
    assert "2 cell(s) were not pasted" in text or "2 cells were not pasted" in text
    assert "Immigrant stock 2019" in text and "Immigrant stock 2020" in text
    assert grid.model.index_of(CellKey("immigrant_stock", 2019)).data() == "about 5000"
    path = ws.path
    ws.close()
    assert _stored(path) == {("immigrant_stock", 2018): 1000.0}


def test_in_the_window_tab_leaves_the_grid_and_the_edit_menu_copies_a_block(opened, qtbot) -> None:
    ws = opened.ctx.ws
    set_values(ws, [CellEdit(CellKey("immigrant_stock", 2019), 1000), CellEdit(CellKey("immigrant_stock", 2020), 2000)])
    opened.ctx.navigate("section:A.2")
    page = opened.view.current_page()
    page.narrative.editor.setFocus()
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    chain = []
    for _ in range(8):
        chain.append(QApplication.focusWidget())
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert page.grid.view in chain                        # the grid is reached ...
    after = chain[chain.index(page.grid.view) + 1]
    assert after is not page.grid.view and after is not page.grid.view.frozen   # ... and left by the next Tab
    page.grid.focus_cell(CellKey("immigrant_stock", 2019))
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    opened.menus.clipboard["copy"].trigger()
    assert QGuiApplication.clipboard().text() == "1,000\t2,000"


def test_refused_text_survives_a_refresh_of_the_grid(qtbot, make_ws) -> None:
    """An import adds rows (partners) and the grid resets: the refused text and its message stay."""
    from mpdesk.services.profile import update_profile

    ws = make_ws(period_start=2018, period_end=2020)
    grid = _grid(qtbot, ws, "A.2")
    key = CellKey("immigrant_stock", 2018)
    _go(grid, key)
    _type("abc", Qt.Key.Key_Tab)
    assert "not a number" in grid.message_text()
    # what an import does: new partner rows, so the grid's rows change (emitted through ctx.changed)
    set_values(ws, [CellEdit(CellKey("immigrant_stock", 2019, partner="FRA"), 1200.0, source="Test")])
    assert grid.model.index_of(CellKey("immigrant_stock", 2019, partner="FRA")).isValid()
    update_profile(ws, title="Profile after import")          # and a full reload
    index = grid.model.index_of(key)
    assert index.data() == "abc"
    assert "not a number" in index.data(ERROR_ROLE)
    assert "not a number" in grid.message_text()
    path = ws.path
    ws.close()
    assert ("immigrant_stock", 2018) not in _stored(path)
