"""The left-hand navigator: the process (stages and steps) and the report (selected sections)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView, QHeaderView, QLabel, QProgressBar, QTabWidget, QTreeView, QVBoxLayout, QWidget,
)

from mpdesk.services import ChangeSet
from mpdesk.services.completeness import (
    TABLES as completeness_tables, Completeness, compute_completeness, step_status,
)
from mpdesk.services.profile import selected_sections
from mpdesk.ui import pane_sizes
from mpdesk.ui.context import AppContext
from mpdesk.ui.widgets import status_icon, section_label

TARGET_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2   # the status its dot shows
WATCHED = completeness_tables


def _percent(ratio: float) -> str:
    return f"{round(ratio * 100)} %"


def _row(text: str, target: str, ratio: float | None, status: str | None = None) -> list[QStandardItem]:
    title = QStandardItem(text)
    title.setData(target, TARGET_ROLE)
    title.setEditable(False)
    title.setToolTip(text)
    title.setAccessibleText(text if ratio is None else f"{text}, {_percent(ratio)}")
    if status:
        title.setIcon(status_icon(status))
        title.setData(status, STATUS_ROLE)
    share = QStandardItem("" if ratio is None else _percent(ratio))
    share.setData(target, TARGET_ROLE)
    share.setEditable(False)
    share.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return [title, share]


def _status(ratio: float, done: bool) -> str:
    """A stage's dot, by the rule of its steps' (completeness.step_status)."""
    return step_status("done" if done else "not_started", ratio)


class Navigator(QWidget):
    target_chosen = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("Navigator")
        # never crushed by a wide page, yet narrow enough to leave a 1024 px window's page its room;
        # the names elide at their end and their tooltip gives them in full
        self.ensurePolished()   # measured in the style sheet's font, not the unpolished default
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * pane_sizes.NAVIGATOR_MIN_EM)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 12, 4, 6)
        caption = QLabel(self.tr("Overall progress"))
        caption.setObjectName("Hint")
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Overall progress"))
        self.progress.setFormat("%p %")
        caption.setBuddy(self.progress)
        layout.addWidget(caption)
        layout.addWidget(self.progress)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.process_model, self.process_view = QStandardItemModel(self), self._view(self.tr("Process steps"))
        self.report_model, self.report_view = QStandardItemModel(self), self._view(self.tr("Report sections"))
        self.process_view.setModel(self.process_model)
        self.report_view.setModel(self.report_model)
        self.tabs.addTab(self.process_view, self.tr("Process"))
        self.tabs.addTab(self.report_view, self.tr("Report"))
        layout.addWidget(self.tabs, 1)
        self.refresh()
        for view in (self.process_view, self.report_view):
            view.selectionModel().currentChanged.connect(self._current_changed)
        ctx.changed.connect(self._on_changed)

    def _view(self, name: str) -> QTreeView:
        view = QTreeView()
        view.setAccessibleName(name)
        view.setHeaderHidden(True)
        # a long name is cut at its end ("A.5  Irregular migration…"), which reads better than in
        # the middle; the tooltip gives it in full
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        view.setUniformRowHeights(True)
        view.setIndentation(view.fontMetrics().horizontalAdvance("M") * 5 // 4)   # narrower steps: more of each name
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        return view

    # -- content -------------------------------------------------------------------------------
    def refresh(self) -> None:
        current = self.current_target()
        completeness = compute_completeness(self.ctx.ws)
        self.progress.setValue(round(completeness.overall * 100))
        self._fill_process(completeness)
        self._fill_report(completeness)
        if current:
            self.select(current)

    def _fill_process(self, completeness: Completeness) -> None:
        lang = self.ctx.screen_language
        self.process_model.clear()
        for stage in self.ctx.ws.catalogue.stages:
            ratio = completeness.stages.get(stage.key, 0.0)
            stage_done = all(completeness.steps[s.key].status == "done" for s in stage.steps)
            row = _row(self.tr("Stage {key} · {title}").format(key=stage.key, title=stage.title.get_for(lang)),
                       f"step:{stage.steps[0].key}" if stage.steps else "", ratio, _status(ratio, stage_done))
            for step in stage.steps:
                state = completeness.steps[step.key]
                row[0].appendRow(_row(f"{step.key}  {step.title.get_for(lang)}", f"step:{step.key}", state.ratio,
                                      state.status))
            self.process_model.appendRow(row)
        self._finish(self.process_view)

    def _fill_report(self, completeness: Completeness) -> None:
        lang, catalogue = self.ctx.screen_language, self.ctx.ws.catalogue
        chosen = selected_sections(self.ctx.ws)
        self.report_model.clear()
        items: dict[str, list[QStandardItem]] = {}
        for key in chosen:
            section = catalogue.section(key)
            module = completeness.modules.get(key)
            target = "glance" if key == "glance" else f"section:{key}"
            row = _row(section_label(section, lang), target,
                       module.ratio if module else None)
            parent = items.get(section.parent)
            (parent[0].appendRow if parent else self.report_model.appendRow)(row)
            items[key] = row
        self.report_model.appendRow(_row(self.tr("Data quality"), "quality", None))
        self.report_model.appendRow(_row(self.tr("Import log"), "imports", None))
        self._finish(self.report_view)

    def _finish(self, view: QTreeView) -> None:
        view.expandAll()
        header = view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.touches(*WATCHED):
            self.refresh()

    # -- selection -----------------------------------------------------------------------------
    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        target = current.data(TARGET_ROLE) if current.isValid() else None
        if target and not self._silent:
            self.target_chosen.emit(target)

    _silent = False

    def current_target(self) -> str:
        view = self.process_view if self.tabs.currentIndex() == 0 else self.report_view
        index = view.currentIndex()
        return index.data(TARGET_ROLE) if index.isValid() else ""

    def select(self, target: str) -> None:
        """Show ``target`` as current without navigating again."""
        for tab, (model, view) in enumerate(((self.process_model, self.process_view),
                                             (self.report_model, self.report_view))):
            found = self._find(model, target)
            if found is not None:
                self._silent = True
                try:
                    self.tabs.setCurrentIndex(tab)
                    view.setCurrentIndex(found)
                finally:
                    self._silent = False
                return

    def _find(self, model: QStandardItemModel, target: str) -> QModelIndex | None:
        matches = model.match(model.index(0, 0), TARGET_ROLE, target, 1,
                              Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive)
        if not matches:
            return None
        index = matches[0]
        # the stage row shares its first step's target: prefer the step itself
        child = model.match(index, TARGET_ROLE, target, 2, Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive)
        return child[-1] if child else index
