"""The plain-data snapshot the PDF and Excel exports render from."""

from __future__ import annotations

import pytest

from mpdesk.export.options import ExportOptions
from mpdesk.export.report_data import choose_years, load_report_data


@pytest.fixture
def data(sample_ws):
    return load_report_data(sample_ws, ExportOptions())


def test_profile_and_sections_in_outline_order(data):
    assert data.profile.country_name == "Kenya" and data.profile.iso3 == "KEN"
    keys = [s.key for s in data.sections]
    assert keys.index("front.foreword") < keys.index("A.2") < keys.index("B.2") < keys.index("D.1") < keys.index("annex.stats")
    assert data.section("A.2").heading == "A.2 Immigration"
    assert "Kenya" in data.narratives["A.2"] or data.narratives["A.2"]


def test_module_list_keeps_parents_and_the_parts_every_report_has(sample_ws):
    keys = [s.key for s in load_report_data(sample_ws, ExportOptions(modules=["B.2"])).sections]
    assert "B" in keys and "B.2" in keys
    assert "B.1" not in keys and "A.2" not in keys
    for kept in ("front.foreword", "glance", "intro", "D.1", "annex.stats"):
        assert kept in keys


def test_rows_are_labelled_by_disaggregation_and_partners_by_country(data):
    labels = [r.label for t in data.tables["glance"] for r in t.rows]
    assert "Immigrant stock — female" in labels
    partners = next(t for t in data.tables["glance"] if t.key == "immigrant_stock.partners")
    somalia = next(r for r in partners.rows if r.label == "Somalia")
    assert somalia.values[2020] == pytest.approx(425284)  # the 2021 matrix: mid-2020 stocks


def test_figures_stay_raw_numbers_with_unit_and_sources(data):
    row = next(r for t in data.tables["glance"] for r in t.rows if r.indicator == "immigrant_stock" and not r.sex
               and not r.partner)
    assert row.values[2020] == 1050147.0 and row.unit == "persons"
    assert row.sources and not row.derived


def test_derived_rows_are_included_and_marked(data):
    derived = [r for t in data.all_tables() for r in t.rows if r.derived]
    assert any(r.indicator == "immigrant_share_population" or r.unit == "percent" for r in derived)


def test_pdf_years_are_few_and_inside_the_period_but_excel_gets_all(data):
    start, end = data.profile.period_start, data.profile.period_end
    for table in data.all_tables():
        assert len(table.years) <= 8
        assert set(table.years) <= set(table.all_years)
        inside = [y for y in table.all_years if start <= y <= end]
        if inside:   # the reference period's last figure is shown, and nothing outside the period
            assert max(inside) in table.years and set(table.years) <= set(inside)


def test_choose_years_keeps_period_bounds_census_years_and_latest():
    years = choose_years(tuple(range(1990, 2025)), 2010, 2020)
    assert len(years) == 8 and {2010, 2015, 2020} <= set(years) and min(years) >= 2010 and max(years) <= 2020
    assert choose_years((2017, 2018, 2024), 2010, 2020, row_latest={2018}) == (2017, 2018)
    assert choose_years((2022, 2023, 2024), 2010, 2020) == (2022, 2023, 2024)   # nothing in the period
    assert choose_years((1990, 1995, 2000, 2005, 2010, 2015, 2020), 2010, 2020) == (2010, 2015, 2020)


def test_snapshot_renders_after_the_profile_is_closed(sample_ws, tmp_path):
    from pypdf import PdfReader

    from mpdesk.export.pdf import render_pdf

    data = load_report_data(sample_ws, ExportOptions())
    sample_ws.close()
    render_pdf(data, ExportOptions(), tmp_path / "worker.pdf")
    assert "Kenya" in PdfReader(str(tmp_path / "worker.pdf")).pages[0].extract_text()


def test_charts_and_key_figures_are_ready(data):
    assert data.key_figures and any(f.formatted == "1,050,147" for f in data.key_figures)
    assert all(not c.is_empty for charts in data.charts.values() for c in charts)
    assert data.charts["A.2"]
