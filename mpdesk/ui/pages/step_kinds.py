"""The part of a step page that depends on its kind (register, work plan, sources, ...)."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHeaderView, QTreeView, QVBoxLayout, QWidget

from mpdesk.guide.model import Step
from mpdesk.services import ChangeSet, profile
from mpdesk.ui.context import AppContext
from mpdesk.ui.fitted_table import header_text_width, wrap_words
from mpdesk.ui.pages import register_specs as specs
from mpdesk.ui.pages.module_menu import COL_REASON, COL_TITLE, ModuleMenuModel
from mpdesk.ui.pages.register_table import RegisterTable
from mpdesk.ui.widgets import heading, hint


def _tr(text: str) -> str:
    return QCoreApplication.translate("StepPage", text)


def _column(*widgets: QWidget) -> QWidget:
    holder = QWidget()
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(18)
    for widget in widgets:
        layout.addWidget(widget)
    return holder


def register_part(ctx: AppContext, step: Step) -> QWidget:
    explanation = _tr("Everyone who produces, holds or uses migration data or policy. Double-click a cell to "
                      "edit it; each change is saved at once.")
    title = _tr("Technical Working Group and stakeholders") if step.key == "1.3" else _tr("Stakeholder register")
    return RegisterTable(ctx, specs.members(), title, explanation, _tr("Add a stakeholder"))


def workplan_part(ctx: AppContext, step: Step) -> QWidget:
    return RegisterTable(ctx, specs.activities("workplan"), _tr("Work plan"),
                         _tr("Activities with an owner and dates. Rows past their end date and not done are "
                             "highlighted."), _tr("Add an activity"))


def calendar_part(ctx: AppContext, step: Step) -> QWidget:
    return RegisterTable(ctx, specs.activities("update"), _tr("Update calendar"),
                         _tr("When each part of the profile is to be updated, and by whom."), _tr("Add an update"))


def gaps_table(ctx: AppContext) -> RegisterTable:
    return RegisterTable(ctx, specs.gaps(ctx), _tr("Data gaps"),
                         _tr("What is missing, for which module, and what will be done about it. The gaps feed "
                             "report section D.4."), _tr("Add a gap"))


def sources_table(ctx: AppContext) -> RegisterTable:
    return RegisterTable(ctx, specs.sources(), _tr("Data source inventory"),
                         _tr("Every source of migration data found: its availability, periodicity, quality "
                             "and access."), _tr("Add a source"))


def sources_part(ctx: AppContext, step: Step) -> QWidget:
    return _column(sources_table(ctx), gaps_table(ctx))


def gaps_part(ctx: AppContext, step: Step) -> QWidget:
    return gaps_table(ctx)


def requests_part(ctx: AppContext, step: Step) -> QWidget:
    return RegisterTable(ctx, specs.requests(), _tr("Data-request log"),
                         _tr("Formal requests sent to institutions. Requests past their due date with no reply "
                             "are highlighted."), _tr("Add a request"))


def reviews_part(ctx: AppContext, step: Step) -> QWidget:
    table = RegisterTable(ctx, specs.comments(ctx), _tr("Review comments"),
                          _tr("The comments matrix: who said what on which section, and how it was answered."),
                          _tr("Add a comment"))
    box = table.add_filter(_tr("Show unresolved only"), lambda row: not row.resolved)
    box.setObjectName("unresolved_only")
    return table


def recommendations_part(ctx: AppContext, step: Step) -> QWidget:
    return RegisterTable(ctx, specs.recommendations(ctx), _tr("Recommendations and action plan"),
                         _tr("Each recommendation of Part D with the action, who owns it and by when."),
                         _tr("Add a recommendation"))


class ModulesPart(QWidget):
    """Step 1.4: the template menu; each tick is saved and the Report navigator follows."""

    def __init__(self, ctx: AppContext, step: Step) -> None:
        super().__init__()
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading(self.tr("Report modules"), 2))
        layout.addWidget(hint(self.tr("Tick the sections this profile will contain. Optional modules are off by "
                                      "default; say why a core section is left out.")))
        self.model = ModuleMenuModel(ctx.ws.catalogue, ctx.screen_language, self)
        self.view = QTreeView()
        self.view.setObjectName("module_menu")
        self.view.setAccessibleName(self.tr("Report modules"))
        self.view.setModel(self.model)
        self.view.setAlternatingRowColors(True)
        self.view.setMinimumHeight(self.fontMetrics().lineSpacing() * 18)
        self.view.header().setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.view)
        self.refresh()
        self.view.header().sectionResized.connect(lambda *_: self._break_reason_header())
        self.view.header().geometriesChanged.connect(self._break_reason_header)
        self.model.toggled.connect(lambda key, on: ctx.run_edit(profile.set_module_included, key, on,
                                                                language=ctx.screen_language))
        self.model.reason_edited.connect(self._reason)
        ctx.changed.connect(self._on_changed)

    def _break_reason_header(self) -> None:
        """The last column takes what the section names leave: at 1024 px in French its header
        ("Motif (si retirée ou ajoutée)") was cut; it breaks between words onto two lines instead."""
        header = self.view.header()
        label = self.model.headers()[COL_REASON]
        lines = wrap_words(label, header.sectionSize(COL_REASON), lambda text: header_text_width(header, text))
        self.model.set_header_lines(COL_REASON, "\n".join(lines))

    def _reason(self, key: str, reason: str) -> None:
        included = key in self.model.checked
        self.ctx.run_edit(profile.set_module_included, key, included, reason, language=self.ctx.screen_language)

    def refresh(self) -> None:
        rows = profile.module_selection(self.ctx.ws)
        checked = {k for k, r in rows.items() if r.included}
        self.model.set_state(checked, {k: r.reason for k, r in rows.items() if r.reason})
        self.view.expandAll()
        self.view.resizeColumnToContents(COL_TITLE)

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.touches("module_selection"):
            self.refresh()


def modules_part(ctx: AppContext, step: Step) -> QWidget:
    return ModulesPart(ctx, step)


# Report sections whose content is a register kept in a step: the section's page shows the same
# register (annex "Inventory of data sources" showed only "no charts yet", tester8 #7).
# Section key -> (the kind of step page that keeps it, its table).
SECTION_REGISTERS: dict[str, tuple[str, Callable[[AppContext], RegisterTable]]] = {
    "annex.sources": ("sources", sources_table),
}

KIND_PARTS: dict[str, Callable[[AppContext, Step], QWidget]] = {
    "register": register_part, "workplan": workplan_part, "calendar": calendar_part, "modules": modules_part,
    "sources": sources_part, "gaps": gaps_part, "requests": requests_part, "reviews": reviews_part,
    "recommendations": recommendations_part,
}

__all__ = ["KIND_PARTS", "COL_REASON", "SECTION_REGISTERS"]
