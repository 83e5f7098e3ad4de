"""World Bank WDI bulk CSV and Excel downloads."""

from __future__ import annotations

import pytest

from realdata import figure, real_file
from mpdesk.imports.records import ImportFormatError
from mpdesk.imports.worldbank import read_worldbank

POP = "API_SP.POP.TOTL_DS2_en_csv_v2_900.csv"
NETM = "API_SM.POP.NETM_DS2_en_csv_v2_3401672.csv"
REM_IN = "API_BX.TRF.PWKR.CD.DT_DS2_en_csv_v2_38454.csv"
REM_OUT = "API_BM.TRF.PWKR.CD.DT_DS2_en_csv_v2_3012027.csv"
REFG_OR_XLS = "API_SM.POP.REFG.OR_DS2_en_excel_v2_5997665.xls"
REM_IN_XLS = "API_BX.TRF.PWKR.CD.DT_DS2_en_excel_v2_6000901.xls"


def test_population_csv(real_dir):
    result = read_worldbank(real_file(real_dir, POP), "KEN")
    assert figure(result.records, "population_total", 2020) == 52_217_334
    assert figure(result.records, "population_total", 1960) == 7_695_307
    assert {r.source for r in result.records} == {"World Bank WDI SP.POP.TOTL (2024-12-16)"}
    assert result.sha256 == "4c382cddc24650681c3c1274f93067889d883a43139efdb9f72e097db27a1ba3"
    assert len(result.records) == 64  # 1960-2023, none missing for Kenya


def test_net_migration_is_signed(real_dir):
    result = read_worldbank(real_file(real_dir, NETM), "KEN")
    assert figure(result.records, "net_migration", 2020) == -17106


def test_remittances_in_usd_million(real_dir):
    result = read_worldbank(real_file(real_dir, REM_IN), "KEN")
    assert figure(result.records, "remittance_inflows", 2023) == pytest.approx(4227.61160630686)
    assert {r.unit for r in result.records} == {"usd_million"}
    assert 2024 not in {r.year for r in result.records}  # empty cell in the file
    assert result.skipped > 0


def test_lf_only_outflows_file(real_dir):
    result = read_worldbank(real_file(real_dir, REM_OUT), "KEN")
    assert figure(result.records, "remittance_outflows", 2019) == pytest.approx(2.56392855203916)
    assert "(2021-09-15)" in result.records[0].source


def test_excel_download_with_text_years(real_dir):
    result = read_worldbank(real_file(real_dir, REFG_OR_XLS), "KEN")
    assert figure(result.records, "refugees_from_country", 2022) == 7605
    assert result.records[0].source == "World Bank WDI SM.POP.REFG.OR (2023-10-26)"
    inflows = read_worldbank(real_file(real_dir, REM_IN_XLS), "KEN")
    assert figure(inflows.records, "remittance_inflows", 2022) == pytest.approx(4059.71020131198)


def test_aggregates_are_refused(real_dir):
    for code in ("WLD", "AFE", "SSF"):
        with pytest.raises(ImportFormatError, match="is not a known country code"):
            read_worldbank(real_file(real_dir, POP), code)


def test_metadata_file_is_explained(real_dir):
    path = real_file(real_dir, "Metadata_Country_API_SP.POP.TOTL_DS2_en_csv_v2_900.csv")
    with pytest.raises(ImportFormatError, match="starts with 'API_'"):
        read_worldbank(path, "KEN")


def test_wrong_header(tmp_path):
    path = tmp_path / "wrong.csv"
    path.write_text("Name,Code,1990\nKenya,KEN,1\n", encoding="utf-8")
    with pytest.raises(ImportFormatError, match="header row with 'Country Code' was not found"):
        read_worldbank(path, "KEN")


def test_unknown_indicator_code(tmp_path):
    path = tmp_path / "API_XX.csv"
    path.write_text('"Data Source","World Development Indicators",\n\n"Last Updated Date",'
                    '"2024-01-01",\n\n"Country Name","Country Code","Indicator Name",'
                    '"Indicator Code","2020",\n"Kenya","KEN","Something","XX.FAKE.IND","5",\n',
                    encoding="utf-8-sig")
    with pytest.raises(ImportFormatError, match="does not know the World Bank indicator 'XX.FAKE"):
        read_worldbank(path, "KEN")
