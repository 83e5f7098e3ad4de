"""A register's rows are as tall as their wrapped text: after the page is built, after an edit,
and after the user narrows a column (the heights are measured once per fit, not at every layout)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from mpdesk.ui.pages.register_table import RegisterTable


def _work_plan(window, sample_ws) -> RegisterTable:
    path = sample_ws.path
    sample_ws.close()
    window.resize(1366, 768)
    assert window.open_path(path)
    window.ctx.navigate("step:1.6")
    QApplication.processEvents()
    return window.view.current_page().findChildren(RegisterTable)[0]


def test_rows_follow_their_text_when_a_column_narrows_and_after_an_edit(window, sample_ws, qtbot) -> None:
    table = _work_plan(window, sample_ws)
    view, model = table.view, table.view.model()
    longest = max(range(model.rowCount()), key=lambda r: len(model.index(r, 0).data()))
    short = min(range(model.rowCount()), key=lambda r: len(model.index(r, 0).data()))
    before, line = view.rowHeight(longest), view.fontMetrics().lineSpacing()
    one_line = view.rowHeight(short)
    assert view.horizontalScrollBar().maximum() == 0
    view.horizontalHeader().resizeSection(0, view.columnWidth(0) // 2)   # as the user drags its edge
    QApplication.processEvents()
    assert view.rowHeight(longest) >= before + line      # the long title wraps onto more lines
    title = ("A much longer title for this activity, typed over the short one, which names the ministries "
             "taking part, the dates agreed and who reports back to the working group")
    assert model.setData(model.index(short, 0), title)
    edited = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == title)
    qtbot.waitUntil(lambda: view.rowHeight(edited) >= one_line + 2 * line, timeout=5000)   # three lines or more
