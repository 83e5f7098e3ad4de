"""A 2020 profile's tables present its reference period (2010-2020); the statistical annex gives every
year, and a table that leaves years out says which. Read back from the sample's PDF with pypdf."""

from __future__ import annotations

import re

import pytest
from pypdf import PdfReader

from mpdesk.export.options import ExportOptions
from mpdesk.export.pdf import export_pdf

CAPTION = re.compile(r"^Table \d+: (?P<title>.+?), (?P<first>\d{4})(?:–(?P<last>\d{4}))?$", re.M)
LEADER = re.compile(r"\.\s+\.\s+\.")   # the contents and list pages repeat the captions


@pytest.fixture
def report(sample_ws, tmp_path) -> tuple[str, str]:
    path = tmp_path / "report.pdf"
    export_pdf(sample_ws, ExportOptions(), path)
    pages = [p.extract_text() for p in PdfReader(str(path)).pages]
    text = "\n".join(p for p in pages if not LEADER.search(p))
    cut = text.index("Statistical annex")
    return text[:cut], text[cut:]


def _periods(text: str) -> list[tuple[str, int, int]]:
    return [(m["title"], int(m["first"]), int(m["last"] or m["first"])) for m in CAPTION.finditer(text)]


def test_body_tables_stay_inside_the_reference_period(report):
    body, _ = report
    periods = _periods(body)
    assert len(periods) >= 8
    flat = " ".join(body.split())
    for title, first, last in periods:
        if title == "Remittance inflows by country":   # KNOMAD's 2021 matrix only: no year in the period
            assert (first, last) == (2021, 2021)
            continue
        assert 2010 <= first <= last <= 2020, (title, first, last)
    assert "No figure of this table falls in the reference period 2010–2020: the latest years are shown." in flat
    assert "Immigration: key indicators, 2010–2020" in flat
    assert "Reference period 2010–2020 only; the statistical annex and the workbook give every year " \
           "(1990–2024)" in flat   # immigration: stocks from 1990, refugees to 2024
    assert "Selected years of the reference period 2010–2020; the statistical annex and the workbook give every " \
           "year (1990–2023)" in flat   # population: more years in the period than a table holds


def test_the_annex_gives_the_years_outside_the_period(report):
    _, annex = report
    years = {y for _, first, last in _periods(annex) for y in (first, last)}
    assert min(years) == 1990 and max(years) == 2024
    flat = " ".join(annex.split())
    assert "604,257" in flat   # refugees hosted 2024, left out of the body's tables
    assert "Reference period" not in flat and "Selected years" not in flat


def test_a_note_stands_only_under_the_years_it_is_about(report):
    body, annex = report
    population_change = body[body.index("Table 10: Population change"):body.index("Figure 6")]
    assert "projection" not in population_change   # WPP projections are 2022-2023, outside 2010-2020
    flat = " ".join(annex.split())
    # The annex's one table of every year marks the figures the note is about: 2022 and 2023 only.
    table = flat[flat.index("Population change: key indicators, 1990–2023"):]
    table = table[:table.index("Economic development: key indicators")]
    assert "¹ UN WPP 2022 projection." in table
    assert table.count("¹") == 3, table   # the 2022 and 2023 figures, and the note


def test_the_chart_and_the_table_say_the_same_of_the_projected_years(report):
    """The B.1 table footnoted 2022-2023 'Projection of the WPP 2022' while the chart under it said
    'Figures for 2022, 2023 are estimates' (tester8 #10): one wording, the table's, names the years."""
    body, annex = report
    flat = " ".join((body + annex).split())
    assert "are estimates" not in flat
    chart = flat[flat.index("Figure 6"):]
    chart = chart[:chart.index("Figure 7")] if "Figure 7" in chart else chart
    assert "2022–2023: UN WPP 2022 projection." in chart, chart[:600]
    assert "¹ UN WPP 2022 projection." in flat   # the annex table's footnote on the same figures
