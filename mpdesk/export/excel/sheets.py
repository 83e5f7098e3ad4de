"""One function per sheet of the workbook. Each works from the ReportData snapshot alone."""

from __future__ import annotations

import re
from typing import Any, Iterable

from mpdesk.charts.format import disaggregation_text, unit_label
from mpdesk.export.excel.cells import (
    freeze_below, indicator_format, link_to_sheet, number_format, size_columns, write_banner, write_header,
    write_number, write_row, write_table, write_text, write_title,
)
from mpdesk.export.excel.charts import place_charts
from mpdesk.export.report_data import IndicatorTable, ReportData, SectionInfo, TableRow
from mpdesk.i18n import tr

_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
SHEET_NAME_LIMIT = 31


def draft_text() -> str:
    return tr("Excel", "DRAFT — not for citation")


def sheet_name(text: str, taken: Iterable[str]) -> str:
    """A valid, unique sheet name: no []:*?/\\ characters, at most 31 characters."""
    base = _FORBIDDEN.sub(" ", text).strip().strip("'")
    base = re.sub(r"\s+", " ", base)[:SHEET_NAME_LIMIT].rstrip() or tr("Excel", "Sheet")
    used = {t.lower() for t in taken}
    name, number = base, 2
    while name.lower() in used:
        suffix = f" ({number})"
        name = base[:SHEET_NAME_LIMIT - len(suffix)].rstrip() + suffix
        number += 1
    return name


def start_sheet(book: Any, tab: str, heading: str, data: ReportData) -> tuple[Any, int]:
    """A new sheet with the draft banner (if any) and its heading; returns (sheet, first free row)."""
    from mpdesk.export.excel.cells import clean_text

    from mpdesk.export.excel.cells import as_buffer

    sheet = as_buffer(book, book.create_sheet(sheet_name(tab, book.sheetnames)))
    row = 1
    if data.draft:
        write_banner(sheet, row, draft_text())
        sheet.oddHeader.center.text = clean_text(draft_text())  # printed pages say it too
        row += 1
    write_title(sheet, row, heading)
    return sheet, row + 2


# -- Contents and About -------------------------------------------------------------------------

def contents_sheet(book: Any, data: ReportData, described: list[tuple[str, str]]) -> Any:
    """The first sheet: what the workbook is, and a link to every other sheet."""
    sheet, row = start_sheet(book, tr("Excel", "Contents"), data.profile.title, data)
    book.move_sheet(sheet.title, offset=-(len(book.sheetnames) - 1))
    for label, value in _identity(data)[:4]:
        write_row(sheet, row, [label, value])
        row += 1
    row += 1
    write_header(sheet, row, [tr("Excel", "Sheet"), tr("Excel", "What it holds")])
    for offset, (name, what) in enumerate(described, start=1):
        link_to_sheet(write_text(sheet, row + offset, 1, name), name)
        write_text(sheet, row + offset, 2, what)
    size_columns(sheet, skip_rows=2 if data.draft else 1)
    return sheet


def about_sheet(book: Any, data: ReportData) -> Any:
    sheet, row = start_sheet(book, tr("Excel", "About"), tr("Excel", "About this workbook"), data)
    for offset, (label, value) in enumerate(_identity(data)):
        write_text(sheet, row + offset, 1, label, bold=True)
        write_row(sheet, row + offset, [value], start=2)
    note = row + len(_identity(data)) + 1
    write_text(sheet, note, 1, tr("Excel", "Figures are stored at full precision; the number formats only round "
                                          "what is shown. Derived indicators are computed from the stored "
                                          "figures by the formula given in the Data and Indicator definitions sheets."))
    size_columns(sheet, skip_rows=row - 1, max_row=note - 1)
    return sheet


def _identity(data: ReportData) -> list[tuple[str, Any]]:
    p = data.profile
    status = tr("Excel", "Draft") if data.draft else tr("Excel", "Final")
    return [
        (tr("Excel", "Profile"), p.title),
        (tr("Excel", "Edition"), p.edition_year),
        (tr("Excel", "Exported on"), data.export_date.isoformat()),
        (tr("Excel", "Status"), status),
        (tr("Excel", "Country"), p.country_name),
        (tr("Excel", "Reference period"), f"{p.period_start}–{p.period_end}"),
        (tr("Excel", "Lead agency"), p.lead_agency),
        (tr("Excel", "Written by"), tr("Excel", "mpdesk {version}").format(version=data.app_version)),
    ]


# -- At a glance --------------------------------------------------------------------------------

