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


def _flat(text: str) -> str:
    """Text with no-break spaces read as spaces and lines joined, as a reader reads it."""
    return " ".join(text.replace("\u00a0", " ").replace("\u202f", " ").split())


def _table(pages: list[str], caption: str) -> list[str]:
    """The lines of the body table captioned ``caption``, up to its source line."""
    text = "\n".join(p for p in pages if not re.search(r"\.\s+\.\s+\.", p))   # not the list of tables
    start = text.index(caption)
    end = text.index("Source", start)
    return [line.strip() for line in text[start:end].splitlines()]


def test_each_release_has_its_own_marker_and_its_years(sample_ws, tmp_path):
    pages = _pages(sample_ws, tmp_path)
    flat = _flat("\n".join(pages))
    assert "Refugees hosted (b, c)" in flat            # the series draws on two UNHCR releases
    assert ("Sources: (a) UN DESA, International Migrant Stock 2020; (b) UNHCR Refugee Data Finder, populations "
            "2017-2022 (2017–2018); (c) UNHCR Refugee Data Finder, populations 2019-2024 (2019–2020).") in flat
    # Table 5 (refugees by country): one series per country, both releases, each with its years.
    assert ("Source: UNHCR Refugee Data Finder, populations 2017-2022 (2017–2018); UNHCR Refugee Data Finder, "
            "populations 2019-2024 (2019–2020).") in flat


def test_french_lists_put_a_space_before_the_semicolon(sample_ws, tmp_path):
    pages = _pages(sample_ws, tmp_path, "fr")
    text = "\n".join(pages)
    assert "Stock 2020 ; (b) UNHCR" in _flat(text)
    sources = [line for line in text.splitlines() if line.startswith("Source")]
    assert sources and not [line for line in sources if re.search(r"\S;", line)]


def test_a_unit_wraps_at_word_boundaries_on_at_most_two_lines(sample_ws, tmp_path):
    lines = _table(_pages(sample_ws, tmp_path, "fr"), "Tableau 11 : Développement économique")
    assert not [line for line in lines if line in ("millions", "de", "dollars")], lines   # not a word a line
    assert "millions de dollars É.-U." in lines or "millions de dollars" in lines, lines  # two lines at most


def test_the_annex_gives_a_unit_room_too_and_its_figures_never_wrap(sample_ws, tmp_path):
    pages = _pages(sample_ws, tmp_path, "es")
    annex = "\n".join(pages)
    annex = annex[annex.rindex("Anexo estadístico"):]
    table = annex[annex.index("Cuadro 16: La migración de un vistazo"):annex.index("Fuentes")]
    lines = [line.strip() for line in table.splitlines()]
    assert "millones de" in lines and "dólares EE. UU." in lines and "de" not in lines
    assert "52.217.334" in lines                        # a population figure on one line, not '52.217.33' + '4'


def test_the_definitions_are_in_the_contents_and_the_bookmarks(sample_ws, tmp_path):
    from mpdesk.export.pdf import export_pdf

    path = tmp_path / "report.pdf"
    export_pdf(sample_ws, ExportOptions(), path)
    reader = PdfReader(path)
    contents = next(p.extract_text() for p in reader.pages if "Contents" in p.extract_text())
    assert contents.index("Statistical annex") < contents.index("Definitions") < contents.index("Inventory of data")

    def entries(outline) -> list:
        return [e for item in outline for e in (entries(item) if isinstance(item, list) else [item])]
    bookmark = next(e for e in entries(reader.outline) if e.title == "Definitions")
    target = reader.pages[reader.get_destination_page_number(bookmark)].extract_text()
    assert "Definitions" in target and "Statistical annex" not in target.split("Definitions")[-1]
