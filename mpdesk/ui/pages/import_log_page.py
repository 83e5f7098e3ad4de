"""The import log: every file imported, the figures it brought, and removing an import as a whole."""

from __future__ import annotations

import json
from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QFrame, QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from mpdesk.countries import sort_key
from mpdesk.formats import disaggregation_text, format_date, format_moment, format_number, format_value, local_moment
from mpdesk.services import ChangeSet
from mpdesk.services.import_log import (
    SAMPLE_IMPORTER, ImportEntry, figures_of_import, list_imports, origin_of, removal_sentence, undo_import,
)
from mpdesk.ui.context import AppContext
from mpdesk.ui.fitted_table import FittedTable
from mpdesk.ui.widgets import MessageBar, heading, hint

ID_ROLE = Qt.ItemDataRole.UserRole
_wanted: dict[int, str] = {}  # AppContext id -> the import a link asked to show


def show_import(ctx: AppContext, import_id: str) -> None:
    """Open the import log with ``import_id`` selected (the cell panel's link)."""
    _wanted[id(ctx)] = import_id
    ctx.navigate("imports")  # the log page takes the wish when it is shown


def origin_sentence(ctx: AppContext, row) -> str:
    """'Imported from FILE, sheet S, cell C, on DATE. Open its import' (rich text with a link)."""
    from html import escape

    from mpdesk.ui.language_settings import running_language

    origin = origin_of(ctx.ws, row.id, row.import_id)
    if origin is None:
        return ""
    language = running_language()   # the date is part of a sentence in the interface's language
    when = format_date(_local(origin.imported_at).date(), language)
    if origin.cell:
        text = QCoreApplication.translate("ImportLogPage", "Imported from {file}, sheet {sheet}, cell {cell}, on "
                                          "{when}.").format(file=origin.file_name, sheet=origin.sheet,
                                                            cell=origin.cell, when=when)
    elif origin.lines:
        text = _lines_sentence(origin, when)
    else:
        text = QCoreApplication.translate("ImportLogPage", "Imported from {file} on {when}.").format(
            file=origin.file_name, when=when)
    link = QCoreApplication.translate("ImportLogPage", "Open its import")
    lines = [_breakable(escape(text))]
    if origin.published is not None:   # a team's tidy CSV named the published file the figure came from
        lines.append(_breakable(escape(_published_sentence(origin.published, language))))
    lines.append(f'{_file_facts(origin)} <a href="import:{origin.import_id}">{escape(link)}</a>')
    return "<br>".join(lines)


def _breakable(text: str) -> str:
    """A long file name may break after its '_' and '-' (zero-width spaces): a narrow panel wraps it."""
    return text.replace("_", "_\u200b").replace("-", "-\u200b")


def _published_sentence(published, language: str) -> str:
    """'Read first from FILE, sheet S, cell C. Publisher: …. Dataset: …. Released on DATE.' (plain text)."""
    from datetime import date

    if published.cell:
        text = QCoreApplication.translate("ImportLogPage", "Read first from {file}, sheet {sheet}, cell {cell}.")
        text = text.format(file=published.file_name, sheet=published.sheet, cell=published.cell)
    elif published.lines:
        several = "," in published.lines or "-" in published.lines
        template = QCoreApplication.translate("ImportLogPage", "Read first from {file}: the sum of column '{column}' "
                                              "on lines {lines}.") if several else QCoreApplication.translate(
            "ImportLogPage", "Read first from {file}, line {lines}, column '{column}'.")
        text = template.format(file=published.file_name, lines=published.lines.replace(",", ", "),
                               column=published.column)
    else:
        text = QCoreApplication.translate("ImportLogPage", "Read first from {file}.").format(file=published.file_name)
    facts = [text]
    if published.publisher:
        facts.append(QCoreApplication.translate("ImportLogPage", "Publisher: {publisher}.").format(
            publisher=published.publisher))
    if published.dataset:
        facts.append(QCoreApplication.translate("ImportLogPage", "Dataset: {dataset}.").format(
            dataset=published.dataset))
    if published.release:
        try:
            released = format_date(date.fromisoformat(published.release), language)
        except ValueError:   # a release the team wrote otherwise ('May 2021') is shown as written
            released = published.release
        facts.append(QCoreApplication.translate("ImportLogPage", "Released on {date}.").format(date=released))
    if published.sha256:
        digest = "\u200b".join(published.sha256[i:i + 16] for i in range(0, len(published.sha256), 16))
        facts.append(QCoreApplication.translate("ImportLogPage", "sha256 of the file: {digest}.").format(digest=digest))
    return " ".join(facts)


