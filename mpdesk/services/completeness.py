"""How far the team has come: per step, per stage, per report module, and overall."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from mpdesk.models.entities import ChecklistState, IndicatorValue, Narrative, StepProgress
from mpdesk.services.profile import selected_sections

if TYPE_CHECKING:
    from mpdesk.services.workspace import Workspace


@dataclass(frozen=True)
class StepCompleteness:
    key: str
    status: str
    checked: int
    total: int

    @property
    def ratio(self) -> float:
        if self.status == "done":
            return 1.0
        return self.checked / self.total if self.total else 0.0


@dataclass(frozen=True)
class ModuleCompleteness:
    key: str
    has_narrative: bool
    indicators_with_data: int
    indicators_total: int

    @property
    def ratio(self) -> float:
        """Half for the text, half for the share of its raw indicators that have a figure."""
        data = self.indicators_with_data / self.indicators_total if self.indicators_total else 1.0
        return 0.5 * (1.0 if self.has_narrative else 0.0) + 0.5 * data


@dataclass(frozen=True)
class Completeness:
    steps: dict[str, StepCompleteness]
    stages: dict[str, float]
    modules: dict[str, ModuleCompleteness]

    @property
    def overall(self) -> float:
        parts = [s.ratio for s in self.steps.values()] + [m.ratio for m in self.modules.values()]
        return sum(parts) / len(parts) if parts else 0.0


def compute_completeness(ws: "Workspace") -> Completeness:
    catalogue = ws.catalogue
    with ws.session() as session:
        statuses = {r.step_key: r.status for r in session.scalars(select(StepProgress))}
        ticked: dict[str, int] = dict(session.execute(
            select(ChecklistState.step_key, func.count()).where(ChecklistState.done.is_(True))
            .group_by(ChecklistState.step_key)).all())
        with_data = set(session.scalars(select(IndicatorValue.indicator_key).distinct()))
        texts = {r.section_key for r in session.scalars(select(Narrative)) if r.text.strip()}
    steps = {
        s.key: StepCompleteness(s.key, statuses.get(s.key, "not_started"), ticked.get(s.key, 0), len(s.checklist))
        for s in catalogue.steps
    }
    stages = {
        stage.key: sum(steps[s.key].ratio for s in stage.steps) / len(stage.steps) if stage.steps else 0.0
        for stage in catalogue.stages
    }
    modules = {}
    for key in selected_sections(ws):
        section = catalogue.section(key)
        raw = [i for i in catalogue.indicators_for(key) if not i.derived]
        if not section.narrative and not raw:
            continue
        modules[key] = ModuleCompleteness(key, key in texts or not section.narrative,
                                          sum(1 for i in raw if i.key in with_data), len(raw))
    return Completeness(steps, stages, modules)
