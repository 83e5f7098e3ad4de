"""UN DESA International Migrant Stock "Total" / "Destination" workbooks (2015, 2017, 2019, 2020).

The layouts differ by edition (banner height, header rows, column letters), so nothing is read
from a fixed cell: the year row is the first row holding several years, the labels sit on the
same row (2020) or the row above (2015-2019), and the destination is found by its M49 code.
Aggregates (regions, income groups) are never returned because only the country's own row is read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from mpdesk.i18n import NOTES, tr
from mpdesk.imports.common import (
    CONTEXT,
    Progress,
    country_label,
    part,
    load_xlsx,
    persons,
    sheet_rows,
    target_country,
    NotANumber,
    read_number,
)
from mpdesk.countries import Country
from mpdesk.imports.records import ImportFormatError, ImportIssue, ImportResult, ValueRecord, file_sha256, sheet_place

IMPORTER = "undesa_ims"
MAX_COLUMNS = 40  # data ends at column Z; the sheets carry empty formatting far to the right
TYPE_OF_DATA = {"B": "foreign-born", "C": "foreign citizens", "I": "imputed",
                "R": "refugees included"}


@dataclass(frozen=True)
class TableSpec:
    sheet: str
    indicator: str
    scale: float
    all_sex_blocks: bool  # False: only the first block (Table 6's other blocks are % and rates)


TABLES = [
    TableSpec("Table 1", "immigrant_stock", 1.0, True),
    TableSpec("Table 2", "population_total", 1000.0, True),  # published in thousands
    TableSpec("Table 6", "refugees_hosted", 1.0, False),
]


@dataclass
class Header:
    row_index: int  # 0-based index of the year row
    code_col: int
    type_col: int | None
    blocks: list[tuple[str, list[tuple[int, int]]]]  # (sex, [(column, year)])


def is_undesa_workbook(sheetnames: list[str], banner: str) -> bool:
    return "Table 1" in sheetnames and "Table 2" in sheetnames and "migrant stock" in banner.lower()


def read_undesa(path: str | Path, country_iso3: str, progress: Progress | None = None) -> ImportResult:
    path = Path(path)
    country = target_country(country_iso3)
    wb = load_xlsx(path)
    try:
        if "Table 1" not in wb.sheetnames:
            raise _not_undesa(path)
        banner = banner_text(wb["Table 1"])
        if "migrant stock" not in banner.lower():
            raise _not_undesa(path)
        edition = edition_year(banner)
        dataset = dataset_name(edition, banner)
        result = ImportResult([], str(path), file_sha256(path), IMPORTER, dataset)
        for done, spec in enumerate(TABLES):
            if spec.sheet in wb.sheetnames:
                _read_table(wb[spec.sheet], spec, country, dataset, result, part(progress, done, len(TABLES)))
            else:
                result.warnings.append(tr(CONTEXT, "This workbook has no {sheet}; its figures "
                                          "were not imported.").format(sheet=spec.sheet))
    finally:
        wb.close()
    if not result.records:
        raise ImportFormatError(
            tr(CONTEXT, "{country} (M49 code {m49}) is not in this UN DESA workbook, or has no "
               "figures in it.").format(country=country_label(country), m49=country.m49))
    return result


def _not_undesa(path: Path) -> ImportFormatError:
    return ImportFormatError(
        tr(CONTEXT, "{name} is not a UN DESA International Migrant Stock workbook: the sheet "
           "'Table 1' with the migrant stock title was not found.").format(name=path.name))


def banner_text(ws) -> str:
    cells = sheet_rows(ws, max_row=16, max_col=8)
    return " ".join(str(c) for row in cells for c in row if isinstance(c, str))


def edition_year(banner: str) -> int | None:
    for pattern in (r"Rev\.?\s*(\d{4})", r"Migrant Stock[^0-9]{0,20}(\d{4})", r"(\d{4}) Revision"):
        match = re.search(pattern, banner)
        if match:
            return int(match.group(1))
    return None


def dataset_name(edition: int | None, banner: str) -> str:
    if edition is None:
        return "UN DESA, International Migrant Stock"
    if "Trends in International Migrant Stock" in banner:
        return "UN DESA, Trends in International Migrant Stock: The {0} Revision".format(edition)
    return "UN DESA, International Migrant Stock {0}".format(edition)


def _read_table(ws, spec: TableSpec, country: Country, dataset: str, result: ImportResult,
                progress: Progress | None = None) -> None:
    rows = sheet_rows(ws, max_col=MAX_COLUMNS, progress=progress)
    header = find_header(rows)
    if header is None:
        result.warnings.append(tr(CONTEXT, "{sheet} has no row of years; it was skipped.")
                               .format(sheet=spec.sheet))
        return
    found = _country_row(rows, header, country)
    if found is None:
        return
    index, row = found
    blocks = header.blocks if spec.all_sex_blocks else header.blocks[:1]
    note = _note(ws, spec, row, header)
    for sex, columns in blocks:
        for col, year in columns:
            value = read_number(row[col] if col < len(row) else None)
            if isinstance(value, NotANumber):
                _report_text(result, spec, index + 1, col, value, year)
                continue
            if value is None:
                result.skipped += 1
                continue
            result.records.append(ValueRecord(
                indicator=spec.indicator, year=year, value=persons(value * spec.scale), sex=sex,
                unit="persons", source=dataset, note=note, where=sheet_place(spec.sheet, index + 1, col + 1)))


def find_header(rows: list[tuple]) -> Header | None:
    for index, row in enumerate(rows[:25]):
        years = [(col, v) for col, v in enumerate(row) if _is_year(v)]
        if len(years) < 5:
            continue
        labels = _labels_row(rows, index)
        code_col = _label_column(labels, lambda t: "code" in t and "type" not in t)
        if code_col is None:
            return None
        type_col = _label_column(labels, lambda t: t.startswith("type of data"))
        return Header(index, code_col, type_col, _sex_blocks(rows, index, years))
    return None


def _is_year(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 1900 <= value <= 2100


def _labels_row(rows: list[tuple], year_index: int) -> tuple:
    """2020 puts labels beside the years; older editions put them on the row above."""
    if any(isinstance(v, str) and "code" in v.lower() for v in rows[year_index]):
        return rows[year_index]
    return rows[year_index - 1] if year_index else rows[year_index]


def _label_column(labels: tuple, test) -> int | None:
    for col, value in enumerate(labels):
        if isinstance(value, str) and test(" ".join(value.lower().split())):
            return col
    return None


def _sex_blocks(rows: list[tuple], year_index: int,
                years: list[tuple[int, int]]) -> list[tuple[str, list[tuple[int, int]]]]:
    """Split the year columns into blocks (a block restarts when the year goes back)."""
    blocks: list[list[tuple[int, int]]] = []
    for col, year in years:
        if not blocks or year <= blocks[-1][-1][1] or col != blocks[-1][-1][0] + 1:
            blocks.append([])
        blocks[-1].append((col, year))
    return [(_block_sex(rows, year_index, b[0][0], n), b) for n, b in enumerate(blocks)]


def _block_sex(rows: list[tuple], year_index: int, col: int, position: int) -> str:
    for index in range(year_index, max(year_index - 5, -1), -1):
        row = rows[index]
        label = row[col] if col < len(row) else None
        if isinstance(label, str) and not label.strip().isdigit():
            text = label.lower()
            if "female" in text:
                return "female"
            if "male" in text:
                return "male"
            return ""
    return ("", "male", "female")[position] if position < 3 else ""


def _country_row(rows: list[tuple], header: Header, country: Country) -> tuple[int, tuple] | None:
    """The country's row and its 0-based index in the sheet."""
    for index in range(header.row_index + 1, len(rows)):
        row = rows[index]
        code = row[header.code_col] if header.code_col < len(row) else None
        if _same_code(code, country.m49):
            return index, row
    return None


