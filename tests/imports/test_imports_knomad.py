"""KNOMAD bilateral matrices 2021 and inward remittance flows (Dec 2023); matched by name."""

from __future__ import annotations

import pytest

from realdata import figure, real_file
from mpdesk.countries import is_known_iso3
from mpdesk.imports.knomad import read_knomad

MIGRATION = "bilateral_migration_matrix_2021_latest.xlsx"
REMITTANCES = "bilateral_remittance_matrix_2021_0.xlsx"
INWARD = "inward_remittance_flows_december_2023_1.xlsx"


@pytest.fixture(scope="module")
def migration(real_dir):
    return read_knomad(real_file(real_dir, MIGRATION), "KEN")


@pytest.fixture(scope="module")
def remittances(real_dir):
    return read_knomad(real_file(real_dir, REMITTANCES), "KEN")


def test_migration_matrix(migration):
    records = migration.records
    # The 2021 matrix carries mid-2020 stocks (UN DESA-based, see its notes): stored for 2020.
    assert figure(records, "immigrant_stock", 2020) == 1050147  # 'World' row, Kenya column
    assert figure(records, "immigrant_stock", 2020, partner="SOM") == 425284
    assert figure(records, "emigrant_stock", 2020) == 539988  # Kenya row, 'World' column
    assert not [r for r in records if r.year != 2020]
    assert migration.sha256.startswith("d99a27d8436a")
    partners = {r.partner for r in records if r.partner}
    assert all(is_known_iso3(p) for p in partners)


def test_remittance_matrix(remittances):
    records = remittances.records
    assert figure(records, "remittance_inflows", 2021) == pytest.approx(3770.0896385476894)
    usa = figure(records, "remittance_inflows", 2021, partner="USA")
    assert usa == pytest.approx(1294.05136435)
    assert figure(records, "remittance_outflows", 2021) == pytest.approx(713.5661380765828)
    assert {r.unit for r in records} == {"usd_million"}


def test_world_bank_names_are_matched(real_dir):
    yemen = read_knomad(real_file(real_dir, INWARD), "YEM")  # 'Yemen, Rep.'
    egypt = read_knomad(real_file(real_dir, INWARD), "EGY")  # 'Egypt, Arab Rep.'
    assert yemen.records and egypt.records


def test_inward_flows_estimate_and_zero_as_missing(real_dir):
    result = read_knomad(real_file(real_dir, INWARD), "KEN")
    assert figure(result.records, "remittance_inflows", 2023) == pytest.approx(4213.73)
    estimate = [r for r in result.records if r.year == 2023 and r.indicator == "remittance_inflows"]
    assert estimate[0].note == "estimate"
    assert 2000 not in {r.year for r in result.records}
    assert any("0 for 2000" in w for w in result.warnings)
    assert figure(result.records, "remittance_inflows", 2001) == pytest.approx(50.9144262781064)


def test_knomad_year_and_edition_come_from_the_file(real_dir):
    import openpyxl

    path = real_file(real_dir, MIGRATION)
    sheet = openpyxl.load_workbook(path, read_only=True).worksheets[0]
    texts = [r[0] for r in sheet.iter_rows(values_only=True) if r and isinstance(r[0], str)]
    assert texts[0] == "Bilateral Estimates of Migrant Stocks in 2021"
    assert any("UN Population Division" in t for t in texts[-6:])
    assert any("December 2022" in t for t in texts[-6:])
    result = read_knomad(path, "KEN")
    assert result.dataset == "KNOMAD/World Bank Bilateral Migration Matrix 2021 (December 2022)"
    assert {r.year for r in result.records} == {2020} and all("mid-2020" in r.note for r in result.records)
    flows = read_knomad(real_file(real_dir, "inward_remittance_flows_december_2023_1.xlsx"), "KEN")
    assert flows.dataset == "World Bank-KNOMAD, Remittance inflows (December 2023)"
    assert {r.status for r in flows.records if r.year == 2023 and r.indicator == "remittance_inflows"} == {"estimate"}
