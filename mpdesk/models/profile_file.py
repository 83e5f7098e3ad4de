"""Create, open and upgrade ``.mpdesk`` profile files.

A profile file is a single SQLite database, the whole truth: every edit is committed at once
with the rollback journal (not WAL), so a copy of the file after any commit is complete.
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, insert, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

import mpdesk
from mpdesk.atomic import atomic_path
from mpdesk.i18n import tr
from mpdesk.models import entities  # noqa: F401  (registers every table on Base.metadata)
from mpdesk.models import inspect_file, validate
from mpdesk.models.base import Base, utc_now
from mpdesk.models.errors import ProfileFileError
from mpdesk.models.inspect_file import APPLICATION_ID, check_writable
from mpdesk.models.lock import FileLock
from mpdesk.models.operations import Operation, add as add_record, take_interrupted
from mpdesk.models.profile import FileMeta

FILE_SUFFIX = ".mpdesk"


def latest_schema_version() -> int:
    from mpdesk.models.migrations import LATEST_VERSION  # alembic is imported only when needed

    return LATEST_VERSION


def _configure_connection(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    dbapi_connection.text_factory = inspect_file.lenient_text
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=DELETE")  # the rollback journal: a copy of a closed file is complete
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.close()


def _explicit_transactions(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    # pysqlite would otherwise commit DDL (CREATE TABLE) outside the transaction it opens lazily
    # before DML; with its autocommit off, the 'begin' hook below opens the transaction itself, so an
    # upgrade or a new file's schema is one transaction that completes or vanishes.
    dbapi_connection.isolation_level = None


def _begin(conn) -> None:
    conn.exec_driver_sql("BEGIN")


def make_engine(path: Path, read_only: bool = False, ddl: bool = False) -> Engine:
    """The engine of a profile file. ``ddl``: for schema changes, every statement inside one transaction.

    Everyday engines keep pysqlite's own transactions (a read takes no lock until it writes), so a
    long-lived read session never keeps a save waiting.
    """
    if read_only:  # no byte of the file is written, not even its header
        engine = create_engine("sqlite://", creator=lambda: inspect_file.connect(path, writable=False))
        event.listen(engine, "connect", _configure_read_only)
        return engine
    engine = create_engine(f"sqlite:///{path}", connect_args={"check_same_thread": False})
    event.listen(engine, "connect", _configure_connection)
    if ddl:
        event.listen(engine, "connect", _explicit_transactions)
        event.listen(engine, "begin", _begin)
    return engine


def _configure_read_only(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    dbapi_connection.execute("PRAGMA query_only=ON")


def _oldest_schema_version() -> int:
    from mpdesk.models.migrations import STEPS

    return min(STEPS)


@dataclass
class OpenReport:
    """What happened while opening, for the UI to tell the user."""

    upgraded_from: int | None = None
    backup_path: Path | None = None
    previous_session_abrupt: bool = False
    last_saved: str = ""
    interrupted: list[Operation] = field(default_factory=list)  # imports, exports a kill cut short
    # a journal was left: a save was under way when mpdesk stopped, and it was undone. Which save is not
    # known (an edit, or the record of an import or export about to start: models.operations.start)
    save_undone: bool = False


class _NoLock:
    """A read-only opening holds no lock: it writes nothing, and SQLite keeps its reads consistent."""

    def release(self) -> None:
        pass


class ProfileFile:
    """An open profile file: its engine, its session factory and the lock that keeps it ours."""

    def __init__(self, path: Path, engine: Engine, lock: FileLock | _NoLock, report: OpenReport,
                 read_only: bool = False) -> None:
        self.path = path
        self.engine = engine
        self.sessions = sessionmaker(engine, expire_on_commit=False)
        self.lock = lock
        self.report = report
        self.read_only = read_only
        # (connection, PRAGMA data_version) once the opening wrote: see ``_checked_marker``
        self._opened_on: tuple[object, int] | None = None
        # the record the opening wrote for the operation it was opened for (``open_profile_file(starting=)``):
        # the closing transaction removes it, so a kill while closing still finds it
        self.starting: Operation | None = None
        # records kept until their work's end is told or the profile closes (``operations.start(until_close=True)``:
        # the window's import, from its preview to the dialog's closing); the closing transaction removes those left
        self.kept_records: list[Operation] = []
        self.closed = False   # after ``close`` nothing more is written (a dialog may outlive its profile)

    def session(self) -> Session:
        return self.sessions()

    def meta(self, key: str, default: str = "") -> str:
        with self.session() as session:
            row = session.get(FileMeta, key)
            return row.value if row else default

    def schema_version(self) -> int:
        return int(self.meta("schema_version", "0"))

    def close(self) -> None:
        try:
            if not self.read_only:
                with self.session() as session:
                    _set_meta(session, "session_state", "closed")
                    for record in [self.starting, *self.kept_records]:
                        if record is not None:
                            end_record(session, record)
                    session.flush()   # the write lock is ours: no other program commits before this does
                    marker = self._checked_marker(session)
                    if marker is not None:
                        _set_meta(session, validate.CHECKED_KEY, marker)
                    session.commit()
        except Exception:  # noqa: BLE001 - closing must never fail; the data is already committed
            pass
        self.closed = True
        self.engine.dispose()
        self.lock.release()

    def _checked_marker(self, session: Session) -> str | None:
        """The change counter this closing commit will leave (``validate.values_known_good``), when
        every write since the checked opening was this connection's own: SQLite's data_version
        changes when another connection (another program, another thread) commits. None otherwise:
        the next opening then checks every value."""
        raw = session.connection().connection.dbapi_connection
        if raw is None or self._opened_on is None or self._opened_on[0] is not raw:
            return None
        try:
            if raw.execute("PRAGMA data_version").fetchone()[0] != self._opened_on[1]:
                return None
        except sqlite3.Error:   # no marker, never a failed closing: the next opening checks
            return None
        counter = validate.change_counter(self.path)
        return None if counter is None else str((counter + 1) % 2**32)


def end_record(session: Session, operation: Operation) -> None:
    """Remove an operation's record whatever its state (the closing ends what the opening started)."""
    row = session.get(FileMeta, operation.key)
    if row is not None:
        session.delete(row)


