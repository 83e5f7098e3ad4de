"""KNOMAD / World Bank workbooks: bilateral remittance and migration matrices 2021, inward flows.

These files carry no codes, so countries are matched by their World Bank names through the
country table; rows and columns that name no country ('WORLD', 'Other North', income groups)
are never taken as partners. The 'World' row/column gives the totals.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from mpdesk.formats import format_date
from mpdesk.i18n import NOTES, current_report_language, tr
from mpdesk.imports.common import (
    CONTEXT,
    Progress,
    country_label,
    load_xlsx,
    persons,
    sheet_rows,
    target_country,
    to_number,
)
from mpdesk.countries import Country, find_by_name
from mpdesk.imports.records import ImportFormatError, ImportResult, ValueRecord, file_sha256, sheet_place

IMPORTER = "knomad"
REMITTANCE_MATRIX = "KNOMAD/World Bank Bilateral Remittance Matrix {year} ({edition})"
MIGRATION_MATRIX = "KNOMAD/World Bank Bilateral Migration Matrix {year} ({edition})"
INWARD_FLOWS = "World Bank-KNOMAD, Remittance inflows ({edition})"
# Revisions of UN DESA's International Migrant Stock, each describing stocks at mid-year of its
# own year. A migration matrix whose notes say it is based on UN DESA describes the stocks of the
# latest revision before its title year (the 2021 matrix: mid-2020; Kenya's 'World' total
# equals UN DESA 2020's Kenya figure, 1,050,147).
UNDESA_REVISIONS = (2005, 2008, 2013, 2015, 2017, 2019, 2020, 2024)
_MONTHS = ("january|february|march|april|may|june|july|august|september|october|november|december")


@dataclass(frozen=True)
class FileFacts:
    """Year and edition as the workbook itself states them (title, citation, notes)."""

    title_year: int | None
    edition: date | None    # the month the workbook gives as its edition ("December 2022"), on its 1st
    based_on_undesa: bool

    @property
    def edition_text(self) -> str:
        """The edition month in the report's language: the dataset name is stored at import, in the
        profile's language (``preview.read_for``), and printed in every report ('décembre 2022')."""
        if self.edition is None:
            return ""
        return format_date(self.edition, current_report_language() or "en", month_only=True)


def file_facts(rows: list[tuple]) -> FileFacts:
    texts = [c for r in rows for c in r[:1] if isinstance(c, str)]
    title = texts[0] if texts else ""
    match = re.search(r"\b(?:in|for)\s+((?:19|20)\d\d)\b", title)
    title_year = int(match.group(1)) if match else None
    edition = None
    for text in [title] + texts[::-1]:
        found = re.search(rf"\b({_MONTHS})\s+((?:19|20)\d\d)\b", text, re.IGNORECASE)
        if found:
            edition = date(int(found.group(2)), _MONTHS.split("|").index(found.group(1).lower()) + 1, 1)
            break
    undesa = any("un population division" in t.lower() or "undesa" in t.lower() for t in texts[-12:])
    return FileFacts(title_year, edition, undesa)


def stock_year(facts: FileFacts) -> int | None:
    """The year a migration matrix's stocks describe (see UNDESA_REVISIONS)."""
    if facts.title_year is None or not facts.based_on_undesa:
        return facts.title_year
    return max((y for y in UNDESA_REVISIONS if y <= facts.title_year), default=facts.title_year)


@dataclass(frozen=True)
class MatrixSpec:
    """Which indicator a matrix column (country receives/hosts) and row (country sends) give."""

    dataset: str  # a template filled with the file's own year and edition
    column_indicator: str  # across: the country as receiver / destination
    row_indicator: str  # down: the country as sender / origin
    unit: str
    year: int = 0
    note: str = ""


REMITTANCES = MatrixSpec(REMITTANCE_MATRIX, "remittance_inflows", "remittance_outflows",
                         "usd_million")
MIGRATION = MatrixSpec(MIGRATION_MATRIX, "immigrant_stock", "emigrant_stock", "persons")


