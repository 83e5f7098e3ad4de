"""Derived values that cannot be computed, chained formulas and incremental recomputation."""

from __future__ import annotations

import pytest

from indicator_fixtures import put
from mpdesk.services.derived import DerivedEngine, compute_derived
from mpdesk.services.tailoring import add_custom_indicator
from mpdesk.services.value_table import ValueTable
from mpdesk.services.keys import CellKey
from mpdesk.services.values import set_value


def test_missing_denominator_gives_no_value_and_a_sentence(ws):
    put(ws, {CellKey("immigrant_stock", 2019): 1_000_000})
    result = compute_derived(ws)
    key = CellKey("immigrant_share_population", 2019)
    assert result.get(key) is None
    assert result.missing[key].reason == "No Total population for 2019."


def test_zero_denominator_gives_a_reason_not_zero(ws):
    put(ws, {CellKey("net_migration", 2020): 5000, CellKey("population_total", 2020): 0})
    key = CellKey("net_migration_rate", 2020)
    result = compute_derived(ws)
    assert result.get(key) is None
    assert "denominator is zero" in result.missing[key].reason
    assert "2020" in result.missing[key].reason


def test_missing_female_figure_names_the_sex(ws):
    put(ws, {CellKey("immigrant_stock", 2020, sex="female"): 520172})
    reason = compute_derived(ws).missing[CellKey("immigrant_share_population", 2020, sex="female")].reason
    assert reason == "No Total population (female) for 2020."


def test_a_national_indicator_can_build_on_a_derived_one(ws):
    add_custom_indicator(ws, "immigrants_per_1000", "Immigrants per 1,000 inhabitants", "A.2", unit="per_1000",
                         decimals=1, formula="immigrant_share_population * 10")
    put(ws, {CellKey("immigrant_stock", 2020): 1050147, CellKey("population_total", 2020): 53771300})
    result = compute_derived(ws)
    assert result.get(CellKey("immigrants_per_1000", 2020)).value == pytest.approx(1050147 / 53771300 * 1000)


def test_incremental_update_recomputes_what_depends_on_the_edit(ws):
    put(ws, {CellKey("immigrant_stock", 2020): 1050147, CellKey("population_total", 2020): 53771300,
             CellKey("net_migration", 2020): -17106, CellKey("remittance_inflows", 2020): 3107.9,
             CellKey("gdp_current_usd", 2020): 100000})
    engine = DerivedEngine(ws.catalogue)
    engine.full(ValueTable.from_workspace(ws))
    set_value(ws, CellKey("population_total", 2020), 52217334)
    table = ValueTable.from_workspace(ws)
    updated = engine.update(table, {"population_total"})
    assert updated.values == compute_derived(table, ws.catalogue).values
    assert updated.get(CellKey("net_migration_rate", 2020)).value == pytest.approx(-17106 / 52217334 * 1000)
    assert updated.get(CellKey("remittances_share_gdp", 2020)).value == pytest.approx(3.1079)


def test_incremental_update_leaves_unrelated_indicators_alone(ws):
    put(ws, {CellKey("remittance_inflows", 2020): 3107.9, CellKey("gdp_current_usd", 2020): 100000})
    engine = DerivedEngine(ws.catalogue)
    engine.full(ValueTable.from_workspace(ws))
    set_value(ws, CellKey("gdp_current_usd", 2020), 50000)
    stale = engine.update(ValueTable.from_workspace(ws), {"immigrant_stock"})
    assert stale.get(CellKey("remittances_share_gdp", 2020)).value == pytest.approx(3.1079)
    fresh = engine.update(ValueTable.from_workspace(ws), {"gdp_current_usd"})
    assert fresh.get(CellKey("remittances_share_gdp", 2020)).value == pytest.approx(6.2158)
