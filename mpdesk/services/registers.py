"""The registers a TWG keeps: members, work plan, sources, gaps, requests, comments,
recommendations, laws. One set of add/update/delete operations serves them all."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import Date, func, select

from mpdesk.i18n import tr
from mpdesk.models.base import Row
from mpdesk.models.entities import (
    Activity, DataGap, DataRequest, DataSource, LegalInstrument, Member, Recommendation, ReviewComment,
)
from mpdesk.services.changes import ChangeSet
from mpdesk.services.keys import EditError

if TYPE_CHECKING:
    from mpdesk.services.workspace import Workspace

REGISTERS: dict[str, type[Row]] = {
    "member": Member,
    "activity": Activity,
    "source": DataSource,
    "gap": DataGap,
    "request": DataRequest,
    "comment": ReviewComment,
    "recommendation": Recommendation,
    "law": LegalInstrument,
}
_PROTECTED = {"id", "created_at", "updated_at"}


def _label(register: str) -> str:
    labels = {
        "member": tr("Registers", "member"), "activity": tr("Registers", "activity"),
        "source": tr("Registers", "data source"), "gap": tr("Registers", "data gap"),
        "request": tr("Registers", "data request"), "comment": tr("Registers", "review comment"),
        "recommendation": tr("Registers", "recommendation"), "law": tr("Registers", "law or agreement"),
    }
    return labels.get(register, register)


def _model(register: str) -> type[Row]:
    if register not in REGISTERS:
        raise EditError(tr("Registers", "There is no register called '{name}'.").format(name=register))
    return REGISTERS[register]


def _clean(model: type[Row], fields: dict[str, Any]) -> dict[str, Any]:
    """Check names and coerce dates typed as text ('2020-03-31'); refuse anything unknown."""
    columns = {c.key: c for c in model.__table__.columns}
    cleaned: dict[str, Any] = {}
    for name, value in fields.items():
        if name not in columns or name in _PROTECTED:
            raise EditError(tr("Registers", "'{field}' is not a field of this register.").format(field=name))
        if isinstance(columns[name].type, Date):
            value = _as_date(value)
        cleaned[name] = value
    _check_dates(cleaned)
    return cleaned


def _as_date(value: Any) -> date | None:
    if value in (None, ""):
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        raise EditError(tr("Registers", "'{text}' is not a date; use the form 2020-03-31.").format(text=value)) from None


def _check_dates(fields: dict[str, Any]) -> None:
    start, end = fields.get("start_date"), fields.get("end_date")
    if start and end and end < start:
        raise EditError(tr("Registers", "The end date is before the start date."))


def add_item(ws: "Workspace", register: str, **fields: Any) -> ChangeSet:
    model = _model(register)
    cleaned = _clean(model, fields)
    with ws.edit(tr("Registers", "Add {what}").format(what=_label(register))) as session:
        if "position" in model.__table__.columns and "position" not in cleaned:
            cleaned["position"] = len(session.scalars(select(model.id)).all())
        session.add(model(**cleaned))
    return ws.last_change


def update_item(ws: "Workspace", register: str, item_id: str, **fields: Any) -> ChangeSet:
    model = _model(register)
    cleaned = _clean(model, fields)
    with ws.edit(tr("Registers", "Edit {what}").format(what=_label(register))) as session:
        row = session.get(model, item_id)
        if row is None:
            raise EditError(tr("Registers", "That {what} no longer exists.").format(what=_label(register)))
        merged = {"start_date": getattr(row, "start_date", None), "end_date": getattr(row, "end_date", None)}
        merged.update({k: v for k, v in cleaned.items() if k in merged})
        _check_dates(merged)
        for name, value in cleaned.items():
            setattr(row, name, value)
    return ws.last_change


def delete_item(ws: "Workspace", register: str, item_id: str) -> ChangeSet:
    model = _model(register)
    with ws.edit(tr("Registers", "Delete {what}").format(what=_label(register))) as session:
        row = session.get(model, item_id)
        if row is not None:
            session.delete(row)
    return ws.last_change


def list_items(ws: "Workspace", register: str, **where: Any) -> list[Row]:
    model = _model(register)
    with ws.session() as session:
        query = select(model).where(*_matching(model, where))
        order = model.position if "position" in model.__table__.columns else model.created_at
        return list(session.scalars(query.order_by(order, model.created_at)))


def count_items(ws: "Workspace", register: str, **where: Any) -> int:
    """How many items ``list_items`` gives, counted by the database: a plain count of the table
    compiles and runs in a fraction of loading every row (the progress measure counts seven
    registers as a profile opens)."""
    table = _model(register).__table__
    with ws.session() as session:
        return int(session.scalar(select(func.count()).select_from(table).where(*_matching(table.c, where))) or 0)


def _matching(columns: Any, where: dict[str, Any]) -> list:
    """The conditions of ``where`` (column name: value) on a mapped class's or a table's columns."""
    return [getattr(columns, name) == value for name, value in where.items()]
