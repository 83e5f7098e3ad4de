"""The window over a file edited with another tool (see tests/reliability/test_tampered_values.py):
a value of the wrong kind gets a sentence naming its column and the window stays; a well-typed but
unknown value opens, and every page of both navigator trees shows without an exception."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.reliability.tampering import OPENING_GROUPS
from tests.reliability.test_tampered_values import one_per_kind, tampered


def every_page_target(window) -> list[str]:
    """One target per row of both navigator trees (every step page, section, glance, quality, imports)."""
    from mpdesk.ui.navigator import TARGET_ROLE

    targets: list[str] = []
    navigator = window.view.navigator
    for model in (navigator.process_model, navigator.report_model):
        stack = [model.index(r, 0) for r in range(model.rowCount())]
        while stack:
            index = stack.pop(0)
            target = index.data(TARGET_ROLE)
            if target and target not in targets:
                targets.append(target)
            stack += [model.index(r, 0, index) for r in range(model.rowCount(index))]
    return targets


def visit_through_the_navigator(window, qtbot, target: str) -> None:
    navigator = window.view.navigator
    for tab, (model, view) in enumerate(((navigator.process_model, navigator.process_view),
                                         (navigator.report_model, navigator.report_view))):
        found = navigator._find(model, target)
        if found is not None:
            navigator.tabs.setCurrentIndex(tab)
            view.setCurrentIndex(found)  # what a click or an arrow key does
            qtbot.waitUntil(lambda: window.view.current == target, timeout=5000)
            return
    raise AssertionError(f"{target} is not in the navigator")


WINDOW_TYPE_CASES = one_per_kind()


@pytest.mark.parametrize(("table", "column", "literal"), WINDOW_TYPE_CASES)
def test_the_window_refuses_a_value_of_the_wrong_kind_with_a_sentence(window, qtbot, tmp_path: Path, table: str,
                                                                      column: str, literal: str) -> None:
    path = tampered(tmp_path, (table, column, literal))
    assert not window.open_path(path)
    assert f"'{column}'" in window.last_message.text() and window.isVisible()


@pytest.mark.parametrize("cases", OPENING_GROUPS, ids=lambda cases: "+".join(f"{t}.{c}" for t, c, _ in cases))
def test_the_window_shows_every_page_of_a_file_with_unknown_values(window, qtbot, capfd, tmp_path: Path,
                                                                   cases: list[tuple[str, str, str]]) -> None:
    """Well-typed unknown values (see tests/reliability/tampering.py), every page visited."""
    from mpdesk.ui.page_factory import SectionFallbackPage

    path = tampered(tmp_path, *cases)
    assert window.open_path(path)
    targets = every_page_target(window)
    assert len(targets) > 20 and "quality" in targets
    for target in targets:
        visit_through_the_navigator(window, qtbot, target)
        # a page that raised while being built is replaced by a fallback page (and a traceback on stderr)
        assert not isinstance(window.view.pages[target], SectionFallbackPage), target
    assert window.isVisible() and "Traceback" not in capfd.readouterr().err
