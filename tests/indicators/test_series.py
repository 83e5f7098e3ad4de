"""One series, one source: the preferred figures are chosen per series, not cell by cell.

Expected figures are read from the real files with csv/openpyxl directly, never through the
importers.
"""

from __future__ import annotations

import csv

import pytest

from indicator_fixtures import new_profile, real_file
from mpdesk.imports.detect import import_file
from mpdesk.services.quality import run_checks
from mpdesk.services.series import choose_series, prefer_in_cell, release_of
from mpdesk.services.value_table import ValueTable
from mpdesk.services.figures import stored_figures
from mpdesk.services.keys import CellKey
from mpdesk.services.values import choose_preferred, import_records, set_value

UNDESA_2020 = "undesa_pd_2020_ims_stock_by_sex_and_destination.xlsx"
WB_POPULATION = "API_SP.POP.TOTL_DS2_en_csv_v2_900.csv"
WDI_REMIT_2023 = "API_BX.TRF.PWKR.CD.DT_DS2_en_excel_v2_6000901.xls"
WDI_REMIT_2025 = "API_BX.TRF.PWKR.CD.DT_DS2_en_csv_v2_38454.csv"


def load(ws, name: str, iso3: str) -> None:
    result = import_file(real_file(name), iso3)
    import_records(ws, result.records, name, result.sha256, result.importer, result.dataset, result.warnings)


