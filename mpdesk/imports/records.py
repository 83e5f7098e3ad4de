"""The common shape every importer returns: tidy value records plus provenance."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from itertools import repeat
from typing import Any, Iterable, NamedTuple, Sequence

from mpdesk.bulk import collector_paused


class ValueRecord(NamedTuple):
    """One figure: an indicator for one year and one disaggregation.

    A named tuple, not a dataclass: readers make one per row of files of 100,000 rows and more, and a
    tuple is made in C (``tuple.__new__(ValueRecord, cells)``, or ``ValueRecord._make``) at a tenth of a
    frozen dataclass's cost. Immutable like one; change a field with ``record._replace(where=...)``.
    Equal and hashed on the fields up to ``status``: the fields after it (where it was read) are not
    part of a figure's identity.
    """

    indicator: str  # catalogue key, e.g. "immigrant_stock"
    year: int
    value: float
    sex: str = ""  # "", "female", "male"
    age_group: str = ""  # e.g. "0-14", "15-64", "65+" or "" for all ages
    partner: str = ""  # ISO3 of the partner country (origin/destination/asylum) or ""
    category: str = ""
    unit: str = ""  # persons, percent, usd_million, per_1000 ...
    source: str = ""  # human citation
    note: str = ""
    status: str = ""  # what the source says the figure is: estimate, projection, provisional; "" unsaid
    # where in the file the figure was read (``sheet_place`` / ``csv_place``); not part of its identity
    where: str = ""
    # the published file it was first read from, when it came through another file (a tidy CSV's
    # provenance columns); None: the file being read is the source. Not part of its identity.
    origin: "SourceFile | None" = None

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ValueRecord):
            return NotImplemented
        return self[:_IDENTITY] == other[:_IDENTITY]

    def __ne__(self, other: object) -> bool:
        equal = self.__eq__(other)
        return equal if equal is NotImplemented else not equal

    def __hash__(self) -> int:
        return hash(self[:_IDENTITY])


_IDENTITY = ValueRecord._fields.index("status") + 1   # the fields that make a figure: up to status


@dataclass(frozen=True)
class SourceFile:
    """The published file a figure was first read from: its name, sha256 and the place in it
    (``sheet_place`` / ``csv_place`` notation), with publisher, dataset and release where known."""

    name: str
    sha256: str = ""
    place: str = ""
    publisher: str = ""
    dataset: str = ""
    release: str = ""


def sheet_place(sheet: str, row: int, column: int) -> str:
    """'Table 1!F123' for 1-based ``row`` and ``column`` (the notation spreadsheets use)."""
    from openpyxl.utils import get_column_letter

    return f"{sheet}!{get_column_letter(column)}{row}"


def csv_place(lines: list[int] | int, column: str) -> str:
    """'csv:12-14,20|Refugees under UNHCR's mandate': the 1-based lines (summed, for a total) and the column.

    Language-neutral, stored in the import's journal; ``services.import_log.parse_place`` reads it back.
    """
    return f"csv:{lines if isinstance(lines, int) else compact_lines(lines)}|{column}"


def csv_places(lines: Sequence[int], column: str) -> list[str]:
    """``csv_place(line, column)`` for each of many single lines (a reader's whole column at once).

    One % format of all of them, split at a separator no place holds: half the time of formatting
    each (100,000 lines: a call per line cost as much as the csv module's pass over the file)."""
    if not lines:
        return []
    one = f"csv:%d|{column.replace('%', '%%')}"
    if "\0" in column:
        return list(map(one.__mod__, lines))
    return ("\0".join([one] * len(lines)) % tuple(lines)).split("\0")


def records_of(columns: Sequence[Iterable[Any]]) -> list[ValueRecord]:
    """ValueRecords from one column per field (indicator, year, value, ... in the fields' order), each made
    in C: ``map(ValueRecord, ...)`` would run the tuple's Python ``__new__`` once a record."""
    if len(columns) != len(ValueRecord._fields):
        raise ValueError(f"records_of needs {len(ValueRecord._fields)} columns, one per field, not {len(columns)}")
    with collector_paused():  # records hold no cycles; collections while 100,000 are made would triple the cost
        return list(map(tuple.__new__, repeat(ValueRecord), zip(*columns)))


def compact_lines(lines: list[int]) -> str:
    """[3, 4, 5, 9] -> '3-5,9' (consecutive lines share ``line - position``)."""
    from itertools import groupby

    parts = []
    for _, run in groupby(enumerate(sorted(set(lines))), key=lambda pair: pair[1] - pair[0]):
        numbers = [n for _, n in run]
        parts.append(str(numbers[0]) if len(numbers) == 1 else f"{numbers[0]}-{numbers[-1]}")
    return ",".join(parts)


ISSUE_KINDS = ("not_a_number", "partial_total", "unknown_indicator", "unit", "country", "not_stored",
               "note")


@dataclass(frozen=True)
class ImportIssue:
    """One thing the reader did not take as it stands, said where it is in the file.

    ``stored`` False: the figure (or figures) named here were not stored. A preview lists
    these beside the figures; ``ImportResult.warnings`` carries the same sentences.
    """

    kind: str                # one of ISSUE_KINDS
    message: str             # a full sentence naming file, sheet or line, and cell
    sheet: str = ""
    line: int | None = None  # 1-based line of a CSV or row of a sheet
    cell: str = ""           # a column header or an A1 reference
    indicator: str = ""
    year: int | None = None
    stored: bool = False


@dataclass
class ImportResult:
    """What a reader found in one file, with the file's fingerprint for provenance."""

    records: list[ValueRecord]
    source_file: str
    sha256: str
    importer: str  # a key, e.g. "undesa_ims"
    dataset: str  # a human name, e.g. "UN DESA International Migrant Stock 2020"
    warnings: list[str] = field(default_factory=list)
    skipped: int = 0
    issues: list[ImportIssue] = field(default_factory=list)

    def report(self, issue: ImportIssue) -> None:
        """Record an issue: listed structured, and its sentence among the warnings."""
        self.issues.append(issue)
        self.warnings.append(issue.message)
        if not issue.stored and issue.kind in ("not_a_number", "partial_total", "unit", "unknown_indicator",
                                                   "not_stored"):
            self.skipped += 1


class ImportFormatError(Exception):
    """A file cannot be read; the message is a full sentence a non-programmer can act on."""


def file_sha256(path: str | Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()
