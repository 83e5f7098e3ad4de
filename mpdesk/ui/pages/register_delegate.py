"""Editors for register cells: a typed date (DateField, empty for 'not set'), and choice lists."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, QObject, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from mpdesk.ui.date_field import DateField
from mpdesk.ui.pages.register_model import RegisterSpec

MAX_LINES = 4   # a register row shows up to four lines of wrapped text
COMMIT_KEYS = (Qt.Key.Key_Tab, Qt.Key.Key_Backtab, Qt.Key.Key_Return, Qt.Key.Key_Enter)


def to_date(value: date | str | None) -> date | None:
    """A stored date (a date, or ISO text in a step's deliverables) as a date; None when unset."""
    if isinstance(value, str) and value:
        try:
            return date.fromisoformat(value)
        except ValueError:
            return None
    return value if isinstance(value, date) else None


def is_shift_tab(event: QEvent) -> bool:
    """Shift+Tab as some platforms (and test drivers) send it: Tab with Shift instead of Backtab."""
    return (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Tab and bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier))


class SpreadsheetKeys(QStyledItemDelegate):
    """Tab / Shift+Tab commit the cell and edit the next / previous one, whatever the editor."""

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:
        if is_shift_tab(event) and isinstance(editor, QWidget):
            self.commitData.emit(editor)
            self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.EditPreviousItem)
            return True
        return super().eventFilter(editor, event)


class RegisterDelegate(SpreadsheetKeys):
    refused = Signal(str)   # a typed value was not taken (a date that is none): the sentence to show

    def __init__(self, spec: RegisterSpec, parent=None) -> None:
        super().__init__(parent)
        self.spec = spec

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:
        """Tab or Enter on a date that is none keeps the cell open, says why, and changes nothing."""
        if (isinstance(editor, DateField) and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.key() in COMMIT_KEYS and not editor.is_valid()):
            self.refused.emit(editor.refusal())
            return True
        return super().eventFilter(editor, event)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        """A date editor is never narrower than its date (a narrow column showed "202"), a choice list
        never narrower than its longest choice (the Spanish "Miembro" showed "Miembr")."""
        super().updateEditorGeometry(editor, option, index)
        least = editor.minimumWidth() if isinstance(editor, DateField) else 0
        if isinstance(editor, QComboBox):
            least = editor.sizeHint().width()   # the longest item, its arrow and frame
        if editor.width() < least:
            editor.resize(least, editor.height())

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802 (Qt name)
        """Wrapped text makes a row at most MAX_LINES lines tall; the rest elides, in full as tooltip."""
        hint = super().sizeHint(option, index)
        most = option.fontMetrics.lineSpacing() * MAX_LINES + 8
        return QSize(hint.width(), min(hint.height(), most))

    def _column(self, index: QModelIndex):
        return self.spec.columns[index.column()]

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex) -> QWidget:
        editor = self._make_editor(parent, option, index)
        editor.setAccessibleName(self._column(index).header)   # screen readers say which field
        return editor

    def _make_editor(self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex) -> QWidget:
        column = self._column(index)
        if column.editor == "date":
            return DateField(self.tr("not set"), parent)
        if column.editor == "choice":
            combo = QComboBox(parent)
            for value, label in column.choices:
                combo.addItem(label, value)
            return combo
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, DateField):
            editor.set_date(to_date(value))
        elif isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex) -> None:
        if isinstance(editor, DateField):
            if editor.is_valid():
                model.setData(index, editor.date_value())
            else:   # left by a click elsewhere: the old date stays, and the table says why
                self.refused.emit(editor.refusal())
        elif isinstance(editor, QComboBox):
            model.setData(index, editor.currentData())
        else:
            super().setModelData(editor, model, index)
