"""One cell, two sources, one figure: the grid, the CSV export and the PDF show the same
preferred figure, because they read through the one figures service.

Kenya's population in 2020 comes from both UN DESA (migrant stock workbook) and the World
Bank (WDI CSV), imported from the real published files; the expected figures are read from
those files with csv/openpyxl, not through the importers. UN DESA's is preferred: it gives the
total and its split by sex (services.series).
"""

from __future__ import annotations

import csv
import os
from pathlib import Path

import pytest

from mpdesk.formats import format_number
from mpdesk.export.csv_export import write_values_csv
from mpdesk.imports.detect import import_file
from mpdesk.services.keys import CellKey
from mpdesk.services.values import import_records
from mpdesk.ui.context import AppContext
from mpdesk.ui.pages.data_grid_model import DataGridModel

REPO_ROOT = Path(__file__).resolve().parents[2]
REAL = Path(os.environ.get("MPDESK_REAL_DATA") or REPO_ROOT / ".." / "shared" / "data" / "real")
UNDESA_2020 = "undesa_pd_2020_ims_stock_by_sex_and_destination.xlsx"
WB_POPULATION = "API_SP.POP.TOTL_DS2_en_csv_v2_900.csv"
CELL = CellKey("population_total", 2020)


def real_file(name: str) -> Path:
    path = REAL / name
    if not path.is_file():
        pytest.skip(f"{name} is not in {REAL}")
    return path


def wdi_population(iso3: str, year: int) -> float:
    with open(real_file(WB_POPULATION), encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    header = next(r for r in rows if "Country Code" in r)
    row = next(r for r in rows if len(r) > 1 and r[1] == iso3)
    return float(row[header.index(str(year))])


def undesa_population(country: str, year: int) -> float:
    """Table 2 of the UN DESA workbook: total population at mid-year, both sexes (thousands)."""
    import openpyxl

    book = openpyxl.load_workbook(real_file(UNDESA_2020), read_only=True, data_only=True)
    try:
        rows = list(book["Table 2"].iter_rows(values_only=True))
    finally:
        book.close()
    header = next(r for r in rows if r and year in r)
    row = next(r for r in rows if r and isinstance(r[1], str) and r[1].strip() == country)
    return float(row[header.index(year)]) * 1000  # the first 2020 column: both sexes combined


def load(ws, name: str) -> None:
    result = import_file(real_file(name), "KEN")
    import_records(ws, result.records, name, result.sha256, result.importer, result.dataset, result.warnings)


def test_grid_csv_and_pdf_show_the_same_preferred_figure(qtbot, make_ws, tmp_path):
    from pypdf import PdfReader

    from mpdesk.export.options import ExportOptions
    from mpdesk.export.pdf import export_pdf

    ws = make_ws(period_start=2010, period_end=2020)
    load(ws, UNDESA_2020)
    load(ws, WB_POPULATION)
    world_bank, un_desa = wdi_population("KEN", 2020), undesa_population("Kenya", 2020)
    assert round(world_bank) != round(un_desa), "the two sources must differ for the test to mean anything"

    # The grid: the figure shown and the source its tooltip names.
    model = DataGridModel(AppContext(ws), "glance")
    index = model.index_of(CELL)
    assert index.isValid()
    shown = index.data()
    assert shown == format_number(un_desa, 0, "en")
    source = index.data(role=0x03)  # ToolTipRole: "Source: ...\n1 other source(s) ..."
    preferred_source = source.splitlines()[0].removeprefix("Source: ")
    assert "UN DESA" in preferred_source and "1 other source" in source

    # The CSV: both sources' figures are kept; the preferred source's row holds the grid's figure.
    out = tmp_path / "figures.csv"
    write_values_csv(ws, out)
    with open(out, encoding="utf-8", newline="") as handle:
        cell_rows = [r for r in csv.DictReader(handle) if (r["indicator"], r["year"], r["sex"], r["age_group"],
                                                          r["partner"], r["category"]) == ("population_total", "2020",
                                                                                           "", "", "", "")]
    by_source = {r["source"]: float(r["value"]) for r in cell_rows}
    assert len(by_source) == 2
    assert round(by_source[preferred_source]) == round(un_desa)
    assert world_bank in by_source.values()

    # The PDF prints the same figure, and not the other source's.
    pdf = tmp_path / "report.pdf"
    export_pdf(ws, ExportOptions(), pdf)
    text = "\n".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert shown in text
    assert format_number(world_bank, 0, "en") not in text
