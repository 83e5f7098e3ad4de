"""The import log (window and console) shows when a file was imported as the language writes a date,
never as an ISO stamp ('2026-12-01 21:40')."""

from __future__ import annotations

import json
import os
from datetime import datetime, timezone

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from babel.dates import format_date, format_time  # noqa: E402

from importui_helpers import tidy_csv  # noqa: E402
from mpdesk.cli import main  # noqa: E402


def _imported(tmp_path, capsys, lang: str):
    """A profile in ``lang`` with one import; the import's local time as the log's JSON records it."""
    profile = tmp_path / "Kenya.mpdesk"
    assert main(["new", str(profile), "--country", "KEN", "--year", "2020", "--lang", lang]) == 0
    data = tidy_csv(tmp_path / "census.csv", [("immigrant_stock", 2019, "", 1000, "Census")])
    assert main(["import", str(profile), str(data)]) == 0
    capsys.readouterr()
    assert main(["imports", str(profile), "--json"]) == 0
    stamp = datetime.fromisoformat(json.loads(capsys.readouterr().out)[0]["imported_at"])
    return profile, stamp.replace(tzinfo=timezone.utc).astimezone()


def _written(moment: datetime, lang: str) -> list[str]:
    """What Babel (CLDR) writes for the month, year and time of day: 'déc. 2026', '21:40'."""
    return [format_date(moment, "MMM y", locale=lang), format_time(moment, "short", locale=lang)]


@pytest.mark.parametrize("lang", ["fr", "es"])
def test_the_console_listing_writes_the_date_in_the_interface_language(tmp_path, capsys, monkeypatch, lang):
    monkeypatch.setenv("MPDESK_LANG", lang)
    profile, moment = _imported(tmp_path, capsys, lang)
    assert main(["imports", str(profile)]) == 0
    out = capsys.readouterr().out
    assert all(part in out for part in _written(moment, lang)), out
    assert moment.strftime("%Y-%m-%d") not in out


@pytest.mark.parametrize("lang", ["fr", "es"])
def test_the_log_page_writes_the_date_in_the_profile_language(app, qtbot, tmp_path, capsys, lang):
    from mpdesk.ui.main_window import MainWindow

    profile, moment = _imported(tmp_path, capsys, lang)
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    assert win.open_path(profile)
    try:
        win.ctx.navigate("imports")
        page = win.view.current_page()
        shown = [page.log.item(0, 0).text(), page.about.text()]
        for text in shown:
            assert all(part in text for part in _written(moment, lang)), text
            assert moment.strftime("%Y-%m-%d") not in text
    finally:
        win.close_profile()
