"""Traceable numbers (tester #1): a derived figure divides the figures the report prints, so a reader
dividing the printed remittances by the printed population gets the printed remittances per capita,
in the PDF (read with pypdf) and in the workbook (read with openpyxl). Where the printed series has
no figure for a year, the figure that stood in is named in the note under the table.

The printed figures are read back from the exported files only; a printed figure carries its rounding,
so a share is checked to printed precision: the printed result lies within what the printed inputs,
each anywhere inside its own rounding, give."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from mpdesk.export.excel import export_xlsx
from mpdesk.export.options import ExportOptions
from mpdesk.export.pdf import export_pdf
from mpdesk.services.derived import compute_derived
from mpdesk.services.series import choose_series
from mpdesk.services.value_table import ValueTable

LABELS = {"remittance_inflows": "Remittance inflows", "per_capita": "Remittance inflows per capita",
          "population_total": "Total population", "immigrant_stock": "Immigrant stock",
          "share": "Immigrants as % of population"}
VALUE = re.compile(r"^(-?[\d,]+(?:\.(\d+))?)[¹²³⁴⁵⁶⁷⁸⁹⁰]*$|^\.\.$")
YEAR = re.compile(r"^(19|20)\d\d$")


def _label(text: str) -> str:
    """A row label without its source letters and derived mark: 'Total population (b)' -> 'Total population'."""
    return re.sub(r"\s*(\([a-z](, [a-z])*\)|†)\s*$", "", re.sub(r"\s*†\s*$", "", text)).strip()


def printed_tables(pdf: Path) -> dict[str, dict[int, set[str]]]:
    """Every table row of the PDF: label -> year -> the texts printed for that year (pypdf gives one
    cell per line: 'Indicator', ['Unit'], the years, then each row's label lines, [unit], its figures)."""
    lines = [line.strip() for page in PdfReader(str(pdf)).pages for line in (page.extract_text() or "").splitlines()]
    rows: dict[str, dict[int, set[str]]] = {}
    i = 0
    while i < len(lines):
        if lines[i] != "Indicator":
            i += 1
            continue
        i += 1
        has_unit = i < len(lines) and lines[i] == "Unit"
        i += has_unit
        years = []
        while i < len(lines) and YEAR.match(lines[i]):
            years.append(int(lines[i]))
            i += 1
        label: list[str] = []
        while i < len(lines) and years and lines[i] != "Indicator":
            if VALUE.match(lines[i]) and label:
                values = lines[i:i + len(years)]
                if len(values) < len(years) or not all(VALUE.match(v) for v in values):
                    break
                name = _label(" ".join(label[:-1] if has_unit else label))
                for year, text in zip(years, values):
                    rows.setdefault(name, {}).setdefault(year, set()).add(re.sub(r"[¹²³⁴⁵⁶⁷⁸⁹⁰]", "", text))
                i += len(years)
                label = []
            elif lines[i].startswith(("Source", "Note", "† ", ".. ", "Selected years", "Reference period")):
                break
            else:
                label.append(lines[i])
                i += 1
    return rows


def one_figure(rows: dict[str, dict[int, set[str]]], label: str) -> dict[int, str]:
    """year -> the one figure printed for it (a figure prints the same in every table it appears in)."""
    found = {}
    for year, texts in rows[label].items():
        assert len(texts) == 1, (label, year, texts)
        [text] = texts
        if text != "..":
            found[year] = text
    return found


def _bounds(text: str) -> tuple[float, float]:
    """The interval a printed figure stands for: '3,107.9' -> (3107.85, 3107.95)."""
    digits = text.replace(",", "")
    half = 0.5 * 10 ** -len(digits.partition(".")[2])
    return float(digits) - half, float(digits) + half


def reproducible(result: str, numerator: str, denominator: str, factor: float) -> bool:
    """Whether ``numerator`` × ``factor`` ÷ ``denominator``, from the printed figures, prints as ``result``."""
    (n_low, n_high), (d_low, d_high), (r_low, r_high) = map(_bounds, (numerator, denominator, result))
    low, high = n_low * factor / d_high, n_high * factor / d_low
    return low <= r_high and high >= r_low


def _pdf(ws, path: Path) -> Path:
    export_pdf(ws, ExportOptions(), path)
    return path


def test_remittances_per_capita_divide_the_printed_figures_in_the_pdf(sample_ws, tmp_path):
    rows = printed_tables(_pdf(sample_ws, tmp_path / "s.pdf"))
    remittances, population, per_capita = (one_figure(rows, LABELS[k])
                                           for k in ("remittance_inflows", "population_total", "per_capita"))
    years = sorted(per_capita)
    assert len(years) >= 20 and set(years) <= set(remittances) & set(population)
    for year in years:
        assert reproducible(per_capita[year], remittances[year], population[year], 1_000_000), \
            (year, per_capita[year], remittances[year], population[year])
    # 2020: 3,107.9 × 1,000,000 ÷ 52,217,334 = 59.5, printed 60 (UN DESA's 53,771,300 would give 58)
    assert (remittances[2020], population[2020], per_capita[2020]) == ("3,107.9", "52,217,334", "60")


def test_the_immigrant_share_divides_the_printed_figures_in_the_pdf(sample_ws, tmp_path):
    rows = printed_tables(_pdf(sample_ws, tmp_path / "s.pdf"))
    stock, population, share = (one_figure(rows, LABELS[k]) for k in ("immigrant_stock", "population_total", "share"))
    assert len(share) == 7
    for year, text in share.items():
        assert reproducible(text, stock[year], population[year], 100), (year, text, stock[year], population[year])


def _data_rows(book) -> dict[str, dict[int, tuple[float, str]]]:
    """indicator key -> year -> (value, number format) of the totals the Data sheet marks preferred
    (the figures the report prints; derived rows included)."""
    sheet = book["Data"]
    header_row = next(r for r in range(1, 10) if sheet.cell(r, 1).value == "Indicator key")
    header = [c.value for c in sheet[header_row]]
    preferred, dims = header.index("Preferred"), [header.index(h) for h in ("Sex", "Age group", "Partner", "Category")]
    years = {i: h for i, h in enumerate(header) if isinstance(h, int)}
    found: dict[str, dict[int, tuple[float, str]]] = {}
    for row in sheet.iter_rows(min_row=header_row + 1):
        if row[preferred].value != "Yes" or any(row[i].value for i in dims):
            continue
        for i, year in years.items():
            if isinstance(row[i].value, (int, float)):
                cells = found.setdefault(row[0].value, {})
                assert year not in cells, (row[0].value, year)    # one preferred figure per cell
                cells[year] = (row[i].value, row[i].number_format)
    return found


def _module_rows(book, key: str) -> dict[int, float]:
    """year -> the figure of ``key``'s total row on its module sheet."""
    for sheet in book:
        header = [c.value for c in sheet[1]]
        if "Indicator key" not in header:
            continue
        for row in sheet.iter_rows(min_row=2):
            if row[header.index("Indicator key")].value == key and row[1].value == "Total":
                return {h: row[i].value for i, h in enumerate(header) if isinstance(h, int) and row[i].value is not None}
    return {}


def _shown(value: float, number_format: str) -> str:
    """A cell as Excel shows it under its number format ('#,##0.0' -> one decimal)."""
    decimals = len(number_format.partition(".")[2].split(";")[0]) if "." in number_format else 0
    return f"{value:,.{decimals}f}"


def test_remittances_per_capita_divide_the_printed_figures_in_the_workbook(sample_ws, tmp_path):
    book = load_workbook(export_xlsx(sample_ws, ExportOptions(), tmp_path / "s.xlsx"))
    rows = _data_rows(book)
    remittances, population, per_capita = (rows[k] for k in
                                           ("remittance_inflows", "population_total", "remittances_per_capita"))
    assert len(per_capita) >= 20
    for year, (value, fmt) in per_capita.items():
        shown = [_shown(*cell) for cell in (remittances[year], population[year], (value, fmt))]
        assert reproducible(shown[2], shown[0], shown[1], 1_000_000), (year, shown)
        assert value == pytest.approx(remittances[year][0] * 1_000_000 / population[year][0], rel=1e-12)
    assert _module_rows(book, "remittances_per_capita") == {
        y: v for y, (v, _) in per_capita.items() if y in _module_rows(book, "remittances_per_capita")}
    share, stock = rows["immigrant_share_population"], rows["immigrant_stock"]
    for year, (value, _) in share.items():
        assert value == pytest.approx(stock[year][0] / population[year][0] * 100, rel=1e-12), year


def test_every_derived_figure_of_the_sample_uses_the_printed_inputs(sample_ws):
    """Every derived figure of the sample, each input being the figure its series prints (the one
    services.series prefers), or another derived figure."""
    table, derived = ValueTable.from_workspace(sample_ws), compute_derived(sample_ws)
    assert len(derived.values) > 100
    for key, figure in derived.values.items():
        for used in figure.inputs:
            assert used.preferred, (key, used)
            if used.provenance != "derived":
                assert table.get(used.key) == used, (key, used)


def test_a_year_the_printed_population_lacks_is_named_in_the_note(sample_ws, tmp_path):
    """The team prints UN DESA's population (every five years): remittances per capita of those years
    divide by it, and the other years by the World Bank's, which the note under the table names with
    its years as not the printed series; the annex prints '..' for the population of those years."""
    choose_series(sample_ws, "population_total", "UN DESA, International Migrant Stock 2020")
    pdf = _pdf(sample_ws, tmp_path / "desa.pdf")
    rows = printed_tables(pdf)
    remittances, population, per_capita = (one_figure(rows, LABELS[k])
                                           for k in ("remittance_inflows", "population_total", "per_capita"))
    assert sorted(population) == list(range(1990, 2021, 5))
    for year in (2000, 2005, 2010, 2015, 2020):
        assert reproducible(per_capita[year], remittances[year], population[year], 1_000_000), year
    assert per_capita[2020] == "58"    # 3,107.9 × 1,000,000 ÷ 53,771,300
    text = " ".join(" ".join((p.extract_text() or "") for p in PdfReader(str(pdf)).pages).split())
    note = text[text.rindex("† Remittance inflows per capita: computed as"):]   # the annex's, every year
    note = note[:note.index(").", note.index("Total population")) + 2]
    assert "Total population (UN DESA, International Migrant Stock 2020 (2000, 2005, 2010, 2015, 2020); " \
           "World Bank WDI SP.POP.TOTL (2024-12-16) (2001–2004, 2006–2009, 2011–2014, 2016–2019, 2021–2023: " \
           "not the printed series, which has no figure for these years))" in note, note
