"""Checks that tell whether a file is an mpdesk profile we can open, each failure as a sentence.

Order matters for recovery. A save cut short by a crash leaves a ``-journal`` beside the file,
and only a read-write connection lets SQLite roll it back; so a file with a journal is first
visited read-write (which repairs it) and only then checked. A file without one is checked
over a read-only connection where that is all the caller needs, and left byte-for-byte as it was.
"""

from __future__ import annotations

import errno
import os
import re
import sqlite3
import stat
from pathlib import Path

from mpdesk.i18n import tr
from mpdesk.models.errors import ProfileFileError
from mpdesk.stored_query import lenient_text  # the one decoding of stored text (also sqlite3-only readers')

SQLITE_MAGIC = b"SQLite format 3\x00"
APPLICATION_ID = 0x4D504453  # "MPDS": marks the SQLite file as an mpdesk profile
_VERSION = re.compile(r"[0-9]{1,6}")  # ASCII digits only: '²'.isdigit() is True, int('²') fails


def _folder(path: Path) -> str:
    return os.path.dirname(os.path.abspath(path))  # never resolve(): a symlink loop would raise


def _fail(text: str, path: Path, **extra: object) -> ProfileFileError:
    return ProfileFileError(tr("ProfileFile", text).format(name=path.name, folder=_folder(path), **extra))


def journal_path(path: Path) -> Path:
    return path.with_name(path.name + "-journal")


def has_journal(path: Path) -> bool:
    return any(path.with_name(path.name + side).exists() for side in ("-journal", "-wal"))


def check_path(path: Path) -> None:
    """Refuse what is missing, a folder, a pipe or a device, before anything reads from it."""
    try:
        info = os.stat(path)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise _fail("{name} is a link that points back to itself, so there is no file to open.", path) from exc
        if isinstance(exc, (FileNotFoundError, NotADirectoryError)):
            raise _fail("The file {name} does not exist in {folder}. It may have been moved, renamed or deleted.",
                        path) from exc
        raise _fail("The file {name} cannot be read ({why}). Check that you have permission to open it.",
                    path, why=exc.strerror or exc) from exc
    if stat.S_ISDIR(info.st_mode):
        raise _fail("{name} is a folder, not an mpdesk profile file.", path)
    if not stat.S_ISREG(info.st_mode):  # a FIFO would block the first read forever
        raise _fail("{name} is not an ordinary file (it is a device or a pipe), so it cannot be a profile.", path)


def check_header(path: Path) -> None:
    """Refuse what is not SQLite at all, before SQLite ever touches it."""
    check_path(path)
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except OSError as exc:
        raise _fail("The file {name} cannot be read ({why}). Check that you have permission to open it.",
                    path, why=exc.strerror or exc) from exc
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        raise not_a_database(path, header)


def not_a_database(path: Path, header: bytes) -> ProfileFileError:
    """What the file is instead: asking for the .mpdesk extension is no help when the name has it."""
    if not path.name.lower().endswith(".mpdesk"):
        return _fail("{name} is not an mpdesk profile: it is not a database file. "
                     "Choose a file with the .mpdesk extension.", path)
    if not header:
        return _fail("{name} is not an mpdesk profile: the file is empty. Open another copy of the profile, "
                     "or create a new one.", path)
    if _looks_like_text(header):
        return _fail("{name} is not an mpdesk profile: it is a text file that was given the .mpdesk extension. "
                     "Open the profile itself (mpdesk writes it as a database file), or create a new one.", path)
    return _fail("{name} is not an mpdesk profile: its name ends in .mpdesk, but its content is not an mpdesk "
                 "database (it may be another kind of file that was renamed, or a damaged copy). Open another "
                 "copy of the profile.", path)


def _looks_like_text(header: bytes) -> bool:
    """UTF-8 (or ASCII) without control characters other than tabs and line ends."""
    try:
        text = header.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start < len(header) - 3:  # a character cut by the 100-byte read is still text
            return False
        text = header[:exc.start].decode("utf-8")
    return all(ch.isprintable() or ch in "\t\r\n\ufeff" for ch in text)


def check_length(path: Path) -> None:
    """A file shorter than its header says was cut short; only valid once no journal is left."""
    with path.open("rb") as handle:
        header = handle.read(100)
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    page_count = int.from_bytes(header[28:32], "big")
    if page_count and path.stat().st_size < page_size * page_count:
        raise _fail("{name} is damaged: the file is shorter than it should be, as if a copy or download "
                    "was cut short. Open an earlier copy or ask the sender to send it again.", path)


