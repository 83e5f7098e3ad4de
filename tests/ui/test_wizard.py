"""The New-profile wizard creates a profile file and opens it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from mpdesk.services import Workspace
from mpdesk.services.profile import selected_sections
from mpdesk.ui import dialogs


def _click(qtbot, wizard: QWizard, which: QWizard.WizardButton) -> None:
    qtbot.mouseClick(wizard.button(which), Qt.MouseButton.LeftButton)


def test_wizard_creates_profile_on_disk(window, qtbot, tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "Ghana 2024.mpdesk"
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *args: str(target))
    qtbot.mouseClick(window.welcome.new_button, Qt.MouseButton.LeftButton)
    wizard = window.wizard
    assert wizard.isVisible()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # no country chosen yet
    qtbot.keyClicks(wizard.country.search, "ghana")
    assert wizard.country.iso3() == "GHA"
    _click(qtbot, wizard, QWizard.WizardButton.NextButton)
    wizard.scope.year.setValue(2024)
    wizard.scope.start.setValue(2014)
    wizard.scope.extended.setChecked(True)
    _click(qtbot, wizard, QWizard.WizardButton.NextButton)
    modules = wizard.modules.model
    assert "B.4" in modules.checked                     # extended theme pre-ticked
    assert "A.7" not in modules.checked                 # optional module shown, not ticked
    assert modules.data(modules.index_of("A.7", 1)) == "Optional"
    modules.setData(modules.index_of("A.7"), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    _click(qtbot, wizard, QWizard.WizardButton.FinishButton)

    qtbot.waitUntil(lambda: window.ctx is not None)
    assert target.is_file()
    assert "Ghana 2024.mpdesk" in window.windowTitle()
    window.close_profile()
    ws = Workspace.open(target)
    try:
        profile = ws.profile()
        assert (profile.country_iso3, profile.edition_year, profile.period_start, profile.kind) == \
            ("GHA", 2024, 2014, "extended")
        assert "A.7" in selected_sections(ws)
    finally:
        ws.close()


def test_country_names_follow_language(window, qtbot) -> None:
    window.new_profile()
    page = window.wizard.country
    page.language.setCurrentIndex(page.language.findData("fr"))
    qtbot.keyClicks(page.search, "Allemagne")
    assert page.iso3() == "DEU"
    assert page.country_name() == "Allemagne"


def test_cancelled_save_dialog_keeps_wizard_open(window, qtbot, monkeypatch) -> None:
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *args: "")
    window.new_profile()
    wizard = window.wizard
    qtbot.keyClicks(wizard.country.search, "KEN")
    wizard.next()
    wizard.next()
    _click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert wizard.isVisible()
    assert window.ctx is None


def test_period_start_after_end_is_said_not_silently_refused(window, qtbot) -> None:
    from PySide6.QtWidgets import QLabel

    qtbot.mouseClick(window.welcome.new_button, Qt.MouseButton.LeftButton)
    wizard = window.wizard
    qtbot.keyClicks(wizard.country.search, "ghana")
    width = wizard.width()
    _click(qtbot, wizard, QWizard.WizardButton.NextButton)
    captions = [label.text() for label in wizard.scope.findChildren(QLabel) if label.isVisible()]
    assert not any(text.startswith("&") or "&R" in text for text in captions if "Reference" in text) or \
        all(label.buddy() is not None for label in wizard.scope.findChildren(QLabel) if "&Reference" in label.text())
    wizard.scope.end.setValue(2000)
    wizard.scope.start.setValue(2010)
    assert (wizard.scope.start.value(), wizard.scope.end.value()) == (2010, 2000)
    assert wizard.scope.period_message.isVisible() and "after the last year" in wizard.scope.period_message.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.scope.start.setValue(1995)
    assert not wizard.scope.period_message.isVisible()
    _click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.width() == width                    # the same width on every page
    wizard.reject()


import pytest  # noqa: E402


@pytest.mark.parametrize("interface", ["fr", "es"], indirect=True)
def test_the_profile_kinds_are_whole_in_french_and_spanish(window, qtbot, interface) -> None:
    """"Profil étendu — ajoute le développement social, la santé, l'environnement et le ren…": each
    choice shows its whole text, wrapped on a small screen; the wizard is never wider than the screen."""
    from PySide6.QtWidgets import QApplication

    window.new_profile()
    wizard = window.wizard
    qtbot.keyClicks(wizard.country.search, "ghana")
    _click(qtbot, wizard, QWizard.WizardButton.NextButton)
    QApplication.processEvents()
    from mpdesk.ui.wizard import _ChoiceText

    texts = [t for t in wizard.scope.findChildren(_ChoiceText)]
    assert [t.button for t in texts] == [wizard.scope.basic, wizard.scope.extended]
    for text in texts:   # wrapped if need be, never cut, inside the wizard
        assert text.isVisible() and text.height() >= text.heightForWidth(text.width()), text.text()
        assert text.mapTo(wizard, text.rect().topRight()).x() <= wizard.width()
    qtbot.mouseClick(texts[1], Qt.MouseButton.LeftButton)      # the text chooses, as a button's own would
    assert wizard.scope.extended.isChecked() and wizard.scope.kind() == "extended"
    assert wizard.frameGeometry().width() <= wizard.screen().availableGeometry().width()
    wizard.reject()
