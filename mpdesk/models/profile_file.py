"""Create, open and upgrade ``.mpdesk`` profile files.

A profile file is a single SQLite database, the whole truth: every edit is committed at once
with the rollback journal (not WAL), so a copy of the file after any commit is complete.
"""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, select
from sqlalchemy.orm import Session, sessionmaker

import mpdesk
from mpdesk.i18n import tr
from mpdesk.models import entities  # noqa: F401  (registers every table on Base.metadata)
from mpdesk.models.base import Base, utc_now
from mpdesk.models.errors import ProfileFileError
from mpdesk.models.inspect_file import APPLICATION_ID, check_header, check_writable, read_schema_version
from mpdesk.models.lock import FileLock
from mpdesk.models.profile import FileMeta

FILE_SUFFIX = ".mpdesk"


def latest_schema_version() -> int:
    from mpdesk.models.migrations import LATEST_VERSION  # alembic is imported only when needed

    return LATEST_VERSION


def _configure_connection(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=DELETE")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.close()


def make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}", connect_args={"check_same_thread": False})
    event.listen(engine, "connect", _configure_connection)
    return engine


@dataclass
class OpenReport:
    """What happened while opening, for the UI to tell the user."""

    upgraded_from: int | None = None
    backup_path: Path | None = None
    previous_session_abrupt: bool = False
    last_saved: str = ""


class ProfileFile:
    """An open profile file: its engine, its session factory and the lock that keeps it ours."""

    def __init__(self, path: Path, engine: Engine, lock: FileLock, report: OpenReport) -> None:
        self.path = path
        self.engine = engine
        self.sessions = sessionmaker(engine, expire_on_commit=False)
        self.lock = lock
        self.report = report

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
            with self.session() as session:
                _set_meta(session, "session_state", "closed")
                session.commit()
        except Exception:  # noqa: BLE001 - closing must never fail; the data is already committed
            pass
        self.engine.dispose()
        self.lock.release()


def _set_meta(session: Session, key: str, value: str) -> None:
    row = session.get(FileMeta, key)
    if row is None:
        session.add(FileMeta(key=key, value=value))
    else:
        row.value = value


def _lock_or_fail(path: Path) -> FileLock:
    lock = FileLock(path)
    try:
        acquired = lock.acquire()
    except OSError as exc:
        raise ProfileFileError(tr("ProfileFile", "mpdesk cannot open {name}: {why}.").format(
            name=path.name, why=exc.strerror or exc)) from exc
    if not acquired:
        raise ProfileFileError(tr(
            "ProfileFile", "{name} is already open in another mpdesk window. Switch to that window, "
            "or close it before opening the file here.").format(name=path.name))
    return lock


def _mark_session_open(profile_file: ProfileFile) -> None:
    with profile_file.session() as session:
        state = session.get(FileMeta, "session_state")
        saved = session.get(FileMeta, "last_saved")
        profile_file.report.previous_session_abrupt = bool(state and state.value == "open")
        profile_file.report.last_saved = saved.value if saved else ""
        _set_meta(session, "session_state", "open")
        _set_meta(session, "app_version", mpdesk.__version__)
        session.commit()


def create_profile_file(path: Path) -> ProfileFile:
    """A new, empty profile file at the latest schema. Refuses to overwrite an existing file."""
    path = Path(path)
    if path.exists():
        raise ProfileFileError(tr("ProfileFile", "{name} already exists. Choose another name, or open it instead.")
                               .format(name=path.name))
    if not path.parent.is_dir():
        raise ProfileFileError(tr("ProfileFile", "The folder {folder} does not exist.").format(folder=path.parent))
    try:
        path.touch(exist_ok=False)
    except OSError as exc:
        raise ProfileFileError(tr("ProfileFile", "mpdesk cannot create {name} in {folder}: {why}. "
                                  "Choose a folder you can write to, such as Documents.")
                               .format(name=path.name, folder=path.parent, why=exc.strerror or exc)) from exc
    lock = _lock_or_fail(path)
    engine = make_engine(path)
    try:
        with engine.begin() as conn:
            conn.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
        Base.metadata.create_all(engine)
        with Session(engine) as session:
            for key, value in (("schema_version", str(latest_schema_version())),
                               ("created_with", mpdesk.__version__), ("created_at", utc_now().isoformat())):
                _set_meta(session, key, value)
            session.commit()
    except Exception as exc:
        engine.dispose()
        lock.release()
        path.unlink(missing_ok=True)
        raise ProfileFileError(tr("ProfileFile", "mpdesk could not write {name}: {why}. Check that the disk "
                                  "has free space and that you can write to the folder.")
                               .format(name=path.name, why=exc)) from exc
    profile_file = ProfileFile(path, engine, lock, OpenReport())
    _mark_session_open(profile_file)
    return profile_file


def open_profile_file(path: Path) -> ProfileFile:
    """Open an existing profile, upgrading an older schema after writing a backup beside it."""
    path = Path(path)
    check_header(path)
    version = read_schema_version(path)
    latest = latest_schema_version()
    if version > latest:
        raise ProfileFileError(tr(
            "ProfileFile", "{name} was saved by a newer version of mpdesk (file format {found}); this version "
            "reads formats up to {latest}. Install the latest mpdesk to open it; the file has not been changed.")
            .format(name=path.name, found=version, latest=latest))
    check_writable(path)
    lock = _lock_or_fail(path)
    report = OpenReport()
    try:
        if version < latest:
            report.backup_path = _backup(path, version)
            _upgrade(path, version, latest)
            report.upgraded_from = version
    except Exception:
        lock.release()
        raise
    profile_file = ProfileFile(path, make_engine(path), lock, report)
    _mark_session_open(profile_file)
    return profile_file


def _backup(path: Path, version: int) -> Path:
    backup = path.with_name(f"{path.stem}.before-upgrade-v{version}{path.suffix}")
    counter = 2
    while backup.exists():
        backup = path.with_name(f"{path.stem}.before-upgrade-v{version}-{counter}{path.suffix}")
        counter += 1
    try:
        shutil.copy2(path, backup)
    except OSError as exc:
        backup.unlink(missing_ok=True)
        raise ProfileFileError(tr(
            "ProfileFile", "{name} needs upgrading, but mpdesk could not write a backup copy first ({why}). "
            "Free some disk space and try again; the file has not been changed.")
            .format(name=path.name, why=exc.strerror or exc)) from exc
    return backup


def _upgrade(path: Path, version: int, latest: int) -> None:
    from alembic.migration import MigrationContext
    from alembic.operations import Operations

    from mpdesk.models.migrations import STEPS

    engine = make_engine(path)
    try:
        with engine.begin() as conn:  # one transaction: an upgrade completes or leaves the file as it was
            operations = Operations(MigrationContext.configure(conn))
            for step in range(version, latest):
                STEPS[step](operations)
            conn.exec_driver_sql("UPDATE file_meta SET value = ? WHERE key = 'schema_version'", (str(latest),))
    except Exception as exc:
        raise ProfileFileError(tr(
            "ProfileFile", "mpdesk could not upgrade {name} ({why}). The file has been left as it was.")
            .format(name=path.name, why=exc)) from exc
    finally:
        engine.dispose()


def read_meta(session: Session) -> dict[str, str]:
    return {row.key: row.value for row in session.scalars(select(FileMeta))}
