"""Women + men are compared with a total from the same source and release: the series rule may print
the World Bank's total beside UN DESA's split (the tester's fresh sample plus UN DESA 2020 gave seven
'women plus men ... but the total is' warnings for a mismatch the app itself made)."""

from __future__ import annotations

from indicator_fixtures import sample_workspace
from mpdesk.imports.preview import apply_preview, preview_import, read_for
from mpdesk.services.keys import CellKey
from mpdesk.services.quality import run_checks
from mpdesk.services.value_table import ValueTable
from test_quality import store_raw
from tests.imports.realdata import REAL, real_file

WB = "World Bank WDI SP.POP.TOTL (2024-12-16)"
DESA = "UN DESA, International Migrant Stock 2020"


def test_the_sample_with_un_desa_2020_has_no_sex_sum_warning(tmp_path):
    ws = sample_workspace(tmp_path / "kenya.mpdesk")
    try:
        apply_preview(ws, preview_import(ws, read_for(ws, real_file(REAL, "undesa_pd_2020_ims_stock_by_sex_and_destination.xlsx"))))
        table = ValueTable.from_workspace(ws)
        printed = table.get(CellKey("population_total", 2020))
        women = table.get(CellKey("population_total", 2020, sex="female"))
        # the series rule's choice: UN DESA gives the total and its split, so it makes both
        assert printed.source == DESA and women.source == DESA
        findings = run_checks(ws)
    finally:
        ws.close()
    assert [f.message for f in findings if f.code == "sex_sum"] == []
    assert [f for f in findings if f.code == "sex_sum_sources"] == []   # UN DESA's own total is there to compare


def test_a_split_from_another_source_than_the_only_total_gives_one_note(ws):
    for year, total, women, men in ((2018, 51_000_000, 26_500_000, 26_000_000),
                                    (2019, 52_000_000, 27_000_000, 26_500_000)):
        store_raw(ws, CellKey("population_total", year), total, WB)
        store_raw(ws, CellKey("population_total", year, sex="female"), women, DESA)
        store_raw(ws, CellKey("population_total", year, sex="male"), men, DESA)
    findings = run_checks(ws)
    assert [f for f in findings if f.code == "sex_sum"] == []
    notes = [f for f in findings if f.code == "sex_sum_sources"]
    assert [f.severity for f in notes] == ["note"]
    assert "2018\u20132019" in notes[0].message and WB in notes[0].message and DESA in notes[0].message


def test_a_split_that_misses_its_own_sources_total_still_warns(ws):
    store_raw(ws, CellKey("population_total", 2019), 52_000_000, WB)
    store_raw(ws, CellKey("population_total", 2019), 50_000_000, DESA)
    store_raw(ws, CellKey("population_total", 2019, sex="female"), 27_000_000, DESA)
    store_raw(ws, CellKey("population_total", 2019, sex="male"), 26_500_000, DESA)
    found = [f for f in run_checks(ws) if f.code == "sex_sum"]
    assert len(found) == 1 and "50,000,000" in found[0].message


def test_a_share_over_a_publisher_that_gives_no_population_is_not_a_mixed_series(sample):
    """KNOMAD's matrix publishes no population: the emigrant share of the fresh sample divides KNOMAD's
    2020 stock by the printed (World Bank) population, with nothing to correct."""
    table = ValueTable.from_workspace(sample)
    assert "KNOMAD" in table.get(CellKey("emigrant_stock", 2020)).source
    mixed = [f for f in run_checks(sample) if f.code == "mixed_series"]
    assert not [f for f in mixed if f.indicator_key == "emigrant_share_population"], [f.message for f in mixed]
    # The origin shares divide KNOMAD's stocks by country by the printed total, UN DESA's, which is
    # KNOMAD's own total to the person: no mix to correct either.
    assert not [f for f in mixed if f.indicator_key == "immigrant_origin_share"], [f.message for f in mixed]
    # UN DESA does publish populations, and the sample holds its own (Table 2), 1.6 million above the
    # printed World Bank series: the immigrant share divides by the printed population (services.derived),
    # so it is not the share UN DESA publishes, and the team is told (one warning naming the years).
    [immigrant] = mixed
    assert immigrant.indicator_key == "immigrant_share_population" and "World Bank" in immigrant.message
