"""Editors for register cells: a date picker with a 'not set' value, and choice lists."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractItemModel, QDate, QEvent, QModelIndex, QObject, QSize, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QDateEdit, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from mpdesk.ui.pages.register_model import RegisterSpec

MAX_LINES = 4   # a register row shows up to four lines of wrapped text
NOT_SET = QDate(2000, 1, 1)  # the minimum date stands for "not set"


def make_date_edit(parent: QWidget | None, not_set_text: str) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setMinimumDate(NOT_SET)
    edit.setSpecialValueText(not_set_text)
    return edit


def to_qdate(value: date | str | None) -> QDate:
    if isinstance(value, str) and value:
        try:
            value = date.fromisoformat(value)
        except ValueError:
            return NOT_SET
    if isinstance(value, date):
        return QDate(value.year, value.month, value.day)
    return NOT_SET


def from_qdate(value: QDate) -> date | None:
    if not value.isValid() or value == NOT_SET:
        return None
    return date(value.year(), value.month(), value.day())


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
    def __init__(self, spec: RegisterSpec, parent=None) -> None:
        super().__init__(parent)
        self.spec = spec

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
            edit = make_date_edit(parent, self.tr("not set"))
            if index.data(Qt.ItemDataRole.EditRole) is None:
                edit.setDate(QDate.currentDate())
            return edit
        if column.editor == "choice":
            combo = QComboBox(parent)
            for value, label in column.choices:
                combo.addItem(label, value)
            return combo
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QDateEdit):
            if value is not None:
                editor.setDate(to_qdate(value))
        elif isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex) -> None:
        if isinstance(editor, QDateEdit):
            model.setData(index, from_qdate(editor.date()))
        elif isinstance(editor, QComboBox):
            model.setData(index, editor.currentData())
        else:
            super().setModelData(editor, model, index)
