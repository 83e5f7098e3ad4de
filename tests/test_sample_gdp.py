"""GDP in the Kenya sample: from the stored WDI extract to remittances as % of GDP.

The expected figures are read here with the csv module and openpyxl straight from the source files
(tools/sample_sources/ and shared/data/real), never through mpdesk's importers.
"""

from __future__ import annotations

import csv
import hashlib
import os
import shutil
from pathlib import Path

import pytest

from mpdesk.imports.detect import import_file
from mpdesk.services.derived import compute_derived
from mpdesk.services.keys import CellKey
from mpdesk.services.sample import write_sample

ROOT = Path(__file__).resolve().parents[1]
REAL = Path(os.environ.get("MPDESK_REAL_DATA") or ROOT / ".." / "shared" / "data" / "real")
GDP_FILE = ROOT / "tools" / "sample_sources" / "API_NY.GDP.MKTP.CD_DS2_en_csv_v2_6011335.KEN.csv"
GDP_SHA256 = "4a540473e1e6bc977f379688752ffef8a369412eb780ccb653ae8d070c98b97b"  # tools/sample_sources/SOURCES.md
REMITTANCES = "API_BX.TRF.PWKR.CD.DT_DS2_en_csv_v2_38454.csv"
KNOMAD_INWARD = "inward_remittance_flows_december_2023_1.xlsx"


def wdi_cell(path: Path, iso3: str, year: int) -> float:
    """The cell of the country's row under the year's column, read with the csv module (BOM tolerated)."""
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    header = next(r for r in rows if "Country Code" in r)
    row = next(r for r in rows if len(r) > 1 and r[1] == iso3)
    return float(row[header.index(str(year))])


def real_file(name: str) -> Path:
    path = REAL / name
    if not path.is_file():
        pytest.skip(f"{name} is not in {REAL}")
    return path


@pytest.fixture(scope="module")
def derived(tmp_path_factory: pytest.TempPathFactory):
    ws = write_sample(tmp_path_factory.mktemp("sample") / "Kenya 2020 (sample).mpdesk")
    try:
        yield compute_derived(ws)
    finally:
        ws.close()


def share(derived, year: int) -> float:
    found = derived.get(CellKey("remittances_share_gdp", year))
    assert found is not None, derived.missing.get(CellKey("remittances_share_gdp", year))
    return found.value


def test_the_stored_extract_is_the_text_described_in_sources_md() -> None:
    data = GDP_FILE.read_bytes()
    assert hashlib.sha256(data).hexdigest() == GDP_SHA256
    assert GDP_SHA256 in (GDP_FILE.parent / "SOURCES.md").read_text(encoding="utf-8")
    header, kenya = list(csv.reader(data.decode("utf-8").splitlines()))
    # the WDI layout: four name/code columns, then one column a year, and a trailing comma on each line
    assert header[:4] == ["Country Name", "Country Code", "Indicator Name", "Indicator Code"]
    assert header[4:-1] == [str(y) for y in range(1960, 2023)] and header[-1] == ""
    assert kenya[:4] == ["Kenya", "KEN", "GDP (current US$)", "NY.GDP.MKTP.CD"] and kenya[-1] == ""


@pytest.mark.parametrize("bom", [False, True], ids=["as stored", "with BOM and CRLF like a WDI download"])
def test_imported_kenya_gdp_equals_the_file_cells(tmp_path: Path, bom: bool) -> None:
    path = GDP_FILE
    if bom:
        path = tmp_path / GDP_FILE.name
        text = GDP_FILE.read_text(encoding="utf-8").replace("\n", "\r\n")
        path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    records = {r.year: r for r in import_file(path, "KEN").records}
    assert sorted(records) == list(range(1960, 2023))
    for year in (1960, 2000, 2020, 2022):
        assert records[year].indicator == "gdp_current_usd" and records[year].unit == "usd_million"
        assert records[year].value == pytest.approx(wdi_cell(GDP_FILE, "KEN", year) / 1e6, rel=1e-15)
    assert records[2022].value == pytest.approx(113420.008178793, rel=1e-15)  # "113420008178.793" in the file
    assert records[2022].where == "csv:2|2022"


