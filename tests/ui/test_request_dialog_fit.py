"""The data-request workbook dialog in French and Spanish at 1024x700 (tester8 #5): 'Save as' showed
its '&', the message after writing was cut through its third line and the Choose button at the
bottom, and the intro ended 'Import data….' (an ellipsis and a period)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QPushButton


def inside(widget, dialog) -> bool:
    """The widget's whole rectangle lies within the dialog's."""
    top_left = widget.mapTo(dialog, widget.rect().topLeft())
    bottom_right = widget.mapTo(dialog, widget.rect().bottomRight())
    return dialog.rect().contains(top_left) and dialog.rect().contains(bottom_right)


def open_request_dialog(window, qtbot):
    from mpdesk.ui.request_dialog import RequestDialog

    window.ctx.navigate("step:2.1")
    page = window.view.current_page()
    [button] = [b for b in page.findChildren(QPushButton) if b.objectName() == "RequestWorkbookButton"]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(isinstance(w, RequestDialog) and w.isVisible() for w in QApplication.topLevelWidgets()))
    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, RequestDialog) and w.isVisible())


def test_the_written_message_and_the_rows_stay_whole_at_1024(opened, qtbot, interface, tmp_path) -> None:
    from mpdesk.services.registers import add_item

    opened.resize(1024, 700)
    add_item(opened.ctx.ws, "request", institution="Banco Central del Ecuador", indicators="remittance_inflows")
    dialog = open_request_dialog(opened, qtbot)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    labels = [w for w in dialog.findChildren(QLabel) if w.isVisible() and w.text()]
    assert not any("&" in w.text() and w.buddy() is None for w in labels), [w.text() for w in labels]
    save_as = next(w for w in labels if w.buddy() is dialog.path_edit)
    QTest.keyClick(dialog, save_as.text()[save_as.text().index("&") + 1], Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.path_edit)   # the mnemonic reaches the path
    dialog.path_edit.selectAll()
    QTest.keyClicks(QApplication.focusWidget(), str(tmp_path / "Solicitud de datos - Banco Central del Ecuador.xlsx"))
    qtbot.mouseClick(dialog.write_button, Qt.MouseButton.LeftButton)
    message = dialog.message.label
    assert (tmp_path / "Solicitud de datos - Banco Central del Ecuador.xlsx").is_file(), dialog.message.text()
    QApplication.processEvents()
    assert message.heightForWidth(message.width()) <= message.height(), message.text()
    for widget in (dialog.message, dialog.browse, dialog.path_edit, dialog.write_button):
        assert inside(widget, dialog), widget
        assert widget.height() >= widget.sizeHint().height() or widget is dialog.message, widget
    assert dialog.height() <= 700
    for label in labels + [message]:
        assert "…." not in label.text(), label.text()
    dialog.close()
