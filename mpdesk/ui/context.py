"""The open profile as the UI sees it: one object every page receives.

Pages never talk to each other. They call services through ``ctx.ws`` and refresh when
``ctx.changed`` carries a ChangeSet (from their own edits, other pages, undo or redo).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from mpdesk.services import ChangeSet, EditError, Workspace


class AppContext(QObject):
    changed = Signal(object)              # ChangeSet
    navigate_requested = Signal(str)      # "step:1.1", "section:A.2", "glance", "quality", "cell:<json CellKey>"
    status_message = Signal(str)          # transient text for the status bar
    error_raised = Signal(str)            # a sentence for the user (shown beside the control or in a bar)

    def __init__(self, ws: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        ws.subscribe(self._on_change)

    @property
    def language(self) -> str:
        """The profile's language: the report's, and the number and date formats everywhere."""
        return self.ws.profile().language

    @property
    def screen_language(self) -> str:
        """The language of what the screen names (DESIGN.md "Two languages"): catalogue names and
        units as labels, breakdowns, guidance, section titles follow the interface, like the menus
        (Format words already do, through Qt's translators). The profile's language where the
        catalogue has no text in the interface's (it carries en, fr and es)."""
        from mpdesk.ui.language_settings import screen_language

        return screen_language(self.language)

    def _on_change(self, changes: ChangeSet) -> None:
        self.changed.emit(changes)

    def run_edit(self, operation, *args, **kwargs) -> ChangeSet | None:
        """Call a service operation; an EditError becomes ``error_raised`` instead of an exception."""
        try:
            return operation(self.ws, *args, **kwargs)
        except EditError as exc:
            self.error_raised.emit(str(exc))
            return None

    def navigate(self, target: str) -> None:
        self.navigate_requested.emit(target)

    def close(self) -> None:
        self.ws.unsubscribe(self._on_change)