def knomad_kind(first_rows: list[tuple]) -> str | None:
    """'remittance_matrix', 'migration_matrix', 'inward_flows' or None, from the top-left cells."""
    corner = " ".join(str(r[0]) for r in first_rows[:3] if r and r[0] is not None).lower()
    if "remittance-receiving country" in corner:
        return "remittance_matrix"
    if "destination country (across)" in corner:
        return "migration_matrix"
    if "remittance inflows" in corner and "us$ million" in corner:
        return "inward_flows"
    return None


def read_knomad(path: str | Path, country_iso3: str, progress: Progress | None = None) -> ImportResult:
    path = Path(path)
    country = target_country(country_iso3)
    wb = load_xlsx(path)
    try:
        sheet = wb.worksheets[0].title
        rows = sheet_rows(wb.worksheets[0], progress=progress)
    finally:
        wb.close()
    kind = knomad_kind(rows)
    if kind is None:
        raise ImportFormatError(
            tr(CONTEXT, "{name} is not a KNOMAD remittance or migration workbook: its top-left "
               "cell does not describe a bilateral matrix or remittance inflows.").format(
                name=path.name))
    sha = file_sha256(path)
    facts = file_facts(rows)
    if kind == "inward_flows":
        result = ImportResult([], str(path), sha, IMPORTER, INWARD_FLOWS.format(edition=facts.edition_text).replace(" ()", ""))
        _read_inward(rows, sheet, country, result)
    else:
        spec = _dated_spec(path, kind, facts)
        result = ImportResult([], str(path), sha, IMPORTER, spec.dataset)
        _read_matrix(rows, sheet, spec, country, result)
    if not result.records:
        raise ImportFormatError(
            tr(CONTEXT, "{country} was not found in this KNOMAD workbook, or has no figures "
               "in it.").format(country=country_label(country)))
    return result


def _dated_spec(path: Path, kind: str, facts: FileFacts) -> MatrixSpec:
    """The matrix's dataset name and year from the file's title and notes, never assumed."""
    if facts.title_year is None:
        raise ImportFormatError(
            tr(CONTEXT, "{name}: the title in cell A1 does not say which year the matrix is for, so its "
               "figures cannot be dated.").format(name=path.name))
    base = REMITTANCES if kind == "remittance_matrix" else MIGRATION
    dataset = base.dataset.format(year=facts.title_year, edition=facts.edition_text).replace(" ()", "")
    if base is REMITTANCES:
        return replace(base, dataset=dataset, year=facts.title_year, note=tr(NOTES, "Model estimate"))
    year = stock_year(facts) or facts.title_year
    note = "" if year == facts.title_year else tr(
        NOTES, "Mid-{year} stocks: the matrix titled {title} is based on UN DESA's estimates for mid-{year}").format(
        year=year, title=facts.title_year)
    return replace(base, dataset=dataset, year=year, note=note)


def _is_world(cell: object) -> bool:
    return isinstance(cell, str) and cell.strip().lower() == "world"


def _read_matrix(rows: list[tuple], sheet: str, spec: MatrixSpec, country: Country,
                 result: ImportResult) -> None:
    header_index = next((i for i, r in enumerate(rows[:5]) if r and "(across)" in str(r[0])), 1)
    header = rows[header_index]
    body = [(i, r) for i, r in enumerate(rows) if i > header_index and r and isinstance(r[0], str) and r[0].strip()]
    column = next((j for j, v in enumerate(header) if j and _matches(v, country)), None)
    found = next(((i, r) for i, r in body if _matches(r[0], country)), None)
    if column is not None:
        pairs = [(r[0], r[column] if column < len(r) else None, sheet_place(sheet, i + 1, column + 1))
                 for i, r in body]
        _add_pairs(pairs, spec.column_indicator, spec, country, result)
    if found is not None:
        i, row = found
        pairs = [(header[j], row[j] if j < len(row) else None, sheet_place(sheet, i + 1, j + 1))
                 for j in range(1, len(header))]
        _add_pairs(pairs, spec.row_indicator, spec, country, result)


