"""World Bank WDI downloads: the bulk CSV (API_*.csv) and the Excel download (API_*.xls/.xlsx).

CSV: UTF-8 BOM, every field quoted, a trailing comma on every line, header on row 5.
Excel: sheet 'Data', header on row 4, years stored as text, 'Last Updated Date' as a serial.
Only the country's own row is read, so aggregates (WLD, AFE, income groups) are never taken.
"""

from __future__ import annotations

import csv
import io
import itertools
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from mpdesk.i18n import NOTES, tr
from mpdesk.imports.common import (
    CONTEXT,
    country_label,
    load_xlsx,
    Progress,
    persons,
    read_bytes_check,
    read_text,
    parse_line,
    shared,
    sheet_rows,
    stream_csv,
    stream_text,
    target_country,
    NotANumber,
    read_number,
)
from mpdesk.countries import Country
from mpdesk.imports.records import (
    ImportFormatError, ImportIssue, ImportResult, ValueRecord, csv_place, file_sha256, sheet_place,
)

IMPORTER = "worldbank_wdi"
HEADER_SEARCH_ROWS = 10


@dataclass(frozen=True)
class Mapping:
    indicator: str
    unit: str
    divisor: float  # published value / divisor = stored value (US$ -> US$ million)


INDICATORS: dict[str, Mapping] = {
    "SP.POP.TOTL": Mapping("population_total", "persons", 1.0),
    "SM.POP.NETM": Mapping("net_migration", "persons", 1.0),
    "BX.TRF.PWKR.CD.DT": Mapping("remittance_inflows", "usd_million", 1e6),
    "BM.TRF.PWKR.CD.DT": Mapping("remittance_outflows", "usd_million", 1e6),
    "SM.POP.REFG.OR": Mapping("refugees_from_country", "persons", 1.0),
    "SM.POP.REFG": Mapping("refugees_hosted", "persons", 1.0),
    "NY.GDP.MKTP.CD": Mapping("gdp_current_usd", "usd_million", 1e6),
    "BX.TRF.PWKR.DT.GD.ZS": Mapping("remittances_share_gdp", "percent", 1.0),
}


def is_wdi_rows(rows: list[list]) -> bool:
    return _header_index(rows) is not None


def read_worldbank(path: str | Path, country_iso3: str, progress: Progress | None = None) -> ImportResult:
    """The country's rows (one per indicator); a CSV is streamed and only those rows are kept."""
    path = Path(path)
    country = target_country(country_iso3)
    if _is_text(path):
        result, sha = stream_text(path, lambda lines: _read_lines(path, lines, country), progress)
        result.sha256 = sha
        return result
    with workbook_rows(path, progress) as (sheet, rows):
        head = list(itertools.islice(rows, HEADER_SEARCH_ROWS))
        result = _read_rows(path, sheet, head, enumerate(rows, start=len(head) + 1), country)
    result.sha256 = file_sha256(path)
    return result


def _read_lines(path: Path, lines: Iterator[str], country: Country) -> ImportResult:
    """A CSV: only the lines holding the country's code are parsed (a line without it cannot be its row)."""
    head = list(itertools.islice(lines, HEADER_SEARCH_ROWS))
    code = country.iso3
    candidates = ((n, parse_line(text)) for n, text in enumerate(lines, start=len(head) + 1) if code in text)
    return _read_rows(path, "", list(csv.reader(head)), candidates, country)


def _read_rows(path: Path, sheet: str, head: list[list], rest: Iterator[tuple[int, list]],
               country: Country) -> ImportResult:
    """The rows of the file's first lines (``head``), then (line, row) of the rows that may be the country's."""
    header_index = _header_index(head)
    if header_index is None and is_wdi_metadata(head):
        raise metadata_error(path)
    if header_index is None:
        raise ImportFormatError(
            tr(CONTEXT, "{name} is not a World Bank WDI download: the header row with "
               "'Country Code' was not found in the first {n} rows.").format(
                name=path.name, n=HEADER_SEARCH_ROWS))
    updated = _last_updated(head[:header_index])
    projected_from = _wpp_projection_start(path)
    header = [_clean(h) for h in head[header_index]]
    code_col = header.index("Country Code")
    result = ImportResult([], str(path), "", IMPORTER, "World Bank WDI")  # the caller adds the sha256
    codes: list[str] = []
    first = enumerate(head[header_index + 1:], start=header_index + 2)
    for line, values in itertools.chain(first, rest):
        if len(values) > code_col and _clean(values[code_col]) == country.iso3:
            row = _Row(dict(zip(header, values)), line, sheet)
            codes.append(_read_country_row(row, header, updated, result, projected_from))
    if not codes:
        raise ImportFormatError(
            tr(CONTEXT, "{country} is not in this World Bank file.").format(
                country=country_label(country)))
    result.dataset = "World Bank WDI " + ", ".join(sorted(set(codes))) + (
        f" ({updated})" if updated else "")
    return result


def metadata_error(path: Path) -> ImportFormatError:
    return ImportFormatError(
        tr(CONTEXT, "{name} is the World Bank's country list that comes with the data, not the "
           "data itself. Import the file from the same download whose name starts with "
           "'API_'.").format(name=path.name))


@dataclass(frozen=True)
class _Row:
    """One country row with its place: the 1-based line (CSV) or row of sheet ``sheet`` (workbooks)."""

    cells: dict
    line: int
    sheet: str  # "" for a CSV

    def place(self, header: list[str], column: str) -> str:
        if not self.sheet:
            return csv_place(self.line, column)
        return sheet_place(self.sheet, self.line, header.index(column) + 1)


