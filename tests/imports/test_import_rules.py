"""Importers never invent or lose a number silently (issue 8, point 4).

Every expected figure is read from the file with the csv module or openpyxl directly, never
through an importer. Damaged files are copies in tmp_path; the real files are never touched.
"""

from __future__ import annotations

import csv
import shutil

import pytest

from mpdesk.imports.records import ImportFormatError
from mpdesk.imports.unhcr import read_unhcr
from realdata import figure, real_file

HOSTED = "Refugees under UNHCR's mandate"


def csv_rows(path):
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def write_rows(path, rows):
    with open(path, "w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, quoting=csv.QUOTE_MINIMAL).writerows(rows)


def kenya_hosted_lines(rows, year):
    """1-based line numbers of the rows of refugees hosted by Kenya in ``year`` (asylum = KEN)."""
    header = rows[0]
    col = header.index(HOSTED)
    return [i + 1 for i, r in enumerate(rows) if i and r[0] == str(year) and r[4] == "KEN"
            and r[col] not in ("0", "")], col


def test_a_damaged_cell_is_reported_and_its_total_not_stored(real_dir, tmp_path):
    rows = csv_rows(real_file(real_dir, "population.csv"))
    lines, col = kenya_hosted_lines(rows, 2021)
    expected_total = sum(float(rows[n - 1][col]) for n in lines)
    assert expected_total == 481048  # the figure the issue quotes, from the file itself
    damaged = sorted(lines, key=lambda n: -float(rows[n - 1][col]))[:2]  # the two largest origins
    kept_origin = next(rows[n - 1][2] for n in lines if n not in damaged)
    kept_value = next(float(rows[n - 1][col]) for n in lines if rows[n - 1][2] == kept_origin)
    rows[damaged[0] - 1][col] = "unknown"
    rows[damaged[1] - 1][col] = "280 000"
    copy = tmp_path / "population.csv"
    write_rows(copy, rows)

    result = read_unhcr(copy, "KEN")
    hosted_2021 = [r for r in result.records if r.indicator == "refugees_hosted" and r.year == 2021]
    assert not [r for r in hosted_2021 if not r.partner], "a partial total was stored"
    assert {r.partner for r in hosted_2021} >= {kept_origin}
    assert figure(result.records, "refugees_hosted", 2021, partner=kept_origin) == kept_value
    assert not {rows[n - 1][2] for n in damaged} & {r.partner for r in hosted_2021}
    texts = [i for i in result.issues if i.kind == "not_a_number"]
    assert sorted(i.line for i in texts) == sorted(damaged)
    assert all(i.cell == HOSTED and i.year == 2021 and not i.stored for i in texts)
    assert any("280 000" in i.message and str(damaged[1]) in i.message for i in texts)
    partial = [i for i in result.issues if i.kind == "partial_total"]
    assert [(i.indicator, i.year) for i in partial] == [("refugees_hosted", 2021)]
    assert all(i.message in result.warnings for i in result.issues)
    # Other years are whole.
    lines_2020, _ = kenya_hosted_lines(rows, 2020)
    assert figure(result.records, "refugees_hosted", 2020) == sum(float(rows[n - 1][col]) for n in lines_2020)


def test_the_same_row_twice_is_refused_with_its_line_numbers(real_dir, tmp_path):
    rows = csv_rows(real_file(real_dir, "population.csv"))
    lines, _ = kenya_hosted_lines(rows, 2021)
    repeated = lines[0]
    rows.append(list(rows[repeated - 1]))
    copy = tmp_path / "population.csv"
    write_rows(copy, rows)
    with pytest.raises(ImportFormatError) as refused:
        read_unhcr(copy, "KEN")
    assert f"{repeated} and {len(rows)}" in str(refused.value)


def test_absent_is_absent_and_a_published_zero_stays_zero(real_dir):
    path = real_file(real_dir, "population.csv")
    rows = csv_rows(path)
    idp = rows[0].index("IDPs of concern to UNHCR")
    own = {(r[0], r[2]): r[idp] for r in rows[1:] if r[2] == r[4]}
    mexico = read_unhcr(path, "MEX")
    for year in (2019, 2020, 2021):
        assert (str(year), "MEX") not in own  # UNHCR gives no IDP figure for Mexico these years
        assert not [r for r in mexico.records if r.indicator == "idps" and r.year == year]
    assert own[("2017", "ERI")] == "0"  # Eritrea's own row: 0 IDPs of concern to UNHCR for 2017
    eritrea = read_unhcr(path, "ERI")
    # UNHCR not counting IDPs there is no figure of none (the reader says so, see test_imports_unhcr) ...
    assert not [r for r in eritrea.records if r.indicator == "idps"]
    assert [i for i in eritrea.issues if i.indicator == "idps" and not i.stored]
    # ... but a published 0 of another measure stays a 0
    asylum = rows[0].index("Asylum-seekers")
    assert {r[asylum] for r in rows[1:] if r[0] == "2017" and r[4] == "ERI"} == {"0"}
    assert figure(eritrea.records, "asylum_seekers_hosted", 2017) == 0


def test_solutions_export_imports_germany_and_the_philippines(real_dir):
    path = real_file(real_dir, "solutions.csv")
    rows = csv_rows(path)
    start = next(i for i, r in enumerate(rows) if r and r[0] == "Year")
    header, data = rows[start], rows[start + 1:]
    resettled, returned_idps = header.index("Resettlement arrivals"), header.index("Returned IDPss")
    germany = read_unhcr(path, "DEU")
    expected = sum(int(r[resettled]) for r in data if r[0] == "2016" and r[4] == "DEU" and r[resettled] != "-")
    assert expected > 0
    assert figure(germany.records, "resettlement_arrivals", 2016) == expected
    philippines = read_unhcr(path, "PHL")
    own = next(r for r in data if r[0] == "2015" and r[2] == r[4] == "PHL")
    assert figure(philippines.records, "idp_returns", 2015) == int(own[returned_idps])


def test_text_in_a_wdi_cell_is_reported_by_line_and_year(real_dir, tmp_path):
    from mpdesk.imports.worldbank import read_worldbank

    rows = csv_rows(real_file(real_dir, "API_SP.POP.TOTL_DS2_en_csv_v2_900.csv"))
    header_at = next(i for i, r in enumerate(rows) if "Country Code" in r)
    line = next(i for i, r in enumerate(rows) if len(r) > 1 and r[1] == "KEN") + 1
    year_col = rows[header_at].index("2019")
    rows[line - 1][year_col] = "51.202.827"
    copy = tmp_path / "API_SP.POP.TOTL_damaged.csv"
    write_rows(copy, rows)
    result = read_worldbank(copy, "KEN")
    assert not [r for r in result.records if r.year == 2019]
    assert figure(result.records, "population_total", 2018) == float(rows[line - 1][year_col - 1])
    [issue] = result.issues
    assert (issue.kind, issue.line, issue.cell, issue.year) == ("not_a_number", line, "2019", 2019)
    assert "51.202.827" in issue.message and copy.name in issue.message


def test_text_in_a_un_desa_cell_is_reported_by_sheet_and_cell(real_dir, tmp_path):
    import openpyxl

    from mpdesk.imports.undesa import read_undesa

    source = real_file(real_dir, "undesa_pd_2020_ims_stock_by_sex_and_destination.xlsx")
    copy = tmp_path / "ims_damaged.xlsx"
    shutil.copy(source, copy)
    book = openpyxl.load_workbook(copy)
    sheet = book["Table 1"]
    row = next(r for r in sheet.iter_rows(min_row=12) if r[3].value == 404)  # Kenya's M49 code
    year_cell = next(c for c in sheet[11] if c.value == 2015)
    target = sheet.cell(row=row[0].row, column=year_cell.column)
    original = target.value
    target.value = "n/a"
    book.save(copy)
    result = read_undesa(copy, "KEN")
    stock_2015 = [r for r in result.records if r.indicator == "immigrant_stock" and r.year == 2015]
    assert {r.sex for r in stock_2015} == {"male", "female"}  # both sexes' cell was damaged
    assert original > 0
    [issue] = [i for i in result.issues if i.kind == "not_a_number"]
    assert (issue.sheet, issue.cell, issue.year) == ("Table 1", target.coordinate, 2015)


def test_wdi_net_migration_after_the_wpp_revision_are_projections(real_dir):
    from mpdesk.imports.worldbank import read_worldbank

    data = real_file(real_dir, "API_SM.POP.NETM_DS2_en_csv_v2_3401672.csv")
    meta = csv_rows(real_file(real_dir, "Metadata_Indicator_API_SM.POP.NETM_DS2_en_csv_v2_3401672.csv"))
    assert "World Population Prospects: 2022 Revision" in meta[1][3]
    result = read_worldbank(data, "KEN")
    status = {r.year: r.status for r in result.records}
    assert status[2021] == "" and status[2022] == "projection"
    assert all(s == "projection" for y, s in status.items() if y >= 2022)
