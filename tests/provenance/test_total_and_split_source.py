"""A printed total and its breakdown by sex come from one source when one source gives both.

Tester 5 #7: a French profile for Senegal, UN DESA 2020 then the World Bank's SP.POP.TOTL imported
with the command-line importer (default choices), printed Table 2 with the World Bank's total
(16 789 219) above UN DESA's women and men (8 573 145 + 8 170 785 = 16 743 930). The expected
figures are read from the real files with openpyxl and csv, the report with pypdf; the profile is
built and exported by real `python -m mpdesk` processes, as a user would."""

from __future__ import annotations

import csv
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "imports"))
from realdata import REAL, REPO_ROOT, real_file  # noqa: E402

UNDESA_2020 = "undesa_pd_2020_ims_stock_by_sex_and_destination.xlsx"
POPULATION = "API_SP.POP.TOTL_DS2_en_csv_v2_900.csv"
SENEGAL = 686


def _mpdesk(*args: str) -> None:
    env = dict(os.environ, PYTHONPATH=str(REPO_ROOT), QT_QPA_PLATFORM="offscreen")
    subprocess.run([sys.executable, "-m", "mpdesk", *args], check=True, env=env, capture_output=True, timeout=600)


def undesa_population(year: int) -> dict[str, float]:
    """Table 2 (thousands), read with openpyxl: both sexes, males, females."""
    import openpyxl

    book = openpyxl.load_workbook(real_file(REAL, UNDESA_2020), read_only=True, data_only=True)
    try:
        rows = book["Table 2"].iter_rows(min_row=11, values_only=True)
        header = next(rows)
        row = next(r for r in rows if r[3] == SENEGAL)
        first = header.index(year)
        return {sex: float(row[first + 7 * block]) * 1000 for block, sex in enumerate(("", "male", "female"))}
    finally:
        book.close()


def wdi_population(year: int) -> float:
    with open(real_file(REAL, POPULATION), newline="", encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle))
    header = next(r for r in rows if r and r[0] == "Country Name")
    row = next(r for r in rows if len(r) > 1 and r[1] == "SEN")
    return float(row[header.index(str(year))])


def french(value: float) -> str:
    """16 743 930 as the French report prints it (a narrow or plain space between thousands)."""
    return r"[\s\u202f\u00a0]?".join(re.escape(part) for part in f"{round(value):,}".split(","))


def test_senegal_total_population_adds_up_to_its_printed_women_and_men(tmp_path: Path) -> None:
    profile, pdf = tmp_path / "sen.mpdesk", tmp_path / "sen.pdf"
    _mpdesk("new", "--country", "SEN", "--year", "2020", "--lang", "fr", str(profile))
    _mpdesk("import", str(profile), str(real_file(REAL, UNDESA_2020)))
    _mpdesk("import", str(profile), str(real_file(REAL, POPULATION)))
    _mpdesk("export", "--pdf", str(pdf), str(profile))
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(str(pdf)).pages).split())

    desa = undesa_population(2020)
    assert round(desa["female"] + desa["male"]) == round(desa[""]) == 16_743_930
    assert round(wdi_population(2020)) == 16_789_219   # the two sources differ: the test means something
    table = text[text.index("Tableau 2 : Contexte"):]
    table = table[table.index("Tableau 2 : Contexte", 10):]   # the table itself, not its line in the list
    row = re.search(r"Population totale ((?:[\d\s\u202f\u00a0]+?)) Population totale — femmes", table)
    assert row and re.search(french(desa[""]) + "$", row.group(1).strip()), row
    assert re.search(r"Population totale — femmes [\d\s\u202f\u00a0]*" + french(desa["female"]), table)
    assert re.search(r"Population totale — hommes [\d\s\u202f\u00a0]*" + french(desa["male"]), table)
    assert not re.search(french(wdi_population(2020)), text)   # the World Bank's 2020 figure is an alternative
    assert "leur somme peut donc différer" not in text   # one source: no excuse needed
