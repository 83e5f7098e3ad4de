"""Small dialog helpers in one place, so tests can replace the native file dialogs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


def _tr(text: str) -> str:
    return QCoreApplication.translate("Dialogs", text)


def profile_filter() -> str:
    return _tr("mpdesk profiles (*.mpdesk);;All files (*)")


def documents_dir() -> Path:
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(location or Path.home())


def start_folder() -> Path:
    """Where a profile's file dialog opens: the folder of the profile opened last, else the user's
    Documents, else home. Each must exist: given a missing folder, Qt's dialog opens the folder the
    app was started from (the tester's Documents did not exist)."""
    from mpdesk.ui import settings

    last = [Path(p).parent for p in settings.recent_files()[:1]]
    return next((folder for folder in (*last, documents_dir()) if folder.is_dir()), Path.home())


def ask_save_path(parent: QWidget | None, caption: str, suggested: str) -> str:
    """The path the user chose, or '' when cancelled."""
    path, _ = QFileDialog.getSaveFileName(parent, caption, str(start_folder() / suggested), profile_filter())
    if path and not path.lower().endswith(".mpdesk"):
        path += ".mpdesk"
    return path


def ask_open_path(parent: QWidget | None) -> str:
    path, _ = QFileDialog.getOpenFileName(parent, _tr("Open a profile"), str(start_folder()), profile_filter())
    return path


def show_message(parent: QWidget | None, title: str, text: str,
                 icon: QMessageBox.Icon = QMessageBox.Icon.Warning) -> QMessageBox:
    """A window-modal message that does not block the caller (tests read ``box.text()``)."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(box.textFormat().PlainText)
    box.setWindowModality(box.windowModality().WindowModal)
    box.open()
    return box
