"""The main window: the welcome screen or an open profile, menus, guidance dock, status bar."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication, QDialog, QDockWidget, QHBoxLayout, QLabel, QMainWindow, QMessageBox, QStackedWidget, QWidget,
)

import mpdesk
from mpdesk.ui import dialogs, pane_sizes, settings
from mpdesk.ui.status_line import share_line
from mpdesk.ui.pending_text import discard_refused, may_leave
from mpdesk.ui.guidance_panel import GuidancePanel, GuidanceStrip, GuidanceTitle
from mpdesk.ui.welcome import WelcomePage
from mpdesk.ui.language_settings import LanguageMenu
from mpdesk.ui.window_menus import WindowMenus

if TYPE_CHECKING:  # the database layer is imported when a profile opens, not for the first paint
    from mpdesk.services import ChangeSet, Workspace
    from mpdesk.ui.context import AppContext
    from mpdesk.ui.profile_view import ProfileView
    from mpdesk.ui.preview import OpeningPreview
    from mpdesk.ui.wizard import NewProfileWizard

# What opening a profile needs beyond the first paint; open_path_soon imports it off the UI thread.
OPENING_MODULES = ("mpdesk.models", "mpdesk.services", "mpdesk.services.workspace", "mpdesk.services.steps",
                   "mpdesk.services.completeness", "mpdesk.services.profile",
                   # and the first page's own modules, so the window's thread only builds it
                   "mpdesk.ui.context", "mpdesk.ui.profile_view", "mpdesk.ui.pages.step_page", "mpdesk.ui.crash_notice",
                   "babel.dates", "sqlalchemy.dialects.sqlite", "mpdesk.models.migrations")


# Below this window width the guidance collapses by itself (F1 opens it): the page needs the room.
NARROW_WIDTH = 1200


class MainWindow(QMainWindow):
    profile_shown = Signal()  # a profile's view is in place and takes input

    def __init__(self) -> None:
        super().__init__()
        self.ctx: AppContext | None = None
        self.view: ProfileView | None = None
        self.pending_page = ""
        self.preview: OpeningPreview | None = None  # the opening preview, while a profile loads behind it
        self.wizard: NewProfileWizard | None = None
        self.last_message: QMessageBox | None = None
        self.import_dialog: QWidget | None = None
        self.stack = QStackedWidget()
        self.welcome = WelcomePage()
        self.stack.addWidget(self.welcome)
        self.setCentralWidget(self._central())
        self._guidance_dock()
        self.menus = WindowMenus(self)
        self.menus.guidance.triggered.connect(lambda shown: settings.set_guidance_choice(bool(shown)))
        self.language_menu = LanguageMenu(self)
        self.saved_label = QLabel()
        self.statusBar().addPermanentWidget(self.saved_label)
        share_line(self.statusBar(), self.saved_label)   # a message and the save state never overlap
        self.welcome.new_requested.connect(self.new_profile)
        self.welcome.open_requested.connect(self.choose_and_open)
        self.welcome.sample_requested.connect(self.open_sample)
        self.welcome.recent_chosen.connect(self.open_path)
        self.setAcceptDrops(True)  # a data file dropped on the window is imported (with its preview)
        self._update_state()

    def _central(self) -> QWidget:
        """The screens, and beside them, on the guidance's side, the strip that brings it back collapsed."""
        central = QWidget()
        row = self._central_row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.stack, 1)
        self.guidance_strip = GuidanceStrip()
        self.guidance_strip.hide()
        self.guidance_strip.show_requested.connect(lambda: self.choose_guidance(True))
        row.addWidget(self.guidance_strip)
        return central

    def _guidance_dock(self) -> None:
        self.guidance = GuidancePanel()
        self.guidance_dock = QDockWidget(self.tr("Guidance"), self)
        self.guidance_dock.setObjectName("GuidanceDock")
        self.guidance_dock.setWidget(self.guidance)
        self.guidance_title = GuidanceTitle()   # a visible Hide button, beside the name
        self.guidance_title.hide_requested.connect(lambda: self.choose_guidance(False))
        self.guidance_dock.setTitleBarWidget(self.guidance_title)
        self.guidance_dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable
                                       | QDockWidget.DockWidgetFeature.DockWidgetMovable)
        # a tall pane: the user may drag it to the left or the right edge, and the strip follows it
        self.guidance_dock.setAllowedAreas(Qt.DockWidgetArea.LeftDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea)
        self.addDockWidget(self._remembered_guidance_area(), self.guidance_dock)
        # a drag to the other edge is kept for the next start (the strip follows it: _place_strip)
        self.guidance_dock.dockLocationChanged.connect(lambda _area: self._remember_guidance_side())
        self.guidance_dock.topLevelChanged.connect(lambda _floating: self._remember_guidance_side())   # dropped
        self.resizeDocks([self.guidance_dock], [self.fontMetrics().horizontalAdvance("M") * pane_sizes.GUIDANCE_EM],
                         Qt.Orientation.Horizontal)
        self.guidance_dock.installEventFilter(self)  # its close button is the user's choice
        self._guidance_sized = False   # the remembered width is applied once per opened profile
        self._given_widths: dict[str, int | None] = {}   # the panes' widths as the window set them
        self._dragged: set[str] = set()   # panes whose width the user dragged since the profile opened
        # deferred: F1 toggles the action before the dock shows or hides
        self.guidance_dock.toggleViewAction().toggled.connect(lambda _shown: QTimer.singleShot(0, self._on_toggled))

    @staticmethod
    def _remembered_guidance_area() -> Qt.DockWidgetArea:
        left = settings.guidance_side() == "left"
        return Qt.DockWidgetArea.LeftDockWidgetArea if left else Qt.DockWidgetArea.RightDockWidgetArea

    def _remember_guidance_side(self) -> None:
        """The edge the guidance is docked at now, for the next start (a floating pane keeps the last)."""
        if not (shiboken6.isValid(self) and shiboken6.isValid(self.guidance_dock)) or self.guidance_dock.isFloating():
            return
        area = self.dockWidgetArea(self.guidance_dock)
        sides = {Qt.DockWidgetArea.LeftDockWidgetArea: "left", Qt.DockWidgetArea.RightDockWidgetArea: "right"}
        if area in sides:
            settings.set_guidance_side(sides[area])

    def _on_toggled(self) -> None:
        # deferred, it may come after the window was deleted (a dock hides as its window is destroyed)
        if not (shiboken6.isValid(self) and shiboken6.isValid(self.guidance_dock)):
            return
        self._update_strip()
        self._size_panes()

    def choose_guidance(self, shown: bool) -> None:
        """The user opens (the strip) or hides (the pane's Hide button) the guidance: kept as their
        choice, as F1's is; the focus follows, so a keyboard user is never left on a hidden button."""
        settings.set_guidance_choice(shown)
        self.guidance_dock.setVisible(shown)
        self._update_strip()
        (self.guidance if shown else self.guidance_strip.button).setFocus(Qt.FocusReason.OtherFocusReason)

    def _place_strip(self) -> None:
        """The strip at the edge the guidance was docked at: it opens where the guidance was (asked
        of the window each time: a dragged dock does not always say where it landed)."""
        row = self._central_row
        left = self.dockWidgetArea(self.guidance_dock) == Qt.DockWidgetArea.LeftDockWidgetArea
        if (row.indexOf(self.guidance_strip) == 0) != left:
            row.removeWidget(self.guidance_strip)
            row.insertWidget(0 if left else row.count(), self.guidance_strip)

    def _update_strip(self) -> None:
        """The strip shows exactly while a profile is open and its guidance is collapsed."""
        shown = self.ctx is not None and self.guidance_dock.isHidden()
        if shown:
            self._place_strip()
        self.guidance_strip.setVisible(shown)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.guidance_dock and event.type() == QEvent.Type.Close:
            settings.set_guidance_choice(False)
        elif event.type() == QEvent.Type.Hide and isinstance(watched, QDialog) and watched.isWindow():
            QTimer.singleShot(0, self._take_keys_back)
        return super().eventFilter(watched, event)

    def childEvent(self, event) -> None:  # noqa: N802 (Qt name)
        """Each dialog of the window (export, import, find, help) is watched for its closing."""
        super().childEvent(event)
        if event.type() == QEvent.Type.ChildPolished and isinstance(event.child(), QDialog):
            event.child().installEventFilter(self)

    def _take_keys_back(self) -> None:
        """Shown, or a dialog of ours closed, and no window of ours is active: activate this one. Without
        a window manager (a kiosk, Xvfb) nothing else does, and Ctrl+Q, Tab and every key went nowhere
        until a click (tester 6, #9); with one it is already active and this does nothing."""
        if not shiboken6.isValid(self) or not self.isVisible() or QApplication.activeModalWidget() is not None:
            return
        active = QApplication.activeWindow()
        if active is None or (isinstance(active, QDialog) and not active.isVisible()):
            self.activateWindow()

    def _size_panes(self) -> None:
        """Once per opened profile, when the window shows: the navigator and the guidance at the
        widths the user left them at, clamped so the page keeps its room in today's window; the
        guidance, if collapsed now, gets its width when it opens."""
        if self.preview is not None and self.isVisible():   # opening: its navigator as wide as the view's will be
            navigator_minimum = self.fontMetrics().horizontalAdvance("M") * pane_sizes.NAVIGATOR_MIN_EM
            self.preview.set_navigator_width(self._start_widths(navigator_minimum, self._guidance_wanted())[0])
        if self.ctx is None or self.view is None or not self.isVisible():
            return
        shown = self.guidance_dock.isVisible() and not self.guidance_dock.isFloating()
        guidance = 0
        if not self.view.navigator_width():
            navigator, guidance = self._start_widths(self.view.navigator.minimumWidth(), shown)
            self.view.set_navigator_width(navigator)
            QTimer.singleShot(0, lambda: self._note_given_width("navigator"))   # once laid out
        elif shown:
            em = self.fontMetrics().horizontalAdvance("M")
            guidance = pane_sizes.guidance_width(settings.pane_width("guidance"), self.width() - self.view.navigator_width(),
                                                 self._guidance_minimum(), em)
        if shown and not self._guidance_sized:
            self._guidance_sized = True
            self.resizeDocks([self.guidance_dock], [guidance], Qt.Orientation.Horizontal)
            QTimer.singleShot(0, lambda: self._note_given_width("guidance"))

    def _note_given_width(self, pane: str) -> None:
        """A pane's width as the window set it: while it stays so, the user has not chosen one (_remember_layout)."""
        if not shiboken6.isValid(self) or self.view is None:
            return
        width = self.view.navigator_width() if pane == "navigator" else self.guidance_dock.width()
        self._given_widths[pane] = width or None

    def _start_widths(self, navigator_minimum: int, guidance_shown: bool) -> tuple[int, int]:
        """The navigator's and the guidance's widths as a profile opens in today's window (the
        remembered ones, clamped: pane_sizes.side_widths), for the opening preview and the view alike."""
        em = self.fontMetrics().horizontalAdvance("M")
        saved = (settings.pane_width("navigator"), settings.pane_width("guidance"))
        return pane_sizes.side_widths(self.width(), saved, (navigator_minimum, self._guidance_minimum()), em,
                                      guidance_shown)

    def _guidance_minimum(self) -> int:
        em = self.fontMetrics().horizontalAdvance("M")
        return max(self.guidance_dock.minimumSizeHint().width(), pane_sizes.GUIDANCE_MIN_EM * em)

    def _remember_layout(self) -> None:
        """Keep the navigator's and (when shown) the guidance's widths for the next start, where the user
        chose them: a pane the window squeezed and the user left alone keeps its earlier width."""
        if self.view is None or not self.isVisible():
            return
        current = {"navigator": self.view.navigator_width()}
        if self.guidance_dock.isVisible() and not self.guidance_dock.isFloating():
            current["guidance"] = self.guidance_dock.width()
        # what the user chose, not what a small window forced (pane_sizes.width_to_keep)
        kept = {pane: pane_sizes.width_to_keep(width, None if pane in self._dragged else self._given_widths.get(pane),
                                               settings.pane_width(pane))
                for pane, width in current.items()}
        settings.set_pane_widths({pane: width for pane, width in kept.items() if width})

    def restore_geometry(self) -> bool:
        """Start where the user left the window; Qt moves and shrinks it onto today's screens.
        False when nothing was kept (the caller then sizes the window to the screen)."""
        geometry = settings.window_geometry()
        return geometry is not None and self.restoreGeometry(geometry)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        QTimer.singleShot(0, self._size_panes)   # a profile opened before the window showed (--sample)
        QTimer.singleShot(0, self._take_keys_back)   # keys work at once, window manager or not

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        QTimer.singleShot(0, self._place_guidance)  # after this layout pass, which would keep the old room

    def _place_guidance(self) -> None:
        """Show the guidance as the user last chose it; without a choice, only when the window is
        wide enough to leave the page its room (a narrow window collapses it; widening restores it)."""
        if self.ctx is None:
            return
        shown = self._guidance_wanted()
        if shown != self.guidance_dock.isVisible():
            self.guidance_dock.setVisible(shown)
        self._update_strip()

    def _guidance_wanted(self) -> bool:
        """The user's last choice; without one, shown when the window is wide enough."""
        choice = settings.guidance_choice()
        return self.width() >= NARROW_WIDTH if choice is None else choice

    # -- opening and closing -------------------------------------------------------------------
    def open_path_soon(self, path: str | Path) -> None:
        """Start-up: paint the profile's navigator and first step from the catalogue and a light
        read of the file at once, import the database layer in a thread, then open it for real."""
        import threading

        from mpdesk.guide import default_catalogue
        from mpdesk.peek import peek_profile

        path = Path(path)
        peek = peek_profile(path)
        if peek is None:  # not readable this way: the full open says why
            self.open_path(path)
            return
        from mpdesk.ui.preview import OpeningPreview

        catalogue = default_catalogue()
        self.preview = preview = OpeningPreview(catalogue, peek)
        self.stack.addWidget(preview)
        self.stack.setCurrentWidget(preview)
        self.setWindowTitle(f"{peek.title} — {path.name} — mpdesk")
        self.guidance_dock.hide()
        QTimer.singleShot(0, self._size_panes)   # the preview's navigator, once laid out (when already shown)
        loaded = _Loaded(self)   # the thread's "done" reaches check() on this thread, queued

        def check() -> None:
            if self.preview is not None:
                self.stack.removeWidget(self.preview)
                self.preview.deleteLater()
                self.preview = None
            if not self.open_path(path):
                self._update_state()

        loaded.done.connect(check, Qt.ConnectionType.QueuedConnection)
        threading.Thread(target=_load_then_signal, args=(loaded,), name="mpdesk-open", daemon=True).start()

    def open_path(self, path: str | Path) -> bool:
        from mpdesk.models import ProfileFileError
        from mpdesk.services import Workspace

        path = Path(path)
        # realpath, not resolve(): a symlink loop must get its sentence from Workspace.open, not raise here
        if self.ctx is not None and os.path.realpath(path) == os.path.realpath(self.ctx.ws.path):
            return True
        if not os.path.lexists(path):
            self.show_error(self.tr("{name}: {reason}.").format(name=path.name, reason=self.welcome.missing_reason()))
            self.welcome.refresh()
            return False
        if not may_leave(self, self.view, lambda: self.open_path(path)):   # a refused text waits in a grid
            return False
        try:
            ws = Workspace.open(path)
        except ProfileFileError as exc:
            self.show_error(exc.message)
            return False
        self.show_workspace(ws)
        return True

    def show_workspace(self, ws: Workspace) -> None:
        from mpdesk.ui.context import AppContext
        from mpdesk.ui.profile_view import ProfileView

        discard_refused(self.view)   # asked already, before ``ws`` was opened
        self.close_profile()
        self._guidance_sized = False
        self._given_widths = {}
        self._dragged = set()
        self.ctx = AppContext(ws, self)
        self.view = ProfileView(self.ctx)
        self.stack.addWidget(self.view)
        self.stack.setCurrentWidget(self.view)
        self.ctx.changed.connect(self._on_changed)
        self.ctx.status_message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.view.target_shown.connect(self._follow_guidance)
        self.view.splitter.splitterMoved.connect(lambda *_: self._dragged.add("navigator"))   # only a user's drag
        self.view.export_requested.connect(self.show_export)
        settings.add_recent_file(ws.path)
        self._report_opening(ws)
        self._place_guidance()
        self._size_panes()   # now, before the first page is built: its registers fit their columns once
        self.view.show_target(f"step:{self._first_open_step()}")
        self._update_state()
        if self.pending_page:
            page, self.pending_page = self.pending_page, ""
            self.open_page(page)
        self.profile_shown.emit()

    def _first_open_step(self) -> str:
        from mpdesk.services.steps import step_states

        assert self.ctx is not None
        states = step_states(self.ctx.ws)
        steps = self.ctx.ws.catalogue.steps
        return next((s.key for s in steps if getattr(states.get(s.key), "status", "") != "done"), steps[0].key)

    def _report_opening(self, ws: Workspace) -> None:
        from mpdesk.services.profile import language_notice
        from mpdesk.ui.crash_notice import crash_notes

        report = ws.file.report
        notes = crash_notes(report)  # after a kill: what was saved, and which import or export was cut short
        if report.upgraded_from is not None:
            notes.append(self.tr("This profile was upgraded to the current format; a backup of the original is at "
                                 "{path}.").format(path=report.backup_path))
        notes.append(language_notice(ws.profile().language))   # a Portuguese or Russian profile
        notes = [n for n in notes if n]
        if notes and self.view is not None:
            self.view.info.show_message("\n".join(notes), "info")
        saved = report.last_saved or ws.file.meta("last_saved")
        self.saved_label.setText(self.tr("All changes saved — {time}").format(time=_local_time(saved)) if saved
                                 else self.tr("All changes saved"))

    def close_profile(self) -> None:
        if self.ctx is None or not may_leave(self, self.view, self.close_profile):
            return
        self._remember_layout()
        ctx, view = self.ctx, self.view
        self.ctx = self.view = None
        ctx.close()
        ctx.ws.close()
        if view is not None:
            self.stack.removeWidget(view)
            view.deleteLater()
        self.stack.setCurrentWidget(self.welcome)
        self.welcome.refresh()
        self.guidance.clear()
        self.saved_label.clear()
        self._update_state()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not may_leave(self, self.view, self.close, quitting=True):
            event.ignore()
            return
        if self.isVisible():
            settings.set_window_geometry(self.saveGeometry())
            self._remember_guidance_side()   # a dragged dock does not always say where it landed
        self.close_profile()
        super().closeEvent(event)

    # -- commands ------------------------------------------------------------------------------
    def new_profile(self) -> None:
        from mpdesk.ui.wizard import NewProfileWizard

        if not may_leave(self, self.view, self.new_profile):
            return
        self.wizard = wizard = NewProfileWizard(self)

        def accepted() -> None:
            if wizard.workspace is not None:
                self.show_workspace(wizard.workspace)

        wizard.accepted.connect(accepted)
        wizard.open()

    def choose_and_open(self) -> None:
        path = dialogs.ask_open_path(self)
        if path:
            self.open_path(path)

    def open_sample(self) -> None:
        from mpdesk.models import ProfileFileError
        from mpdesk.services import EditError
        from mpdesk.services.sample import SAMPLE_FILE_NAME, ensure_sample

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            path = ensure_sample(dialogs.documents_dir() / "mpdesk" / SAMPLE_FILE_NAME)
        except (ProfileFileError, EditError, OSError) as exc:
            self.show_error(self.tr("The sample profile could not be written: {why}").format(
                why=getattr(exc, "message", None) or exc))
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.open_path(path)

    def save_copy_as(self) -> None:
        from mpdesk.ui.file_copy import save_copy

        if self.ctx is None:
            return
        target = dialogs.ask_save_path(self, self.tr("Save a copy as"), f"{self.ctx.ws.path.stem} (copy).mpdesk")
        if not target:
            return
        try:
            save_copy(self.ctx.ws, Path(target))
        except OSError as exc:
            self.show_error(str(exc))
            return
        self.statusBar().showMessage(self.tr("A copy was saved as {path}").format(path=target), 10000)

    def show_export(self) -> None:
        if self.ctx is not None:
            from mpdesk.ui.export_dialog import ExportDialog  # loaded on first use: keeps start-up fast

            ExportDialog(self.ctx, self).open()

    def import_data(self, path: str = "") -> None:
        if self.ctx is not None:
            from mpdesk.ui.import_dialog import open_import_dialog  # loaded on first use

            self.import_dialog = open_import_dialog(self.ctx, self, path)

    def dragEnterEvent(self, event) -> None:  # noqa: N802
        from mpdesk.ui.import_dialog import dropped_data_file

        if self.ctx is not None and dropped_data_file(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802
        from mpdesk.ui.import_dialog import dropped_data_file

        path = dropped_data_file(event.mimeData()) if self.ctx is not None else ""
        if path:
            event.acceptProposedAction()
            self.import_data(path)

    def prepare_draft(self) -> None:
        if self.ctx is not None:
            from mpdesk.ui.export_dialog import prepare_draft_for_email

            prepare_draft_for_email(self.ctx, self)

    def undo(self) -> None:
        self._replay(lambda ws: ws.undo())

    def redo(self) -> None:
        self._replay(lambda ws: ws.redo())

    def _replay(self, action) -> None:
        from mpdesk.services import EditError

        if self.ctx is None:
            return
        try:
            action(self.ctx.ws)
        except EditError as exc:
            self.show_error(str(exc))
        self._update_state()

    def show_about(self) -> None:
        from mpdesk.ui.help_dialogs import about_text

        path = self.ctx.ws.path if self.ctx is not None else None
        self.last_message = dialogs.show_message(self, self.tr("About mpdesk"), about_text(path),
                                                 QMessageBox.Icon.Information)

    def show_error(self, text: str) -> None:
        self.last_message = dialogs.show_message(self, self.tr("mpdesk"), text)

    # -- following changes ---------------------------------------------------------------------
    def _on_changed(self, _changes: ChangeSet) -> None:
        self.saved_label.setText(self.tr("All changes saved — {time}").format(time=_local_time(
            datetime.now().astimezone().isoformat())))
        self._update_state()

    def _follow_guidance(self, target: str) -> None:
        if self.ctx is not None:
            self.guidance.show_target(self.ctx.ws.catalogue, self.ctx.screen_language, target)

    def _update_state(self) -> None:
        self.menus.update(self.ctx is not None)
        if self.ctx is None:
            self.setWindowTitle("mpdesk")
            self.guidance_dock.hide()
            self._update_strip()
            return
        title = self.ctx.ws.profile().title
        self.setWindowTitle(f"{title} — {self.ctx.ws.path.name} — mpdesk")

    def open_page(self, target: str) -> None:
        """Start-up helper (MPDESK_OPEN_PAGE): 'wizard', 'welcome' or any navigation target."""
        if target == "wizard":
            self.new_profile()
        elif self.ctx is None and self.preview is not None:
            self.pending_page = target  # still opening: shown once the profile is open
        elif target.startswith("import:") and self.ctx is not None:  # 'import:PATH' opens the import dialog
            self.import_data(target[7:])
        elif target and target != "welcome" and self.ctx is not None:
            self.ctx.navigate(target)


class _Loaded(QObject):
    done = Signal()


def _load_then_signal(loaded: _Loaded) -> None:
    """The loader thread: import the database layer, then (even if an import failed: the full
    open then says why) let the window open the file."""
    try:
        _import_opening_modules()
    finally:
        loaded.done.emit()


def _import_opening_modules() -> None:
    import importlib

    for name in OPENING_MODULES:
        importlib.import_module(name)
    from sqlalchemy.orm import configure_mappers

    configure_mappers()   # the mapped classes' relationships, once, here rather than at the first query


def _local_time(stamp: str, full: bool = False) -> str:
    from mpdesk.ui.crash_notice import local_time  # the interface language's time format

    return local_time(stamp, full)


__all__ = ["MainWindow", "QWidget"]
