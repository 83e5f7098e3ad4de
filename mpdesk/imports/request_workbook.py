"""Reading back a data-request workbook a ministry filled in (written by export.request_workbook).

The hidden ``_mpdesk`` sheet says which profile and requests the workbook belongs to and which
figure each yellow cell stands for. Before any figure is read, the protected cells are compared
with the texts recorded there, so an edited label or a moved row is named exactly instead of
figures landing in the wrong place.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mpdesk.i18n import NOTES, tr
from mpdesk.imports.common import load_xlsx, to_number
from mpdesk.imports.records import ImportFormatError, ImportResult, ValueRecord, file_sha256

CONTEXT = "Requests"
ID_SHEET = "_mpdesk"
FORMAT_MARK = "mpdesk data request"
IMPORTER = "request_workbook"
MAX_NAMED = 5


@dataclass(frozen=True)
class CellSkip:
    """A filled cell that could not be read, with its place (shown in the preview's Skipped tab)."""

    cell: str
    text: str


@dataclass
class RequestImportResult(ImportResult):
    institution: str = ""
    request_ids: list[str] = field(default_factory=list)
    cells: dict[tuple, str] = field(default_factory=dict)  # figure's cell key -> "Sheet!E5"
    skipped_entries: list[CellSkip] = field(default_factory=list)


def is_request_workbook(path: str | Path) -> bool:
    """True for an .xlsx that carries the identity sheet (cheap: only the sheet names are read)."""
    path = Path(path)
    try:
        with open(path, "rb") as handle:
            if handle.read(4) != b"PK\x03\x04":
                return False
        book = load_xlsx(path)
    except (OSError, ImportFormatError):
        return False
    try:
        return ID_SHEET in book.sheetnames
    finally:
        book.close()


def read_request_workbook(path: str | Path, profile_id: str, profile_title: str) -> RequestImportResult:
    import openpyxl

    path = Path(path)
    book = openpyxl.load_workbook(path, data_only=True)
    try:
        identity = [list(r) for r in book[ID_SHEET].iter_rows(values_only=True)]
        facts = _facts(path, identity)
        if facts.get("profile_id") != profile_id:
            raise ImportFormatError(tr(CONTEXT, "{name} is the data-request workbook of another profile ({other}), "
                                       "not of {this}. Import it into that profile.").format(
                name=path.name, other=facts.get("profile_title", "?"), this=profile_title))
        _check_labels(path, book, identity)
        result = RequestImportResult(
            records=[], source_file=str(path), sha256=file_sha256(path), importer=IMPORTER,
            dataset=tr(CONTEXT, "Data request to {institution}").format(institution=facts.get("institution", "")),
            institution=str(facts.get("institution", "")),
            request_ids=[i for i in str(facts.get("requests", "")).split(",") if i])
        for row in identity:
            if row and row[0] == "figure":
                _read_figure(book, row, result)
        return result
    finally:
        book.close()


def _facts(path: Path, identity: list[list[Any]]) -> dict[str, str]:
    if not identity or identity[0][0] != FORMAT_MARK:
        raise ImportFormatError(tr(CONTEXT, "{name} has a sheet named _mpdesk but is not an mpdesk data-request "
                                   "workbook; ask for a new workbook.").format(name=path.name))
    return {str(r[0]): str(r[1]) for r in identity[1:] if r and r[0] and len(r) > 1 and r[1] is not None
            and r[0] not in ("figure", "label", "extent")}


def _check_labels(path: Path, book: Any, identity: list[list[Any]]) -> None:
    problems: list[str] = []
    for row in identity:
        kind = row[0] if row else None
        if kind not in ("label", "extent"):
            continue
        sheet_name, ref = row[1], row[2]
        if sheet_name not in book.sheetnames:
            problems.append(tr(CONTEXT, "the sheet '{sheet}' is missing or was renamed").format(sheet=sheet_name))
            continue
        sheet = book[sheet_name]
        if kind == "label":
            now = sheet[ref].value
            if ("" if now is None else str(now)) != str(row[3]):
                problems.append(tr(CONTEXT, "in sheet '{sheet}', cell {cell} now reads '{now}' instead of '{was}'")
                                .format(sheet=sheet_name, cell=ref, now="" if now is None else now, was=row[3]))
        else:
            problems += _outside(sheet, ref)
    problems = list(dict.fromkeys(problems))
    if problems:
        named = "; ".join(problems[:MAX_NAMED])
        more = len(problems) - MAX_NAMED
        text = tr(CONTEXT, "{name} was changed outside its yellow input cells: {what}.").format(name=path.name,
                                                                                              what=named)
        if more > 0:
            text += " " + tr(CONTEXT, "{n} more cells were changed too.").format(n=more)
        text += " " + tr(CONTEXT, "Nothing was imported. Put the original text back, or ask for a new workbook.")
        raise ImportFormatError(text)


def _outside(sheet: Any, extent: str) -> list[str]:
    """Filled cells below or to the right of the table (a row or column added by hand)."""
    from openpyxl.utils.cell import coordinate_from_string, column_index_from_string

    letters, last_row = coordinate_from_string(extent)
    last_col = column_index_from_string(letters)
    found = []
    for row in sheet.iter_rows(min_row=1):
        for cell in row:
            if cell.value is not None and (cell.row > last_row or cell.column > last_col):
                found.append(tr(CONTEXT, "in sheet '{sheet}', cell {cell} outside the table holds '{now}'")
                             .format(sheet=sheet.title, cell=cell.coordinate, now=cell.value))
    return found


def _read_figure(book: Any, row: list[Any], result: RequestImportResult) -> None:
    _, sheet_name, ref, indicator, year, sex, age_group, source_ref, note_ref = row[:9]
    sheet = book[sheet_name]
    raw = sheet[ref].value
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return
    value = None if isinstance(raw, bool) else to_number(raw)
    where = f"{sheet_name}!{ref}"
    if value is None:
        result.skipped_entries.append(CellSkip(where, tr(
            CONTEXT, "sheet '{sheet}', cell {cell}: '{text}' is not a number, so it was not imported").format(
            sheet=sheet_name, cell=ref, text=raw)))
        result.skipped += 1
        return
    given_source, note = _text(sheet[source_ref].value), _text(sheet[note_ref].value)
    parts = [tr(NOTES, "Source given: {text}").format(text=given_source) if given_source else "", note]
    result.records.append(ValueRecord(indicator=str(indicator), year=int(year), value=float(value),
                                      sex=str(sex or ""), age_group=str(age_group or ""),
                                      source=result.institution, note=". ".join(p for p in parts if p)))
    result.cells[(str(indicator), int(year), str(sex or ""), str(age_group or ""), "", "")] = where


def _text(value: Any) -> str:
    return "" if value is None else str(value).strip()


__all__ = ["CellSkip", "RequestImportResult", "is_request_workbook", "read_request_workbook"]
