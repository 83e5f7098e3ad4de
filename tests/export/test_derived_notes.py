"""A derived figure's note names what it was computed from (tester 5 #1), and what it was computed
from is what the report prints (one series rule): 'Immigrants as % of population' divides UN DESA's
stock by the population series the table prints, the World Bank's in the sample. The share printed
is checked against the two named figures read from the profile file with sqlite3; the PDF is read
with pypdf."""

from __future__ import annotations

import re
import sqlite3
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from mpdesk.export.options import ExportOptions
from mpdesk.export.pdf import export_pdf
from mpdesk.formats import format_number
from mpdesk.services.profile import update_profile

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "imports"))
from realdata import REAL, real_file  # noqa: E402

DESA = "UN DESA, International Migrant Stock 2020"
WB = "World Bank WDI SP.POP.TOTL (2024-12-16)"
WORDS = {   # the share's row label and the note's words, as the report prints them
    "en": ("Immigrants as % of population", "computed as", "Immigrant stock", "Total population",
           "not the printed series"),
    "fr": ("Immigrants en % de la population", "calculé selon la formule", "Stock d'immigrants", "Population totale",
           "et non la série imprimée"),
}


def _text(ws, path: Path) -> str:
    export_pdf(ws, ExportOptions(), path)
    return " ".join(" ".join(p.extract_text() for p in PdfReader(str(path)).pages).split())


def _stored(path: Path, indicator: str, source: str) -> dict[int, float]:
    """The profile's figures of one source, read with sqlite3 (not through mpdesk)."""
    with sqlite3.connect(path) as db:
        rows = db.execute("SELECT year, value FROM indicator_value WHERE indicator_key = ? AND source = ? AND "
                          "COALESCE(sex, '') = '' AND COALESCE(age_group, '') = '' AND COALESCE(partner, '') = '' "
                          "AND COALESCE(category, '') = ''", (indicator, source)).fetchall()
    return {year: value for year, value in rows}


def _printed_shares(text: str, label: str) -> list[str]:
    """Every figure printed in the total share's rows of the tables ('.. .. 3,6 ..' -> ['3,6'])."""
    found = []
    for match in re.finditer(re.escape(label) + r" † %((?: (?:\.\.|-?\d+[.,]\d))+)", text):
        found += [v for v in match.group(1).split() if v != ".."]
    return found


def _note(text: str, language: str) -> str:
    label, computed = WORDS[language][:2]
    start = text.index(f"† {label} : {computed}" if language == "fr" else f"† {label}: {computed}")
    return text[start:text.index("100.", start)]


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_sample_names_the_population_its_immigrant_share_divides_by(sample_ws, tmp_path, language):
    update_profile(sample_ws, language=language)
    text = _text(sample_ws, tmp_path / "r.pdf")
    label, _, stock, population, elsewhere = WORDS[language]
    note = _note(text, language)
    assert f"{stock} ({DESA})" in note and f"{population} ({WB})" in note and elsewhere not in note, note
    # The annex prints the World Bank's population, and the share divides by it.
    assert f"Population totale (b)" in text if language == "fr" else "Total population (b)" in text
    shares = _stored(sample_ws.path, "immigrant_stock", DESA)
    people = _stored(sample_ws.path, "population_total", WB)
    expected = sorted(format_number(shares[y] / people[y] * 100, 1, language) for y in shares if y in people)
    assert expected and sorted(_printed_shares(text, label)) == expected


def test_a_share_printed_beside_another_population_divides_by_the_printed_one(tmp_path):
    """Senegal (French), UN DESA 2020 and the World Bank's population, the team taking the total from
    the World Bank: the annex prints 7 720 523 for 1990 and the share divides by it, 3,5 %
    (270 410 / 7 720 523), not UN DESA's 3,6 % (on its own 7 526 306); the note names the World Bank."""
    from mpdesk.imports.preview import apply_preview, preview_import, read_for
    from mpdesk.services.profile import NewProfile, create_profile
    from mpdesk.services.series import choose_series

    path = tmp_path / "sen.mpdesk"
    ws = create_profile(path, NewProfile(country_iso3="SEN", edition_year=2020, language="fr",
                                         period_start=2010, period_end=2020))
    try:
        for name in ("undesa_pd_2020_ims_stock_by_sex_and_destination.xlsx", "API_SP.POP.TOTL_DS2_en_csv_v2_900.csv"):
            apply_preview(ws, preview_import(ws, read_for(ws, real_file(REAL, name))))
        choose_series(ws, "population_total", "World Bank WDI SP.POP.TOTL")
        text = _text(ws, tmp_path / "sen.pdf")
    finally:
        ws.close()
    label, _, stock, population, elsewhere = WORDS["fr"]
    note = _note(text, "fr")
    # the total share on the World Bank's total, the shares of women and men on UN DESA's split by sex
    # (the World Bank gives none): both are the printed series of their rows
    assert f"{stock} ({DESA})" in note and f"{population} ({WB} (total) ; {DESA} (par sexe))" in note, note
    assert elsewhere not in note
    stocks, desa, wb = (_stored(path, "immigrant_stock", DESA), _stored(path, "population_total", DESA),
                        _stored(path, "population_total", WB))
    gap = r"[\s\u202f\u00a0]"
    assert round(wb[1990]) == 7_720_523 and round(desa[1990]) == 7_526_306
    assert re.search(rf"Population totale \(b\) personnes[\d\s\u202f\u00a0]*7{gap}720{gap}523", text)   # the World Bank's
    printed = sorted(_printed_shares(text, label))
    assert printed == sorted(format_number(stocks[y] / wb[y] * 100, 1, "fr") for y in stocks)
    assert printed != sorted(format_number(stocks[y] / desa[y] * 100, 1, "fr") for y in stocks)   # 1990: 3,6
    assert format_number(stocks[1990] / wb[1990] * 100, 1, "fr") == "3,5"
