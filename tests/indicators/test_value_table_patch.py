"""ValueTable.apply: a table patched from each edit's ChangeSet equals the table read afresh."""

from __future__ import annotations

import pytest

from indicator_fixtures import put
from mpdesk.imports.records import ValueRecord
from mpdesk.services.changes import ChangeSet, RowChange
from mpdesk.services.derived import DerivedEngine
from mpdesk.services.profile import narratives, selected_sections
from mpdesk.services.quality import ProfileInfo, run_checks_on
from mpdesk.services.value_table import StoredValue, ValueTable
from mpdesk.services.values import CellEdit, CellKey, annotate, choose_preferred, import_records, set_value, set_values

POP = "population_total"
STOCK = "immigrant_stock"


def snapshot(table: ValueTable) -> dict:
    """Everything a caller can see of a table, in the order it is listed."""
    return {
        "len": len(table),
        "indicators": table.indicators(),
        "years": table.years(),
        "iter": [(r.key, r.value, r.source, r.note, r.status, r.id, r.preferred) for r in table],
        "grouped": [(k, [(r.value, r.source, r.preferred, r.id) for r in rows]) for k, rows in table.grouped()],
        "conflicts": [(k, [(r.value, r.source) for r in rows]) for k, rows in table.conflicts()],
        "cells": {i: table.cells(i) for i in table.indicators()},
        "figures": {i: [(k, r.value, r.id) for k, r in table.every_figure(i)] for i in table.indicators()},
    }


def results(ws, table: ValueTable) -> tuple:
    profile = ws.profile()
    info = ProfileInfo(profile.period_start, profile.period_end, profile.language or "en")
    derived = DerivedEngine(ws.catalogue).full(table)
    findings = run_checks_on(table, derived, ws.catalogue, info, selected_sections(ws), narratives(ws))
    return ({k: (v.value, v.inputs) for k, v in derived.values.items()},
            {k: m.reason for k, m in derived.missing.items()}, findings)


@pytest.fixture
def filled(ws):
    figures = {}
    for year in range(2015, 2021):
        total = 50_000_000 + 1_000_000 * (year - 2015)
        figures[CellKey(POP, year)] = total
        figures[CellKey(POP, year, "female")] = total * 0.51
        figures[CellKey(POP, year, "male")] = total * 0.49
        figures[CellKey(STOCK, year)] = 1_000_000 + 10_000 * (year - 2015)
        for partner, share in (("SOM", 0.3), ("UGA", 0.2), ("SSD", 0.1)):
            figures[CellKey(STOCK, year, partner=partner)] = (1_000_000 + 10_000 * (year - 2015)) * share
    put(ws, figures)
    return ws


def test_each_kind_of_edit_patches_the_table_like_a_reload(filled):
    ws = filled
    table = ValueTable.from_workspace(ws)
    engine = DerivedEngine(ws.catalogue)
    engine.full(table)
    seen: list[ChangeSet] = []
    ws.subscribe(seen.append)

    def edit(operation, *args, **kwargs):
        seen.clear()
        operation(*args, **kwargs)
        for change in seen:  # the edit itself, or what undo/redo replayed
            touched = table.apply(change)
            assert touched <= change.indicator_keys()
            engine.update(table, touched)
        fresh = ValueTable.from_workspace(ws)
        assert snapshot(table) == snapshot(fresh)
        assert results(ws, table) == results(ws, fresh)
        assert engine.result().values == DerivedEngine(ws.catalogue).full(fresh).values

    edit(set_value, ws, CellKey(POP, 2020), 60_000_000, "Edited source")           # change a figure
    edit(set_value, ws, CellKey(POP, 2021), 61_000_000, "New source")              # a new cell
    edit(set_value, ws, CellKey(STOCK, 2016, partner="UGA"), None)                 # clear a cell
    edit(set_values, ws, [CellEdit(CellKey(STOCK, 2017, partner="ETH"), 5_000, "S"),
                          CellEdit(CellKey(POP, 2019, "female"), None)])           # several in one step
    records = [ValueRecord(POP, 2018, 52_500_000, source="World Bank WDI SP.POP.TOTL"),
               ValueRecord(POP, 2017, 51_000_000, source="Test source")]
    edit(import_records, ws, records, "two.csv", "0" * 64, "tidy_csv")             # a second source: conflict
    other = next(r for r in ValueTable.from_workspace(ws).all_sources(CellKey(POP, 2018)) if not r.preferred)
    edit(choose_preferred, ws, other.id)                                           # the preferred one changes
    edit(annotate, ws, CellKey(POP, 2018), note="checked", status="final")
    edit(set_value, ws, CellKey(POP, 2018), None)                                  # the next source takes over
    for _ in range(4):
        edit(ws.undo)
    for _ in range(2):
        edit(ws.redo)


def test_apply_ignores_other_tables_and_unknown_rows(filled):
    table = ValueTable.from_workspace(filled)
    before = snapshot(table)
    other = RowChange("data_source", "x", None, {"id": "x", "name": "A source"})
    missing = RowChange("indicator_value", "no-such-id", {"indicator_key": POP, "year": 1990, "value": 1.0}, None)
    assert table.apply(ChangeSet("other", [other, missing])) == set()
    assert snapshot(table) == before


def test_table_from_records_keeps_the_records():
    first = StoredValue(CellKey(POP, 2020), 1.0, source="A", id="1", preferred=False)
    second = StoredValue(CellKey(POP, 2020), 2.0, source="B", id="2", preferred=True)
    alone = StoredValue(CellKey(STOCK, 2019, partner="SOM"), 3.0, source="C", id="3")
    table = ValueTable([first, second, alone])
    assert table.get(CellKey(POP, 2020)) is second
    assert table.value(CellKey(STOCK, 2019, partner="SOM")) == 3.0
    assert table.all_sources(CellKey(POP, 2020)) == [second, first]
    assert list(table) == [second, alone]
    assert [k for k, _ in table.conflicts()] == [CellKey(POP, 2020)]
    assert table.records(STOCK) == [alone] and table.cells("nothing") == [] and len(table) == 2
