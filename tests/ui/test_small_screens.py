"""At 1024x700 no page scrolls sideways as a whole, and the navigator keeps its width."""

from __future__ import annotations

import pytest
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


def test_long_names_elide_in_the_middle_with_the_full_name_as_tooltip(small) -> None:
    from PySide6.QtCore import Qt

    view = small.view.navigator.report_view
    small.view.navigator.tabs.setCurrentWidget(view)
    QApplication.processEvents()
    assert view.textElideMode() == Qt.TextElideMode.ElideMiddle
    model = small.view.navigator.report_model
    part_a = model.item(next(r for r in range(model.rowCount()) if model.item(r).text().startswith("Part A")))
    item = next(part_a.child(r) for r in range(part_a.rowCount()) if part_a.child(r).text().startswith("A.5"))
    assert view.columnWidth(0) < view.fontMetrics().horizontalAdvance(item.text()) + view.indentation() * 2
    assert item.toolTip() == item.text()
