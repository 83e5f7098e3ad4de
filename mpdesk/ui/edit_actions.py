"""Cut, Copy, Paste, Delete and Select all from the Edit menu, for whatever has the focus.

Text fields do it themselves. A table asks the nearest parent that offers ``edit_action(name)``
(the figure grid, a register), so the menu and the keyboard shortcut do the same thing.
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

ACTIONS = ("cut", "copy", "paste", "delete", "select_all")


def _text_field(widget: QWidget, name: str) -> bool:
    if isinstance(widget, QAbstractSpinBox):
        widget = widget.findChild(QLineEdit) or widget
    if not isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
        return False
    if name == "delete":
        if isinstance(widget, QLineEdit):
            widget.del_()
        else:
            widget.textCursor().deleteChar()
    elif name == "select_all":
        widget.selectAll()
    else:
        getattr(widget, name)()
    return True


def perform(name: str, focus: QWidget | None = None) -> bool:
    """Do ``name`` on the focused widget; False when nothing there can do it."""
    widget = focus or QApplication.focusWidget()
    if widget is None:
        return False
    if _text_field(widget, name):
        return True
    holder: QWidget | None = widget
    while holder is not None:
        handler = getattr(holder, "edit_action", None)
        if callable(handler):
            return bool(handler(name))
        holder = holder.parentWidget()
    return False
