"""The column layout of each register as the step pages show it."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication

from mpdesk.ui.widgets import section_label
from mpdesk.ui.context import AppContext
from mpdesk.ui.pages.register_model import Column, RegisterSpec


def _tr(text: str) -> str:
    return QCoreApplication.translate("Registers", text)


def work_statuses() -> tuple[tuple[str, str], ...]:
    return (("planned", _tr("Planned")), ("in_progress", _tr("In progress")), ("done", _tr("Done")),
            ("cancelled", _tr("Cancelled")))


def section_choices(ctx: AppContext, prefix: str = "") -> tuple[tuple[str, str], ...]:
    lang = ctx.screen_language
    sections = [s for s in ctx.ws.catalogue.sections if s.key.startswith(prefix)]
    return (("", _tr("(none)")),) + tuple(
        (s.key, section_label(s, lang)) for s in sections)


def overdue_activity(row: Any) -> str:
    if row.end_date and row.end_date < date.today() and row.status not in ("done", "cancelled"):
        return _tr("Overdue since {date}").format(date=row.end_date.isoformat())
    return ""


def overdue_request(row: Any) -> str:
    if row.due_on and row.due_on < date.today() and row.received_on is None:
        return _tr("Overdue since {date}: no reply received yet").format(date=row.due_on.isoformat())
    return ""


def members() -> RegisterSpec:
    kinds = (("member", _tr("Member")), ("observer", _tr("Observer")), ("stakeholder", _tr("Stakeholder")))
    return RegisterSpec("member", [
        Column("name", _tr("Name")), Column("institution", _tr("Institution")), Column("role", _tr("Role")),
        Column("contact", _tr("Contact")), Column("membership", _tr("Membership"), "choice", kinds),
        Column("focal_point", _tr("Focal point"), "bool"), Column("data_held", _tr("Data held")),
    ])


def activities(kind: str = "workplan") -> RegisterSpec:
    return RegisterSpec("activity", [
        Column("title", _tr("Activity")), Column("owner", _tr("Owner")),
        Column("start_date", _tr("Start"), "date"), Column("end_date", _tr("End"), "date"),
        Column("status", _tr("Status"), "choice", work_statuses()),
    ], where={"kind": kind}, warn=overdue_activity)


def sources() -> RegisterSpec:
    types = (("census", _tr("Census")), ("survey", _tr("Survey")), ("administrative", _tr("Administrative")),
             ("international", _tr("International")))
    quality = (("", _tr("(not assessed)")), ("good", _tr("Good")), ("fair", _tr("Fair")), ("poor", _tr("Poor")))
    access = (("", _tr("(unknown)")), ("public", _tr("Public")), ("on request", _tr("On request")),
              ("restricted", _tr("Restricted")))
    return RegisterSpec("source", [
        Column("name", _tr("Source")), Column("institution", _tr("Institution")),
        Column("source_type", _tr("Type"), "choice", types), Column("coverage", _tr("Coverage")),
        Column("periodicity", _tr("Periodicity")), Column("quality", _tr("Quality"), "choice", quality),
        Column("access", _tr("Access"), "choice", access), Column("modules", _tr("Modules"),
               hint=_tr("The modules this source feeds, e.g. A.2, B.3")),
    ])


def gaps(ctx: AppContext) -> RegisterSpec:
    priority = (("high", _tr("High")), ("medium", _tr("Medium")), ("low", _tr("Low")))
    return RegisterSpec("gap", [
        Column("description", _tr("Gap")), Column("section_key", _tr("Module"), "choice", section_choices(ctx)),
        Column("indicator_key", _tr("Indicator")), Column("priority", _tr("Priority"), "choice", priority),
        Column("action", _tr("Action to close it")), Column("resolved", _tr("Resolved"), "bool"),
    ])


def requests() -> RegisterSpec:
    return RegisterSpec("request", [
        Column("institution", _tr("Institution")), Column("indicators", _tr("Indicators")),
        Column("description", _tr("What was asked")), Column("sent_on", _tr("Sent"), "date"),
        Column("due_on", _tr("Due"), "date"), Column("received_on", _tr("Received"), "date"),
    ], warn=overdue_request)


def comments(ctx: AppContext) -> RegisterSpec:
    rounds = tuple((n, _tr("Round {n}").format(n=n)) for n in range(1, 6))
    return RegisterSpec("comment", [
        Column("section_key", _tr("Section"), "choice", section_choices(ctx)), Column("author", _tr("Author")),
        Column("review_round", _tr("Round"), "choice", rounds), Column("text", _tr("Comment")),
        Column("resolved", _tr("Resolved"), "bool"), Column("response", _tr("Response")),
    ])


def recommendations(ctx: AppContext) -> RegisterSpec:
    return RegisterSpec("recommendation", [
        Column("section_key", _tr("Section"), "choice", section_choices(ctx, "D.")),
        Column("text", _tr("Recommendation")), Column("action", _tr("Action")), Column("owner", _tr("Owner")),
        Column("due_date", _tr("Due"), "date"), Column("status", _tr("Status"), "choice", work_statuses()),
    ])
