"""Import data…: choose a file, read it in the background (progress, Cancel), preview, accept.

The worker only calls services (``detect.import_file`` and ``imports.preview.preview_import``),
which write nothing; the chosen indicators are written on the GUI thread by
``imports.preview.apply_preview`` as one transaction and one undo step.

While a preview is shown, the profile holds a record of the import (``Workspace.keep_record``), committed
before the user can click Import: the click's first write is then the import's own transaction, which
marks the record saved. A kill at any moment after the click is told on the next opening with the file's
name and what became of it (saved whole, or not at all); the record goes when the dialog closes or
reads another file.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QRect, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox, QDialog, QFileDialog, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QProgressBar, QPushButton,
    QSplitter, QTabWidget, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget,
)

from mpdesk.formats import format_number
from mpdesk.models.operations import IMPORT
from mpdesk.ui.context import AppContext
from mpdesk.ui.import_preview_tables import FigureTable, SkippedTable, header_text_width
from mpdesk.ui.jobs import Job
from mpdesk.ui.widgets import MessageBar, hint

DATA_FILTER = "*.xlsx *.xlsm *.xls *.csv"
KEY_ROLE = Qt.ItemDataRole.UserRole


def ask_data_file(parent: QWidget | None) -> str:
    """The data file the user chose, or '' (tests replace this)."""
    caption = _tr("Choose a data file to import")
    path, _ = QFileDialog.getOpenFileName(parent, caption, "", _tr("Data files ({patterns})").format(
        patterns=DATA_FILTER))
    return path


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportDialog", text)


READ_START, READ_END = 5, 50  # the share of the bar for reading the file; comparing takes the rest


def read_preview(ws: Any, path: str, progress, mapping: Any = None) -> Any:
    """Worker side: read the file and compute the preview (nothing is written).

    A table in an unknown layout comes back as the ``NeedsMapping`` itself, for the mapping step.
    The reader reports the fraction it has read; Cancel makes that call raise, so it stops mid-file.
    """
    from mpdesk.export.options import ExportError
    from mpdesk.imports.mapped import NeedsMapping
    from mpdesk.imports.records import ImportFormatError
    from mpdesk.imports.preview import preview_import, read_for

    name = Path(path).name
    progress(READ_START, QDialogText.reading(name))
    try:
        result = read_for(ws, path, mapping, read_progress(progress, name))
    except NeedsMapping as exc:
        return exc
    except ImportFormatError as exc:
        raise ExportError(str(exc)) from exc
    progress(READ_END, QDialogText.comparing())
    return preview_import(ws, result, progress)


def read_progress(progress, name: str):
    """The reader's fraction read, as the job's percent (only when the percent changes: each is a signal)."""
    last = [-1]

    def report(fraction: float) -> None:
        percent = READ_START + int((READ_END - READ_START) * fraction)
        if percent != last[0]:
            last[0] = percent
            progress(percent, QDialogText.reading(name))

    return report


class QDialogText:
    """Sentences the worker reports (QCoreApplication.translate is safe on any thread)."""

    @staticmethod
    def reading(name: str) -> str:
        return _tr("Reading {name}…").format(name=name)

    @staticmethod
    def comparing() -> str:
        return _tr("Comparing with the figures already in the profile…")


class ImportDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None, path: str = "") -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.job: Job | None = None
        self.preview: Any = None
        self.applied: Any = None
        self.record: Any = None   # the import's record while its preview is shown (models.operations)
        self.setWindowTitle(self.tr("Import data"))
        self.setObjectName("ImportDialog")
        layout = QVBoxLayout(self)
        layout.addLayout(self._file_row())
        layout.addLayout(self._progress_row())
        self.message = MessageBar(self)
        layout.addWidget(self.message)
        self.summary = QLabel()
        self.summary.setObjectName("ImportSummary")
        self.summary.setWordWrap(True)
        font = self.summary.font()
        font.setBold(True)
        self.summary.setFont(font)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.summary)
        self.keep_box = QWidget()   # 'Keep the figures of … in use': one tick per series the file would take over
        self.keep_box.setObjectName("ImportKeepChoices")
        self.keep_rows = QVBoxLayout(self.keep_box)
        self.keep_rows.setContentsMargins(0, 0, 0, 0)
        self.keep_checks: dict[str, QCheckBox] = {}
        self.keep_box.hide()
        layout.addWidget(self.keep_box)
        from mpdesk.ui.import_mapping_panel import MappingPanel

        self.mapping_panel = MappingPanel(ctx, self)
        self.mapping_panel.mapping_chosen.connect(self.start_read)
        self.mapping_panel.hide()
        self.mapping: Any = None
        layout.addWidget(self.mapping_panel, 1)
        layout.addWidget(self._preview_area(), 1)
        layout.addLayout(self._button_row())
        self._set_reading(False)
        self.preview_area.setVisible(False)
        self._fit_to_screen(parent)
        if path:
            self.path_edit.setText(str(path))
            self.start_read()

    def _fit_to_screen(self, parent: QWidget | None) -> None:
        """As wide as the window (at most 1280 px) and as tall as the screen allows (at most 760 px),
        title bar and buttons included: at 768 px a 640 px dialog put its title above the screen."""
        screen = (parent.screen() if parent is not None else None) or self.screen()
        room = screen.availableGeometry() if screen is not None else QRect(0, 0, 1366, 728)
        width = min(1280, room.width() - 40, (parent.width() - 40) if parent is not None else room.width())
        height = min(760, room.height() - 60)   # 60: the title bar and the window's frame
        self.resize(max(width, min(700, room.width())), max(height, min(460, room.height())))

    # -- building -----------------------------------------------------------------------------
    def _file_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        label = QLabel(self.tr("&File:"))
        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(self.tr("A UN DESA, World Bank, UNHCR or KNOMAD download, a tidy CSV "
                                                  "file or a data-request workbook"))
        label.setBuddy(self.path_edit)
        self.browse_button = QPushButton(self.tr("&Choose…"))
        self.read_button = QPushButton(self.tr("&Read the file"))
        self.browse_button.clicked.connect(self.choose_file)
        self.read_button.clicked.connect(lambda: self.start_read())
        self.path_edit.returnPressed.connect(lambda: self.start_read())
        for widget in (label, self.path_edit, self.browse_button, self.read_button):
            row.addWidget(widget, 1 if widget is self.path_edit else 0)
        return row

    def _progress_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.bar = QProgressBar()
        self.bar.setRange(0, 100)
        self.what = QLabel()
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel_read)
        row.addWidget(self.bar, 1)
        row.addWidget(self.what, 2)
        row.addWidget(self.cancel_button)
        return row

    def _preview_area(self) -> QWidget:
        self.preview_area = QSplitter(Qt.Orientation.Horizontal)
        left = self.indicator_pane = QWidget()
        box = QVBoxLayout(left)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(hint(self.tr("Tick the indicators to import. Click one to see only its figures.")))
        self.indicators = QTreeWidget()
        self.indicators.setObjectName("ImportIndicators")
        self.indicators.setRootIsDecorated(False)
        # one count a line: whole, and narrow enough to leave the Conflicts tab its columns at 1024 px
        counts = " ·\n".join(self.tr("Add · change · conflict").split(" · "))
        self.indicators.setHeaderLabels([self.tr("Indicator"), self.tr("Years"), counts])
        self.indicators.setAccessibleName(self.tr("Indicators in the file"))
        header = self.indicators.header()
        header.setStretchLastSection(False)   # the names column stretches, not the counts
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):   # as wide as their bold headers and counts: _fit_indicator_columns
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        header.setMinimumSectionSize(60)
        self.indicators.itemChanged.connect(lambda *_: self._update_accept())
        self.indicators.currentItemChanged.connect(lambda *_: self._filter_tables())
        box.addWidget(self.indicators, 1)
        ticks = QHBoxLayout()
        self.all_button = QPushButton(self.tr("Tick &all"))
        self.none_button = QPushButton(self.tr("Tick &none"))
        self.all_button.clicked.connect(lambda: self._tick_all(True))
        self.none_button.clicked.connect(lambda: self._tick_all(False))
        ticks.addWidget(self.all_button)
        ticks.addWidget(self.none_button)
        ticks.addStretch(1)
        box.addLayout(ticks)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("ImportTabs")
        lang, screen = self.ctx.language, self.ctx.screen_language   # figures' formats, names on screen
        self.added_table = FigureTable("added", lang, screen)
        self.changed_table = FigureTable("changed", lang, screen)
        self.conflicts_table = FigureTable("conflicts", lang, screen)
        self.skipped_table = SkippedTable()
        for table in (self.added_table, self.changed_table, self.conflicts_table, self.skipped_table):
            self.tabs.addTab(table, "")
        self.preview_area.addWidget(left)
        self.preview_area.addWidget(self.tabs)
        self.preview_area.setStretchFactor(0, 1)
        self.preview_area.setStretchFactor(1, 3)
        self.preview_area.setSizes([self.fontMetrics().horizontalAdvance("M") * 26, 800])
        return self.preview_area

    def _button_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.log_button = QPushButton(self.tr("Open the import &log"))
        self.log_button.clicked.connect(self.show_log)
        self.accept_button = QPushButton(self.tr("&Import the ticked indicators"))
        self.accept_button.setObjectName("Primary")
        self.accept_button.clicked.connect(self.accept_preview)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        row.addWidget(self.log_button)
        row.addStretch(1)
        row.addWidget(self.accept_button)
        row.addWidget(self.close_button)
        return row

    # -- reading ------------------------------------------------------------------------------
    def choose_file(self) -> None:
        path = ask_data_file(self)
        if path:
            self.path_edit.setText(path)
            self.start_read()

    def start_read(self, mapping: Any = None) -> None:
        path = self.path_edit.text().strip()
        if not path or (self.job is not None and self.job.is_running()):
            return
        self._drop_record()
        self.preview = self.applied = None
        self._clear_keep_choices()
        self.accept_button.show()   # reading another file after an import: it can be imported in turn
        self.close_button.setDefault(False)
        self.mapping = mapping
        self.preview_area.setVisible(False)
        self.mapping_panel.hide()
        self.summary.clear()
        self.message.hide()
        self._set_reading(True)
        ws = self.ctx.ws
        self.job = Job(lambda progress: read_preview(ws, path, progress, mapping), self)
        self.job.progress.connect(self._progress)
        self.job.finished.connect(self._read_done)
        self.job.failed.connect(self._read_failed)
        self.job.cancelled.connect(self._read_cancelled)
        self.job.start()

    def cancel_read(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def _progress(self, percent: int, what: str) -> None:
        self.bar.setValue(percent)
        self.what.setText(what)

    def _set_reading(self, reading: bool) -> None:
        for widget in (self.bar, self.what, self.cancel_button):
            widget.setVisible(reading)
        self.read_button.setEnabled(not reading)
        self.browse_button.setEnabled(not reading)
        self.accept_button.setEnabled(not reading and self.preview is not None and self.applied is None)
        if reading:
            self.bar.setValue(0)

    def _read_failed(self, sentence: str) -> None:
        self._set_reading(False)
        self.message.show_message(sentence, "error")

    def _read_cancelled(self) -> None:
        self._set_reading(False)
        self.message.show_message(self.tr("Reading was cancelled; nothing was imported."), "info")

    def _read_done(self, preview: Any) -> None:
        from mpdesk.imports.mapped import NeedsMapping

        self._set_reading(False)
        if isinstance(preview, NeedsMapping):
            self.mapping_panel.show_layout(preview.layout, str(preview))
            self.mapping_panel.show()
            return
        self.preview = preview
        if self.mapping is not None:  # the columns worked: remember them for this layout
            from mpdesk.imports.mapped import layout_of
            from mpdesk.imports.remembered_layouts import remember_mapping

            layout = layout_of(self.path_edit.text().strip())
            if layout is not None:
                remember_mapping(self.ctx.ws, layout.signature, self.mapping)
        if preview.indicators:   # something can be imported: recorded before the click can come
            self.record = self.ctx.ws.keep_record(IMPORT, preview.file_name)
        self._show_preview()

    def _drop_record(self) -> None:
        self.ctx.ws.drop_record(self.record)
        self.record = None

    # -- the preview --------------------------------------------------------------------------
    def _show_preview(self) -> None:
        preview, lang = self.preview, self.ctx.language
        totals = preview.totals()
        dataset = preview.result.dataset
        source = dataset if preview.file_name in dataset else ", ".join(x for x in (dataset, preview.file_name) if x)
        self.summary.setText(self.tr(
            "{source}\nTo add: {added} · Will change: {changed} · Conflicts with another source: {conflicts} · "
            "Already in the profile: {unchanged} · Skipped: {skipped}. Nothing is written until you import.")
            .format(source=source, **{k: format_number(v, 0, lang) for k, v in totals.items()})
            + "".join("\n" + text for ind in preview.indicators for text in ind.series_sentences(lang)))
        self._offer_keep_choices()
        self.indicators.blockSignals(True)
        self.indicators.clear()
        for ind in preview.indicators:
            span = ind.span()
            counts = " · ".join(format_number(len(x), 0, lang) for x in (ind.added, ind.changed, ind.conflicts))
            name = self._screen_name(ind.key, ind.name)
            item = QTreeWidgetItem([name, span, counts])
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignCenter)
            item.setData(0, KEY_ROLE, ind.key)
            item.setToolTip(0, f"{name} ({ind.key})")
            has_news = ind.count() > 0
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Checked if has_news else Qt.CheckState.Unchecked)
            self.indicators.addTopLevelItem(item)
        self.indicators.blockSignals(False)
        self._filter_tables()
        self.preview_area.setVisible(True)
        QTimer.singleShot(0, self, self._fit_indicator_columns)   # once the splitter has its width
        left = max(self.width() * 2 // 5, self.fontMetrics().horizontalAdvance("M") * 24)
        self.preview_area.setSizes([left, max(self.width() - left, 400)])
        self.tabs.setCurrentIndex(self._first_useful_tab())
        self._update_accept()
        repeat = preview.repeat_sentence(lang)   # the same bytes were imported before: said first
        if not preview.indicators:
            nothing = self.tr("Nothing in this file can be imported into this profile; the Skipped tab says why.")
            self.message.show_message(" ".join(x for x in (repeat, nothing) if x), "warning")
        elif repeat:
            self.message.show_message(repeat, "info")

    # -- keeping the source in use ------------------------------------------------------------
    def _clear_keep_choices(self) -> None:
        for check in self.keep_checks.values():
            check.deleteLater()
        self.keep_checks = {}
        self.keep_box.hide()

    def _offer_keep_choices(self) -> None:
        """One tick per indicator whose series the file would take over from the source in use; offered
        once per file read (a tick recomputes the preview, which then keeps that source)."""
        for ind in self.preview.indicators:
            old = ind.replaced_source()
            if not old or ind.key in self.keep_checks:
                continue
            check = QCheckBox(self.tr("Keep the figures of {source} in use for {indicator}").format(
                source=old, indicator=self._screen_name(ind.key, ind.name)))
            check.setToolTip(self.tr("The file's figures are stored as alternatives; the cell's panel can use them later."))
            check.setProperty("source", old)
            check.toggled.connect(lambda _on: self._recompute_with_choices())
            self.keep_rows.addWidget(check)
            self.keep_checks[ind.key] = check
        self.keep_box.setVisible(bool(self.keep_checks))

    def kept_sources(self) -> dict[str, str]:
        return {key: str(check.property("source")) for key, check in self.keep_checks.items() if check.isChecked()}

    def _recompute_with_choices(self) -> None:
        """The same file compared again with the ticked sources kept (the import then does exactly that)."""
        from mpdesk.imports.preview import preview_import

        if self.preview is None or self.applied is not None or (self.job is not None and self.job.is_running()):
            return
        ws, result, keep = self.ctx.ws, self.preview.result, self.kept_sources()
        self.preview = None
        self._set_reading(True)
        for check in self.keep_checks.values():
            check.setEnabled(False)
        self.job = Job(lambda progress: preview_import(ws, result, progress, keep), self)
        self.job.progress.connect(self._progress)
        self.job.finished.connect(self._recomputed)
        self.job.failed.connect(self._read_failed)
        self.job.cancelled.connect(self._read_cancelled)
        self.job.start()

    def _recomputed(self, preview: Any) -> None:
        for check in self.keep_checks.values():
            check.setEnabled(True)
        self.preview = preview
        self._set_reading(False)
        if preview.keep != self.kept_sources():   # ticked again while it ran: compare once more
            self._recompute_with_choices()
            return
        self._show_preview()

    def _screen_name(self, key: str, fallback: str) -> str:
        """The indicator's name in the interface language (the preview names it in the profile's)."""
        try:
            return self.ctx.ws.catalogue.indicator(key).name.get_for(self.ctx.screen_language)
        except KeyError:
            return fallback

    def _fit_indicator_columns(self) -> None:
        """The Years and 'Add · change · conflict' columns whole (header included), the names in what
        is left (at least 12 em, eliding; the full name is the tooltip): the left pane widens for it."""
        em = self.fontMetrics().horizontalAdvance("M")
        header = self.indicators.header()
        wanted = {c: max(header_text_width(header, self.indicators.headerItem().text(c)),
                         self.indicators.sizeHintForColumn(c)) for c in (1, 2)}
        for column, width in wanted.items():
            header.resizeSection(column, width)
        counts = sum(wanted.values()) + 2 * self.indicators.frameWidth()
        # at most 30 %, and the tabs' names whole beside it: the figures need the width more
        # (their columns scroll otherwise); the names 8 em or more, eliding
        total = self.preview_area.width()
        most = min(int(total * 0.3), total - self.tabs.tabBar().sizeHint().width() - 2 * em) if total else 0
        left = max(counts + 8 * em, min(counts + 14 * em, most or counts + 14 * em))
        sizes = self.preview_area.sizes()
        left = max(left, self.indicator_pane.minimumSizeHint().width())
        if sum(sizes) and left != sizes[0]:
            self.preview_area.setSizes([left, sum(sizes) - left])

    def _first_useful_tab(self) -> int:
        counts = [self.added_table.rowCount(), self.changed_table.rowCount(), self.conflicts_table.rowCount()]
        return next((i for i, n in enumerate(counts) if n), 3)

    def _filter_tables(self) -> None:
        if self.preview is None:
            return
        current = self.indicators.currentItem()
        key = current.data(0, KEY_ROLE) if current is not None else None
        chosen = [i for i in self.preview.indicators if key is None or i.key == key]
        names = {i.key: self._screen_name(i.key, i.name) for i in self.preview.indicators}
        self.added_table.show_figures([f for i in chosen for f in i.added], names)
        self.changed_table.show_figures([f for i in chosen for f in i.changed], names)
        self.conflicts_table.show_figures([f for i in chosen for f in i.conflicts], names)
        self.skipped_table.show_entries(self.preview.skipped)
        labels = (self.tr("To add ({n})"), self.tr("Will change ({n})"), self.tr("Conflicts ({n})"),
                  self.tr("Skipped ({n})"))
        counts = (self.added_table.rowCount(), self.changed_table.rowCount(), self.conflicts_table.rowCount(),
                  sum(s.count for s in self.preview.skipped if s.count) or len(self.preview.skipped))
        for index, (label, count) in enumerate(zip(labels, counts)):
            self.tabs.setTabText(index, label.format(n=format_number(count, 0, self.ctx.language)))

    def _tick_all(self, on: bool) -> None:
        state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        for item in self._indicator_items():
            item.setCheckState(0, state)

    def _indicator_items(self) -> list[QTreeWidgetItem]:
        items = (self.indicators.topLevelItem(i) for i in range(self.indicators.topLevelItemCount()))
        return [item for item in items if item is not None]

    def chosen_keys(self) -> list[str]:
        return [item.data(0, KEY_ROLE) for item in self._indicator_items()
                if item.checkState(0) == Qt.CheckState.Checked]

    def _update_accept(self) -> None:
        ready = self.preview is not None and self.applied is None and bool(self.chosen_keys())
        self.accept_button.setEnabled(ready and not (self.job and self.job.is_running()))

    # -- accepting ----------------------------------------------------------------------------
    def accept_preview(self) -> None:
        from mpdesk.imports.preview import apply_preview

        if self.preview is None or self.applied is not None:
            return
        from mpdesk.services import EditError

        try:
            applied = apply_preview(self.ctx.ws, self.preview, self.chosen_keys(), running=self.record)
        except EditError as exc:
            self.message.show_message(str(exc), "error")
            return
        self.applied = applied
        self._update_accept()
        self._show_written(applied)
        text = self.tr("Imported {file}: {added}, {updated}. Edit ▸ Undo removes the whole import, and so does "
                       "the import log at any later time.").format(file=self.preview.file_name,
                                                                   **self._written_counts(applied))
        self.message.show_message(text, "info")
        self.ctx.status_message.emit(text)

    def _show_written(self, applied: Any) -> None:
        """After the import: the summary says what was written (no more 'nothing is written until…'),
        the import button goes and Close is the one button left to press."""
        self.summary.setText(self.tr("Written to the profile from {file}: {added} and {updated}, {indicators}.")
                             .format(file=self.preview.file_name, **self._written_counts(applied)))
        self.accept_button.hide()
        self.close_button.setDefault(True)
        self.close_button.setFocus()

    def _written_counts(self, applied: Any) -> dict[str, str]:
        """'24 figures added', '0 changed', 'in 1 indicator': each in its plural form (Qt's numerus
        translation chooses it by the count), the count in the profile's number format."""
        lang = self.ctx.language
        indicators = len(applied.changes.indicator_keys())

        def counted(text: str, n: int) -> str:   # untranslated (English): the source's '(s)' is the plural
            return text.replace("(s)", "" if n == 1 else "s").format(n=format_number(n, 0, lang))

        return {"added": counted(self.tr("{n} figure(s) added", "", applied.added), applied.added),
                "updated": counted(self.tr("{n} changed", "", applied.updated), applied.updated),
                "indicators": counted(self.tr("in {n} indicator(s)", "", indicators), indicators)}

    def show_log(self) -> None:
        self.ctx.navigate("imports")
        self.accept()

    def done(self, result: int) -> None:  # closing while reading: stop the worker first
        if self.job is not None and self.job.is_running():
            self.job.cancel()
            self.job.wait()
        self._drop_record()   # the user saw how the import ended (or chose not to import)
        super().done(result)


