"""Start-up: the window paints the profile's navigator and first open step before the database
layer is loaded, then the real profile view takes over, and a page asked for at start-up opens."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QTreeWidget

ROOT = Path(__file__).resolve().parents[2]

FIRST_PAINT_PROBE = """
import sys
from pathlib import Path
from PySide6.QtCore import QEvent, QObject, QTimer
from mpdesk.app import make_application
app = make_application()
import threading
from mpdesk.ui import main_window
painted = threading.Event()
load = main_window._import_opening_modules
main_window._import_opening_modules = lambda: (painted.wait(20), load())  # the loader waits for the paint
window = main_window.MainWindow()
seen = []
class Probe(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and not seen:
            seen.append(sorted(m for m in ("sqlalchemy", "alembic", "pandas", "reportlab") if m in sys.modules))
            print("loaded at first paint:", seen[0], "title:", window.windowTitle(), flush=True)
            painted.set()
        return False
probe = Probe(window)
window.installEventFilter(probe)
window.profile_shown.connect(lambda: (print("profile shown:", window.view is not None, flush=True), app.quit()))
QTimer.singleShot(20000, app.quit)
window.open_path_soon(Path(sys.argv[1]))
window.show()
app.exec()
"""


def _run(code: str, *args: str) -> str:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, cwd=ROOT,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_first_paint_shows_the_profile_before_the_database_layer_loads(sample_ws) -> None:
    path = sample_ws.path
    sample_ws.close()
    out = _run(FIRST_PAINT_PROBE, str(path))
    assert "loaded at first paint: [] title: Migration Profile of Kenya 2020 — " in out, out
    assert "profile shown: True" in out, out


def test_the_preview_lists_the_steps_and_opens_on_the_first_step_not_done(window, qtbot, sample_ws) -> None:
    path = sample_ws.path
    sample_ws.close()
    window.open_path_soon(path)
    tree = window.preview.findChild(QTreeWidget)
    steps = [tree.topLevelItem(i).child(j).text(0) for i in range(tree.topLevelItemCount())
             for j in range(tree.topLevelItem(i).childCount())]
    assert steps[0].startswith("1.1 ") and len(steps) == 17
    assert tree.currentItem().text(0).startswith("1.6 ")  # 1.1-1.5 are done in the sample
    with qtbot.waitSignal(window.profile_shown, timeout=30000):
        pass
    assert window.preview is None and window.view is not None
    assert window.view.current == "step:1.6"


def test_a_page_asked_for_while_opening_is_shown_once_open(window, qtbot, sample_ws) -> None:
    path = sample_ws.path
    sample_ws.close()
    window.open_path_soon(path)
    window.open_page("section:A.2")
    with qtbot.waitSignal(window.profile_shown, timeout=30000):
        pass
    assert window.view.current == "section:A.2"


def test_quit_after_show_prints_first_paint_and_usable_page(sample_ws) -> None:
    path = sample_ws.path
    sample_ws.close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-m", "mpdesk", str(path), "--quit-after-show"], capture_output=True,
                          text=True, env=env, cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stderr
    lines = [line for line in done.stdout.splitlines() if " after " in line]
    assert [line.split(" after ")[0] for line in lines] == ["first paint", "usable page"], done.stdout


def _start(window, qtbot, path: Path) -> None:
    """Open ``path`` as `mpdesk FILE` does: the preview at once, the profile's page once loaded."""
    with qtbot.waitSignal(window.profile_shown, timeout=30000):
        window.open_path_soon(path)


def test_the_first_page_takes_typing_as_soon_as_it_is_shown(window, qtbot, sample_ws) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from mpdesk.services import Workspace, registers, steps

    path = sample_ws.path
    sample_ws.close()
    _start(window, qtbot, path)
    page = window.view.current_page()
    assert window.view.current == "step:1.6"
    page.ensureWidgetVisible(page.notes)
    QTest.mouseClick(page.notes.viewport(), Qt.MouseButton.LeftButton)   # a click into the notes, then typing
    assert QApplication.focusWidget() is page.notes
    QTest.keyClicks(QApplication.focusWidget(), "Plan agreed by the working group")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)           # leaving the field saves it
    table = page.kind_part
    QTest.mouseClick(table.add_button, Qt.MouseButton.LeftButton)          # a new activity, its title in edit
    QTest.keyClicks(QApplication.focusWidget(), "Validation workshop")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    window.close_profile()
    reopened = Workspace.open(path)
    try:
        assert steps.step_states(reopened)["1.6"].notes == "Plan agreed by the working group"
        titles = [a.title for a in registers.list_items(reopened, "activity", kind="workplan")]
        assert "Validation workshop" in titles
    finally:
        reopened.close()


