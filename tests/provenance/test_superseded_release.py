"""Two revisions of one dataset: UN DESA's International Migrant Stock 2019 and 2020. The newer
supersedes the older over the years its series spans, so the 2019 revision's mid-2019 point is
kept as history (an alternative in its cell) and never printed in the 2020 revision's series.
The files' cells are read independently with openpyxl; the PDF text with pypdf."""

from __future__ import annotations

import sys
from pathlib import Path

import openpyxl
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

IMS_2019 = "undesa_pd_2019_migrant_stock_total_dataset.xlsx"
IMS_2020 = "undesa_pd_2020_ims_stock_by_sex_and_destination.xlsx"


def _kenya_table1(name: str) -> dict[int, float]:
    """Kenya's (M49 404) immigrant stock, both sexes, by year, in the workbook's Table 1."""
    book = openpyxl.load_workbook(real_file(REAL, name), read_only=True, data_only=True)
    rows = list(book["Table 1"].iter_rows(values_only=True))
    header = next(r for r in rows if 1990 in r)
    kenya = next(r for r in rows if len(r) > 3 and r[3] == 404)
    first = list(header).index(1990)
    years = []
    for year in header[first:]:
        if not isinstance(year, int) or year in years:
            break   # the first block of years is both sexes
        years.append(year)
    return {y: float(kenya[first + i]) for i, y in enumerate(years)}


def test_the_older_revision_adds_no_point_to_the_newer_series(tmp_path):
    if not REAL.is_dir():
        pytest.skip(f"the real public data folder {REAL} is absent")
    old, new = _kenya_table1(IMS_2019), _kenya_table1(IMS_2020)
    assert 2019 in old and 2019 not in new and old[2019] == 1_044_854
    ws = create_profile(tmp_path / "ken.mpdesk", NewProfile(country_iso3="KEN", edition_year=2020,
                                                            period_start=2010, period_end=2020))
    try:
        for name in (IMS_2020, IMS_2019):   # the newer first, as the tester did, then the older
            apply_preview(ws, preview_import(ws, import_file(real_file(REAL, name), "KEN")))
        stock = [f for f in stored_figures(ws, ["immigrant_stock"]) if not f.sex]
        preferred = {f.year: f.value for f in stock if f.preferred}
        assert preferred == new   # exactly the 2020 revision's series
        history = [f for f in stock if f.year == 2019]
        assert [(f.value, bool(f.preferred)) for f in history] == [(old[2019], False)]   # kept, not used
        path = export_pdf(ws, ExportOptions(), tmp_path / "r.pdf")
        text = " ".join(" ".join(p.extract_text() for p in PdfReader(str(path)).pages).split())
        assert f"{new[2020]:,.0f}" in text and f"{old[2019]:,.0f}" not in text
        assert "International Migrant Stock 2019" not in text
    finally:
        ws.close()