def wdi_csv_value(name: str, iso3: str, year: int) -> float:
    with open(real_file(name), encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    header = next(r for r in rows if "Country Code" in r)
    row = next(r for r in rows if len(r) > 1 and r[1] == iso3)
    return float(row[header.index(str(year))])


def series_sources(table: ValueTable, indicator: str, dims=("", "", "", "")) -> dict[int, str]:
    return {r.key.year: r.source for r in table.records(indicator) if r.key.dims() == tuple(dims)}


@pytest.fixture
def kenya(tmp_path):
    ws = new_profile(tmp_path / "kenya.mpdesk", "KEN", 2020, 2010, 2020)
    yield ws
    ws.close()


def undesa_table2(m49: int, year: int, sex: str = "") -> float:
    """UN DESA's population (Table 2 of the 2020 stock file, thousands) read with openpyxl: blocks of
    both sexes, males, females."""
    import openpyxl

    book = openpyxl.load_workbook(real_file(UNDESA_2020), read_only=True, data_only=True)
    try:
        rows = book["Table 2"].iter_rows(min_row=11, values_only=True)
        header = next(rows)
        row = next(r for r in rows if r[3] == m49)
        block = {"": 0, "male": 1, "female": 2}[sex]
        return float(row[header.index(year) + 7 * block]) * 1000
    finally:
        book.close()


def test_a_total_and_its_split_come_from_the_one_source_that_gives_both(kenya):
    """UN DESA gives the population and its split by sex, the World Bank the total only: the printed
    total is UN DESA's (it adds up to its women and men), the World Bank's figures stay as alternatives."""
    load(kenya, UNDESA_2020, "KEN")
    load(kenya, WB_POPULATION, "KEN")
    table = ValueTable.from_workspace(kenya)
    for dims in (("", "", "", ""), ("female", "", "", ""), ("male", "", "", "")):
        sources = series_sources(table, "population_total", dims)
        assert set(sources.values()) == {"UN DESA, International Migrant Stock 2020"}, (dims, sources)
        assert sorted(sources) == [1990, 1995, 2000, 2005, 2010, 2015, 2020]   # no World Bank year mixed in
    for year in (2010, 2020):
        total = table.value(CellKey("population_total", year))
        assert total == pytest.approx(undesa_table2(404, year))
        assert total == pytest.approx(table.value(CellKey("population_total", year, "female"))
                                      + table.value(CellKey("population_total", year, "male")))
    assert table.value(CellKey("population_total", 2021)) is None   # a World Bank year is not mixed in
    # The World Bank's figures are kept as alternatives, and the checks say they are left out.
    kept = table.all_sources(CellKey("population_total", 2020))
    assert {f.value for f in kept} == {undesa_table2(404, 2020), wdi_csv_value(WB_POPULATION, "KEN", 2020)}
    [left_out] = [f for f in run_checks(kenya) if f.code == "unused_figures" and f.indicator_key == "population_total"]
    assert "World Bank WDI SP.POP.TOTL" in left_out.message and "2021" in left_out.message


def test_without_a_split_the_catalogue_order_decides_the_total(kenya):
    """UN DESA's total alone (its split by sex left out of the import): the World Bank series, which
    the catalogue names before any UN DESA migrant stock table, makes the total."""
    result = import_file(real_file(UNDESA_2020), "KEN")
    totals = [r for r in result.records if not (r.indicator == "population_total" and r.sex)]
    import_records(kenya, totals, UNDESA_2020, result.sha256, result.importer, result.dataset, result.warnings)
    load(kenya, WB_POPULATION, "KEN")
    table = ValueTable.from_workspace(kenya)
    total = series_sources(table, "population_total")
    assert set(total.values()) == {"World Bank WDI SP.POP.TOTL (2024-12-16)"}
    assert table.value(CellKey("population_total", 2021)) == wdi_csv_value(WB_POPULATION, "KEN", 2021)
    assert len(table.all_sources(CellKey("population_total", 2020))) == 2


def test_the_team_can_still_take_the_total_from_a_source_without_the_split(kenya):
    load(kenya, UNDESA_2020, "KEN")
    load(kenya, WB_POPULATION, "KEN")
    choose_series(kenya, "population_total", "World Bank WDI SP.POP.TOTL")
    table = ValueTable.from_workspace(kenya)
    assert set(series_sources(table, "population_total").values()) == {"World Bank WDI SP.POP.TOTL (2024-12-16)"}
    assert set(series_sources(table, "population_total", ("female", "", "", "")).values()) == {
        "UN DESA, International Migrant Stock 2020"}   # the only source of the split: the report says they differ


def test_the_order_of_imports_does_not_change_the_series(tmp_path):
    first = new_profile(tmp_path / "a.mpdesk", "KEN")
    second = new_profile(tmp_path / "b.mpdesk", "KEN")
    try:
        load(first, UNDESA_2020, "KEN")
        load(first, WB_POPULATION, "KEN")
        load(second, WB_POPULATION, "KEN")
        load(second, UNDESA_2020, "KEN")
        assert series_sources(ValueTable.from_workspace(first), "population_total") == \
            series_sources(ValueTable.from_workspace(second), "population_total")
    finally:
        first.close()
        second.close()


def test_a_newer_release_supersedes_the_older(tmp_path):
    ws = new_profile(tmp_path / "phl.mpdesk", "PHL", 2024, 2014, 2024)
    try:
        load(ws, WDI_REMIT_2023, "PHL")
        load(ws, WDI_REMIT_2025, "PHL")
        expected = wdi_csv_value(WDI_REMIT_2025, "PHL", 2022) / 1e6
        table = ValueTable.from_workspace(ws)
        assert round(table.value(CellKey("remittance_inflows", 2022)), 1) == round(expected, 1) == 38048.7
        assert set(series_sources(table, "remittance_inflows").values()) == \
            {"World Bank WDI BX.TRF.PWKR.CD.DT (2025-07-01)"}
        kept = table.all_sources(CellKey("remittance_inflows", 2022))
        assert {r.source for r in kept} == {"World Bank WDI BX.TRF.PWKR.CD.DT (2025-07-01)",
                                           "World Bank WDI BX.TRF.PWKR.CD.DT (2023-10-26)"}
        # Imported the other way round, the newer release still wins.
        ws2 = new_profile(tmp_path / "phl2.mpdesk", "PHL", 2024, 2014, 2024)
        load(ws2, WDI_REMIT_2025, "PHL")
        load(ws2, WDI_REMIT_2023, "PHL")
        assert round(ValueTable.from_workspace(ws2).value(CellKey("remittance_inflows", 2022)), 1) == 38048.7
        ws2.close()
    finally:
        ws.close()


def test_the_team_chooses_the_source_of_a_whole_series(kenya):
    load(kenya, UNDESA_2020, "KEN")
    load(kenya, WB_POPULATION, "KEN")
    undesa = next(v for v in stored_figures(kenya, ["population_total"]) if v.year == 2015 and not v.sex
                  and "UN DESA" in v.source)
    choose_preferred(kenya, undesa.id)
    table = ValueTable.from_workspace(kenya)
    sources = series_sources(table, "population_total")
    assert set(sources.values()) == {undesa.source}
    assert sorted(sources) == [1990, 1995, 2000, 2005, 2010, 2015, 2020]  # no World Bank year mixed in
    # A later import keeps the team's choice.
    load(kenya, WB_POPULATION, "KEN")
    assert set(series_sources(ValueTable.from_workspace(kenya), "population_total").values()) == {undesa.source}
    choose_series(kenya, "population_total", "World Bank WDI SP.POP.TOTL")
    assert "World Bank" in series_sources(ValueTable.from_workspace(kenya), "population_total")[2015]


def test_a_single_cell_exception_is_a_visible_mixed_series(kenya):
    load(kenya, UNDESA_2020, "KEN")
    load(kenya, WB_POPULATION, "KEN")
    choose_series(kenya, "population_total", "World Bank WDI SP.POP.TOTL")
    undesa = next(v for v in stored_figures(kenya, ["population_total"]) if v.year == 2015 and not v.sex
                  and "UN DESA" in v.source)
    prefer_in_cell(kenya, undesa.id)
    sources = series_sources(ValueTable.from_workspace(kenya), "population_total")
    assert sources[2015] == undesa.source and "World Bank" in sources[2016]
    mixed = [f for f in run_checks(kenya) if f.code == "mixed_sources" and f.indicator_key == "population_total"]
    assert len(mixed) == 1 and "2015" in mixed[0].message and "2016" not in mixed[0].message


def test_typing_over_an_imported_figure_makes_it_typed_and_keeps_the_file_figure(kenya):
    load(kenya, WB_POPULATION, "KEN")
    key = CellKey("population_total", 2019)
    published = wdi_csv_value(WB_POPULATION, "KEN", 2019)
    set_value(kenya, key, 47_564_296, "KNBS 2019 census")
    rows = {v.provenance: v for v in stored_figures(kenya, ["population_total"]) if v.year == 2019 and not v.sex}
    assert rows["typed"].value == 47_564_296 and rows["typed"].source == "KNBS 2019 census"
    assert rows["typed"].preferred
    assert rows["imported"].value == published and not rows["imported"].preferred
    # A re-import of the same file never overwrites the team's figure: both stay, a conflict.
    load(kenya, WB_POPULATION, "KEN")
    table = ValueTable.from_workspace(kenya)
    assert table.value(key) == 47_564_296
    assert {r.value for r in table.all_sources(key)} == {47_564_296, published}
    conflicts = [f for f in run_checks(kenya) if f.code == "source_conflict" and f.cell == key]
    assert conflicts


def test_typing_the_same_value_still_makes_it_typed(kenya):
    load(kenya, WB_POPULATION, "KEN")
    key = CellKey("population_total", 2018)
    published = wdi_csv_value(WB_POPULATION, "KEN", 2018)
    set_value(kenya, key, published)  # the bug: compared after assigning, so it stayed "imported"
    rows = [v for v in stored_figures(kenya, ["population_total"]) if v.year == 2018 and not v.sex]
    assert {v.provenance for v in rows if v.preferred} == {"typed"}


def test_release_of_reads_dataset_and_date():
    assert release_of("World Bank WDI SP.POP.TOTL (2025-07-01)") == release_of("World Bank WDI SP.POP.TOTL (2025-07-01)")
    old, new = release_of("UN DESA, Trends in International Migrant Stock: The 2015 Revision"), \
        release_of("UN DESA, International Migrant Stock 2020")
    assert old.dataset == new.dataset and old.date < new.date
    assert release_of("World Bank WDI X (2023-10-26)").date < release_of("World Bank WDI X (2025-07-01)").date


def undesa_table3(name: str, m49: int, year: int) -> float:
    import openpyxl

    sheet = openpyxl.load_workbook(real_file(name), read_only=True, data_only=True)["Table 3"]
    rows = list(sheet.iter_rows(values_only=True))
    header = next(r for r in rows if year in r and any(isinstance(c, str) and "code" in c.lower() for c in r))
    code_col = next(i for i, c in enumerate(header) if isinstance(c, str) and "code" in c.lower()
                    and "type" not in c.lower())
    row = next(r for r in rows if r[code_col] == m49)
    return float(row[header.index(year)])


def test_a_share_divides_by_the_population_the_report_prints(kenya):
    """One series rule for every reader: the share takes the population series the report prints.
    Here that is UN DESA's (it gives the total and its split by sex), so the share is UN DESA's own
    Table 3; when the team chooses the World Bank's series, the share follows it."""
    from mpdesk.services.derived import compute_derived

    load(kenya, UNDESA_2020, "KEN")
    load(kenya, WB_POPULATION, "KEN")
    derived = compute_derived(kenya)
    assert "UN DESA" in ValueTable.from_workspace(kenya).get(CellKey("population_total", 2020)).source
    for year in (2010, 2015, 2020):
        share = derived.get(CellKey("immigrant_share_population", year))
        assert share.value == pytest.approx(undesa_table3(UNDESA_2020, 404, year), abs=0.005)
        assert [(i.indicator, i.source) for i in share.inputs] == [
            ("immigrant_stock", "UN DESA, International Migrant Stock 2020"),
            ("population_total", "UN DESA, International Migrant Stock 2020")]
    choose_series(kenya, "population_total", "World Bank WDI SP.POP.TOTL")
    derived = compute_derived(kenya)
    for year in (2010, 2015, 2020):
        share = derived.get(CellKey("immigrant_share_population", year))
        population = wdi_csv_value(WB_POPULATION, "KEN", year)
        assert share.value == pytest.approx(share.inputs[0].value / population * 100, rel=1e-12)
        assert share.inputs[1].source.startswith("World Bank WDI SP.POP.TOTL") and share.inputs[1].preferred


def test_a_year_the_printed_series_lacks_takes_another_source_named_as_not_printed(kenya):
    """The team prints UN DESA's population (five-yearly): remittances per capita for 2011 divide by
    the World Bank's 2011 population, a stand-in that is not the printed figure (its note says so)."""
    from mpdesk.services.derived import compute_derived

    load(kenya, UNDESA_2020, "KEN")
    load(kenya, WB_POPULATION, "KEN")
    load(kenya, WDI_REMIT_2025, "KEN")
    table = ValueTable.from_workspace(kenya)
    assert table.get(CellKey("population_total", 2011)) is None          # UN DESA gives 2010 and 2015
    derived = compute_derived(kenya)
    on_2010, on_2011 = (derived.get(CellKey("remittances_per_capita", y)) for y in (2010, 2011))
    assert on_2010.inputs[1].source.startswith("UN DESA") and on_2010.inputs[1].preferred
    assert on_2011.inputs[1].source.startswith("World Bank WDI SP.POP.TOTL") and not on_2011.inputs[1].preferred
    assert on_2011.value == pytest.approx(
        wdi_csv_value(WDI_REMIT_2025, "KEN", 2011) / wdi_csv_value(WB_POPULATION, "KEN", 2011), rel=1e-9)


def test_figures_the_series_leaves_out_are_a_warning_naming_source_and_years(kenya):
    """A team's census figure for years the series' source lacks is never dropped without a word."""
    from mpdesk.imports.records import ValueRecord

    load(kenya, UNDESA_2020, "KEN")
    census = [ValueRecord("immigrant_stock", 2021, 1_100_000.0, unit="persons", source="KNBS census 2021")]
    import_records(kenya, census, "census.csv", "0" * 64, "tidy_csv", "KNBS census", [])
    table = ValueTable.from_workspace(kenya)
    assert table.value(CellKey("immigrant_stock", 2021)) is None          # outside the UN DESA series
    [left_out] = [f for f in run_checks(kenya) if f.code == "unused_figures"]
    assert "KNBS census 2021 for 2021" in left_out.message and "UN DESA" in left_out.message


def _left_out(ws, indicator: str, language: str = "en"):
    from mpdesk import i18n

    with i18n.using_backend(i18n.console_backend(language) if language != "en" else None):
        return [f for f in run_checks(ws, language=language)
                if f.code == "unused_figures" and f.indicator_key == indicator and not any(f.cell.dims())]


def test_the_left_out_warning_says_why_the_series_kept_its_source_and_how_to_print_the_other(kenya):
    """UN DESA gives the population and its split by sex, the World Bank the total for every year: the
    warning says the series kept UN DESA for its split, and that using the World Bank's figure of a
    year both give prints the World Bank's years. Doing what it says does print them."""
    load(kenya, UNDESA_2020, "KEN")
    load(kenya, WB_POPULATION, "KEN")
    [warning] = _left_out(kenya, "population_total")
    assert ("The series uses UN DESA, International Migrant Stock 2020 because it gives both the total and the "
            "split by sex") in warning.message
    assert ("open the figure for 2020, which both sources give, and use the one from World Bank WDI SP.POP.TOTL "
            "(2024-12-16)") in warning.message
    assert warning.cell == CellKey("population_total", 2020)   # "Go to the figure" opens that year
    cell = ValueTable.from_workspace(kenya).all_sources(warning.cell)
    world_bank = next(f for f in cell if f.source.startswith("World Bank"))
    choose_preferred(kenya, world_bank.id)   # the cell panel's "Use the selected figure"
    table = ValueTable.from_workspace(kenya)
    assert table.value(CellKey("population_total", 2021)) == wdi_csv_value(WB_POPULATION, "KEN", 2021)
    assert not _left_out(kenya, "population_total")   # the World Bank gives every year UN DESA gives


@pytest.mark.parametrize("language, because", [
    ("fr", "La série utilise UN DESA, International Migrant Stock 2020, car cette source donne à la fois le total "
           "et la ventilation par sexe"),
    ("es", "La serie usa UN DESA, International Migrant Stock 2020 porque esa fuente da a la vez el total y "
           "el desglose por sexo")])
def test_the_reason_is_in_the_screens_language(kenya, language, because):
    load(kenya, UNDESA_2020, "KEN")
    load(kenya, WB_POPULATION, "KEN")
    [warning] = _left_out(kenya, "population_total", language)
    assert because in warning.message and "2020" in warning.message
    assert "because" not in warning.message and "The series" not in warning.message


def test_a_left_out_figure_of_a_year_the_series_lacks_is_typed_to_be_printed(kenya):
    """A census figure for 2021, after the reference period (2010-2020) and a year UN DESA does not give:
    the warning says so, and with no year to choose the census at, to type it in its cell; typing it prints it."""
    from mpdesk.imports.records import ValueRecord

    load(kenya, UNDESA_2020, "KEN")
    census = [ValueRecord("immigrant_stock", 2021, 1_100_000.0, unit="persons", source="KNBS census 2021")]
    import_records(kenya, census, "census.csv", "0" * 64, "tidy_csv", "KNBS census", [])
    [warning] = _left_out(kenya, "immigrant_stock")
    assert "uses UN DESA, International Migrant Stock 2020 because KNBS census 2021 gives no figure in the " \
        "reference period." in warning.message
    assert "type it in its cell with its source" in warning.message and warning.cell.year == 2021
    set_value(kenya, CellKey("immigrant_stock", 2021), 1_100_000.0, source="KNBS census 2021")
    assert ValueTable.from_workspace(kenya).value(CellKey("immigrant_stock", 2021)) == 1_100_000.0
    assert not _left_out(kenya, "immigrant_stock")


def test_each_reason_is_the_series_rules_own():
    """The reason a warning gives is where the series rule's ranking of the two datasets differs."""
    from mpdesk.guide import default_catalogue
    from mpdesk.services.keys import Figure
    from mpdesk.services.series import dataset_of, preference_reason

    population = default_catalogue().indicator("population_total")   # the catalogue names WPP before the World Bank

    def figures(source: str, years, sex: str = "") -> list:
        return [Figure(CellKey("population_total", y, sex), 1.0, provenance="imported", source=source) for y in years]

    wpp, wb = "UN DESA World Population Prospects 2022", "World Bank WDI SP.POP.TOTL (2024-12-16)"
    period = (2010, 2020)

    def reason(rows, other, chosen=None, split=frozenset()):
        return preference_reason(population, rows, period, chosen, split, dataset_of(other))

    both = figures(wpp, range(2010, 2021)) + figures(wb, range(2010, 2024))
    assert reason(both, wb) == "catalogue"
    assert reason(both, wpp, chosen=dataset_of(wb)) == "chosen"
    assert reason(both, wb, split=frozenset({dataset_of(wpp)})) == "split"
    assert reason(figures(wpp, range(2010, 2021)) + figures(wb, range(2021, 2024)), wb) == "period"
    assert reason(figures("Census A", (2010, 2015)) + figures("Survey B", (2012,)), "Survey B") == "years"
    assert reason(figures("Census A", (2010,)) + figures("Survey B", (2015,)), "Survey B") == "first"
    assert reason(figures(wpp, (2010,)) + figures("UN DESA World Population Prospects 2019", (2015,)), wpp) == "release"
    assert reason(both, "KNBS census") == ""   # a dataset that gives no figure of the series