def _matches(name: object, country: Country) -> bool:
    if not isinstance(name, str) or _is_world(name):
        return False
    found = find_by_name(name)
    return found is not None and found.iso3 == country.iso3


def _add_pairs(pairs: list[tuple[object, object, str]], indicator: str, spec: MatrixSpec,
               country: Country, result: ImportResult) -> None:
    """Partner records (no zero or empty corridors) and the 'World' total; each pair: name, cell, its place."""
    for name, cell, where in pairs:
        value = to_number(cell)
        if value is None or not isinstance(name, str):
            if isinstance(cell, str) and cell.strip():
                result.skipped += 1
            continue
        if spec.unit == "persons":
            value = persons(value)
        if _is_world(name):
            result.records.append(_matrix_record(indicator, value, "", spec, where))
            continue
        partner = find_by_name(name)
        if partner is None or partner.iso3 == country.iso3 or value == 0:
            continue  # 'Other North'/'Other South' groups stay in the World total only
        result.records.append(_matrix_record(indicator, value, partner.iso3, spec, where))


def _matrix_record(indicator: str, value: float, partner: str, spec: MatrixSpec, where: str) -> ValueRecord:
    return ValueRecord(indicator, spec.year, value, partner=partner, unit=spec.unit,
                       source=spec.dataset, note=spec.note, status="estimate", where=where)


def _read_inward(rows: list[tuple], sheet: str, country: Country, result: ImportResult) -> None:
    header = rows[0]
    found = next(((i, r) for i, r in enumerate(rows) if i and r and _matches(r[0], country)), None)
    if found is None:
        return
    index, row = found
    zeros: list[int] = []
    for col, label in enumerate(header):
        year, estimate = _year_label(label)
        if year is None or col >= len(row):
            if _is_gdp_share(label) and col < len(row) and to_number(row[col]):
                result.records.append(_gdp_share_record(label, to_number(row[col]), result.dataset,
                                                        sheet_place(sheet, index + 1, col + 1)))
            continue
        value = to_number(row[col])
        if value is None or value == 0:
            result.skipped += 1
            if value == 0:
                zeros.append(year)
            continue
        note = tr(NOTES, "estimate") if estimate else ""
        result.records.append(ValueRecord("remittance_inflows", year, value, unit="usd_million",
                                          source=result.dataset, note=note, status="estimate" if estimate else "",
                                          where=sheet_place(sheet, index + 1, col + 1)))
    if zeros:
        result.warnings.append(
            tr(CONTEXT, "{country} shows 0 for {years} in this file; KNOMAD uses 0 where no "
               "data was reported, so these years were left out.").format(
                country=country.name_en, years=", ".join(str(y) for y in zeros)))


def _year_label(label: object) -> tuple[int | None, bool]:
    """2000 -> (2000, False); '2023e' -> (2023, True); anything else -> (None, False)."""
    if isinstance(label, (int, float)) and not isinstance(label, bool) and 1900 <= label <= 2100:
        return int(label), False
    text = str(label or "").strip().lower()
    if text.endswith("e") and text[:-1].isdigit():
        return int(text[:-1]), True
    if text.isdigit() and 1900 <= int(text) <= 2100:
        return int(text), False
    return None, False


def _is_gdp_share(label: object) -> bool:
    return isinstance(label, str) and "% of gdp" in label.lower() and sum(ch.isdigit() for ch in label) >= 4


def _gdp_share_record(label: str, value: float, source: str, where: str) -> ValueRecord:
    digits = "".join(ch for ch in label if ch.isdigit())
    year = int(digits[-4:])  # the label names its year ("... % of GDP in 2023"); checked by the caller
    return ValueRecord("remittances_share_gdp", year, value, unit="percent", source=source,
                       note=tr(NOTES, "estimate; GDP from IMF World Economic Outlook"), status="estimate",
                       where=where)
