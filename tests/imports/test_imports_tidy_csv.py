"""The tidy CSV format: round trip and row-level error messages."""

from __future__ import annotations

from pathlib import Path

import pytest

from mpdesk.imports.records import ImportFormatError, ValueRecord
from mpdesk.imports.tidy_csv import COLUMNS, read_tidy_csv, write_tidy_csv

HEADER = ",".join(COLUMNS)


def write(tmp_path: Path, body: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / "values.csv"
    path.write_text(HEADER + "\n" + body, encoding=encoding)
    return path


def test_round_trip_keeps_every_field(tmp_path):
    records = [
        ValueRecord("immigrant_stock", 2020, 1050147.0, source="UN DESA, IMS 2020",
                    note='Примечание: "оценка", с запятой, и\nновой строкой'),
        ValueRecord("remittance_inflows", 2021, 1294.051364351692, partner="USA",
                    unit="usd_million", source="KNOMAD", note="a,b \"c\""),
        ValueRecord("population_total", 1990, 11904523.0, sex="female", age_group="15-64",
                    category="urban", unit="persons", source="Кенийское бюро статистики"),
        ValueRecord("net_migration", 2020, -17106.0, unit="persons"),
    ]
    path = tmp_path / "out.csv"
    write_tidy_csv(path, records)
    result = read_tidy_csv(path)
    assert result.records == records
    assert result.importer == "tidy_csv" and len(result.sha256) == 64
    assert path.read_text(encoding="utf-8").splitlines()[0] == HEADER


def test_bom_and_sex_spellings_are_accepted(tmp_path):
    path = write(tmp_path, "a,2000,F,,,,1,,,\na,2000,Male,,,,2,,,\na,2000,both,,,,3,,,\n"
                 "a,2000,TOTAL,,ken,,4,,,\n", encoding="utf-8-sig")
    records = read_tidy_csv(path).records
    assert [r.sex for r in records] == ["female", "male", "", ""]
    assert records[3].partner == "KEN"


def test_not_a_number(tmp_path):
    path = write(tmp_path, "immigrant_stock,2020,,,,,1,persons,,\n"
                 "immigrant_stock,2020,,,,,abc,persons,,\n")
    with pytest.raises(ImportFormatError, match="Row 3: 'abc' is not a number in column value."):
        read_tidy_csv(path)


def test_several_problems_are_listed_with_line_numbers(tmp_path):
    path = write(tmp_path, "x,1750,,,,,1,,,\nx,2000,other,,,,1,,,\nx,2000,,,ZZZ,,1,,,\n"
                 "x,2000,,,,,1,,\n,2000,,,,,1,,,\n")
    with pytest.raises(ImportFormatError) as info:
        read_tidy_csv(path)
    message = str(info.value)
    assert "has 5 row(s)" in message
    assert "Row 2: '1750' is not a year between 1800 and 2100" in message
    assert "Row 3: 'other' in column sex" in message
    assert "Row 4: 'ZZZ' in column partner" in message
    assert "Row 5: it has 9 columns" in message
    assert "Row 6: the column indicator is empty" in message


def test_wrong_header(tmp_path):
    path = tmp_path / "values.csv"
    path.write_text("indicator,year,value\nx,2000,1\n", encoding="utf-8")
    with pytest.raises(ImportFormatError, match="is not an mpdesk tidy CSV file"):
        read_tidy_csv(path)


def test_bundled_sample_is_valid():
    sample = Path(__file__).resolve().parents[2] / "resources" / "sample" / "kenya_values.csv"
    records = read_tidy_csv(sample).records
    assert 200 < len(records) < 2000
    assert {"immigrant_stock", "population_total", "refugees_hosted", "remittance_inflows",
            "emigrant_stock", "net_migration"} <= {r.indicator for r in records}
    keys = [(r.indicator, r.year, r.sex, r.age_group, r.partner, r.category, r.source)
            for r in records]
    assert len(keys) == len(set(keys))  # one value per cell and source
