"""A step of the process: title, status, checklist, the kind-specific part, deliverables, notes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from mpdesk.guide.model import Step
from mpdesk.services import ChangeSet
from mpdesk.ui.context import AppContext
from mpdesk.ui.pages.step_kinds import KIND_PARTS
from mpdesk.ui.pages.step_parts import ChecklistBox, DeliverablesForm, NotesEdit, StatusSelector, refresh_parts
from mpdesk.ui.widgets import MessageBar, heading, hint, labelled_row


class StepPage(QScrollArea):
    def __init__(self, ctx: AppContext, step_key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.step: Step = ctx.ws.catalogue.step(step_key)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        body.setObjectName("PageBody")
        self.layout_ = QVBoxLayout(body)
        self.layout_.setContentsMargins(28, 20, 28, 28)
        self.layout_.setSpacing(14)
        self._build()
        self.layout_.addStretch(1)
        self.setWidget(body)
        ctx.changed.connect(self._on_changed)

    def _build(self) -> None:
        lang = self.ctx.screen_language
        stage = next(s for s in self.ctx.ws.catalogue.stages if s.key == self.step.stage_key)
        eyebrow = QLabel(self.tr("Stage {stage} · {title}").format(stage=stage.key, title=stage.title.get_for(lang)))
        eyebrow.setObjectName("Eyebrow")
        self.title = heading(f"{self.step.key}  {self.step.title.get_for(lang)}")
        self.layout_.addWidget(eyebrow)
        self.layout_.addWidget(self.title)
        self.message = MessageBar(self)
        self.layout_.addWidget(self.message)
        self.status = StatusSelector(self.ctx, self.step)
        self.layout_.addLayout(self._status_row())
        if stage.key == "II":  # data collection: bring figures in from files and ministries' workbooks
            from mpdesk.ui.import_dialog import import_button_row

            self.layout_.addLayout(import_button_row(self.ctx, self))
        if self.step.page == "requests":
            from mpdesk.ui.request_dialog import request_button_row

            self.layout_.addLayout(request_button_row(self.ctx, self))
        self.checklist = ChecklistBox(self.ctx, self.step)
        self._add_block(self.tr("Checklist"), self.checklist)
        builder = KIND_PARTS.get(self.step.page)
        self.kind_part = builder(self.ctx, self.step) if builder else None
        if self.kind_part is not None:
            self.layout_.addWidget(self.kind_part)
        self.deliverables = DeliverablesForm(self.ctx, self.step)
        if self.step.deliverables:
            self._add_block(self.tr("What this step produces"), self.deliverables,
                            self.tr("Saved when you leave a field."))
        self.notes = NotesEdit(self.ctx, self.step)
        self._add_block(self.tr("Notes"), self.notes)

    def _status_row(self) -> QHBoxLayout:
        return labelled_row(self.tr("Status:"), self.status)

    def _add_block(self, title: str, widget: QWidget, note: str = "") -> None:
        self.layout_.addSpacing(6)
        self.layout_.addWidget(heading(title, 2))
        if note:
            self.layout_.addWidget(hint(note))
        self.layout_.addWidget(widget)

    def page_title(self) -> str:
        return self.title.text()

    def _on_changed(self, changes: ChangeSet) -> None:
        refresh_parts([self.status, self.checklist, self.deliverables, self.notes], changes)


__all__ = ["StepPage", "Qt"]
