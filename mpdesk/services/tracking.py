"""Record every row a session flushes as a RowChange (the basis of undo and of refreshes)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session

from mpdesk.models.base import Row
from mpdesk.services.changes import RowChange

_PENDING_KEY = "mpdesk_before"
_CHANGES_KEY = "mpdesk_changes"


def _committed_state(obj: Row) -> dict[str, Any]:
    state = inspect(obj)
    values: dict[str, Any] = {}
    for attr in state.mapper.column_attrs:
        history = state.attrs[attr.key].history
        if history.deleted:
            values[attr.key] = history.deleted[0]
        elif history.unchanged:
            values[attr.key] = history.unchanged[0]
        else:
            values[attr.key] = getattr(obj, attr.key)
    return values


def _before_flush(session: Session, _context: Any, _instances: Any) -> None:
    before = session.info.setdefault(_PENDING_KEY, {})
    for obj in session.dirty:
        if isinstance(obj, Row) and session.is_modified(obj) and id(obj) not in before:
            before[id(obj)] = _committed_state(obj)
    for obj in session.deleted:
        if isinstance(obj, Row):
            before[id(obj)] = _committed_state(obj)


def _after_flush(session: Session, _context: Any) -> None:
    before = session.info.get(_PENDING_KEY, {})
    changes: list[RowChange] = session.info.setdefault(_CHANGES_KEY, [])
    for obj in session.new:
        if isinstance(obj, Row):
            changes.append(RowChange(obj.__tablename__, obj.id, None, obj.as_dict()))
    for obj in session.dirty:
        if isinstance(obj, Row) and id(obj) in before:
            changes.append(RowChange(obj.__tablename__, obj.id, before.pop(id(obj)), obj.as_dict()))
    for obj in session.deleted:
        if isinstance(obj, Row):
            changes.append(RowChange(obj.__tablename__, obj.id, before.pop(id(obj), obj.as_dict()), None))


def track(session: Session) -> Session:
    event.listen(session, "before_flush", _before_flush)
    event.listen(session, "after_flush", _after_flush)
    return session


def collected(session: Session) -> list[RowChange]:
    """The row changes, with several flushes of one row folded into one change."""
    folded: dict[tuple[str, str], RowChange] = {}
    order: list[tuple[str, str]] = []
    for change in session.info.get(_CHANGES_KEY, []):
        key = (change.table, change.row_id)
        if key in folded:
            first = folded[key]
            change = RowChange(change.table, change.row_id, first.before, change.after)
        else:
            order.append(key)
        folded[key] = change
    result = [folded[k] for k in order]
    return [c for c in result if not (c.before is None and c.after is None) and c.before != c.after]
