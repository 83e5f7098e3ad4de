"""A KNOMAD import's note once per row in a module sheet's Notes (the tester's draft had it twice),
and a draft's mark in the printed header, not as a column after the Notes."""

from __future__ import annotations

import sys
from pathlib import Path

from openpyxl import load_workbook

from mpdesk.export.excel import export_xlsx
from mpdesk.export.options import ExportOptions
from mpdesk.imports.preview import apply_preview, preview_import, read_for
from mpdesk.services.profile import NewProfile, create_profile

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "imports"))
from realdata import REAL, real_file  # noqa: E402


def test_knomad_rows_carry_their_note_once(tmp_path):
    source = real_file(REAL, "bilateral_migration_matrix_2021_latest.xlsx")
    ws = create_profile(tmp_path / "sen.mpdesk", NewProfile(country_iso3="SEN", edition_year=2020,
                                                            period_start=2015, period_end=2020))
    try:
        apply_preview(ws, preview_import(ws, read_for(ws, str(source))), None)
        path = export_xlsx(ws, ExportOptions(draft=True), tmp_path / "sen.xlsx")
    finally:
        ws.close()
    book = load_workbook(path)
    checked = 0
    for sheet in (s for s in book if s.title.startswith(("A.2", "A.3")) and s["A1"].value == "Indicator"):
        header = [c.value for c in sheet[1]]
        notes = header.index("Notes") + 1
        assert notes == len(header), header                 # the draft mark is no column after the Notes
        assert "DRAFT" in sheet.oddHeader.center.text       # it is in the printed header
        for row in range(2, sheet.max_row + 1):
            text = sheet.cell(row, notes).value
            if not text:
                continue
            parts = [p.strip().rstrip(".") for p in str(text).split("; ")]
            assert len(parts) == len(set(parts)), f"{sheet.title} row {row}: {text}"
            checked += 1
    assert checked > 10   # the KNOMAD rows really have notes
