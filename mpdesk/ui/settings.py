"""Per-user settings (recent files, the interface language), kept out of any profile file.

``MPDESK_SETTINGS_DIR`` points the settings at another folder (the test suite uses a temporary
one, so tests never touch a user's recent files).
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

RECENT_KEY = "recent_files"
RECENT_LIMIT = 10
LANGUAGE_KEY = "interface_language"
GUIDANCE_KEY = "guidance_shown"   # the user's own open/closed choice for the guidance pane
LAYOUT_KEY = "layout"   # group: the window's geometry, the navigator's and guidance's widths, the guidance's side
PANES = ("navigator", "guidance")
GUIDANCE_SIDES = ("left", "right")   # the window edges the guidance may be docked at
EXPORT_FOLDERS_KEY = "export_folders"   # profile path -> the folder its last export went to
EXPORT_DRAFT_KEY = "export_drafts"   # profile path -> whether its last export was a draft
# Languages the interface is translated into (the .qm files in resources/translations).
INTERFACE_LANGUAGES = {"en": "English", "fr": "Français", "es": "Español"}


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


def _profile_key(profile_path: str | Path) -> str:
    # a hash: a path's slashes would otherwise become nested setting groups
    return hashlib.sha1(str(Path(profile_path).resolve()).encode("utf-8")).hexdigest()


def last_export_folder(profile_path: str | Path) -> Path | None:
    """The folder this profile was last exported to, when it still exists."""
    value = str(app_settings().value(f"{EXPORT_FOLDERS_KEY}/{_profile_key(profile_path)}", "") or "")
    return Path(value) if value and Path(value).is_dir() else None


def remember_export_folder(profile_path: str | Path, folder: str | Path) -> None:
    settings = app_settings()
    settings.setValue(f"{EXPORT_FOLDERS_KEY}/{_profile_key(profile_path)}", str(Path(folder).resolve()))
    settings.sync()


def last_export_was_draft(profile_path: str | Path) -> bool:
    """Whether this profile's last export was a draft (the dialog offers the same again)."""
    value = app_settings().value(f"{EXPORT_DRAFT_KEY}/{_profile_key(profile_path)}", False)
    return value is True or str(value).lower() == "true"


def remember_export_status(profile_path: str | Path, draft: bool) -> None:
    settings = app_settings()
    settings.setValue(f"{EXPORT_DRAFT_KEY}/{_profile_key(profile_path)}", bool(draft))
    settings.sync()


def saved_interface_language() -> str:
    """The interface language the user chose ('' when the system's is to be used)."""
    value = str(app_settings().value(LANGUAGE_KEY, "") or "")
    return value if value in INTERFACE_LANGUAGES else ""


def set_interface_language(code: str) -> None:
    """Save the interface language ('' for the system's); it applies from the next start."""
    settings = app_settings()
    if code:
        settings.setValue(LANGUAGE_KEY, code)
    else:
        settings.remove(LANGUAGE_KEY)
    settings.sync()


def system_language() -> str:
    from PySide6.QtCore import QLocale

    code = QLocale.system().name().split("_")[0]
    return code if code in INTERFACE_LANGUAGES else "en"


def interface_language() -> str:
    """The language the interface starts in: MPDESK_LANG (tests, screenshots), else the user's
    choice, else the system's when mpdesk is translated into it, else English."""
    forced = os.environ.get("MPDESK_LANG", "")
    if forced:
        return forced
    return saved_interface_language() or system_language()


def guidance_choice() -> bool | None:
    """Whether the user last opened (True) or closed (False) the guidance; None: never chose."""
    value = app_settings().value(GUIDANCE_KEY)
    if value is None:
        return None
    return str(value).lower() in ("true", "1")


def set_guidance_choice(shown: bool) -> None:
    store = app_settings()
    store.setValue(GUIDANCE_KEY, shown)
    store.sync()


def pane_width(pane: str) -> int | None:
    """The width in pixels the user last left ``pane`` ('navigator' or 'guidance') at; None: none kept."""
    try:
        value = int(app_settings().value(f"{LAYOUT_KEY}/{pane}", 0) or 0)
    except (TypeError, ValueError):   # a hand-edited settings file
        return None
    return value if value > 0 else None


def set_pane_widths(widths: dict[str, int]) -> None:
    store = app_settings()
    for pane, width in widths.items():
        if pane in PANES and width > 0:
            store.setValue(f"{LAYOUT_KEY}/{pane}", int(width))
    store.sync()


def guidance_side() -> str:
    """The window edge ('left' or 'right') the user last docked the guidance at; 'right' by default."""
    value = str(app_settings().value(f"{LAYOUT_KEY}/guidance_side", "") or "")
    return value if value in GUIDANCE_SIDES else "right"


def set_guidance_side(side: str) -> None:
    if side not in GUIDANCE_SIDES:
        return
    store = app_settings()
    store.setValue(f"{LAYOUT_KEY}/guidance_side", side)
    store.sync()


def window_geometry() -> QByteArray | None:
    """The main window's last geometry (QWidget.saveGeometry), or None."""
    value = app_settings().value(f"{LAYOUT_KEY}/window")
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None


def set_window_geometry(geometry: QByteArray) -> None:
    store = app_settings()
    store.setValue(f"{LAYOUT_KEY}/window", geometry)
    store.sync()


def forget_layout() -> None:
    """Back to the default sizes (the test suite starts each test from them)."""
    store = app_settings()
    store.remove(LAYOUT_KEY)
    store.sync()
