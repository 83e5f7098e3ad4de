"""Not one English word in a French or Spanish report: every text of the PDF (pdftotext) and of the
workbook (cells, cell notes, headers and footers, sheet names, chart titles and axis names in
xl/charts/*.xml), final and draft, read back and compared with a list of English words.

The list is built from the English report of the same profile: every word it prints, minus the
words the report language shares with English (the words of its own report strings, catalogue
texts and country names) and minus the proper names of the publishers' datasets, which every
language cites as published ('UN DESA, International Migrant Stock 2020'). So a word mpdesk itself
writes in English — a report string not passed through ``tr``, a month name, a word an importer
adds to a dataset name ('extracted', 'December 2022') — fails the test, wherever it comes from.

The three profiles (Senegal 2024 in English, French and Spanish) are built as a user builds them,
each step a real ``mpdesk`` process with an English screen: ``new``, ``import`` of real published
files and of a team's tidy CSV, ``export`` to PDF and Excel, final and ``--draft``.
"""

from __future__ import annotations

import getpass
import os
import re
import subprocess
import sys
import tomllib
import zipfile
from functools import lru_cache
from pathlib import Path

import pytest

from mpdesk import i18n
from mpdesk.countries import all_countries
from mpdesk.guide import default_catalogue
from test_report_language_cli import run

REPO = Path(__file__).resolve().parents[2]
REAL_CANDIDATES = [Path(os.environ.get("MPDESK_REAL_DATA") or REPO / ".." / "shared" / "data" / "real"),
                   REPO / ".." / ".." / "shared" / "data" / "real"]
REAL_FILES = ["undesa_pd_2020_ims_stock_by_sex_and_destination.xlsx", "API_SP.POP.TOTL_DS2_en_csv_v2_900.csv",
              "API_BX.TRF.PWKR.CD.DT_DS2_en_csv_v2_38454.csv", "bilateral_migration_matrix_2021_latest.xlsx",
              "bilateral_remittance_matrix_2021_0.xlsx", "persons_of_concern.csv", "solutions.csv"]
# A team's own figures, with a source text that is a name (the same in every language)
TEAM_CSV = "indicator,year,sex,age_group,partner,category,value,unit,source,note\n" \
           "naturalisations,2023,,,,,1234,persons,ANSD,\n"
# Dataset titles as their publishers give them (cited as published in every language)
PROPER_NAMES = {"UN", "DESA", "International", "Migrant", "Stock", "KNOMAD", "World", "Bank", "Bilateral",
                "Migration", "Remittance", "Matrix", "WDI", "UNHCR", "Refugee", "Data", "Finder", "ANSD", "mpdesk",
                "populations", "solutions"}   # the Refugee Data Finder's two downloads
WORD = re.compile(r"[^\W\d_]{2,}")
CODE = re.compile(r"\S*[_\[\]=]\S*|\b[A-Z0-9]+(?:\.[A-Z0-9]+)+\b|'[^']*'!\$\S+|\b[0-9a-f]{64}\b"
                  r"|\S+\.(?:csv|xlsx|xlsm|xls)\b")
# keys, formulas, WDI codes, cell ranges, the imported files' SHA-256 fingerprints and names


def real_dir() -> Path:
    for folder in REAL_CANDIDATES:
        if all((folder / name).is_file() for name in REAL_FILES):
            return folder.resolve()
    pytest.skip("the real public data files are not beside the repository (shared/data/real)")


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def workbook_text(path: Path) -> str:
    """Every text a reader of the workbook sees: sheet names, cells, cell notes, headers and footers,
    and the charts' titles and axis names (kept in the chart parts, not in any cell)."""
    from openpyxl import load_workbook

    book = load_workbook(path)
    parts = list(book.sheetnames)
    for sheet in book.worksheets:
        for header in (sheet.oddHeader, sheet.oddFooter, sheet.evenHeader, sheet.evenFooter,
                       sheet.firstHeader, sheet.firstFooter):
            parts += [p.text for p in (header.left, header.center, header.right) if p.text]
        for row in sheet.iter_rows():
            for cell in row:
                if isinstance(cell.value, str):
                    parts.append(cell.value)
                if cell.comment is not None:
                    parts.append(cell.comment.text)
    with zipfile.ZipFile(path) as package:
        for name in package.namelist():
            if name.startswith("xl/charts/") and name.endswith(".xml"):
                parts += re.findall(r"<a:t>([^<]*)</a:t>", package.read(name).decode("utf-8"))
    return "\n".join(parts).replace("&P", " ").replace("&N", " ")


