"""Progress that tells the truth, the same in the window and in `mpdesk info`."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt

from mpdesk.cli import main
from mpdesk.services import registers, steps
from mpdesk.ui.navigator import TARGET_ROLE


def _info(path, capsys) -> dict:
    capsys.readouterr()
    assert main(["info", str(path), "--json"]) == 0
    return json.loads(capsys.readouterr().out)["completeness"]


def _navigator_percent(window, target: str) -> str:
    nav = window.view.navigator
    for model in (nav.process_model, nav.report_model):
        found = model.match(model.index(0, 0), TARGET_ROLE, target, 1,
                            Qt.MatchFlag.MatchRecursive | Qt.MatchFlag.MatchExactly)
        if found:
            return found[0].siblingAtColumn(1).data()
    raise AssertionError(target)


def test_an_empty_profile_is_at_zero_in_window_and_cli(opened, capsys) -> None:
    assert opened.view.navigator.progress.value() == 0
    assert _navigator_percent(opened, "section:A") in ("0 %", "")
    assert _navigator_percent(opened, "section:front.foreword") in ("0 %", "")
    path = opened.ctx.ws.path
    opened.close_profile()
    info = _info(path, capsys)
    assert info["overall"] == 0 and not any(info["modules"].values()) and not any(info["stages"].values())


def test_review_comments_count_for_step_2_4(opened, capsys) -> None:
    ws = opened.ctx.ws
    for text in ("Add 2019 census", "Typo in title", "Source missing", "Chart unclear"):
        registers.add_item(ws, "comment", text=text)
    assert _navigator_percent(opened, "step:2.4") != "0 %"
    steps.set_step_status(ws, "2.4", "done")
    assert _navigator_percent(opened, "step:2.4") == "100 %"
    shown = opened.view.navigator.progress.value()
    path = ws.path
    opened.close_profile()
    assert round(_info(path, capsys)["overall"] * 100) == shown > 0
