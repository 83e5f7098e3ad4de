"""Spreadsheets in a layout no reader knows: the team says which column is what, once per layout.

``layout_of(path)`` finds the header row of a CSV file or of an Excel workbook's first sheet;
``read_mapped(path, mapping)`` turns its rows into figures of one indicator. The mapping is
remembered per layout (the header's signature) by ``imports.remembered_layouts``.
"""

from __future__ import annotations

import csv
import hashlib
import io
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from mpdesk.i18n import current_report_language, tr
from mpdesk.imports.common import CONTEXT, load_xlsx, read_text, to_number, workbook_shared
from mpdesk.imports.written_numbers import ColumnNumbers, SheetNumber, column_numbers
from mpdesk.countries import by_iso3, find_by_name
from mpdesk.imports.records import ImportFormatError, ImportResult, ValueRecord, csv_place, file_sha256, sheet_place

IMPORTER = "mapped_sheet"
ROLES = ("year", "value", "sex", "age_group", "partner", "source")
SEXES = {"f": "female", "female": "female", "females": "female", "women": "female", "woman": "female",
         "m": "male", "male": "male", "males": "male", "men": "male", "man": "male",
         "femmes": "female", "femme": "female", "mujeres": "female", "mujer": "female",
         "h": "male", "hommes": "male", "homme": "male", "hombres": "male", "hombre": "male",
         "": "", "total": "", "both": "", "both sexes": "", "all": "", "t": "", "ensemble": "", "todos": ""}
HEADER_SEARCH_ROWS = 15
SAMPLE_ROWS = 6


@dataclass
class Layout:
    """The file's header and a few rows, to choose the columns from."""

    path: str
    headers: list[str]
    signature: str
    sample: list[list[str]] = field(default_factory=list)


@dataclass(frozen=True)
class ColumnMapping:
    indicator: str
    year: str
    value: str
    sex: str = ""
    age_group: str = ""
    partner: str = ""
    source: str = ""

    def as_dict(self) -> dict[str, str]:
        return asdict(self)


@dataclass
class MappedImportResult(ImportResult):
    skipped_entries: list[Any] = field(default_factory=list)  # CellSkip: listed in the preview's Skipped tab


class NeedsMapping(ImportFormatError):
    """No reader knows the file, but it is a table: the team can map its columns."""

    def __init__(self, layout: Layout, sentence: str) -> None:
        super().__init__(sentence)
        self.layout = layout


def _rows(path: Path) -> list[list[str]]:
    return _table(path)[0]


def _table(path: Path) -> tuple[list[list[str]], str]:
    """The rows as text, and the CSV's separator ('' for a workbook, whose number cells are
    ``SheetNumber``: read as numbers, whatever the column's text cells write)."""
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        book = load_xlsx(path)
        try:
            sheet = book.worksheets[0]
            return [[_sheet_text(c) for c in row] for row in sheet.iter_rows(values_only=True)], ""
        finally:
            book.close()
    text = read_text(path)
    try:
        dialect: Any = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    return [row for row in csv.reader(io.StringIO(text), dialect)], dialect.delimiter


def _sheet_text(cell: Any) -> str:
    if cell is None:
        return ""
    if isinstance(cell, (int, float)) and not isinstance(cell, bool):
        return SheetNumber(cell)
    return str(cell)


def _sheet_name(path: Path) -> str:
    """The sheet ``_rows`` reads (the first), or "" for a CSV."""
    if path.suffix.lower() not in (".xlsx", ".xlsm"):
        return ""
    book = load_xlsx(path)
    try:
        return book.worksheets[0].title
    finally:
        book.close()


def _header_index(rows: list[list[str]]) -> int | None:
    """The first row with at least two filled cells, all of them words (not numbers)."""
    for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        filled = [c.strip() for c in row if c and c.strip()]
        if len(filled) >= 2 and all(to_number(c) is None for c in filled):
            return index
    return None


def layout_of(path: str | Path) -> Layout | None:
    path = Path(path)
    try:
        rows = _rows(path)
    except ImportFormatError:
        return None
    index = _header_index(rows)
    if index is None:
        return None
    headers = [c.strip() for c in rows[index]]
    while headers and not headers[-1]:
        headers.pop()
    signature = hashlib.sha1("\x1f".join(h.casefold() for h in headers).encode("utf-8")).hexdigest()
    sample = [row[:len(headers)] for row in rows[index + 1:index + 1 + SAMPLE_ROWS]]
    return Layout(str(path), headers, signature, sample)