def _set_meta(session: Session, key: str, value: str) -> None:
    row = session.get(FileMeta, key)
    if row is None:
        session.add(FileMeta(key=key, value=value))
    else:
        row.value = value


def _lock_or_fail(path: Path) -> FileLock:
    try:
        lock = FileLock(path)
        acquired = lock.acquire()
    except OSError as exc:
        raise ProfileFileError(tr("ProfileFile", "mpdesk cannot open {name}: {why}.").format(
            name=path.name, why=exc.strerror or exc)) from exc
    if not acquired:
        raise ProfileFileError(tr(
            "ProfileFile", "{name} is already open in another mpdesk window. Switch to that window, "
            "or close it before opening the file here.").format(name=path.name))
    return lock


def _mark_session_open(profile_file: ProfileFile, starting: Operation | None = None) -> None:
    with profile_file.session() as session:
        state = session.get(FileMeta, "session_state")
        saved = session.get(FileMeta, "last_saved")
        profile_file.report.previous_session_abrupt = bool(state and state.value == "open")
        profile_file.report.last_saved = saved.value if saved else ""
        if profile_file.read_only:
            return
        profile_file.report.interrupted = take_interrupted(session)  # told once, then forgotten
        _set_meta(session, "session_state", "open")
        _set_meta(session, "app_version", mpdesk.__version__)
        if starting is not None:   # in the opening's own transaction: no moment of the command goes unrecorded
            add_record(session, starting)
            profile_file.starting = starting
        session.flush()
        # the values were checked: note this connection and its data_version (unchanged by its own
        # commits), so the closing can tell whether anything else wrote in between
        raw = session.connection().connection.dbapi_connection
        if raw is not None:
            profile_file._opened_on = (raw, raw.execute("PRAGMA data_version").fetchone()[0])
        session.commit()


