"""Reading rows of a profile file with sqlite3 alone (no SQLAlchemy, no other mpdesk module): the
batches and the text decoding behind ``services.figures.stored_rows``, also used by the Excel
export's second process (``export.excel.parallel``), which reads the Data sheet's figures while the
first loads the report data and must stay small (importing SQLAlchemy would add about 30 MB to it).
"""

from __future__ import annotations

import sqlite3
from typing import Any, Callable, Generator


def lenient_text(data: bytes) -> str:
    """Stored text that is not valid UTF-8 (edited by another tool) is shown with U+FFFD, not refused."""
    return data.decode("utf-8", "replace")


def read_batches(raw: sqlite3.Connection, sql: str, params: tuple, batch: int) -> Generator[list[tuple], None, None]:
    """The rows of ``sql`` in batches of plain DB-API tuples, from an open sqlite3 connection.

    sqlite3's own decoding first (fast: no Python call per text); text that is not valid UTF-8
    (a file edited by another tool) stops it, and the read goes on from that row with the
    file's lenient decoding (U+FFFD), as every other read of the file does."""
    done = 0
    for factory in (str, lenient_text):
        cursor = raw.cursor()
        try:
            _with_texts(raw, factory, cursor.execute, sql, params)
            skip = done
            while rows := _with_texts(raw, factory, cursor.fetchmany, batch):
                if skip:
                    rows, skip = rows[skip:], max(0, skip - len(rows))
                    if not rows:
                        continue
                done += len(rows)
                yield rows
            return
        except sqlite3.OperationalError:
            if factory is lenient_text:
                raise
        finally:
            cursor.close()


def _with_texts(raw: Any, factory: Callable, call: Callable, *args: object) -> Any:
    """``call(*args)`` with ``factory`` decoding texts; the connection's own one again after, so a
    caller's other queries between two batches decode as always."""
    before = raw.text_factory
    raw.text_factory = factory
    try:
        return call(*args)
    finally:
        raw.text_factory = before
