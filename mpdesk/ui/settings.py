"""Per-user settings (recent files), kept out of any profile file.

``MPDESK_SETTINGS_DIR`` points the settings at another folder (the test suite uses a temporary
one, so tests never touch a user's recent files).
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings

RECENT_KEY = "recent_files"
RECENT_LIMIT = 10


def app_settings() -> QSettings:
    folder = os.environ.get("MPDESK_SETTINGS_DIR")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        return QSettings(str(Path(folder) / "mpdesk.ini"), QSettings.Format.IniFormat)
    return QSettings("mpdesk", "mpdesk")


def recent_files() -> list[str]:
    value = app_settings().value(RECENT_KEY, [])
    if isinstance(value, str):
        value = [value] if value else []
    return [str(v) for v in (value or [])]


def _store(paths: list[str]) -> None:
    settings = app_settings()
    settings.setValue(RECENT_KEY, paths[:RECENT_LIMIT])
    settings.sync()


def add_recent_file(path: str | Path) -> None:
    text = str(Path(path).resolve())
    _store([text] + [p for p in recent_files() if p != text])


def remove_recent_file(path: str | Path) -> None:
    text = str(path)
    _store([p for p in recent_files() if p != text])
