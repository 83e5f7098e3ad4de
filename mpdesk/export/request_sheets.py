"""The sheets of a data-request workbook (openpyxl): instructions, one sheet per module, identity."""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING, Any, Iterable

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill, Protection
from openpyxl.utils import get_column_letter
from openpyxl.workbook.protection import WorkbookProtection
from openpyxl.worksheet.datavalidation import DataValidation

from mpdesk.formats import unit_label
from mpdesk.export.request_workbook import (
    FIRST_ROW, FORMAT_MARK, HEADER_FILL, ID_SHEET, INPUT_FILL, LABEL_COLUMNS, rows_of, texts,
)

if TYPE_CHECKING:
    from mpdesk.guide.model import Indicator
    from mpdesk.services.workspace import Workspace

BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")
UNLOCKED = Protection(locked=False)


def sheet_title(number: str, title: str, taken: set[str]) -> str:
    name = BAD_SHEET_CHARS.sub(" ", f"{number} {title}".strip())[:31].strip()
    base, n = name, 2
    while name.casefold() in taken:
        name = f"{base[:28]} {n}"
        n += 1
    taken.add(name.casefold())
    return name


def build_workbook(ws: "Workspace", institution: str, requests: list, indicators: list["Indicator"]) -> Workbook:
    profile = ws.profile()
    lang = profile.language
    words = texts(lang)
    years = list(range(profile.period_start, profile.period_end + 1))
    book = Workbook()
    intro = book.active
    intro.title = _intro_title(lang)
    _instructions(intro, words, profile, institution, requests)
    identity: list[list[Any]] = [[FORMAT_MARK, "1"], ["profile_id", profile.id], ["profile_title", profile.title],
                                 ["requests", ",".join(r.id for r in requests)], ["institution", institution],
                                 ["language", lang], ["written", date.today().isoformat()]]
    taken = {intro.title.casefold(), ID_SHEET.casefold()}
    for section_key, members in _by_section(ws, indicators):
        section = ws.catalogue.section(section_key)
        sheet = book.create_sheet(sheet_title(section.number, section.title.get_for(lang), taken))
        identity += _module_sheet(sheet, members, years, words, lang)
    hidden = book.create_sheet(ID_SHEET)
    for row in identity:
        hidden.append(row)
    hidden.sheet_state = "hidden"
    hidden.protection.sheet = True
    book.security = WorkbookProtection(lockStructure=True)  # no renaming, adding or unhiding sheets
    return book


def _intro_title(language: str) -> str:
    return {"fr": "Instructions", "es": "Instrucciones"}.get(language, "Instructions")


def _instructions(sheet, words: dict, profile, institution: str, requests: list) -> None:
    sheet.column_dimensions["A"].width = 110
    sheet.append([words["title"].format(profile=profile.title)])
    sheet["A1"].font = Font(bold=True, size=14)
    sheet.append([words["to"].format(institution=institution)])
    dues = sorted(r.due_on for r in requests if isinstance(r.due_on, date))
    if dues:
        sheet.append([words["due"].format(due=dues[0].isoformat())])
    sheet.append([])
    for number, step in enumerate(words["steps"], 1):
        sheet.append([f"{number}. {step}"])
    sheet.append([])
    for request in requests:
        if request.description:
            sheet.append([words["asked"].format(text=request.description)])
    for row in sheet.iter_rows():
        row[0].alignment = Alignment(wrap_text=True, vertical="top")
    sheet.protection.sheet = True


def _by_section(ws: "Workspace", indicators: Iterable["Indicator"]) -> list[tuple[str, list["Indicator"]]]:
    groups: dict[str, list] = {}
    for indicator in indicators:
        groups.setdefault(_home_section(ws, indicator), []).append(indicator)
    order = {s.key: n for n, s in enumerate(ws.catalogue.sections)}
    return sorted(groups.items(), key=lambda item: order.get(item[0], 10 ** 6))


def _home_section(ws: "Workspace", indicator: "Indicator") -> str:
    """The module a headline (at-a-glance) indicator is shown in, so the ministry sees it in context."""
    cat = ws.catalogue
    if indicator.section_key != "glance":
        return indicator.section_key
    shown = (s.key for s in cat.sections if s.key != "glance" and indicator in cat.indicators_shown_in(s.key))
    return next(shown, indicator.section_key)


