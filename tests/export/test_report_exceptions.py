"""A per-cell exception (the team chose another source for one figure) is footnoted in the printed
table, naming that source and year; read back from the PDF with pypdf, the figure compared with the
publisher's own cell read independently (openpyxl on UN DESA's workbook)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from mpdesk.export.options import ExportOptions
from mpdesk.export.pdf import export_pdf
from mpdesk.imports.detect import import_file
from mpdesk.services.figures import stored_figures
from mpdesk.services.series import choose_series, prefer_in_cell
from mpdesk.services.values import import_records

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "imports"))
from realdata import REAL, real_file  # noqa: E402

UNDESA_2020 = "undesa_pd_2020_ims_stock_by_sex_and_destination.xlsx"


def _undesa_population(year: int) -> float:
    """Kenya's (M49 404) total population in UN DESA's Table 2 (thousands), read straight from the file."""
    import openpyxl

    book = openpyxl.load_workbook(real_file(REAL, UNDESA_2020), read_only=True, data_only=True)
    rows = list(book["Table 2"].iter_rows(values_only=True))
    column = list(rows[10]).index(year)   # row 11: the years; the first block is both sexes
    kenya = next(r for r in rows[11:] if r[3] == 404)
    return float(kenya[column]) * 1000


def _flat(ws, tmp_path) -> str:
    path = tmp_path / "report.pdf"
    export_pdf(ws, ExportOptions(), path)
    return " ".join(" ".join(page.extract_text() for page in PdfReader(str(path)).pages).split())


def test_a_figure_chosen_for_one_cell_is_footnoted_with_its_source_and_year(sample_ws, tmp_path):
    if not REAL.is_dir():
        pytest.skip(f"the real public data folder {REAL} is absent")
    # The team imports UN DESA's workbook too (the sample's population series is the World Bank's),
    # then takes UN DESA's 2020 population for that one cell.
    result = import_file(real_file(REAL, UNDESA_2020), "KEN")
    import_records(sample_ws, result.records, UNDESA_2020, result.sha256, result.importer, result.dataset,
                   result.warnings)
    choose_series(sample_ws, "population_total", "World Bank WDI SP.POP.TOTL")   # the team keeps the World Bank's
    undesa = next(v for v in stored_figures(sample_ws, ["population_total"])
                  if v.year == 2020 and not v.sex and "UN DESA" in v.source)
    assert undesa.value == _undesa_population(2020)
    before = _flat(sample_ws, tmp_path)
    assert "chosen for this figure" not in before and "53,771,300" not in before   # the series stays one source
    prefer_in_cell(sample_ws, undesa.id)
    text = _flat(sample_ws, tmp_path)
    printed = f"{undesa.value:,.0f}¹"
    assert printed in text   # the cell, with its marker, in the body's table and the annex
    note = ("¹ 2020: UN DESA, International Migrant Stock 2020 (chosen for this figure; the rest of the row "
            "comes from the series' source).")
    cut = text.rindex("Statistical annex")   # the annex's heading (the contents list it first)
    body, annex = text[:cut], text[cut:]
    assert note in body and note in annex
    # The row's own source line still names the World Bank series the other years come from.
    assert "(a) World Bank WDI SP.POP.TOTL (2024-12-16)" in body
    # The chart of that series says the same under its source line.
    figure = body[body.rindex("Figure 2: Total population"):]   # the caption, not the list of figures
    assert ("2020 (Total population): UN DESA, International Migrant Stock 2020, chosen for this figure; the rest of "
            "the series comes from the series' source.") in figure[:1500]
