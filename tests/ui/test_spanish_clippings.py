"""Spanish words are longer: the wizard's kinds and the register's Membership choice list show
their text whole (the tester saw 'fortalecimiento' cut, and 'Miembr')."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QRadioButton


def test_wizard_kinds_wrap_inside_the_wizard(qtbot, interface) -> None:
    from mpdesk.ui.wizard import NewProfileWizard

    wizard = NewProfileWizard(None)
    qtbot.addWidget(wizard)
    wizard.resize(600, 448)
    wizard.show()
    wizard.next()
    page = wizard.currentPage()
    qtbot.waitUntil(lambda: page.extended.isVisible())
    right = page.mapToGlobal(page.rect().topRight()).x()
    for widget in page.findChildren(QRadioButton) + page.findChildren(QLabel):
        if not widget.isVisible() or not widget.text():
            continue
        end = widget.mapToGlobal(widget.rect().topLeft()).x() + widget.width()
        assert end <= right + 1, widget.text()
        if isinstance(widget, QRadioButton) or not widget.wordWrap():
            assert widget.sizeHint().width() <= widget.width(), widget.text()   # its text whole


def test_membership_editor_shows_its_longest_choice(opened, qtbot, interface) -> None:
    opened.activateWindow()
    qtbot.waitUntil(opened.isActiveWindow)
    opened.ctx.navigate("step:1.3")
    table = opened.view.current_page().kind_part
    qtbot.mouseClick(table.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    for text in ("Aminata Diallo", "\t", "ANSD", "\t", "Statistician", "\t", "ansd.sn", "\t"):
        assert QApplication.focusWidget() is not None, text
        if text == "\t":
            QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        else:
            QTest.keyClicks(QApplication.focusWidget(), text)
    combo = QApplication.focusWidget()
    assert isinstance(combo, QComboBox), type(combo)
    longest = max(combo.fontMetrics().horizontalAdvance(combo.itemText(i)) for i in range(combo.count()))
    assert combo.width() >= combo.sizeHint().width() and combo.width() > longest


def test_import_preview_headers_are_whole(qtbot, interface) -> None:
    from mpdesk.ui.import_preview_tables import FigureTable

    table = FigureTable("added", interface, interface)
    qtbot.addWidget(table)
    table.resize(700, 300)
    table.show()
    table.fill([[("Población total", False), ("1990", True), ("", False), ("10.230.931", True),
                  ("UN DESA, International Migrant Stock 2020", False)]])
    for column, label in enumerate(table.labels):
        for word in label.split():
            assert table.header_width(word) <= table.columnWidth(column), word   # in style.qss's bold, padded