def _module_sheet(sheet, indicators: list["Indicator"], years: list[int], words: dict, lang: str) -> list[list]:
    """Fill one module's sheet; return the identity rows for its cells."""
    first_year_col = LABEL_COLUMNS + 1
    source_col, note_col = first_year_col + len(years), first_year_col + len(years) + 1
    header = [words["indicator"], words["breakdown"], words["unit"], words["definition"], *years,
              words["source"], words["note"]]
    sheet.cell(row=1, column=1, value=sheet.title).font = Font(bold=True, size=13)
    for col, text in enumerate(header, 1):
        cell = sheet.cell(row=FIRST_ROW - 1, column=col, value=text)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor=HEADER_FILL)
    identity: list[list] = []
    validation = DataValidation(type="decimal", operator="between", formula1="-1E+15", formula2="1E+15",
                                allow_blank=True, showErrorMessage=True, errorTitle=words["unit"],
                                error=words["steps"][1])
    sheet.add_data_validation(validation)
    row_number = FIRST_ROW
    for indicator in indicators:
        for n, line in enumerate(rows_of(indicator)):
            first = n == 0  # unit and definition once per indicator: the rows below repeat only the name
            labels = [indicator.name.get_for(lang), _breakdown(line, words),
                      unit_label(indicator.unit, lang) if first else None,
                      indicator.definition.get_for(lang) if first else None]
            for col, text in enumerate(labels, 1):
                cell = sheet.cell(row=row_number, column=col, value=text)
                cell.alignment = Alignment(wrap_text=col == 4, vertical="top")
            source_ref = f"{get_column_letter(source_col)}{row_number}"
            note_ref = f"{get_column_letter(note_col)}{row_number}"
            if first:  # room for the wrapped definition (spreadsheets do not grow rows on their own)
                lines = max(1, len(labels[3] or "") // 48 + 1)
                sheet.row_dimensions[row_number].height = 15 * min(lines, 8)
            for offset, year in enumerate(years):
                cell = sheet.cell(row=row_number, column=first_year_col + offset)
                _input(cell)
                cell.number_format = "#,##0" if indicator.is_count else "General"
                identity.append(["figure", sheet.title, cell.coordinate, indicator.key, year, line.sex,
                                 line.age_group, source_ref, note_ref])
            for col in (source_col, note_col):
                _input(sheet.cell(row=row_number, column=col))
            row_number += 1
    last = row_number - 1
    if last >= FIRST_ROW:
        validation.add(f"{get_column_letter(first_year_col)}{FIRST_ROW}:"
                       f"{get_column_letter(source_col - 1)}{last}")
    identity += _label_rows(sheet, last, note_col)
    _widths(sheet, years, source_col, note_col)
    sheet.freeze_panes = sheet.cell(row=FIRST_ROW, column=first_year_col)
    _print_setup(sheet)
    sheet.protection.sheet = True
    sheet.protection.formatColumns = False  # the ministry may widen columns to read
    return identity


def _print_setup(sheet) -> None:
    """A printed request fits the page width: landscape, all columns on one page across."""
    from openpyxl.worksheet.properties import PageSetupProperties

    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)


def _input(cell) -> None:
    cell.protection = UNLOCKED
    cell.fill = PatternFill("solid", fgColor=INPUT_FILL)


def _label_rows(sheet, last: int, note_col: int) -> list[list]:
    """Every protected cell of the table with its text, so any change can be named exactly."""
    rows = []
    for row in sheet.iter_rows(min_row=FIRST_ROW - 1, max_row=max(last, FIRST_ROW - 1), max_col=note_col):
        for cell in row:
            if cell.protection.locked is not False and cell.value is not None:
                rows.append(["label", sheet.title, cell.coordinate, str(cell.value)])
    rows.append(["extent", sheet.title, f"{get_column_letter(note_col)}{max(last, FIRST_ROW - 1)}"])
    return rows


def _widths(sheet, years: list[int], source_col: int, note_col: int) -> None:
    for col, width in ((1, 34), (2, 16), (3, 12), (4, 46)):
        sheet.column_dimensions[get_column_letter(col)].width = width
    for offset in range(len(years)):
        sheet.column_dimensions[get_column_letter(LABEL_COLUMNS + 1 + offset)].width = 11
    sheet.column_dimensions[get_column_letter(source_col)].width = 30
    sheet.column_dimensions[get_column_letter(note_col)].width = 30


def _breakdown(line, words: dict) -> str:
    if line.sex:
        return words[line.sex]
    if line.age_group:
        return words["aged"].format(group=line.age_group)
    return words["total"]
