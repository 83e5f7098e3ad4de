"""The Data sheet's stored figures read in a second process while the first loads the report data.

A large profile's workbook spends seconds reading its Data rows (hundreds of thousands of figures)
and seconds loading the report data; neither needs the other, so on a computer with two cores the
Data rows come from a second process (``multiprocessing``, the "spawn" way on every system, so
Windows, macOS, Linux and the frozen installer behave alike; the programs' entry points call
``multiprocessing.freeze_support``). That process opens the profile read-only by its path, with
sqlite3 alone (no SQLAlchemy: it stays small, about 30 MB), reads the same rows in the same order as
``services.figures.stored_rows`` and groups them into series (``group_series``); the words, the
order and the number formats are made by the export itself (``figures.data_rows``).

It is only a way to go faster: if the process cannot start (a system that refuses it, a frozen
build without the support) or stops (killed, out of memory, an import that fails), or what it read
no longer matches the export, the export reads the rows itself, and only a small profile (under
``MIN_FIGURES``) is never worth a second process. The process is stopped however the export ends
(cancelled, failed, written) and stops by itself when the export's process is gone.
"""

from __future__ import annotations

import multiprocessing
import sqlite3
from array import array
from dataclasses import dataclass
from itertools import chain
from operator import itemgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable

from mpdesk.stored_query import read_batches

if TYPE_CHECKING:
    from multiprocessing.connection import Connection
    from multiprocessing.process import BaseProcess

    from mpdesk.services.workspace import Workspace

MIN_FIGURES = 40_000   # below, reading in the export's own process is quicker than starting a second one
WAIT_SECONDS = 60.0   # at most this long for an answer once the export needs it (a few seconds of work)
BATCH = 2_000   # rows fetched at a time: a small batch keeps the second process small

# A stored series: every field of a figure (``services.figures.ROW_FIELDS``) but its year, value,
# ids and order: indicator, sex, age group, partner, category, unit, source, note, status, provenance,
# preferred. ``RAW_SERIES`` takes them from a stored row, in C.
RAW_SERIES = itemgetter(0, 2, 3, 4, 5, 7, 8, 9, 10, 11, 12)
YEAR, VALUE = 1, 6
NAN = float("nan")


@dataclass
class StoredSeries:
    """The Data sheet's stored figures as read, grouped by series, no word made yet: ``years`` the
    year columns (ascending), ``series`` each (series fields, its figures: one float per year,
    NaN where it has none), in the order of their first figure in ``stored_rows``; ``keys`` the
    indicators read. An ``array`` of floats, not a list of float objects: a third of the memory,
    and sent between processes as one block of bytes. (SQLite stores no NaN: it is never a figure.)"""

    keys: list[str]
    years: list[int]
    series: list[tuple[tuple, array]]


def group_series(rows: Iterable[tuple], years: list[int]) -> list[tuple[tuple, array]]:
    """Stored rows -> each series' figures (``RAW_SERIES``; see ``StoredSeries``), a place per year of
    ``years``. One-to-one: a second figure of the same series and year (none in a profile, whose
    cells are unique per source) goes to a second array of that series, so nothing is lost."""
    column = {year: index for index, year in enumerate(years)}
    blank = array("d", [NAN]) * len(years)
    found: dict[tuple, array] = {}
    more: dict[tuple, list[array]] = {}
    get, words = found.get, dict[Any, Any]()
    share = words.setdefault   # a text of many series (indicator, source, status) kept once, not once a series
    for row in rows:
        raw = RAW_SERIES(row)
        values = get(raw)
        if values is None:
            values = found[tuple(map(share, raw, raw))] = blank[:]
        place = column[row[YEAR]]
        if values[place] != values[place]:   # NaN: the year is free
            values[place] = row[VALUE]
        else:
            _place_again(more.setdefault(raw, []), place, row[VALUE], blank)
    return [(raw, values) for raw, first in found.items() for values in (first, *more.get(raw, ()))]


def _place_again(rows: list[array], place: int, value: float, blank: array) -> None:
    for target in rows:
        if target[place] != target[place]:
            target[place] = value
            return
    rows.append(blank[:])
    rows[-1][place] = value


