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
    # A blank unit is read as the catalogue's unit of the indicator.
    assert result.records == [r if r.unit else r._replace(unit="persons") for r in records]
    assert result.importer == "tidy_csv" and len(result.sha256) == 64
    assert path.read_text(encoding="utf-8").splitlines()[0] == HEADER


def test_bom_and_sex_spellings_are_accepted(tmp_path):
    path = write(tmp_path, "population_total,2000,F,,,,1,,,\npopulation_total,2000,Male,,,,2,,,\n"
                 "population_total,2001,both,,,,3,,,\npopulation_total,2000,TOTAL,,ken,,4,,,\n", encoding="utf-8-sig")
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


def test_checks_a_typed_figure_gets(tmp_path):
    path = write(tmp_path, "immigrant_stock,2020,,,,,-5,persons,,\n"
                 "unemployment_rate,2020,,,,,140,percent,,\n")
    with pytest.raises(ImportFormatError) as refused:
        read_tidy_csv(path)
    text = str(refused.value)
    assert "Row 2: Immigrant stock is a count and cannot be negative." in text
    assert "Row 3:" in text and "between 0 and 100" in text


def test_units_are_converted_to_the_catalogue_unit_or_refused(tmp_path):
    path = write(tmp_path, "immigrant_stock,2020,,,,,1050.147,thousands,UN DESA,\n"
                 "remittance_inflows,2020,,,,,3094000000,usd,WDI,\n")
    stock, remittances = read_tidy_csv(path).records
    assert (stock.value, stock.unit) == (1050147, "persons")
    assert (remittances.value, remittances.unit) == (3094.0, "usd_million")
    bad = write(tmp_path, "immigrant_stock,2020,,,,,12,percent,,\n")
    with pytest.raises(ImportFormatError, match="Row 2: the unit 'percent' cannot be converted to persons"):
        read_tidy_csv(bad)


def test_unknown_indicators_are_listed_not_stored(tmp_path):
    path = write(tmp_path, "immigrant_stock,2020,,,,,1,persons,,\nmigrant_wellbeing,2020,,,,,3,,,\n"
                 "migrant_wellbeing,2021,,,,,4,,,\n")
    result = read_tidy_csv(path)
    assert [r.indicator for r in result.records] == ["immigrant_stock"]
    [issue] = result.issues
    assert (issue.kind, issue.indicator, issue.line) == ("unknown_indicator", "migrant_wellbeing", 3)
    assert "lines 3, 4" in issue.message


def test_the_same_figure_twice_is_refused(tmp_path):
    path = write(tmp_path, "immigrant_stock,2020,,,,,1,persons,S,\nimmigrant_stock,2020,,,,,2,persons,S,\n")
    with pytest.raises(ImportFormatError, match="Rows 2 and 3 give the same figure twice"):
        read_tidy_csv(path)


def test_a_country_column_must_match_the_profile(tmp_path):
    path = tmp_path / "values.csv"
    path.write_text("country," + HEADER + "\nKEN,immigrant_stock,2020,,,,,1,persons,,\n"
                    "UGA,immigrant_stock,2019,,,,,2,persons,,\n", encoding="utf-8")
    with pytest.raises(ImportFormatError, match="Row 3: the country is UGA, but this profile is for KEN"):
        read_tidy_csv(path, "KEN")
    path.write_text("country," + HEADER + "\nKEN,immigrant_stock,2020,,,,,1,persons,,\n", encoding="utf-8")
    assert [r.value for r in read_tidy_csv(path, "KEN").records] == [1]


def test_a_profiles_own_indicators_are_known_when_its_catalogue_is_given(tmp_path):
    from mpdesk.imports.detect import import_file
    from mpdesk.services.profile import NewProfile, create_profile
    from mpdesk.services.tailoring import add_custom_indicator

    ws = create_profile(tmp_path / "p.mpdesk", NewProfile(country_iso3="KEN", edition_year=2020,
                                                           period_start=2010, period_end=2020))
    try:
        add_custom_indicator(ws, "seafarers_abroad", "Seafarers abroad", "A.3")
        path = write(tmp_path, "seafarers_abroad,2020,,,,,1200,persons,Maritime authority,\n")
        assert [r.value for r in import_file(path, "KEN", ws.catalogue).records] == [1200]
        assert [i.indicator for i in import_file(path, "KEN").issues] == ["seafarers_abroad"]
    finally:
        ws.close()