def report_texts(folder: Path) -> dict[str, str]:
    return {name: (pdf_text if name.endswith(".pdf") else workbook_text)(folder / name)
            for name in ("final.pdf", "draft.pdf", "final.xlsx", "draft.xlsx")}


def words(text: str) -> set[str]:
    """The words of ``text``, codes left out (indicator keys, formulas, WDI series codes, cell ranges)."""
    return set(WORD.findall(CODE.sub(" ", text))) - catalogue_keys()


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, str]]:
    real = real_dir()
    texts = {}
    for language in ("en", "fr", "es"):
        folder = tmp_path_factory.mktemp(f"words-{language}")
        profile, team = folder / "p.mpdesk", folder / "team.csv"
        team.write_text(TEAM_CSV, encoding="utf-8")
        run("new", str(profile), "--country", "SEN", "--year", "2024", "--lang", language)
        for path in [real / name for name in REAL_FILES] + [team]:
            run("import", str(profile), str(path))
        run("export", str(profile), "--pdf", str(folder / "final.pdf"), "--xlsx", str(folder / "final.xlsx"))
        run("export", str(profile), "--pdf", str(folder / "draft.pdf"), "--xlsx", str(folder / "draft.xlsx"),
            "--draft")
        texts[language] = report_texts(folder)
    return texts


def language_words(language: str) -> set[str]:
    """Words the language writes itself (lower case): its report strings, catalogue texts, country names."""
    texts = [i18n.tr_for(language, c, e) for c, e in i18n.report_strings() if i18n.tr_for(language, c, e) != e]
    texts += [e for c, e in i18n.report_strings() if i18n.tr_for(language, c, e) == e]   # the same in both
    texts += [c.name(language) for c in all_countries()]
    for path in (REPO / "resources" / "guide").glob("*.toml"):
        texts += list(_texts_in(tomllib.loads(path.read_text(encoding="utf-8")), language))
    return {w.lower() for t in texts for w in WORD.findall(t)}


def _texts_in(node: object, language: str):
    """The catalogue's texts in ``language`` (``{ en = "...", fr = "..." }`` tables anywhere in it)."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == language and isinstance(value, str):
                yield value
            else:
                yield from _texts_in(value, language)
    elif isinstance(node, list):
        for value in node:
            yield from _texts_in(value, language)


@lru_cache(maxsize=1)
def catalogue_keys() -> frozenset[str]:
    """Indicator and section keys: codes, printed in the workbook's key columns."""
    catalogue = default_catalogue()
    return frozenset({i.key for i in catalogue.indicators} | {s.key for s in catalogue.sections}
                     | {c.iso3 for c in all_countries()})


def cited_as_published() -> set[str]:
    """Words of the dataset titles and of the catalogue's typical sources that no language translates
    ('Eurostat migr_asyappctza', 'UNODC SHERLOC'): names, cited as their publishers give them."""
    sources = {s for i in default_catalogue().indicators for s in i.sources
               if all(i18n.tr_for(lang, "Sources", s) == s for lang in ("fr", "es"))}
    return PROPER_NAMES | {w for s in sources for w in WORD.findall(s)}


def english_words(english: dict[str, str], language: str) -> set[str]:
    own = language_words(language)
    found = set().union(*(words(t) for t in english.values()))
    return {w for w in found if w.lower() not in own} - cited_as_published() - {getpass.getuser()}   # who imported


def lines_with(text: str, word: str) -> list[str]:
    return [" ".join(line.split())[:160] for line in text.splitlines()
            if re.search(rf"(?<![^\W\d_]){re.escape(word)}(?![^\W\d_])", CODE.sub(" ", line))][:2]


@pytest.mark.parametrize("language", ["fr", "es"])
def test_no_english_word_in_the_report(reports: dict[str, dict[str, str]], language: str) -> None:
    english = english_words(reports["en"], language)
    assert {"Contents", "December", "persons"} <= english   # the list holds the English report's words
    left = {}
    for name, text in reports[language].items():
        for word in sorted(words(text) & english):
            left[f"{name}: {word}"] = lines_with(text, word)
    assert not left, "\n".join(f"{k}  {v}" for k, v in left.items())

