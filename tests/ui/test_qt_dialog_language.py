"""Qt's own file dialog speaks the interface language: Qt's translations (qtbase_fr/es, loaded by
app.install_translators) leave "Look in:" and "Files of type:" in English; mpdesk's own
translation files give them (mpdesk/ui/qt_gaps.py)."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QLabel

from mpdesk.ui.qt_gaps import QT_GAPS

EXPECTED = {"fr": ["&Regarder dans :", "Fichiers de &type :"], "es": ["&Buscar en:", "Archivos de &tipo:"]}


def test_the_file_dialog_labels_are_in_the_interface_language(interface, qtbot) -> None:
    dialog = QFileDialog(None, "", "")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)   # the dialog mpdesk shows on Linux
    qtbot.addWidget(dialog)
    labels = [label.text() for label in dialog.findChildren(QLabel)]
    assert all(text in labels for text in EXPECTED[interface]), labels
    assert not any(source in labels for _context, source in QT_GAPS)
    assert dialog.labelText(QFileDialog.DialogLabel.Reject) != "Cancel"    # and Qt's own translation is there