# -- the export's side ----------------------------------------------------------------------------

class SeriesJob:
    """The second process reading the Data sheet's series; ``result`` waits for them, ``stop`` ends it."""

    def __init__(self, process: "BaseProcess", connection: "Connection", keys: list[str], years: list[int]) -> None:
        self.process, self.connection, self.keys, self.years = process, connection, keys, years

    def result(self, keys: list[str], waiting: Callable[[], None] | None = None) -> StoredSeries | None:
        """The series read, or None (the caller reads them itself) when the process failed or read
        other indicators than ``keys``. ``waiting`` is called while it waits (it may raise
        ExportCancelled); the process is stopped either way."""
        from time import monotonic

        deadline = monotonic() + WAIT_SECONDS
        try:
            while not self.connection.poll(0.2):   # an ended process makes poll() true (its end is closed)
                if waiting is not None:
                    waiting()
                if monotonic() > deadline:   # stuck (stopped, starved): not worth waiting for any longer
                    return None
            message = self.connection.recv()
        except (EOFError, OSError, ValueError):   # the process ended without an answer, or a broken one
            return None
        except Exception:   # noqa: BLE001 - an answer that cannot be read (pickle): read the rows here
            return None
        finally:
            self.stop()
        if not isinstance(message, StoredSeries) or message.keys != keys or message.years != self.years:
            return None
        return message

    def stop(self) -> None:
        """End the process if it still runs (a cancelled or failed export) and free what it holds.
        Killed, not asked: it writes nothing and holds no lock, so there is nothing to tidy."""
        process = self.process
        self.connection.close()
        try:
            if process.exitcode is None:
                process.kill()
            process.join()
            process.close()
        except ValueError:   # closed already (stopped twice)
            pass


def start_series(ws: "Workspace", keys: list[str]) -> SeriesJob | None:
    """The series of ``keys``' stored figures read by a second process, or None when it is not
    worth one (a small profile) or none can be started (the caller reads them itself)."""
    from mpdesk.services.figures import stored_count, stored_rows_query, stored_years

    query = stored_rows_query(keys, with_ids=False)
    if query is None or stored_count(ws, keys) < MIN_FIGURES:
        return None
    years = stored_years(ws, keys)
    try:
        context = multiprocessing.get_context("spawn")
        mine, theirs = context.Pipe(duplex=False)
    except (OSError, ValueError):
        return None
    process = context.Process(target=read_series, args=(str(ws.path), query[0], query[1], keys, years, theirs),
                              name="mpdesk-data-rows", daemon=True)
    try:
        process.start()
    except Exception:   # noqa: BLE001 - whatever stops a start (no fork/spawn, a frozen build): read here
        mine.close()
        return None
    finally:
        theirs.close()   # the child's end is the child's now: its exit closes it, and poll() sees that
    return SeriesJob(process, mine, keys, years)


# -- the second process ---------------------------------------------------------------------------

def read_series(path: str, sql: str, params: tuple, keys: list[str], years: list[int], answer: "Connection") -> None:
    """Runs in the second process: read the rows read-only (``mode=ro``: not a byte written, no lock
    kept) and send the series back; on any failure send nothing (the export reads the rows itself)."""
    parent = multiprocessing.parent_process()
    try:
        connection = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True, timeout=5)
        batches = read_batches(connection, sql, params, BATCH)
        try:
            rows = chain.from_iterable(_while_alive(batches, parent))
            answer.send(StoredSeries(keys, years, group_series(rows, years)))
        finally:
            batches.close()   # its cursor first (a read stopped halfway), then the connection
            connection.close()
    except Exception:   # noqa: BLE001 - never a traceback on the console: the export goes on without us
        pass
    finally:
        answer.close()


def _while_alive(batches: Iterable[list[tuple]], parent: Any) -> Iterable[list[tuple]]:
    """The batches, as long as the export's process is there (else stop: nobody waits for them)."""
    for batch in batches:
        if parent is not None and not parent.is_alive():
            raise ProcessLookupError("the export's process ended")
        yield batch
