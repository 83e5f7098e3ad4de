"""The tidy CSV: mpdesk's own plain exchange format, one figure per row.

Columns, in this order: indicator,year,sex,age_group,partner,category,value,unit,source,note,
optionally with a country column (ISO3) first or last. UTF-8 (a BOM is accepted on reading).

Reading gives each row the checks a typed figure gets (a count is not negative, a share is
within 0-100), converts a unit the catalogue's can be reached from (thousands of persons,
US$), and refuses the file, with line numbers, for a row it cannot read, a country that is not
the profile's, or the same figure twice. Rows of indicators the catalogue does not know are
listed and left out.
"""

from __future__ import annotations

import csv
import io
import math
from pathlib import Path
from typing import Iterable

from mpdesk.i18n import tr
from mpdesk.imports.common import CONTEXT, read_text
from mpdesk.countries import is_known_iso3
from mpdesk.imports.records import ImportFormatError, ImportIssue, ImportResult, ValueRecord, csv_place, file_sha256

IMPORTER = "tidy_csv"
COLUMNS = ["indicator", "year", "sex", "age_group", "partner", "category", "value", "unit",
           "source", "note"]
MAX_REPORTED_ERRORS = 5
SEX_ALIASES = {"": "", "both": "", "total": "", "all": "", "t": "", "f": "female",
               "female": "female", "females": "female", "m": "male", "male": "male",
               "males": "male"}


# (unit in the file, catalogue unit) -> factor to the catalogue unit
UNIT_CONVERSIONS = {
    ("thousands", "persons"): 1000.0, ("thousand persons", "persons"): 1000.0,
    ("persons_thousands", "persons"): 1000.0, ("usd", "usd_million"): 1e-6,
    ("us$", "usd_million"): 1e-6, ("usd_thousand", "usd_million"): 1e-3,
    ("usd_billion", "usd_million"): 1000.0, ("us$ million", "usd_million"): 1.0,
}


def is_tidy_header(row: list[str]) -> bool:
    return _columns_of(row) is not None


def _columns_of(row: list[str]) -> list[str] | None:
    """The header's columns if it is the tidy layout (with or without a country column)."""
    names = [c.strip().lower() for c in row]
    if [n for n in names if n != "country"] == COLUMNS and names.count("country") <= 1:
        return names
    return None


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


def read_tidy_csv(path: str | Path, country_iso3: str | None = None, catalogue=None) -> ImportResult:
    """Read and check a tidy CSV against ``catalogue`` (default: the shipped one)."""
    from mpdesk.guide import default_catalogue

    path = Path(path)
    catalogue = catalogue or default_catalogue()
    # newline="": lines may end in CR (Excel for Mac's "CSV (Macintosh)"), LF or CRLF, and a quoted
    # field may hold a bare CR
    rows = list(csv.reader(io.StringIO(read_text(path), newline="")))
    columns = _columns_of(rows[0]) if rows else None
    if columns is None:
        raise ImportFormatError(
            tr(CONTEXT, "{name} is not an mpdesk tidy CSV file: its first row must be exactly "
               "'{columns}'.").format(name=path.name, columns=",".join(COLUMNS)))
    result = ImportResult([], str(path), file_sha256(path), IMPORTER,
                          tr(CONTEXT, "Tidy CSV file {name}").format(name=path.name))
    errors: list[str] = []
    unknown: dict[str, list[int]] = {}
    derived: dict[str, list[int]] = {}
    seen: dict[tuple, int] = {}
    for line_number, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue
        row, problem = _split_country(row, columns, country_iso3, line_number)
        record = None
        if not problem:
            record, problem = parse_row(row, line_number)
        if not problem and record is not None:
            if not catalogue.has_indicator(record.indicator):
                unknown.setdefault(record.indicator, []).append(line_number)
                continue
            if catalogue.indicator(record.indicator).derived:  # an export's computed rows: recomputed here
                derived.setdefault(record.indicator, []).append(line_number)
                continue
            record, problem = _fit(record, catalogue.indicator(record.indicator), line_number)
        if not problem and record is not None:
            key = (record.indicator, record.year, record.sex, record.age_group, record.partner, record.category,
                   record.source)
            if key in seen:
                problem = tr(CONTEXT, "Rows {first} and {line} give the same figure twice ({indicator} {year}); "
                             "keep one of them.").format(first=seen[key], line=line_number,
                                                         indicator=record.indicator, year=record.year)
            seen.setdefault(key, line_number)
        if problem:
            errors.append(problem)
        elif record is not None:
            result.records.append(record)
    if errors:
        raise ImportFormatError(_errors_message(path, errors))
    for key, lines in unknown.items():
        result.report(ImportIssue(
            "unknown_indicator", tr(CONTEXT, "{name}: '{key}' is not an indicator of the catalogue; its {n} row(s) "
                                    "(lines {lines}) were not imported.").format(
                name=path.name, key=key, n=len(lines), lines=_line_list(lines)),
            line=lines[0], cell="indicator", indicator=key))
    for key, lines in derived.items():
        result.report(ImportIssue(
            "note", tr(CONTEXT, "{name}: {key} is computed by mpdesk from other figures; its {n} row(s) (lines "
                       "{lines}) were left out and are computed again.").format(
                name=path.name, key=key, n=len(lines), lines=_line_list(lines)),
            line=lines[0], cell="indicator", indicator=key, stored=False))
    return result


def _line_list(lines: list[int], limit: int = 8) -> str:
    shown = ", ".join(str(n) for n in lines[:limit])
    return shown + (" …" if len(lines) > limit else "")


def _split_country(row: list[str], columns: list[str], country_iso3: str | None,
                   line: int) -> tuple[list[str], str]:
    """The row without its country cell; a country other than the profile's is an error."""
    if "country" not in columns or len(row) != len(columns):
        return row, ""
    index = columns.index("country")
    code = row[index].strip().upper()
    rest = row[:index] + row[index + 1:]
    if country_iso3 and code and code != country_iso3.upper():
        return rest, tr(CONTEXT, "Row {line}: the country is {code}, but this profile is for {profile}.").format(
            line=line, code=code, profile=country_iso3.upper())
    return rest, ""


def _fit(record: ValueRecord, indicator, line: int) -> tuple[ValueRecord | None, str]:
    """The record in the catalogue's unit, checked as a typed figure would be."""
    from dataclasses import replace

    from mpdesk.services.validation import ValueRejected, check_value

    unit = record.unit.strip().lower()
    value = record.value
    if unit and unit != indicator.unit:
        factor = UNIT_CONVERSIONS.get((unit, indicator.unit))
        if factor is None:
            return None, tr(CONTEXT, "Row {line}: the unit '{unit}' cannot be converted to {wanted}, the unit of "
                            "{key}.").format(line=line, unit=record.unit, wanted=indicator.unit, key=record.indicator)
        value = value * factor
        if indicator.unit == "persons":
            value = float(round(value))
    try:
        check_value(indicator, value)
    except ValueRejected as exc:
        return None, tr(CONTEXT, "Row {line}: {why}").format(line=line, why=exc)
    return replace(record, value=value, unit=indicator.unit), ""


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
        source=cells["source"], note=cells["note"], where=csv_place(line, "value")), ""


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
