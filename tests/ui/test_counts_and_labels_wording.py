"""Spanish and French wording the tester read (tester8 #10): 'en 1 indicadores' and 'datos' beside
the banner's 'cifras' after an import; 'Añadir un miembro' for a register of members, observers
and stakeholders."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton

WRITTEN = {"es": "Escrito en el perfil desde census.csv: 1 cifra añadida y 0 modificadas, en 1 indicador.",
           "fr": "Écrit dans le profil à partir de census.csv : 1 donnée ajoutée et 0 modifiée, dans 1 indicateur."}
BANNER = {"es": "Se importó census.csv: 1 cifra añadida, 0 modificadas.",
          "fr": "census.csv importé : 1 donnée ajoutée, 0 modifiée."}
ADD = {"es": "Añadir un actor", "fr": "Ajouter une partie prenante"}


def test_the_import_result_counts_in_their_plural_forms(opened, qtbot, interface, tmp_path) -> None:
    from mpdesk.ui.import_dialog import ImportDialog

    data = tmp_path / "census.csv"
    data.write_text("indicator,year,sex,age_group,partner,category,value,unit,source,note\n"
                    "immigrant_stock,2019,,,,,1000,persons,Census,\n", encoding="utf-8")
    # an earlier test's dialog may still be a top-level widget: take the one this Ctrl+I opens
    before = {id(w) for w in QApplication.topLevelWidgets() if isinstance(w, ImportDialog)}

    def opened_now() -> list:
        return [w for w in QApplication.topLevelWidgets()
                if isinstance(w, ImportDialog) and w.isVisible() and id(w) not in before]

    opened.activateWindow()
    qtbot.waitUntil(opened.isActiveWindow, timeout=30_000)   # a loaded CI machine is slow to activate
    QTest.keyClick(opened, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(opened_now()), timeout=30_000)
    [dialog] = opened_now()
    dialog.activateWindow()
    dialog.path_edit.setFocus()
    # typed into the path field itself: on a loaded machine the window manager may not hand the
    # dialog the focus in time (the keys are the same real events either way)
    QTest.keyClicks(dialog.path_edit, str(data))
    QTest.keyClick(dialog.path_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=60_000)
    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    assert dialog.summary.text() == WRITTEN[interface]
    assert dialog.message.text().startswith(BANNER[interface]), dialog.message.text()
    dialog.close()


def test_the_stakeholder_register_adds_a_stakeholder(opened, qtbot, interface) -> None:
    opened.ctx.navigate("step:1.2")
    page = opened.view.current_page()
    texts = [b.text().replace("&", "") for b in page.findChildren(QPushButton)]
    assert ADD[interface] in texts, texts
