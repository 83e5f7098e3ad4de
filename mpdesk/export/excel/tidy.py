"""The filterable tables: Data (every figure, one row per series), Sources, Imported files, Data gaps,
Indicator definitions."""

from __future__ import annotations

from typing import Any, Callable

from mpdesk.formats import capitalised, format_date, sex_label, unit_label
from mpdesk.export.excel.cells import MAX_WIDTH, MIN_WIDTH, BookPlan, SheetPlan, Streamed, freeze_below, size_columns, write_table
from mpdesk.export.excel.figures import SERIES_FIELDS, DataWords, WideTable
from mpdesk.export.excel.print_setup import fit_to_width, hide_columns, printed_pixels
from mpdesk.export.excel.sheets import NAME_WIDTH, NOTES_WIDTH, start_sheet, tidy_sheet
from mpdesk.export.register_words import register_value, register_words
from mpdesk.export.report_data import ReportData
from mpdesk.i18n import tr

FIRST_YEAR_COLUMN = SERIES_FIELDS + 1   # 1-based: the series' words, then one column per year


FINGERPRINT_WIDTH = 34   # a SHA-256 fingerprint (64 hex digits) on two lines, whole on paper
LABEL_COLUMNS = 2   # the indicator's key (hidden) and name
YEAR_WIDTH = 12     # about a figure's width ('12,345,678')


