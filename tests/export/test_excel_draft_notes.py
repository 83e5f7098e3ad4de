"""The draft mark of a module sheet is not mixed into a figure's notes: the tester's French draft had
'PROJET — ne pas citer; 2010 : saisi…' as the Notes of A.2's first row, and later as a column after
the Notes; the mark now stands in the printed header, and on screen the module sheet's tab is red."""

from __future__ import annotations

import shutil

from openpyxl import load_workbook

from mpdesk import i18n
from mpdesk.export.excel import export_xlsx
from mpdesk.export.options import ExportOptions
from mpdesk.services.profile import update_profile
from mpdesk.services.workspace import Workspace


def test_a_french_drafts_notes_hold_only_the_figures_notes(sample_file, tmp_path):
    copy = tmp_path / "fr.mpdesk"
    shutil.copyfile(sample_file, copy)
    ws = Workspace.open(copy)
    try:
        update_profile(ws, language="fr")
        path = export_xlsx(ws, ExportOptions(draft=True), tmp_path / "fr.xlsx")
    finally:
        ws.close()
    mark = i18n.tr_for("fr", "Excel", "DRAFT — not for citation")
    notes_title = i18n.tr_for("fr", "Excel", "Notes")
    book = load_workbook(path)
    sheet = next(s for s in book if s.title.startswith("A.2"))
    header = [c.value for c in sheet[1]]
    notes = header.index(notes_title) + 1
    assert header[-1] == notes_title and mark not in header   # not a column after the Notes
    column = [sheet.cell(r, notes).value for r in range(2, sheet.max_row + 1)]
    assert any(column)   # the sample's figures carry notes here
    assert not [v for v in column if v and mark in v]
    assert mark in sheet.oddHeader.center.text
    assert sheet.sheet_properties.tabColor.rgb.endswith("C00000")   # seen on screen without a cell of its own


def test_a_final_exports_module_sheets_keep_the_usual_tab(sample_file, tmp_path):
    ws = Workspace.open(sample_file, read_only=True)
    try:
        path = export_xlsx(ws, ExportOptions(), tmp_path / "final.xlsx")
    finally:
        ws.close()
    sheet = next(s for s in load_workbook(path) if s.title.startswith("A.2"))
    assert sheet.sheet_properties.tabColor is None
