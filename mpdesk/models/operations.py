"""A record of each long write a user starts (an import, an export), kept beside the session marker.

The file's ``session_state`` row says whether the last session ended normally; it cannot say what
a kill interrupted. So each long operation writes a small row of its own, ``running.<token>`` in
``file_meta``, committed before its work starts, and removes it when the work has ended either way:

- an import removes it inside its own transaction (``finish``), so the figures and the removal are
  committed together: a kill before that commit leaves the row, and the figures were rolled back;
  a kill after it leaves neither. A refused import (rolled back) removes it in a transaction of its own;
- an export writes each file beside its target and renames it over the target at the end
  (``mpdesk.atomic``), so a kill leaves the target as it was; the row lists the targets, and the next
  opening tells which of them were not written.

A command that opens the profile only to import (``mpdesk import``) records the import in the very
transaction that opens the profile (``planned``, ``open_profile_file(starting=...)``), before the data
file is read: no moment of the command is then without a record, and a kill while the file is read
or previewed is told like one during the import. Its import marks the record ``saved`` instead of
removing it, in the transaction that saves the figures, and the closing transaction removes it:
so after a kill the record says which of the two had happened, and a kill while the profile closes
is never mistaken for an import that did not run.

The next read-write opening takes the rows left (``take_interrupted``), so the window can tell the
user exactly what was lost, then deletes them. Rows are keyed per operation so that an export
running while the team imports keeps its own record.
"""

from __future__ import annotations

import json
import os
import uuid
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Iterator

from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from mpdesk.models.profile import FileMeta

if TYPE_CHECKING:
    from mpdesk.models.profile_file import ProfileFile

IMPORT = "import"
EXPORT = "export"
REQUEST = "request"   # a data-request workbook, written then its requests marked as sent (export.request_workbook)
PREFIX = "running."


@dataclass(frozen=True)
class Operation:
    kind: str                       # IMPORT or EXPORT
    name: str                       # the file the user chose (an import's data file, an export's first target)
    started: str                    # ISO time, UTC, with its offset
    targets: tuple[str, ...] = ()   # an export's files, full paths
    token: str = ""
    saved: bool = False             # an import kept until the closing (``until_close``): its figures were saved
    until_close: bool = False       # removed by the closing transaction, not by the work's own (not stored)

    @property
    def key(self) -> str:
        return PREFIX + self.token

    def to_json(self) -> str:
        return json.dumps({"kind": self.kind, "name": self.name, "started": self.started,
                           "targets": list(self.targets), "saved": self.saved}, ensure_ascii=False)

    @classmethod
    def from_row(cls, key: str, text: str) -> "Operation | None":
        try:
            data = json.loads(text)
            return cls(str(data["kind"]), str(data["name"]), str(data["started"]),
                       tuple(str(t) for t in data.get("targets", ())), key[len(PREFIX):],
                       data.get("saved") is True)
        except (ValueError, KeyError, TypeError):
            return None  # a damaged record tells nothing: it is dropped

    def started_at(self) -> datetime | None:
        try:
            moment = datetime.fromisoformat(self.started)
        except ValueError:
            return None
        return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)

    def unwritten(self) -> list[str]:
        """An export's targets that were not written since it started (each is written whole or not at all)."""
        started = self.started_at()
        return [t for t in self.targets
                if started is None or not os.path.exists(t) or os.path.getmtime(t) < started.timestamp()]


def planned(kind: str, name: str, targets: tuple[str, ...] = (), until_close: bool = False) -> Operation:
    """The record of an operation about to start, not yet written (``start`` or ``add`` write it)."""
    return Operation(kind, name, datetime.now(timezone.utc).replace(microsecond=0).isoformat(),
                     tuple(str(t) for t in targets), uuid.uuid4().hex, until_close=until_close)


def start(profile_file: "ProfileFile", kind: str, name: str, targets: tuple[str, ...] = (),
          until_close: bool = False) -> Operation | None:
    """Commit the record of an operation about to start; None on a read-only opening (nothing to record in).

    ``until_close``: the work marks the record saved (``finish``) rather than removing it; ``drop`` removes
    it, or else the closing transaction does (``ProfileFile.kept_records``)."""
    if profile_file.read_only:
        return None
    operation = planned(kind, name, targets, until_close=until_close)
    with profile_file.session() as session:
        add(session, operation)
        session.commit()
    if until_close:
        profile_file.kept_records.append(operation)
    return operation


def add(session: Session, operation: Operation) -> None:
    """Write the record inside the caller's transaction (the opening's, for ``open_profile_file(starting=)``)."""
    session.add(FileMeta(key=operation.key, value=operation.to_json()))


def finish(session: Session, operation: Operation | None) -> None:
    """The work is saved, inside the caller's transaction: the record goes when that transaction commits,
    or, for an operation kept until the closing, says so (the closing removes it)."""
    if operation is None:
        return
    row = session.get(FileMeta, operation.key)
    if row is None:
        return
    if operation.until_close:
        row.value = Operation(operation.kind, operation.name, operation.started, operation.targets,
                              operation.token, saved=True).to_json()
    else:
        session.delete(row)


def end(profile_file: "ProfileFile", operation: Operation | None) -> None:
    """Remove the record in a transaction of its own (after a rollback, or an export's end)."""
    if operation is None:
        return
    try:
        with profile_file.session() as session:
            finish(session, operation)
            session.commit()
    except SQLAlchemyError:  # the disk refused: the next opening reports the operation, which did not complete
        pass


def drop(profile_file: "ProfileFile", operation: Operation | None) -> None:
    """Remove a record kept until the closing (``start(until_close=True)``), whatever its state, in a
    transaction of its own: what it recorded is over, and the user was told how it ended."""
    if operation is None:
        return
    try:
        with profile_file.session() as session:
            row = session.get(FileMeta, operation.key)
            if row is not None:
                session.delete(row)
            session.commit()
    except SQLAlchemyError:  # the disk refused: the closing transaction removes it (or the next opening tells it)
        return
    if operation in profile_file.kept_records:
        profile_file.kept_records.remove(operation)


@contextmanager
def recorded(profile_file: "ProfileFile", kind: str, name: str,
             targets: tuple[str | Path, ...] = ()) -> Iterator[Operation | None]:
    """Record the operation for the length of the block; the record is gone however the block ends."""
    operation = start(profile_file, kind, name, tuple(str(t) for t in targets))
    try:
        yield operation
    finally:
        end(profile_file, operation)


def take_interrupted(session: Session) -> list[Operation]:
    """The operations a previous session left unfinished, oldest first; their rows are deleted in
    ``session`` (the caller commits)."""
    rows = list(session.scalars(select(FileMeta).where(FileMeta.key.startswith(PREFIX, autoescape=True))))
    found = [op for row in rows if (op := Operation.from_row(row.key, row.value)) is not None]
    for row in rows:
        session.delete(row)
    return sorted(found, key=lambda op: op.started)


__all__ = ["EXPORT", "IMPORT", "REQUEST", "Operation", "add", "drop", "end", "finish", "planned", "recorded", "start", "take_interrupted"]
