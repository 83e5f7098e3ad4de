"""The country table and matching publishers' spellings."""

from __future__ import annotations

import csv

import pytest

from realdata import real_file
from mpdesk.countries import all_countries, by_iso3, by_m49, find_by_name


def test_table_is_complete_and_unique():
    countries = all_countries()
    assert 249 <= len(countries) <= 252
    assert len({c.iso3 for c in countries}) == len(countries)
    assert len({c.m49 for c in countries}) == len(countries)
    assert all(c.name_en and c.name_fr and c.name_es for c in countries)


def test_kenya_and_kosovo():
    kenya = by_iso3()["KEN"]
    assert kenya.m49 == 404 and by_m49()[404] is kenya
    assert kenya.name_fr == "Kenya" and kenya.name_es == "Kenia"
    assert by_iso3()["XKX"].m49 == 412


@pytest.mark.parametrize("name, iso3", [
    ("Yemen, Rep.", "YEM"), ("Egypt, Arab Rep.", "EGY"), ("   Wallis and Futuna Islands*", "WLF"),
    ("Dem. Rep. of the Congo", "COD"), ("Congo, Rep.", "COG"), ("CÔTE D’IVOIRE", "CIV"),
    ("Iran (Islamic Rep. of)", "IRN"), ("Türkiye", "TUR"), ("Turkey", "TUR"),
    ("GuineaBissau", "GNB"), ("Zimbabwe (using CB data for 2021 & 2022)", "ZWE"),
    ("Korea, Dem. People's Rep.", "PRK"), ("Korea, Rep.", "KOR"), ("Niger", "NER"),
    ("Nigeria", "NGA"), ("Sudan", "SDN"), ("South Sudan", "SSD"), ("Kenia", "KEN"),
])
def test_find_by_name(name, iso3):
    found = find_by_name(name)
    assert found is not None and found.iso3 == iso3


@pytest.mark.parametrize("name", ["World", "WORLD", "Sub-Saharan Africa", "High income",
                                  "Other North", "Low-and Middle-Income Countries", ""])
def test_aggregates_are_not_countries(name):
    assert find_by_name(name) is None


def test_every_world_bank_economy_is_known(real_dir):
    path = real_file(real_dir, "Metadata_Country_API_SP.POP.TOTL_DS2_en_csv_v2_900.csv")
    with open(path, encoding="utf-8-sig", newline="") as handle:
        economies = [r["Country Code"] for r in csv.DictReader(handle) if r["Region"]]
    missing = set(economies) - set(by_iso3()) - {"CHI"}  # Channel Islands has no ISO code
    assert not missing
