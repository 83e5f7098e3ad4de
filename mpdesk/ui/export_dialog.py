"""The Export dialog (PDF, Excel or both; final or draft; which modules) and the
'Prepare draft for email' action. Both write their files on a worker thread (``jobs.Job``)
with a progress bar and Cancel; the worker only calls the pure export functions.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox, QDialog, QFileDialog, QFrame, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QProgressBar, QPushButton, QRadioButton, QVBoxLayout, QWidget,
)

from mpdesk.export.draft import DraftResult, safe_file_name
from mpdesk.export.options import ExportOptions, Progress
from mpdesk.formats import format_file_size
from mpdesk.ui.context import AppContext
from mpdesk.ui.jobs import Job
from mpdesk.ui.settings import (interface_language, last_export_folder, last_export_was_draft, remember_export_folder,
                                remember_export_status)
from mpdesk.ui.widgets import MessageBar

FORMATS = ("pdf", "xlsx")
# Below this overall completeness a "Final" report is very likely a mistake: the dialog says so.
LOW_COMPLETENESS = 0.5


def documents_folder() -> Path:
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(location) if location and Path(location).is_dir() else Path.home()


def ask_folder(parent: QWidget | None, caption: str, start: Path) -> str:
    """The folder the user chose, or '' (tests replace this)."""
    return QFileDialog.getExistingDirectory(parent, caption, str(start))


def ask_save_file(parent: QWidget | None, caption: str, suggested: str, file_filter: str) -> str:
    path, _ = QFileDialog.getSaveFileName(parent, caption, suggested, file_filter)
    return path


def open_path(path: Path) -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def export_files(ws: Any, options: ExportOptions, targets: dict[str, Path], written: list[Path],
                 progress: Progress) -> list[Path]:
    """Worker side: write each chosen format in turn (progress shared across them)."""
    from mpdesk.export.excel import export_xlsx
    from mpdesk.export.pdf import export_pdf

    from mpdesk.models.operations import EXPORT

    writers: dict[str, Callable[..., Any]] = {"pdf": export_pdf, "xlsx": export_xlsx}
    share = 100 // max(len(targets), 1)
    paths = tuple(targets.values())
    with ws.recording(EXPORT, paths[0].name if paths else "", paths):  # a kill is told on the next opening
        for index, (kind, path) in enumerate(targets.items()):
            start = index * share
            options.progress = lambda p, what, s=start: progress(s + share * max(0, min(p, 100)) // 100, what)
            writers[kind](ws, options, path)
            written.append(path)
    return list(written)


class RunPanel(QWidget):
    """Progress bar, Cancel, the outcome sentence and the Open / Show-in-folder buttons."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.bar = QProgressBar()
        self.bar.setRange(0, 100)
        self.what = QLabel()
        self.what.setWordWrap(True)
        self.message = MessageBar()
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.show_folder_button = QPushButton(self.tr("Show in folder"))
        buttons = QHBoxLayout()
        self.open_row = QHBoxLayout()
        buttons.addLayout(self.open_row)
        buttons.addWidget(self.show_folder_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        for widget in (self.bar, self.what, self.message, self.outcome):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        self.open_buttons: list[QPushButton] = []
        self.folder: Path | None = None
        # The export names its steps in the report's language ("Statistical annex"); under another
        # interface language the label says this instead, so the screen keeps one language.
        self.steps_in_other_language = ""
        self.show_folder_button.clicked.connect(lambda: self.folder and open_path(self.folder))
        self.reset()

    def reset(self) -> None:
        self.bar.setValue(0)
        self.bar.hide()
        self.what.clear()
        self.message.hide()
        self.outcome.clear()
        self.cancel_button.hide()
        self.show_folder_button.hide()
        for button in self.open_buttons:
            button.deleteLater()
        self.open_buttons = []

    def running(self) -> None:
        self.reset()
        self.bar.show()
        self.cancel_button.setEnabled(True)
        self.cancel_button.show()

    def on_progress(self, percent: int, what: str) -> None:
        self.bar.setValue(percent)
        self.what.setText(self.steps_in_other_language or what)

    def expect_steps(self, report_language: str, screen_language: str, sentence: str) -> None:
        self.steps_in_other_language = "" if report_language == screen_language else sentence

    def done(self, sentence: str, paths: list[Path]) -> None:
        self.bar.setValue(100)
        self.cancel_button.hide()
        self.what.clear()
        self.outcome.setText(sentence)
        for path in paths:
            # a short label (a file name made the row, and the dialog, wider than a 1024 screen);
            # the sentence above names the file, and so do the tooltip and the accessible name
            button = QPushButton(self._open_label(path))
            button.setToolTip(str(path))
            button.setAccessibleName(self.tr("Open file {name}").format(name=path.name))
            button.clicked.connect(lambda _=False, p=path: open_path(p))
            self.open_row.addWidget(button)
            self.open_buttons.append(button)
        self.folder = paths[0].parent if paths else None
        self.show_folder_button.setVisible(bool(paths))

    def _open_label(self, path: Path) -> str:
        if path.suffix.lower() == ".pdf":
            return self.tr("Open the PDF")
        if path.suffix.lower() == ".xlsx":
            return self.tr("Open the workbook")
        return self.tr("Open {name}").format(name=path.name)

    def stopped(self, sentence: str, kind: str) -> None:
        self.bar.hide()
        self.cancel_button.hide()
        self.what.clear()
        self.message.show_message(sentence, kind)


class PrintingWarning(QFrame):
    """Before a PDF is written: the entries it would print as empty boxes, Export anyway / Go back."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MessageBar")
        self.setProperty("kind", "warning")
        layout = QVBoxLayout(self)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.anyway_button = QPushButton(self.tr("Export anyway"))
        self.back_button = QPushButton(self.tr("Go back"))
        self.back_button.setToolTip(self.tr("Change those entries, or untick their modules, then export again"))
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.back_button)
        row.addWidget(self.anyway_button)
        layout.addWidget(self.label)
        layout.addLayout(row)
        self.hide()

    def ask(self, warning: str) -> None:
        self.label.setText(warning)
        self.setAccessibleDescription(warning)
        self.show()
        self.back_button.setFocus()

    def text(self) -> str:
        return "" if self.isHidden() else self.label.text()


def written_sentence(panel: QWidget, paths: list[Path], language: str) -> str:
    parts = [panel.tr("{name} ({size})").format(name=p.name, size=format_file_size(p.stat().st_size, language))
             for p in paths]
    return panel.tr("Written to {folder}: {files}.").format(folder=paths[0].parent, files=", ".join(parts))


class ExportDialog(QDialog):
    """Choose formats, final or draft, modules and file names; export in the background."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.job: Job | None = None
        self._written: list[Path] = []
        from mpdesk.services.completeness import compute_completeness

        self.completeness = compute_completeness(ctx.ws).overall
        self.setWindowTitle(self.tr("Export the profile"))
        layout = QVBoxLayout(self)
        layout.addWidget(self._format_box())
        layout.addWidget(self._status_box())
        layout.addWidget(self._modules_box(), 1)
        layout.addWidget(self._files_box())
        self.printing = PrintingWarning()
        layout.addWidget(self.printing)
        self.replacing = PrintingWarning()        # the same question bar: replace existing files or go back
        self.replacing.anyway_button.setText(self.tr("Replace"))
        self.replacing.back_button.setToolTip(self.tr("Change the file name, then export again"))
        layout.addWidget(self.replacing)
        self.panel = RunPanel()
        layout.addWidget(self.panel)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.export_button = QPushButton(self.tr("Export"))
        self.export_button.setDefault(True)
        self.close_button = QPushButton(self.tr("Close"))
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        self.export_button.clicked.connect(self.start_export)
        self.close_button.clicked.connect(self.reject)
        self.panel.cancel_button.clicked.connect(self.cancel_export)
        self.printing.anyway_button.clicked.connect(lambda: self.start_export(checked_printing=True, replace=True))  # replacing was asked first
        self.printing.back_button.clicked.connect(self._back_from_printing)
        self.replacing.anyway_button.clicked.connect(lambda: self.start_export(replace=True))
        self.replacing.back_button.clicked.connect(self._back_from_printing)
        self.final_radio.toggled.connect(self._rename_for_status)
        self.draft_radio.setChecked(last_export_was_draft(ctx.ws.path))   # the names follow the status
        self.resize(620, 640)

    # -- building -----------------------------------------------------------------------------
    def _format_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Format"))
        row = QHBoxLayout(box)
        self.pdf_check = QCheckBox(self.tr("PDF report"))
        self.xlsx_check = QCheckBox(self.tr("Excel workbook"))
        for check in (self.pdf_check, self.xlsx_check):
            check.setChecked(True)
            check.toggled.connect(self._update_enabled)
            row.addWidget(check)
        row.addStretch(1)
        return box

    def _status_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Status"))
        column = QVBoxLayout(box)
        row = QHBoxLayout()
        self.final_radio = QRadioButton(self.tr("Final"))
        self.draft_radio = QRadioButton(self.tr("Draft (every page says “DRAFT — not for citation”)"))
        self.final_radio.setChecked(True)
        row.addWidget(self.final_radio)
        row.addWidget(self.draft_radio)
        row.addStretch(1)
        column.addLayout(row)
        self.final_warning = MessageBar()
        column.addWidget(self.final_warning)
        self.final_radio.toggled.connect(self._update_final_warning)
        self._update_final_warning()
        return box

    def _update_final_warning(self, *_: Any) -> None:
        """A nearly empty profile exported as final: say so and suggest a draft (the user may go on)."""
        from mpdesk.formats import format_percent

        if self.final_radio.isChecked() and self.completeness < LOW_COMPLETENESS:
            percent = format_percent(str(round(self.completeness * 100)), interface_language())
            self.final_warning.show_message(self.tr(
                "This profile is only {percent} complete: a final report is meant for publication, "
                "so a draft is probably what you want.").format(percent=percent), "warning")
        else:
            self.final_warning.hide()

    def _modules_box(self) -> QGroupBox:
        from mpdesk.services.profile import selected_sections

        box = QGroupBox(self.tr("Modules to include"))
        column = QVBoxLayout(box)
        self.modules_list = QListWidget()
        self.modules_list.setAccessibleName(self.tr("Modules to include"))
        catalogue = self.ctx.ws.catalogue
        for key in selected_sections(self.ctx.ws):
            section = catalogue.section(key)
            if not section.parent or section.key.split(".")[0] not in ("A", "B", "C"):
                continue  # front matter, glance, Part D and annexes are in every report
            item = QListWidgetItem(f"{section.number} {section.title.get_for(self.ctx.screen_language)}")
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.modules_list.addItem(item)
        self.modules_list.itemChanged.connect(self._update_enabled)
        column.addWidget(self.modules_list)
        return box

    def _files_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Files"))
        grid = QGridLayout(box)
        # where this profile was last exported, else beside the profile file itself
        folder = last_export_folder(self.ctx.ws.path) or self.ctx.ws.path.resolve().parent
        self.path_edits: dict[str, QLineEdit] = {}
        labels = {"pdf": self.tr("PDF:"), "xlsx": self.tr("Excel:")}
        for row, kind in enumerate(FORMATS):
            edit = QLineEdit(str(folder / self.default_name(kind, draft=False)))
            edit.textChanged.connect(self._update_enabled)
            browse = QPushButton(self.tr("Browse…"))
            browse.clicked.connect(lambda _=False, k=kind: self._browse(k))
            grid.addWidget(QLabel(labels[kind]), row, 0)
            grid.addWidget(edit, row, 1)
            grid.addWidget(browse, row, 2)
            self.path_edits[kind] = edit
        return box

    def default_name(self, kind: str, draft: bool) -> str:
        """'Migration Profile of Kenya 2020.pdf'; a draft gets its own name with the day
        ('… (draft 2026-12-01).pdf'), so it never takes the final file's place."""
        stem = safe_file_name(self.ctx.ws.profile().title or self.ctx.ws.path.stem)
        if draft:
            stem = self.tr("{name} (draft {date})").format(name=stem, date=date.today().isoformat())
        return f"{stem}.{kind}"

    def _rename_for_status(self, *_: Any) -> None:
        """Final <-> Draft: a proposed name follows the status; a name the user typed stays."""
        draft = self.draft_radio.isChecked()
        for kind, edit in self.path_edits.items():
            path = Path(edit.text().strip())
            if path.name == self.default_name(kind, not draft):
                edit.setText(str(path.with_name(self.default_name(kind, draft))))

    def _browse(self, kind: str) -> None:
        filters = {"pdf": self.tr("PDF files (*.pdf)"), "xlsx": self.tr("Excel workbooks (*.xlsx)")}
        path = ask_save_file(self, self.tr("Save as"), self.path_edits[kind].text(), filters[kind])
        if path:
            if not path.lower().endswith(f".{kind}"):
                path += f".{kind}"
            self.path_edits[kind].setText(path)

    # -- state --------------------------------------------------------------------------------
    def chosen_formats(self) -> list[str]:
        checks = {"pdf": self.pdf_check, "xlsx": self.xlsx_check}
        return [kind for kind in FORMATS if checks[kind].isChecked()]

    def chosen_modules(self) -> list[str]:
        items = [self.modules_list.item(i) for i in range(self.modules_list.count())]
        return [i.data(Qt.ItemDataRole.UserRole) for i in items if i.checkState() == Qt.CheckState.Checked]

    def targets(self) -> dict[str, Path]:
        return {kind: Path(self.path_edits[kind].text().strip()) for kind in self.chosen_formats()}

    def _update_enabled(self, *_: Any) -> None:
        ready = bool(self.chosen_formats()) and all(str(p) not in ("", ".") for p in self.targets().values())
        self.export_button.setEnabled(ready and not self.is_running() and self.printing.isHidden()
                                      and self.replacing.isHidden())

    def is_running(self) -> bool:
        return self.job is not None and self.job.is_running()

    def _problem(self) -> str:
        if not self.chosen_formats():
            return self.tr("Tick PDF, Excel or both.")
        if not self.chosen_modules():
            return self.tr("Tick at least one module to include.")
        for path in self.targets().values():
            if not path.parent.is_dir():
                return self.tr("The folder {folder} does not exist. Choose another with Browse.").format(
                    folder=path.parent)
        return ""

    # -- running ------------------------------------------------------------------------------
    def start_export(self, checked_printing: bool = False, replace: bool = False) -> None:
        problem = self._problem()
        if problem:
            self.panel.reset()
            self.panel.stopped(problem, "error")
            return
        self.replacing.hide()
        if not replace and self._replacing_stops():
            return
        options = ExportOptions(draft=self.draft_radio.isChecked(), modules=self.chosen_modules(),
                                export_date=date.today())
        self.printing.hide()
        if not checked_printing and "pdf" in self.chosen_formats() and self._printing_stops(options):
            return
        targets, ws = self.targets(), self.ctx.ws
        self._written = []
        written = self._written
        self.job = Job(lambda progress: export_files(ws, options, targets, written, progress), self)
        self.panel.expect_steps(self.ctx.language, self.ctx.screen_language, self.tr("Writing {files}…").format(
            files=", ".join(path.name for path in targets.values())))
        self.job.progress.connect(self.panel.on_progress)
        self.job.finished.connect(self._finished)
        self.job.failed.connect(self._failed)
        self.job.cancelled.connect(self._cancelled)
        self.panel.running()
        self._set_inputs_enabled(False)
        self.job.start()

    def _printing_stops(self, options: ExportOptions) -> bool:
        """Texts the PDF would print as empty boxes: say which before writing anything, and let
        the user export anyway or go back (True: wait for that choice)."""
        from mpdesk.export.pdf import printing_warning

        warning = printing_warning(self.ctx.ws, options)
        if not warning:
            return False
        self.panel.reset()
        self.printing.ask(warning)
        self._set_inputs_enabled(False)
        self.export_button.setEnabled(False)
        return True

    def _replacing_stops(self) -> bool:
        """Files of these names exist: ask before replacing them (True: wait for the answer)."""
        existing = [p for p in self.targets().values() if p.exists()]
        if not existing:
            return False
        self.panel.reset()
        self.replacing.ask(self.tr("%n file(s) of these names already exist: {names}. Replace them?", "",
                                   len(existing)).format(names=", ".join(p.name for p in existing)))
        self._set_inputs_enabled(False)
        self.export_button.setEnabled(False)
        return True

    def _back_from_printing(self) -> None:
        self.printing.hide()
        self.replacing.hide()
        self._set_inputs_enabled(True)

    def cancel_export(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.panel.cancel_button.setEnabled(False)
            self.panel.what.setText(self.tr("Stopping…"))

    def _finished(self, paths: list[Path]) -> None:
        self._set_inputs_enabled(True)
        self.panel.done(written_sentence(self.panel, paths, self.ctx.language), paths)
        if paths:
            remember_export_folder(self.ctx.ws.path, paths[0].parent)
            remember_export_status(self.ctx.ws.path, self.draft_radio.isChecked())

    def _failed(self, sentence: str) -> None:
        self._set_inputs_enabled(True)
        self.panel.stopped(self._with_written(sentence), "error")

    def _cancelled(self) -> None:
        self._set_inputs_enabled(True)
        self.panel.stopped(self._with_written(self.tr("Export cancelled; no partial file was left behind.")),
                           "info")

    def _with_written(self, sentence: str) -> str:
        if not self._written:
            return sentence
        names = ", ".join(p.name for p in self._written)
        return self.tr("{sentence} {names} had already been written and is complete.").format(
            sentence=sentence, names=names)

    def _set_inputs_enabled(self, enabled: bool) -> None:
        for widget in (self.pdf_check, self.xlsx_check, self.final_radio, self.draft_radio, self.modules_list,
                       *self.path_edits.values()):
            widget.setEnabled(enabled)
        self._update_enabled()

    def reject(self) -> None:
        """Closing while exporting cancels the export and waits for the worker to stop."""
        if self.job is not None and self.job.is_running():
            self.job.cancel()
            self.job.wait()
        super().reject()


def fit_to_screen(dialog: QWidget) -> None:
    """The dialog no wider or taller than the screen's free area, and inside it: its buttons in view
    at 1024x700 (the sentence wraps)."""
    screen = dialog.screen()
    if screen is None:
        return
    free = screen.availableGeometry()
    frame = dialog.frameGeometry().size() - dialog.geometry().size()
    width = min(max(dialog.width(), dialog.sizeHint().width()), free.width() - frame.width())
    dialog.resize(width, min(dialog.heightForWidth(width) if dialog.hasHeightForWidth() else dialog.sizeHint().height(),
                             free.height() - frame.height()))
    geometry = dialog.frameGeometry()
    geometry.moveLeft(max(free.left(), min(geometry.left(), free.right() - geometry.width())))
    geometry.moveTop(max(free.top(), min(geometry.top(), free.bottom() - geometry.height())))
    dialog.move(geometry.topLeft())


class DraftDialog(QDialog):
    """Progress of 'Prepare draft for email', then the sentence saying what to attach."""

    def __init__(self, ctx: AppContext, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.folder = folder
        self.result: DraftResult | None = None
        self.setWindowTitle(self.tr("Prepare draft for email"))
        layout = QVBoxLayout(self)
        self.panel = RunPanel()
        layout.addWidget(self.panel)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(close)
        layout.addLayout(row)
        self.panel.cancel_button.clicked.connect(self.cancel)
        self.resize(560, 220)
        self.job: Job | None = None

    def start(self) -> None:
        from mpdesk.export.draft import prepare_draft

        ws, folder = self.ctx.ws, self.folder
        self.job = Job(lambda progress: prepare_draft(ws, folder, progress=progress), self)
        self.panel.expect_steps(self.ctx.language, self.ctx.screen_language,
                                self.tr("Writing the draft PDF and workbook…"))
        self.job.progress.connect(self.panel.on_progress)
        self.job.finished.connect(self._finished)
        self.job.failed.connect(lambda sentence: self.panel.stopped(sentence, "error"))
        self.job.cancelled.connect(lambda: self.panel.stopped(
            self.tr("Cancelled; no draft file was left in the folder."), "info"))
        self.panel.running()
        self.job.start()

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.panel.cancel_button.setEnabled(False)

    def _finished(self, result: DraftResult) -> None:
        self.result = result
        sentence = self.tr("Two files, {size} in all, are ready to attach: {pdf} and {xlsx}, in {folder}.").format(
            size=format_file_size(result.total_bytes, self.ctx.language), pdf=result.pdf_path.name,
            xlsx=result.xlsx_path.name, folder=result.pdf_path.parent)
        self.panel.done(sentence, list(result.paths))
        fit_to_screen(self)

    def reject(self) -> None:
        if self.job is not None and self.job.is_running():
            self.job.cancel()
            self.job.wait()
        super().reject()


def prepare_draft_for_email(ctx: AppContext, parent: QWidget | None = None) -> DraftDialog | None:
    """Ask for a folder (Documents by default), then write the dated draft PDF and workbook there."""
    caption = QCoreApplication.translate("ExportDialog", "Choose the folder for the draft files")
    folder = ask_folder(parent, caption, documents_folder())
    if not folder:
        return None
    dialog = DraftDialog(ctx, Path(folder), parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.show()
    dialog.start()
    return dialog

