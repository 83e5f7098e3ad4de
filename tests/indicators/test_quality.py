"""Each quality check fires on a crafted bad figure; the sample's real data raises no error."""

from __future__ import annotations

from collections import Counter

import pytest

from indicator_fixtures import put
from mpdesk.services.profile import set_narrative, selected_sections
from mpdesk.services.quality import get_jump_threshold, run_checks, series_family, set_jump_threshold
from mpdesk.services.value_table import ValueTable
from mpdesk.services.keys import CellKey
from mpdesk.services.values import import_records
from mpdesk.imports.records import ValueRecord
from mpdesk.models.entities import IndicatorValue
from mpdesk.services.keys import EditError


def codes(findings, severity=None):
    return [f.code for f in findings if severity is None or f.severity == severity]


def store_raw(ws, key: CellKey, value: float, source: str = "Test source") -> None:
    """Write a figure that typing would refuse (as an old or hand-edited file might hold)."""
    with ws.edit("raw") as session:
        session.add(IndicatorValue(indicator_key=key.indicator, year=key.year, sex=key.sex, age_group=key.age_group,
                                   partner=key.partner, category=key.category, value=value, source=source))


def test_negative_count_is_an_error(ws):
    store_raw(ws, CellKey("immigrant_stock", 2018), -5)
    found = [f for f in run_checks(ws) if f.code == "negative_count"]
    assert len(found) == 1 and found[0].severity == "error"
    assert "Immigrant stock for 2018" in found[0].message and "-5" in found[0].message


def test_share_over_100_is_an_error(ws):
    store_raw(ws, CellKey("unemployment_rate", 2018), 140)
    found = [f for f in run_checks(ws) if f.code == "share_out_of_range"]
    assert found and found[0].severity == "error" and "140" in found[0].message


def test_men_plus_women_differing_from_total(ws):
    put(ws, {CellKey("immigrant_stock", 2020): 1050147, CellKey("immigrant_stock", 2020, sex="female"): 520172,
             CellKey("immigrant_stock", 2020, sex="male"): 500000})
    found = [f for f in run_checks(ws) if f.code == "sex_sum"]
    assert len(found) == 1
    assert "520,172" in found[0].message and "1,020,172" in found[0].message and "1,050,147" in found[0].message


def test_men_plus_women_within_rounding_is_fine(ws):
    put(ws, {CellKey("immigrant_stock", 2020): 1050147, CellKey("immigrant_stock", 2020, sex="female"): 520172,
             CellKey("immigrant_stock", 2020, sex="male"): 529976})
    assert "sex_sum" not in codes(run_checks(ws))


def test_partners_adding_to_more_than_the_total(ws):
    put(ws, {CellKey("immigrant_stock", 2020): 500000, CellKey("immigrant_stock", 2020, partner="SOM"): 425284,
             CellKey("immigrant_stock", 2020, partner="UGA"): 290597})
    found = [f for f in run_checks(ws) if f.code == "parts_exceed_total"]
    assert len(found) == 1 and found[0].severity == "error"
    assert "715,881" in found[0].message and "500,000" in found[0].message


def test_year_outside_reference_period_is_a_note(ws):
    put(ws, {CellKey("population_total", 2005): 36624897})
    found = [f for f in run_checks(ws) if f.code == "outside_period"]
    assert [f.severity for f in found] == ["note"] and "2005" in found[0].message


def test_value_without_source_is_a_warning(ws):
    put(ws, {CellKey("population_total", 2015): 47878339}, source="")
    found = [f for f in run_checks(ws) if f.code == "no_source"]
    assert found and found[0].severity == "warning" and found[0].cell == CellKey("population_total", 2015)


def test_jump_beyond_threshold_and_adjustable_threshold(ws):
    put(ws, {CellKey("remittance_inflows", 2013): 65.8, CellKey("remittance_inflows", 2014): 375.8})
    assert "jump" in codes(run_checks(ws))
    set_jump_threshold(ws, 5.0)  # +471% is below 500%
    assert get_jump_threshold(ws) == 5.0
    assert "jump" not in codes(run_checks(ws))
    assert "jump" in codes(run_checks(ws, jump_threshold=0.5))


def test_jumps_before_the_reference_period_are_not_flagged(ws):
    # The profile covers 2010-2020: a +471% change from 2003 to 2004 is history the report does not print,
    # while the change from 2009 into 2010, the period's first year, is flagged.
    put(ws, {CellKey("remittance_inflows", 2003): 65.8, CellKey("remittance_inflows", 2004): 375.8})
    assert "jump" not in codes(run_checks(ws))
    put(ws, {CellKey("remittance_inflows", 2009): 375.8, CellKey("remittance_inflows", 2010): 1000.0})
    jumps = [f for f in run_checks(ws) if f.code == "jump"]
    assert [f.cell for f in jumps] == [CellKey("remittance_inflows", 2010)]


