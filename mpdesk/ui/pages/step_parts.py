"""The parts every step page has: status, checklist, deliverable fields and notes."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget,
)

from mpdesk.guide.model import Step
from mpdesk.services import ChangeSet, steps
from mpdesk.services.completeness import TABLES as COMPLETENESS_TABLES, step_completeness
from mpdesk.ui.context import AppContext
from mpdesk.ui.date_field import DateField
from mpdesk.ui.pages.register_delegate import to_date
from mpdesk.ui.widgets import LineField, MessageBar


CAPTION_MOST_EMS = 18   # a deliverable's caption longer than this wraps onto more lines beside its field


class CommitTextEdit(QPlainTextEdit):
    """A multi-line field that reports its text when the user leaves it (not on each keystroke)."""

    committed = Signal(str)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if self.document().isModified():
            self.document().setModified(False)
            self.committed.emit(self.toPlainText())

    def set_text_quietly(self, text: str) -> None:
        if text != self.toPlainText():
            self.setPlainText(text)
        self.document().setModified(False)


def status_labels(widget: QWidget) -> list[tuple[str, str]]:
    return [("not_started", widget.tr("Not started")), ("in_progress", widget.tr("In progress")),
            ("done", widget.tr("Done"))]


class StatusSelector(QComboBox):
    def __init__(self, ctx: AppContext, step: Step, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.step = ctx, step
        for value, label in status_labels(self):
            self.addItem(label, value)
        self.setAccessibleName(self.tr("Status of this step"))
        self.refresh()
        self.activated.connect(self._chosen)

    def refresh(self) -> None:
        """The status the navigator shows too (completeness.step_status); 'Not started' cannot be
        chosen while the step has work in it: it would show 'In progress' again at once."""
        state = step_completeness(self.ctx.ws)[self.step.key]
        self.setCurrentIndex(self.findData(state.status))
        not_started = self.findData("not_started")
        item = self.model().item(not_started) if isinstance(self.model(), QStandardItemModel) else None
        if item is not None:
            item.setEnabled(not state.has_work)
            item.setToolTip(self.tr("This step already holds work (ticks, fields or register entries).")
                            if state.has_work else "")

    def _chosen(self, _index: int) -> None:
        self.ctx.run_edit(steps.set_step_status, self.step.key, self.currentData())


class ClickLabel(QLabel):
    """A wrapping caption that ticks its box when clicked (a QCheckBox's own text cannot wrap, and
    long checklist items made step pages wider than a 1024 px screen)."""

    def __init__(self, text: str, box: QCheckBox) -> None:
        super().__init__(text)
        self.box = box
        self.setWordWrap(True)
        self.setBuddy(box)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton and self.box.isEnabled():
            self.box.click()
        super().mouseReleaseEvent(event)


def _wrapping_row(box: QCheckBox, text: str) -> QHBoxLayout:
    row = QHBoxLayout()
    row.setSpacing(6)
    row.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
    row.addWidget(ClickLabel(text, box), 1)
    return row


class ChecklistBox(QWidget):
    def __init__(self, ctx: AppContext, step: Step, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.step = ctx, step
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QCheckBox] = {}
        lang = ctx.screen_language   # read from the file: once, not once per item
        for item in step.checklist:
            text = item.text.get_for(lang)
            box = QCheckBox()
            box.setObjectName(f"check_{item.key}")
            box.setAccessibleName(text)
            box.clicked.connect(lambda on, key=item.key: self.ctx.run_edit(steps.set_checklist_item,
                                                                          self.step.key, key, on))
            layout.addLayout(_wrapping_row(box, text))
            self.boxes[item.key] = box
        self.refresh()

    def refresh(self) -> None:
        states = steps.checklist_states(self.ctx.ws, self.step.key)
        for key, box in self.boxes.items():
            box.setChecked(bool(states.get(key) and states[key].done))


class DeliverablesForm(QWidget):
    """One field per deliverable, its caption beside it; saved when the user leaves the field.

    A grid, not a QFormLayout: a form gave a caption that wraps its own narrow width and the
    field's one-line height ("Aprobado por / (autoridad y" with "referencia)" cut off, in Spanish
    at 1024 px). Here every caption has the same column, up to CAPTION_MOST_EMS wide, and as many
    lines as it needs."""

    def __init__(self, ctx: AppContext, step: Step, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.step = ctx, step
        self.form = QGridLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setColumnStretch(1, 1)
        self.fields: dict[str, QWidget] = {}
        self.captions: list[QLabel] = []
        lang = ctx.screen_language
        self.message = MessageBar(self)   # a typed date that is none says so here
        self.form.addWidget(self.message, 0, 0, 1, 2)
        for deliverable in step.deliverables:
            label = deliverable.label.get_for(lang)
            field = self._make_field(deliverable.key, deliverable.kind)
            if deliverable.key in steps.PROFILE_DELIVERABLES:
                field.setReadOnly(True)
                field.setToolTip(self.tr("Recorded in the profile itself (chosen when it was created)."))
            field.setAccessibleName(label)
            caption = QLabel(label)
            caption.setWordWrap(True)
            caption.setBuddy(field)
            row = self.form.rowCount()
            self.form.addWidget(caption, row, 0, Qt.AlignmentFlag.AlignTop)
            self.form.addWidget(field, row, 1)
            self.captions.append(caption)
            self.fields[deliverable.key] = field
        self._size_captions()
        self.refresh()

    def _size_captions(self) -> None:
        """One caption column, as wide as the longest caption up to CAPTION_MOST_EMS (a longer one
        wraps); each caption's first line level with its field's text."""
        em = self.fontMetrics().horizontalAdvance("M")
        widest = max((c.fontMetrics().horizontalAdvance(c.text()) for c in self.captions), default=0) + 2
        line = QLineEdit().sizeHint().height()
        for caption in self.captions:
            caption.setMinimumWidth(min(widest, CAPTION_MOST_EMS * em))
            caption.setContentsMargins(0, max(0, (line - caption.fontMetrics().height()) // 2), 0, 0)

    def _make_field(self, key: str, kind: str) -> QWidget:
        if key in steps.PROFILE_DELIVERABLES:
            return LineField()
        if kind == "text":
            edit = CommitTextEdit()
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 4 + 14)
            edit.committed.connect(lambda text, k=key: self._save(k, text))
            return edit
        if kind == "date":
            date_field = DateField(self.tr("not set"))
            date_field.editingFinished.connect(lambda k=key, d=date_field: self._save_date(k, d))
            date_field.picked.connect(lambda k=key, d=date_field: self._save_date(k, d))
            return date_field
        line = LineField()
        line.editingFinished.connect(lambda k=key, e=line: self._save(k, e.text()) if e.isModified() else None)
        return line

    def _save_date(self, key: str, field: DateField) -> None:
        if not field.is_valid():   # the stored date stays, shown again, and the form says why
            self.message.show_message(field.refusal(), "error")
            field.set_date(to_date(steps.deliverable_values(self.ctx.ws, self.step.key).get(key, "")))
            return
        self.message.hide()
        value = field.date_value()
        self._save(key, value.isoformat() if value else "")

    def _save(self, key: str, value: str) -> None:
        if steps.deliverable_values(self.ctx.ws, self.step.key).get(key, "") != value:
            self.ctx.run_edit(steps.set_deliverable, self.step.key, key, value)

    def refresh(self) -> None:
        values = steps.deliverable_values(self.ctx.ws, self.step.key)
        for key, field in self.fields.items():
            value = values.get(key, "")
            if isinstance(field, CommitTextEdit):
                field.set_text_quietly(value)
            elif isinstance(field, DateField):
                if not field.hasFocus():   # a date being typed is not overwritten
                    field.set_date(to_date(value))
            elif isinstance(field, QLineEdit) and field.text() != value:
                field.setText(value)
                field.setModified(False)


class NotesEdit(CommitTextEdit):
    def __init__(self, ctx: AppContext, step: Step, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.step = ctx, step
        self.setAccessibleName(self.tr("Notes on this step"))
        self.setPlaceholderText(self.tr("Decisions, contacts, things to follow up…"))
        self.setTabChangesFocus(True)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * 5 + 14)
        self.committed.connect(lambda text: self.ctx.run_edit(steps.set_step_notes, self.step.key, text))
        self.refresh()

    def refresh(self) -> None:
        state = steps.step_states(self.ctx.ws).get(self.step.key)
        self.set_text_quietly(state.notes if state else "")


def refresh_parts(parts: list[QWidget], changes: ChangeSet) -> None:
    """The parts a change may show in; a StatusSelector also follows the registers (an entry is work
    in the step), the others only the step's own tables."""
    own = changes.touches("step_progress", "checklist_state", "deliverable_value")
    measured = own or changes.touches(*COMPLETENESS_TABLES)
    for part in parts:
        if own or (measured and isinstance(part, StatusSelector)):
            part.refresh()
