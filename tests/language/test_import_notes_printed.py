"""The notes mpdesk's importers write on figures ('Mid-2020 stocks: the matrix titled 2021 is based on
UN DESA's estimates ...') print in the profile's language: a French or Spanish report of the KNOMAD
migration matrix carries no English note (the tester found eight English footnotes in a French PDF),
and a profile whose language is changed after the import prints them in its new language."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from mpdesk import i18n
from mpdesk.export.excel import export_xlsx
from mpdesk.export.options import ExportOptions
from mpdesk.export.pdf import export_pdf
from mpdesk.imports.preview import apply_preview, preview_import, read_for
from mpdesk.services.profile import NewProfile, create_profile, update_profile
from tests.imports.realdata import REAL, real_file

MATRIX = "bilateral_migration_matrix_2021_latest.xlsx"
MID_YEAR = "Mid-{year} stocks: the matrix titled {title} is based on UN DESA's estimates for mid-{year}"


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def pdf_text(path: Path) -> str:
    return flat(" ".join(page.extract_text() or "" for page in PdfReader(path).pages))


def english_notes_in(text: str) -> list[str]:
    """The English wording of any importer note found in ``text`` (placeholders match any word)."""
    found = []
    for context, english in i18n.report_strings():
        if context != i18n.NOTES or len(english.split()) < 3:
            continue   # one-word notes ('imputed') are caught through the longer notes they sit in
        pieces = [re.escape(p.strip()) for p in re.split(r"\{[a-z_]+\}", english) if p.strip()]
        if re.search(r"\s*\S{0,12}\s*".join(pieces), text, re.IGNORECASE):
            found.append(english)
    return found


def imported_profile(folder: Path, language: str):
    ws = create_profile(folder / f"{language}.mpdesk", NewProfile(country_iso3="KEN", edition_year=2020,
                                                                 language=language))
    apply_preview(ws, preview_import(ws, read_for(ws, real_file(REAL, MATRIX))))
    return ws


@pytest.mark.parametrize("language", ["fr", "es"])
def test_a_french_or_spanish_report_prints_the_knomad_note_in_its_language(tmp_path, language):
    ws = imported_profile(tmp_path, language)
    try:
        pdf = export_pdf(ws, ExportOptions(), tmp_path / "report.pdf")
    finally:
        ws.close()
    text = pdf_text(pdf)
    assert english_notes_in(text) == []
    said = i18n.tr_for(language, i18n.NOTES, MID_YEAR).format(year=2020, title=2021)
    assert flat(said)[:40] in text                     # the note is there, in the profile's language


def test_a_profile_whose_language_changes_after_the_import_prints_its_notes_in_the_new_one(tmp_path):
    ws = imported_profile(tmp_path, "en")
    try:
        update_profile(ws, language="fr")
        pdf = export_pdf(ws, ExportOptions(), tmp_path / "report.pdf")
        xlsx = export_xlsx(ws, ExportOptions(), tmp_path / "report.xlsx")
    finally:
        ws.close()
    text = pdf_text(pdf)
    assert english_notes_in(text) == []
    assert "Stocks au milieu de 2020" in text
    book = load_workbook(xlsx, read_only=True)
    cells = " ".join(str(v) for sheet in book.worksheets for row in sheet.iter_rows(values_only=True)
                     for v in row if isinstance(v, str))
    book.close()
    assert english_notes_in(flat(cells)) == []
    assert "Stocks au milieu de 2020" in cells


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_every_importer_note_reads_back_in_every_language(language):
    for context, english in i18n.report_strings():
        if context != i18n.NOTES:
            continue
        filled = english.format(year=2020, title=2021, revision=2022, basis="foreign-born, imputed", code="B I",
                                text="KNBS")
        for stored in ("en", "fr", "es"):
            written = i18n.tr_for(stored, i18n.NOTES, english).format(
                year=2020, title=2021, revision=2022, code="B I", text="KNBS",
                basis=", ".join(i18n.tr_for(stored, i18n.NOTES, w) for w in ("foreign-born", "imputed")))
            expected = i18n.tr_for(language, i18n.NOTES, english).format(
                year=2020, title=2021, revision=2022, code="B I", text="KNBS",
                basis=", ".join(i18n.tr_for(language, i18n.NOTES, w) for w in ("foreign-born", "imputed")))
            assert i18n.note_in(language, written) == expected, (stored, filled)
    assert i18n.note_in(language, "A note the team wrote") == "A note the team wrote"
