"""Each derived formula against figures read by hand from the real published files.

The literal numbers below were read from the files in shared/data/real (cell given in each
comment); the expected value is computed here by hand from those literals.
"""

from __future__ import annotations

import pytest

from indicator_fixtures import REAL, put
from mpdesk.services.derived import compute_derived
from mpdesk.services.keys import CellKey

pytestmark = pytest.mark.skipif(not REAL.is_dir(), reason=f"the real public data folder {REAL} is absent")

UNDESA = "UN DESA, International Migrant Stock 2020"
WB_POP = "World Bank WDI SP.POP.TOTL (2024-12-16)"
KNOMAD = "KNOMAD/World Bank Bilateral Migration Matrix 2021 (December 2022)"

# undesa_pd_2020_ims_stock_by_sex_and_destination.xlsx, row 40 (Kenya, code 404)
KEN_IMS_2020_BOTH = 1050147      # Table 1, column L (both sexes, 2020)
KEN_IMS_2020_FEMALE = 520172     # Table 1, column Z (female, 2020)
KEN_IMS_2020_MALE = 529975       # Table 1, column S (male, 2020)
KEN_POP_2020_THOUSANDS = 53771.3  # Table 2, column L (total population in thousands, 2020)
KEN_POP_2020_FEMALE_THOUSANDS = 27052.773  # Table 2, column Z (female population, 2020)
KEN_IMS_SHARE_2020_PUBLISHED = 1.9529879322240675   # Table 3, column L
KEN_FEMALE_SHARE_2020_PUBLISHED = 49.53325582037562  # Table 4, column L

# World Bank WDI CSVs, row "Kenya", column "2020" / "2021"
KEN_WB_POP_2020 = 52217334       # API_SP.POP.TOTL_DS2_en_csv_v2_900.csv, 2020
KEN_WB_POP_2021 = 53219166       # same file, 2021
KEN_WB_NETM_2020 = -17106        # API_SM.POP.NETM_DS2_en_csv_v2_3401672.csv, 2020
KEN_WB_REMIT_2020_USD = 3107932253.39579  # API_BX.TRF.PWKR.CD.DT_DS2_en_csv_v2_38454.csv, 2020

# bilateral_migration_matrix_2021_latest.xlsx, sheet "BRM 2021"
KEN_EMIGRANTS_2021 = 539988      # row 103 (Kenya), column "World"
KEN_IMMIGRANTS_2021 = 1050147    # row 222 (World), column CX (Kenya)
SOM_TO_KEN_2021 = 425284         # row 178 (Somalia), column CX (Kenya)


def derived_value(ws, key: CellKey) -> float:
    found = compute_derived(ws).get(key)
    assert found is not None, compute_derived(ws).missing.get(key)
    return found.value


def test_immigrant_share_matches_un_desa_table_3(ws):
    put(ws, {CellKey("immigrant_stock", 2020): KEN_IMS_2020_BOTH,
             CellKey("population_total", 2020): KEN_POP_2020_THOUSANDS * 1000}, UNDESA)
    expected = 1050147 / 53771300 * 100
    value = derived_value(ws, CellKey("immigrant_share_population", 2020))
    assert value == pytest.approx(expected, rel=1e-12)
    assert value == pytest.approx(KEN_IMS_SHARE_2020_PUBLISHED, rel=1e-9)


def test_immigrant_share_by_sex_uses_the_same_sex_in_both_terms(ws):
    put(ws, {CellKey("immigrant_stock", 2020, sex="female"): KEN_IMS_2020_FEMALE,
             CellKey("population_total", 2020, sex="female"): KEN_POP_2020_FEMALE_THOUSANDS * 1000}, UNDESA)
    value = derived_value(ws, CellKey("immigrant_share_population", 2020, sex="female"))
    assert value == pytest.approx(520172 / 27052773 * 100, rel=1e-12)