def data_sheet(book: BookPlan, data: ReportData, rows: Callable[[DataWords], WideTable],
               expected: int = 0) -> SheetPlan:
    """One row per series (every field of a figure but its year and value: a series whose last
    years are projections is two rows, so each figure's status, source and note are its row's),
    then one numeric column per year (the header's years are numbers) with the indicator's number
    format. The rows are written straight from ``rows(words)`` (``writer``), not planned cell by
    cell; ``expected`` (about how many figures) paces the progress. The writer sizes the columns
    from the header and the rows it writes, and extends the filter and print area to the last row.
    The one-row-per-figure table is the CSV export (``export.csv_export``), as the subtitle says."""
    sheet, top = start_sheet(book, tr("Excel", "Data"), tr(
        "Excel", "Every figure, one row per series, years as columns (one row per figure: export as CSV)"), data)
    headers = [tr("Excel", "Indicator key"), tr("Excel", "Indicator"), tr("Excel", "Sex"), tr("Excel", "Age group"),
               tr("Excel", "Partner"), tr("Excel", "Category"), tr("Excel", "Unit"), tr("Excel", "Source"),
               tr("Excel", "Note"), tr("Excel", "Status"), tr("Excel", "Provenance"), tr("Excel", "Preferred")]
    words = DataWords(_sex_words(), _code_words(data.language), capitalised(tr("Excel", "yes")),
                      capitalised(tr("Excel", "no")))
    table = rows(words)
    header: list[Any] = [*headers, *table.years]   # years as numbers, so formulas and sorting work
    write_table(sheet, top, header, [])
    # The key and name stay in view while the years scroll, as in print: all twelve series columns
    # are wider than a 1366-pixel screen, and a frozen block that wide would leave no years to see.
    freeze_below(sheet, top, LABEL_COLUMNS)
    size_columns(sheet, skip_rows=top - 1)
    series_per_row = max(len(table.years) // 3, 1)   # about how many figures a row holds, for the progress
    sheet.stream = Streamed(top + 1, table, len(headers) + len(table.years), SERIES_FIELDS,
                            expected // series_per_row)
    # Data is the machine-readable table (filters, pivot tables): the key stays for them, hidden.
    # Printed, 12 label columns and 30 years fitted to one page width would be unreadable (about
    # 4-point text): such a sheet prints landscape at a legible scale, pages across as needed (a
    # block of rows' pages follow each other), the indicator's name repeated on every page. Its
    # columns are sized as they are written: here each year is taken at a figure's usual width.
    hide_columns(sheet, 1)
    years = 7 * max(YEAR_WIDTH - MIN_WIDTH, 0) * len(table.years)   # their headers ('1990') are narrower
    fit_to_width(sheet, LABEL_COLUMNS, width=printed_pixels(sheet) + years)
    return sheet


def _sex_words() -> dict[str, str]:
    """Sex as a word of the report's language ('femmes'), not the stored code ('female')."""
    return {"": "", "female": capitalised(sex_label("female")), "male": capitalised(sex_label("male"))}


def _code_words(language: str) -> dict[str, str]:
    """Stored codes of the status, provenance and unit columns as words of the report's language."""
    words = {code: capitalised(tr("Excel", code)) for code in ("typed", "imported", "derived")}
    from mpdesk.guide.model import UNITS

    return words | {f"unit:{u}": unit_label(u, language) for u in UNITS}


def sources_sheet(book: BookPlan, data: ReportData) -> SheetPlan:
    fields = ("name", "institution", "source_type", "coverage", "periodicity", "quality", "access", "modules",
              "notes")
    headers = [tr("Excel", "Source"), tr("Excel", "Institution"), tr("Excel", "Type"), tr("Excel", "Coverage"),
               tr("Excel", "Periodicity"), tr("Excel", "Quality"), tr("Excel", "Access"), tr("Excel", "Modules"),
               tr("Excel", "Notes")]
    words = register_words()
    rows = [[register_value(words, f, record) for f in fields] for record in data.sources]
    return tidy_sheet(book, data, tr("Excel", "Sources"), tr("Excel", "Inventory of data sources"), headers, rows,
                      wrap={1: (NAME_WIDTH, MAX_WIDTH), 2: (NAME_WIDTH, MAX_WIDTH), 4: (NAME_WIDTH, MAX_WIDTH),
                            8: (NAME_WIDTH - 8, MAX_WIDTH), 9: (NOTES_WIDTH / 2, NOTES_WIDTH)})


def imports_sheet(book: BookPlan, data: ReportData) -> SheetPlan | None:
    """Each file the figures were imported from, with its SHA-256 fingerprint: a reader traces a
    Data row's source to the very file (the cell panel in mpdesk names each figure's cell in it)."""
    if not data.imports:
        return None
    headers = [tr("Excel", "File"), tr("Excel", "Dataset"), tr("Excel", "Publisher"), tr("Excel", "Imported on"),
               tr("Excel", "Imported by"), tr("Excel", "Figures from it in this profile"),
               tr("Excel", "Fingerprint (SHA-256)")]
    rows = [[entry.file_name, entry.dataset, entry.publisher, format_date(entry.imported_at.date(), data.language),
             entry.by, entry.figures, entry.sha256] for entry in data.imports]
    return tidy_sheet(book, data, tr("Excel", "Imported files"), tr("Excel", "Files the figures were imported from"),
                      headers, rows, formats={6: "#,##0"},
                      wrap={1: (NAME_WIDTH, MAX_WIDTH), 2: (NAME_WIDTH, MAX_WIDTH), 3: (NAME_WIDTH - 8, MAX_WIDTH),
                            7: (FINGERPRINT_WIDTH, FINGERPRINT_WIDTH)})


def gaps_sheet(book: BookPlan, data: ReportData) -> SheetPlan:
    headers = [tr("Excel", "Gap"), tr("Excel", "Section"), tr("Excel", "Indicator"), tr("Excel", "Priority"),
               tr("Excel", "Action"), tr("Excel", "Resolved")]
    yes, no = tr("Excel", "yes"), tr("Excel", "no")
    words = register_words()
    rows = [[g.get("description", ""), _section(data, g.get("section_key", "")), _indicator_name(data, g.get("indicator_key", "")),
             register_value(words, "priority", g), g.get("action", ""), yes if g.get("resolved") else no] for g in data.gaps]
    return tidy_sheet(book, data, tr("Excel", "Data gaps"), tr("Excel", "Data gaps and actions"), headers, rows,
                      wrap={1: (NAME_WIDTH + 6, NOTES_WIDTH), 2: (NAME_WIDTH, MAX_WIDTH), 3: (NAME_WIDTH, MAX_WIDTH),
                            5: (NAME_WIDTH + 6, NOTES_WIDTH)})


def definitions_sheet(book: BookPlan, data: ReportData) -> SheetPlan:
    headers = [tr("Excel", "Indicator key"), tr("Excel", "Indicator"), tr("Excel", "Section"), tr("Excel", "Unit"),
               tr("Excel", "Decimals"), tr("Excel", "Definition"), tr("Excel", "Formula"), tr("Excel", "Sources")]
    sections = [s.key for s in data.sections]
    rows = []
    for info in sorted(data.indicators.values(), key=lambda i: (_position(sections, i.section_key), i.key)):
        if info.section_key not in sections:
            continue
        rows.append([info.key, info.name, _section(data, info.section_key), unit_label(info.unit, data.language), info.decimals,
                     info.definition, _formula(data, info.key, info.formula), "; ".join(_catalogue_sources(data, info.key))])
    # The key and the decimals are for machines (the Data sheet's key, the figures' format): kept, hidden.
    return tidy_sheet(book, data, tr("Excel", "Indicator definitions"), tr("Excel", "Indicator definitions"),
                      headers, rows, formats={5: "0"}, hidden=(1, 5),
                      wrap={2: (NAME_WIDTH, MAX_WIDTH), 3: (NAME_WIDTH - 4, MAX_WIDTH), 6: (NOTES_WIDTH - 10, NOTES_WIDTH),
                            7: (NAME_WIDTH + 6, NOTES_WIDTH), 8: (NAME_WIDTH, MAX_WIDTH)})


def _formula(data: ReportData, key: str, formula: str | None) -> str:
    """A derived indicator's formula in words ('Immigrant stock ÷ Total population × 100'), not in
    the catalogue's keys; the keys' formula where the catalogue cannot word it."""
    from mpdesk.export.derivation import formula_words

    if not formula or data.catalogue is None:
        return formula or ""
    return formula_words(data.catalogue, key, data.language) or formula


def _section(data: ReportData, key: str) -> str:
    """A section as the PDF heads it ('A.2 Immigration', 'Migration at a glance'), never its code."""
    return next((s.heading for s in data.sections if s.key == key), key)


def _position(sections: list[str], key: str) -> int:
    return sections.index(key) if key in sections else len(sections)


def _catalogue_sources(data: ReportData, key: str) -> tuple[str, ...]:
    catalogue = data.catalogue
    if catalogue is None or not catalogue.has_indicator(key):
        return ()
    # the catalogue's source names are also dataset keys (series.py): translated for display only
    return tuple(tr("Sources", str(s)) for s in catalogue.indicator(key).sources)


def _indicator_name(data: ReportData, key: str) -> str:
    info = data.indicators.get(key)
    return info.name if info else key
