"""Every published reader says where each figure was read; opening that place independently gives the figure.

The place is read with openpyxl (not read-only), xlrd or the csv module, never with the readers.
"""

from __future__ import annotations

import csv

import openpyxl
import pytest
import xlrd

from mpdesk.imports.detect import import_file
from mpdesk.imports.records import compact_lines
from mpdesk.services.import_log import parse_place
from realdata import real_file

# (file, country, [(indicator, year, sex, partner)], scale from the published cell to the stored figure)
WORKBOOKS = [
    ("undesa_pd_2020_ims_stock_by_sex_and_destination.xlsx", "KEN",
     [("immigrant_stock", 2020, "", ""), ("immigrant_stock", 1990, "female", ""), ("refugees_hosted", 2015, "", "")], 1),
    ("undesa_pd_2020_ims_stock_by_sex_and_destination.xlsx", "KEN", [("population_total", 2010, "male", "")], 1000),
    ("UN_MigrantStockTotal_2015.xlsx", "PHL", [("immigrant_stock", 2015, "", ""), ("immigrant_stock", 2000, "male", "")], 1),
    ("bilateral_migration_matrix_2021_latest.xlsx", "KEN", [("immigrant_stock", 2020, "", "UGA"),
                                                           ("emigrant_stock", 2020, "", "GBR"),
                                                           ("immigrant_stock", 2020, "", "")], 1),
    ("bilateral_remittance_matrix_2021_0.xlsx", "PHL", [("remittance_inflows", 2021, "", "USA"),
                                                       ("remittance_outflows", 2021, "", "")], 1),
    ("inward_remittance_flows_december_2023_1.xlsx", "KEN", [("remittance_inflows", 2010, "", ""),
                                                            ("remittance_inflows", 2023, "", "")], 1),
]


def _record(result, indicator: str, year: int, sex: str, partner: str):
    found = [r for r in result.records if (r.indicator, r.year, r.sex, r.partner) == (indicator, year, sex, partner)]
    assert len(found) == 1, (indicator, year, sex, partner, found)
    return found[0]


@pytest.mark.parametrize("name, country, cells, scale", WORKBOOKS)
def test_workbook_figures_name_their_cell(real_dir, name, country, cells, scale):
    path = real_file(real_dir, name)
    result = import_file(path, country)
    book = openpyxl.load_workbook(path, data_only=True)  # not read-only: a different code path
    for indicator, year, sex, partner in cells:
        record = _record(result, indicator, year, sex, partner)
        sheet, cell, lines, _ = parse_place(record.where)
        assert sheet and cell and not lines, record.where
        published = book[sheet][cell].value
        assert isinstance(published, (int, float)), (record.where, published)
        assert record.value == pytest.approx(published * scale, abs=0.5), record.where


def test_every_published_figure_has_a_place(real_dir):
    for name, country in [("UN_MigrantStockTotal_2015.xlsx", "KEN"), ("API_SP.POP.TOTL_DS2_en_csv_v2_900.csv", "KEN"),
                          ("API_BX.TRF.PWKR.CD.DT_DS2_en_excel_v2_6000901.xls", "PHL"), ("population.csv", "KEN"),
                          ("solutions.csv", "DEU"), ("bilateral_remittance_matrix_2021_0.xlsx", "KEN")]:
        result = import_file(real_file(real_dir, name), country)
        assert result.records and all(r.where for r in result.records), name


def _csv_rows(path) -> list[list[str]]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


@pytest.mark.parametrize("name, country, year", [("API_SP.POP.TOTL_DS2_en_csv_v2_900.csv", "KEN", 2021),
                                                 ("API_BX.TRF.PWKR.CD.DT_DS2_en_csv_v2_38454.csv", "PHL", 2022)])
