"""At 1024x700 no page scrolls sideways as a whole, and the navigator keeps its width."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QScrollArea

PAGES = ["step:1.1", "step:1.3", "step:1.4", "step:1.5", "step:2.4", "section:A.2", "section:C.1", "glance", "quality"]


@pytest.fixture
def small(window, sample_ws):
    path = sample_ws.path
    sample_ws.close()
    window.resize(1024, 700)
    assert window.open_path(path)
    return window


def _sideways(page) -> int:
    areas = [page] if isinstance(page, QScrollArea) else []
    areas += [a for a in page.findChildren(QScrollArea) if a.widgetResizable()]
    return max((a.horizontalScrollBar().maximum() for a in areas if a.isVisible()), default=0)


def test_every_page_fits_1024_wide(small, qtbot) -> None:
    wide = {}
    for target in PAGES:
        small.ctx.navigate(target)
        QApplication.processEvents()
        page = small.view.current_page()
        if _sideways(page) > 0:
            wide[target] = _sideways(page)
        assert small.view.navigator.width() >= small.view.navigator.minimumWidth() > 150
    assert wide == {}


def test_long_names_elide_at_their_end_with_the_full_name_as_tooltip(small) -> None:
    from PySide6.QtCore import Qt

    view = small.view.navigator.report_view
    small.view.navigator.tabs.setCurrentWidget(view)
    QApplication.processEvents()
    assert view.textElideMode() == Qt.TextElideMode.ElideRight
    model = small.view.navigator.report_model
    part_a = model.item(next(r for r in range(model.rowCount()) if model.item(r).text().startswith("Part A")))
    item = next(part_a.child(r) for r in range(part_a.rowCount()) if part_a.child(r).text().startswith("A.5"))
    assert view.columnWidth(0) < view.fontMetrics().horizontalAdvance(item.text()) + view.indentation() * 2
    assert item.toolTip() == item.text()


REGISTER_STEPS = ["step:1.2", "step:1.3", "step:1.5", "step:1.6", "step:2.1", "step:2.4", "step:2.5", "step:3.3",
                  "step:3.4"]


def _text_fits(view, index) -> bool:
    """The cell's text, wrapped as the view wraps it, fits in the cell's height (so nothing is cut)."""
    from PySide6.QtCore import QRect, Qt

    text = index.data() or ""
    inner = view.columnWidth(index.column()) - 8          # the delegate's text margins
    flags = Qt.TextFlag.TextWordWrap | Qt.TextFlag.TextWrapAnywhere
    needed = view.fontMetrics().boundingRect(QRect(0, 0, inner, 10_000), flags, text).height()
    return needed <= view.rowHeight(index.row())


def test_registers_at_1366_show_their_headers_and_short_texts_in_full(window, sample_ws, qtbot) -> None:
    from mpdesk.ui.pages.register_table import RegisterTable

    path = sample_ws.path
    sample_ws.close()
    window.resize(1366, 768)
    assert window.open_path(path)
    checked = 0
    for target in REGISTER_STEPS:
        window.ctx.navigate(target)
        QApplication.processEvents()
        for table in window.view.current_page().findChildren(RegisterTable):
            view, header = table.view, table.view.horizontalHeader()
            # the columns are fitted, and the scroll range follows, in Qt's deferred layout passes
            qtbot.waitUntil(lambda: view.horizontalScrollBar().maximum() == 0)   # no column out of sight
            for column in range(header.count()):
                assert header.sectionSize(column) >= header.sectionSizeHint(column), (target, column)
            for row in range(view.model().rowCount()):
                for column in range(header.count()):
                    index = view.model().index(row, column)
                    if index.data():
                        assert index.data(Qt.ItemDataRole.ToolTipRole).startswith(index.data())   # in full, on hover
                        checked += 1
    assert checked > 100
    # step 1.3 of the sample: names and institutions read in full (they were "State …"), but for
    # an institution of more than 60 characters, cut after four lines (its tooltip has it in full)
    window.ctx.navigate("step:1.3")
    QApplication.processEvents()
    view = window.view.current_page().findChildren(RegisterTable)[0].view
    cut = [view.model().index(r, c).data() for r in range(view.model().rowCount()) for c in (0, 1)
           if not _text_fits(view, view.model().index(r, c))]
    assert view.model().rowCount() >= 6 and [text for text in cut if len(text) <= 60] == []


def test_figure_grid_at_1024_shows_several_years_beside_capped_labels(small, qtbot) -> None:
    from PySide6.QtCore import QPoint
    from PySide6.QtTest import QTest

    from mpdesk.ui.pages.data_grid import DataGrid
    from mpdesk.ui.pages.data_grid_model import FIXED_COLUMNS

    small.ctx.navigate("section:A.2")
    grid = small.view.current_page().findChildren(DataGrid)[0]
    qtbot.waitUntil(lambda: grid.view.horizontalScrollBar().value() > 0)
    view = grid.view

    def whole_years() -> list[int]:
        return [c for c in range(FIXED_COLUMNS, grid.model.columnCount())
                if view.columnViewportPosition(c) >= view.frozen_width()
                and view.columnViewportPosition(c) + view.columnWidth(c) <= view.viewport().width()]

    assert len(whole_years()) >= 3
    navigator = small.view.navigator
    # the navigator leaves the page its room, but never narrower than a readable "A.1  Context…"
    assert navigator.width() >= navigator.minimumWidth() >= navigator.fontMetrics().horizontalAdvance("M") * 15
    # a long indicator name is never cut: it wraps, its row as tall as its lines (tests/ui/test_fit_1024.py)
    names = [grid.model.index(r, 0).data().strip() for r in range(grid.model.rowCount())]
    longest = max(range(len(names)), key=lambda r: view.fontMetrics().horizontalAdvance(names[r]))
    assert grid.model.index(longest, 0).data(Qt.ItemDataRole.ToolTipRole).startswith(names[longest])
    # the user widens the Indicator column by dragging its header edge; the frozen part follows
    header = view.frozen.horizontalHeader()
    edge = QPoint(header.sectionViewportPosition(0) + header.sectionSize(0) - 1, header.height() // 2)
    before = view.columnWidth(0)
    QTest.mousePress(header.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, edge)
    QTest.mouseMove(header.viewport(), edge + QPoint(60, 0))
    QTest.mouseRelease(header.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                       edge + QPoint(60, 0))
    assert view.columnWidth(0) > before



def test_quality_severity_column_shows_its_header_and_words_in_french_and_spanish(interface, small) -> None:
    small.ctx.navigate("quality")
    QApplication.processEvents()
    view = small.view.current_page().view
    header, model = view.horizontalHeader(), view.model()
    assert model.headerData(0, Qt.Orientation.Horizontal) in ("Gravité", "Gravedad")
    words = {model.index(r, 0).data() for r in range(model.rowCount())}
    assert words & {"▲  Avertissement", "▲  Advertencia"}
    metrics = view.fontMetrics()
    assert header.sectionSize(0) >= header.sectionSizeHint(0)
    assert [w for w in words if header.sectionSize(0) < metrics.horizontalAdvance(w) + 6] == [], header.sectionSize(0)
    assert small.view.navigator.width() >= small.view.navigator.minimumWidth()


def test_cell_panel_fields_fit_1024_wide_in_french_and_spanish(interface, small, qtbot) -> None:
    """Selecting a figure (its panel: source, status, note) never makes the page scroll sideways."""
    import json

    small.ctx.navigate("cell:" + json.dumps({"indicator": "immigrant_stock", "year": 2020}))
    QApplication.processEvents()
    page = small.view.current_page()
    details = page.details
    qtbot.waitUntil(lambda: details.source_edit.text() != "")
    QApplication.processEvents()
    assert _sideways(page) == 0
    right = page.viewport().mapToGlobal(page.viewport().rect().topRight()).x()
    for field in (details.source_edit, details.status_combo, details.note_edit, details.save_button):
        assert field.isVisible() and field.mapToGlobal(field.rect().topRight()).x() <= right
        assert field.width() >= field.fontMetrics().horizontalAdvance("M") * 8


def test_section_page_at_1024x700_opens_with_figure_rows_in_view(interface, window, profile_path, qtbot) -> None:
    """An empty text box is four lines, not ten, and the legend sits under the grid: on opening a
    section at 1024x700 in French or Spanish, several rows of figures are in view; the grid itself is
    never shorter than nine rows (the page scrolls instead), and four years show beside the labels."""
    from PySide6.QtCore import QPoint

    from mpdesk.ui.pages.data_grid import LEAST_ROWS, DataGrid
    from mpdesk.ui.pages.data_grid_model import FIXED_COLUMNS

    window.resize(1024, 700)
    assert window.open_path(profile_path)
    for target in ("section:A.2", "section:B.2"):
        window.ctx.navigate(target)
        QApplication.processEvents()
        page = window.view.current_page()
        grid = page.findChildren(DataGrid)[0]
        view = grid.view
        row = view.verticalHeader().defaultSectionSize()
        assert view.height() >= view.horizontalHeader().height() + LEAST_ROWS * row
        top = view.mapTo(page.widget(), QPoint(0, 0)).y() - page.verticalScrollBar().value()
        in_view = (page.viewport().height() - top - view.horizontalHeader().height()) // row
        assert in_view >= 5, (target, in_view)
        assert page.narrative.height() <= page.narrative.editor.fontMetrics().lineSpacing() * 8
        years = [c for c in range(FIXED_COLUMNS, grid.model.columnCount())
                 if view.columnViewportPosition(c) >= view.frozen_width()
                 and view.columnViewportPosition(c) + view.columnWidth(c) <= view.viewport().width()]
        assert len(years) >= 4, (target, len(years))