def glance_sheet(book: Any, data: ReportData) -> Any:
    """The key figures: latest value (a number), its year, unit, source and change."""
    from mpdesk.export.excel.figures import glance_rows

    sheet, top = start_sheet(book, tr("Excel", "At a glance"), tr("Excel", "Migration at a glance"), data)
    headers = [tr("Excel", "Indicator"), tr("Excel", "Latest value"), tr("Excel", "Year"), tr("Excel", "Unit"),
               tr("Excel", "Source"), tr("Excel", "Change since previous figure"), tr("Excel", "Previous year")]
    write_header(sheet, top, headers)
    row = top
    for row, figure in enumerate(glance_rows(data), start=top + 1):
        write_text(sheet, row, 1, figure.name)
        write_number(sheet, row, 2, figure.value, figure.fmt)
        write_number(sheet, row, 3, figure.year, "0")
        write_text(sheet, row, 4, figure.unit)
        write_text(sheet, row, 5, figure.source)
        write_number(sheet, row, 6, figure.change, _signed(figure.fmt))
        write_number(sheet, row, 7, figure.previous_year, "0")
    freeze_below(sheet, top)
    size_columns(sheet, skip_rows=top - 1)
    return sheet


def _signed(fmt: str) -> str:
    return f"+{fmt};-{fmt};0"


# -- module sheets ------------------------------------------------------------------------------

def module_sheet(book: Any, data: ReportData, section: SectionInfo) -> Any | None:
    """A module's indicators as one wide table (years across), then its charts and their data."""
    rows = [r for t in data.tables.get(section.key, []) for r in t.rows]
    if not rows:
        return None
    sheet, top = start_sheet(book, section.heading, section.heading, data)
    years = sorted({y for t in data.tables[section.key] for y in _years(t)})
    last = _wide_table(sheet, top, rows, years, data)
    freeze_below(sheet, top, columns=2)
    size_columns(sheet, skip_rows=top - 1, max_row=last)
    charts = data.charts.get(section.key, [])
    if charts:
        from openpyxl.utils import get_column_letter

        write_title(sheet, last + 3, tr("Excel", "Chart data"), size=12)
        place_charts(sheet, charts, last + 5, get_column_letter(len(years) + 7), top)
    return sheet


def _years(table: IndicatorTable) -> tuple[int, ...]:
    return table.all_years or table.years


def _wide_table(sheet: Any, top: int, rows: list[TableRow], years: list[int], data: ReportData) -> int:
    headers = [tr("Excel", "Indicator"), tr("Excel", "Disaggregation"), *(str(y) for y in years),
               tr("Excel", "Unit"), tr("Excel", "Source"), tr("Excel", "Indicator key")]
    write_header(sheet, top, headers)
    for column, year in enumerate(years, start=3):
        sheet.cell(row=top, column=column).value = year  # a number, so formulas and sorting work
    row = top
    for row, item in enumerate(rows, start=top + 1):
        info = data.indicators.get(item.indicator)
        write_text(sheet, row, 1, info.name if info else item.label)
        dims = (item.sex, item.age_group, item.partner, item.category)
        write_text(sheet, row, 2, disaggregation_text(dims, data.language).lstrip(", ") or tr("Excel", "Total"))
        fmt = _row_format(item, data)
        for column, year in enumerate(years, start=3):
            write_number(sheet, row, column, item.values.get(year), fmt)
        tail = len(years) + 3
        write_row(sheet, row, [unit_label(item.unit, data.language), "; ".join(item.sources), item.indicator], tail)
    return row


def _row_format(item: TableRow, data: ReportData) -> str:
    catalogue = data.catalogue
    if catalogue is not None and catalogue.has_indicator(item.indicator):
        return indicator_format(catalogue.indicator(item.indicator))
    return number_format(item.decimals)


# -- tidy tables ----------------------------------------------------------------------------------

def tidy_sheet(book: Any, data: ReportData, tab: str, heading: str, headers: list[str],
               rows: Iterable[list[Any]], formats: dict[int, str] | None = None) -> Any:
    """A filterable table with a frozen header; ``formats`` maps a column number to its format."""
    sheet, top = start_sheet(book, tab, heading, data)
    last = write_table(sheet, top, headers, rows)
    for column, fmt in (formats or {}).items():
        for (cell,) in sheet.iter_rows(min_row=top + 1, max_row=last, min_col=column, max_col=column):
            if isinstance(cell.value, (int, float)):
                cell.number_format = fmt
    size_columns(sheet, skip_rows=top - 1)
    return sheet
