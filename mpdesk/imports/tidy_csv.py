"""The tidy CSV: mpdesk's own plain exchange format, one figure per row.

Columns, in this order: indicator,year,sex,age_group,partner,category,value,unit,source,note,
optionally with a country column (ISO3) first or last. UTF-8 (a BOM is accepted on reading).

Provenance columns (optional, after note, any of them in any order): source_file, source_sha256,
source_place, publisher, dataset, release. They say which published file a row's figure was first
read from (its name and sha256), where in it ('Table 1!F40', or 'csv:241|Refugees' for line 241,
column Refugees) and, where known, its publisher, dataset and release date: the sample's CSV
carries them, and so may a team's own file. Each record then has ``origin`` (a ``SourceFile``). A
sha256 that is not 64 hexadecimal digits, a place in neither notation, or a place or sha256 without
a file name refuses the row like any other bad cell.

Reading gives each row the checks a typed figure gets (a count is not negative, a share is
within 0-100), converts a unit the catalogue's can be reached from (thousands of persons,
US$), and refuses the file, with line numbers, for a row it cannot read, a country that is not
the profile's, or the same figure twice. Rows of indicators the catalogue does not know are
listed and left out.
"""

from __future__ import annotations

import csv
import hashlib
import io
import math
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from mpdesk.i18n import tr
from mpdesk.imports.common import CONTEXT, decode_text, read_bytes
from mpdesk.countries import is_known_iso3
from mpdesk.imports.records import (
    ImportFormatError, ImportIssue, ImportResult, SourceFile, ValueRecord, csv_place,
)

IMPORTER = "tidy_csv"
COLUMNS = ["indicator", "year", "sex", "age_group", "partner", "category", "value", "unit",
           "source", "note"]
PROVENANCE_COLUMNS = ["source_file", "source_sha256", "source_place", "publisher", "dataset", "release"]
MAX_REPORTED_ERRORS = 5
COLUMNS_FROM = 1_000_000   # characters (15,000 rows or so) from which a file is read column by column:
#                            below, importing pandas (0.4 s) would cost more than it saves
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
    """The header's columns if it is the tidy layout (with or without a country column, and with any
    provenance columns after note)."""
    names = [c.strip().lower() for c in row]
    core = [n for n in names if n != "country"]
    extra = core[len(COLUMNS):]
    if core[:len(COLUMNS)] == COLUMNS and names.count("country") <= 1 and \
            set(extra) <= set(PROVENANCE_COLUMNS) and len(set(extra)) == len(extra):
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


def write_tidy_csv(path: str | Path, records: Iterable[ValueRecord], origins: bool = False) -> None:
    """``origins``: with the provenance columns, filled from each record's ``origin``."""
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        quoted = csv.writer(handle, lineterminator="\n", quoting=csv.QUOTE_ALL)  # Python leaves a bare CR unquoted
        writer.writerow(COLUMNS + (PROVENANCE_COLUMNS if origins else []))
        for r in records:
            row = [r.indicator, r.year, *map(guard_text, (r.sex, r.age_group, r.partner, r.category)),
                   format_value(r.value), *map(guard_text, (r.unit, r.source, r.note))]
            if origins:
                o = r.origin or SourceFile("")
                row += map(guard_text, (o.name, o.sha256, o.place, o.publisher, o.dataset, o.release))
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
    data = read_bytes(path)
    text = decode_text(data, path)
    header = next(_csv_rows(_first_line(text)), None)
    columns = _columns_of(header) if header is not None else None
    if columns is None:
        raise ImportFormatError(
            tr(CONTEXT, "{name} is not an mpdesk tidy CSV file: its first row must be exactly "
               "'{columns}'.").format(name=path.name, columns=",".join(COLUMNS)))
    rows = _TidyRows(columns, country_iso3, catalogue or default_catalogue())
    if not (len(text) >= COLUMNS_FROM and _read_columns(text, rows)) and not rows.read_fast(_body(text)):
        # a row neither quick reading vouches for: read again, row by row, each problem worded
        rows = _TidyRows(columns, country_iso3, rows.catalogue)
        rows.read(_body(text))
    if rows.errors:
        raise ImportFormatError(_errors_message(path, rows.errors))
    # the sha256 of the bytes read (not of a second reading of the file: a tenth of the time of a large one)
    result = ImportResult(rows.records, str(path), hashlib.sha256(data).hexdigest(), IMPORTER,
                          tr(CONTEXT, "Tidy CSV file {name}").format(name=path.name))
    for key, lines in rows.unknown.items():
        result.report(ImportIssue(
            "unknown_indicator", tr(CONTEXT, "{name}: '{key}' is not an indicator of the catalogue; its {n} row(s) "
                                    "(lines {lines}) were not imported.").format(
                name=path.name, key=key, n=len(lines), lines=_line_list(lines)),
            line=lines[0], cell="indicator", indicator=key))
    for key, lines in rows.derived.items():
        result.report(ImportIssue(
            "note", tr(CONTEXT, "{name}: {key} is computed by mpdesk from other figures; its {n} row(s) (lines "
                       "{lines}) were left out and are computed again.").format(
                name=path.name, key=key, n=len(lines), lines=_line_list(lines)),
            line=lines[0], cell="indicator", indicator=key, stored=False))
    return result


