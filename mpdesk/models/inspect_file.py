"""Read-only checks that tell whether a file is an mpdesk profile we can open.

Everything here opens the file read-only, so a refused file is left byte-for-byte unchanged.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from mpdesk.i18n import tr
from mpdesk.models.errors import ProfileFileError

SQLITE_MAGIC = b"SQLite format 3\x00"
APPLICATION_ID = 0x4D504453  # "MPDS": marks the SQLite file as an mpdesk profile


def _fail(text: str, path: Path, **extra: object) -> ProfileFileError:
    return ProfileFileError(tr("ProfileFile", text).format(name=path.name, folder=str(path.resolve().parent), **extra))


def check_header(path: Path) -> None:
    """Refuse what is missing, not SQLite, or cut short, before SQLite ever touches it."""
    if not path.exists():
        raise _fail("The file {name} does not exist in {folder}. It may have been moved, renamed or deleted.", path)
    if path.is_dir():
        raise _fail("{name} is a folder, not an mpdesk profile file.", path)
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except OSError as exc:
        raise _fail("The file {name} cannot be read ({why}). Check that you have permission to open it.",
                    path, why=exc.strerror or exc) from exc
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        raise _fail("{name} is not an mpdesk profile: it is not a database file. "
                    "Choose a file with the .mpdesk extension.", path)
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    page_count = int.from_bytes(header[28:32], "big")
    if page_count and path.stat().st_size < page_size * page_count:
        raise _fail("{name} is damaged: the file is shorter than it should be, as if a copy or download "
                    "was cut short. Open an earlier copy or ask the sender to send it again.", path)


def read_only_connection(path: Path) -> sqlite3.Connection:
    uri = f"{path.resolve().as_uri()}?mode=ro"
    return sqlite3.connect(uri, uri=True)


def read_schema_version(path: Path) -> int:
    """The file's schema version; refuses damaged files and databases that are not profiles."""
    try:
        conn = read_only_connection(path)
    except sqlite3.Error as exc:
        raise _fail("{name} cannot be opened: {why}.", path, why=exc) from exc
    try:
        if conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise _fail("{name} is damaged: its database structure failed the integrity check. "
                        "Open an earlier copy or the backup made before the last upgrade.", path)
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        has_meta = conn.execute(
            "SELECT count(*) FROM sqlite_master WHERE type='table' AND name='file_meta'").fetchone()[0]
        if app_id != APPLICATION_ID or not has_meta:
            raise _fail("{name} is a database, but not an mpdesk profile. Choose a file created by mpdesk.", path)
        row = conn.execute("SELECT value FROM file_meta WHERE key='schema_version'").fetchone()
        if row is None or not str(row[0]).isdigit():
            raise _fail("{name} is damaged: it does not say which version of mpdesk wrote it.", path)
        return int(row[0])
    except sqlite3.DatabaseError as exc:
        raise _fail("{name} is damaged and cannot be read ({why}). Open an earlier copy of the profile.",
                    path, why=exc) from exc
    finally:
        conn.close()


def check_writable(path: Path) -> None:
    """mpdesk saves every edit at once, so it needs to write both the file and its folder."""
    if not os.access(path, os.W_OK) or _marked_read_only(path):
        raise _fail("{name} is read-only, and mpdesk saves every edit at once. Copy the file to a folder "
                    "you can write to (for example Documents), or remove the read-only setting, then open it again.",
                    path)
    if not os.access(path.parent, os.W_OK):
        raise _fail("The folder {folder} cannot be written to, and mpdesk saves every edit at once. "
                    "Copy {name} to a folder you can write to (for example Documents) and open it there.", path)


def _marked_read_only(path: Path) -> bool:
    """No write bit at all: an administrator (root) could still write, but the user asked for read-only."""
    return path.stat().st_mode & 0o222 == 0