def _local(moment: datetime) -> datetime:
    """The stored UTC time of an import in the computer's time zone (how every time is shown)."""
    return local_moment(moment) or moment


def _file_facts(origin) -> str:
    """'Publisher: UNHCR. Dataset: …. sha256 of the file: 038d…' (escaped; the digest may wrap)."""
    from html import escape

    facts = []
    if origin.importer == SAMPLE_IMPORTER:
        facts.append(QCoreApplication.translate("ImportLogPage", "The training sample's figures were read from this "
                                                "file when the sample was built."))
    if origin.publisher:
        facts.append(QCoreApplication.translate("ImportLogPage", "Publisher: {publisher}.").format(
            publisher=origin.publisher))
    if origin.dataset:
        facts.append(QCoreApplication.translate("ImportLogPage", "Dataset: {dataset}.").format(dataset=origin.dataset))
    if origin.sha256:
        digest = "\u200b".join(origin.sha256[i:i + 16] for i in range(0, len(origin.sha256), 16))
        facts.append(QCoreApplication.translate("ImportLogPage", "sha256 of the file: {digest}.").format(digest=digest))
    return escape(" ".join(facts))


def _lines_sentence(origin, when: str) -> str:
    """A CSV figure: its line, or the lines whose values were added up for a total."""
    lines = origin.lines.replace(",", ", ")
    several = "," in origin.lines or "-" in origin.lines
    if several:
        template = QCoreApplication.translate(
            "ImportLogPage", "Imported from {file} on {when}: the sum of column '{column}' on lines {lines}.")
    else:
        template = QCoreApplication.translate(
            "ImportLogPage", "Imported from {file}, line {lines}, column '{column}', on {when}.")
    return template.format(file=origin.file_name, lines=lines, column=origin.column, when=when)


def _table(headers: list[str], name: str) -> FittedTable:
    """A read-only table of one selectable row at a time, its columns fitted to the page's width
    (ui/fitted_table.py: figures whole, long texts cut and whole in their tooltips)."""
    table = FittedTable(headers)
    table.setObjectName(name)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    return table


class ImportLogPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.entries: list[ImportEntry] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 20, 20, 20)   # at 1024 px the log's eight columns need the width
        layout.setSpacing(10)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Import log")), 1)
        self.import_button = QPushButton(self.tr("Import data…"))
        self.import_button.clicked.connect(self._import)
        top.addWidget(self.import_button)
        layout.addLayout(top)
        layout.addWidget(hint(self.tr("Every file imported into this profile, newest first. Select one to see the "
                                      "figures that still come from it, or to remove the import as a whole: the "
                                      "figures it replaced come back.")))
        self.message = MessageBar(self)
        layout.addWidget(self.message)
        splitter = QSplitter(Qt.Orientation.Vertical)
        # the three counts in one column, as the import dialog shows them: ten columns did not fit
        # 1366 px in French ("Avertissements", "Données actuelles")
        self.log = _table([self.tr("When"), self.tr("File"), self.tr("By"), self.tr("Publisher"),
                           self.tr("Added · changed · skipped"), self.tr("Figures now"), self.tr("Warnings"),
                           self.tr("Dataset")], "import_log")
        self.log.setAccessibleName(self.tr("Imports"))
        self.log.setTextElideMode(Qt.TextElideMode.ElideMiddle)   # WDI names differ in the middle, not the start
        self.log.itemSelectionChanged.connect(self._show_selected)
        splitter.addWidget(self.log)
        splitter.addWidget(self._details())
        splitter.setStretchFactor(0, 1)   # the log's rows may take two lines: half the height each
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter, 1)
        self.empty = QLabel(self.tr("Nothing has been imported yet. Use Import data… (Ctrl+I) or drop a file on "
                                    "the window."))
        self.empty.setObjectName("Hint")
        layout.addWidget(self.empty)
        ctx.changed.connect(self._on_changed)
        self.refresh()

    def _details(self) -> QWidget:
        box = QFrame()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 6, 0, 0)
        self.about = QLabel()
        self.about.setWordWrap(True)
        self.about.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.about)
        self.figures = _table([self.tr("Indicator"), self.tr("Year"), self.tr("Disaggregation"), self.tr("Value"),
                               self.tr("Source")], "import_figures")
        self.figures.setAccessibleName(self.tr("Figures from this import"))
        self.figures.itemDoubleClicked.connect(lambda *_: self._show_figure())
        layout.addWidget(self.figures, 1)
        row = QHBoxLayout()
        self.show_button = QPushButton(self.tr("&Show the figure in its module"))
        self.show_button.clicked.connect(self._show_figure)
        self.remove_button = QPushButton(self.tr("&Remove this import…"))
        self.remove_button.clicked.connect(self._ask_remove)
        row.addWidget(self.show_button)
        row.addStretch(1)
        row.addWidget(self.remove_button)
        layout.addLayout(row)
        self.confirm = QFrame()
        self.confirm.setObjectName("MessageBar")
        confirm_row = QHBoxLayout(self.confirm)
        self.confirm_text = QLabel()
        self.confirm_text.setWordWrap(True)
        self.confirm_button = QPushButton(self.tr("Remove it"))
        self.keep_button = QPushButton(self.tr("Keep it"))
        self.confirm_button.clicked.connect(self.remove_selected)
        self.keep_button.clicked.connect(self.confirm.hide)
        confirm_row.addWidget(self.confirm_text, 1)
        confirm_row.addWidget(self.confirm_button)
        confirm_row.addWidget(self.keep_button)
        self.confirm.hide()
        layout.addWidget(self.confirm)
        return box

    # -- filling ------------------------------------------------------------------------------
    def refresh(self) -> None:
        selected = self.selected_id()
        lang = self.ctx.language
        self.entries = list_imports(self.ctx.ws)
        rows = [[(format_moment(_local(e.imported_at), lang), False), (e.file_name, False), (e.by, False),
                 (e.publisher, False), (self._counts(e), True), (format_number(e.figures, 0, lang), True),
                 (str(len(e.warnings) or ""), True), (e.dataset, False)] for e in self.entries]
        for e, cells in zip(self.entries, self.log.fill(rows)):
            cells[0].setData(ID_ROLE, e.id)
            cells[1].setToolTip(self.tr("{file}\nsha256 {digest}").format(file=e.file_name, digest=e.sha256))
        self.empty.setVisible(not self.entries)
        row = next((r for r, e in enumerate(self.entries) if e.id == selected), 0 if self.entries else -1)
        if row >= 0:
            self.log.selectRow(row)
        self._show_selected()

    def _counts(self, entry: ImportEntry) -> str:
        """'30 · 0 · 2': added, changed, skipped ('–' when an earlier version did not count the skipped)."""
        lang = self.ctx.language
        skipped = "–" if entry.skipped is None else format_number(entry.skipped, 0, lang)
        return " · ".join([format_number(entry.added, 0, lang), format_number(entry.updated, 0, lang), skipped])

    def selected_id(self) -> str | None:
        rows = self.log.selectionModel().selectedRows() if self.log.selectionModel() else []
        if not rows:
            return None
        item = self.log.item(rows[0].row(), 0)
        return item.data(ID_ROLE) if item else None

    def select_import(self, import_id: str) -> None:
        for r, e in enumerate(self.entries):
            if e.id == import_id:
                self.log.selectRow(r)

    def _show_selected(self) -> None:
        import_id = self.selected_id()
        entry = next((e for e in self.entries if e.id == import_id), None)
        self.confirm.hide()
        self.remove_button.setEnabled(entry is not None and entry.removable)
        self.show_button.setEnabled(entry is not None)
        if entry is None:
            self.about.clear()
            self.figures.setRowCount(0)
            return
        lines = [self.tr("{file}, imported {when}. sha256 {digest}.").format(
            file=entry.file_name, when=format_moment(_local(entry.imported_at), self.ctx.language), digest=entry.sha256)]
        if entry.by:
            lines.append(self.tr("Imported by {who} (the computer's login name).").format(who=entry.by))
        if entry.dataset:
            lines.append(self.tr("Dataset: {dataset}.").format(dataset=entry.dataset))
        if entry.importer == SAMPLE_IMPORTER:
            lines.append(self.tr("The training sample's figures were read from this file when the sample was built."))
        lines += [self.tr("Warning: {text}").format(text=w) for w in entry.warnings]
        if not entry.removable:
            lines.append(self.tr("This import was made by an earlier version of mpdesk, which did not record the "
                                 "figures it replaced, so it cannot be removed as a whole."))
        self.about.setText("\n".join(lines))
        self._fill_figures(entry.id)

    def _fill_figures(self, import_id: str) -> None:
        lang, screen, catalogue = self.ctx.language, self.ctx.screen_language, self.ctx.ws.catalogue
        shown = [(v, disaggregation_text((v.sex, v.age_group, v.partner, v.category), screen).removeprefix(", "))
                 for v in figures_of_import(self.ctx.ws, import_id)]
        # each indicator and year: the total first, then the countries by their shown name, accents ignored
        shown.sort(key=lambda pair: (pair[0].indicator_key, pair[0].year, pair[1] != "", sort_key(pair[1])))
        rows, keys = [], []
        for v, dims in shown:
            indicator = catalogue.indicator(v.indicator_key) if catalogue.has_indicator(v.indicator_key) else None
            name = indicator.name.get_for(screen) if indicator is not None else v.indicator_key
            # as the grid and the report show it (formats.format_value: the indicator's decimals), so
            # 56.66 reads 56,7 here too, not 56,66
            rows.append([(name, False), (str(v.year), True), (dims, False),
                         (format_value(v.value, indicator, lang), True), (v.source, False)])
            keys.append(json.dumps({"indicator": v.indicator_key, "year": v.year, "sex": v.sex,
                                    "age_group": v.age_group, "partner": v.partner, "category": v.category}))
        for key, cells in zip(keys, self.figures.fill(rows)):
            cells[0].setData(ID_ROLE, key)

    # -- actions ------------------------------------------------------------------------------
    def _import(self) -> None:
        from mpdesk.ui.import_dialog import open_import_dialog

        open_import_dialog(self.ctx, self.window())

    def _show_figure(self) -> None:
        row = self.figures.currentRow()
        item = self.figures.item(max(row, 0), 0) if self.figures.rowCount() else None
        if item is not None:
            self.ctx.navigate("cell:" + item.data(ID_ROLE))

    def _ask_remove(self) -> None:
        entry = next((e for e in self.entries if e.id == self.selected_id()), None)
        if entry is None:
            return
        self.confirm_text.setText(self.tr(
            "Remove the import of {file}? Its {n} figures leave the profile and the figures it replaced come "
            "back. Figures typed over since are kept.").format(file=entry.file_name, n=entry.figures))
        self.confirm.show()
        self.confirm_button.setFocus()

    def remove_selected(self) -> None:
        from mpdesk.services import EditError

        import_id = self.selected_id()
        self.confirm.hide()
        if import_id is None:
            return
        try:
            outcome = undo_import(self.ctx.ws, import_id)
        except EditError as exc:
            self.message.show_message(str(exc), "error")
            return
        self.message.show_message(removal_sentence(outcome) + " " + self.tr("Edit ▸ Undo brings the import back."),
                                  "info")

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.touches("import_log", "indicator_value"):
            self.refresh()
        self._take_wish()

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        self._take_wish()

    def _take_wish(self) -> None:
        wanted = _wanted.pop(id(self.ctx), None)
        if wanted:
            self.select_import(wanted)
