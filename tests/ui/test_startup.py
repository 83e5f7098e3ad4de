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
