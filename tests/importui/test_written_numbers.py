"""A team's own table read with the decimal mark its figures use (tester8 #34: '194.398' from a
Spanish Excel was read as 194, '1415,0' as 14150, without a word)."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest
from hypothesis import given, settings, HealthCheck
from hypothesis import strategies as st

from importui_helpers import stored_at
from mpdesk.cli import main
from mpdesk.i18n import report_language
from mpdesk.imports.mapped import ColumnMapping, read_mapped
from mpdesk.imports.records import ImportFormatError
from mpdesk.imports.written_numbers import mark_said

MAPPING = ColumnMapping("immigrant_stock", "Year", "Value")


def table(path: Path, values: list[str], separator: str = ";") -> Path:
    lines = [f"Year{separator}Value"] + [f"{2010 + i}{separator}{v}" for i, v in enumerate(values)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def read(path: Path, language: str = "en") -> tuple[list[float], list[str]]:
    with report_language(language):
        result = read_mapped(path, MAPPING)
    return [r.value for r in result.records], result.warnings


def test_a_spanish_export_reads_its_thousands_and_its_decimals(tmp_path):
    values, warnings = read(table(tmp_path / "es.csv", ["194.398", "1415,0", "1.234.567", "2.500,75"]))
    assert values == [194398.0, 1415.0, 1234567.0, 2500.75]
    assert warnings == []                         # '1415,0' says the comma is the decimal mark


def test_an_english_table_still_reads_as_before(tmp_path):
    values, warnings = read(table(tmp_path / "en.csv", ['"1,234"', "12.5", '"1,234,567.25"'], ","))
    assert values == [1234.0, 12.5, 1234567.25] and warnings == []


def test_french_space_grouping_and_comma(tmp_path):
    values, _ = read(table(tmp_path / "fr.csv", ["1 415,5", "1\u00a0234\u202f567", "12,25"]))
    assert values == [1415.5, 1234567.0, 12.25]


def test_cells_that_could_be_read_two_ways_follow_the_file_then_say_how_they_were_read(tmp_path):
    values, [warning] = read(table(tmp_path / "semicolon.csv", ["194.398", "2.500"]))
    assert values == [194398.0, 2500.0]            # a ';' CSV is a decimal-comma export
    assert "'194.398' (row 2) was read as 194398, with ',' as the decimal mark" in warning
    assert "import it again" in warning
    tabbed = table(tmp_path / "tab.csv", ["194.398", "2.500"], "\t")
    assert read(tabbed, "fr")[0] == [194398.0, 2500.0]     # no separator habit: the profile's language
    values, [warning] = read(tabbed, "en")
    assert values == [194.398, 2.5] and "was read as 194.398, with '.' as the decimal mark" in warning


def test_a_column_writing_numbers_both_ways_stops_the_import_naming_both_rows(tmp_path, profile, capsys):
    path = table(tmp_path / "mixed.csv", ["12.5", "7", "1415,0"])
    with pytest.raises(ImportFormatError, match=r"'12\.5' \(row 2\).*'1415,0' \(row 4\)"):
        read(path)
    assert main(["import", str(profile), str(path), "--map", "indicator=immigrant_stock", "year=Year",
                 "value=Value"]) == 1
    assert "writes numbers two ways" in capsys.readouterr().err
    assert stored_at(profile) == set()            # nothing half-read is stored


def test_a_workbook_s_number_cells_are_numbers_whatever_its_text_cells_write(tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Year", "Value"])
    for row in ([2010, 194.398], [2011, "1.234,5"], [2012, 1415], [2013, "2.500"]):
        sheet.append(row)
    path = tmp_path / "book.xlsx"
    book.save(path)
    assert read(path)[0] == [194.398, 1234.5, 1415.0, 2500.0]


def test_the_import_through_the_console_stores_the_spanish_figures(tmp_path, profile, capsys):
    path = table(tmp_path / "permisos.csv", ["194.398", "1415,0"])
    assert main(["import", str(profile), str(path), "--map", "indicator=immigrant_stock", "year=Year",
                 "value=Value", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["added"] == 2
    assert {(f[1], f[3]) for f in stored_at(profile)} == {(2010, 194398.0), (2011, 1415.0)}


@pytest.mark.parametrize("cell, mark", [("1415,0", ","), ("12.5", "."), ("1.234,5", ","), ("1,234.5", "."),
                                        ("1.234.567", ","), ("1,234,567", "."), ("194.398", None), ("1,234", None),
                                        ("0,125", ","), ("1234.567", "."), ("1 234,567", ","), ("42", None),
                                        ("n/a", None), ("-3,5", ",")])
def test_what_one_cell_says(cell, mark):
    assert mark_said(cell) == mark


def _written(value: float, places: int, style: str) -> str:
    english = f"{value:,.{places}f}"
    if style == "en":
        return english
    return english.replace(",", "\0").replace(".", ",").replace("\0", "." if style == "es" else " ")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(values=st.lists(st.decimals(min_value=0, max_value=10**9, places=2, allow_nan=False), min_size=1,
                       max_size=8),
       style=st.sampled_from(["en", "es", "fr"]))
def test_any_column_written_one_way_reads_back(tmp_path_factory, values, style):
    """Each figure written with 2 decimals in one style (a cell that says the mark), the rest as
    the same style writes them: every figure reads back exactly."""
    folder = tmp_path_factory.mktemp("written")
    cells = [_written(float(v), 2 if i == 0 else int(v) % 3, style) for i, v in enumerate(values)]
    separator = "," if style == "en" else ";"
    quoted = [f'"{c}"' for c in cells]
    got, _ = read(table(folder / "t.csv", quoted, separator), style)
    expected = [round(float(v), 2 if i == 0 else int(v) % 3) for i, v in enumerate(values)]
    assert got == pytest.approx(expected, rel=1e-12, abs=1e-9)
