"""The walk-through's state: step status and notes, checklists, deliverable fields."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from mpdesk.i18n import tr
from mpdesk.models.entities import ChecklistState, DeliverableValue, Profile, StepProgress
from mpdesk.models.process import STEP_STATUSES
from mpdesk.services.changes import ChangeSet
from mpdesk.services.keys import EditError

if TYPE_CHECKING:
    from mpdesk.services.workspace import Workspace


def _step_title(ws: "Workspace", step_key: str) -> str:
    try:
        step = ws.catalogue.step(step_key)
    except KeyError:
        raise EditError(tr("Steps", "There is no step {key} in the guidance.").format(key=step_key)) from None
    return f"{step.key} {step.title}"


def _progress(session: Session, step_key: str) -> StepProgress:
    row = session.scalars(select(StepProgress).where(StepProgress.step_key == step_key)).first()
    if row is None:
        row = StepProgress(step_key=step_key, status="not_started", notes="")
        session.add(row)
    return row


def set_step_status(ws: "Workspace", step_key: str, status: str) -> ChangeSet:
    if status not in STEP_STATUSES:
        raise EditError(tr("Steps", "'{status}' is not a step status.").format(status=status))
    with ws.edit(tr("Steps", "Mark step {step}").format(step=_step_title(ws, step_key))) as session:
        _progress(session, step_key).status = status
    return ws.last_change


def set_step_notes(ws: "Workspace", step_key: str, notes: str) -> ChangeSet:
    with ws.edit(tr("Steps", "Edit notes of {step}").format(step=_step_title(ws, step_key))) as session:
        _progress(session, step_key).notes = notes
    return ws.last_change


def set_checklist_item(ws: "Workspace", step_key: str, item_key: str, done: bool, note: str | None = None) -> ChangeSet:
    title = _step_title(ws, step_key)
    if item_key not in {i.key for i in ws.catalogue.step(step_key).checklist}:
        raise EditError(tr("Steps", "Step {step} has no checklist item '{item}'.").format(step=step_key, item=item_key))
    with ws.edit(tr("Steps", "Tick checklist of {step}").format(step=title)) as session:
        row = session.scalars(select(ChecklistState).where(
            ChecklistState.step_key == step_key, ChecklistState.item_key == item_key)).first()
        if row is None:
            row = ChecklistState(step_key=step_key, item_key=item_key)
            session.add(row)
        row.done = bool(done)
        if note is not None:
            row.note = note
        # no status set here: a ticked item is work in the step, and completeness.step_status says
        # 'in progress' for it as for a filled field or a register entry (one rule for every step)
    return ws.last_change


def set_deliverable(ws: "Workspace", step_key: str, field_key: str, value: str) -> ChangeSet:
    title = _step_title(ws, step_key)
    if field_key not in {d.key for d in ws.catalogue.step(step_key).deliverables}:
        raise EditError(tr("Steps", "Step {step} has no field '{field}'.").format(step=step_key, field=field_key))
    with ws.edit(tr("Steps", "Edit {step}").format(step=title)) as session:
        row = session.scalars(select(DeliverableValue).where(
            DeliverableValue.step_key == step_key, DeliverableValue.field_key == field_key)).first()
        if row is None:
            row = DeliverableValue(step_key=step_key, field_key=field_key)
            session.add(row)
        row.value = value
        if field_key in PROFILE_MIRRORS:
            # The report (cover, copyright line, `mpdesk info`) reads the profile's field:
            # the step's field writes it in the same edit, so one undo reverts both.
            setattr(session.scalars(select(Profile)).one(), PROFILE_MIRRORS[field_key], value.strip())
    return ws.last_change


def step_states(ws: "Workspace") -> dict[str, StepProgress]:
    with ws.session() as session:
        return {row.step_key: row for row in session.scalars(select(StepProgress))}


def checklist_states(ws: "Workspace", step_key: str) -> dict[str, ChecklistState]:
    with ws.session() as session:
        rows = session.scalars(select(ChecklistState).where(ChecklistState.step_key == step_key))
        return {row.item_key: row for row in rows}


# Deliverables the profile itself already records: shown from the profile, never typed again
# (a free-text copy could contradict the profile's own kind and reference period).
PROFILE_DELIVERABLES = ("profile_type", "reference_period")


# Deliverables typed in a step that are also a profile field the report uses (deliverable key ->
# Profile attribute). The profile's field is the source of truth once set; the step shows it.
PROFILE_MIRRORS = {"lead_agency": "lead_agency"}


def profile_deliverables(ws: "Workspace") -> dict[str, str]:
    profile = ws.profile()
    kinds = {"basic": tr("Steps", "Basic profile"), "extended": tr("Steps", "Extended profile")}
    return {"profile_type": kinds.get(profile.kind, profile.kind),
            "reference_period": f"{profile.period_start}–{profile.period_end}"}


def deliverable_values(ws: "Workspace", step_key: str) -> dict[str, str]:
    with ws.session() as session:
        rows = session.scalars(select(DeliverableValue).where(DeliverableValue.step_key == step_key))
        values = {row.field_key: row.value for row in rows}
    step = next((s for s in ws.catalogue.steps if s.key == step_key), None)
    own = {d.key for d in step.deliverables} if step else set()
    profile = ws.profile()
    mirrored = {k: str(getattr(profile, attr) or "") for k, attr in PROFILE_MIRRORS.items() if k in own}
    values |= {k: v for k, v in mirrored.items() if v}   # an older file may hold only the step's copy
    return values | {k: v for k, v in profile_deliverables(ws).items() if k in own}
