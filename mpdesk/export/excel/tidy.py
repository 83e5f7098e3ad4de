"""The filterable tables: Data (every figure, tidy), Sources, Data gaps, Indicator definitions."""

from __future__ import annotations

from typing import Any

from mpdesk.formats import sex_label, unit_label
from mpdesk.export.excel.cells import (
    MAX_WIDTH, MIN_WIDTH, SheetBuffer, size_columns, write_number, write_row, write_table,
)
from mpdesk.export.excel.figures import TidyRow
from mpdesk.export.excel.sheets import start_sheet, tidy_sheet
from mpdesk.export.report_data import ReportData
from mpdesk.i18n import tr

VALUE_COLUMN = 8


def data_sheet(book: Any, data: ReportData, rows: list[TidyRow]) -> Any:
    """One row per figure; the value column is numeric with the indicator's number format."""
    sheet, top = start_sheet(book, tr("Excel", "Data"), tr("Excel", "Every figure, one per row"), data)
    headers = [tr("Excel", "Indicator key"), tr("Excel", "Indicator"), tr("Excel", "Year"), tr("Excel", "Sex"),
               tr("Excel", "Age group"), tr("Excel", "Partner"), tr("Excel", "Category"), tr("Excel", "Value"),
               tr("Excel", "Unit"), tr("Excel", "Source"), tr("Excel", "Note"), tr("Excel", "Status"),
               tr("Excel", "Provenance"), tr("Excel", "Preferred")]
    write_table(sheet, top, headers, [])
    yes, no = tr("Excel", "yes"), tr("Excel", "no")
    from openpyxl.utils import get_column_letter

    sheet.auto_filter.ref = f"A{top}:{get_column_letter(len(headers))}{max(top + len(rows), top + 1)}"
    sexes, words = _sex_words(), _code_words(data.language)
    if isinstance(sheet, SheetBuffer):
        _stream_data(sheet, top, rows, yes, no, sexes, words)
        return sheet.sheet
    for row, item in enumerate(rows, start=top + 1):
        write_row(sheet, row, [item.indicator, item.name, item.year, sexes.get(item.sex, item.sex),
                               item.age_group, item.partner, item.category])
        write_number(sheet, row, VALUE_COLUMN, item.value, item.fmt)
        write_row(sheet, row, [words.get(f"unit:{item.unit}", item.unit), item.source, item.note,
                               words.get(item.status, item.status), words.get(item.provenance, item.provenance),
                               yes if item.preferred else no], start=VALUE_COLUMN + 1)
    size_columns(sheet, skip_rows=top - 1)
    return sheet


def _sex_words() -> dict[str, str]:
    """Sex as a word of the report's language ('femmes'), not the stored code ('female')."""
    return {"": "", "female": sex_label("female"), "male": sex_label("male")}


def _code_words(language: str) -> dict[str, str]:
    """Stored codes of the status, provenance and unit columns as words of the report's language."""
    words = {"draft": tr("Excel", "draft"), "validated": tr("Excel", "validated"),
             "estimate": tr("Excel", "estimate"), "provisional": tr("Excel", "provisional"),
             "typed": tr("Excel", "typed"), "imported": tr("Excel", "imported"), "derived": tr("Excel", "derived")}
    from mpdesk.guide.model import UNITS

    return words | {f"unit:{u}": unit_label(u, language) for u in UNITS}


def _stream_data(sheet: SheetBuffer, top: int, rows: list[TidyRow], yes: str, no: str,
                 sexes: dict[str, str], words: dict[str, str]) -> None:
    """The Data rows of a write-only workbook: widths first (they precede the rows), then the rows."""
    from operator import attrgetter

    from openpyxl.utils import get_column_letter

    from mpdesk.export.excel.stream import NUMBER, TEXT, ColumnSpec, column_widths, stream_rows

    def text(name: str) -> ColumnSpec:
        return ColumnSpec(TEXT, attrgetter(name))

    def word(name: str, prefix: str = "") -> ColumnSpec:   # a stored code shown as a word of the language
        get = attrgetter(name)
        return ColumnSpec(TEXT, lambda item: words.get(prefix + get(item), get(item)))

    sex = ColumnSpec(TEXT, lambda item: sexes.get(item.sex, item.sex))
    columns = [text("indicator"), text("name"), text("year"), sex, text("age_group"), text("partner"),
               text("category"), ColumnSpec(NUMBER, attrgetter("value"), attrgetter("fmt")), word("unit", "unit:"),
               text("source"), text("note"), word("status"), word("provenance"),
               ColumnSpec(TEXT, lambda item: yes if item.preferred else no)]
    widths = column_widths(sheet, top, rows, columns, MAX_WIDTH, MIN_WIDTH)
    for column, width in widths.items():
        sheet.column_dimensions[get_column_letter(column)].width = width
    stream_rows(sheet, rows, columns)


def sources_sheet(book: Any, data: ReportData) -> Any:
    fields = ("name", "institution", "source_type", "coverage", "periodicity", "quality", "access", "modules",
              "notes")
    headers = [tr("Excel", "Source"), tr("Excel", "Institution"), tr("Excel", "Type"), tr("Excel", "Coverage"),
               tr("Excel", "Periodicity"), tr("Excel", "Quality"), tr("Excel", "Access"), tr("Excel", "Modules"),
               tr("Excel", "Notes")]
    rows = [[record.get(f, "") for f in fields] for record in data.sources]
    return tidy_sheet(book, data, tr("Excel", "Sources"), tr("Excel", "Inventory of data sources"), headers, rows)


def gaps_sheet(book: Any, data: ReportData) -> Any:
    headers = [tr("Excel", "Gap"), tr("Excel", "Section"), tr("Excel", "Indicator"), tr("Excel", "Priority"),
               tr("Excel", "Action"), tr("Excel", "Resolved")]
    yes, no = tr("Excel", "yes"), tr("Excel", "no")
    rows = [[g.get("description", ""), g.get("section_key", ""), _indicator_name(data, g.get("indicator_key", "")),
             g.get("priority", ""), g.get("action", ""), yes if g.get("resolved") else no] for g in data.gaps]
    return tidy_sheet(book, data, tr("Excel", "Data gaps"), tr("Excel", "Data gaps and actions"), headers, rows)


def definitions_sheet(book: Any, data: ReportData) -> Any:
    headers = [tr("Excel", "Indicator key"), tr("Excel", "Indicator"), tr("Excel", "Section"), tr("Excel", "Unit"),
               tr("Excel", "Decimals"), tr("Excel", "Definition"), tr("Excel", "Formula"), tr("Excel", "Sources")]
    sections = [s.key for s in data.sections]
    rows = []
    for info in sorted(data.indicators.values(), key=lambda i: (_position(sections, i.section_key), i.key)):
        if info.section_key not in sections:
            continue
        rows.append([info.key, info.name, info.section_key, unit_label(info.unit, data.language), info.decimals,
                     info.definition, info.formula, "; ".join(_catalogue_sources(data, info.key))])
    return tidy_sheet(book, data, tr("Excel", "Indicator definitions"), tr("Excel", "Indicator definitions"),
                      headers, rows, formats={5: "0"})


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