def test_points_five_years_apart_are_compared_per_year(ws):
    """UN DESA's stocks are five years apart (tester8 #9): +98 % from 2005 to 2010 is +15 % a year, below
    the 50 % threshold; the message names the previous figure, not 'year-on-year'. A change of more
    than 50 % a year over five years (x8) is flagged and told per year; one year apart, as before."""
    put(ws, {CellKey("immigrant_stock", 2005): 189_893, CellKey("immigrant_stock", 2010): 375_253})
    assert "jump" not in codes(run_checks(ws))
    put(ws, {CellKey("immigrant_stock", 2015): 3_002_024})   # x8 over 5 years: +52 % a year
    [jump] = [f for f in run_checks(ws) if f.code == "jump"]
    assert jump.cell == CellKey("immigrant_stock", 2015)
    assert "is +700% compared with the previous figure (375,253 in 2010), +52% a year over 5 years" in jump.message
    put(ws, {CellKey("immigrant_stock", 2016): 6_000_000})   # one year later: +100 %
    jumps = {f.cell.year: f.message for f in run_checks(ws) if f.code == "jump"}
    assert "is +100% compared with the previous figure (3,002,024 in 2015). Check" in jumps[2016]


def test_threshold_out_of_range_is_refused(ws):
    with pytest.raises(EditError):
        set_jump_threshold(ws, 0)


def test_two_sources_disagreeing_are_shown_side_by_side(ws):
    records = [ValueRecord("population_total", 2020, 53771300, source="UN DESA, International Migrant Stock 2020"),
               ValueRecord("population_total", 2020, 52217334, source="World Bank WDI SP.POP.TOTL")]
    import_records(ws, records, "two.csv", "0" * 64, "tidy_csv")
    found = [f for f in run_checks(ws) if f.code == "source_conflict"]
    assert len(found) == 1
    assert "53,771,300" in found[0].message and "52,217,334" in found[0].message
    assert "UN DESA" in found[0].message and "World Bank" in found[0].message
    # nothing was resolved silently: both figures are still stored
    assert len(ValueTable.from_workspace(ws).all_sources(CellKey("population_total", 2020))) == 2


def test_sources_disagreeing_over_a_series_are_one_warning_naming_the_years(ws):
    """World Bank and UN DESA population disagree every year: one warning for the series (its years
    written as a reader names them, the largest difference with its year), not one per year."""
    undesa = {1990: 23_724_574, 1995: 27_768_297, 2000: 31_964_557, 2001: 32_900_000, 2002: 33_900_000}
    world_bank = {1990: 22_892_651, 1995: 26_601_751, 2000: 30_642_890, 2001: 31_619_170, 2002: 32_629_808}
    records = [ValueRecord("population_total", year, value, source="UN DESA, International Migrant Stock 2020")
               for year, value in undesa.items()]
    records += [ValueRecord("population_total", year, value, source="World Bank WDI SP.POP.TOTL (2024-12-16)")
                for year, value in world_bank.items()]
    records.append(ValueRecord("immigrant_stock", 2000, 707_852, source="UN DESA, International Migrant Stock 2020"))
    records.append(ValueRecord("immigrant_stock", 2000, 707_852, source="KNOMAD matrix"))  # agree: no warning
    import_records(ws, records, "two.csv", "0" * 64, "tidy_csv")
    table = ValueTable.from_workspace(ws)
    chosen = {year: table.get(CellKey("population_total", year)).value for year in undesa}
    others = {year: (undesa if chosen[year] == world_bank[year] else world_bank)[year] for year in undesa}
    differences = {year: abs(others[year] - chosen[year]) / chosen[year] for year in undesa}
    widest = max(differences, key=differences.get)
    found = [f for f in run_checks(ws) if f.code == "source_conflict"]
    assert len(found) == 1
    message = found[0].message
    assert "1990, 1995, 2000\u20132002" in message
    assert f"{differences[widest] * 100:.1f}%" in message and f" in {widest}" in message
    assert f"{undesa[widest]:,}" in message and f"{world_bank[widest]:,}" in message
    assert found[0].cell == CellKey("population_total", widest)   # going to it opens that year


def test_one_conflict_warning_per_pair_of_sources(ws):
    """A third source in some years is another pair, said in its own warning."""
    records = [ValueRecord("population_total", year, 100 + year, source="World Bank WDI SP.POP.TOTL")
               for year in (2018, 2019, 2020)]
    records += [ValueRecord("population_total", year, 200 + year, source="National statistics office")
                for year in (2018, 2019)]
    import_records(ws, records, "a.csv", "0" * 64, "tidy_csv")
    import_records(ws, [ValueRecord("population_total", 2020, 5000, source="KNBS 2019 census")],
                   "b.csv", "1" * 64, "tidy_csv")
    found = sorted(f.message for f in run_checks(ws) if f.code == "source_conflict")
    assert len(found) == 2
    assert any("2018\u20132019" in m and "National statistics office" in m for m in found)
    assert any("for 2020;" in m and "KNBS" in m for m in found)


def test_share_from_different_population_series(ws):
    put(ws, {CellKey("immigrant_stock", 2020): 1050147}, "UN DESA, International Migrant Stock 2020")
    put(ws, {CellKey("population_total", 2020): 52217334}, "World Bank WDI SP.POP.TOTL (2024-12-16)")
    found = [f for f in run_checks(ws) if f.code == "mixed_series"]
    assert len(found) == 1 and "Immigrants as % of population" in found[0].message
    assert "UN DESA" in found[0].message and "World Bank" in found[0].message