def create_profile_file(path: Path) -> ProfileFile:
    """A new, empty profile file at the latest schema. Refuses to overwrite an existing file.

    The schema is written under a temporary name and renamed when complete, so a kill or a full
    disk never leaves a half-made profile under the chosen name.
    """
    path = Path(path)
    if path.exists() or path.is_symlink():
        raise ProfileFileError(tr("ProfileFile", "{name} already exists. Choose another name, or open it instead.")
                               .format(name=path.name))
    if not path.parent.is_dir():
        raise ProfileFileError(tr("ProfileFile", "The folder {folder} does not exist.").format(folder=path.parent))
    try:
        with atomic_path(path) as partial:
            _write_empty_schema(partial)
    except (OSError, SQLAlchemyError, sqlite3.Error) as exc:
        raise ProfileFileError(tr("ProfileFile", "mpdesk could not write {name} in {folder}: {why}. Check that the "
                                  "disk has free space and that you can write to the folder.")
                               .format(name=path.name, folder=path.parent, why=_why(exc))) from exc
    return open_profile_file(path)


def _why(exc: BaseException) -> object:
    return getattr(exc, "strerror", None) or getattr(exc, "orig", None) or exc


def _write_empty_schema(path: Path) -> None:
    engine = make_engine(path, ddl=True)
    try:
        with engine.begin() as conn:
            conn.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
            Base.metadata.create_all(conn)
            for key, value in (("schema_version", str(latest_schema_version())),
                               ("created_with", mpdesk.__version__), ("created_at", utc_now().isoformat()),
                               ("session_state", "closed")):
                conn.execute(insert(FileMeta).values(key=key, value=value))
    finally:
        engine.dispose()


def open_profile_file(path: Path, read_only: bool = False, starting: Operation | None = None) -> ProfileFile:
    """Open an existing profile, upgrading an older schema after writing a backup beside it.

    ``read_only``: the caller only reads (info, check, export). A file that needs no repair and no
    upgrade is then opened over a read-only connection, so it works on read-only media and not a
    byte of it changes; no lock is taken, since nothing is written.

    ``starting``: the record of the operation the profile is opened for (``models.operations.planned``),
    written in the opening's transaction and removed by the closing's.
    """
    path = Path(path)
    inspect_file.check_header(path)
    read_only = read_only and not inspect_file.has_journal(path)
    lock: FileLock | _NoLock = _NoLock()
    if not read_only:
        check_writable(path)
        lock = _lock_or_fail(path)
    try:
        profile_file = _open_locked(path, read_only, lock, starting)
    except (SQLAlchemyError, sqlite3.Error, OSError) as exc:  # whatever no check foresaw is still a sentence
        lock.release()
        raise inspect_file.storage_error(path, getattr(exc, "orig", None) or exc) from exc
    except BaseException:
        lock.release()
        raise
    return profile_file


