"""UN DESA International Migrant Stock workbooks; figures checked by hand in the cells."""

from __future__ import annotations

import pytest

from realdata import figure, real_file
from mpdesk.imports.records import ImportFormatError
from mpdesk.imports.undesa import read_undesa

IMS_2020 = "undesa_pd_2020_ims_stock_by_sex_and_destination.xlsx"
IMS_2019 = "undesa_pd_2019_migrant_stock_total_dataset.xlsx"
IMS_2015 = "UN_MigrantStockTotal_2015.xlsx"
IMS_2017 = "resaved_third_party/UN_MigrantStockTotal_2017.xlsx"


@pytest.fixture(scope="module")
def kenya_2020(real_dir):
    return read_undesa(real_file(real_dir, IMS_2020), "KEN")


def test_2020_kenya_immigrant_stock_by_sex(kenya_2020):
    # Table 1, row 40 ('   Kenya', 404): L40, S40, Z40
    assert figure(kenya_2020.records, "immigrant_stock", 2020) == 1050147
    assert figure(kenya_2020.records, "immigrant_stock", 2020, "male") == 529975
    assert figure(kenya_2020.records, "immigrant_stock", 2020, "female") == 520172
    assert figure(kenya_2020.records, "immigrant_stock", 1990) == 298089


def test_2020_population_is_converted_from_thousands(kenya_2020):
    # Table 2 L40 = 53771.3 (thousands)
    assert figure(kenya_2020.records, "population_total", 2020) == 53_771_300
    assert figure(kenya_2020.records, "population_total", 1990, "female") == 11_904_523


def test_2020_refugees_from_table_6_only_the_stock_block(kenya_2020):
    refugees = [r for r in kenya_2020.records if r.indicator == "refugees_hosted"]
    assert len(refugees) == 7  # the % and rate-of-change blocks are not read
    assert figure(kenya_2020.records, "refugees_hosted", 2020) == 489747
    assert "asylum seekers" in refugees[0].note


def test_2020_provenance(kenya_2020):
    assert kenya_2020.sha256 == "c2bae98812a1f68b1d7f57a8d3d11903b85522d664f319dfe87daa30f653fd5b"
    assert kenya_2020.dataset == "UN DESA, International Migrant Stock 2020"
    assert kenya_2020.importer == "undesa_ims"
    assert all(r.source == kenya_2020.dataset and r.unit == "persons" for r in kenya_2020.records)
    assert "foreign-born" in figure_note(kenya_2020.records)


def figure_note(records) -> str:
    return next(r.note for r in records if r.indicator == "immigrant_stock")


def test_missing_markers_are_skipped(real_dir):
    # South Sudan (728): '..' for 1990-2005 in Table 1; '~' in Table 6
    result = read_undesa(real_file(real_dir, IMS_2020), "SSD")
    stock_years = {r.year for r in result.records if r.indicator == "immigrant_stock"}
    assert stock_years == {2010, 2015, 2020}
    assert figure(result.records, "immigrant_stock", 2015) == 844112
    assert result.skipped >= 12


def test_tilde_in_table_6_is_skipped(real_dir):
    # Comoros (174), Table 6: '~', 5, 10, '~', '~', '~', '~'
    result = read_undesa(real_file(real_dir, IMS_2020), "COM")
    refugees = {r.year: r.value for r in result.records if r.indicator == "refugees_hosted"}
    assert refugees == {1995: 5, 2000: 10}


@pytest.mark.parametrize("name, year, both, edition", [
    (IMS_2015, 2015, 1084357, "The 2015 Revision"),
    (IMS_2019, 2019, 1044854, "International Migrant Stock 2019"),
    (IMS_2017, 2017, 1078572, "The 2017 Revision"),
])
def test_older_layouts(real_dir, name, year, both, edition):
    result = read_undesa(real_file(real_dir, name), "KEN")
    assert figure(result.records, "immigrant_stock", year) == both
    assert edition in result.dataset
    assert max(r.year for r in result.records) == year


def test_2015_population_and_no_2020(real_dir):
    result = read_undesa(real_file(real_dir, IMS_2015), "KEN")
    assert figure(result.records, "immigrant_stock", 2015, "female") == 542713
    assert not [r for r in result.records if r.year > 2015]


def test_aggregate_codes_are_not_countries(real_dir):
    with pytest.raises(ImportFormatError, match="is not a known country code"):
        read_undesa(real_file(real_dir, IMS_2020), "WLD")


def test_country_absent_from_workbook(real_dir):
    # Kosovo (M49 412) has no row of its own in IMS 2020
    with pytest.raises(ImportFormatError, match="is not in this UN DESA workbook"):
        read_undesa(real_file(real_dir, IMS_2020), "XKX")