def _csv_rows(text: str) -> Iterator[list[str]]:
    # newline="": lines may end in CR (Excel for Mac's "CSV (Macintosh)"), LF or CRLF, and a quoted
    # field may hold a bare CR
    return csv.reader(io.StringIO(text, newline=""))


def _read_columns(text: str, rows: "_TidyRows") -> bool:
    try:
        from mpdesk.imports.tidy_columns import read_columns  # pandas imported only for a large file
    except ImportError:  # pandas missing from an installation: the rows are read one by one
        return False
    return read_columns(text, rows)


def _body(text: str) -> Iterator[list[str]]:
    """The rows after the header."""
    rows = _csv_rows(text)
    next(rows, None)
    return rows


def _first_line(text: str) -> str:
    """Enough of ``text`` for its header: the first line, unless a quote comes first (a quoted cell may
    run on over lines), then all of it. (The header alone, not the 100 MB a copy of all would take.)"""
    end = re.search(r'[\r\n"]', text)
    return text if end is None or end.group() == '"' else text[:end.start()]


def _line_list(lines: list[int], limit: int = 8) -> str:
    shown = ", ".join(str(n) for n in lines[:limit])
    return shown + (" …" if len(lines) > limit else "")


def _errors_message(path: Path, errors: list[str]) -> str:
    shown = " ".join(errors[:MAX_REPORTED_ERRORS])
    more = len(errors) - MAX_REPORTED_ERRORS
    text = tr(CONTEXT, "{name} has {n} row(s) mpdesk cannot read. Fix them and import the file "
              "again. {details}").format(name=path.name, n=len(errors), details=shown)
    if more > 0:
        text += " " + tr(CONTEXT, "({more} more rows have problems.)").format(more=more)
    return text


class _Refused(Exception):
    """A row's problem: the sentence the import reports, with "{line}" still to be filled in."""


@dataclass(frozen=True)
class _Problem:
    """A cell text's remembered problem (raised afresh as _Refused for each row that has it)."""

    sentence: str


