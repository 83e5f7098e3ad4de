"""The import log says who imported: the computer's login name (the profile holds no user name)."""

from __future__ import annotations

import json
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402

from importui_helpers import tidy_csv  # noqa: E402
from mpdesk.cli import main  # noqa: E402
from test_import_dialog import open_dialog, wait_preview  # noqa: E402

LOGIN = "amina.wanjiru"


def test_the_console_lists_who_imported(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("LOGNAME", LOGIN)   # what the operating system says the login is
    profile = tmp_path / "Kenya.mpdesk"
    assert main(["new", str(profile), "--country", "KEN", "--year", "2020"]) == 0
    data = tidy_csv(tmp_path / "census.csv", [("immigrant_stock", 2019, "", 1000, "Census")])
    assert main(["import", str(profile), str(data)]) == 0
    capsys.readouterr()
    assert main(["imports", str(profile)]) == 0
    assert "census.csv (" in (out := capsys.readouterr().out) and f"imported by {LOGIN}" in out
    assert main(["imports", str(profile), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["by"] == LOGIN


def test_the_log_page_shows_who_imported(window, qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("LOGNAME", LOGIN)
    data = tidy_csv(tmp_path / "census.csv", [("immigrant_stock", 2019, "", 1000, "Census")])
    dialog = open_dialog(window, qtbot, data)
    wait_preview(qtbot, dialog)
    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.log_button, Qt.MouseButton.LeftButton)
    page = window.view.current_page()
    headers = [page.log.horizontalHeaderItem(c).text() for c in range(page.log.columnCount())]
    assert page.log.item(0, headers.index("By")).text() == LOGIN
    assert f"Imported by {LOGIN}" in page.about.text()
