"""A figure that is not zero never prints as 0 (the tester read KNOMAD's 0.0119 US$ million from
Argentina as '0.0'): formats.format_figure, used by the PDF's tables, chart labels and the grid, shows
two significant digits where the indicator's decimals would show 0, and the workbook's cell gets the
decimals it needs."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st
from openpyxl import load_workbook
from pypdf import PdfReader

from mpdesk.formats import SMALL_DECIMALS, format_figure, format_value
from mpdesk.guide import default_catalogue

LANGUAGES = ("en", "fr", "es")
nonzero = st.floats(allow_nan=False, allow_infinity=False, min_value=-1e12, max_value=1e12).filter(lambda v: v != 0)


def reads_as_zero(text: str) -> bool:
    return not re.search(r"[1-9]", text)


@settings(max_examples=400, deadline=None)
@given(value=nonzero, decimals=st.integers(min_value=0, max_value=3), language=st.sampled_from(LANGUAGES))
def test_a_non_zero_figure_never_prints_as_zero(value, decimals, language):
    text = format_figure(value, decimals, language)
    assert not reads_as_zero(text), (value, decimals, text)
    assert text.startswith(("-", ">-")) == (value < 0)


@settings(max_examples=200, deadline=None)
@given(value=nonzero, language=st.sampled_from(LANGUAGES),
       key=st.sampled_from(["remittance_inflows", "immigrant_stock", "immigrant_share_population", "net_migration"]))
def test_an_indicators_non_zero_figure_never_prints_as_zero(value, language, key):
    assert not reads_as_zero(format_value(value, default_catalogue().indicator(key), language))


@pytest.mark.parametrize("value, decimals, en, fr", [(0.0119, 1, "0.012", "0,012"), (0.049, 1, "0.049", "0,049"),
                                                    (1234.5, 1, "1,234.5", "1\u202f234,5"), (0.0, 1, "0.0", "0,0"),
                                                    (0.06, 1, "0.1", "0,1"), (1e-9, 1, "<0.0001", "<0,0001")])
def test_small_figures_show_two_significant_digits_and_others_the_indicators_decimals(value, decimals, en, fr):
    assert format_figure(value, decimals, "en") == en
    assert format_figure(value, decimals, "fr") == fr
    assert SMALL_DECIMALS == 4


def test_knomads_argentina_remittances_print_as_not_zero_in_the_pdf_and_workbook(tmp_path):
    from mpdesk.export.excel import export_xlsx
    from mpdesk.export.options import ExportOptions
    from mpdesk.export.pdf import export_pdf
    from mpdesk.imports.preview import apply_preview, preview_import, read_for
    from mpdesk.services.profile import NewProfile, create_profile
    from tests.imports.realdata import REAL, real_file

    ws = create_profile(tmp_path / "ken.mpdesk", NewProfile(country_iso3="KEN", edition_year=2020, language="en"))
    try:
        result = read_for(ws, real_file(REAL, "bilateral_remittance_matrix_2021_0.xlsx"))
        argentina = next(r.value for r in result.records if r.partner == "ARG")
        assert 0 < argentina < 0.05   # 0.0119 US$ million: '0.0' at the indicator's one decimal
        apply_preview(ws, preview_import(ws, result))
        pdf = export_pdf(ws, ExportOptions(), tmp_path / "ken.pdf")
        xlsx = export_xlsx(ws, ExportOptions(), tmp_path / "ken.xlsx")
    finally:
        ws.close()
    text = " ".join(page.extract_text() or "" for page in PdfReader(pdf).pages)
    printed = re.search(r"Argentina\s+([\d.,<]+)", text)
    assert printed is not None and printed.group(1) == "0.012"
    book = load_workbook(xlsx)
    cells = [c for sheet in book.worksheets for row in sheet.iter_rows() for c in row
             if isinstance(c.value, float) and abs(c.value - argentina) < 1e-12]
    assert cells
    for cell in cells:
        decimals = len(cell.number_format.rpartition(".")[2]) if "." in cell.number_format else 0
        assert decimals >= 3, (cell.parent.title, cell.coordinate, cell.number_format)