def read_mapped(path: str | Path, mapping: ColumnMapping, source: str = "") -> ImportResult:
    """Figures of ``mapping.indicator`` from the mapped columns; unreadable rows are listed."""
    with workbook_shared(Path(path)):   # the layout, the rows and the sheet's name from one parse
        return _read_mapped(Path(path), mapping, source)


def _read_mapped(path: Path, mapping: ColumnMapping, source: str) -> ImportResult:
    from mpdesk.imports.request_workbook import CellSkip

    path = Path(path)
    layout = layout_of(path)
    if layout is None:
        raise ImportFormatError(tr(CONTEXT, "{name} has no header row that mpdesk can find.").format(name=path.name))
    rows, delimiter = _table(path)
    start = _header_index(rows) or 0
    columns = {role: _column(layout, getattr(mapping, role), path) for role in ROLES if getattr(mapping, role)}
    value_col = columns["value"]
    numbers = column_numbers(((n, _raw(row, value_col)) for n, row in enumerate(rows[start + 1:], start=start + 2)),
                             mapping.value, delimiter, current_report_language() or "")
    result = MappedImportResult(records=[], source_file=str(path), sha256=file_sha256(path), importer=IMPORTER,
                                dataset=tr(CONTEXT, "Spreadsheet {name}").format(name=path.name))
    said = numbers.warning(mapping.value)
    if said:
        result.warnings.append(said)
    sheet = _sheet_name(path)
    for number, row in enumerate(rows[start + 1:], start=start + 2):
        record, problem = _record(row, columns, mapping, numbers, source or path.name)
        if record is not None:
            where = sheet_place(sheet, number, value_col + 1) if sheet else csv_place(number, mapping.value)
            result.records.append(record._replace(where=where))
        elif problem:
            result.skipped_entries.append(
                CellSkip(f"{number}", tr(CONTEXT, "row {n}: {why}").format(n=number, why=problem)))
            result.skipped += 1
    return result


def _column(layout: Layout, name: str, path: Path) -> int:
    if name not in layout.headers:
        raise ImportFormatError(tr(CONTEXT, "{name} has no column '{column}' any more; choose the columns again.")
                                .format(name=path.name, column=name))
    return layout.headers.index(name)


def _cell(row: list[str], columns: dict[str, int], role: str) -> str:
    index = columns.get(role)
    return _raw(row, index).strip() if index is not None else ""


def _raw(row: list[str], index: int) -> str:
    """The cell as read (a workbook's number cell stays a ``SheetNumber``)."""
    return row[index] if index < len(row) and row[index] else ""


def _record(row: list[str], columns: dict[str, int], mapping: ColumnMapping, numbers: ColumnNumbers,
            source: str) -> tuple[ValueRecord | None, str]:
    if not any(c.strip() for c in row if c):
        return None, ""
    year_text, value_text = _cell(row, columns, "year"), _cell(row, columns, "value")
    year = to_number(year_text)
    if year is None or not float(year).is_integer():
        return None, tr(CONTEXT, "'{text}' is not a year").format(text=year_text)
    value = numbers.read(_raw(row, columns["value"]))
    if value is None:
        return None, tr(CONTEXT, "'{text}' is not a number").format(text=value_text) if value_text else ""
    sex_text = _cell(row, columns, "sex").casefold()
    if sex_text not in SEXES:
        return None, tr(CONTEXT, "'{text}' is not a sex (female, male or total)").format(text=sex_text)
    partner, problem = _partner(_cell(row, columns, "partner"))
    if problem:
        return None, problem
    return ValueRecord(mapping.indicator, int(year), float(value), sex=SEXES[sex_text],
                       age_group=_cell(row, columns, "age_group"), partner=partner,
                       source=_cell(row, columns, "source") or source), ""


def _partner(text: str) -> tuple[str, str]:
    if not text or text.casefold() in ("total", "all", "world"):
        return "", ""
    country = by_iso3().get(text.upper()) or find_by_name(text)
    if country is None:
        return "", tr(CONTEXT, "'{text}' is not a country mpdesk knows").format(text=text)
    return country.iso3, ""


__all__ = ["ColumnMapping", "Layout", "MappedImportResult", "NeedsMapping", "layout_of", "read_mapped"]
