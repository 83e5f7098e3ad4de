"""One function per sheet of the workbook. Each works from the ReportData snapshot alone."""

from __future__ import annotations

import re
from typing import Any, Iterable, Sequence

from mpdesk.formats import capitalised, disaggregation_text, format_date, unit_label
from mpdesk.export.excel.cells import (
    DRAFT_COLOUR, MAX_WIDTH, BookPlan, SheetPlan, clean_text, figure_format, freeze_below, indicator_format, link_to_sheet, number_format, size_columns, write_banner, write_header,
    write_number, write_numbers, write_row, write_table, write_text, write_title, wrap_columns,
)
from mpdesk.export.derivation import derivation_lines
from mpdesk.export.excel.charts import CHART_ROWS, CHART_WIDTH_PX, place_charts
from mpdesk.export.excel.print_setup import compact, draft_text, fit_charts, fit_to_width, hide_columns, page_texts
from mpdesk.export.report_data import IndicatorTable, ReportData, SectionInfo, TableRow
from mpdesk.i18n import tr

_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
SHEET_NAME_LIMIT = 31


# Words a shortened sheet name should not end on ('A.6 Migration interne et' reads as cut off).
_TRAILING_WORDS = frozenset("and of the in for et de du des la le les en au aux y del el los las por para".split())


def sheet_name(text: str, taken: Iterable[str]) -> str:
    """A valid, unique sheet name: no []:*?/\\ characters, at most 31 characters, shortened at a
    word ('A.6 Migration interne', not 'A.6 Migration interne et déplac')."""
    base = re.sub(r"\s+", " ", _FORBIDDEN.sub(" ", text).strip().strip("'"))
    base = shorten_at_word(base, SHEET_NAME_LIMIT) or tr("Excel", "Sheet")
    used = {t.lower() for t in taken}
    name, number = base, 2
    while name.lower() in used:
        suffix = f" ({number})"
        name = shorten_at_word(base, SHEET_NAME_LIMIT - len(suffix)) + suffix
        number += 1
    return name