def dropped_data_file(mime: Any) -> str:
    """The first local data file (by extension) among dropped URLs, or ''."""
    for url in mime.urls() if mime.hasUrls() else []:
        local = url.toLocalFile()
        if local and Path(local).suffix.lower() in (".xlsx", ".xlsm", ".xls", ".csv") and Path(local).is_file():
            return local
    return ""


def import_button_row(ctx: AppContext, page: QWidget) -> QHBoxLayout:
    """'Import data…' and 'Import log' buttons for the data-collection steps and module pages."""
    row = QHBoxLayout()
    button = QPushButton(_tr("Import data…"))
    button.setObjectName("ImportDataButton")
    button.setToolTip(_tr("Read a downloaded file or a ministry's workbook, see what it would change, then "
                          "import it (Ctrl+I)"))
    button.clicked.connect(lambda: open_import_dialog(ctx, page.window()))
    log = QPushButton(_tr("Import log"))
    log.clicked.connect(lambda: ctx.navigate("imports"))
    row.addWidget(button)
    row.addWidget(log)
    row.addStretch(1)
    return row


def open_import_dialog(ctx: AppContext, parent: QWidget | None, path: str = "") -> ImportDialog:
    """File ▸ Import data…, the pages' Import buttons and dropped files all come here."""
    dialog = ImportDialog(ctx, parent, path)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


__all__ = ["ImportDialog", "ask_data_file", "dropped_data_file", "import_button_row", "open_import_dialog", "read_preview"]
