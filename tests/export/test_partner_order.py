"""Partner countries in the one row order: by their name in the report's language, as a reader of
that language sorts (accents ignored: 'États-Unis' among the E), in the annex, the body and Excel."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from mpdesk.export.options import ExportOptions
from mpdesk.export.pdf import export_pdf
from mpdesk.services.profile import update_profile

# The sample's emigrant stock by destination, in each language's alphabetical order (read in a
# dictionary's order, not computed): ISO codes would put CHE (Switzerland) after CAN and USA last.
DESTINATIONS = {
    "en": ["Australia", "Canada", "Germany", "India", "Italy", "Mozambique", "Netherlands", "South Africa",
           "South Sudan", "Sweden", "Switzerland", "Uganda", "United Kingdom", "United Republic of Tanzania",
           "United States of America"],
    "fr": ["Afrique du Sud", "Allemagne", "Australie", "Canada", "États-Unis", "Inde", "Italie", "Mozambique",
           "Ouganda", "Pays-Bas", "Royaume-Uni", "Soudan du Sud", "Suède", "Suisse", "Tanzanie"],
    "es": ["Alemania", "Australia", "Canadá", "Estados Unidos", "India", "Italia", "Mozambique", "Países Bajos",
           "Reino Unido", "Sudáfrica", "Sudán del Sur", "Suecia", "Suiza", "Tanzania", "Uganda"],
}
TITLES = {"en": "Emigrant stock (diaspora) by country", "fr": "Stock d'émigrants (diaspora) par pays",
          "es": "Emigrantes (diáspora) por país"}


def _pdf_text(ws, tmp_path: Path, language: str) -> list[str]:
    if language != "en":
        update_profile(ws, language=language)
    path = tmp_path / f"{language}.pdf"
    export_pdf(ws, ExportOptions(), path)
    return [line.strip() for page in PdfReader(path).pages for line in page.extract_text().splitlines()]


def _names_after(lines: list[str], title: str, names: list[str]) -> list[str]:
    """The country names of the table captioned ``title`` (its last occurrence: the annex's), in
    the order they are printed (pypdf gives each cell its own line)."""
    start = max(i for i, line in enumerate(lines) if title in line)
    return [line for line in lines[start + 1:start + 3 * len(names) + 3] if line in names]


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_annex_lists_partners_by_name_in_the_reports_language(sample_ws, tmp_path, language):
    expected = DESTINATIONS[language]
    printed = _names_after(_pdf_text(sample_ws, tmp_path, language), TITLES[language], expected)
    assert printed == expected


def test_body_top_ten_stays_a_ranking_by_the_latest_figure(sample_ws, tmp_path):
    lines = _pdf_text(sample_ws, tmp_path, "fr")
    start = next(i for i, line in enumerate(lines) if "Stock d'émigrants (diaspora) : les 10 premiers pays" in line
                 and ". ." not in line and i > 200)
    first = next(line for line in lines[start + 1:] if line in DESTINATIONS["fr"])
    assert first == "États-Unis"   # 156 960, the largest destination, not the first by name


def test_excel_module_sheet_lists_partners_by_name(sample_ws, tmp_path):
    import openpyxl

    from mpdesk.export.excel import export_xlsx

    update_profile(sample_ws, language="fr")
    path = tmp_path / "profil.xlsx"
    export_xlsx(sample_ws, ExportOptions(), path)
    book = openpyxl.load_workbook(path, read_only=True)
    sheet = next(book[name] for name in book.sheetnames if name.startswith("A.3"))
    names = [row[1] for row in sheet.iter_rows(values_only=True) if row[1] in DESTINATIONS["fr"]]
    assert names[:len(DESTINATIONS["fr"])] == DESTINATIONS["fr"]
