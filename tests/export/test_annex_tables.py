"""The statistical annex and the PDF's tables as a reader meets them, read back with pypdf:
one long series is one table (one number) continuing on row blocks; every year is there."""

from __future__ import annotations

import re
from pathlib import Path

from pypdf import PdfReader

from mpdesk.export.options import ExportOptions
from mpdesk.export.pdf import export_pdf
from mpdesk.export.report_data import load_report_data
from mpdesk.services.profile import update_profile


def _pages(ws, tmp_path: Path, language: str = "en") -> list[str]:
    if language != "en":
        update_profile(ws, language=language)
    path = tmp_path / f"{language}.pdf"
    export_pdf(ws, ExportOptions(), path)
    return [page.extract_text() for page in PdfReader(path).pages]


def _annex(pages: list[str], heading: str = "Statistical annex") -> str:
    text = "\n".join(pages)
    return text[text.rindex(heading):]


def test_a_long_one_row_series_is_one_numbered_table_with_every_year(sample_ws, tmp_path):
    data = load_report_data(sample_ws, ExportOptions())
    population = next(r for t in data.tables["A.1"] for r in t.rows if r.indicator == "population_total"
                      and not r.sex)
    years = sorted(population.values)
    annex = _annex(_pages(sample_ws, tmp_path))
    captions = re.findall(r"Table (\d+): Context and key drivers: key indicators, (\S+)", annex)
    assert captions and len(captions) == 1, captions          # one table, one number
    assert captions[0][1] == f"{years[0]}–{years[-1]}"          # its caption names the whole period
    table = annex[annex.index(f"Table {captions[0][0]}:"):annex.index("Source", annex.index(f"Table {captions[0][0]}:"))]
    printed_years = {int(y) for y in re.findall(r"\b(19\d\d|20\d\d)\b", table)}
    assert set(years) <= printed_years                          # every year, in its row blocks
    assert f"{population.values[years[0]]:,.0f}" in table and f"{population.values[years[-1]]:,.0f}" in table
    assert table.count("Total population") >= len(years) // 8  # the row label repeated on each block


def test_no_annex_table_is_split_into_numbered_parts(sample_ws, tmp_path):
    annex = _annex(_pages(sample_ws, tmp_path, "fr"), "Annexe statistique")
    titles = re.findall(r"Tableau \d+ : (.+?), \d{4}", annex)
    assert titles and len(titles) == len(set(titles)), titles
