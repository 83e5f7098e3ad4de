"""Step 2.1: write the data-request workbook for one institution of the data-request log."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox, QDialog, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget,
)

from mpdesk.ui.context import AppContext
from mpdesk.ui.widgets import MessageBar, hint


def institutions(ctx: AppContext) -> list[str]:
    from mpdesk.services.registers import list_items

    seen: dict[str, str] = {}
    for request in list_items(ctx.ws, "request"):
        name = str(getattr(request, "institution", "") or "").strip()
        if name:
            seen.setdefault(name.casefold(), name)
    return list(seen.values())


class RequestDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.written: Path | None = None
        self.setWindowTitle(self.tr("Write a data-request workbook"))
        layout = QVBoxLayout(self)
        layout.addWidget(hint(self.tr(
            "One Excel workbook for one institution, with only the indicators asked of it in the data-request log. "
            "When it comes back filled in, import it with File ▸ Import data… (Ctrl+I).")))
        form = QFormLayout()
        self.institution = QComboBox()
        self.institution.addItems(institutions(ctx))
        self.institution.currentTextChanged.connect(self._suggest)
        form.addRow(self.tr("&Institution:"), self.institution)
        row = QHBoxLayout()
        self.path_edit = QLineEdit()
        self.browse = QPushButton(self.tr("&Choose…"))
        self.browse.clicked.connect(self._choose)
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse)
        save_as = QLabel(self.tr("&Save as:"))   # a row of two widgets has no buddy of its own: Alt+S types the path
        save_as.setBuddy(self.path_edit)
        form.addRow(save_as, row)
        layout.addLayout(form)
        self.message = MessageBar(self)
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.write_button = QPushButton(self.tr("&Write the workbook"))
        self.write_button.setObjectName("Primary")
        self.write_button.clicked.connect(self.write)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        buttons.addWidget(self.write_button)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.resize(640, 220)
        self._suggest(self.institution.currentText())
        if not self.institution.count():
            self.write_button.setEnabled(False)
            self.message.show_message(self.tr("The data-request log is empty: add a request (institution and "
                                              "indicators) first."), "info")
        self._fit_height()

    def _suggest(self, name: str) -> None:
        from mpdesk.export.draft import safe_file_name

        folder = self.ctx.ws.path.parent
        self.path_edit.setText(str(folder / safe_file_name(self.tr("Data request - {name}.xlsx").format(name=name))))

    def _choose(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the data-request workbook"), self.path_edit.text(),
                                              self.tr("Excel workbooks (*.xlsx)"))
        if path:
            self.path_edit.setText(path)

    def write(self) -> None:
        from mpdesk.export.request_workbook import RequestError, write_request_workbook

        name, target = self.institution.currentText(), self.path_edit.text().strip()
        if not target:
            return
        try:
            written = write_request_workbook(self.ctx.ws, name, Path(target))
        except RequestError as exc:
            self.message.show_message(str(exc), "error")
            return
        self.written = written.path
        if written.marked:
            text = self.tr("Wrote {path} and marked its requests as sent today in the data-request log (change "
                           "the date there if you send it later). Send it to {name}; when it comes back, import it "
                           "with File ▸ Import data… (Ctrl+I).")
        else:
            text = self.tr("Wrote {path}. Send it to {name}; when it comes back, import it with "
                           "File ▸ Import data… (Ctrl+I).")
        self.message.show_message(text.format(path=self.written, name=name), "info")
        self._fit_height()

    def _fit_height(self) -> None:
        """Taller when the message needs it: its wrapped lines and the rows above stay whole (a long
        path and a Spanish sentence take three lines; the 220 px dialog cut them and the Choose button)."""
        wanted = self.heightForWidth(self.width())
        if wanted > self.height():
            self.resize(self.width(), wanted)


def request_button_row(ctx: AppContext, page: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    button = QPushButton(QCoreApplication.translate("RequestDialog", "Write a request workbook…"))
    button.setObjectName("RequestWorkbookButton")
    button.clicked.connect(lambda: RequestDialog(ctx, page.window()).open())
    row.addWidget(button)
    row.addStretch(1)
    return row
