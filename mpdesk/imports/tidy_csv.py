"""The tidy CSV: mpdesk's own plain exchange format, one figure per row.

Columns, in this order: indicator,year,sex,age_group,partner,category,value,unit,source,note.
UTF-8 (a BOM is accepted on reading). Reading checks every row and reports the first problems
with their line numbers, so a user can fix the file in a spreadsheet.
"""

from __future__ import annotations

import csv
import io
import math
from pathlib import Path
from typing import Iterable

from mpdesk.i18n import tr
from mpdesk.imports.common import CONTEXT, read_text
from mpdesk.imports.countries import is_known_iso3
from mpdesk.imports.records import ImportFormatError, ImportResult, ValueRecord, file_sha256

IMPORTER = "tidy_csv"
COLUMNS = ["indicator", "year", "sex", "age_group", "partner", "category", "value", "unit",
           "source", "note"]
MAX_REPORTED_ERRORS = 5
SEX_ALIASES = {"": "", "both": "", "total": "", "all": "", "t": "", "f": "female",
               "female": "female", "females": "female", "m": "male", "male": "male",
               "males": "male"}


def is_tidy_header(row: list[str]) -> bool:
    return [c.strip().lower() for c in row] == COLUMNS


# A spreadsheet runs a cell that starts with one of these as a formula (=HYPERLINK(...), +cmd|...,
# @SUM(...)); such text is written with a leading apostrophe, which the reader takes off again.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def guard_text(text: str) -> str:
    """Text no spreadsheet runs: an apostrophe before a formula start (and before one already guarded)."""
    return "'" + text if text.lstrip("'").startswith(FORMULA_STARTS) else text


def unguard_text(text: str) -> str:
    return text[1:] if text.startswith("'") and text.lstrip("'").startswith(FORMULA_STARTS) else text


def write_tidy_csv(path: str | Path, records: Iterable[ValueRecord]) -> None:
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        quoted = csv.writer(handle, lineterminator="\n", quoting=csv.QUOTE_ALL)  # Python leaves a bare CR unquoted
        writer.writerow(COLUMNS)
        for r in records:
            row = [r.indicator, r.year, *map(guard_text, (r.sex, r.age_group, r.partner, r.category)),
                   format_value(r.value), *map(guard_text, (r.unit, r.source, r.note))]
            (quoted if any("\r" in str(cell) for cell in row) else writer).writerow(row)


def format_value(value: float) -> str:
    """Whole numbers without '.0' (a count of people reads as 1050147, not 1050147.0)."""
    if float(value).is_integer() and abs(value) < 1e15:
        return str(int(value))
    return repr(float(value))


def read_tidy_csv(path: str | Path) -> ImportResult:
    path = Path(path)
    # newline="": lines may end in CR (Excel for Mac's "CSV (Macintosh)"), LF or CRLF, and a quoted
    # field may hold a bare CR
    rows = list(csv.reader(io.StringIO(read_text(path), newline="")))
    if not rows or not is_tidy_header(rows[0]):
        raise ImportFormatError(
            tr(CONTEXT, "{name} is not an mpdesk tidy CSV file: its first row must be exactly "
               "'{columns}'.").format(name=path.name, columns=",".join(COLUMNS)))
    records: list[ValueRecord] = []
    errors: list[str] = []
    for line_number, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue
        record, problem = parse_row(row, line_number)
        if problem:
            errors.append(problem)
        else:
            records.append(record)
    if errors:
        raise ImportFormatError(_errors_message(path, errors))
    return ImportResult(records, str(path), file_sha256(path), IMPORTER,
                        tr(CONTEXT, "Tidy CSV file {name}").format(name=path.name))


def _errors_message(path: Path, errors: list[str]) -> str:
    shown = " ".join(errors[:MAX_REPORTED_ERRORS])
    more = len(errors) - MAX_REPORTED_ERRORS
    text = tr(CONTEXT, "{name} has {n} row(s) mpdesk cannot read. Fix them and import the file "
              "again. {details}").format(name=path.name, n=len(errors), details=shown)
    if more > 0:
        text += " " + tr(CONTEXT, "({more} more rows have problems.)").format(more=more)
    return text


def parse_row(row: list[str], line: int) -> tuple[ValueRecord | None, str]:
    """A record, or an error sentence naming the row and column."""
    if len(row) != len(COLUMNS):
        return None, tr(CONTEXT, "Row {line}: it has {n} columns instead of {expected}.").format(
            line=line, n=len(row), expected=len(COLUMNS))
    row = [row[0], row[1], *map(unguard_text, row[2:6]), row[6], *map(unguard_text, row[7:])]
    cells = dict(zip(COLUMNS, (c.strip() for c in row)))
    cells["source"], cells["note"] = row[8], row[9]  # free text is kept exactly
    for check in (_check_indicator, _check_year, _check_value, _check_sex, _check_partner):
        problem = check(cells, line)
        if problem:
            return None, problem
    return ValueRecord(
        indicator=cells["indicator"], year=int(cells["year"]), value=float(cells["value"]),
        sex=SEX_ALIASES[cells["sex"].lower()], age_group=cells["age_group"],
        partner=cells["partner"].upper(), category=cells["category"], unit=cells["unit"],
        source=cells["source"], note=cells["note"]), ""


def _check_indicator(cells: dict[str, str], line: int) -> str:
    if not cells["indicator"]:
        return tr(CONTEXT, "Row {line}: the column indicator is empty.").format(line=line)
    return ""


def _check_year(cells: dict[str, str], line: int) -> str:
    text = cells["year"]
    if not text.isdigit() or not 1800 <= int(text) <= 2100:
        return tr(CONTEXT, "Row {line}: '{text}' is not a year between 1800 and 2100 in column "
                  "year.").format(line=line, text=text)
    return ""


def _check_value(cells: dict[str, str], line: int) -> str:
    text = cells["value"]
    try:
        number = float(text)
    except ValueError:
        number = math.nan
    if math.isnan(number) or math.isinf(number):
        return tr(CONTEXT, "Row {line}: '{text}' is not a number in column value.").format(
            line=line, text=text)
    return ""


def _check_sex(cells: dict[str, str], line: int) -> str:
    if cells["sex"].lower() not in SEX_ALIASES:
        return tr(CONTEXT, "Row {line}: '{text}' in column sex must be female, male or empty.") \
            .format(line=line, text=cells["sex"])
    return ""


def _check_partner(cells: dict[str, str], line: int) -> str:
    code = cells["partner"].upper()
    if code and not is_known_iso3(code):
        return tr(CONTEXT, "Row {line}: '{text}' in column partner is not a three-letter ISO "
                  "country code.").format(line=line, text=cells["partner"])
    return ""
