"""The workbook's print set-up in the profile's language, read back with openpyxl: every sheet on
A4 with margins, its table's header row on every page, a printed header (the sheet's heading) and
a footer (the profile's title, the sheet's name, 'Page 1 of 4' / 'Page 1 sur 4'), frozen headers,
columns wide enough for their figures; and what a reader of the Data and Indicator definitions
sheets sees: no internal formula, no helper column, each derived figure's computation in words."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

openpyxl = pytest.importorskip("openpyxl")

from mpdesk.export.excel import export_xlsx  # noqa: E402
from mpdesk.export.options import ExportOptions  # noqa: E402
from mpdesk.services.profile import update_profile  # noqa: E402

WORDS = {
    "en": {"page": "Page &P of &N", "data": "Data", "definitions": "Indicator definitions", "key": "Indicator key",
           "formula": "Formula", "note": "Note", "decimals": "Decimals", "computed": "computed as",
           "glance": "At a glance", "heading": "Migration at a glance", "module": "A.2 Immigration"},
    "fr": {"page": "Page &P sur &N", "data": "Données", "definitions": "Définitions des indicateurs",
           "key": "Code de l’indicateur", "formula": "Formule", "note": "Note", "decimals": "Décimales",
           "computed": "calculé selon la formule", "glance": "En bref", "heading": None, "module": None},
}
# A catalogue formula as stored: indicator keys and operators ('immigrant_stock / population_total * 100').
INTERNAL = re.compile(r"\b[a-z]+_[a-z0-9_]+\b\s*[-+*/]|\[(sex|partner|age)=")


@pytest.fixture(params=["en", "fr"])
def book(request, sample_ws, tmp_path: Path):
    language = request.param
    update_profile(sample_ws, language=language)
    path = tmp_path / f"profile-{language}.xlsx"
    export_xlsx(sample_ws, ExportOptions(), path)
    return language, openpyxl.load_workbook(path)


def _header_row(sheet) -> int:
    """The row of the sheet's table header (the one printed on every page)."""
    return int(sheet.print_title_rows.replace("$", "").split(":")[0])


def _headers(sheet) -> list:
    return [c.value for c in sheet[_header_row(sheet)]]


def _hidden(sheet) -> set[int]:
    return {column for dim in sheet.column_dimensions.values() if dim.hidden
            for column in range((dim.min or 1), (dim.max or dim.min or 1) + 1)}


def test_every_sheet_has_the_print_set_up_in_the_profiles_language(book):
    language, workbook = book
    words = WORDS[language]
    title = workbook.properties.title
    assert title
    for sheet in workbook:
        setup = sheet.page_setup
        assert str(setup.paperSize) == "9", sheet.title   # A4
        margins = sheet.page_margins
        assert 0.25 <= margins.left <= 0.75 and 0.25 <= margins.right <= 0.75, sheet.title
        assert margins.top >= 0.5 and margins.bottom >= 0.5 and margins.header < margins.top, sheet.title
        footer = sheet.oddFooter
        assert footer.left.text == title, sheet.title
        assert footer.center.text == "&A", sheet.title   # the sheet's (translated) name
        assert footer.right.text == words["page"], sheet.title
        assert sheet.oddHeader.center.text, sheet.title
        if sheet.title == workbook.sheetnames[-1]:   # About: labels and values, no table header to repeat
            assert not sheet.print_title_rows and sheet.print_area
        elif not sheet.title.endswith(("charts", "graphiques")):   # charts stand beside their data: no table header
            assert sheet.print_title_rows, sheet.title
            assert sheet.print_area, sheet.title
        if sheet.sheet_properties.pageSetUpPr.fitToPage and not sheet.title.endswith(("charts", "graphiques")):
            assert (setup.fitToWidth or 1) == 1 and setup.fitToHeight == 0, sheet.title   # one page wide
    glance = workbook[words["glance"]]
    if words["heading"]:
        assert glance.oddHeader.center.text == words["heading"]
    assert workbook[words["data"]].oddHeader.center.text != workbook[words["definitions"]].oddHeader.center.text


