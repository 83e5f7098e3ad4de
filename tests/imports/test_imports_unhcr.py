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
