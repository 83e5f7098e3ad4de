"""Remittances for the Philippines with three publishers' files imported (WDI's xls of 2023-10-26 and
csv of 2025-07-01, KNOMAD's bilateral matrix and its December-2023 inward flows with a rounded
'2023e' estimate): the series is the newest WDI release's, the one that covers the reference period
to its last year, so 2024 is printed and at a glance gives WDI's 2024 figure. The csv's cells are
read independently with the csv module; the PDF with pypdf."""

from __future__ import annotations

import csv
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from mpdesk.export.options import ExportOptions
from mpdesk.export.pdf import export_pdf
from mpdesk.imports.detect import import_file
from mpdesk.imports.preview import apply_preview, preview_import
from mpdesk.services.figures import stored_figures
from mpdesk.services.profile import NewProfile, create_profile

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "imports"))
from realdata import REAL, real_file  # noqa: E402

WDI_XLS = "API_BX.TRF.PWKR.CD.DT_DS2_en_excel_v2_6000901.xls"
WDI_CSV = "API_BX.TRF.PWKR.CD.DT_DS2_en_csv_v2_38454.csv"
FILES = (WDI_XLS, WDI_CSV, "bilateral_remittance_matrix_2021_0.xlsx", "inward_remittance_flows_december_2023_1.xlsx")


def _wdi_csv_philippines() -> dict[int, float]:
    """US$ million by year from the WDI csv's PHL row (the header row starts 'Country Name')."""
    with open(real_file(REAL, WDI_CSV), newline="", encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle))
    header = next(r for r in rows if r and r[0] == "Country Name")
    phl = next(r for r in rows if len(r) > 1 and r[1] == "PHL")
    return {int(y): float(v) / 1e6 for y, v in zip(header, phl) if y.isdigit() and v.strip()}


def _es(value: float) -> str:
    return f"{value:,.1f}".replace(",", " ").replace(".", ",").replace(" ", ".")


def test_the_newest_wdi_release_makes_the_remittance_series(tmp_path):
    if not REAL.is_dir():
        pytest.skip(f"the real public data folder {REAL} is absent")
    wdi = _wdi_csv_philippines()
    assert round(wdi[2024], 1) == 40_279.4 and round(wdi[2023], 1) == 39_096.9
    ws = create_profile(tmp_path / "phl.mpdesk", NewProfile(country_iso3="PHL", edition_year=2024, language="es",
                                                            period_start=2015, period_end=2024))
    try:
        for name in FILES:
            apply_preview(ws, preview_import(ws, import_file(real_file(REAL, name), "PHL")))
        series = {f.year: f for f in stored_figures(ws, ["remittance_inflows"]) if f.preferred and not f.partner}
        assert {y: round(f.value, 6) for y, f in series.items()} == {y: round(v, 6) for y, v in wdi.items()}
        assert {f.source for f in series.values()} == {"World Bank WDI BX.TRF.PWKR.CD.DT (2025-07-01)"}
        path = export_pdf(ws, ExportOptions(), tmp_path / "r.pdf")
        pages = [" ".join(p.extract_text().split()) for p in PdfReader(str(path)).pages]
        glance = next(p for p in pages if "Remesas recibidas" in p and "World Bank WDI" in p)
        assert f"Remesas recibidas {_es(wdi[2024])} millones" in glance and "40.000,0" not in glance
        annex = " ".join(pages)[" ".join(pages).rindex("Anexo estadístico"):]
        assert _es(wdi[2024]) in annex and _es(wdi[2023]) in annex
    finally:
        ws.close()
