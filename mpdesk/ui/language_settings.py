"""Two languages, kept apart: the interface's (a per-user setting) and the profile's (stored in
the profile: its report, PDF and workbook are written in it).

The Settings menu holds both: "Interface language" (the system's, English, Français, Español;
it applies after a restart that mpdesk offers) and "Profile language…" (a dialog over
``services.profile.update_profile``).
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QProcess
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QApplication, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QMenu, QMessageBox, QVBoxLayout, QWidget,
)

from mpdesk.guide.text import LANGUAGES
from mpdesk.ui import settings

if TYPE_CHECKING:
    from mpdesk.ui.main_window import MainWindow


def running_language() -> str:
    """The interface language this process started in (set by ``mpdesk.app``)."""
    app = QApplication.instance()
    value = app.property("mpdesk_language") if app is not None else None
    return str(value) if value else settings.interface_language()


def screen_language(profile_language: str) -> str:
    """The one rule for what the screen names (catalogue names, units as labels, breakdowns,
    guidance, section titles): the interface language, as the menus; the profile's where the
    catalogue has no text in the interface's. The report and its number and date formats keep
    the profile's language."""
    code = running_language().split("_")[0]
    return code if code in LANGUAGES else profile_language


def _language_name(code: str, in_language: str) -> str:
    """'espagnol' in a French sentence, 'Spanish' in an English one (CLDR names via Babel)."""
    from babel import Locale, UnknownLocaleError

    try:
        return Locale.parse(in_language).languages.get(code) or settings.INTERFACE_LANGUAGES.get(code, code)
    except (UnknownLocaleError, ValueError):
        return settings.INTERFACE_LANGUAGES.get(code, code)


class LanguageMenu(QObject):
    """The Settings menu, placed before Help in the window's menu bar."""

    def __init__(self, window: "MainWindow") -> None:
        super().__init__(window)
        self.window = window
        self.restart_box: QMessageBox | None = None
        self.menu = QMenu(self.tr("&Settings"), window)
        bar = window.menuBar()
        actions = bar.actions()
        bar.insertMenu(actions[-1], self.menu) if actions else bar.addMenu(self.menu)
        self.interface_menu = self.menu.addMenu(self.tr("Interface &language"))
        self.interface_menu.setProperty("choice_list", True)   # languages, picked by name: no shortcuts
        self.group = QActionGroup(self)
        self.group.setExclusive(True)
        self.actions: dict[str, QAction] = {}
        choices = {"": self.tr("Same as the system ({language})").format(
            language=settings.INTERFACE_LANGUAGES[settings.system_language()]), **settings.INTERFACE_LANGUAGES}
        for code, name in choices.items():
            action = self.interface_menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(code == settings.saved_interface_language())
            action.triggered.connect(lambda _checked=False, c=code: self.choose_interface(c))
            self.group.addAction(action)
            self.actions[code] = action
        self.profile_action = self.menu.addAction(self.tr("&Profile language…"))
        self.profile_action.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.profile_action.triggered.connect(lambda _checked=False: self.choose_profile_language())
        self.menu.aboutToShow.connect(lambda: self.profile_action.setEnabled(window.ctx is not None))

    # -- interface language ---------------------------------------------------------------------
    def choose_interface(self, code: str) -> None:
        settings.set_interface_language(code)
        self.actions[code].setChecked(True)
        wanted = code or settings.system_language()
        if wanted == running_language():
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Interface language"),
                          self.tr("mpdesk will speak {language} from its next start. Restart mpdesk now? "
                                  "The open profile is saved and opens again.").format(
                              language=_language_name(wanted, running_language())),
                          QMessageBox.StandardButton.NoButton, self.window)
        self.restart_now = box.addButton(self.tr("Restart now"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Later"), QMessageBox.ButtonRole.RejectRole)
        box.finished.connect(lambda _result: self._after_question(box))
        self.restart_box = box
        box.open()

    def _after_question(self, box: QMessageBox) -> None:
        if box.clickedButton() is self.restart_now:
            self.restart()

    def restart(self) -> None:
        """Close the window (every edit is already saved) and start mpdesk again on the same profile."""
        path = str(self.window.ctx.ws.path) if self.window.ctx is not None else ""
        if not self.window.close():
            return
        frozen = getattr(sys, "frozen", False)
        arguments = ([] if frozen else ["-m", "mpdesk"]) + ([path] if path else [])
        QProcess.startDetached(sys.executable, arguments)
        QApplication.quit()

    # -- profile language -----------------------------------------------------------------------
    def choose_profile_language(self) -> None:
        if self.window.ctx is None:
            return
        dialog = ProfileLanguageDialog(self.window.ctx.language, self.window)
        dialog.accepted.connect(lambda: self._set_profile_language(dialog.language()))
        self.dialog = dialog
        dialog.open()

    def _set_profile_language(self, code: str) -> None:
        ctx = self.window.ctx
        if ctx is not None and code != ctx.language:
            from mpdesk.services.profile import update_profile  # the database layer loads after first paint
            ctx.run_edit(update_profile, language=code)


class ProfileLanguageDialog(QDialog):
    """Which language the profile's report is written in (not the screen's language)."""

    def __init__(self, current: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Profile language"))
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 34)  # the note on four lines at most
        layout = QVBoxLayout(self)
        note = QLabel(self.tr("The report, the PDF and the workbook of this profile are written in this language, "
                              "and its figures and dates are written as it writes them. Everything else on screen "
                              "(menus, guidance, indicator names) keeps the interface language."))
        note.setWordWrap(True)
        layout.addWidget(note)
        form = QFormLayout()
        self.combo = QComboBox()
        for code, name in LANGUAGES.items():
            self.combo.addItem(name, code)
        self.combo.setCurrentIndex(max(0, self.combo.findData(current)))
        self.combo.setAccessibleName(self.tr("Language of the profile"))
        form.addRow(self.tr("&Language:"), self.combo)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.buttons = buttons

    def language(self) -> str:
        return str(self.combo.currentData())
