"""UNHCR Refugee Data Finder exports (2022 and 2025 layouts, solutions with a preamble)."""

from __future__ import annotations

import pytest

from realdata import figure, real_file
from mpdesk.countries import is_known_iso3
from mpdesk.imports.unhcr import read_unhcr


@pytest.fixture(scope="module")
def population_2022(real_dir):
    return read_unhcr(real_file(real_dir, "population.csv"), "KEN")


@pytest.fixture(scope="module")
def persons_2025(real_dir):
    return read_unhcr(real_file(real_dir, "persons_of_concern.csv"), "KEN")


def test_2022_format_totals_and_partners(population_2022):
    records = population_2022.records
    assert figure(records, "refugees_hosted", 2021) == 481048  # sum over origins, asylum KEN
    assert figure(records, "refugees_hosted", 2021, partner="SOM") == 280479
    assert figure(records, "asylum_seekers_hosted", 2021, partner="SOM") == 8176
    assert population_2022.sha256.startswith("038d2c2a965c")
    assert population_2022.dataset == "UNHCR Refugee Data Finder, populations 2017-2022"


def test_2025_format_has_other_column_order(persons_2025):
    records = persons_2025.records
    assert figure(records, "refugees_hosted", 2024) == 604257
    assert figure(records, "refugees_hosted", 2024, partner="SOM") == 324496
    assert figure(records, "asylum_seekers_hosted", 2024, partner="SOM") == 144011
    assert figure(records, "refugees_from_country", 2022) == 7595
    assert figure(records, "stateless_persons", 2024) == 9800


def test_partners_are_real_countries(population_2022, persons_2025):
    for result in (population_2022, persons_2025):
        partners = {r.partner for r in result.records if r.partner}
        assert partners and all(is_known_iso3(p) for p in partners)
        assert "KEN" not in {r.partner for r in result.records if r.indicator == "refugees_hosted"}


def test_solutions_preamble_and_dashes(real_dir):
    path = real_file(real_dir, "solutions.csv")
    kenya = read_unhcr(path, "KEN")
    assert figure(kenya.records, "refugee_returns", 2015) == 1231
    assert figure(kenya.records, "refugee_returns", 2015, partner="UGA") == 1231
    assert "extracted 19/07/2024" in kenya.dataset
    assert kenya.skipped > 0  # '-' cells
    canada = read_unhcr(path, "CAN")
    assert figure(canada.records, "naturalisations", 2020) == 4986
    assert figure(canada.records, "naturalisations", 2020, partner="AFG") == 172
    south_sudan = read_unhcr(path, "SSD")
    assert figure(south_sudan.records, "refugee_returns", 2019) == 99816


def _own_idps(path, iso3: str) -> dict[int, str]:
    """The 'IDPs of concern to UNHCR' cell of the country's own row, per year, read with the csv module."""
    import csv

    with open(path, encoding="utf-8-sig", newline="") as handle:
        return {int(r["Year"]): r["IDPs of concern to UNHCR"] for r in csv.DictReader(handle)
                if r["Country of origin (ISO)"] == r["Country of asylum (ISO)"] == iso3}


def test_a_zero_idp_count_is_unhcr_not_counting_not_a_figure(real_dir, population_2022):
    path = real_file(real_dir, "population.csv")
    assert _own_idps(path, "KEN") == {2020: "0", 2021: "0"}   # what the file says
    assert not [r for r in population_2022.records if r.indicator == "idps"]
    said = [i for i in population_2022.issues if i.indicator == "idps"]
    assert len(said) == 1 and not said[0].stored
    assert "Kenya" in said[0].message and "2020\u20132021" in said[0].message and "IDMC" in said[0].message


def test_a_positive_idp_count_is_imported_beside_zero_years(real_dir):
    path = real_file(real_dir, "population.csv")
    cells = _own_idps(path, "ZWE")   # 270 000 in 2019, 0 in the other years
    result = read_unhcr(path, "ZWE")
    positive = {year: float(text) for year, text in cells.items() if text not in ("", "-", "0")}
    zero = sorted(year for year, text in cells.items() if text == "0")
    assert positive and zero
    for year, value in positive.items():
        assert figure(result.records, "idps", year) == value
    assert not [r for r in result.records if r.indicator == "idps" and r.year in zero]
    message = next(i.message for i in result.issues if i.indicator == "idps")
    assert "Zimbabwe" in message and "2017\u20132018, 2020\u20132022" in message