def test_tables_freeze_their_header_row(book):
    language, workbook = book
    for sheet in workbook:
        if sheet.title.endswith(("charts", "graphiques")) or sheet.title == workbook.sheetnames[-1]:
            continue   # charts beside their data; About: labels and values
        if sheet.title == workbook.sheetnames[0]:   # Contents: one page, its list under the profile's lines
            assert "Sheet" in [c.value for c in sheet[_header_row(sheet)]] or language != "en"
            continue
        row = _header_row(sheet)
        assert sheet.freeze_panes and int(re.sub(r"\D", "", sheet.freeze_panes)) == row + 1, sheet.title


def test_figure_columns_are_wide_enough_for_their_figures(book):
    """No '####': a column is at least as wide as each number it shows (its thousands separators
    and decimals as its format shows them)."""
    _, workbook = book
    for sheet in workbook:
        widths = {openpyxl.utils.get_column_letter(column): dim.width for dim in sheet.column_dimensions.values()
                  if dim.width for column in range(dim.min or 1, (dim.max or dim.min or 1) + 1)}   # grouped columns
        for row in sheet.iter_rows(min_row=1):
            for cell in row:
                if not isinstance(cell.value, (int, float)) or isinstance(cell.value, bool):
                    continue
                fmt = cell.number_format
                places = len(fmt.split(";")[0].rpartition(".")[2]) if "." in fmt else 0
                shown = f"{abs(cell.value):,.{places}f}" if "," in fmt else f"{abs(cell.value):.{places}f}"
                width = widths.get(cell.column_letter, 8.43)
                assert len(shown) + (1 if cell.value < 0 else 0) <= width, (sheet.title, cell.coordinate, shown, width)


def _title_in_view(sheet) -> bool:
    """The sheet's title (its printed header's heading) is above its table in a shown column."""
    hidden = _hidden(sheet)
    heading = sheet.oddHeader.center.text.split(" — ")[0]
    return any(c.value == heading and c.column not in hidden
               for row in sheet.iter_rows(max_row=_header_row(sheet) - 1) for c in row)


def test_definitions_show_each_formula_in_words_and_hide_the_helper_columns(book, sample_ws):
    language, workbook = book
    words = WORDS[language]
    sheet = workbook[words["definitions"]]
    headers = _headers(sheet)
    hidden = _hidden(sheet)
    assert headers.index(words["key"]) + 1 in hidden and headers.index(words["decimals"]) + 1 in hidden
    formula = headers.index(words["formula"]) + 1
    assert formula not in hidden
    assert _title_in_view(sheet)   # not in the hidden key's column
    top = _header_row(sheet)
    formulas = {sheet.cell(r, headers.index(words["key"]) + 1).value: sheet.cell(r, formula).value
                for r in range(top + 1, sheet.max_row + 1) if sheet.cell(r, formula).value}
    assert len(formulas) > 10
    for key, text in formulas.items():
        assert not INTERNAL.search(text), (key, text)   # no 'immigrant_stock / population_total * 100'
    share = formulas["immigrant_share_population"]
    names = {i.key: i.name.get_for(language) for i in sample_ws.catalogue.indicators}
    assert names["immigrant_stock"] in share and names["population_total"] in share and "÷" in share
    for column in range(1, sheet.max_column + 1):   # what a reader sees: no machine text anywhere
        if column in hidden:
            continue
        for r in range(top + 1, sheet.max_row + 1):
            value = sheet.cell(r, column).value
            assert not (isinstance(value, str) and INTERNAL.search(value)), (sheet.cell(r, column).coordinate, value)


def test_the_data_sheet_hides_its_key_and_words_each_derived_figures_computation(book, sample_ws):
    language, workbook = book
    words = WORDS[language]
    sheet = workbook[words["data"]]
    headers = _headers(sheet)
    hidden = _hidden(sheet)
    assert headers.index(words["key"]) + 1 in hidden
    assert _title_in_view(sheet)
    assert sheet.print_title_cols.replace("$", "") == "A:B"   # the indicator's name beside every page of years
    key, note = headers.index(words["key"]) + 1, headers.index(words["note"]) + 1
    derived = {k for k in (i.key for i in sample_ws.catalogue.indicators if i.formula)}
    notes = {}
    for r in range(_header_row(sheet) + 1, sheet.max_row + 1):
        if sheet.cell(r, key).value in derived:
            notes[sheet.cell(r, key).value] = sheet.cell(r, note).value or ""
    assert len(notes) > 3
    for indicator, text in notes.items():
        assert words["computed"] in text and any(sign in text for sign in "÷×−+"), (indicator, text)
        assert not INTERNAL.search(text), (indicator, text)
