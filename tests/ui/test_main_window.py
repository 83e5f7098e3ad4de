"""The main window over a real profile: opening, undo/redo, bad files, start-up."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from mpdesk.services import steps
from mpdesk.ui import settings
from mpdesk.ui.welcome import MISSING_ROLE

REPO = Path(__file__).resolve().parents[2]


def test_open_shows_profile_title_and_saved_status(opened) -> None:
    assert opened.windowTitle() == "Migration Profile of Kenya 2020 — Kenya 2020.mpdesk — mpdesk"
    assert opened.view.current == "step:1.1"
    assert opened.guidance_dock.isVisible()
    assert "Initiation and ownership" in opened.guidance.toPlainText()


def test_tick_checklist_then_undo_and_redo_with_keys(opened, qtbot) -> None:
    page = opened.view.current_page()
    box = page.checklist.boxes["request_letter"]
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    assert box.isChecked()
    assert steps.checklist_states(opened.ctx.ws, "1.1")["request_letter"].done
    assert opened.menus.undo.isEnabled()
    assert opened.menus.undo.text().startswith("&Undo Tick checklist of 1.1")
    assert opened.saved_label.text().startswith("All changes saved — ")

    QTest.keyClick(opened, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not box.isChecked()
    state = steps.checklist_states(opened.ctx.ws, "1.1").get("request_letter")
    assert state is None or not state.done
    assert opened.menus.redo.isEnabled()

    QTest.keyClick(opened, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert box.isChecked()
    QTest.keyClick(opened, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(opened, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert box.isChecked()


def test_navigator_shows_progress_after_ticking(opened, qtbot) -> None:
    page = opened.view.current_page()
    qtbot.mouseClick(page.checklist.boxes["request_letter"], Qt.MouseButton.LeftButton)
    stage = opened.view.navigator.process_model.item(0, 0)
    step_share = stage.child(0, 1).text()
    assert step_share == "8 %"  # one of six checklist items, none of its deliverables yet: (1/6 + 0) / 2


def test_missing_recent_file_is_greyed_with_reason(window, tmp_path: Path) -> None:
    gone = tmp_path / "Moved away.mpdesk"
    settings.add_recent_file(gone)
    window.welcome.refresh()
    model = window.welcome.recent_model
    row = next(r for r in range(model.rowCount()) if "Moved away" in model.item(r).text())
    item = model.item(row)
    assert item.data(MISSING_ROLE) is True
    assert "File not found — it may have been moved or deleted" in item.text()
    assert item.foreground().color().name() == "#8a8f98"

    window.welcome.recent_chosen.emit(str(gone.resolve()))
    assert "File not found" in window.last_message.text()
    assert window.ctx is None
    assert str(gone.resolve()) in settings.recent_files()  # never silently dropped

    window.welcome.recent_view.setCurrentIndex(model.index(row, 0))
    window.welcome.remove_selected()
    assert str(gone.resolve()) not in settings.recent_files()


def test_bad_file_gives_message_and_keeps_state(opened, tmp_path: Path) -> None:
    bad = tmp_path / "notes.mpdesk"
    bad.write_text("This is a text file, not a profile.", encoding="utf-8")
    before = opened.ctx.ws.path
    assert not opened.open_path(bad)
    assert "notes.mpdesk" in opened.last_message.text()
    assert opened.ctx.ws.path == before  # the open profile is still there
    assert bad.read_text(encoding="utf-8") == "This is a text file, not a profile."


def test_file_open_elsewhere_is_refused_with_sentence(window, make_ws) -> None:
    ws = make_ws("Busy.mpdesk")
    assert not window.open_path(ws.path)
    assert "already open" in window.last_message.text()


def test_save_a_copy_is_complete(opened, tmp_path: Path, monkeypatch) -> None:
    from mpdesk.services import Workspace
    from mpdesk.ui import dialogs

    opened.ctx.run_edit(steps.set_step_notes, "1.1", "Letter received on 3 March")
    copy = tmp_path / "copy.mpdesk"
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *args: str(copy))
    opened.save_copy_as()
    ws = Workspace.open(copy)
    try:
        assert steps.step_states(ws)["1.1"].notes == "Letter received on 3 March"
        assert not ws.file.report.previous_session_abrupt
    finally:
        ws.close()


def test_quit_after_show_prints_first_paint(profile_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-m", "mpdesk", "--quit-after-show", str(profile_path)],
                            cwd=REPO, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "first paint after" in result.stdout
    assert result.stdout.strip().split()[-1] == "ms"


def test_abrupt_end_of_last_session_is_explained(window, profile_path: Path) -> None:
    import sqlite3

    with sqlite3.connect(profile_path) as db:
        db.execute("UPDATE file_meta SET value = 'open' WHERE key = 'session_state'")
    assert window.open_path(profile_path)
    text = window.view.info.text()
    assert text.startswith("mpdesk was not closed normally last time. Nothing was lost")


def test_file_menu_prepares_a_draft_for_email(opened, qtbot, tmp_path: Path, monkeypatch) -> None:
    from mpdesk.ui import export_dialog

    monkeypatch.setattr(export_dialog, "ask_folder", lambda parent, caption, start: str(tmp_path))
    assert opened.menus.draft.isEnabled()
    opened.menus.draft.trigger()
    finished = lambda: {p.suffix for p in tmp_path.glob("* - draft *")} == {".pdf", ".xlsx"}  # noqa: E731
    qtbot.waitUntil(finished, timeout=60_000)
    assert all(p.stat().st_size > 10_000 for p in tmp_path.glob("* - draft *"))


def test_a_status_message_and_the_save_state_never_overlap(interface, opened, qtbot) -> None:
    """At 1024 px in French or Spanish: while the import's message shows, the save state steps
    aside (the message had been drawn under it) and the whole message is the bar's tooltip; after,
    the save state is back."""
    from mpdesk.services.profile import set_narrative

    opened.resize(1024, 700)
    opened.ctx.run_edit(set_narrative, "A.2", "x")
    bar, saved = opened.statusBar(), opened.saved_label
    assert saved.isVisible() and saved.text()
    text = "API_BX.TRF.PWKR.CD.DT_DS2_en_csv_v2_38454.csv importé : 30 données ajoutées, 0 modifiées."
    opened.ctx.status_message.emit(text)
    assert bar.currentMessage() == text and not saved.isVisible() and bar.toolTip() == text
    assert bar.fontMetrics().horizontalAdvance(text) < bar.width()
    bar.clearMessage()
    assert saved.isVisible() and bar.toolTip() == ""


def test_after_a_dialog_closes_the_window_takes_the_keys_again(opened, qtbot):
    """Tester 6 (#9): after the export dialog closed, Ctrl+Q did nothing until a click (no window
    manager gave the window its focus back). Ctrl+E opens the dialog, Escape closes it, and the
    window is active again: Ctrl+Q quits."""
    from PySide6.QtWidgets import QApplication

    from mpdesk.ui.export_dialog import ExportDialog

    opened.activateWindow()
    qtbot.waitUntil(opened.isActiveWindow)
    QTest.keyClick(opened, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), ExportDialog))
    dialog = QApplication.activeModalWidget()
    qtbot.waitUntil(dialog.isActiveWindow)
    QTest.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(lambda: QApplication.activeWindow() is opened)
    QTest.keyClick(QApplication.focusWidget() or opened, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not opened.isVisible())
