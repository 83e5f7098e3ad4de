"""Column mappings for spreadsheets in other layouts, remembered per layout in the profile file.

Kept in ``file_meta`` (key ``layout:<signature of the header>``), like the import journals: a
remembered mapping is a preference, not an edit, so it is not an undo step.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from sqlalchemy import select

from mpdesk.imports.mapped import ColumnMapping
from mpdesk.models.entities import FileMeta

if TYPE_CHECKING:
    from mpdesk.services.workspace import Workspace

PREFIX = "layout:"


def remembered_mappings(ws: "Workspace") -> dict[str, ColumnMapping]:
    with ws.session() as session:
        rows = list(session.scalars(select(FileMeta).where(FileMeta.key.startswith(PREFIX))))
    return parse_mappings((r.key, r.value) for r in rows)


def parse_mappings(rows) -> dict[str, ColumnMapping]:
    found: dict[str, ColumnMapping] = {}
    for key, value in rows:
        try:
            found[key[len(PREFIX):]] = ColumnMapping(**json.loads(value))
        except (TypeError, ValueError):
            continue  # a mapping written by a later version: ask again rather than guess
    return found


def mapping_row(signature: str, mapping: ColumnMapping) -> FileMeta:
    """The file_meta row that remembers ``mapping`` for the layout (merged by the caller's transaction:
    ``mpdesk import --map`` writes it in the import's, ``imports.preview.apply_preview(layout=)``)."""
    return FileMeta(key=PREFIX + signature, value=json.dumps(mapping.as_dict()))


def remember_mapping(ws: "Workspace", signature: str, mapping: ColumnMapping) -> None:
    with ws.session() as session:
        session.merge(mapping_row(signature, mapping))
        session.commit()


__all__ = ["mapping_row", "parse_mappings", "remember_mapping", "remembered_mappings"]
