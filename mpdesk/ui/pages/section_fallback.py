"""Shown when a report page cannot be built: the section's title, guidance and why."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from mpdesk.ui.context import AppContext
from mpdesk.ui.widgets import MessageBar, heading, hint


class SectionFallbackPage(QScrollArea):
    def __init__(self, ctx: AppContext, title: str, guidance: str, reason: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(28, 20, 28, 28)
        self.title = heading(title)
        layout.addWidget(self.title)
        bar = MessageBar(body)
        bar.show_message(reason, "info")
        layout.addWidget(bar)
        for paragraph in [p.strip() for p in guidance.split("\n\n") if p.strip()]:
            layout.addWidget(hint(paragraph.replace("\n", " ")))
        layout.addStretch(1)
        self.setWidget(body)

    def page_title(self) -> str:
        return self.title.text()
