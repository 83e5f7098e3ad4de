"""Chart descriptions and key figures for the Kenya 2020 sample show the sample's own figures."""

from __future__ import annotations

from mpdesk.charts.build import build_chart, charts_for_section
from mpdesk.charts.model import SEX_COLOURS
from mpdesk.services.custom_charts import add_custom_chart, delete_custom_chart
from mpdesk.services.derived import compute_derived
from mpdesk.services.glance import key_figures
from mpdesk.services.value_table import ValueTable
from mpdesk.services.keys import CellKey


def chart(sample, section: str, key: str):
    return next(c for c in charts_for_section(sample, section) if c.key == key)


def test_immigrant_stock_by_sex_line(sample):
    table = ValueTable.from_workspace(sample)
    described = chart(sample, "glance", "glance_immigrant_stock_by_sex")
    female = next(s for s in described.series if s.colour == SEX_COLOURS["female"])
    for year, value in zip(described.categories, female.values):
        stored = table.value(CellKey("immigrant_stock", int(year), sex="female"))
        assert value == stored
    assert "2020" in described.categories
    assert described.y_label == "Persons" and described.source.startswith("Source: ")
    assert "UN DESA" in described.source


def test_top_origins_are_the_ten_largest_partners(sample):
    table = ValueTable.from_workspace(sample)
    described = chart(sample, "A.2", "immigrant_top_origins")
    assert described.kind == "top_partners" and len(described.categories) <= 10
    values = described.series[0].values
    assert list(values) == sorted(values, reverse=True)
    partners = [r for r in table.records("immigrant_stock") if r.key.partner and not r.key.sex]
    latest = max(r.key.year for r in partners)
    biggest = max((r for r in partners if r.key.year == latest), key=lambda r: r.value)
    assert values[0] == biggest.value
    assert described.categories[0] == "Somalia"


def test_derived_chart_uses_derived_values(sample):
    described = chart(sample, "B.7", "female_shares_trend")
    derived = compute_derived(sample)
    shares = described.series[0].values
    for year, value in zip(described.categories, shares):
        if value is not None:
            assert value == derived.value(CellKey("immigrant_female_share", int(year)))
    assert described.y_label == "%"


def test_year_filter(sample):
    table = ValueTable.from_workspace(sample)
    spec = next(c for c in sample.catalogue.charts() if c.key == "population_trend")
    described = build_chart(spec, table, compute_derived(table, sample.catalogue), sample.catalogue,
                            years=range(2015, 2021))
    assert described.categories == tuple(str(y) for y in range(2015, 2021))
    assert described.series[0].values[-1] == table.value(CellKey("population_total", 2020))


def test_pyramid_and_donut_from_typed_figures(ws):
    from indicator_fixtures import put

    put(ws, {CellKey("immigrant_stock", 2020, sex="male", age_group="0-14"): 100,
             CellKey("immigrant_stock", 2020, sex="female", age_group="0-14"): 90,
             CellKey("immigrant_stock", 2020, sex="male", age_group="15-64"): 400,
             CellKey("immigrant_stock", 2020, sex="female", age_group="15-64"): 380,
             CellKey("residence_permits_issued", 2020, category="Work"): 700,
             CellKey("residence_permits_issued", 2020, category="Study"): 300})
    pyramid = chart(ws, "A.2", "immigrant_age_pyramid")
    assert pyramid.categories == ("0-14", "15-64")
    assert {s.label: s.values for s in pyramid.series} == {"Male": (100, 400), "Female": (90, 380)}
    donut = chart(ws, "A.2", "permits_by_purpose")
    assert donut.categories == ("Work", "Study") and donut.series[0].values == (700, 300)


def test_empty_chart_is_marked_empty(ws):
    assert chart(ws, "A.1", "population_trend").is_empty


def test_custom_chart_added_and_deleted(sample):
    add_custom_chart(sample, "B.1", "line", "Net migration and population", ["net_migration"], "")
    custom = [c for c in charts_for_section(sample, "B.1") if c.key.startswith("custom:")]
    assert len(custom) == 1 and custom[0].title == "Net migration and population"
    assert custom[0].series[0].values[custom[0].categories.index("2020")] == -17106
    delete_custom_chart(sample, custom[0].key)
    assert not [c for c in charts_for_section(sample, "B.1") if c.key.startswith("custom:")]
    sample.undo()
    assert [c for c in charts_for_section(sample, "B.1") if c.key.startswith("custom:")]
    sample.undo()


def test_key_figures_on_the_sample(sample):
    figures = {f.indicator: f for f in key_figures(sample, language="en")}
    table = ValueTable.from_workspace(sample)
    stock = figures["immigrant_stock"]
    total_years = [k.year for k in table.cells("immigrant_stock") if not any(k.dims())]
    assert stock.latest_year == max(total_years)
    assert stock.latest_value == table.value(CellKey("immigrant_stock", stock.latest_year))
    assert stock.formatted == f"{stock.latest_value:,.0f}"
    share = figures["immigrant_share_population"]
    assert share.latest_value is not None and share.formatted.count(".") == 1
    assert share.unit_label == "%"
    assert figures["net_migration_rate"].unit_label == "per 1,000"
    pop = figures["population_total"]
    assert pop.change == pop.latest_value - pop.previous_value
    assert pop.trend[-1] == pop.latest_value and len(pop.trend) == len(pop.years)