def _report_text(result: ImportResult, spec: TableSpec, line: int, col: int, text: str, year: int) -> None:
    from openpyxl.utils import get_column_letter

    cell = f"{get_column_letter(col + 1)}{line}"
    result.report(ImportIssue(
        "not_a_number", tr(CONTEXT, "{name}, sheet '{sheet}', cell {cell}: '{text}' is not a number; this figure "
                           "was not stored.").format(name=Path(result.source_file).name, sheet=spec.sheet, cell=cell,
                                                     text=text),
        sheet=spec.sheet, line=line, cell=cell, indicator=spec.indicator, year=year))


def _same_code(cell: object, m49: int) -> bool:
    if isinstance(cell, (int, float)) and not isinstance(cell, bool):
        return int(cell) == m49
    return isinstance(cell, str) and cell.strip().isdigit() and int(cell.strip()) == m49


def _note(ws, spec: TableSpec, row: tuple, header: Header) -> str:
    if spec.indicator == "immigrant_stock":
        return _type_of_data_note(row, header)
    if spec.indicator == "refugees_hosted" and "asylum" in banner_text(ws).lower():
        return tr(NOTES, "Mid-year estimate; includes asylum seekers")
    return ""


def _type_of_data_note(row: tuple, header: Header) -> str:
    if header.type_col is None or header.type_col >= len(row) or not row[header.type_col]:
        return ""
    code = str(row[header.type_col]).strip()
    words = [tr(NOTES, TYPE_OF_DATA[c]) for c in code.split() if c in TYPE_OF_DATA]
    return tr(NOTES, "Basis: {basis} (UN DESA type of data '{code}')").format(
        basis=", ".join(words), code=code)
