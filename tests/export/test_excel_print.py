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


LEGIBLE = 0.65   # 10 pt text printed smaller than 6.5 pt is hard to read


def page_pixels(sheet) -> float:
    """The printable width of the sheet's A4 page between its margins, in pixels at 96 dpi."""
    across = 297 if sheet.page_setup.orientation == "landscape" else 210
    return (across / 25.4 - sheet.page_margins.left - sheet.page_margins.right) * 96


def printed_pixels(sheet) -> float:
    """The sheet's shown columns, side by side, in pixels (openpyxl groups equal columns; a column
    of width w, Arial 10 and its 7-pixel digit, takes 7w + 5 pixels: what Excel's own print uses)."""
    widths = {c: 8.43 for c in range(1, sheet.max_column + 1)}
    for dim in sheet.column_dimensions.values():
        for column in range(dim.min or 1, (dim.max or dim.min or 1) + 1):
            if column in widths and dim.hidden:
                del widths[column]
            elif column in widths and dim.width:
                widths[column] = dim.width
    return sum(7 * w + 5 for w in widths.values())


def test_every_sheet_prints_on_a4_one_page_across_at_a_legible_size(workbook):
    """Every sheet but Data is fitted to one page across (as many down as needed) and that keeps
    its text at 65 % or more; Data, thirty-odd years wide, prints at a legible scale on several
    pages across, its indicator's name on each."""
    _, book = workbook
    for sheet in book:
        setup = sheet.page_setup
        assert str(setup.paperSize) == "9", sheet.title
        assert sheet.oddHeader.center.text and "&P" in sheet.oddFooter.right.text, sheet.title
        if not sheet.title.endswith("charts"):   # its own columns: a spilling text neither adds nor shrinks a page
            last = openpyxl.utils.get_column_letter(sheet.max_column)
            assert sheet.print_area.split("!")[1].replace("$", "").split(":")[1].rstrip("0123456789") == last
        if sheet.title.endswith("charts"):   # charts and their data on one page, none cut in two
            assert sheet.sheet_properties.pageSetUpPr.fitToPage and setup.fitToHeight in (1, None), sheet.title   # None: the default, 1
        elif sheet.title != "Data":
            assert sheet.sheet_properties.pageSetUpPr.fitToPage, sheet.title
            # fitToWidth 1 is the file format's default, which a writer may leave out
            assert (setup.fitToWidth or 1) == 1 and setup.fitToHeight == 0, sheet.title
            assert page_pixels(sheet) / printed_pixels(sheet) >= LEGIBLE, sheet.title
            portrait = (210 / 25.4 - sheet.page_margins.left - sheet.page_margins.right) * 96
            assert (setup.orientation == "portrait") == (printed_pixels(sheet) <= portrait), sheet.title   # landscape when wide
        else:
            assert not sheet.sheet_properties.pageSetUpPr.fitToPage
            assert setup.orientation == "landscape" and int(setup.scale) >= LEGIBLE * 100, sheet.title
            assert sheet.print_title_cols and sheet.print_title_rows, sheet.title
    assert book["Data"].page_setup.orientation == "landscape"
    assert book["A.2 Immigration"].page_setup.orientation == "landscape"
    assert book["About"].page_setup.orientation == "portrait"
    assert book["Contents"].page_setup.orientation == "portrait"   # narrow: one portrait page across


def test_a_wide_module_sheet_prints_one_page_across_its_texts_wrapped(workbook):
    """A.1's 8 printed years, its long source and notes: at their full widths they were wider
    than a landscape page (it printed on pages across, a row's source away from its figures);
    the texts now wrap within narrower columns and the sheet fits one page across."""
    _, book = workbook
    sheet = book["A.1 Context and key drivers"]
    header = [c.value for c in sheet[1]]
    years = [v for v in header if isinstance(v, int)]
    assert len(years) == 8   # the years the report's table prints
    setup = sheet.page_setup
    assert sheet.sheet_properties.pageSetUpPr.fitToPage and setup.fitToHeight == 0
    assert setup.orientation == "landscape"
    assert page_pixels(sheet) / printed_pixels(sheet) >= LEGIBLE
    assert header[:3] == ["Indicator", "Disaggregation", "Unit"]
    assert sheet.print_title_rows.replace("$", "") == "1:1"
    key = openpyxl.utils.get_column_letter(header.index("Indicator key") + 1)
    assert sheet.column_dimensions[key].hidden   # for pandas and filters; the name beside it says the same
    source = sheet.cell(2, header.index("Source") + 1)
    assert source.alignment.wrap_text and len(source.value) > sheet.column_dimensions[source.column_letter].width
    # the table's own columns are the print area: a long note spilling on is no extra page
    last = openpyxl.utils.get_column_letter(sheet.max_column)
    assert sheet.print_area.split("!")[1].replace("$", "") == f"A1:{last}{sheet.max_row}"


