"""A module sheet's derived row says how it was computed, in the words the PDF prints under its table
('Remittance inflows as % of GDP: computed as Remittance inflows (World Bank …) ÷ GDP (current US$)
(World Bank …) × 100.'), in the profile's language: the workbook read with openpyxl, the PDF with pypdf."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from mpdesk.export.excel import export_xlsx
from mpdesk.export.options import ExportOptions
from mpdesk.export.pdf import export_pdf
from mpdesk.services.profile import update_profile

COMPUTED = {"en": ("Notes", "Indicator key", "computed as", "Remittance inflows as % of GDP", "World Bank WDI NY.GDP"),
            "fr": ("Notes", "Code de l’indicateur", "calculé selon la formule", "Envois de fonds reçus en % du PIB",
                   "World Bank WDI NY.GDP")}


def _module_rows(path, language: str) -> list[tuple[str, str, str, str]]:
    """(sheet, indicator key, indicator name, Notes) of every row of the module sheets."""
    notes_header, key_header = COMPUTED[language][:2]
    found = []
    for sheet in load_workbook(path):
        header = [c.value for c in sheet[1]]
        if notes_header not in header or key_header not in header:
            continue
        notes, key = header.index(notes_header) + 1, header.index(key_header) + 1
        for row in range(2, sheet.max_row + 1):
            found.append((sheet.title, sheet.cell(row, key).value, sheet.cell(row, 1).value,
                          sheet.cell(row, notes).value or ""))
    return found


@pytest.mark.parametrize("language", ["en", "fr"])
def test_derived_rows_carry_the_pdf_derivation_note(sample_ws, tmp_path, language):
    update_profile(sample_ws, language=language)
    catalogue = sample_ws.catalogue
    book = export_xlsx(sample_ws, ExportOptions(), tmp_path / "s.xlsx")
    pdf = " ".join(" ".join((p.extract_text() or "") for p in PdfReader(
        str(export_pdf(sample_ws, ExportOptions(), tmp_path / "s.pdf"))).pages).split())
    _, _, computed, share, gdp = COMPUTED[language]
    rows = _module_rows(book, language)
    derived = [r for r in rows if r[1] and catalogue.has_indicator(r[1]) and catalogue.indicator(r[1]).formula]
    keys = {r[1] for r in derived}
    assert keys >= {"remittances_share_gdp", "remittances_per_capita", "immigrant_origin_share"}
    for sheet, key, name, notes in derived:
        note = next((n for n in notes.split("; ") if f"{name} : {computed}" in n or f"{name}: {computed}" in n), "")
        assert note, (sheet, key, notes)                      # the row's own indicator, in the profile's language
        assert " ".join(note.split()) in pdf, note             # word for word the PDF's note
    gdp_share = next(n for _, key, _, n in derived if key == "remittances_share_gdp")
    assert gdp_share.startswith(share) and gdp in gdp_share and "× 100" in gdp_share
    assert not [r for r in rows if r not in derived and computed in r[3]]   # a stored figure is not "computed"
