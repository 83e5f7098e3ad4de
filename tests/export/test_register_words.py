"""A French or Spanish report prints the registers' choices as words of its language (tester7 #4:
the inventory of sources printed 'census' and 'administrative' in a French PDF and workbook): the
PDF's text read back with pypdf, the workbook's Sources and gaps sheets with openpyxl."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from mpdesk.export.excel import export_xlsx
from mpdesk.export.options import ExportOptions
from mpdesk.export.pdf import export_pdf
from mpdesk.services import registers
from mpdesk.services.profile import NewProfile, create_profile

# the stored codes, and the words each language prints for them
STORED = {"source_type": "census", "quality": "fair", "access": "on request"}
WORDS = {"fr": ("Recensement", "Moyenne", "Sur demande", "Haute"),
         "es": ("Censo", "Regular", "A solicitud", "Alta")}


def _profile(path: Path, language: str):
    ws = create_profile(path, NewProfile(country_iso3="SEN", edition_year=2024, language=language,
                                         period_start=2015, period_end=2024))
    registers.add_item(ws, "source", name="RGPH-5 2023", institution="ANSD", **STORED)
    registers.add_item(ws, "gap", description="Émigration par destination", priority="high", action="Enquête")
    return ws


def _workbook_rows(path: Path) -> list[tuple]:
    book = openpyxl.load_workbook(path, read_only=True)
    try:
        return [row for sheet in book.worksheets for row in sheet.iter_rows(values_only=True)]
    finally:
        book.close()


@pytest.mark.parametrize("language", ["fr", "es"])
def test_register_choices_print_in_the_profiles_language(tmp_path: Path, language: str) -> None:
    ws = _profile(tmp_path / "sen.mpdesk", language)
    try:
        export_pdf(ws, ExportOptions(), tmp_path / "sen.pdf")
        export_xlsx(ws, ExportOptions(), tmp_path / "sen.xlsx")
    finally:
        ws.close()
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(tmp_path / "sen.pdf").pages)
    rows = _workbook_rows(tmp_path / "sen.xlsx")
    source_row = next(row for row in rows if "RGPH-5 2023" in row)
    gap_row = next(row for row in rows if "Émigration par destination" in row)
    census, fair, on_request, high = WORDS[language]
    for word in (census, fair, on_request, high):
        assert word in text, (word, text[-1500:])
    assert {census, fair, on_request} <= set(source_row), source_row
    assert high in gap_row, gap_row
    for code in (*STORED.values(), "high"):
        assert code not in source_row and code not in gap_row
        assert f" {code} " not in f" {text} ", code