def test_wdi_csv_figures_name_their_line_and_column(real_dir, name, country, year):
    path = real_file(real_dir, name)
    result = import_file(path, country)
    record = next(r for r in result.records if r.year == year)
    _, _, lines, column = parse_place(record.where)
    rows = _csv_rows(path)
    header = next(r for r in rows if "Country Code" in r)
    row = rows[int(lines) - 1]
    assert row[1] == country and column == str(year)
    divisor = 1e6 if record.unit == "usd_million" else 1
    assert record.value == pytest.approx(float(row[header.index(column)]) / divisor)


def test_wdi_xls_figures_name_their_cell(real_dir):
    path = real_file(real_dir, "API_BX.TRF.PWKR.CD.DT_DS2_en_excel_v2_6000901.xls")
    result = import_file(path, "PHL")
    record = next(r for r in result.records if r.year == 2020)
    sheet_name, cell, _, _ = parse_place(record.where)
    sheet = xlrd.open_workbook(str(path)).sheet_by_name(sheet_name)
    row, col = openpyxl.utils.cell.coordinate_to_tuple(cell)
    assert sheet.cell_value(row - 1, 1) == "PHL"
    assert record.value == pytest.approx(sheet.cell_value(row - 1, col - 1) / 1e6)


def _lines(text: str) -> list[int]:
    found: list[int] = []
    for part in text.split(","):
        first, _, last = part.partition("-")
        found += range(int(first), int(last or first) + 1)
    return found


@pytest.mark.parametrize("name, country, indicator, year, partner", [
    ("population.csv", "KEN", "refugees_hosted", 2021, ""),        # a total: several lines added up
    ("population.csv", "KEN", "refugees_hosted", 2021, "SOM"),
    ("persons_of_concern.csv", "KEN", "refugees_from_country", 2020, ""),
    ("solutions.csv", "DEU", "resettlement_arrivals", 2019, ""),
])
def test_unhcr_figures_name_the_lines_they_add_up(real_dir, name, country, indicator, year, partner):
    path = real_file(real_dir, name)
    result = import_file(path, country)
    record = _record(result, indicator, year, "", partner)
    _, _, lines, column = parse_place(record.where)
    rows = _csv_rows(path)
    header = next(r for r in rows if r and r[0].strip().lower() == "year")
    col = header.index(column)
    numbers = _lines(lines)
    assert all(rows[n - 1][0] == str(year) for n in numbers)
    total = sum(float(rows[n - 1][col]) for n in numbers if rows[n - 1][col].strip() not in ("", "-"))
    assert record.value == total
    if not partner:
        assert len(numbers) > 1


def test_compact_lines():
    assert compact_lines([9, 1, 2, 4, 5, 6]) == "1-2,4-6,9"
    assert _lines(compact_lines([3, 7, 8])) == [3, 7, 8]


def test_a_mapped_spreadsheet_names_the_cell_of_each_figure(tmp_path):
    from mpdesk.imports.mapped import ColumnMapping, read_mapped

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Permis 2021"
    sheet.append(["Permits issued by the labour ministry"])
    sheet.append(["Year", "Sex", "Permits"])
    sheet.append([2020, "female", 1200])
    sheet.append([2021, "male", 1350])
    path = tmp_path / "permits.xlsx"
    book.save(path)
    result = read_mapped(path, ColumnMapping("immigrant_stock", "Year", "Permits", sex="Sex"))
    opened = openpyxl.load_workbook(path)
    for record in result.records:
        sheet_name, cell, _, _ = parse_place(record.where)
        assert opened[sheet_name][cell].value == record.value
    assert {r.where for r in result.records} == {"Permis 2021!C3", "Permis 2021!C4"}
    text = tmp_path / "permits.csv"
    text.write_text("Year;Sex;Permits\n2020;female;1200\n2021;male;1350\n", encoding="utf-8")
    result = read_mapped(text, ColumnMapping("immigrant_stock", "Year", "Permits", sex="Sex"))
    assert [parse_place(r.where)[2:] for r in result.records] == [("2", "Permits"), ("3", "Permits")]