def test_female_share_matches_un_desa_table_4(ws):
    put(ws, {CellKey("immigrant_stock", 2020): KEN_IMS_2020_BOTH,
             CellKey("immigrant_stock", 2020, sex="female"): KEN_IMS_2020_FEMALE,
             CellKey("immigrant_stock", 2020, sex="male"): KEN_IMS_2020_MALE}, UNDESA)
    value = derived_value(ws, CellKey("immigrant_female_share", 2020))
    assert value == pytest.approx(520172 / 1050147 * 100, rel=1e-12)
    assert value == pytest.approx(KEN_FEMALE_SHARE_2020_PUBLISHED, rel=1e-9)


def test_emigrant_share_of_population(ws):
    put(ws, {CellKey("emigrant_stock", 2021): KEN_EMIGRANTS_2021}, KNOMAD)
    put(ws, {CellKey("population_total", 2021): KEN_WB_POP_2021}, WB_POP)
    value = derived_value(ws, CellKey("emigrant_share_population", 2021))
    assert value == pytest.approx(539988 / 53219166 * 100, rel=1e-12)  # about 1.01%


def test_net_migration_rate_per_thousand(ws):
    put(ws, {CellKey("net_migration", 2020): KEN_WB_NETM_2020}, "World Bank WDI SM.POP.NETM")
    put(ws, {CellKey("population_total", 2020): KEN_WB_POP_2020}, WB_POP)
    value = derived_value(ws, CellKey("net_migration_rate", 2020))
    assert value == pytest.approx(-17106 / 52217334 * 1000, rel=1e-12)  # about -0.33 per 1,000
    assert value < 0


def test_remittances_share_of_gdp_with_constructed_gdp(ws):
    # No GDP file is in the folder: GDP is a constructed round figure (US$ 100,000 million).
    put(ws, {CellKey("remittance_inflows", 2020): KEN_WB_REMIT_2020_USD / 1e6}, "World Bank WDI BX.TRF.PWKR.CD.DT")
    put(ws, {CellKey("gdp_current_usd", 2020): 100000.0}, "Constructed for the test")
    value = derived_value(ws, CellKey("remittances_share_gdp", 2020))
    assert value == pytest.approx(3107.93225339579 / 100000 * 100, rel=1e-12)


def test_remittances_per_capita_in_dollars(ws):
    put(ws, {CellKey("remittance_inflows", 2020): KEN_WB_REMIT_2020_USD / 1e6}, "World Bank WDI BX.TRF.PWKR.CD.DT")
    put(ws, {CellKey("population_total", 2020): KEN_WB_POP_2020}, WB_POP)
    value = derived_value(ws, CellKey("remittances_per_capita", 2020))
    assert value == pytest.approx(3107932253.39579 / 52217334, rel=1e-12)  # about US$ 59.5


def test_origin_share_is_computed_per_partner_not_for_the_total(ws):
    put(ws, {CellKey("immigrant_stock", 2021): KEN_IMMIGRANTS_2021,
             CellKey("immigrant_stock", 2021, partner="SOM"): SOM_TO_KEN_2021}, KNOMAD)
    result = compute_derived(ws)
    assert result.get(CellKey("immigrant_origin_share", 2021, partner="SOM")).value == pytest.approx(
        425284 / 1050147 * 100, rel=1e-12)  # about 40.5%
    assert result.get(CellKey("immigrant_origin_share", 2021)) is None


def test_dependency_ratio(ws):
    # No age breakdown is in the real folder: these are constructed round figures.
    put(ws, {CellKey("population_0_14", 2020): 20_000_000, CellKey("population_15_64", 2020): 30_000_000,
             CellKey("population_65_plus", 2020): 1_500_000})
    value = derived_value(ws, CellKey("age_dependency_ratio", 2020))
    assert value == pytest.approx((20_000_000 + 1_500_000) / 30_000_000 * 100, rel=1e-12)


def test_each_value_records_the_figures_and_sources_it_used(ws):
    put(ws, {CellKey("immigrant_stock", 2020): KEN_IMS_2020_BOTH}, UNDESA)
    put(ws, {CellKey("population_total", 2020): KEN_WB_POP_2020}, WB_POP)
    used = compute_derived(ws).get(CellKey("immigrant_share_population", 2020)).inputs
    assert [(i.indicator, i.value, i.source) for i in used] == [
        ("immigrant_stock", 1050147, UNDESA), ("population_total", 52217334, WB_POP)]
