"""The report presents series honestly (issue 8, point 5): read back from the PDF with pypdf."""

from __future__ import annotations

import re

from mpdesk.export.options import ExportOptions
from mpdesk.export.report_data import MISSING, load_report_data
from mpdesk.services.keys import CellKey
from mpdesk.services.values import set_value


def pdf_text(ws, tmp_path) -> str:
    from pypdf import PdfReader

    from mpdesk.export.pdf import export_pdf

    out = tmp_path / "report.pdf"
    export_pdf(ws, ExportOptions(), out)
    return "\n".join(page.extract_text() for page in PdfReader(out).pages)


def test_the_statistical_annex_gives_every_year(sample_ws, tmp_path):
    data = load_report_data(sample_ws, ExportOptions())
    population = next(r for t in data.tables["A.1"] for r in t.rows if r.indicator == "population_total" and not r.sex)
    years = sorted(population.values)
    assert len(years) > 8  # more than a page-wide table holds
    text = pdf_text(sample_ws, tmp_path)
    annex = text[text.rindex("Statistical annex"):]
    row_figures = set(re.findall(r"\d{1,3}(?:,\d{3})+", annex))
    printed = {f"{population.values[y]:,.0f}" for y in years}
    assert printed <= row_figures, printed - row_figures
    # The body's table shows selected years of the reference period and says so.
    body = text[:text.rindex("Statistical annex")]
    assert ("Selected years of the reference period 2010–2020; the statistical annex and the workbook give "
            "every year (1990–2023)") in " ".join(body.split())


def test_missing_is_printed_as_dots_with_a_key_and_zero_stays_zero(sample_ws, tmp_path):
    from mpdesk.export.pdf.tables import _row_cells

    set_value(sample_ws, CellKey("net_migration", 2016), 0, "Test: a published zero")
    data = load_report_data(sample_ws, ExportOptions())
    table = next(t for t in data.tables["B.1"] if any(r.indicator == "net_migration" for r in t.rows))
    row = next(r for r in table.rows if r.indicator == "net_migration" and not r.sex)
    absent = next(y for y in range(1950, 2030) if y not in row.values)
    cells = _row_cells(data, row, [2016, absent], False, False)
    assert cells[1:] == ["0", MISSING]
    text = pdf_text(sample_ws, tmp_path)
    assert f"{MISSING} no figure in this series (not zero)." in text


def test_at_a_glance_uses_the_latest_year_inside_the_reference_period(sample_ws):
    from mpdesk.services.glance import key_figures

    profile = sample_ws.profile()
    figures = key_figures(sample_ws)
    dated = [f for f in figures if f.latest_year is not None]
    assert dated
    assert all(profile.period_start <= f.latest_year <= profile.period_end for f in dated)
    population = next(f for f in figures if f.indicator == "population_total")
    assert population.latest_year == profile.period_end  # the World Bank series runs past 2020


def test_a_chart_title_says_what_is_drawn_and_time_is_numeric(sample_ws):
    from mpdesk.charts.build import build_chart, charts_for_section
    from mpdesk.services.derived import compute_derived
    from mpdesk.services.value_table import ValueTable

    catalogue = sample_ws.catalogue
    spec = next(s for s in catalogue.section("B.2").charts if s.key == "remittances_fdi_oda")
    table = ValueTable.from_workspace(sample_ws)
    chart = build_chart(spec, table, compute_derived(table, catalogue, "en"), catalogue, "en")
    shown = {c.key for c in charts_for_section(sample_ws, "B.2")}
    assert "remittances_fdi_oda" not in shown and "remittance_inflows_trend" in shown  # not printed twice
    assert [s.label for s in chart.series] == ["Remittance inflows"]
    assert "FDI" not in chart.title and "ODA" not in chart.title and "Remittance inflows" in chart.title
    assert any("No figures yet for" in n for n in chart.notes)
    assert chart.x_values == tuple(float(c) for c in chart.categories)
    assert all(b > a for a, b in zip(chart.x_values, chart.x_values[1:]))


def test_rows_from_different_publishers_are_marked_with_their_source(sample_ws, tmp_path):
    """The total population from the World Bank, its female and male rows from UN DESA: the reader
    is told which row comes from which publisher, not given one merged source line."""
    text = re.sub(r"\s+", " ", pdf_text(sample_ws, tmp_path))
    lines = re.findall(r"Sources: \(a\) .*?(?= Selected years| \.\. no figure| Notes| Table \d|$)", text)
    assert any("UN DESA" in line and "(b) World Bank WDI SP.POP.TOTL" in line for line in lines), lines
    assert re.search(r"Total population \(b\)", text)
