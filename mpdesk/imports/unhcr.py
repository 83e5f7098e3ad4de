"""UNHCR Refugee Data Finder exports.

Reads population.csv (2022 layout), persons_of_concern.csv (2025 layout) and solutions.csv.

Columns are found by their header text, not their position: the 2025 export moved asylum before
origin. Solutions downloads (and older population downloads) start with a metadata preamble;
the header is the first row whose first cell is 'Year'. '-' and blanks mean no data.
"""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from mpdesk.i18n import tr
from mpdesk.imports.common import CONTEXT, country_label, read_text, target_country, to_number
from mpdesk.imports.countries import Country, is_known_iso3
from mpdesk.imports.records import ImportFormatError, ImportResult, ValueRecord, file_sha256

IMPORTER = "unhcr_rdf"
PREAMBLE_MAX_ROWS = 40


@dataclass(frozen=True)
class Measure:
    indicator: str
    column: str  # which header holds it (a key of _column_roles)
    side: str  # "asylum": the country hosts them; "origin": they come from the country
    by_partner: bool


POPULATION_MEASURES = [
    Measure("refugees_hosted", "refugees", "asylum", True),
    Measure("refugees_from_country", "refugees", "origin", True),
    Measure("asylum_seekers_hosted", "asylum_seekers", "asylum", True),
    Measure("idps", "idps", "asylum", False),
    Measure("stateless_persons", "stateless", "asylum", False),
]
SOLUTIONS_MEASURES = [
    Measure("refugee_returns", "returned_refugees", "origin", True),
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


def read_unhcr(path: str | Path, country_iso3: str) -> ImportResult:
    path = Path(path)
    country = target_country(country_iso3)
    rows = list(csv.reader(io.StringIO(read_text(path))))
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
               "asylum-seekers, IDPs, stateless persons, returns, naturalisations).").format(
                name=path.name))
    extracted = _preamble_value(rows[:header_index], "date extracted")
    data = rows[header_index + 1:]
    dataset = _dataset_name(roles, _year_span(data, roles["year"]), extracted)
    result = ImportResult([], str(path), file_sha256(path), IMPORTER, dataset)
    for measure in measures:
        _collect(data, roles, measure, country, dataset, result)
    if not result.records:
        raise ImportFormatError(
            tr(CONTEXT, "{country} does not appear in this UNHCR file.").format(
                country=country_label(country)))
    return result


def _measures(roles: dict[str, int]) -> list[Measure]:
    return [m for m in POPULATION_MEASURES + SOLUTIONS_MEASURES if m.column in roles]


def _preamble_value(rows: list[list[str]], key: str) -> str:
    for row in rows:
        if len(row) > 1 and row[0].strip().lower().rstrip(":") == key:
            return row[1].strip()
    return ""


def _year_span(data: list[list[str]], year_col: int) -> str:
    years = {y for y in (_year(r[year_col]) for r in data if len(r) > year_col) if y}
    return "{0}-{1}".format(min(years), max(years)) if years else ""


def _dataset_name(roles: dict[str, int], span: str, extracted: str) -> str:
    """A citation that tells two exports apart by content, e.g. '... 2017-2022' vs '2019-2024'."""
    kind = "solutions" if "returned_refugees" in roles else "populations"
    name = "UNHCR Refugee Data Finder, {kind} {span}".format(kind=kind, span=span).strip()
    return name + (" (extracted {0})".format(extracted) if extracted else "")


def _collect(data: list[list[str]], roles: dict[str, int], measure: Measure, country: Country,
             source: str, result: ImportResult) -> None:
    """Add the measure's per-partner rows and a per-year total (summed over all partners)."""
    own_col = roles["asylum_iso" if measure.side == "asylum" else "origin_iso"]
    partner_col = roles["origin_iso" if measure.side == "asylum" else "asylum_iso"]
    value_col, year_col = roles[measure.column], roles["year"]
    totals: dict[int, float] = defaultdict(float)
    by_partner: dict[tuple[int, str], float] = defaultdict(float)
    unassigned = 0.0
    for row in data:
        if len(row) <= max(own_col, value_col, partner_col) or row[own_col].strip() != country.iso3:
            continue
        year, value = _year(row[year_col]), to_number(row[value_col])
        if year is None or value is None:
            result.skipped += 1
            continue
        totals[year] += value
        partner = row[partner_col].strip()
        if not measure.by_partner or not value or partner == country.iso3:
            continue
        if is_known_iso3(partner):
            by_partner[(year, partner)] += value
        else:
            unassigned += value
    for (year, partner), value in sorted(by_partner.items()):
        result.records.append(ValueRecord(measure.indicator, year, value, partner=partner,
                                          unit="persons", source=source))
    for year, value in sorted(totals.items()):
        result.records.append(ValueRecord(measure.indicator, year, value, unit="persons",
                                          source=source))
    if unassigned:
        result.warnings.append(
            tr(CONTEXT, "{n} people in '{indicator}' have an unknown or stateless origin or "
               "destination; they are counted in the totals only.").format(
                n=f"{unassigned:,.0f}", indicator=measure.indicator))


def _year(cell: str) -> int | None:
    text = cell.strip()
    return int(text) if text.isdigit() and 1900 <= int(text) <= 2100 else None
