"""At 1024x700 (and 1366x768) in French and Spanish, the pages show their names whole: the figure
grid's indicator names and units wrap rather than being cut ("Envois de fonds r…"), the dashboard's
indicator and section names too; a header is never cut."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication

TEXT_MARGINS = 6   # an item view's text margins, both sides (QCommonStyle: PM_FocusFrameHMargin + 1 each)
GRID_SECTIONS = ["section:A.2", "section:A.6", "section:B.2", "section:B.4", "section:C.1"]


@pytest.fixture
def sample_path(sample_ws):
    path = sample_ws.path
    sample_ws.close()
    return path


def open_at(window, path, size):
    window.resize(*size)
    assert window.open_path(path)
    QApplication.processEvents()


def cell_font(view, index) -> QFont:
    font = index.data(Qt.ItemDataRole.FontRole)
    return font.resolve(view.font()) if isinstance(font, QFont) else view.font()


def wrapped_height(font: QFont, width: int, text: str) -> int:
    return QFontMetrics(font).boundingRect(QRect(0, 0, width, 10_000), int(Qt.TextFlag.TextWordWrap), text).height()


def cut_labels(view, columns) -> list[str]:
    """The texts of ``columns`` that ``view`` cannot show whole: a word wider than its column, or
    more lines than its row is tall."""
    model, cut = view.model(), []
    for row in range(model.rowCount()):
        for column in columns:
            index = model.index(row, column)
            text = str(index.data() or "")
            name = text.lstrip(" ")
            metrics = QFontMetrics(cell_font(view, index))
            width = view.columnWidth(column) - TEXT_MARGINS - metrics.horizontalAdvance(text[:len(text) - len(name)])
            words = max((metrics.horizontalAdvance(w) for w in name.split()), default=0)
            if words > width or wrapped_height(cell_font(view, index), width, name) > view.rowHeight(row):
                cut.append(name)
    return cut


def headers_cut(view) -> list[str]:
    from mpdesk.ui.fitted_table import header_text_width

    header, model = view.horizontalHeader(), view.model()
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())
            if not header.isSectionHidden(c)
            and header_text_width(header, model.headerData(c, Qt.Orientation.Horizontal)) > header.sectionSize(c) + 2]


@pytest.mark.parametrize("size", [(1024, 700), (1366, 768)])
def test_grid_names_and_units_are_whole_in_french_and_spanish(interface, window, sample_path, qtbot, size) -> None:
    from mpdesk.ui.pages.data_grid import DataGrid
    from mpdesk.ui.pages.data_grid_model import FIXED_COLUMNS

    open_at(window, sample_path, size)
    for target in GRID_SECTIONS:
        window.ctx.navigate(target)
        QApplication.processEvents()
        grid = window.view.current_page().findChildren(DataGrid)[0]
        frozen, view = grid.view.frozen, grid.view
        assert cut_labels(frozen, range(FIXED_COLUMNS)) == [], target
        assert headers_cut(frozen) == [], target
        # a name's row is as tall in the years as beside them, and the years still have room
        assert all(view.rowHeight(r) == frozen.rowHeight(r) for r in range(grid.model.rowCount()))
        qtbot.wait(20)   # the grid opens on the reference period (a timer)
        years = [c for c in range(FIXED_COLUMNS, grid.model.columnCount())
                 if view.columnViewportPosition(c) >= view.frozen_width()
                 and view.columnViewportPosition(c) + view.columnWidth(c) <= view.viewport().width()]
        assert len(years) >= 4, (target, len(years))
    # the tester's row: "Envois de fonds reçus" / "Remesas recibidas", bold, whole on its line
    window.ctx.navigate("section:B.2")
    QApplication.processEvents()
    frozen = window.view.current_page().findChildren(DataGrid)[0].view.frozen
    first = frozen.model().index(0, 0)
    assert first.data() in ("Envois de fonds reçus", "Remesas recibidas")
    assert QFontMetrics(cell_font(frozen, first)).horizontalAdvance(first.data()) + TEXT_MARGINS <= frozen.columnWidth(0)


def test_a_dragged_label_column_keeps_its_width_and_its_names_rewrap(interface, window, sample_path, qtbot) -> None:
    from PySide6.QtCore import QPoint
    from PySide6.QtTest import QTest

    from mpdesk.ui.pages.data_grid import DataGrid

    open_at(window, sample_path, (1024, 700))
    window.ctx.navigate("section:A.6")
    QApplication.processEvents()
    grid = window.view.current_page().findChildren(DataGrid)[0]
    frozen = grid.view.frozen
    header = frozen.horizontalHeader()
    edge = QPoint(header.sectionViewportPosition(0) + header.sectionSize(0) - 1, header.height() // 2)
    QTest.mousePress(header.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, edge)
    QTest.mouseMove(header.viewport(), edge - QPoint(120, 0))
    QTest.mouseRelease(header.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                       edge - QPoint(120, 0))
    narrowed = frozen.columnWidth(0)
    tallest = max(frozen.rowHeight(r) for r in range(grid.model.rowCount()))
    assert tallest > frozen.verticalHeader().defaultSectionSize()   # the long names took more lines
    assert cut_labels(frozen, [0]) == []
    window.resize(1366, 768)   # the user's width stays when the window changes
    qtbot.wait(50)
    assert frozen.columnWidth(0) == narrowed


@pytest.mark.parametrize("size", [(1024, 700), (1366, 768)])
def test_dashboard_names_and_headers_are_whole_in_french_and_spanish(interface, window, sample_path, qtbot, size) -> None:
    """The tester's dashboard at 1024: names cut to 11 em ("Immigr…as % …"), and in English in a French
    window; the Spanish change column as wide as "-0.4 puntos porcentuales", its header at the limit."""
    from PySide6.QtWidgets import QLabel

    from mpdesk.ui.pages.dashboard_page import DashboardPage

    open_at(window, sample_path, size)
    window.ctx.navigate("glance")
    page = window.findChild(DashboardPage)
    qtbot.waitUntil(lambda: page is not None and page.isVisible())
    QApplication.processEvents()
    table = page.table
    names = [page.model.index(r, 0).data() for r in range(page.model.rowCount())]
    assert names[0] == {"fr": "Population totale", "es": "Población total"}[interface]   # the screen's language
    assert cut_labels(table, [0]) == []
    assert headers_cut(table) == []
    assert table.horizontalScrollBar().maximum() == 0
    # the table spans the page's width: the source takes what the other columns leave
    assert sum(table.columnWidth(c) for c in range(page.model.columnCount())) >= table.viewport().width() - 2
    changes = [page.model.index(r, 3).data() for r in range(page.model.rowCount()) if page.model.index(r, 3).data()]
    assert {"fr": "-0.4 pt", "es": "-0.4\u00a0p.\u00a0p."}[interface] in changes
    metrics = table.fontMetrics()
    assert all(metrics.horizontalAdvance(text) + TEXT_MARGINS <= table.columnWidth(3) for text in changes)
    # the completeness names: whole, on as many lines as their width needs
    labels = [w for w in page.findChildren(QLabel) if w.isVisible() and w.wordWrap() and w.parent() is page.widget()
              and page.progress_grid.indexOf(w) >= 0]
    assert len(labels) > 30
    for label in labels:
        words = max(label.fontMetrics().horizontalAdvance(w) for w in label.text().split())
        assert words <= label.width() and label.heightForWidth(label.width()) <= label.height(), label.text()


STEPS_WITH_FORMS = ["step:1.1", "step:1.3", "step:1.4", "step:2.2", "step:2.6", "step:3.3", "step:3.4"]


def test_step_captions_are_whole_beside_their_fields(interface, window, sample_path, qtbot) -> None:
    """'Aprobado por (autoridad y' with 'referencia)' cut off (step 2.6, Spanish, 1024 px): a form gave
    a wrapped caption its field's one-line height."""
    from PySide6.QtWidgets import QLabel

    from mpdesk.ui.pages.step_parts import DeliverablesForm

    open_at(window, sample_path, (1024, 700))
    checked = 0
    for target in STEPS_WITH_FORMS:
        window.ctx.navigate(target)
        QApplication.processEvents()
        form = window.view.current_page().findChildren(DeliverablesForm)[0]
        for caption in [label for label in form.findChildren(QLabel) if label.buddy() is not None]:
            text = caption.text()
            words = max(caption.fontMetrics().horizontalAdvance(w) for w in text.split())
            inner = caption.contentsRect()
            assert words <= inner.width(), (target, text)
            assert wrapped_height(caption.font(), inner.width(), text) <= inner.height(), (target, text)
            field = caption.buddy()
            assert caption.geometry().right() < field.geometry().left(), (target, text)   # beside, not over it
            checked += 1
    assert checked > 20


def test_quality_names_wrap_and_the_modules_header_is_whole(interface, window, sample_path, qtbot) -> None:
    """The quality page's Section and Indicator were cut ('La migrati…'); step 1.4's last header
    ('Motif (si retirée ou ajo')."""
    open_at(window, sample_path, (1024, 700))
    window.ctx.navigate("quality")
    QApplication.processEvents()
    view = window.view.current_page().view
    qtbot.waitUntil(lambda: view.model().rowCount() > 10)
    QApplication.processEvents()
    assert cut_labels(view, [2, 3]) == []
    assert headers_cut(view) == []
    window.ctx.navigate("step:1.4")
    QApplication.processEvents()
    from PySide6.QtWidgets import QTreeView

    from mpdesk.ui.fitted_table import header_text_width

    tree = window.view.current_page().findChild(QTreeView, "module_menu")
    header, model = tree.header(), tree.model()
    for column in range(model.columnCount()):
        lines = str(model.headerData(column, Qt.Orientation.Horizontal)).split("\n")
        assert " ".join(lines) == model.headers()[column]
        assert all(header_text_width(header, line) <= header.sectionSize(column) + 2 for line in lines), lines
