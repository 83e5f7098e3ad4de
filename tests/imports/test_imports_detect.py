"""Recognising files, and sentences for files that cannot be read."""

from __future__ import annotations

import pytest

from realdata import real_file
from mpdesk.imports.detect import detect_reader, import_file
from mpdesk.imports.knomad import read_knomad
from mpdesk.imports.records import ImportFormatError
from mpdesk.imports.undesa import read_undesa
from mpdesk.imports.unhcr import read_unhcr
from mpdesk.imports.worldbank import read_worldbank


@pytest.mark.parametrize("name, reader", [
    ("undesa_pd_2020_ims_stock_by_sex_and_destination.xlsx", read_undesa),
    ("UN_MigrantStockTotal_2015.xlsx", read_undesa),
    ("API_SP.POP.TOTL_DS2_en_csv_v2_900.csv", read_worldbank),
    ("API_BM.TRF.PWKR.CD.DT_DS2_en_csv_v2_3012027.csv", read_worldbank),
    ("API_SM.POP.REFG.OR_DS2_en_excel_v2_5997665.xls", read_worldbank),
    ("population.csv", read_unhcr),
    ("persons_of_concern.csv", read_unhcr),
    ("solutions.csv", read_unhcr),
    ("bilateral_remittance_matrix_2021_0.xlsx", read_knomad),
    ("inward_remittance_flows_december_2023_1.xlsx", read_knomad),
])
def test_real_files_are_recognised(real_dir, name, reader):
    assert detect_reader(real_file(real_dir, name)) is reader


def test_import_file_records_sha256(real_dir):
    result = import_file(real_file(real_dir, "API_SM.POP.NETM_DS2_en_csv_v2_3401672.csv"), "KEN")
    assert result.sha256 == "8f4064bb60e1d22b8fdbf3f8b49f8bfc948d94b3f311c334fc1f0630239cfe4c"
    assert result.source_file.endswith("API_SM.POP.NETM_DS2_en_csv_v2_3401672.csv")


def test_tidy_csv_is_recognised(tmp_path):
    path = tmp_path / "mine.csv"
    path.write_text("indicator,year,sex,age_group,partner,category,value,unit,source,note\n"
                    "net_migration,2020,,,,,-5,persons,me,\n", encoding="utf-8")
    assert import_file(path, "KEN").records[0].value == -5


def test_text_file_renamed_xlsx(tmp_path):
    path = tmp_path / "data.xlsx"
    path.write_text("this is not a workbook\n", encoding="utf-8")
    with pytest.raises(ImportFormatError, match="is damaged or is not really an Excel workbook"):
        import_file(path, "KEN")


def test_empty_file(tmp_path):
    path = tmp_path / "empty.csv"
    path.write_bytes(b"")
    with pytest.raises(ImportFormatError, match="is empty"):
        import_file(path, "KEN")


def test_missing_file(tmp_path):
    with pytest.raises(ImportFormatError, match="does not exist"):
        import_file(tmp_path / "nowhere.csv", "KEN")


def test_folder_instead_of_file(tmp_path):
    with pytest.raises(ImportFormatError, match="is a folder"):
        import_file(tmp_path, "KEN")


def test_csv_with_a_wrong_header(tmp_path):
    path = tmp_path / "other.csv"
    path.write_text("country,year,migrants\nKenya,2020,1\n", encoding="utf-8")
    with pytest.raises(ImportFormatError, match="mpdesk does not recognise this file"):
        import_file(path, "KEN")


def test_real_workbook_of_another_kind(tmp_path):
    import openpyxl

    path = tmp_path / "budget.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["Item", "Amount"])
    wb.save(path)
    with pytest.raises(ImportFormatError, match="does not recognise this file"):
        import_file(path, "KEN")
