"""An open profile: read sessions, tracked edits committed at once, and undo/redo."""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator

from sqlalchemy import delete, insert, select, update
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session

from mpdesk.guide import Catalogue, default_catalogue
from mpdesk.i18n import tr
from mpdesk.models import ProfileFile, ProfileFileError, create_profile_file, open_profile_file
from mpdesk.models.base import Base, utc_now
from mpdesk.models.entities import FileMeta, Profile
from mpdesk.models.operations import Operation
from mpdesk.services.changes import ChangeSet, RowChange
from mpdesk.services.keys import EditError
from mpdesk.services.tracking import collected, track

Listener = Callable[[ChangeSet], None]
UNDO_LIMIT = 500


def _table(name: str):
    return Base.metadata.tables[name]


class Workspace:
    def __init__(self, profile_file: ProfileFile) -> None:
        self.file = profile_file
        self._undo: list[ChangeSet] = []
        self._redo: list[ChangeSet] = []
        self._listeners: list[Listener] = []
        self._catalogue: Catalogue | None = None

    # -- opening and closing ------------------------------------------------------------------
    @classmethod
    def open(cls, path: Path | str, read_only: bool = False, starting: Operation | None = None) -> "Workspace":
        """``read_only``: for commands that only read (info, check, export); ``starting``: the record of the
        operation the profile is opened for, kept from the opening to the closing; see ``open_profile_file``."""
        return cls(open_profile_file(Path(path), read_only, starting))

    @classmethod
    def create_empty(cls, path: Path | str) -> "Workspace":
        return cls(create_profile_file(Path(path)))

    @property
    def path(self) -> Path:
        return self.file.path

    def close(self) -> None:
        self.file.close()

    def recording(self, kind: str, name: str, targets: tuple[str | Path, ...] = ()):
        """A context manager recording a long write (``operations.IMPORT``/``EXPORT``) while it runs, so
        the next opening after a kill says what was interrupted (``models.operations.recorded``)."""
        from mpdesk.models import operations

        return operations.recorded(self.file, kind, name, targets)

    def keep_record(self, kind: str, name: str) -> Operation | None:
        """Commit the record of an operation the user is about to confirm (the window's import, from its
        preview), kept until ``drop_record`` or the closing: its work marks it saved in the work's own
        transaction, so after a kill at any moment the next opening names it and says whether it was saved
        (``models.operations.start(until_close=True)``). None on a read-only opening."""
        from mpdesk.models import operations

        return operations.start(self.file, kind, name, until_close=True)

    def drop_record(self, record: Operation | None) -> None:
        """The user has seen how the recorded operation ended: its record goes (``operations.drop``)."""
        from mpdesk.models import operations

        operations.drop(self.file, record)

    # -- reading ------------------------------------------------------------------------------
    def session(self) -> Session:
        """A session for reading; edits go through ``edit()`` so they are tracked."""
        return self.file.session()

    def profile(self) -> Profile:
        with self.session() as session:
            profile = session.scalars(select(Profile)).first()
            if profile is None:
                raise ProfileFileError(tr("Workspace", "{name} holds no profile yet.").format(name=self.path.name))
            return profile

    @property
    def catalogue(self) -> Catalogue:
        """The shipped catalogue tailored with this profile's own sections and indicators."""
        if self._catalogue is None:
            from mpdesk.services.tailoring import tailored_catalogue

            self._catalogue = tailored_catalogue(self, default_catalogue())
        return self._catalogue

    # -- listening ----------------------------------------------------------------------------
    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def _notify(self, changes: ChangeSet) -> None:
        if changes.touches("custom_indicator", "custom_section"):
            self._catalogue = None
        for listener in list(self._listeners):
            listener(changes)

    # -- editing ------------------------------------------------------------------------------
    @contextmanager
    def edit(self, label: str) -> Iterator[Session]:
        """Run an edit in one transaction, commit it at once and make it undoable.

        After the block, ``self.last_change`` holds the ChangeSet. Any failure rolls back
        everything, so a refused edit leaves the file exactly as it was.
        """
        session = track(self.file.session())
        try:
            yield session
            session.flush()
            changes = ChangeSet(label, collected(session))
            if changes:
                self._stamp(session)
            session.commit()
        except (EditError, ProfileFileError):
            session.rollback()
            raise
        except (IntegrityError, OperationalError) as exc:
            session.rollback()
            raise EditError(_storage_sentence(exc)) from exc
        finally:
            session.close()
        self.last_change = changes
        if changes:
            self._undo.append(changes)
            del self._undo[:-UNDO_LIMIT]
            self._redo.clear()
            self._notify(changes)

    def _stamp(self, session: Session) -> None:
        stamp = session.get(FileMeta, "last_saved")
        now = utc_now().isoformat()
        if stamp is None:
            session.add(FileMeta(key="last_saved", value=now))
        else:
            stamp.value = now

    # -- undo / redo --------------------------------------------------------------------------
    def can_undo(self) -> bool:
        return bool(self._undo)

    def can_redo(self) -> bool:
        return bool(self._redo)

    def undo_label(self) -> str:
        return self._undo[-1].label if self._undo else ""

    def redo_label(self) -> str:
        return self._redo[-1].label if self._redo else ""

    def undo(self) -> ChangeSet:
        if not self._undo:
            return ChangeSet()
        done = self._undo[-1]
        replay = self._replay(done.inverse())  # raises EditError and keeps the step when the save fails
        self._undo.pop()
        self._redo.append(done)
        self._notify(replay)
        return replay

    def redo(self) -> ChangeSet:
        if not self._redo:
            return ChangeSet()
        done = self._redo[-1]
        replay = self._replay(done)
        self._redo.pop()
        self._undo.append(done)
        self._notify(replay)
        return replay

    def _replay(self, changes: ChangeSet) -> ChangeSet:
        """Apply recorded row states directly (Core statements, one transaction)."""
        with self.file.session() as session:
            try:
                for change in changes:
                    _apply(session, change)
                self._stamp(session)
                session.commit()
            except (IntegrityError, OperationalError) as exc:
                session.rollback()
                raise EditError(_storage_sentence(exc)) from exc
        return changes


def _apply(session: Session, change: RowChange) -> None:
    table = _table(change.table)
    if change.after is None:
        session.execute(delete(table).where(table.c.id == change.row_id))
    elif change.before is None:
        session.execute(insert(table).values(**change.after))
    else:
        session.execute(update(table).where(table.c.id == change.row_id).values(**change.after))


def _storage_sentence(exc: Exception) -> str:
    text = str(getattr(exc, "orig", exc)).lower()
    if "disk" in text and ("full" in text or "i/o" in text):
        return tr("Workspace", "The edit could not be saved because the disk is full. Free some space and try "
                  "again; everything saved before is intact.")
    if "readonly" in text or "read-only" in text:
        return tr("Workspace", "The edit could not be saved because the file or its folder has become read-only. "
                  "Everything saved before is intact.")
    if "unique" in text:
        return tr("Workspace", "This entry already exists, so the edit was not saved.")
    return tr("Workspace", "The edit could not be saved ({why}). Everything saved before is intact.").format(why=exc)
