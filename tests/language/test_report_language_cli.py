"""A French and a Spanish profile exported from the command line with an English screen
(LANG=en_US.UTF-8): the PDF (read back with pypdf) and the workbook (openpyxl) are in the
profile's language: none of the app's own English report strings, numbers as the language
writes them, the country and its partners under their names in that language.

The profiles are built as a user would: ``mpdesk new``, ``mpdesk import`` of real published
files, ``mpdesk export --draft`` (a draft shows the most generated text: banner, watermark,
'No text has been written...' notes), each a real process.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from mpdesk import i18n
from mpdesk.guide import default_catalogue

REPO = Path(__file__).resolve().parents[2]
REAL_CANDIDATES = [REPO / ".." / "shared" / "data" / "real", REPO / ".." / ".." / "shared" / "data" / "real"]
REAL_FILES = ["undesa_pd_2020_ims_stock_by_sex_and_destination.xlsx", "API_SP.POP.TOTL_DS2_en_csv_v2_900.csv",
              "API_BX.TRF.PWKR.CD.DT_DS2_en_csv_v2_38454.csv", "API_SM.POP.NETM_DS2_en_csv_v2_3401672.csv",
              "bilateral_migration_matrix_2021_latest.xlsx"]
PDF_CONTEXTS = ("Report", "Format", "Charts", "Profile")
EXCEL_CONTEXTS = ("Excel", "Format", "Charts", "Profile")
# Words the report languages share with English (same spelling, same meaning): never a leftover.
SHARED_WORDS = {"Source", "Total", "Notes", "Action", "Institution", "Type", "Module", "Convention", "Section",
                "Modules", "Sources", "Responsible", "Note", "Provenance", "No", "Final", "final",
                "per"}   # Spanish writes 'per cápita' ('por 1000' is checked in the numbers test)


@dataclass(frozen=True)
class Case:
    language: str
    iso3: str
    country: str          # the country's name in that language (CLDR's common form)
    partner: str          # a partner country of the bilateral matrix, in that language
    number: re.Pattern    # a figure with thousands as the language writes them
    percent: str          # a percent sign as the language writes it after a figure


CASES = {
    "fr": Case("fr", "SEN", "Sénégal", "Guinée-Bissau", re.compile(r"\b\d{1,3}(?:[ \u00a0\u202f]\d{3}){2}\b"),
               r"\d,\d[ \u00a0\u202f]%"),
    "es": Case("es", "MEX", "México", "Estados Unidos", re.compile(r"\b\d{1,3}(?:\.\d{3}){2}\b"),
               r"\d,\d[ \u00a0\u202f]%"),
}


def real_dir() -> Path:
    for folder in REAL_CANDIDATES:
        if all((folder / name).is_file() for name in REAL_FILES):
            return folder.resolve()
    pytest.skip("the real public data files are not beside the repository (shared/data/real)")


def run(*args: str) -> str:
    env = dict(os.environ, LANG="en_US.UTF-8", LC_ALL="en_US.UTF-8", MPDESK_LANG="en", PYTHONPATH=str(REPO))
    done = subprocess.run([sys.executable, "-m", "mpdesk", *args], env=env, capture_output=True, text=True,
                          cwd=REPO)
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


@pytest.fixture(scope="module", params=sorted(CASES))
def exported(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> tuple[Case, Path, Path, Path]:
    case = CASES[request.param]
    folder = tmp_path_factory.mktemp(f"report-{case.language}")
    profile = folder / f"{case.language}.mpdesk"
    run("new", str(profile), "--country", case.iso3, "--year", "2024", "--lang", case.language)
    for name in REAL_FILES:
        run("import", str(profile), str(real_dir() / name))
    pdf, xlsx = folder / "report.pdf", folder / "report.xlsx"
    run("export", str(profile), "--pdf", str(pdf), "--xlsx", str(xlsx), "--draft")
    return case, pdf, xlsx, profile


def profile_texts(profile: Path) -> list[str]:
    """The figures' sources and notes as stored (imported from English-language files: data, not the app's)."""
    from mpdesk.services.figures import stored_figures
    from mpdesk.services.workspace import Workspace

    ws = Workspace.open(profile)
    try:
        return [t for v in stored_figures(ws) for t in (v.source, v.note) if t]
    finally:
        ws.close()


def pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def workbook_cells(path: Path) -> set[str]:
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True)
    found = {str(v).strip() for sheet in book.worksheets for row in sheet.iter_rows(values_only=True)
             for v in row if isinstance(v, str)}
    book.close()
    return found


def workbook_text(path: Path) -> str:
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True)
    parts = list(book.sheetnames)
    for sheet in book.worksheets:
        for row in sheet.iter_rows(values_only=True):
            parts += [str(v) for v in row if isinstance(v, str)]
    book.close()
    return "\n".join(parts)


def data_texts(language: str, extra: list[str]) -> list[str]:
    """Texts that are data, not the app's own strings: catalogue texts still without a translation
    (the catalogue's French and Spanish come separately) and publishers' source names."""
    catalogue = default_catalogue()
    texts: list[str] = []
    for item in (*catalogue.indicators, *catalogue.sections):
        for field in ("name", "definition", "title", "basis", "category_label"):
            text = getattr(item, field, None)
            if text and not text.get(language):
                texts.append(text.get_for("en"))
    for item in catalogue.indicators:
        texts += list(item.sources)
    for section in catalogue.sections:
        texts += [c.title.get_for("en") for c in section.charts if not c.title.get(language)]
    texts += extra
    return sorted({re.sub(r"\s+", " ", t).strip() for t in texts if t.strip()}, key=len, reverse=True)


def leftovers(text: str, language: str, contexts: tuple[str, ...], profile: Path) -> list[str]:
    """The app's English report strings (of ``contexts``) found in ``text`` once data texts are left out."""
    flat = re.sub(r"\S*[_\[\]=]\S*", " ", re.sub(r"\s+", " ", text))   # keys and formulas are codes
    data = data_texts(language, profile_texts(profile))
    for piece in data:
        flat = flat.replace(piece, " \u2063 ")
    allowed = set(re.findall(r"[A-Za-z]+", " ".join(data)))
    found = []
    for context, english in i18n.report_strings():
        if context not in contexts or i18n.tr_for(language, context, english) == english:
            continue
        pieces = [re.escape(p.strip()) for p in re.split(r"\{[a-z_]+\}", english)]
        if not any(re.search(r"[A-Za-z]{2}", p) for p in pieces):
            continue
        words = re.findall(r"[A-Za-z]+", re.sub(r"\{[a-z_]+\}", " ", english))
        if len(words) == 1 and (words[0] in allowed or words[0] in SHARED_WORDS):
            continue   # a single word that also occurs in untranslated data text
        pattern = r"\S{0,80}?".join(p for p in pieces if p)
        if re.search(rf"(?<![^\W\d_]){pattern}(?![^\W\d_])", flat):   # whole words only ('Unit', not 'Unité')
            found.append(f"{context}: {english}")
    return found


def test_pdf_has_no_english_string_of_the_app(exported: tuple[Case, Path, Path, Path]) -> None:
    case, pdf, _, profile = exported
    text = pdf_text(pdf)
    assert leftovers(text, case.language, PDF_CONTEXTS, profile) == []
    first = i18n.tr_for(case.language, "Report", "Page {page} of {total}").format(page=2, total="")
    assert first.strip() in text                                           # 'Page 2 sur' / 'Página 2 de'
    assert i18n.tr_for(case.language, "Report", "Contents") in text       # 'Table des matières' / 'Índice'
    assert i18n.tr_for(case.language, "Report", "DRAFT") in text          # the watermark


def test_pdf_numbers_are_written_as_the_language_writes_them(exported: tuple[Case, Path, Path, Path]) -> None:
    case, pdf, _, profile = exported
    text = pdf_text(pdf)
    assert case.number.search(text), "no figure with the language's thousands separator"
    assert re.search(case.percent, text), "no percentage written with the language's spacing"
    assert not re.search(r"\b\d{1,3},\d{3},\d{3}\b", text), "an English-style figure (1,234,567)"
    assert not re.search(r"\d\.\d%", text), "an English-style percentage (1.6%)"
    per_thousand = i18n.tr_for(case.language, "Format", "per {n}").split(" ")[0]
    assert re.search(rf"{per_thousand} 1[ \u00a0\u202f.]?000", text), "the per-1000 unit in the language"


def test_pdf_names_the_country_and_its_partners_in_the_language(exported: tuple[Case, Path, Path, Path]) -> None:
    case, pdf, _, profile = exported
    text = pdf_text(pdf)
    assert case.country in text
    assert case.partner in text
    from mpdesk.countries import all_countries

    inverted = [c.name(case.language) for c in all_countries() if ", " in getattr(c, f"name_{case.language}")]
    iso_forms = [getattr(c, f"name_{case.language}") for c in all_countries()
                 if ", " in getattr(c, f"name_{case.language}")]
    assert not [n for n in iso_forms if n in text], "a country under ISO's inverted name"
    assert inverted  # the check above means something: such names exist in the table
    from pypdf import PdfReader

    title = PdfReader(pdf).metadata.title
    assert case.country in title and "Migration Profile" not in title


def test_workbook_has_no_english_string_of_the_app(exported: tuple[Case, Path, Path, Path]) -> None:
    case, _, xlsx, profile = exported
    text = workbook_text(xlsx)
    assert leftovers(text, case.language, EXCEL_CONTEXTS, profile) == []
    english_cells = {e for c, e in i18n.report_strings() if c in EXCEL_CONTEXTS and e not in SHARED_WORDS
                     and i18n.tr_for(case.language, c, e) != e} & workbook_cells(xlsx)
    assert not english_cells   # a whole cell in English ('persons', 'draft', 'imported')
    from openpyxl import load_workbook

    assert i18n.tr_for(case.language, "Excel", "Data") in load_workbook(xlsx, read_only=True).sheetnames  # a sheet named in the language
    assert case.country in text and case.partner in text


def test_workbook_sheet_names_fit_and_are_cut_at_a_word(exported: tuple[Case, Path, Path, Path]) -> None:
    from openpyxl import load_workbook

    _, _, xlsx, _ = exported
    book = load_workbook(xlsx, read_only=True)
    names = book.sheetnames
    book.close()
    catalogue = default_catalogue()
    titles = " ".join(s.title.get_for(lang) for s in catalogue.sections for lang in ("en", "fr", "es"))
    for name in names:
        assert len(name) <= 31
        last = name.split(" (")[0].split()[-1]
        assert re.search(rf"(?<!\w){re.escape(last)}(?!\w)", titles + " " + " ".join(
            i18n.tr_for(lang, "Excel", e) for _, e in i18n.report_strings() for lang in ("en", "fr", "es"))), name
