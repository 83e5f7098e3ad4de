"""Cancel while a large file is being read: the reader stops mid-file and the profile keeps every byte."""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402

from importui_helpers import REAL  # noqa: E402
from mpdesk.services.import_log import list_imports  # noqa: E402
from mpdesk.services.workspace import Workspace  # noqa: E402
from mpdesk.ui.import_dialog import READ_END, READ_START  # noqa: E402
from test_import_dialog import WAIT_MS, open_dialog  # noqa: E402


def large_unhcr_file(folder: Path, megabytes: int) -> Path:
    """The real population.csv, its rows repeated with earlier years until the file is ``megabytes`` big."""
    lines = (REAL / "population.csv").read_text(encoding="utf-8-sig").splitlines()
    out = folder / "population_large.csv"
    with open(out, "w", encoding="utf-8") as handle:
        handle.write(lines[0] + "\n")
        shift = 0
        while handle.tell() < megabytes * 1_000_000:
            for line in lines[1:]:
                year, rest = line.split(",", 1)
                handle.write(f"{int(year) - 7 * (shift + 1)},{rest}\n")
            shift += 1
    return out


def test_cancel_during_the_read_stops_it_and_writes_nothing(window, qtbot, profile_path, tmp_path):
    if not (REAL / "population.csv").is_file():
        pytest.skip("the UNHCR file is absent")
    data = large_unhcr_file(tmp_path, 40)
    before = profile_path.read_bytes()
    dialog = open_dialog(window, qtbot, data)
    percents: list[int] = []
    dialog.job.progress.connect(lambda percent, _what: percents.append(percent))
    # the bar moves while the file is read (not only before and after it)
    qtbot.waitUntil(lambda: READ_START < dialog.bar.value() < READ_START + 15, timeout=WAIT_MS)
    assert dialog.bar.isVisible() and "%" in dialog.bar.text()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.job.is_running(), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: "cancelled" in dialog.message.text())
    assert percents and max(percents) < READ_END, percents   # the reader never got to the end of the file
    assert dialog.preview is None and not dialog.accept_button.isEnabled()
    assert profile_path.read_bytes() == before   # byte for byte, while the profile is still open
    window.close_profile()                          # (closing records the session itself)
    ws = Workspace.open(profile_path, read_only=True)
    try:
        assert list_imports(ws) == []
    finally:
        ws.close()