class _TidyRows:
    """The file's rows, checked one by one, the accepted ones kept as records.

    A tidy CSV repeats the same indicator, year, sex, partner, unit and source text on thousands of
    rows, so each distinct combination of those cells is read and checked once and its outcome (what
    it reads as, or why it is refused) remembered: every row still gets every check, at the cost of a
    few dictionary lookups. Only the value is read anew on each row, and checked as a typed figure.
    The checks run in the order the reasons are reported: indicator, year, value, sex, partner, then
    the catalogue (unknown or computed indicator), the unit and the value's range, then duplicates.
    """

    def __init__(self, columns: list[str], country_iso3: str | None, catalogue) -> None:
        self.width = len(columns)
        self.provenance = [n for n in columns if n != "country"][len(COLUMNS):]   # optional, after note
        self.country_at = columns.index("country") if "country" in columns else None
        self.profile_country = (country_iso3 or "").upper()
        self.catalogue = catalogue
        self.records: list[ValueRecord] = []
        self.errors: list[str] = []
        self.unknown: dict[str, list[int]] = {}
        self.derived: dict[str, list[int]] = {}
        self.seen: dict[tuple, int] = {}
        # cells -> what they read as, or their _Problem
        self.heads: dict[tuple[str, str], Any] = {}            # (indicator, year) -> (key, year, kind)
        self.labels: dict[tuple[str, str, str, str], Any] = {}  # (sex, age group, partner, category)
        self.units: dict[tuple[str, str], Any] = {}            # (key, unit) -> factor to the catalogue unit
        self.texts: dict[tuple[str, str], tuple[str, str]] = {}  # (source, note), the guard taken off
        self.countries: dict[str, str] = {}                    # country cell -> "" or the problem sentence

    def read(self, rows: Iterable[list[str]]) -> None:
        """Every row of the file after the header (line 2 on). The loop keeps its lookups local: it
        runs once per row of files of 100,000 rows and more."""
        from mpdesk.services.validation import ValueRejected, check_value

        heads, labels, units, texts, seen, records = self.heads, self.labels, self.units, self.texts, \
            self.seen, self.records
        country_at, width, columns, isfinite = self.country_at, self.width, len(COLUMNS), math.isfinite
        listed = {"unknown": self.unknown, "derived": self.derived}
        for line, row in enumerate(rows, start=2):
            if not (row and (row[0].strip() or any(cell.strip() for cell in row))):
                continue  # a blank line
            try:
                if country_at is not None and len(row) == width:
                    self._check_country(row[country_at])
                    row = row[:country_at] + row[country_at + 1:]
                origin = None
                if self.provenance and len(row) == columns + len(self.provenance):
                    origin = _read_origin(dict(zip(self.provenance, row[columns:])))
                    row = row[:columns]
                if len(row) != columns:
                    raise _Refused(tr(CONTEXT, "Row {line}: it has {n} columns instead of {expected}.").format(
                        line="{line}", n=len(row), expected=len(COLUMNS)))
                cells = (row[0], row[1])
                head = heads.get(cells)
                if head.__class__ is not tuple:  # not yet read, or refused
                    head = _known(heads, cells, self._head)
                try:
                    value = float(row[6])
                except ValueError:
                    value = math.nan
                if not isfinite(value):
                    _read_value(row[6])  # raises the sentence
                cells = (row[2], row[3], row[4], row[5])
                label = labels.get(cells)
                if label.__class__ is not tuple:
                    label = _known(labels, cells, _read_labels)
                key, year, kind = head
                if kind.__class__ is str:  # "unknown" or "derived": listed, not stored
                    lines = listed[kind].get(key)
                    if lines is None:
                        lines = listed[kind][key] = []
                    lines.append(line)
                    continue
                cells = (key, row[7])
                factor = units.get(cells)
                if factor.__class__ is not float:
                    factor = _known(units, cells, self._unit)
                if factor != 1.0:
                    value = value * factor
                    if kind.unit == "persons":
                        value = float(round(value))
                try:
                    check_value(kind, value)
                except ValueRejected as exc:
                    raise _Refused(tr(CONTEXT, "Row {line}: {why}").format(line="{line}", why=_braces(str(exc))))
                cells = (row[8], row[9])
                text = texts.get(cells)
                if text is None:  # free text kept exactly, but for the apostrophe that guarded a formula start
                    text = texts[cells] = (unguard_text(row[8]), unguard_text(row[9]))
                sex, age_group, partner, category = label
                first = seen.setdefault((key, year, sex, age_group, partner, category, text[0]), line)
                if first != line:
                    raise _Refused(tr(CONTEXT, "Rows {first} and {line} give the same figure twice ({indicator} "
                                      "{year}); keep one of them.").format(first=first, line="{line}",
                                                                          indicator=_braces(key), year=year))
                records.append(ValueRecord(
                    indicator=key, year=year, value=value, sex=sex, age_group=age_group, partner=partner,
                    category=category, unit=kind.unit, source=text[0], note=text[1], where=csv_place(line, "value"),
                    origin=origin))
            except _Refused as problem:
                self.errors.append(str(problem).format(line=line))

    def read_fast(self, rows: Iterator[list[str]]) -> bool:
        """What ``read`` finds, for a file whose every row can be taken, at a few dictionary lookups a row.

        Each distinct cell text is read once, by the functions ``read`` uses; each indicator's values are
        checked once, as a column (``validation.values_pass``), and duplicates are found by counting the
        distinct figures. At the first row it cannot vouch for (anything ``read`` would refuse) it stops
        and returns False, its findings to be dropped: ``read`` then reads the file again and words each
        problem with its line. Blank rows are passed over, as ``read`` does.
        """
        from mpdesk.services.validation import values_pass

        heads: dict[tuple[str, str], tuple] = {}   # (indicator, year) -> ((key, year), kind, its values or lines)
        labels: dict[tuple[str, str, str, str], tuple[str, str, str, str]] = {}
        units: dict[tuple[str, str], float] = {}
        texts: dict[tuple[str, str], tuple[str, str]] = {}
        countries: set[str] = set()
        columns: dict[str, tuple[Any, list[float]]] = {}   # key -> (indicator, the values its rows store)
        seen: set[tuple] = set()
        records, country_at, width, isfinite = self.records, self.country_at, self.width, math.isfinite
        country = ""
        for line, row in enumerate(rows, start=2):
            if country_at is not None:
                country = row.pop(country_at) if len(row) == width else ""
                if country not in countries:
                    if _refused(self._check_country, country):
                        return False
                    countries.add(country)
            try:
                indicator, year, sex, age_group, partner, category, number, unit, source, note = row
            except ValueError:  # not the 10 columns
                if _blank(row, country):
                    continue
                return False
            head = heads.get((indicator, year))
            if head is None:
                head = self._fast_head(indicator, year, columns)
                if head is None:
                    if _blank(row, country):
                        continue
                    return False
                heads[indicator, year] = head
            try:
                value = float(number)
            except ValueError:
                return False
            if not isfinite(value):
                return False
            cells = (sex, age_group, partner, category)
            label = labels.get(cells)
            if label is None:
                label = _accepted(_read_labels, cells)
                if label is None:
                    return False
                labels[cells] = label
            (key, year_number), kind, bucket = head
            if kind.__class__ is str:  # "unknown" or "derived": the row's line listed, not stored
                bucket.append(line)
                continue
            factor = units.get((key, unit))
            if factor is None:
                factor = _accepted(self._unit, (key, unit))
                if factor is None:
                    return False
                units[key, unit] = factor
            if factor != 1.0:
                value = value * factor
                if kind.unit == "persons":
                    value = float(round(value))
            bucket.append(value)
            text = texts.get((source, note))
            if text is None:
                text = texts[source, note] = (unguard_text(source), unguard_text(note))
            seen.add((head[0], label, text[0]))
            records.append(ValueRecord(key, year_number, value, label[0], label[1], label[2], label[3], kind.unit,
                                       text[0], text[1], "", csv_place(line, "value")))
        return len(seen) == len(records) and all(values_pass(*column) for column in columns.values())

    def _fast_head(self, indicator: str, year: str, columns: dict[str, tuple[Any, list[float]]]) -> tuple | None:
        """((key, year), kind, the list its rows go to) for ``read_fast``; None when refused."""
        head = _accepted(self._head, (indicator, year))
        if head is None:
            return None
        key, year_number, kind = head
        bucket: list[Any]
        if kind.__class__ is str:
            bucket = (self.unknown if kind == "unknown" else self.derived).setdefault(key, [])
        else:
            bucket = columns.setdefault(key, (kind, []))[1]
        return (key, year_number), kind, bucket

    def _head(self, cells: tuple[str, str]) -> tuple[str, int, Any]:
        key, year = _read_indicator(cells[0]), _read_year(cells[1])
        return key, year, self._kind(key)

    def _kind(self, key: str) -> Any:
        """The catalogue's indicator, or "unknown", or "derived" (an export's computed rows: recomputed)."""
        if not self.catalogue.has_indicator(key):
            return "unknown"
        indicator = self.catalogue.indicator(key)
        return "derived" if indicator.derived else indicator

    def _unit(self, cells: tuple[str, str]) -> float:
        return _unit_factor(self.catalogue.indicator(cells[0]), cells[1])

    def _check_country(self, text: str) -> None:
        problem = self.countries.get(text)
        if problem is None:
            code = text.strip().upper()
            problem = self.countries[text] = tr(
                CONTEXT, "Row {line}: the country is {code}, but this profile is for {profile}.").format(
                line="{line}", code=_braces(code), profile=self.profile_country) \
                if self.profile_country and code and code != self.profile_country else ""
        if problem:
            raise _Refused(problem)


