"""UNHCR Refugee Data Finder exports.

Reads population.csv (2022 layout), persons_of_concern.csv (2025 layout) and solutions.csv
(returned refugees and IDPs, resettlement arrivals, naturalisations).

Columns are found by their header text, not their position: the 2025 export moved asylum before
origin. Solutions downloads (and older population downloads) start with a metadata preamble;
the header is the first row whose first cell is 'Year'. '-' and blanks mean no data.
"""

from __future__ import annotations

import csv
import itertools
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from mpdesk.i18n import tr
from mpdesk.imports.common import (
    CONTEXT, NotANumber, Progress, country_label, indicator_name, parse_line, read_number, stream_text,
    target_country,
)
from mpdesk.countries import Country, is_known_iso3
from mpdesk.formats import year_span
from mpdesk.imports.records import ImportFormatError, ImportIssue, ImportResult, ValueRecord, csv_place

IMPORTER = "unhcr_rdf"
PREAMBLE_MAX_ROWS = 40


@dataclass(frozen=True)
class Measure:
    indicator: str
    column: str  # which header holds it (a key of _column_roles)
    side: str  # "asylum": the country hosts them; "origin": they come from the country
    by_partner: bool
    rows: str = "all"  # which rows make the total: all, own (origin = asylum), own_or_stateless


# IDPs (and returned IDPs) are published on the row whose origin and asylum are the country
# itself; the 0 on every other row means "not applicable", so a year with no such row has no
# figure (never an invented 0). Even on the own row a 0 is no figure: UNHCR counts only the IDPs
# it protects or assists, so 0 means "UNHCR does not report IDPs here", not "no IDPs" (IDMC and
# national sources do). Stateless persons sit on the own-country or 'Stateless' rows.
POPULATION_MEASURES = [
    Measure("refugees_hosted", "refugees", "asylum", True),
    Measure("refugees_from_country", "refugees", "origin", True),
    Measure("asylum_seekers_hosted", "asylum_seekers", "asylum", True),
    Measure("idps", "idps", "asylum", False, "own"),
    Measure("stateless_persons", "stateless", "asylum", False, "own_or_stateless"),
]
SOLUTIONS_MEASURES = [
    Measure("refugee_returns", "returned_refugees", "origin", True),
    Measure("idp_returns", "returned_idps", "asylum", False, "own"),
    Measure("resettlement_arrivals", "resettlement", "asylum", True),
    Measure("naturalisations", "naturalisation", "asylum", True),
]


def header_roles(header: list[str]) -> dict[str, int]:
    """Map each column we use to its position, by what its header says."""
    roles: dict[str, int] = {}
    for index, raw in enumerate(header):
        text = " ".join(raw.lower().split())
        role = _role(text)
        if role and role not in roles:
            roles[role] = index
    return roles


def _role(text: str) -> str | None:
    if text == "year":
        return "year"
    if "iso" in text and "origin" in text:
        return "origin_iso"
    if "iso" in text and "asylum" in text:
        return "asylum_iso"
    if text.startswith("refugees"):
        return "refugees"
    if text.startswith("asylum-seekers") or text.startswith("asylum seekers"):
        return "asylum_seekers"
    if text.startswith("idps"):
        return "idps"
    if text.startswith("stateless"):
        return "stateless"
    if text.startswith("returned refugees"):
        return "returned_refugees"
    if text.startswith("returned idp"):
        return "returned_idps"
    if text.startswith("resettlement arrivals"):
        return "resettlement"
    if text.startswith("naturali"):
        return "naturalisation"
    return None


def find_header(rows: list[list[str]]) -> int | None:
    for index, row in enumerate(rows[:PREAMBLE_MAX_ROWS]):
        if row and row[0].strip().lower() == "year":
            roles = header_roles(row)
            if {"origin_iso", "asylum_iso"} <= roles.keys():
                return index
    return None


def read_unhcr(path: str | Path, country_iso3: str, progress: Progress | None = None) -> ImportResult:
    """The country's figures; the file is streamed (exports run to hundreds of MB), only its rows kept."""
    path = Path(path)
    country = target_country(country_iso3)
    result, sha = stream_text(path, lambda lines: _read_lines(path, lines, country), progress)
    result.sha256 = sha
    return result


