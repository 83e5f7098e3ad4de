"""The typed read at open: every stored value is what its column says, or the file is refused.

``PRAGMA quick_check`` proves the file is a sound SQLite database, not that its rows are what
mpdesk wrote: a file edited by hand or by another tool can hold text in a number column, a NULL
where a value belongs, a date that is no date or a JSON column that does
not parse. Any of those would raise deep inside a page or an export. This one pass, derived from
the table definitions, finds the first such value with plain SQL (no row is loaded into Python)
and names it in a sentence, so every reader after it (window, commands, exports) can trust types.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import Boolean, Date, DateTime, Float, Integer, String, Text
from sqlalchemy.sql.schema import Column, Table

from mpdesk.i18n import tr
from mpdesk.models.base import Base
from mpdesk.models.errors import ProfileFileError

# Statuses, kinds and keys are open sets (importers add statuses, the catalogue changes): readers accept
# any text there, and tests/reliability/test_tampered_values.py opens files with unknown ones.
JSON_COLUMNS = {("snapshot", "payload")}


# FileMeta key: the file's change counter (SQLite header, bytes 24-27) when mpdesk last closed it
# after a session whose values were checked and whose every write was mpdesk's own.
CHECKED_KEY = "values_checked_at"


def change_counter(path: Path) -> int | None:
    """SQLite's file change counter, which every committed write transaction of any program changes
    in a rollback-journal file (the profile's mode); None for a file in WAL mode (there it is not
    kept) or a header that cannot be read."""
    try:
        with path.open("rb") as handle:
            header = handle.read(28)
    except OSError:
        return None
    if len(header) < 28 or header[18:20] != b"\x01\x01":
        return None
    return int.from_bytes(header[24:28], "big")


def values_known_good(conn: sqlite3.Connection, path: Path) -> bool:
    """True when the file is byte for byte as mpdesk last closed it after checked values (the change
    counter is the one recorded then): no program has written it since, so the typed read need not
    run again. Any write by another tool (an UPDATE in a database browser, a script) changes the
    counter and the next open checks every value."""
    counter = change_counter(path)
    if counter is None:
        return False
    try:
        row = conn.execute("SELECT value FROM file_meta WHERE key = ?", (CHECKED_KEY,)).fetchone()
    except sqlite3.Error:
        return False
    return row is not None and row[0] == str(counter)


def check_values(conn: sqlite3.Connection, path: Path) -> None:
    """Raise ProfileFileError naming the first stored value of the wrong kind, if there is one."""
    for table in Base.metadata.sorted_tables:
        found = _first_bad(conn, table)
        if found is not None:
            column, value, position = found
            raise ProfileFileError(tr(
                "ProfileFile", "{name} cannot be opened: row {row} of the table '{table}' holds {value} in the column "
                "'{column}', where {expected} belongs. The file was changed outside mpdesk; open an earlier copy of "
                "the profile. The file has not been changed.").format(
                    name=path.name, row=position, table=table.name, value=_shown(value), column=column.name,
                    expected=_expected(table, column)))


def _first_bad(conn: sqlite3.Connection, table: Table) -> tuple[Column, object, int] | None:
    tests = [(column, _condition(table, column)) for column in table.columns]
    cases = " ".join(f"WHEN {condition} THEN {i}" for i, (_, condition) in enumerate(tests))
    row = conn.execute(f'SELECT rowid, which FROM (SELECT rowid, CASE {cases} END AS which FROM "{table.name}") '
                       f'WHERE which IS NOT NULL LIMIT 1').fetchone()
    if row is None:
        return None
    column = tests[row[1]][0]
    value = conn.execute(f'SELECT "{column.name}" FROM "{table.name}" WHERE rowid = ?', (row[0],)).fetchone()[0]
    # the row's position in the table (1 = first), as a user sees it in a spreadsheet of the table
    position = conn.execute(f'SELECT count(*) FROM "{table.name}" WHERE rowid <= ?', (row[0],)).fetchone()[0]
    return column, value, position


def _condition(table: Table, column: Column) -> str:
    """SQL true when the column's value is not what mpdesk would have stored there."""
    name = f'"{column.name}"'
    wrong = _wrong_kind(table, column, name)
    if column.nullable:
        return f"({name} IS NOT NULL AND ({wrong}))"
    return f"({name} IS NULL OR ({wrong}))"


def _wrong_kind(table: Table, column: Column, name: str) -> str:
    kind = column.type
    if isinstance(kind, Boolean):
        return f"typeof({name}) != 'integer' OR {name} NOT IN (0, 1)"
    if isinstance(kind, Integer):
        return f"typeof({name}) != 'integer'"
    if isinstance(kind, Float):
        return f"typeof({name}) NOT IN ('integer', 'real') OR abs({name}) > 1e308"  # 1e999 reads back as inf
    if isinstance(kind, DateTime):  # SQLAlchemy's own text form, 'YYYY-MM-DD HH:MM:SS[.ffffff]'
        return f"typeof({name}) != 'text' OR {_not_a_day(name)} OR {name} NOT GLOB '{_DAY} [0-2][0-9]:[0-5][0-9]:[0-5][0-9]*'"
    if isinstance(kind, Date):
        return f"typeof({name}) != 'text' OR {name} NOT GLOB '{_DAY}' OR {_not_a_day(name)}"
    if (table.name, column.name) in JSON_COLUMNS:
        return f"typeof({name}) != 'text' OR NOT json_valid({name})"
    if isinstance(kind, (String, Text)):
        return f"typeof({name}) != 'text'"
    return "0"


_DAY = "[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]"


def _not_a_day(name: str) -> str:
    """True for a 'YYYY-MM-DD' start that is no day of the calendar ('2021-02-30'). SQLite's date() with a
    modifier (which makes it roll 30 February over to March) is the exact test, but slow on every row:
    it runs only where the day could be past the end of its month."""
    day = f"substr({name}, 1, 10)"
    return (f"substr({name}, 6, 2) NOT BETWEEN '01' AND '12' OR substr({name}, 9, 2) < '01' OR "
            f"(substr({name}, 9, 2) > '28' AND date({day}, '+0 days') IS NOT {day})")


def _expected(table: Table, column: Column) -> str:
    kind = column.type
    if isinstance(kind, Boolean):
        return tr("ProfileFile", "yes (1) or no (0)")
    if isinstance(kind, Integer):
        return tr("ProfileFile", "a whole number")
    if isinstance(kind, Float):
        return tr("ProfileFile", "a number")
    if isinstance(kind, (Date, DateTime)):
        return tr("ProfileFile", "a date")
    if (table.name, column.name) in JSON_COLUMNS:
        return tr("ProfileFile", "JSON text")
    return tr("ProfileFile", "text")


def _shown(value: object) -> str:
    if value is None:
        return tr("ProfileFile", "nothing (NULL)")
    if isinstance(value, bytes):
        return tr("ProfileFile", "binary data")
    text = str(value)
    return repr(text if len(text) <= 40 else text[:40] + "…")
