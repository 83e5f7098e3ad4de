"""The workbook as it prints and as other programs read it: print set-up, named fonts, file
properties, module sheets pandas reads with the first row as header, sheet names."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

openpyxl = pytest.importorskip("openpyxl")
pd = pytest.importorskip("pandas")

from mpdesk.export.excel import export_xlsx  # noqa: E402
from mpdesk.export.excel.sheets import sheet_name  # noqa: E402
from mpdesk.export.options import ExportOptions  # noqa: E402

MODULES = ("A.2 Immigration", "B.2 Economic development")


def export(ws, tmp_path: Path, **options) -> Path:
    path = tmp_path / "profile.xlsx"
    export_xlsx(ws, ExportOptions(**options), path)
    return path


@pytest.fixture
def workbook(sample_ws, tmp_path):
    path = export(sample_ws, tmp_path)
    return path, openpyxl.load_workbook(path)


def test_every_sheet_prints_on_a4_fitted_to_the_page_width(workbook):
    _, book = workbook
    for sheet in book:
        setup = sheet.page_setup
        assert sheet.sheet_properties.pageSetUpPr.fitToPage, sheet.title
        # fitToWidth 1 is the file format's default, which a writer may leave out
        assert (str(setup.paperSize), setup.fitToWidth or 1) == ("9", 1), sheet.title
        assert setup.fitToHeight in (0, 1, None), sheet.title   # None: the default, 1 page down
        assert sheet.oddHeader.center.text and "&P" in sheet.oddFooter.right.text, sheet.title
    assert book["Data"].page_setup.orientation == "landscape"
    assert book["A.2 Immigration"].page_setup.orientation == "landscape"
    assert book["About"].page_setup.orientation == "portrait"


def test_table_sheets_repeat_their_header_row_on_every_printed_page(workbook):
    _, book = workbook
    assert book["A.2 Immigration"].print_title_rows.replace("$", "") == "1:1"
    data = book["Data"]
    top = int("".join(ch for ch in data.auto_filter.ref.split(":")[0] if ch.isdigit()))
    assert data.print_title_rows.replace("$", "") == f"{top}:{top}"


def test_every_font_of_the_workbook_is_named(workbook):
    path, book = workbook
    with zipfile.ZipFile(path) as archive:
        styles = archive.read("xl/styles.xml").decode()
    fonts = styles.split("<fonts", 1)[1].split("</fonts>", 1)[0]
    assert fonts.count("<font>") + fonts.count("<font ") == fonts.count("<name ")
    for sheet in (book["Contents"], book["A.2 Immigration"], book["At a glance"]):
        for row in sheet.iter_rows(max_row=6):
            for cell in row:
                if cell.value is not None:
                    assert cell.font.name == "Arial", (sheet.title, cell.coordinate, cell.font.name)


def test_file_properties_come_from_the_profile(workbook):
    _, book = workbook
    assert book.properties.title == "Migration Profile of Kenya 2020"
    assert book.properties.creator == "State Department for Immigration and Citizen Services"
    assert "Kenya" in book.properties.subject


@pytest.mark.parametrize("draft", [False, True], ids=["final", "draft"])
def test_pandas_reads_module_sheets_with_the_first_row_as_header(sample_ws, tmp_path, draft):
    path = export(sample_ws, tmp_path, draft=draft)
    for name in MODULES:
        frame = pd.read_excel(path, sheet_name=name)
        assert list(frame.columns[:2]) == ["Indicator", "Disaggregation"], name
        assert frame["Indicator"].notna().all(), name   # no title or chart rows below the table
        years = [c for c in frame.columns if str(c).isdigit()]
        assert years and all(pd.api.types.is_numeric_dtype(frame[y]) for y in years), name
    immigration = pd.read_excel(path, sheet_name="A.2 Immigration")
    total = immigration[(immigration["Indicator"] == "Immigrant stock") & (immigration["Disaggregation"] == "Total")]
    assert total[2020].iloc[0] == 1050147   # year headers are numbers
    assert str(immigration["Notes"].iloc[0]).startswith("DRAFT — not for citation") == draft


def test_sheet_names_are_unique_and_cut_at_a_word():
    long = "A.3 Emigration and diaspora of highly skilled workers"
    name = sheet_name(long, [])
    assert len(name) <= 31 and long.startswith(name) and long[len(name)] == " "
    again = sheet_name(long, [name])
    assert len(again) <= 31 and again.endswith(" (2)") and again != name
    assert long.startswith(again[:-4]) and long[len(again) - 4] == " "
    assert sheet_name("Data: [2020]/*?", []) == "Data 2020"