def _read_lines(path: Path, lines: Iterator[str], country: Country) -> ImportResult:
    head = list(itertools.islice(lines, PREAMBLE_MAX_ROWS))  # the preamble and the header
    rows = list(csv.reader(head))
    header_index = find_header(rows)
    if header_index is None:
        raise ImportFormatError(
            tr(CONTEXT, "{name} is not a UNHCR Refugee Data Finder export: no header row with "
               "'Year' and the ISO codes of origin and asylum was found.").format(name=path.name))
    roles = header_roles(rows[header_index])
    measures = _measures(roles)
    if not measures:
        raise ImportFormatError(
            tr(CONTEXT, "{name} has none of the UNHCR figures mpdesk reads (refugees, "
               "asylum-seekers, IDPs, stateless persons, returns, resettlement, naturalisations).").format(
                name=path.name))
    extracted = _preamble_value(rows[:header_index], "date extracted")
    first_line = header_index + 2  # the file's 1-based line of the first data row
    data, years = _country_rows(itertools.chain(head[header_index + 1:], lines), roles, country, first_line)
    _refuse_duplicates(path, data, roles, country)
    dataset = _dataset_name(roles, _year_span(years), extracted)
    result = ImportResult([], str(path), "", IMPORTER, dataset)  # the sha256 once the whole file is read
    header = rows[header_index]
    for measure in measures:
        _collect(data, roles, measure, country, dataset, result, _Place(path.name, header, first_line))
    if not result.records and not result.issues:
        raise ImportFormatError(
            tr(CONTEXT, "{country} does not appear in this UNHCR file.").format(
                country=country_label(country)))
    return result


@dataclass(frozen=True)
class _Place:
    file_name: str
    header: list[str]
    first_line: int


Numbered = list[tuple[int, list[str]]]  # (the file's line number, the row)


def _country_rows(lines: Iterable[str], roles: dict[str, int], country: Country,
                  first_line: int) -> tuple[Numbered, set[str]]:
    """One pass over the file: the rows naming the country (origin or asylum), and every year text.

    The hot loop (exports run to hundreds of MB): a line that does not hold the country's code
    anywhere cannot name it, so only the lines that do are parsed as CSV. The year is the first
    column (``find_header`` requires it), read from the line's start.
    """
    origin_col, asylum_col = roles["origin_iso"], roles["asylum_iso"]
    code = country.iso3
    found: Numbered = []
    years: set[str] = set()
    last_year = None
    for line, text in enumerate(lines, start=first_line):
        year = text[:text.find(",")]
        if year != last_year:   # exports are sorted by year: one set insertion per run of lines
            years.add(year.strip().strip('"'))
            last_year = year
        if code not in text:
            continue
        row = parse_line(text)
        try:
            origin, asylum = row[origin_col], row[asylum_col]
        except IndexError:
            continue
        if origin.strip() == code or asylum.strip() == code:
            found.append((line, row))
    return found, years


def _refuse_duplicates(path: Path, data: Numbered, roles: dict[str, int], country: Country) -> None:
    """The same year, origin and asylum twice: which one is right is unknowable, so nothing is summed."""
    year_col, origin_col, asylum_col = roles["year"], roles["origin_iso"], roles["asylum_iso"]
    seen: dict[tuple[str, str, str], int] = {}
    clashes: list[tuple[int, int]] = []
    for line, row in data:
        key = (row[year_col].strip(), row[origin_col].strip(), row[asylum_col].strip())
        if key in seen:
            clashes.append((seen[key], line))
        else:
            seen[key] = line
    if clashes:
        lines = ", ".join(tr(CONTEXT, "{first} and {second}").format(first=a, second=b) for a, b in clashes[:5])
        raise ImportFormatError(
            tr(CONTEXT, "{name} lists the same year, origin and asylum country twice for {country} (lines "
               "{lines}). mpdesk does not add such rows together: download the export again, or delete the "
               "repeated rows, and import it again.").format(
                name=path.name, country=country_label(country), lines=lines))


def _measures(roles: dict[str, int]) -> list[Measure]:
    return [m for m in POPULATION_MEASURES + SOLUTIONS_MEASURES if m.column in roles]


def _preamble_value(rows: list[list[str]], key: str) -> str:
    for row in rows:
        if len(row) > 1 and row[0].strip().lower().rstrip(":") == key:
            return row[1].strip()
    return ""


def _year_span(texts: set[str]) -> str:
    years = {y for y in map(_year, texts) if y}
    return "{0}-{1}".format(min(years), max(years)) if years else ""


def _dataset_name(roles: dict[str, int], span: str, extracted: str) -> str:
    """A citation that tells two exports apart by content, e.g. '... 2017-2022' vs '2019-2024'."""
    kind = "solutions" if "returned_refugees" in roles else "populations"
    name = "UNHCR Refugee Data Finder, {kind} {span}".format(kind=kind, span=span).strip()
    if not extracted:
        return name
    # mpdesk's word in the profile's language (read inside preview.read_for): the name is stored and
    # printed in every report; the bracket is left out when series compare datasets (series.dataset_of)
    return tr("Sources", "{dataset} (extracted {moment})").format(dataset=name, moment=extracted)