@pytest.mark.parametrize("language, part", [("en", "Section Part B — "), ("fr", "Partie B — "),
                                            ("es", "La sección Parte B — ")])
def test_a_part_is_named_once_in_its_note(ws, language, part):
    """'La sección B Parte B — Impacto de la migración…' (tester8 #10): a Part's title names its letter."""
    from mpdesk.i18n import console_backend, using_backend

    with using_backend(console_backend(language)):   # the notes in the screen's language, as the page shows them
        notes = [f.message for f in run_checks(ws, language=language) if f.section_key == "B"]
    assert notes and all(part in note and " B Part" not in note and "B Parte" not in note and "B Partie" not in note
                         for note in notes), notes
    a2 = [f.message for f in run_checks(ws) if f.section_key == "A.2"]
    assert any("Section A.2 Immigration is in the report" in note for note in a2), a2


def test_same_series_family_despite_editions():
    assert series_family("World Bank WDI SP.POP.TOTL (2024-12-16)") == series_family("World Bank WDI SM.POP.NETM")
    assert series_family("UN DESA, International Migrant Stock 2020") != series_family("World Bank WDI SP.POP.TOTL")


def test_modules_without_data_or_text_are_notes(ws):
    assert "A.2" in selected_sections(ws)
    found = [f for f in run_checks(ws) if f.section_key == "A.2"]
    assert {f.code for f in found} == {"module_no_data", "module_no_narrative"}
    put(ws, {CellKey("residence_permits_issued", 2020): 12000})
    set_narrative(ws, "A.2", "Most immigrants come from Somalia.")
    assert not [f for f in run_checks(ws) if f.section_key == "A.2" and f.code.startswith("module_")]


def test_errors_come_first(ws):
    store_raw(ws, CellKey("immigrant_stock", 2018), -5)
    put(ws, {CellKey("population_total", 2015): 1}, source="")
    severities = [f.severity for f in run_checks(ws)]
    assert severities == sorted(severities, key=["error", "warning", "note"].index)


def test_sample_has_no_errors_and_each_warning_is_justified(sample):
    findings = run_checks(sample, jump_threshold=0.5)
    assert codes(findings, "error") == []
    table = ValueTable.from_workspace(sample)
    warned = Counter(codes(findings, "warning"))
    assert set(warned) <= {"jump", "mixed_series", "source_conflict"}, warned
    for finding in findings:
        if finding.code == "jump":  # a change of more than 50 % a year (quality.yearly_change), real swings
            series = sorted((r for r in table.records(finding.indicator_key) if r.key.dims() == finding.cell.dims()),
                            key=lambda r: r.key.year)
            after = next(i for i, r in enumerate(series) if r.key.year == finding.cell.year)
            before, now = series[after - 1], series[after]
            gap = now.key.year - before.key.year
            assert abs((now.value / before.value) ** (1 / gap) - 1) > 0.5
        elif finding.code == "mixed_series":
            assert " from " in finding.message
    # Where the sample holds two sources for a cell (UN DESA and KNOMAD stocks, World Bank and KNOMAD
    # remittances) they agree, except the total population: UN DESA's (the immigrant share's
    # denominator) and the World Bank's (the printed series) differ each year, which is one warning
    # naming the years. The other figures that differ are UNHCR's 2025 export revising its 2022
    # export (2022 refugees and asylum seekers): the series follows the newer release, so a revision
    # is history, not a conflict for the team to settle.
    differing = [key for key, rows in table.conflicts() if len({round(r.value) for r in rows}) > 1]
    population = [key for key in differing if key.indicator == "population_total"]
    assert sorted(key.year for key in population) == list(range(1990, 2021, 5))
    revised = [key for key in differing if key.indicator != "population_total"]
    assert {key.year for key in revised} == {2022}
    assert all("UNHCR" in r.source for key in revised for r in table.all_sources(key))
    assert all(table.get(key).source.endswith("2019-2024") for key in revised)   # the newer release
    conflicts = [f for f in findings if f.code == "source_conflict"]
    assert len(conflicts) == 1 and conflicts[0].indicator_key == "population_total"
    assert "1990, 1995, 2000, 2005, 2010, 2015, 2020" in conflicts[0].message


def test_a_figure_typed_beside_a_release_is_still_a_conflict(sample):
    """Only an older release of the preferred figure's own dataset is left out of the conflict: a
    figure the team typed beside UNHCR's stays one for the team to settle."""
    from mpdesk.services.values import set_value

    key = CellKey("refugees_hosted", 2022)
    assert not [f for f in run_checks(sample) if f.code == "source_conflict" and f.cell == key]
    set_value(sample, key, 500_000, "Refugee Affairs Secretariat register")
    found = [f for f in run_checks(sample) if f.code == "source_conflict" and f.cell == key]
    assert len(found) == 1 and "500,000" in found[0].message and "2019-2024" in found[0].message
    assert "2017-2022" not in found[0].message   # the release UNHCR revised is history, not a third source
