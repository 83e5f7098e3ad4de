"""The main window's menus and actions (File, Edit, View, Help)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from mpdesk.ui import edit_actions, help_dialogs, settings

if TYPE_CHECKING:
    from mpdesk.ui.main_window import MainWindow


class WindowMenus:
    def __init__(self, window: "MainWindow") -> None:
        self.window = window
        bar = window.menuBar()
        self._file_menu(bar.addMenu(window.tr("&File")))
        self._edit_menu(bar.addMenu(window.tr("&Edit")))
        self.view_menu = bar.addMenu(window.tr("&View"))
        self._help_menu(bar.addMenu(window.tr("&Help")))

    def _action(self, menu: QMenu, text: str, slot, shortcut: QKeySequence | str | list | None = None) -> QAction:
        action = QAction(text, self.window)
        action.setProperty("menu_name", text)   # Undo/Redo change their text; the shortcuts list keeps this
        if isinstance(shortcut, list):
            action.setShortcuts(shortcut)
        elif shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        return action

    def _file_menu(self, menu: QMenu) -> None:
        w = self.window
        self._action(menu, w.tr("&New profile…"), w.new_profile, QKeySequence.StandardKey.New)
        self._action(menu, w.tr("&Open…"), w.choose_and_open, QKeySequence.StandardKey.Open)
        self.recent_menu = menu.addMenu(w.tr("Open &recent"))
        self.recent_menu.setProperty("choice_list", True)
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self._action(menu, w.tr("Open the &sample profile"), w.open_sample, "Ctrl+Shift+O")
        menu.addSeparator()
        self.import_data = self._action(menu, w.tr("&Import data…"), w.import_data, "Ctrl+I")
        self.import_log = self._action(menu, w.tr("Import &log"), lambda: w.open_page("imports"), "Ctrl+L")
        menu.addSeparator()
        self.save_copy = self._action(menu, w.tr("Save a &copy as…"), w.save_copy_as,
                                      QKeySequence.StandardKey.SaveAs)
        self.export = self._action(menu, w.tr("&Export…"), w.show_export, "Ctrl+E")
        self.draft = self._action(menu, w.tr("Prepare &draft for email…"), w.prepare_draft, "Ctrl+Shift+E")
        menu.addSeparator()
        self.close = self._action(menu, w.tr("&Close profile"), w.close_profile, QKeySequence.StandardKey.Close)
        # the platform's Quit key, or Ctrl+Q where the platform has none (as under Windows)
        quit_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Quit) or [QKeySequence("Ctrl+Q")]
        self._action(menu, w.tr("&Quit"), w.close, quit_keys)

    def _edit_menu(self, menu: QMenu) -> None:
        w = self.window
        self.undo = self._action(menu, w.tr("&Undo"), w.undo, [QKeySequence("Ctrl+Z")])
        self.redo = self._action(menu, w.tr("&Redo"), w.redo, [QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        self._clipboard_actions(menu)

    def _clipboard_actions(self, menu: QMenu) -> None:
        """Cut, Copy, Paste, Delete, Select all: on the focused field, grid or register."""
        w = self.window
        menu.addSeparator()
        keys = QKeySequence.StandardKey
        self.clipboard = {
            name: self._action(menu, text, lambda n=name: edit_actions.perform(n), shortcut)
            for name, text, shortcut in (
                ("cut", w.tr("Cu&t"), keys.Cut), ("copy", w.tr("&Copy"), keys.Copy),
                ("paste", w.tr("&Paste"), keys.Paste), ("delete", w.tr("&Delete"), keys.Delete),
                ("select_all", w.tr("Select &all"), keys.SelectAll))}
        menu.addSeparator()
        self.find = self._action(menu, w.tr("&Find a step, section or indicator…"), self.show_find, keys.Find)

    def show_find(self) -> None:
        from mpdesk.ui.find_dialog import FindDialog

        if self.window.ctx is None:
            return
        self.find_dialog = FindDialog(self.window.ctx, self.window)
        self.find_dialog.open()

    def _help_dialogs(self, menu: QMenu) -> None:
        w = self.window
        self._action(menu, w.tr("&User guide"), lambda: self._open_help(help_dialogs.user_guide(w)),
                     "Shift+F1")
        self._action(menu, w.tr("&Keyboard shortcuts"),
                     lambda: self._open_help(help_dialogs.shortcuts(w, self._all_actions())), "Ctrl+/")

    def _open_help(self, dialog) -> None:
        self.help_dialog = dialog
        dialog.open()

    def _all_actions(self) -> list[QAction]:
        """Every command of the menu bar once, in menu order; not the lists of choices (recent files,
        interface languages), whose entries change and are picked by name."""
        found: list[QAction] = []
        self._collect(self.window.menuBar().actions(), found)
        return found

    def _collect(self, actions: list[QAction], found: list[QAction]) -> None:
        for action in actions:
            menu = action.menu()
            if isinstance(menu, QMenu):
                if not menu.property("choice_list"):
                    self._collect(menu.actions(), found)
            elif not action.isSeparator() and action not in found:
                found.append(action)

    def _help_menu(self, menu: QMenu) -> None:
        w = self.window
        self.guidance = w.guidance_dock.toggleViewAction()
        self.guidance.setText(w.tr("&Guidance"))
        self.guidance.setShortcut(QKeySequence("F1"))
        menu.addAction(self.guidance)
        self.view_menu.addAction(self.guidance)
        self._help_dialogs(menu)
        menu.addSeparator()
        self._action(menu, w.tr("&About mpdesk"), w.show_about, "Ctrl+F1")

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        paths = settings.recent_files()
        for path in paths:
            action = self.recent_menu.addAction(path)
            action.triggered.connect(lambda _c=False, p=path: self.window.open_path(p))
        if not paths:
            self.recent_menu.addAction(self.window.tr("(no recent profiles)")).setEnabled(False)

    def update(self, has_profile: bool) -> None:
        w = self.window
        ws = w.ctx.ws if w.ctx else None
        self.undo.setEnabled(bool(ws and ws.can_undo()))
        self.redo.setEnabled(bool(ws and ws.can_redo()))
        self.undo.setText(w.tr("&Undo {what}").format(what=ws.undo_label()) if ws and ws.can_undo() else w.tr("&Undo"))
        self.redo.setText(w.tr("&Redo {what}").format(what=ws.redo_label()) if ws and ws.can_redo() else w.tr("&Redo"))
        for action in (self.save_copy, self.export, self.draft, self.close, self.import_data, self.import_log, self.find):
            if action is not None:
                action.setEnabled(has_profile)