def test_the_data_sheet_prints_its_years_on_pages_across_beside_the_indicator(workbook):
    _, book = workbook
    sheet = book["Data"]
    setup = sheet.page_setup
    assert page_pixels(sheet) / printed_pixels(sheet) < LEGIBLE   # fitted, its text would be illegible
    assert sheet.print_title_cols.replace("$", "") == "A:B"   # A, the key, is hidden: the name prints
    assert sheet.column_dimensions["A"].hidden
    assert setup.pageOrder == "overThenDown"   # a row's later years on the next page, not after all rows


def test_at_a_glance_wraps_long_sources_within_their_column(workbook):
    """'World Bank WDI SP.POP.TOTL (2024-12-16)' was cut by the next column."""
    _, book = workbook
    sheet = book["At a glance"]
    header = next(r[0].row for r in sheet.iter_rows() if r[0].value == "Indicator")
    column = [c.value for c in sheet[header]].index("Source") + 1
    letter = openpyxl.utils.get_column_letter(column)
    width = sheet.column_dimensions[letter].width
    assert width >= 40
    sources = [sheet.cell(r, column) for r in range(header + 1, sheet.max_row + 1) if sheet.cell(r, column).value]
    assert len(sources) > 5 and all(cell.alignment.wrap_text for cell in sources)
    long = [cell for cell in sources if len(cell.value) > 1.3 * width]   # more than one line, whatever the font
    assert long
    for cell in long:   # the row is as tall as its lines (no program sizes it on opening)
        height = sheet.row_dimensions[cell.row].height
        assert height and height >= 2 * 12, (cell.value, height)
        assert sheet.cell(cell.row, 1).alignment.vertical == "top"   # the row's other cells beside its first line


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
    assert {prop.name: prop.value for prop in book.custom_doc_props.props}["Language"] == "en"   # the profile's


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
    assert not immigration["Notes"].astype(str).str.contains("DRAFT").any()   # the notes are the figures' own
    assert "DRAFT — not for citation" not in frame.columns   # the mark is in the printed header, not a column


def test_sheet_names_are_unique_and_cut_at_a_word():
    long = "A.3 Emigration and diaspora of highly skilled workers"
    name = sheet_name(long, [])
    assert len(name) <= 31 and long.startswith(name) and long[len(name)] == " "
    again = sheet_name(long, [name])
    assert len(again) <= 31 and again.endswith(" (2)") and again != name
    assert long.startswith(again[:-4]) and long[len(again) - 4] == " "
    assert sheet_name("Data: [2020]/*?", []) == "Data 2020"


def test_module_sheets_wrap_their_sources_and_notes_rather_than_cut_them(workbook):
    _, book = workbook
    sheet = book["A.2 Immigration"]
    headers = [c.value for c in sheet[1]]
    for name in ("Source", "Notes"):
        column = headers.index(name) + 1
        width = sheet.column_dimensions[openpyxl.utils.get_column_letter(column)].width
        cells = [sheet.cell(r, column) for r in range(2, sheet.max_row + 1) if sheet.cell(r, column).value]
        assert cells and all(cell.alignment.wrap_text for cell in cells), name
        long = [cell for cell in cells if len(cell.value) > 1.3 * width]
        assert long, name   # the sample has sources and notes longer than their column
        assert all((sheet.row_dimensions[cell.row].height or 0) >= 24 for cell in long), name


def test_the_about_note_wraps_within_the_page_instead_of_shrinking_it(workbook):
    _, book = workbook
    sheet = book["About"]
    note = next(c for row in sheet.iter_rows() for c in row if str(c.value).startswith("Figures are stored"))
    assert note.alignment.wrap_text and sheet.row_dimensions[note.row].height >= 24
    width = sheet.column_dimensions[note.column_letter].width
    assert len(note.value) > 2 * width   # several lines: spilling across, it had shrunk the page to fit
