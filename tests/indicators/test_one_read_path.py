"""One figure record, one read path: the in-memory table holds exactly what ``stored_figures``
reads, and its ties go to the figure imported first, after the file is closed and reopened.

Would fail if the table read the database another way (a second query with other defaults,
another order) or rebuilt the figures into another record.
"""

from __future__ import annotations

import sqlite3

import pytest

from indicator_fixtures import new_profile, real_file
from mpdesk.imports.detect import import_file
from mpdesk.imports.records import ValueRecord
from mpdesk.services.derived import compute_derived
from mpdesk.services.figures import Figures, cell_figures, stored_figures
from mpdesk.services.keys import CellKey, Figure
from mpdesk.services.value_table import ValueTable
from mpdesk.services.values import import_records
from mpdesk.services.workspace import Workspace

FILES = ("undesa_pd_2020_ims_stock_by_sex_and_destination.xlsx", "API_SP.POP.TOTL_DS2_en_csv_v2_900.csv",
         "API_BX.TRF.PWKR.CD.DT_DS2_en_excel_v2_6000901.xls", "API_BX.TRF.PWKR.CD.DT_DS2_en_csv_v2_38454.csv")
CELL = CellKey("population_total", 2015)


@pytest.fixture(scope="module")
def imported(tmp_path_factory) -> Workspace:
    """Kenya with UN DESA's stock and population, the World Bank's population and two WDI
    releases of remittances: cells with two and three sources, figures outside every series."""
    ws = new_profile(tmp_path_factory.mktemp("read") / "kenya.mpdesk", "KEN")
    for name in FILES:
        result = import_file(real_file(name), "KEN")
        import_records(ws, result.records, name, result.sha256, result.importer, result.dataset, result.warnings)
    path = ws.path
    ws.close()
    ws = Workspace.open(path, read_only=True)
    yield ws
    ws.close()


def test_the_table_holds_the_preferred_figures_that_stored_figures_reads(imported):
    table = ValueTable.from_workspace(imported)
    read = list(stored_figures(imported))
    assert len(read) > 150 and all(type(f) is Figure for f in read)
    preferred = sorted((f for f in read if f.preferred), key=lambda f: f.order)
    held = sorted((f for ind in table.indicators() for f in table.records(ind)), key=lambda f: f.order)
    assert held == preferred  # every field: value, unit, status, source, provenance, id, order ...
    assert len(table) == len(preferred)


def test_every_source_of_a_cell_is_the_same_record_everywhere(imported):
    table = ValueTable.from_workspace(imported)
    read = list(stored_figures(imported))
    cells: dict[CellKey, list[Figure]] = {}
    for f in read:
        cells.setdefault(f.key, []).append(f)
    several = [key for key, figures in cells.items() if len(figures) > 1]
    assert len(several) > 20  # UN DESA and the World Bank both give Kenya's population
    for key in several:
        assert sorted(table.all_sources(key), key=lambda f: f.order) == sorted(cells[key], key=lambda f: f.order)
        assert sorted(cell_figures(imported, key), key=lambda f: f.order) == sorted(cells[key], key=lambda f: f.order)


def test_the_report_reads_the_tables_records_with_the_catalogues_unit_and_decimals(imported):
    figures = Figures.from_workspace(imported)
    table = figures.table
    indicator = imported.catalogue.indicator("population_total")
    for f in figures.figures("population_total"):
        assert f == table.get(f.key) and (f.unit, f.decimals) == (indicator.unit, indicator.decimals)
    share = figures.figures("immigrant_share_population")
    assert share and all(f.derived and f.provenance == "derived" and f.inputs for f in share)
    # A derived figure's inputs are the table's own records (the numerator's, then the denominator's).
    for f in share:
        assert all(i == table.get(i.key) or i in table.all_sources(i.key) for i in f.inputs)


def _two_sources(path, first: str, second: str) -> None:
    ws = new_profile(path, "KEN")
    try:
        for source in (first, second):
            record = ValueRecord(CELL.indicator, CELL.year, 50_000_000.0 if source == first else 49_000_000.0,
                                 unit="persons", source=source)
            import_records(ws, [record], f"{source}.csv", source * 2, "tidy_csv", source)
    finally:
        ws.close()


@pytest.mark.parametrize("first, second", [("Zeta census office", "Alpha statistics"),
                                           ("Alpha statistics", "Zeta census office")])
def test_with_two_sources_in_one_cell_the_first_imported_is_used_after_reopening(tmp_path, first, second):
    path = tmp_path / "two.mpdesk"
    _two_sources(path, first, second)
    ws = Workspace.open(path, read_only=True)
    try:
        table = ValueTable.from_workspace(ws)
        assert table.get(CELL).source == first and table.value(CELL) == 50_000_000
        assert [f.source for f in table.all_sources(CELL)] == [first, second]
        assert cell_figures(ws, CELL)[0].source == first
        assert Figures(table, compute_derived(table, ws.catalogue), ws.catalogue).get(CELL).source == first
    finally:
        ws.close()


def test_a_file_marking_both_figures_preferred_uses_the_first_imported(tmp_path):
    """An older or hand-edited file may flag two figures of a cell preferred: the table still
    uses one, the first inserted (not the first in the cell order, which sorts by source)."""
    path = tmp_path / "both.mpdesk"
    _two_sources(path, "Zeta census office", "Alpha statistics")
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE indicator_value SET preferred = 1")
    ws = Workspace.open(path, read_only=True)
    try:
        assert [f.source for f in stored_figures(ws)] == ["Alpha statistics", "Zeta census office"]
        table = ValueTable.from_workspace(ws)
        assert table.get(CELL).source == "Zeta census office"
        assert [f.source for f in table.rows_of(table.get(CELL))] == ["Zeta census office", "Alpha statistics"]
    finally:
        ws.close()


def test_a_text_another_tool_damaged_is_read_with_a_replacement_mark_not_refused(tmp_path):
    """Every figure is read, in the same order, when one source text is not valid UTF-8."""
    path = tmp_path / "damaged.mpdesk"
    _two_sources(path, "Zeta census office", "Alpha statistics")
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE indicator_value SET source = CAST(X'5A657461FF' AS TEXT) "
                     "WHERE source = 'Zeta census office'")
    ws = Workspace.open(path, read_only=True)
    try:
        read = list(stored_figures(ws, batch=1))  # the bad row comes after one already read
        assert [f.source for f in read] == ["Alpha statistics", "Zeta\ufffd"]
        assert [f.source for f in ValueTable.from_workspace(ws).all_sources(CELL)] == ["Zeta\ufffd", "Alpha statistics"]
    finally:
        ws.close()