def test_sample_gdp_rows_are_the_stored_file_cells() -> None:
    with (ROOT / "resources" / "sample" / "kenya_values.csv").open(encoding="utf-8") as handle:
        gdp = {int(r["year"]): float(r["value"]) for r in csv.DictReader(handle) if r["indicator"] == "gdp_current_usd"}
    assert sorted(gdp) == list(range(2000, 2023))
    for year, value in gdp.items():
        assert value == pytest.approx(wdi_cell(GDP_FILE, "KEN", year) / 1e6, rel=1e-15)


@pytest.mark.parametrize("year", [2010, 2020, 2022])
def test_sample_remittances_share_of_gdp_from_the_two_source_cells(derived, year: int) -> None:
    remittances = wdi_cell(real_file(REMITTANCES), "KEN", year)   # US$, WDI 2025-07-01
    gdp = wdi_cell(GDP_FILE, "KEN", year)                          # US$, WDI v2_6011335
    assert share(derived, year) == pytest.approx(remittances / gdp * 100, rel=1e-12)
    inputs = {i.indicator: i.source for i in derived.get(CellKey("remittances_share_gdp", year)).inputs}
    assert inputs == {"remittance_inflows": "World Bank WDI BX.TRF.PWKR.CD.DT (2025-07-01)",
                      "gdp_current_usd": "World Bank WDI NY.GDP.MKTP.CD"}


def test_sample_share_against_knomads_published_share(derived) -> None:
    """KNOMAD publishes the share for 2023 only; this WDI GDP release ends in 2022, so no year overlaps
    and the sample has no 2023 share. KNOMAD divides by IMF WEO GDP; reading its denominator back
    (remittances / share) gives Kenya's 2023 GDP as US$ 113,000 million, 0.37 % below WDI's 2022 GDP.
    The sample's latest share (2022: 3.58 %) is 0.15 percentage points below KNOMAD's 2023 one
    (3.73 %): remittances grew 3.8 % from 2022 to 2023 over a GDP that barely moved in US$."""
    import openpyxl

    book = openpyxl.load_workbook(real_file(KNOMAD_INWARD), read_only=True, data_only=True)
    try:
        rows = list(book.worksheets[0].iter_rows(values_only=True))
    finally:
        book.close()
    header = rows[0]
    kenya = next(r for r in rows if r[0] == "Kenya")
    knomad_2022 = kenya[header.index(2022)]                       # US$ million
    knomad_2023 = kenya[header.index("2023e")]
    knomad_share_2023 = kenya[header.index("% of GDP in 2023")]   # percent
    assert knomad_share_2023 == pytest.approx(3.729, abs=5e-4)

    assert derived.get(CellKey("remittances_share_gdp", 2023)) is None
    wdi_gdp_2022 = wdi_cell(GDP_FILE, "KEN", 2022) / 1e6
    knomad_gdp_2023 = knomad_2023 / knomad_share_2023 * 100       # the IMF WEO GDP KNOMAD divided by
    assert knomad_gdp_2023 / wdi_gdp_2022 - 1 == pytest.approx(-0.0037, abs=5e-4)
    # the same 2022 remittances in both publications: the share differs only by the denominator
    assert knomad_2022 == pytest.approx(wdi_cell(real_file(REMITTANCES), "KEN", 2022) / 1e6, rel=1e-12)
    assert share(derived, 2022) == pytest.approx(3.579, abs=5e-4)
    assert knomad_share_2023 - share(derived, 2022) == pytest.approx(0.15, abs=0.005)
    assert knomad_2023 / knomad_2022 - 1 == pytest.approx(0.038, abs=5e-4)


def test_build_script_finds_the_stored_extract(tmp_path: Path) -> None:
    """With no GDP download in the real-data folder, tools/build_sample_data.py takes the stored one."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("build_sample_data", ROOT / "tools" / "build_sample_data.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    records = module.gdp(tmp_path)                     # an empty folder
    assert {r.year for r in records} == set(range(2000, 2023))
    shutil.copy(GDP_FILE, tmp_path / "API_NY.GDP.MKTP.CD_DS2_en_csv_v2_1.csv")
    (tmp_path / "API_NY.GDP.MKTP.CD_DS2_en_csv_v2_1.csv").write_text(
        GDP_FILE.read_text(encoding="utf-8").replace("113420008178.793", "1000000"), encoding="utf-8")
    assert [r.value for r in module.gdp(tmp_path) if r.year == 2022] == [1.0]  # a download in the folder wins