def connect(path: Path, writable: bool) -> sqlite3.Connection:
    """A connection that never creates the file; read-only ones cannot write a byte."""
    uri = f"{Path(os.path.abspath(path)).as_uri()}?mode={'rw' if writable else 'ro'}"
    conn = sqlite3.connect(uri, uri=True, timeout=5, isolation_level=None, check_same_thread=False)
    conn.text_factory = lenient_text
    return conn


def read_only_connection(path: Path) -> sqlite3.Connection:
    return connect(path, writable=False)


def recover(path: Path) -> None:
    """Let SQLite roll back a save that a crash cut short (the journal beside the file)."""
    if not has_journal(path):
        return
    if not _can_write(path):
        raise _fail("{name} was being saved when mpdesk or the computer stopped, and the unfinished save can only "
                    "be undone where the file can be written. Copy {name} together with {name}-journal to a "
                    "folder you can write to and open it there.", path)
    try:
        conn = connect(path, writable=True)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # reading rolls a hot journal back
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise storage_error(path, exc) from exc


def _can_write(path: Path) -> bool:
    return os.access(path, os.W_OK) and os.access(_folder(path), os.W_OK)


def storage_error(path: Path, exc: BaseException) -> ProfileFileError:
    """The sentence for an SQLite or OS failure while opening."""
    text = str(exc).lower()
    if "full" in text or getattr(exc, "errno", None) == errno.ENOSPC:
        return _fail("{name} cannot be opened because the disk is full. Free some space and open it again; "
                     "nothing in the file has been lost.", path)
    if "readonly" in text or "read-only" in text:
        return _fail("{name} cannot be opened for editing because the file or its folder is read-only. Copy it to "
                     "a folder you can write to (for example Documents) and open it there.", path)
    if "locked" in text or "busy" in text:
        return _fail("{name} is being written by another program. Close that program and open the file again.",
                     path)
    return _fail("{name} is damaged and cannot be read ({why}). Open an earlier copy of the profile.",
                 path, why=exc)


def read_schema_version(conn: sqlite3.Connection, path: Path, tables: frozenset[str], latest: int) -> int:
    """The file's schema version; refuses damaged files and databases that are not profiles."""
    try:
        if conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise _fail("{name} is damaged: its database structure failed the integrity check. "
                        "Open an earlier copy or the backup made before the last upgrade.", path)
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        present = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if app_id != APPLICATION_ID or "file_meta" not in present:
            raise _fail("{name} is a database, but not an mpdesk profile. Choose a file created by mpdesk.", path)
        row = conn.execute("SELECT value FROM file_meta WHERE key='schema_version'").fetchone()
        if row is None or not _VERSION.fullmatch(str(row[0])):
            raise _fail("{name} is damaged: it does not say which version of mpdesk wrote it. Open an earlier copy "
                        "of the profile, or the backup made before the last upgrade.", path)
        version = int(row[0])
        missing = sorted(tables - present)
        if version == latest and missing:
            raise _fail("{name} is damaged: part of it is missing (the table {table}). Open an earlier copy of "
                        "the profile.", path, table=missing[0])
        return version
    except sqlite3.DatabaseError as exc:
        raise storage_error(path, exc) from exc
    except UnicodeDecodeError as exc:   # a tampered byte inside the file's own table names or settings
        raise storage_error(path, exc) from exc


def check_writable(path: Path) -> None:
    """mpdesk saves every edit at once, so it needs to write both the file and its folder."""
    if not os.access(path, os.W_OK) or _marked_read_only(path):
        raise _fail("{name} is read-only, and mpdesk saves every edit at once. Copy the file to a folder "
                    "you can write to (for example Documents), or remove the read-only setting, then open it again.",
                    path)
    if not os.access(_folder(path), os.W_OK):
        raise _fail("The folder {folder} cannot be written to, and mpdesk saves every edit at once. "
                    "Copy {name} to a folder you can write to (for example Documents) and open it there.", path)


def _marked_read_only(path: Path) -> bool:
    """No write bit at all: an administrator (root) could still write, but the user asked for read-only."""
    return path.stat().st_mode & 0o222 == 0


def can_edit(path: Path) -> bool:
    try:
        check_writable(path)
    except ProfileFileError:
        return False
    return True
