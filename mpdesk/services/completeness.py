"""How far the team has come: per step, per stage, per report module, and overall.

The one measure the window (navigator, progress bar) and ``mpdesk info`` both show. Nothing
counts as done until someone did it: an empty profile is at 0 %.

- A step's status is decided in one place, ``step_status``: done when the team says so, else in
  progress once it has any work in it (or the team said so), else not started.
- A step is done when its status says so; otherwise it is the mean of the parts it has: its
  checklist (share ticked), its deliverables (share filled in) and, for steps that keep a
  register (members, work plan, sources, requests, review comments, ...), whether that register
  has entries yet.
- A report section is the mean of the parts it has: its narrative (written or not) and the
  share of the indicators its grid shows (``Catalogue.indicators_shown_in``, derived ones left
  out) that hold a figure, typed or imported. A part (A, B, ...) also averages its chosen
  sub-sections.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

from mpdesk.models.entities import ChecklistState, DeliverableValue, IndicatorValue, Narrative, StepProgress
from mpdesk.services import registers
from mpdesk.services.profile import selected_sections
from mpdesk.services.steps import PROFILE_DELIVERABLES

if TYPE_CHECKING:
    from mpdesk.guide.model import Step
    from mpdesk.services.workspace import Workspace

# The register a step page of each kind keeps (register name, filter on its rows).
STEP_REGISTERS: dict[str, tuple[str, dict[str, Any]]] = {
    "register": ("member", {}), "workplan": ("activity", {"kind": "workplan"}),
    "calendar": ("activity", {"kind": "update"}), "sources": ("source", {}), "gaps": ("gap", {}),
    "requests": ("request", {}), "reviews": ("comment", {}), "recommendations": ("recommendation", {}),
}

# What the measure reads: a ChangeSet touching one of these tables changes the progress.
TABLES: tuple[str, ...] = ("step_progress", "checklist_state", "deliverable_value", "module_selection", "narrative",
                           "indicator_value", "custom_section", "custom_indicator") + tuple(
    registers.REGISTERS[name].__tablename__ for name, _where in STEP_REGISTERS.values())


def _mean(parts: list[float]) -> float:
    return sum(parts) / len(parts) if parts else 0.0


def step_status(chosen: str, ratio: float) -> str:
    """The status every view shows for a step (navigator dot, the step's Status box): what the team
    chose when it is 'done' or 'in_progress', and 'in_progress' as soon as the step has any work in
    it. Only 1.1's checklist used to set 'in progress'; 1.2 showed 'Not started' at 44 %."""
    if chosen == "done":
        return "done"
    return "in_progress" if chosen == "in_progress" or ratio > 0 else "not_started"


@dataclass(frozen=True)
class StepCompleteness:
    key: str
    chosen: str                     # the status the team set ('not_started' when never set)
    checked: int
    total: int
    filled: int = 0                 # deliverables filled in
    deliverables: int = 0
    register_entries: int | None = None   # None: the step keeps no register

    @property
    def status(self) -> str:
        return step_status(self.chosen, self.work_ratio)

    @property
    def has_work(self) -> bool:
        return self.work_ratio > 0

    @property
    def ratio(self) -> float:
        return 1.0 if self.chosen == "done" else self.work_ratio

    @property
    def work_ratio(self) -> float:
        """What the step holds, whatever its status: ticks, filled fields, register entries."""
        parts = []
        if self.total:
            parts.append(self.checked / self.total)
        if self.deliverables:
            parts.append(self.filled / self.deliverables)
        if self.register_entries is not None:
            parts.append(1.0 if self.register_entries else 0.0)
        return _mean(parts)


@dataclass(frozen=True)
class ModuleCompleteness:
    key: str
    has_narrative: bool | None      # None: the section has no text of its own
    indicators_with_data: int
    indicators_total: int
    children: tuple[float, ...] = field(default=())   # ratios of chosen sub-sections (for parts)

    @property
    def own_ratio(self) -> float:
        parts = []
        if self.has_narrative is not None:
            parts.append(1.0 if self.has_narrative else 0.0)
        if self.indicators_total:
            parts.append(self.indicators_with_data / self.indicators_total)
        return _mean(parts)

    @property
    def ratio(self) -> float:
        own = [self.own_ratio] if self.has_narrative is not None or self.indicators_total else []
        return _mean(own + list(self.children))


@dataclass(frozen=True)
class Completeness:
    steps: dict[str, StepCompleteness]
    stages: dict[str, float]
    modules: dict[str, ModuleCompleteness]

    @property
    def overall(self) -> float:
        """Every step and every section's own work once (a part's children are not counted twice)."""
        parts = [s.ratio for s in self.steps.values()]
        parts += [m.own_ratio for m in self.modules.values() if m.has_narrative is not None or m.indicators_total]
        return _mean(parts)


def _register_entries(ws: "Workspace", step: "Step") -> int | None:
    if step.page not in STEP_REGISTERS:
        return None
    name, where = STEP_REGISTERS[step.page]
    return registers.count_items(ws, name, **where)


def step_completeness(ws: "Workspace") -> dict[str, StepCompleteness]:
    """Every step's measure and status (a few queries: cheap enough for a step page's refresh)."""
    with ws.session() as session:
        statuses = {r.step_key: r.status for r in session.scalars(select(StepProgress))}
        ticked: dict[str, int] = dict(session.execute(
            select(ChecklistState.step_key, func.count()).where(ChecklistState.done.is_(True))
            .group_by(ChecklistState.step_key)).all())
        filled = {(r.step_key, r.field_key) for r in session.scalars(select(DeliverableValue)) if r.value.strip()}
    result = {}
    for step in ws.catalogue.steps:
        # what the profile itself records (kind, period) is not work done in the step: left out
        keys = [d.key for d in step.deliverables if d.key not in PROFILE_DELIVERABLES]
        result[step.key] = StepCompleteness(
            step.key, statuses.get(step.key, "not_started"), ticked.get(step.key, 0), len(step.checklist),
            sum(1 for k in keys if (step.key, k) in filled), len(keys), _register_entries(ws, step))
    return result


def _modules(ws: "Workspace") -> dict[str, ModuleCompleteness]:
    catalogue = ws.catalogue
    with ws.session() as session:
        with_data = set(session.scalars(select(IndicatorValue.indicator_key).distinct()))
        texts = {r.section_key for r in session.scalars(select(Narrative)) if r.text.strip()}
    chosen = selected_sections(ws)
    modules: dict[str, ModuleCompleteness] = {}
    for key in reversed(chosen):   # children come after their part: compute them first
        section = catalogue.section(key)
        # the rows of the section's grid, headline figures of the at-a-glance set included: B.2 showed
        # 0 % with 24 years of imported remittances in its grid (remittances belong to 'glance')
        raw = [i for i in catalogue.indicators_shown_in(key) if not i.derived]
        children = tuple(m.ratio for k, m in modules.items() if catalogue.section(k).parent == key)
        if not section.narrative and not raw and not children:
            continue
        modules[key] = ModuleCompleteness(key, (key in texts) if section.narrative else None,
                                          sum(1 for i in raw if i.key in with_data), len(raw), children)
    return {key: modules[key] for key in chosen if key in modules}


def compute_completeness(ws: "Workspace") -> Completeness:
    steps = step_completeness(ws)
    stages = {stage.key: _mean([steps[s.key].ratio for s in stage.steps]) for stage in ws.catalogue.stages}
    return Completeness(steps, stages, _modules(ws))
