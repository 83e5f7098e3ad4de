"""A figure the team types over a published one is the team's: the PDF marks its cell with a note
saying the Technical Working Group typed it (not the publisher's source line), the workbook's module
sheet says so in the row's notes, and importing the same file again lists the typed figure against
the file's as a conflict and keeps the team's figure. The file's own cell is read independently
(openpyxl on UN DESA's workbook); the PDF is read back with pypdf, the workbook with openpyxl."""

from __future__ import annotations

import sys
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from mpdesk.export.excel import export_xlsx
from mpdesk.export.options import ExportOptions
from mpdesk.export.pdf import export_pdf
from mpdesk.imports.detect import import_file
from mpdesk.imports.preview import apply_preview, preview_import
from mpdesk.services.figures import stored_figures
from mpdesk.services.keys import CellKey
from mpdesk.services.profile import NewProfile, create_profile
from mpdesk.services.values import CellEdit, set_values

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "imports"))
from realdata import REAL, real_file  # noqa: E402

UNDESA_2020 = "undesa_pd_2020_ims_stock_by_sex_and_destination.xlsx"
TYPED = 955_000.0


def _undesa_stock(year: int) -> float:
    """Kenya's (M49 404) immigrant stock, both sexes, in UN DESA's Table 1, read from the file."""
    book = openpyxl.load_workbook(real_file(REAL, UNDESA_2020), read_only=True, data_only=True)
    rows = list(book["Table 1"].iter_rows(values_only=True))
    header = next(r for r in rows if 1990 in r and 2020 in r)
    kenya = next(r for r in rows if len(r) > 3 and r[3] == 404)
    return float(kenya[list(header).index(year)])   # the first block of years is both sexes


@pytest.fixture
def typed_ws(tmp_path):
    if not REAL.is_dir():
        pytest.skip(f"the real public data folder {REAL} is absent")
    ws = create_profile(tmp_path / "ken.mpdesk", NewProfile(country_iso3="KEN", edition_year=2020,
                                                            period_start=2010, period_end=2020))
    result = import_file(real_file(REAL, UNDESA_2020), "KEN")
    apply_preview(ws, preview_import(ws, result))
    set_values(ws, [CellEdit(CellKey("immigrant_stock", 2010), TYPED)])
    try:
        yield ws, result
    finally:
        ws.close()


def test_a_typed_figure_is_printed_as_the_teams_with_its_own_note(typed_ws, tmp_path):
    ws, _ = typed_ws
    published = _undesa_stock(2010)
    assert published == 954_925 and published != TYPED
    path = export_pdf(ws, ExportOptions(), tmp_path / "r.pdf")
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(str(path)).pages).split())
    note = "¹ 2010: typed by the Technical Working Group; the rest of the row comes from the series' source."
    assert "955,000¹" in text and "954,925" not in text
    cut = text.rindex("Statistical annex")
    assert note in text[:cut] and note in text[cut:]   # the body's table and the annex


def test_the_workbook_row_says_which_figure_the_team_typed(typed_ws, tmp_path):
    ws, _ = typed_ws
    path = export_xlsx(ws, ExportOptions(), tmp_path / "r.xlsx")
    sheet = openpyxl.load_workbook(path, read_only=True)["A.2 Immigration"]
    rows = list(sheet.iter_rows(values_only=True))
    header = list(rows[0])
    total = next(r for r in rows[1:] if r[0] == "Immigrant stock" and r[1] == "Total")
    assert total[header.index(2010)] == TYPED
    assert total[header.index("Notes")].startswith("2010: typed by the Technical Working Group")


def test_reimporting_the_file_lists_the_typed_figure_as_a_conflict_and_keeps_it(typed_ws):
    ws, result = typed_ws
    again = import_file(real_file(REAL, UNDESA_2020), "KEN")
    assert again.sha256 == result.sha256
    preview = preview_import(ws, again)
    conflicts = [f for i in preview.indicators for f in i.conflicts]
    assert [(f.indicator, f.year, f.key.sex, f.old_value, f.value, f.used) for f in conflicts] == [
        ("immigrant_stock", 2010, "", TYPED, _undesa_stock(2010), "old")]
    assert "importing it again changes nothing, but one of its figures differs from a figure the team typed" \
        in preview.repeat_sentence()
    apply_preview(ws, preview)
    cell = [f for f in stored_figures(ws, ["immigrant_stock"]) if f.year == 2010 and not f.sex]
    assert {(f.value, f.provenance, bool(f.preferred)) for f in cell} == {
        (TYPED, "typed", True), (_undesa_stock(2010), "imported", False)}
