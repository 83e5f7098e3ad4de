"""Save a copy of the open profile: SQLite's online backup, so the copy is complete and consistent."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from mpdesk.atomic import atomic_path
from mpdesk.services import Workspace


def save_copy(ws: Workspace, target: Path) -> None:
    """Write a complete copy of ``ws`` to ``target``; raise OSError with a sentence on failure."""
    target = Path(target)
    if target.resolve() == ws.path.resolve():
        raise OSError(QCoreApplication.translate(
            "FileCopy", "The copy must have another name than the open file; nothing was written."))
    raw = ws.file.engine.raw_connection()
    try:
        with atomic_path(target) as partial:  # the copy appears whole or not at all
            destination = sqlite3.connect(partial)
            try:
                raw.driver_connection.backup(destination)
                destination.execute("UPDATE file_meta SET value = 'closed' WHERE key = 'session_state'")
                destination.commit()
            finally:
                destination.close()
    except (sqlite3.Error, OSError) as exc:
        raise OSError(QCoreApplication.translate(
            "FileCopy", "The copy could not be written to {path} ({why}). Choose another folder; the open "
            "profile is unchanged.").format(path=target, why=getattr(exc, "strerror", None) or exc)) from exc
    finally:
        raw.close()
