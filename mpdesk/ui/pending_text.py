"""Ask before closing a profile while a grid holds text it could not read ("mucho" for FDI 2011).

The grid's message promises that a refused text stays in its cell until corrected; it lives only
in the open window (it is not a figure, so it is never saved). Quitting, closing the profile or
opening another therefore asks first, naming each cell, with "Go back to correct" as the default.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

QUESTION_NAME = "PendingTextQuestion"


def _tr(text: str) -> str:
    return QCoreApplication.translate("PendingText", text)


def _models(root: QWidget | None) -> list:
    if root is None:   # no view yet (a profile opening at start-up): nothing to look for, nothing to import
        return []
    from mpdesk.ui.pages.data_grid_model import DataGridModel   # loaded with the first grid, not at start-up

    return root.findChildren(DataGridModel)


def refused_texts(root: QWidget | None) -> list[str]:
    """'FDI 2011: «mucho»' for every refused text waiting in a grid under ``root``."""
    return [_tr("{where}: “{text}”").format(where=where, text=text)
            for model in _models(root) for where, text in model.refused_texts()]


def discard_refused(root: QWidget | None) -> None:
    for model in _models(root):
        model.discard_refused()


def may_leave(window: QWidget, root: QWidget | None, leave: Callable[[], object], quitting: bool = False) -> bool:
    """True when no refused text waits under ``root``: the caller goes on. Otherwise the question
    opens (window-modal; it does not block the caller) and False is returned; choosing to leave
    discards the texts and calls ``leave`` again, which then goes through."""
    texts = refused_texts(root)
    if not texts:
        return True
    old = window.findChild(QMessageBox, QUESTION_NAME)
    if old is not None and old.isVisible():
        old.raise_()
        return False
    box = QMessageBox(QMessageBox.Icon.Warning, _tr("Text not saved"), _question(texts), parent=window)
    box.setObjectName(QUESTION_NAME)
    box.setTextFormat(box.textFormat().PlainText)
    back = box.addButton(_tr("Go back to correct"), QMessageBox.ButtonRole.RejectRole)
    label = _tr("Quit without them") if quitting else _tr("Close the profile without them")
    away = box.addButton(label, QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(back)
    box.setEscapeButton(back)

    def chosen(button) -> None:
        box.deleteLater()
        if button is away:
            discard_refused(root)
            leave()
    box.buttonClicked.connect(chosen)
    box.setWindowModality(box.windowModality().WindowModal)
    box.open()
    return False


def _question(texts: list[str]) -> str:
    head = _tr("These cells hold text that could not be read as a figure; it is not saved:")
    tail = _tr("Go back to correct them, or leave without them (the text is lost).")
    return "\n".join([head, *("• " + t for t in texts), "", tail])
