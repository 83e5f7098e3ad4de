"""The walk-through: step progress, checklists, people, work plan, reviews, recommendations."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from mpdesk.models.base import Row

STEP_STATUSES = ("not_started", "in_progress", "done")
WORK_STATUSES = ("planned", "in_progress", "done", "cancelled")


class StepProgress(Row):
    __tablename__ = "step_progress"
    step_key: Mapped[str] = mapped_column(String(16), unique=True)
    status: Mapped[str] = mapped_column(String(16), default="not_started")
    notes: Mapped[str] = mapped_column(Text, default="")


class ChecklistState(Row):
    __tablename__ = "checklist_state"
    __table_args__ = (UniqueConstraint("step_key", "item_key"),)
    step_key: Mapped[str] = mapped_column(String(16))
    item_key: Mapped[str] = mapped_column(String(80))
    done: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str] = mapped_column(Text, default="")


class DeliverableValue(Row):
    __tablename__ = "deliverable_value"
    __table_args__ = (UniqueConstraint("step_key", "field_key"),)
    step_key: Mapped[str] = mapped_column(String(16))
    field_key: Mapped[str] = mapped_column(String(80))
    value: Mapped[str] = mapped_column(Text, default="")


class Member(Row):
    """A TWG member, observer or other stakeholder (the stakeholder register)."""

    __tablename__ = "member"
    name: Mapped[str] = mapped_column(String(200), default="")
    institution: Mapped[str] = mapped_column(String(300), default="")
    role: Mapped[str] = mapped_column(String(200), default="")
    contact: Mapped[str] = mapped_column(String(300), default="")
    membership: Mapped[str] = mapped_column(String(20), default="member")  # member | observer | stakeholder
    focal_point: Mapped[bool] = mapped_column(Boolean, default=False)
    mandate: Mapped[str] = mapped_column(Text, default="")
    data_held: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)


class Activity(Row):
    """A work-plan activity, or (kind='update') an entry of the update calendar."""

    __tablename__ = "activity"
    kind: Mapped[str] = mapped_column(String(16), default="workplan")
    title: Mapped[str] = mapped_column(String(300), default="")
    owner: Mapped[str] = mapped_column(String(200), default="")
    step_key: Mapped[str] = mapped_column(String(16), default="")
    start_date: Mapped[date | None] = mapped_column(default=None)
    end_date: Mapped[date | None] = mapped_column(default=None)
    status: Mapped[str] = mapped_column(String(16), default="planned")
    notes: Mapped[str] = mapped_column(Text, default="")


class ReviewComment(Row):
    __tablename__ = "review_comment"
    section_key: Mapped[str] = mapped_column(String(40), default="")
    author: Mapped[str] = mapped_column(String(200), default="")
    text: Mapped[str] = mapped_column(Text, default="")
    review_round: Mapped[int] = mapped_column(Integer, default=1)
    resolved: Mapped[bool] = mapped_column(Boolean, default=False)
    response: Mapped[str] = mapped_column(Text, default="")


class Recommendation(Row):
    """A Part D recommendation and its place in the action plan."""

    __tablename__ = "recommendation"
    section_key: Mapped[str] = mapped_column(String(40), default="D.1")
    text: Mapped[str] = mapped_column(Text, default="")
    action: Mapped[str] = mapped_column(Text, default="")
    owner: Mapped[str] = mapped_column(String(200), default="")
    due_date: Mapped[date | None] = mapped_column(default=None)
    status: Mapped[str] = mapped_column(String(16), default="planned")
    position: Mapped[int] = mapped_column(Integer, default=0)


class Snapshot(Row):
    """A named copy of the profile's content at a moment (e.g. 'Draft sent to TWG round 1')."""

    __tablename__ = "snapshot"
    name: Mapped[str] = mapped_column(String(200))
    payload: Mapped[str] = mapped_column(Text)  # JSON of every table's rows