def shorten_at_word(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` characters after a whole word (mid-word only for one long word)."""
    if len(text) <= limit:
        return text
    words = text[:limit + 1].split(" ")[:-1]   # the last piece is cut (or the space after a word)
    while len(words) > 1 and words[-1].lower().strip(",;—-") in _TRAILING_WORDS | {""}:
        words.pop()
    kept = " ".join(words).rstrip(" ,;—-")
    return kept if kept else text[:limit].rstrip()


# -- workbook properties and a sheet's start ---------------------------------------------------------

def set_properties(book: BookPlan, data: ReportData) -> None:
    """Title, author, subject and keywords of the file, from the profile (not the library's name)."""
    p = data.profile
    author = clean_text(p.lead_agency) or tr("Excel", "mpdesk {version}").format(version=data.app_version)
    book.properties = {   # control characters pasted into a field would break the XML
        "title": clean_text(p.title), "author": author,
        "subject": clean_text(tr("Report", "Migration Profile of {country}").format(country=p.country_name)),
        "keywords": clean_text(", ".join(x for x in (p.country_name, str(p.edition_year)) if x))}
    # XlsxWriter writes no dc:language: the language goes in a custom property, which Excel's and
    # LibreOffice's file properties show.
    book.custom = {"Language": data.language}


def start_sheet(book: BookPlan, tab: str, heading: str, data: ReportData, titled: bool = True) -> tuple[SheetPlan, int]:
    """A new sheet with the draft banner (if any) and its heading; returns (sheet, first free row).
    An untitled sheet starts with its table's header in row 1 (pandas reads it as it is); its
    heading and the draft mark are in the printed header."""
    sheet = book.create_sheet(sheet_name(tab, book.sheetnames))
    if not titled:
        page_texts(sheet, data, heading, 1)
        return sheet, 1
    row = 1
    if data.draft:
        write_banner(sheet, row, draft_text())
        row += 1
    write_title(sheet, row, heading)
    page_texts(sheet, data, heading, row + 2)   # the header row of the sheet's table
    return sheet, row + 2


# -- Contents and About -------------------------------------------------------------------------

def contents_sheet(book: BookPlan, data: ReportData) -> SheetPlan:
    """The first sheet, planned first and filled last (``fill_contents``): it lists the others."""
    sheet, _ = start_sheet(book, tr("Excel", "Contents"), data.profile.title, data)
    sheet.pending = True
    return sheet


def fill_contents(sheet: SheetPlan, data: ReportData, described: list[tuple[str, str]]) -> None:
    """What the workbook is, and a link to every other sheet."""
    row = sheet.max_row + 2   # below the banner and the title
    for label, value in _identity(data)[:4]:
        write_row(sheet, row, [label, value])
        row += 1
    row += 1
    write_header(sheet, row, [tr("Excel", "Sheet"), tr("Excel", "What it holds")])
    for offset, (name, what) in enumerate(described, start=1):
        link_to_sheet(write_text(sheet, row + offset, 1, name), name)
        write_text(sheet, row + offset, 2, what)
    sheet.repeat_row = row   # the list's header, not the profile's lines above it
    size_columns(sheet, skip_rows=2 if data.draft else 1)
    fit_to_width(sheet)


def about_sheet(book: BookPlan, data: ReportData) -> SheetPlan:
    sheet, row = start_sheet(book, tr("Excel", "About"), tr("Excel", "About this workbook"), data)
    for offset, (label, value) in enumerate(_identity(data)):
        write_text(sheet, row + offset, 1, label, bold=True)
        write_row(sheet, row + offset, [value], start=2)
    note = row + len(_identity(data)) + 1
    write_text(sheet, note, 2, tr("Excel", "Figures are stored at full precision; the number formats only round "
                                          "what is shown. Derived indicators are computed from the stored "
                                          "figures by the formula given in the Data and Indicator definitions sheets."))
    size_columns(sheet, skip_rows=row - 1, max_row=note - 1)
    wrap_columns(sheet, {2: NOTES_WIDTH}, note, note)   # within the page, not shrinking it to fit
    sheet.repeat_row = None   # labels and values: no table header to repeat
    fit_to_width(sheet)
    return sheet


def _identity(data: ReportData) -> list[tuple[str, Any]]:
    p = data.profile
    status = tr("Excel", "Draft") if data.draft else tr("Excel", "Final")
    return [
        (tr("Excel", "Profile"), p.title),
        (tr("Excel", "Edition"), p.edition_year),
        (tr("Excel", "Exported on"), format_date(data.export_date, data.language)),
        (tr("Excel", "Status"), status),
        (tr("Excel", "Country"), p.country_name),
        (tr("Excel", "Reference period"), f"{p.period_start}–{p.period_end}"),
        (tr("Excel", "Lead agency"), p.lead_agency),
        (tr("Excel", "Written by"), tr("Excel", "mpdesk {version}").format(version=data.app_version)),
    ]


# -- At a glance --------------------------------------------------------------------------------

def glance_sheet(book: BookPlan, data: ReportData) -> SheetPlan:
    """The key figures: latest value (a number), its year, unit, source and change; an indicator
    with no figure is left out, as on the PDF's page."""
    from mpdesk.export.excel.figures import glance_rows

    sheet, top = start_sheet(book, tr("Excel", "At a glance"), tr("Excel", "Migration at a glance"), data)
    headers = [tr("Excel", "Indicator"), tr("Excel", "Latest value"), tr("Excel", "Year"), tr("Excel", "Unit"),
               tr("Excel", "Source"), tr("Excel", "Change since previous figure"), tr("Excel", "Previous year")]
    write_header(sheet, top, headers)
    shown = [f for f in glance_rows(data) if f.value is not None]
    for row, figure in enumerate(shown, start=top + 1):
        write_text(sheet, row, 1, figure.name)
        write_number(sheet, row, 2, figure.value, figure.fmt)
        write_number(sheet, row, 3, figure.year, "0")
        write_text(sheet, row, 4, figure.unit).restyle(indent=1)   # not glued to the year
        write_text(sheet, row, 5, figure.source)
        write_number(sheet, row, 6, figure.change, _signed(figure.fmt))
        write_number(sheet, row, 7, figure.previous_year, "0")
    freeze_below(sheet, top)
    size_columns(sheet, skip_rows=top - 1)
    wrap_columns(sheet, {5: SOURCE_WIDTH}, top + 1, top + len(shown))   # long sources not cut by the next column
    fit_to_width(sheet)
    return sheet


SOURCE_WIDTH = 45   # a Source column: its long texts wrap within this width
NOTES_WIDTH = 60
NAME_WIDTH = 24     # the narrowest a name or a source becomes for its table to print one page across


def _signed(fmt: str) -> str:
    return f"+{fmt};-{fmt};0"


# -- module sheets ------------------------------------------------------------------------------

def module_sheet(book: BookPlan, data: ReportData, section: SectionInfo) -> SheetPlan | None:
    """A module's indicators as one wide table (years across), its header in row 1 so that
    pandas.read_excel reads it as it is; the heading and a draft's mark are in the printed header
    (neither in the Notes nor as a column after them). The years are those the report's tables of
    the section print (``printed_years``); every year is on the Data sheet, as the sheet's
    printed header and the note on its first year say."""
    rows = [r for t in data.tables.get(section.key, []) for r in t.rows]
    if not rows:
        return None
    sheet, top = start_sheet(book, section.heading, section.heading, data, titled=False)
    years = printed_years(data.tables[section.key])
    sheet.header = f"{sheet.header}\n{years_note()}"   # a second line under the heading
    last = _wide_table(sheet, top, rows, years, data, derivation_notes(data.tables[section.key], years, data))
    if years:
        sheet.cell(top, LABEL_COLUMNS + 1).note = years_note()   # on screen: the first year's header
    # A draft's mark is in the printed header (start_sheet) and, on screen, the sheet's tab is red; not
    # in row 1: there, after Notes, it read as one more column to whoever filters or reads the table.
    sheet.tab_colour = DRAFT_COLOUR if data.draft else None
    freeze_below(sheet, top, columns=LABEL_COLUMNS)
    size_columns(sheet, skip_rows=top - 1, max_row=last)
    # The texts wrap within narrow columns so that the printed years fit one page across; the key
    # (for filters and pandas: the Data sheet's) is hidden, the name beside it says the same.
    hide_columns(sheet, len(years) + 5)
    compact(sheet, {1: (NAME_WIDTH, MAX_WIDTH), 2: (NAME_WIDTH - 4, MAX_WIDTH), len(years) + 4: (NAME_WIDTH, SOURCE_WIDTH),
                    len(years) + 6: (NOTES_WIDTH / 2, NOTES_WIDTH)}, top + 1, last)
    fit_to_width(sheet, labels=LABEL_COLUMNS)   # what a figure is, beside every printed page of years
    return sheet


def module_chart_sheet(book: BookPlan, data: ReportData, section: SectionInfo) -> SheetPlan | None:
    """The module's charts and the data they plot, on a sheet of their own (its own print area)."""
    charts = data.charts.get(section.key, [])
    if not charts or not data.tables.get(section.key):
        return None
    name = f"{section.number} {tr('Excel', 'charts')}" if section.number else f"{section.title} {tr('Excel', 'charts')}"
    heading = tr("Excel", "{section}: charts").format(section=section.heading)
    sheet, top = start_sheet(book, name, heading, data)
    write_title(sheet, top, tr("Excel", "Chart data"), size=12)
    last = place_charts(sheet, charts, top + 2, CHART_COLUMN, top, data.language)
    size_columns(sheet, skip_rows=top, max_row=last, maximum=40)
    sheet.repeat_row = None   # no table header to repeat: the charts stand beside their data
    fit_charts(sheet, CHART_COLUMN, max(last, top + len(charts) * CHART_ROWS), CHART_WIDTH_PX)   # none cut in two
    return sheet


CHART_COLUMN = "H"   # the charts' left edge: clear of the data blocks' sources and notes, which run on


def printed_years(tables: Sequence[IndicatorTable]) -> list[int]:
    """The years the report prints in a section's tables (each table's ``years``, chosen by
    ``report_data.choose_years``), together: a module sheet's year columns."""
    return sorted({y for t in tables for y in t.years})


def years_note() -> str:
    return tr("Excel", "Years as printed in the report; every year is on the Data sheet.")


LABEL_COLUMNS = 3   # indicator, disaggregation and unit: kept in view and printed on every page across


def _wide_table(sheet: SheetPlan, top: int, rows: list[TableRow], years: list[int], data: ReportData,
                derivations: dict[str, str]) -> int:
    headers = [tr("Excel", "Indicator"), tr("Excel", "Disaggregation"), tr("Excel", "Unit"),
               *years, tr("Excel", "Source"), tr("Excel", "Indicator key"), tr("Excel", "Notes")]   # years as numbers
    write_header(sheet, top, headers)
    row = top
    labels: dict[tuple[str, str, str, str], str] = {}   # each disaggregation's and unit's words made once
    units: dict[str, str] = {}
    for row, item in enumerate(rows, start=top + 1):
        info = data.indicators.get(item.indicator)
        write_text(sheet, row, 1, info.name if info else item.label)
        dims = (item.sex, item.age_group, item.partner, item.category)
        if dims not in labels:
            labels[dims] = capitalised(disaggregation_text(dims, data.language).lstrip(", ")) or tr("Excel", "Total")
        write_text(sheet, row, 2, labels[dims])
        if item.unit not in units:
            units[item.unit] = unit_label(item.unit, data.language)
        write_text(sheet, row, 3, units[item.unit])
        fmt = _row_format(item, data)
        write_numbers(sheet, row, LABEL_COLUMNS + 1, [item.values.get(year) for year in years], fmt)
        _small_figures(sheet, row, item, years, fmt)
        cell_notes = [n.rstrip(".") for y in years if (n := item.cell_note(y))]   # typed or chosen figures, as in the PDF
        derivation = [derivations[item.indicator]] if item.derived and item.indicator in derivations else []
        # the notes of the figures shown, and how a derived row was computed, as under the PDF's table
        notes = _joined_notes([*derivation, *cell_notes, *item.notes_for(years)])
        write_row(sheet, row, ["; ".join(item.sources), item.indicator, notes],
                  LABEL_COLUMNS + len(years) + 1)
    for at in range(top, row + 1):   # the sources' text not glued to the last year's figures
        sheet.cell(at, LABEL_COLUMNS + len(years) + 1).restyle(indent=1)
    return row


def derivation_notes(tables: Sequence[IndicatorTable], years: Sequence[int], data: ReportData) -> dict[str, str]:
    """Derived indicator -> the note the PDF prints under its table ('Immigrants as % of population:
    computed as Immigrant stock (UN DESA, …) ÷ Total population (…) × 100.'): the same function on
    the same table's rows, its sources those of the years the sheet shows."""
    if data.catalogue is None:
        return {}
    notes: dict[str, str] = {}
    for table in tables:
        for indicator in dict.fromkeys(r.indicator for r in table.rows if r.derived):
            if indicator in notes:
                continue
            rows = [r for r in table.rows if not r.derived or r.indicator == indicator]   # what it is printed beside
            lines = derivation_lines(data.catalogue, rows, years, data.language)
            if lines:
                notes[indicator] = lines[0]
    return notes


def _joined_notes(notes: Sequence[str]) -> str:
    """Each note once, in order: a year's note is often also the row's ('X' and 'X.' are one)."""
    kept: dict[str, str] = {}
    for note in notes:
        kept.setdefault(note.strip().rstrip("."), note)
    return "; ".join(text for key, text in kept.items() if key)


def _small_figures(sheet: SheetPlan, row: int, item: TableRow, years: Sequence[int], fmt: str) -> None:
    """A non-zero figure the row's format would show as 0 gets one with the decimals it needs."""
    for at, year in enumerate(years, start=LABEL_COLUMNS + 1):
        value = item.values.get(year)
        if value is not None and (own := figure_format(value, fmt)) != fmt:
            sheet.cell(row, at).restyle(num_format=own)


def _row_format(item: TableRow, data: ReportData) -> str:
    catalogue = data.catalogue
    if catalogue is not None and catalogue.has_indicator(item.indicator):
        return indicator_format(catalogue.indicator(item.indicator))
    return number_format(item.decimals)


# -- tidy tables ----------------------------------------------------------------------------------

def tidy_sheet(book: BookPlan, data: ReportData, tab: str, heading: str, headers: list[str],
               rows: Iterable[list[Any]], formats: dict[int, str] | None = None,
               wrap: dict[int, tuple[float, float]] | None = None, hidden: Sequence[int] = ()) -> SheetPlan:
    """A filterable table with a frozen header; ``formats`` maps a column number to its format,
    ``wrap`` a text column to the narrowest and widest it may be, its long texts wrapping, for the
    table to print one page across (``print_setup.compact``); ``hidden`` columns are kept for machines but not shown (``print_setup.hide_columns``)."""
    sheet, top = start_sheet(book, tab, heading, data)
    last = write_table(sheet, top, headers, rows)
    for column, fmt in (formats or {}).items():
        for row in range(top + 1, last + 1):
            cell = sheet.cells.get((row, column))
            if cell is not None and isinstance(cell.value, (int, float)):
                cell.restyle(num_format=fmt)
    size_columns(sheet, skip_rows=top - 1)
    hide_columns(sheet, *hidden)
    if wrap:
        compact(sheet, wrap, top + 1, last)
    fit_to_width(sheet)
    return sheet