def _known(cache: dict, cells: tuple, read: Callable[[Any], Any]) -> Any:
    """What ``cells`` read as, read once per distinct ``cells``; raises _Refused with the reason."""
    known = cache.get(cells)
    if known is None:
        try:
            known = read(cells)
        except _Refused as problem:
            known = _Problem(str(problem))
        cache[cells] = known
    if isinstance(known, _Problem):
        raise _Refused(known.sentence)
    return known


def _accepted(read: Callable[[Any], Any], cells: Any) -> Any:
    """What ``cells`` read as, or None when refused (``read_fast`` then leaves the wording to ``read``)."""
    try:
        return read(cells)
    except _Refused:
        return None


def _refused(check: Callable[[Any], Any], cells: Any) -> bool:
    try:
        check(cells)
    except _Refused:
        return True
    return False


def _blank(row: list[str], country: str = "") -> bool:
    """A row ``read`` passes over: no cells, or only blank ones (``country``: the cell taken out of it)."""
    return not country.strip() and not any(cell.strip() for cell in row)


def _braces(text: str) -> str:
    """Text put into a sentence that is formatted again with the row number: its braces kept as they are."""
    return text.replace("{", "{{").replace("}", "}}")


def _unit_factor(indicator, unit_cell: str) -> float:
    unit_text = unguard_text(unit_cell).strip()
    unit = unit_text.lower()
    if not unit or unit == indicator.unit:
        return 1.0
    factor = UNIT_CONVERSIONS.get((unit, indicator.unit))
    if factor is None:
        raise _Refused(tr(CONTEXT, "Row {line}: the unit '{unit}' cannot be converted to {wanted}, the unit of "
                          "{key}.").format(line="{line}", unit=_braces(unit_text), wanted=indicator.unit,
                                          key=indicator.key))
    return factor