def _collect(data: Numbered, roles: dict[str, int], measure: Measure, country: Country,
             source: str, result: ImportResult, place: _Place) -> None:
    """Add the measure's per-partner rows and a per-year total (summed over the rows that give it).

    A year with a damaged cell gets no total (a partial sum would be a wrong figure); a year
    with no row giving a figure gets none either.
    """
    own_col = roles["asylum_iso" if measure.side == "asylum" else "origin_iso"]
    partner_col = roles["origin_iso" if measure.side == "asylum" else "asylum_iso"]
    value_col, year_col = roles[measure.column], roles["year"]
    totals: dict[int, float] = {}
    summed: dict[int, list[int]] = {}  # year -> the lines its total adds up
    damaged: set[int] = set()
    by_partner: dict[tuple[int, str], tuple[float, int]] = {}
    unassigned = 0.0
    not_counted: set[int] = set()  # years whose own-row IDP 0 means "UNHCR does not count them"
    for line, row in data:
        if len(row) <= max(own_col, value_col, partner_col) or row[own_col].strip() != country.iso3:
            continue
        partner = row[partner_col].strip()
        if not _gives_total(measure, partner, country):
            continue
        year, value = _year(row[year_col]), read_number(row[value_col])
        if year is None:
            result.skipped += 1
            continue
        if isinstance(value, NotANumber):
            damaged.add(year)
            _report_text(result, place, line, value_col, value, measure, year)
            continue
        if value is None:  # '-': no figure
            result.skipped += 1
            continue
        if value == 0 and measure.rows == "own":
            not_counted.add(year)
            continue
        totals[year] = totals.get(year, 0.0) + value
        summed.setdefault(year, []).append(line)
        if not measure.by_partner or not value or partner == country.iso3:
            continue
        if is_known_iso3(partner):
            by_partner[(year, partner)] = (value, line)
        else:
            unassigned += value
    column = place.header[value_col]
    for (year, partner), (value, line) in sorted(by_partner.items()):
        result.records.append(ValueRecord(measure.indicator, year, value, partner=partner,
                                          unit="persons", source=source, where=csv_place(line, column)))
    for year in sorted(damaged):
        totals.pop(year, None)
        result.report(ImportIssue(
            "partial_total", tr(CONTEXT, "{name}: the {year} total of '{indicator}' was not stored, because a "
                                "row it adds up is damaged (see above).").format(
                name=place.file_name, year=year, indicator=indicator_name(measure.indicator)),
            indicator=measure.indicator, year=year))
    for year, value in sorted(totals.items()):
        result.records.append(ValueRecord(measure.indicator, year, value, unit="persons",
                                          source=source, where=csv_place(summed[year], column)))
    if not_counted:
        _report_not_counted(result, measure, country, sorted(not_counted))
    if unassigned:
        result.warnings.append(
            tr(CONTEXT, "{n} people in '{indicator}' have an unknown or stateless origin or "
               "destination; they are counted in the totals only.").format(
                n=f"{unassigned:,.0f}", indicator=indicator_name(measure.indicator)))


def _report_not_counted(result: ImportResult, measure: Measure, country: Country, years: list[int]) -> None:
    """One sentence for the years whose IDP 0 is UNHCR not counting, not a count of none."""
    if measure.indicator == "idp_returns":
        text = tr(CONTEXT, "UNHCR counts no returned IDPs of concern to it in {country} for {years}: a 0 there "
                  "means UNHCR does not report IDP returns for the country, not that there are none; take "
                  "IDP returns from IDMC or national sources.")
    else:
        text = tr(CONTEXT, "UNHCR counts no IDPs of concern to it in {country} for {years}: a 0 there means "
                  "UNHCR does not report IDPs for the country, not that there are none; take IDPs from IDMC "
                  "or national sources.")
    result.report(ImportIssue("not_stored", text.format(country=country_label(country), years=year_span(years)),
                              indicator=measure.indicator, year=years[0]))


def _gives_total(measure: Measure, partner: str, country: Country) -> bool:
    if measure.rows == "own":
        return partner == country.iso3
    if measure.rows == "own_or_stateless":
        return partner == country.iso3 or not is_known_iso3(partner)
    return True


def _report_text(result: ImportResult, place: _Place, line: int, column: int, text: str, measure: Measure,
                 year: int) -> None:
    header = place.header[column] if column < len(place.header) else str(column + 1)
    result.report(ImportIssue(
        "not_a_number", tr(CONTEXT, "{name}, line {line}, column '{column}': '{text}' is not a number; this "
                           "figure was not stored.").format(name=place.file_name, line=line, column=header, text=text),
        line=line, cell=header, indicator=measure.indicator, year=year))


def _year(cell: str) -> int | None:
    text = cell.strip()
    return int(text) if text.isdigit() and 1900 <= int(text) <= 2100 else None
