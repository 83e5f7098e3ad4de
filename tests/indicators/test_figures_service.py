"""The figures service: one typed record for stored and derived figures, one row order."""

from __future__ import annotations

from indicator_fixtures import put
from mpdesk.export.report_data import indicator_rows
from mpdesk.services.figures import Figures, sorted_dims
from mpdesk.services.keys import CellKey


def test_stored_and_derived_figures_are_one_record(ws):
    put(ws, {CellKey("immigrant_stock", 2020): 1_000_000, CellKey("population_total", 2020): 50_000_000},
            source="KNBS")
    figures = Figures.from_workspace(ws)
    stock = figures.get(CellKey("immigrant_stock", 2020))
    assert (stock.value, stock.unit, stock.source, stock.derived, stock.preferred) == (1_000_000, "persons", "KNBS",
                                                                                       False, True)
    share = figures.series("immigrant_share_population")[2020]
    assert share.derived and share.value == 2.0 and share.unit == "percent"
    assert [(i.indicator, i.source) for i in share.inputs] == [("immigrant_stock", "KNBS"),
                                                               ("population_total", "KNBS")]


def test_age_groups_in_numeric_order_on_screen_and_in_the_report(ws):
    groups = ["10-14", "65+", "0-4", "5-9", "15-64"]
    put(ws, {CellKey("population_total", 2020, age_group=g): 1000 + i for i, g in enumerate(groups)}
        | {CellKey("population_total", 2020): 9999})
    order = [d[1] for d in sorted_dims([("", g, "", "") for g in groups] + [("", "", "", "")])]
    assert order == ["", "0-4", "5-9", "10-14", "15-64", "65+"]
    figures = Figures.from_workspace(ws)
    rows = indicator_rows(ws.catalogue.indicator("population_total"), figures.table, figures.derived, "en",
                          ws.catalogue)
    assert [r.age_group for r in rows] == order