_SHA256 = re.compile(r"[0-9a-f]{64}")
_PLACE = re.compile(r"csv:\d+(-\d+)?(,\d+(-\d+)?)*\|.+|.+![A-Z]{1,3}[1-9][0-9]*")


def _read_origin(cells: dict[str, str]) -> SourceFile | None:
    """A row's provenance columns as a SourceFile (None when all are empty); raises _Refused."""
    text = {name: unguard_text(cells.get(name, "")).strip() for name in PROVENANCE_COLUMNS}
    if not any(text.values()):
        return None
    sha = text["source_sha256"].lower()
    if sha and not _SHA256.fullmatch(sha):
        raise _Refused(tr(CONTEXT, "Row {line}: '{text}' in column source_sha256 is not a sha256 (64 hexadecimal "
                          "digits).").format(line="{line}", text=_braces(text["source_sha256"])))
    if text["source_place"] and not _PLACE.fullmatch(text["source_place"]):
        raise _Refused(tr(CONTEXT, "Row {line}: '{text}' in column source_place is neither a cell ('Table 1!F40') "
                          "nor a line ('csv:241|column').").format(line="{line}", text=_braces(text["source_place"])))
    if not text["source_file"]:
        raise _Refused(tr(CONTEXT, "Row {line}: the column source_file is empty, but the row's other provenance "
                          "columns are filled: name the file the figure was read from."))
    return SourceFile(text["source_file"], sha, text["source_place"], text["publisher"], text["dataset"],
                      text["release"])


def _read_value(text: str) -> float:
    try:
        number = float(text)
    except ValueError:
        number = math.nan
    if not math.isfinite(number):
        raise _Refused(tr(CONTEXT, "Row {line}: '{text}' is not a number in column value.").format(
            line="{line}", text=_braces(text.strip())))
    return number


def _read_indicator(text: str) -> str:
    key = text.strip()
    if not key:
        raise _Refused(tr(CONTEXT, "Row {line}: the column indicator is empty."))
    return key


def _read_year(text: str) -> int:
    text = text.strip()
    if not text.isdigit() or not 1800 <= int(text) <= 2100:
        raise _Refused(tr(CONTEXT, "Row {line}: '{text}' is not a year between 1800 and 2100 in column "
                          "year.").format(line="{line}", text=_braces(text)))
    return int(text)


def _read_sex(text: str) -> str:
    text = unguard_text(text).strip()
    if text.lower() not in SEX_ALIASES:
        raise _Refused(tr(CONTEXT, "Row {line}: '{text}' in column sex must be female, male or empty.")
                       .format(line="{line}", text=_braces(text)))
    return SEX_ALIASES[text.lower()]


def _read_partner(text: str) -> str:
    text = unguard_text(text).strip()
    code = text.upper()
    if code and not is_known_iso3(code):
        raise _Refused(tr(CONTEXT, "Row {line}: '{text}' in column partner is not a three-letter ISO "
                          "country code.").format(line="{line}", text=_braces(text)))
    return code


def _read_labels(cells: tuple[str, str, str, str]) -> tuple[str, str, str, str]:
    """(sex, age group, partner, category) as stored: sex checked first, then partner."""
    sex, age_group, partner, category = cells
    return _read_sex(sex), unguard_text(age_group).strip(), _read_partner(partner), unguard_text(category).strip()
