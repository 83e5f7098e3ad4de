"""Texts of Qt's own dialogs that Qt's translations (qtbase_fr.qm, qtbase_es.qm in the PySide6
wheel) leave in English, so a French file dialog said "Look in:" and "Files of type:". Listed here,
they go into mpdesk's own translation files under Qt's context; mpdesk's translator is installed
with Qt's (app.install_translators) and Qt finds them there."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

QT_GAPS = (
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "&Look in:")),
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:")),
)
