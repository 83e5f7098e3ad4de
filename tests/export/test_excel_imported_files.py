"""The workbook names the files its figures were imported from (tester8 #30): the 'Imported files'
sheet gives each file's name, dataset, date and SHA-256 fingerprint, so a reader traces a Data
row's source to the very file; read back with openpyxl and compared with the file itself."""

from __future__ import annotations

import csv
import hashlib
from pathlib import Path

import pytest
from openpyxl import load_workbook

from mpdesk.export.excel import export_xlsx
from mpdesk.export.options import ExportOptions
from mpdesk.imports.preview import apply_preview, preview_import, read_for
from mpdesk.services.profile import NewProfile, create_profile

REAL = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "real"
WB_POPULATION = REAL / "API_SP.POP.TOTL_DS2_en_csv_v2_900.csv"
HEADERS = {"en": ("Imported files", "File", "Fingerprint (SHA-256)", "Figures from it in this profile", "Source"),
           "fr": ("Fichiers importés", "Fichier", "Empreinte (SHA-256)", "Données de ce fichier dans le profil",
                  "Source")}


def _table(sheet, first: str) -> list[dict[str, object]]:
    """The sheet's table under its header row (the row whose first cell is ``first``)."""
    rows = list(sheet.iter_rows(values_only=True))
    top = next(i for i, row in enumerate(rows) if row and row[0] == first)
    header = rows[top]
    return [dict(zip(header, row)) for row in rows[top + 1:] if any(v is not None for v in row)]


def _kenya_row(path: Path) -> int:
    """How many years the World Bank file gives a figure for Kenya, read with the csv module."""
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    header = next(r for r in rows if r and r[0] == "Country Name")
    kenya = next(r for r in rows if len(r) > 1 and r[1] == "KEN")
    return sum(1 for h, v in zip(header, kenya) if h.strip().isdigit() and v.strip())


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_workbook_names_the_imported_file_with_its_fingerprint(tmp_path, language):
    if not WB_POPULATION.is_file():
        pytest.skip("the World Bank population file is absent")
    ws = create_profile(tmp_path / "k.mpdesk", NewProfile(country_iso3="KEN", edition_year=2020, language=language))
    try:
        apply_preview(ws, preview_import(ws, read_for(ws, WB_POPULATION)))
        book = load_workbook(export_xlsx(ws, ExportOptions(), tmp_path / "k.xlsx"), read_only=True)
    finally:
        ws.close()
    tab, file_header, print_header, figures_header, source_header = HEADERS[language]
    [entry] = _table(book[tab], file_header)
    assert entry[file_header] == WB_POPULATION.name
    assert entry[print_header] == hashlib.sha256(WB_POPULATION.read_bytes()).hexdigest()
    assert entry[figures_header] == _kenya_row(WB_POPULATION)
    data = book.worksheets[[s.title for s in book.worksheets].index(tab) - 2]   # Data, Sources, Imported files
    sources = {row[source_header] for row in _table(data, data.cell(row=_header_row(data), column=1).value)}
    assert any(entry["Dataset" if language == "en" else "Jeu de données"] == s for s in sources)
    book.close()


def _header_row(sheet) -> int:
    for number, row in enumerate(sheet.iter_rows(values_only=True), start=1):
        if row and row[0] and any(isinstance(v, int) and 1900 < v < 2100 for v in row):
            return number
    raise AssertionError("no header row with years")


def test_a_profile_without_imports_has_no_empty_imported_files_sheet(tmp_path):
    ws = create_profile(tmp_path / "e.mpdesk", NewProfile(country_iso3="KEN", edition_year=2020))
    try:
        book = load_workbook(export_xlsx(ws, ExportOptions(), tmp_path / "e.xlsx"), read_only=True)
    finally:
        ws.close()
    assert "Imported files" not in book.sheetnames
    book.close()