def _open_locked(path: Path, read_only: bool, lock: FileLock | _NoLock,
                 starting: Operation | None = None) -> ProfileFile:
    save_undone = inspect_file.has_journal(path)  # a save cut short: recover() rolls it back
    inspect_file.recover(path)  # before any other read: only a read-write visit rolls a journal back
    inspect_file.check_length(path)
    version = _inspected_version(path, read_only)
    latest = latest_schema_version()
    if version > latest:
        raise ProfileFileError(tr(
            "ProfileFile", "{name} was saved by a newer version of mpdesk (file format {found}); this version "
            "reads formats up to {latest}. Install the latest mpdesk to open it; the file has not been changed.")
            .format(name=path.name, found=version, latest=latest))
    if version < _oldest_schema_version():
        raise ProfileFileError(tr(
            "ProfileFile", "{name} is damaged: it says it is in file format {found}, which no mpdesk ever wrote. "
            "Open an earlier copy of the profile; the file has not been changed.").format(name=path.name, found=version))
    report = OpenReport(save_undone=save_undone)
    if version < latest:
        if read_only:  # an upgrade writes: take the lock and open for writing after all
            return open_profile_file(path, read_only=False, starting=starting)
        report.backup_path = _backup(path, version)
        _upgrade(path, version, latest, report.backup_path)
        report.upgraded_from = version
    _check_values(path)
    profile_file = ProfileFile(path, make_engine(path, read_only), lock, report, read_only)
    try:
        _mark_session_open(profile_file, starting)
    except SQLAlchemyError as exc:
        profile_file.engine.dispose()
        raise inspect_file.storage_error(path, getattr(exc, "orig", exc)) from exc
    return profile_file


def _inspected_version(path: Path, read_only: bool) -> int:
    try:
        conn = inspect_file.connect(path, writable=not read_only)
    except sqlite3.Error as exc:
        raise inspect_file.storage_error(path, exc) from exc
    try:
        return inspect_file.read_schema_version(conn, path, frozenset(Base.metadata.tables), latest_schema_version())
    finally:
        conn.close()


def _check_values(path: Path) -> None:
    """Refuse a file whose rows hold values of the wrong kind (see models/validate.py)."""
    conn = inspect_file.connect(path, writable=False)  # any journal was rolled back by recover()
    try:
        if not validate.values_known_good(conn, path):   # unchanged since mpdesk closed it checked
            validate.check_values(conn, path)
    finally:
        conn.close()


def _backup(path: Path, version: int) -> Path:
    """One backup per series of attempts: a retry after a failed upgrade reuses the copy already made."""
    digest = _sha256(path)
    candidates = [path.with_name(f"{path.stem}.before-upgrade-v{version}{path.suffix}")]
    candidates += [path.with_name(f"{path.stem}.before-upgrade-v{version}-{n}{path.suffix}") for n in range(2, 100)]
    for backup in candidates:
        if backup.exists():
            if _sha256(backup) == digest:
                return backup
            continue
        try:
            with atomic_path(backup) as partial:
                shutil.copyfile(path, partial)
        except OSError as exc:
            raise ProfileFileError(tr(
                "ProfileFile", "{name} needs upgrading, but mpdesk could not write a backup copy first ({why}). "
                "Free some disk space and try again; the file has not been changed.")
                .format(name=path.name, why=exc.strerror or exc)) from exc
        return backup
    raise ProfileFileError(tr("ProfileFile", "{name} needs upgrading, but its folder already holds too many "
                              "backup copies. Move some away and try again.").format(name=path.name))


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _upgrade(path: Path, version: int, latest: int, backup: Path) -> None:
    from alembic.migration import MigrationContext
    from alembic.operations import Operations

    from mpdesk.models.migrations import STEPS

    engine = make_engine(path, ddl=True)
    try:
        with engine.begin() as conn:  # one transaction: an upgrade completes or leaves the file as it was
            operations = Operations(MigrationContext.configure(conn))
            for step in range(version, latest):
                STEPS[step](operations)
            conn.exec_driver_sql("UPDATE file_meta SET value = ? WHERE key = 'schema_version'", (str(latest),))
    except (SQLAlchemyError, sqlite3.Error, OSError) as exc:
        why = inspect_file.storage_error(path, getattr(exc, "orig", exc)).message
        raise ProfileFileError(tr(
            "ProfileFile", "mpdesk could not upgrade {name} to the new file format. {why} The file is still in its "
            "old format, and the copy made before the upgrade is kept as {backup}.")
            .format(name=path.name, why=why, backup=backup)) from exc
    finally:
        engine.dispose()


def read_meta(session: Session) -> dict[str, str]:
    return {row.key: row.value for row in session.scalars(select(FileMeta))}
