"""The section's text: light markup typed in a plain editor, saved on idle or focus loss, with a preview."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QPlainTextEdit, QStackedWidget, QTextBrowser, QToolButton, QVBoxLayout, QWidget,
)

from mpdesk.export.markup import Block, parse
from mpdesk.services import ChangeSet
from mpdesk.services.profile import narratives, set_narrative
from mpdesk.ui.context import AppContext

IDLE_SAVE_MS = 1500
# The text box is as tall as its text, between these many lines: an empty one took ten lines and
# pushed the figures below a 700 px screen; a long text scrolls inside the box past the most.
LEAST_LINES, MOST_LINES = 4, 14


def markup_to_html(text: str) -> str:
    """The narrative as HTML for the preview; the user's own text is always escaped."""
    parts: list[str] = []
    open_list = ""
    for block in parse(text):
        wanted = {"bullet": "ul", "numbered": "ol"}.get(block.kind, "")
        if wanted != open_list:
            parts.append(f"</{open_list}>" if open_list else "")
            parts.append(f"<{wanted}>" if wanted else "")
            open_list = wanted
        parts.append(_block_html(block))
    if open_list:
        parts.append(f"</{open_list}>")
    return "".join(parts)


def _block_html(block: Block) -> str:
    inline = "".join(_run_html(run.text, run.bold, run.italic) for run in block.runs)
    tag = {"heading": "h2", "subheading": "h3", "bullet": "li", "numbered": "li"}.get(block.kind, "p")
    return f"<{tag}>{inline}</{tag}>"


def _run_html(text: str, bold: bool, italic: bool) -> str:
    piece = escape(text)
    piece = f"<i>{piece}</i>" if italic else piece
    return f"<b>{piece}</b>" if bold else piece


class NarrativeEditor(QWidget):
    """Saves through services.profile.set_narrative; ``flush()`` saves pending text at once."""

    def __init__(self, ctx: AppContext, section_key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.section_key = section_key
        self._saved = narratives(ctx.ws, [section_key]).get(section_key, "")
        self._timer = QTimer(self, singleShot=True, interval=IDLE_SAVE_MS, timeout=self.flush)
        self._build()
        self.editor.setPlainText(self._saved)
        self.editor.textChanged.connect(self._timer.start)
        self.editor.document().documentLayout().documentSizeChanged.connect(lambda _size: self._fit_height())
        self._fit_height()
        self.editor.installEventFilter(self)
        self.ctx.changed.connect(self._on_changed)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.buttons: dict[str, QToolButton] = {}
        for name, text, tip in (("heading", self.tr("Heading"), self.tr("Start the line with ## (a heading)")),
                                ("bullet", self.tr("Bullet list"), self.tr("Start the line with - (a list item)")),
                                ("bold", self.tr("Bold"), self.tr("Wrap the selection in **…**")),
                                ("italic", self.tr("Italic"), self.tr("Wrap the selection in *…*"))):
            button = QToolButton()
            button.setText(text)
            button.setToolTip(tip)
            button.clicked.connect(lambda _=False, n=name: self.apply_format(n))
            bar.addWidget(button)
            self.buttons[name] = button
        self.preview_button = QToolButton()
        self.preview_button.setText(self.tr("Preview"))
        self.preview_button.setCheckable(True)
        self.preview_button.toggled.connect(self.set_preview)
        self.state = QLabel()
        self.state.setObjectName("Hint")
        bar.addStretch(1)
        bar.addWidget(self.state)
        bar.addWidget(self.preview_button)
        layout.addLayout(bar)
        self.editor = QPlainTextEdit()
        self.editor.setPlaceholderText(self.tr("Write this section's text here. It is saved as you type."))
        self.editor.setAccessibleName(self.tr("Text of this section"))
        self.editor.setTabChangesFocus(True)   # Tab moves on to the figures, as everywhere else
        self.preview = QTextBrowser()
        self.preview.setAccessibleName(self.tr("Preview of this section's text"))
        self.preview.setOpenLinks(False)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.editor)
        self.stack.addWidget(self.preview)
        layout.addWidget(self.stack, 1)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().showEvent(event)
        self._fit_height()   # in its window now: its height is known

    def _fit_height(self) -> None:
        lines = int(self.editor.document().documentLayout().documentSize().height()) + 1
        spacing = self.editor.fontMetrics().lineSpacing()
        most = max(LEAST_LINES, min(MOST_LINES, self.window().height() // (4 * spacing)))   # a quarter of the window
        lines = max(LEAST_LINES, min(most, lines))
        margins = self.editor.contentsMargins()
        frame = int(self.editor.document().documentMargin() * 2) + margins.top() + margins.bottom()
        height = spacing * lines + frame
        if self.stack.height() != height or self.stack.minimumHeight() != height:
            self.stack.setFixedHeight(height)

    # -- formatting ---------------------------------------------------------------------------
    def apply_format(self, name: str) -> None:
        cursor = self.editor.textCursor()
        if name in ("heading", "bullet"):
            cursor.movePosition(QTextCursor.MoveOperation.StartOfBlock)
            cursor.insertText("## " if name == "heading" else "- ")
        else:
            mark = "**" if name == "bold" else "*"
            selected = cursor.selectedText()
            cursor.insertText(f"{mark}{selected or self.tr('text')}{mark}")
        self.editor.setTextCursor(cursor)
        self.editor.setFocus()

    def set_preview(self, on: bool) -> None:
        if on:
            self.flush()
            self.preview.setHtml(markup_to_html(self.editor.toPlainText()))
        self.stack.setCurrentWidget(self.preview if on else self.editor)
        for button in self.buttons.values():
            button.setEnabled(not on)

    # -- saving -------------------------------------------------------------------------------
    def text(self) -> str:
        return self.editor.toPlainText()

    def flush(self) -> None:
        """Save pending text now (called on idle, focus loss, and by the main window on close)."""
        self._timer.stop()
        text = self.editor.toPlainText()
        if text == self._saved:
            return
        if self.ctx.run_edit(set_narrative, self.section_key, text, language=self.ctx.screen_language) is not None:
            self._saved = text
            self.state.setText(self.tr("Saved"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.editor and event.type() == QEvent.Type.FocusOut:
            self.flush()
        return super().eventFilter(watched, event)

    def _on_changed(self, changes: ChangeSet) -> None:
        """Undo/redo or another window changed the text: show it, unless the user is mid-edit."""
        if not changes.touches("narrative") or self._timer.isActive():
            return
        stored = narratives(self.ctx.ws, [self.section_key]).get(self.section_key, "")
        if stored != self._saved:
            self._saved = stored
            if stored != self.editor.toPlainText():
                self.editor.setPlainText(stored)
                self._timer.stop()
