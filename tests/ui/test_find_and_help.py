"""Ctrl+F finds a step, section or indicator by name; Help has a guide, the shortcuts and About."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from mpdesk.ui.pages.module_page import ModulePage


def _find(window, qtbot, text: str) -> None:
    QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: getattr(window.menus, "find_dialog", None) is not None
                    and window.menus.find_dialog.isVisible())
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.menus.find_dialog.query)
    field = QApplication.focusWidget()
    QTest.keyClicks(field, text)
    QTest.keyClick(field, Qt.Key.Key_Return)


def test_ctrl_f_goes_to_a_step(opened, qtbot) -> None:
    _find(opened, qtbot, "working group")
    assert opened.view.current.startswith("step:1.")


def test_ctrl_f_goes_to_an_indicator_row(opened, qtbot) -> None:
    _find(opened, qtbot, "Immigrant stock")
    page = opened.view.current_page()
    assert isinstance(page, ModulePage) and page.section_key == "A.2"
    assert page.grid.current_key().indicator == "immigrant_stock"


def test_ctrl_f_goes_to_a_section(opened, qtbot) -> None:
    _find(opened, qtbot, "Section A.4")
    assert opened.view.current == "section:A.4"


def test_help_lists_shortcuts_and_about_says_where_the_data_live(opened, qtbot) -> None:
    from mpdesk.ui import help_dialogs

    rows = dict(help_dialogs.shortcut_rows(opened.menus._all_actions()))
    assert any("Find" in what for what in rows.values()) and any("Copy" in what for what in rows.values())
    assert "Ctrl+F" in rows


def test_the_shortcuts_list_names_undo_not_the_last_edit(opened, qtbot) -> None:
    """Tester 8: after an edit the list read "Ctrl+Y  Redo Set Foreign direct investment… 2020"."""
    from mpdesk.services.profile import set_narrative
    from mpdesk.ui import help_dialogs

    opened.ctx.run_edit(set_narrative, "A.2", "x")
    opened.undo()
    assert opened.menus.redo.text() != "&Redo"   # the menu itself names the edit
    rows = dict(help_dialogs.shortcut_rows(opened.menus._all_actions()))
    assert rows["Ctrl+Z"] == "Undo" and rows["Ctrl+Y"] == "Redo"


def test_about_says_where_the_data_live(opened, qtbot) -> None:
    from mpdesk.ui import help_dialogs

    opened.show_about()
    text = opened.last_message.text()
    assert "MIT" in text and str(opened.ctx.ws.path) in text
    guide = help_dialogs.user_guide_html()
    assert "Entering figures" in guide and "<b>Hide</b> button, or F1" in guide and "<b>Guidance</b> strip" in guide


def test_every_menu_command_has_its_own_shortcut_shown_in_menu_and_help(opened, qtbot) -> None:
    from PySide6.QtGui import QKeySequence

    from mpdesk.ui import help_dialogs

    actions = opened.menus._all_actions()
    texts = [a.text().replace("&", "") for a in actions]
    # the menus of the menu bar, Settings included, give their commands (not recent files or languages)
    for expected in ("Open the sample profile", "Import log", "Prepare draft for email…", "About mpdesk",
                     "Profile language…", "Find a step, section or indicator…", "Guidance"):
        assert expected in texts
    missing = [t for a, t in zip(actions, texts) if a.shortcut().isEmpty()]
    assert missing == []
    keys = [k.toString() for a in actions for k in a.shortcuts()]
    keys += ["Ctrl+PgDown", "Ctrl+PgUp"]   # the step page's next / previous
    assert sorted(k for k in set(keys) if keys.count(k) > 1) == []
    # each shows in the Help list with its keys as the menu shows them
    rows = help_dialogs.shortcut_rows(actions)
    for action in actions:
        shown = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        assert (shown, action.text().replace("&", "")) in rows
    # and a new one works from the keyboard: Ctrl+L opens the import log
    opened.activateWindow()
    qtbot.waitUntil(opened.isActiveWindow)
    QTest.keyClick(opened, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert opened.view.current == "imports"


@pytest.mark.parametrize("interface", ["fr", "es"], indirect=True)
def test_the_user_guide_tells_of_the_guidance_strip_hide_and_f1(interface, window, profile_path, qtbot) -> None:
    """Shift+F1 opens the user guide; in French and Spanish it names the guidance pane, its Hide
    button and strip as the window labels them, and F1."""
    assert window.open_path(profile_path)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    QTest.keyClick(window, Qt.Key.Key_F1, Qt.KeyboardModifier.ShiftModifier)
    dialog = window.menus.help_dialog
    qtbot.waitUntil(dialog.isVisible)
    text = dialog.browser.toPlainText()
    strip = window.guidance_strip.button.text()
    hide = window.guidance_title.hide_button.text()
    assert strip != "Guidance" and hide != "Hide"   # the interface's words...
    paragraph = next(p for p in text.split("\n") if "F1" in p and strip in p)
    assert hide in paragraph   # ...in the guide's paragraph, with F1
    dialog.close()


@pytest.mark.parametrize("language", ["fr", "es"])
def test_the_guide_names_the_buttons_as_the_screen_shows_them(language) -> None:
    """The guide's 'Write a request workbook…' and 'Keep the figures of … in use' are the labels the
    request button and the import preview's tick show, in each language (read from the translations)."""
    import xml.etree.ElementTree as ET
    from pathlib import Path

    from mpdesk.ui import help_dialogs

    root = ET.parse(Path(help_dialogs.__file__).resolve().parents[2] / "resources" / "translations"
                    / f"mpdesk_{language}.ts").getroot()
    said = {m.findtext("source"): m.findtext("translation") or "" for m in root.iter("message")}
    guide = next(t for s, t in said.items() if s and s.startswith("<h3>When two sources give the same figures"))
    assert said["Write a request workbook…"] in guide
    keep = said["Keep the figures of {source} in use for {indicator}"].split("{source}")[0]
    assert keep in guide and said["Imported files"] in guide
