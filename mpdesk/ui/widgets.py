"""Small reusable widgets: the inline message bar, status dots, section headings, one-line fields."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFocusEvent, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

STATUS_COLOURS = {"not_started": "#B0B4BA", "in_progress": "#E69F00", "done": "#009E73"}


def status_icon(status: str, size: int = 14) -> QIcon:
    """A filled dot for a status; hollow ring when not started."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = QColor(STATUS_COLOURS.get(status, "#B0B4BA"))
    painter.setPen(colour)
    if status == "not_started":
        painter.setBrush(Qt.BrushStyle.NoBrush)
    else:
        painter.setBrush(colour)
    painter.drawEllipse(2, 2, size - 4, size - 4)
    painter.end()
    return QIcon(pixmap)


class MessageBar(QFrame):
    """A dismissible line of text above a page or table: info, or an error sentence."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MessageBar")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.label, 1)
        close = QToolButton()
        close.setText("×")
        close.setAccessibleName(self.tr("Dismiss message"))
        close.setToolTip(self.tr("Dismiss"))
        close.clicked.connect(self.hide)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def show_message(self, text: str, kind: str = "info") -> None:
        self.setProperty("kind", kind)
        self.style().unpolish(self)
        self.style().polish(self)
        self.label.setText(text)
        self.setAccessibleDescription(text)
        self.show()

    def text(self) -> str:
        return "" if self.isHidden() else self.label.text()


def labelled_row(text: str, field: QWidget) -> QHBoxLayout:
    """'Caption: [field]' on one line, the caption the field's buddy (its access key focuses the field)."""
    row = QHBoxLayout()
    caption = QLabel(text)
    caption.setBuddy(field)
    row.addWidget(caption)
    row.addWidget(field)
    row.addStretch(1)
    return row


def heading(text: str, level: int = 1) -> QLabel:
    label = QLabel(text)
    label.setObjectName("PageTitle" if level == 1 else "SectionHeading")
    label.setWordWrap(True)
    return label


def hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("Hint")
    label.setWordWrap(True)
    return label


def section_label(section, language: str) -> str:
    """'A.2  Immigration'; a Part's own title already says 'Part A', so it is not numbered twice."""
    return section.numbered_title(language, "  ")


class LineField(QLineEdit):
    """A one-line field for a stored value that shows the START of its text when not being edited.

    QLineEdit scrolls to keep its cursor in view even without focus, and setText and typing leave
    the cursor at the end: a long "Punto focal nacional" read "ía José Andrade, Directora…" after
    leaving the field and after reopening the profile. Editing is untouched; a context menu or a
    switch to another window (the user comes back to the same place) keeps the cursor.
    """

    KEEP_CURSOR = (Qt.FocusReason.PopupFocusReason, Qt.FocusReason.ActiveWindowFocusReason)

    def setText(self, text: str | None) -> None:  # noqa: N802 (Qt name)
        super().setText(text)
        if not self.hasFocus():
            self.setCursorPosition(0)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        super().focusOutEvent(event)
        if event.reason() not in self.KEEP_CURSOR:
            self.setCursorPosition(0)
