"""The window's Excel export with the Data rows read by a second process (export.excel.parallel),
driven with real clicks: the same workbook as without it, and closing the dialog while it exports
leaves no process behind. The sample is small, so ``MIN_FIGURES`` is lowered to 0 (tests.export.parallel_helpers)."""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402

from mpdesk.export.excel import export_xlsx  # noqa: E402
from mpdesk.export.options import ExportOptions  # noqa: E402
from mpdesk.ui.context import AppContext  # noqa: E402
from mpdesk.ui.export_dialog import ExportDialog  # noqa: E402
from tests.export.parallel_helpers import Spy, sheets_of as _sheets, gone  # noqa: E402

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="signals and /proc: the POSIX way of checking")
WAIT_MS = 120_000  # generous: a slow CI machine must not fail a correct export


@pytest.fixture
def dialog(sample_ws, qtbot, tmp_path):
    context = AppContext(sample_ws)
    window = ExportDialog(context)
    qtbot.addWidget(window)
    window.pdf_check.setChecked(False)
    window.path_edits["xlsx"].setText(str(tmp_path / "report.xlsx"))
    window.show()
    yield window
    if window.job is not None:
        window.job.cancel()
        window.job.wait()
    context.close()


def test_the_window_exports_the_same_workbook_with_a_second_process(dialog, sample_ws, qtbot, tmp_path, monkeypatch):
    reference = _sheets(export_xlsx(sample_ws, ExportOptions(), tmp_path / "reference.xlsx"))
    spy = Spy(monkeypatch)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dialog.panel.open_buttons), timeout=WAIT_MS)
    assert len(spy.answers) == 1 and spy.answers[0] is not None   # the second process answered
    assert _sheets(tmp_path / "report.xlsx") == reference
    assert all(gone(pid) for pid in spy.pids)


def test_closing_the_dialog_while_it_exports_leaves_no_second_process(dialog, qtbot, tmp_path, monkeypatch):
    """The second process is stopped by a signal (so it is surely still there); closing the dialog
    cancels the export, waits for it, and the process is gone with it."""
    spy = Spy(monkeypatch, then=lambda job: os.kill(job.process.pid or 0, signal.SIGSTOP))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(spy.pids), timeout=WAIT_MS)
    assert not gone(spy.pids[0])
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)   # closing: reject() cancels and waits
    assert not dialog.isVisible() and not dialog.job.is_running()
    assert gone(spy.pids[0])
    assert list(tmp_path.glob("report.xlsx*")) == []
