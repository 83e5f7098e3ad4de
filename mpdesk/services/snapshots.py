"""Named snapshots: a frozen copy of the profile's content inside the file itself."""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from mpdesk.i18n import tr
from mpdesk.models.base import Base
from mpdesk.models.entities import Snapshot
from mpdesk.services.changes import ChangeSet
from mpdesk.services.keys import EditError

if TYPE_CHECKING:
    from mpdesk.services.workspace import Workspace

_SKIPPED_TABLES = {"snapshot", "file_meta"}


def _plain(value: Any) -> Any:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return value


def content_as_dict(ws: "Workspace") -> dict[str, list[dict[str, Any]]]:
    with ws.session() as session:
        return {
            name: [{k: _plain(v) for k, v in row._mapping.items()} for row in session.execute(select(table))]
            for name, table in Base.metadata.tables.items() if name not in _SKIPPED_TABLES
        }


def take_snapshot(ws: "Workspace", name: str) -> ChangeSet:
    name = name.strip()
    if not name:
        raise EditError(tr("Snapshots", "Give the snapshot a name, such as 'Draft for TWG review 1'."))
    payload = json.dumps(content_as_dict(ws), ensure_ascii=False)
    with ws.edit(tr("Snapshots", "Take snapshot {name}").format(name=name)) as session:
        session.add(Snapshot(name=name, payload=payload))
    return ws.last_change


def list_snapshots(ws: "Workspace") -> list[Snapshot]:
    with ws.session() as session:
        return list(session.scalars(select(Snapshot).order_by(Snapshot.created_at)))


def snapshot_content(ws: "Workspace", snapshot_id: str) -> dict[str, list[dict[str, Any]]]:
    with ws.session() as session:
        row = session.get(Snapshot, snapshot_id)
        return json.loads(row.payload) if row else {}