def load_rows(path: Path) -> list[list]:
    """All rows of the file as lists of cell values, whatever the file type."""
    if _is_text(path):
        return stream_csv(path, list)[0]
    with workbook_rows(path) as (_, rows):
        return list(rows)


def _is_text(path: Path) -> bool:
    return path.suffix.lower() not in (".xls", ".xlsx", ".xlsm")


@contextmanager
def workbook_rows(path: Path, progress: Progress | None = None) -> Iterator[tuple[str, Iterator[list]]]:
    """The name of the sheet read and its rows as lists of cell values, read as they are used."""
    if path.suffix.lower() == ".xls":
        name, rows = _xls_rows(path)  # xlrd reads a whole .xls at once (they are small)
        if progress is not None:
            progress(1.0)
        yield name, iter(rows)
        return
    wb = load_xlsx(path)
    try:
        ws = wb["Data"] if "Data" in wb.sheetnames else wb.worksheets[0]
        yield ws.title, (list(r) for r in sheet_rows(ws, progress=progress))
    finally:
        wb.close()


def _xls_rows(path: Path) -> tuple[str, list[list]]:
    """The 'Data' sheet's name and rows (read once per import: recognising the file and reading it share them)."""
    return shared(path, "xls_rows", lambda: _read_xls(path))


def _read_xls(path: Path) -> tuple[str, list[list]]:
    import xlrd

    read_bytes_check(path)
    try:
        book = xlrd.open_workbook(str(path))
    except Exception as exc:  # xlrd raises XLRDError, struct.error, AssertionError...
        raise ImportFormatError(
            tr(CONTEXT, "{name} is damaged or is not really an Excel .xls workbook. Download it "
               "again, or open it in Excel and save it as .xlsx.").format(name=path.name)
        ) from exc
    sheet = book.sheet_by_name("Data") if "Data" in book.sheet_names() else book.sheet_by_index(0)
    rows = []
    for r in range(sheet.nrows):
        row = sheet.row_values(r)
        if row and row[0] == "Last Updated Date" and sheet.cell_type(r, 1) == xlrd.XL_CELL_DATE:
            row[1] = xlrd.xldate_as_datetime(row[1], book.datemode).date().isoformat()
        rows.append(row)
    return sheet.name, rows


def _header_index(rows: list[list]) -> int | None:
    for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        cells = {_clean(c) for c in row}
        if "Country Code" in cells and "Indicator Code" in cells:
            return index
    return None


def is_wdi_metadata(rows: list[list]) -> bool:
    """The Metadata_Country_*.csv that comes in the same ZIP as the data file."""
    return bool(rows) and {"Country Code", "IncomeGroup"} <= {_clean(c) for c in rows[0]}


def _clean(cell: object) -> str:
    """Header and code cells: text, stripped; a year stored as 1960.0 becomes '1960'."""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return "" if cell is None else str(cell).strip()


def _last_updated(rows: list[list]) -> str:
    for row in rows:
        if row and _clean(row[0]) == "Last Updated Date" and len(row) > 1:
            value = row[1]
            return value.date().isoformat() if hasattr(value, "date") else _clean(value)[:10]
    return ""


def _wpp_projection_start(path: Path) -> int | None:
    """The first projected year, when the download's own indicator metadata names a WPP revision.

    WDI takes population series (net migration) from UN World Population Prospects; revision
    YYYY gives estimates up to YYYY-1 and projections from YYYY on. The metadata file comes in
    the same ZIP as the data: Metadata_Indicator_<data file name>.csv.
    """
    import re

    meta = path.with_name("Metadata_Indicator_" + path.stem + ".csv")
    if not meta.is_file():
        return None
    try:
        rows = list(csv.reader(io.StringIO(read_text(meta))))
    except ImportFormatError:
        return None
    for row in rows[1:]:
        for cell in row:
            match = re.search(r"World Population Prospects:?\s*((?:19|20)\d\d)", cell)
            if match:
                return int(match.group(1))
    return None


def _read_country_row(row: _Row, header: list[str], updated: str, result: ImportResult,
                      projected_from: int | None = None) -> str:
    """Add the row's yearly values; returns its indicator code."""
    cells, line = row.cells, row.line
    code = _clean(cells.get("Indicator Code"))
    mapping = INDICATORS.get(code)
    if mapping is None:
        known = ", ".join(INDICATORS)
        raise ImportFormatError(
            tr(CONTEXT, "mpdesk does not know the World Bank indicator '{code}' ({name}). It "
               "reads these indicators: {known}.").format(
                code=code, name=_clean(cells.get("Indicator Name")), known=known))
    source = "World Bank WDI {code}".format(code=code) + (f" ({updated})" if updated else "")
    for column in header:
        if not (len(column) == 4 and column.isdigit()):
            continue
        value = read_number(cells.get(column))
        if isinstance(value, NotANumber):
            result.report(ImportIssue(
                "not_a_number", tr(CONTEXT, "{name}, line {line}, column {column}: '{text}' is not a number; "
                                   "this figure was not stored.").format(
                    name=Path(result.source_file).name, line=line, column=column, text=value),
                line=line, cell=column, indicator=mapping.indicator, year=int(column)))
            continue
        if value is None:
            result.skipped += 1
            continue
        value /= mapping.divisor
        if mapping.unit == "persons":
            value = persons(value)
        projected = projected_from is not None and int(column) >= projected_from
        result.records.append(ValueRecord(
            indicator=mapping.indicator, year=int(column), value=value,
            unit=mapping.unit, source=source, status="projection" if projected else "",
            note=tr(NOTES, "UN WPP {revision} projection").format(revision=projected_from) if projected else "",
            where=row.place(header, column)))
    return code