def test_pages_opened_after_start_up_show_the_file_s_data(window, qtbot, sample_ws) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from mpdesk.services import steps
    from mpdesk.services.figures import stored_figures
    from mpdesk.ui.navigator import TARGET_ROLE
    from mpdesk.ui.pages.data_grid import DataGrid
    from mpdesk.ui.pages.data_grid_model import CELL_KEY_ROLE

    catalogue, path = sample_ws.catalogue, sample_ws.path
    status_2_1 = steps.step_states(sample_ws)["2.1"].status
    by_key: dict = {}
    for figure in stored_figures(sample_ws):
        by_key.setdefault(figure.key, []).append(figure.value)
    single = {key: values[0] for key, values in by_key.items() if len(values) == 1}
    sample_ws.close()
    _start(window, qtbot, path)

    # the keyboard: Ctrl+Page Down twice from step 1.6 leads to 2.1, which shows its stored status
    for _ in range(2):
        QTest.keyClick(window.view, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    page = window.view.current_page()
    assert window.view.current == "step:2.1" and page.page_title().startswith("2.1  ")
    assert page.status.currentData() == status_2_1 and page.status.currentText() == "In progress"

    # the mouse: module A.2 in the navigator's report tab; its grid shows the file's figures
    navigator = window.view.navigator
    navigator.tabs.setCurrentWidget(navigator.report_view)
    model, view = navigator.report_model, navigator.report_view
    items = [model.item(r).child(c) for r in range(model.rowCount()) for c in range(model.item(r).rowCount())]
    item = next(i for i in items if i.data(TARGET_ROLE) == "section:A.2")
    view.scrollTo(item.index())
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(item.index()).center())
    assert window.view.current == "section:A.2"
    QApplication.processEvents()
    grid = window.view.current_page().findChildren(DataGrid)[0]
    shown = []
    for row in range(grid.model.rowCount()):
        for column in range(grid.model.columnCount()):
            index = grid.model.index(row, column)
            key = index.data(CELL_KEY_ROLE)
            if key in single and index.data():
                decimals = catalogue.indicator(key.indicator).decimals
                shown.append((float(index.data().replace(",", "")), round(single[key], decimals)))
    assert len(shown) >= 5 and all(a == b for a, b in shown), shown[:10]


def test_the_preview_s_navigator_is_as_wide_as_the_profile_s_own(window, qtbot, sample_ws, monkeypatch) -> None:
    """Nothing jumps when the view replaces the opening preview: one width rule (pane_sizes) for both,
    in a common and a small window, without and then with the width the user left the navigator at."""
    import threading

    from PySide6.QtWidgets import QApplication

    from mpdesk.ui import main_window

    path = sample_ws.path
    sample_ws.close()
    release = threading.Event()
    load = main_window._import_opening_modules
    monkeypatch.setattr(main_window, "_import_opening_modules", lambda: (release.wait(30), load()))
    widths = []
    for size in ((1366, 768), (1024, 700)):
        window.close_profile()   # keeps the navigator's width for the next opening
        window.resize(*size)
        release.clear()
        window.open_path_soon(path)
        for _ in range(3):
            QApplication.processEvents()
        preview = window.preview.splitter.sizes()[0]
        with qtbot.waitSignal(window.profile_shown, timeout=30000):
            release.set()
        QApplication.processEvents()
        widths.append((preview, window.view.navigator_width()))
    assert all(preview == view for preview, view in widths), widths
