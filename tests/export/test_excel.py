"""The Excel workbook, read back with openpyxl as an analyst's spreadsheet would see it."""

from __future__ import annotations

import errno
import zipfile
from pathlib import Path

import pytest

openpyxl = pytest.importorskip("openpyxl")

from mpdesk.charts.model import PALETTE, SEX_COLOURS, ChartDescription, Series  # noqa: E402
from mpdesk.export.excel import export_xlsx  # noqa: E402
from mpdesk.export.options import ExportCancelled, ExportError, ExportOptions  # noqa: E402

KEY_COLUMN, FIRST_YEAR_COLUMN = 1, 13   # the series' 12 words, then one column per year


def export(ws, tmp_path: Path, **options) -> Path:
    path = tmp_path / "profile.xlsx"
    export_xlsx(ws, ExportOptions(**options), path)
    return path


def data_rows(book) -> list[tuple]:
    sheet = book["Data"]
    header = _header_row(sheet)
    return [tuple(c for c in row) for row in sheet.iter_rows(min_row=header + 1)]


def data_figures(book) -> list[tuple[tuple, int, object]]:
    """Each value cell of the Data sheet as (its row's cells, the year of its column, the cell)."""
    sheet = book["Data"]
    years = [c.value for c in sheet[_header_row(sheet)]][FIRST_YEAR_COLUMN - 1:]
    return [(row, year, cell) for row in data_rows(book)
            for year, cell in zip(years, row[FIRST_YEAR_COLUMN - 1:]) if cell.value is not None]


def fill(properties) -> str:
    """A shape's solid fill colour as 'RRGGBB' (openpyxl keeps it as text or as an RGB object)."""
    colour = properties.solidFill.srgbClr
    return str(getattr(colour, "val", colour))


def _header_row(sheet) -> int:
    return next(r[0].row for r in sheet.iter_rows() if r[0].value == "Indicator key")


def test_value_cells_are_numbers_equal_to_the_profile(sample_ws, tmp_path):
    from mpdesk.services.figures import stored_figures

    book = openpyxl.load_workbook(export(sample_ws, tmp_path))
    sexes = {None: "", "Female": "female", "Male": "male"}   # the words the English sheet shows
    cells = {(r[0].value, year, sexes[r[2].value], r[3].value or "", r[4].value or "", r[5].value or "",
              r[7].value): cell for r, year, cell in data_figures(book)}
    checked = 0
    for v in stored_figures(sample_ws, ["immigrant_stock", "refugees_hosted", "remittance_inflows"]):
        cell = cells[(v.indicator, v.year, v.sex, v.age_group, v.partner, v.category, v.source)]
        assert cell.data_type == "n" and cell.value == pytest.approx(v.value)
        checked += 1
    assert checked > 10
    kenya_2020 = [c for k, c in cells.items() if k[:6] == ("immigrant_stock", 2020, "", "", "", "")]
    assert any(c.value == 1050147 for c in kenya_2020)


def test_number_formats_follow_the_unit(sample_ws, tmp_path):
    book = openpyxl.load_workbook(export(sample_ws, tmp_path))
    formats = {}
    for row, _, value in data_figures(book):
        if value.value and abs(value.value) < 0.05:   # shows its own decimals, not '0.0' (test_small_figures)
            assert value.number_format.startswith("#,##0.00"), (value.value, value.number_format)
            continue
        formats.setdefault(row[6].value, set()).add(value.number_format)
    assert formats["persons"] == {"#,##0"}
    assert formats["%"] == {"#,##0.0"}
    assert formats["US$ million"] == {"#,##0.0"}  # the unit as a reader reads it, not 'usd_million'
    assert "usd_million" not in formats
    glance = book["At a glance"]
    latest = {r[0].value: r[1] for r in glance.iter_rows() if isinstance(r[1].value, (int, float))}
    assert latest["Immigrant stock"].number_format == "#,##0"
    assert isinstance(latest["Immigrant stock"].value, (int, float))


def test_module_sheet_is_a_wide_table_of_numbers_with_frozen_header(sample_ws, tmp_path):
    book = openpyxl.load_workbook(export(sample_ws, tmp_path))
    sheet = book["B.2 Economic development"]
    header = next(r for r in sheet.iter_rows() if r[0].value == "Indicator")
    assert [c.value for c in header[:3]] == ["Indicator", "Disaggregation", "Unit"]   # what a figure is, first
    years = [c.value for c in header[3:] if str(c.value).isdigit()]
    assert years == sorted(years) and len(years) > 5
    assert sheet.freeze_panes == f"D{header[0].row + 1}"
    assert all(c.font.b for c in header if c.value)
    numbers = [c for row in sheet.iter_rows(min_row=header[0].row + 1, max_row=header[0].row + 3)
               for c in row[3:3 + len(years)] if c.value is not None]
    assert numbers and all(c.data_type == "n" for c in numbers)


def test_every_tidy_table_has_a_frozen_bold_header_and_a_filter(sample_ws, tmp_path):
    book = openpyxl.load_workbook(export(sample_ws, tmp_path))
    for name in ("Data", "Sources", "Data gaps", "Indicator definitions"):
        sheet = book[name]
        assert sheet.auto_filter.ref, name
        top = int("".join(ch for ch in sheet.auto_filter.ref.split(":")[0] if ch.isdigit()))
        first = "C" if name == "Data" else "A"   # Data: the key and name stay in view beside the years
        assert sheet.freeze_panes == f"{first}{top + 1}", name
        assert sheet.cell(top, 1).font.b, name
    assert book.sheetnames[0] == "Contents"
    assert {"At a glance", "A.2 Immigration", "About"} <= set(book.sheetnames)


def test_contents_links_to_every_sheet(sample_ws, tmp_path):
    book = openpyxl.load_workbook(export(sample_ws, tmp_path))
    links = {c.value: c.hyperlink.location for row in book["Contents"].iter_rows() for c in row if c.hyperlink}
    assert set(links) == set(book.sheetnames) - {"Contents"}
    assert links["A.2 Immigration"] == "'A.2 Immigration'!A1"


def test_formula_like_text_stays_text(sample_ws, tmp_path):
    from mpdesk.services.profile import update_profile
    from mpdesk.services.registers import add_item
    from mpdesk.services.keys import CellKey
    from mpdesk.services.values import set_value

    hostile = ['=HYPERLINK("http://x")', "+254 700", "@home", "-5", "=1+1"]
    add_item(sample_ws, "source", name=hostile[0], institution=hostile[1], notes=hostile[2])
    add_item(sample_ws, "gap", description=hostile[3], action=hostile[4], section_key="A.2")
    update_profile(sample_ws, lead_agency="@home\x07")  # a control character pasted from elsewhere
    set_value(sample_ws, CellKey("immigrant_stock", 2019), 1000, source=hostile[0], note=hostile[4])
    path = export(sample_ws, tmp_path)
    book = openpyxl.load_workbook(path)
    found = {c.value: c for sheet in book for row in sheet.iter_rows() for c in row if c.value in hostile}
    assert set(found) == set(hostile)
    assert all(c.data_type == "s" for c in found.values())
    assert all(c.quotePrefix for c in found.values())
    about = {r[0].value: r[1].value for r in book["About"].iter_rows() if r[0].value}
    assert about["Lead agency"] == "@home"
    with zipfile.ZipFile(path) as archive:
        sheets = [n for n in archive.namelist() if n.startswith("xl/worksheets/sheet")]
        assert not any(b"<f>" in archive.read(n) for n in sheets)


def test_draft_and_final_are_marked(sample_ws, tmp_path):
    draft = openpyxl.load_workbook(export(sample_ws, tmp_path, draft=True))
    about = {r[0].value: r[1].value for r in draft["About"].iter_rows() if r[0].value}
    assert about["Status"] == "Draft"
    for sheet in draft:   # module sheets start with their table's header, Notes last; the mark is in the print header
        if sheet["A1"].value == "Indicator":
            header = [c.value for c in sheet[1]]
            assert header[-1] == "Notes", sheet.title    # no mark read as a column after the Notes
            assert not any("DRAFT" in str(c.value) for row in sheet.iter_rows() for c in row), sheet.title
            assert "DRAFT" in sheet.oddHeader.center.text
        else:   # in view: B1 where A holds a hidden machine key (Data, Indicator definitions)
            first = "B1" if sheet.column_dimensions["A"].hidden else "A1"
            assert sheet[first].value == "DRAFT — not for citation", sheet.title
    final = openpyxl.load_workbook(export(sample_ws, tmp_path, draft=False))
    about = {r[0].value: r[1].value for r in final["About"].iter_rows() if r[0].value}
    assert about["Status"] == "Final"
    assert not any("DRAFT" in str(sheet["A1"].value) or "DRAFT" in str(sheet["B1"].value) for sheet in final)


def test_module_sheets_carry_native_charts_in_the_palette(sample_ws, tmp_path):
    book = openpyxl.load_workbook(export(sample_ws, tmp_path))
    sheet = book["A.2 charts"]   # the charts and their data have a sheet (and a print area) of their own
    assert sheet._charts
    colours = {fill(s.graphicalProperties) for c in sheet._charts for s in c.series
               if s.graphicalProperties is not None and s.graphicalProperties.solidFill is not None}
    assert PALETTE[0].lstrip("#") in colours


def test_only_the_chosen_modules_get_sheets(sample_ws, tmp_path):
    book = openpyxl.load_workbook(export(sample_ws, tmp_path, modules=["A.2"]))
    assert "A.2 Immigration" in book.sheetnames
    assert "B.2 Economic development" not in book.sheetnames


def _chart(kind: str, series: tuple[Series, ...], categories=("0-14", "15-64", "65+")) -> ChartDescription:
    return ChartDescription(key="c", kind=kind, title="Immigrants by age", categories=categories, series=series,
                            x_label="Age group", y_label="Persons", unit="persons", decimals=0)


def _written_chart(tmp_path: Path, chart: ChartDescription):
    """``chart`` as the workbook writes it (data block and native chart), read back with openpyxl."""
    from mpdesk.export.excel.cells import BookPlan
    from mpdesk.export.excel.charts import place_charts
    from mpdesk.export.excel.writer import write_book

    book = BookPlan()
    sheet = book.create_sheet("Charts")
    place_charts(sheet, [chart], 1, "H", 1)
    write_book(book, tmp_path / "chart.xlsx", tmp_path)
    read = openpyxl.load_workbook(tmp_path / "chart.xlsx")["Charts"]
    return read, read._charts[0]


def test_pyramid_is_a_stacked_horizontal_bar_with_men_to_the_left(tmp_path):
    chart = _chart("pyramid", (Series("Male", (10.0, 50.0, 5.0), SEX_COLOURS["male"]),
                               Series("Female", (12.0, 48.0, 7.0), SEX_COLOURS["female"])))
    sheet, native = _written_chart(tmp_path, chart)
    assert [sheet.cell(r, 2).value for r in range(3, 6)] == [-10.0, -50.0, -5.0]
    assert sheet.cell(3, 2).number_format == "#,##0;#,##0"  # shown without the minus sign
    assert native.type == "bar" and native.grouping == "stacked" and native.overlap == 100
    assert native.y_axis.number_format.formatCode == "#,##0;#,##0"
    fills = [fill(s.graphicalProperties) for s in native.series]
    assert fills == [SEX_COLOURS["male"].lstrip("#"), SEX_COLOURS["female"].lstrip("#")]


def test_donut_slices_take_the_palette_colours(tmp_path):
    chart = _chart("donut", (Series("Permits, 2020", (5.0, 3.0, 1.0)),), ("Work", "Study", "Family"))
    _, native = _written_chart(tmp_path, chart)
    points = native.series[0].dPt
    assert [fill(p.graphicalProperties) for p in points] == [c.lstrip("#") for c in PALETTE[:3]]


def test_years_are_spaced_as_time_on_an_xy_axis(tmp_path):
    """1995, 2020 and 2021: the chart's x values are the years as numbers on a value axis, so the
    gap from 1995 to 2020 is 25 times the gap from 2020 to 2021 (not three equal steps)."""
    chart = ChartDescription(key="c", kind="line", title="Immigrant stock", categories=("1995", "2020", "2021"),
                             series=(Series("Total", (1.0, 2.0, 3.0), PALETTE[0]),), x_label="Year",
                             y_label="Persons", unit="persons", x_values=(1995.0, 2020.0, 2021.0))
    sheet, native = _written_chart(tmp_path, chart)
    assert native.tagname == "scatterChart"
    # 1996: the row without a figure that breaks the line, as the PDF breaks it (charts.runs.break_years)
    assert [sheet.cell(r, 1).value for r in range(3, 7)] == [1995, 1996, 2020, 2021]
    assert sheet.cell(4, 2).value is None
    assert native.x_axis.tagname == "valAx" and native.x_axis.scaling.min == 1995
    assert native.series[0].xVal.numRef.f == "Charts!$A$3:$A$6"


def test_sheet_names_are_valid_and_unique():
    from mpdesk.export.excel.sheets import sheet_name

    name = sheet_name("A.9 Migration: [new]/old * policies? and more words", [])
    assert len(name) <= 31 and not set(name) & set("[]:*?/\\")
    assert sheet_name("Data", ["data"]) == "Data (2)"


def test_cancel_leaves_no_file(sample_ws, tmp_path):
    def progress(percent: int, what: str) -> None:
        if percent >= 90:
            raise ExportCancelled()

    path = tmp_path / "out.xlsx"
    with pytest.raises(ExportCancelled):
        export_xlsx(sample_ws, ExportOptions(progress=progress), path)
    assert list(tmp_path.glob("*.xlsx*")) == []


def test_full_disk_is_a_sentence_and_no_partial_file(sample_ws, tmp_path, monkeypatch):
    from xlsxwriter import Workbook
    from xlsxwriter.exceptions import FileCreateError

    def full(self):
        Path(self.filename).write_bytes(b"PK partial")
        raise FileCreateError(OSError(errno.ENOSPC, "No space left on device"))

    monkeypatch.setattr(Workbook, "close", full)
    with pytest.raises(ExportError, match="disk is full"):
        export_xlsx(sample_ws, ExportOptions(), tmp_path / "out.xlsx")
    assert list(tmp_path.glob("*.xlsx*")) == [] and not [p for p in tmp_path.iterdir() if p.is_dir()]  # no scratch


def test_missing_folder_is_a_sentence(sample_ws, tmp_path):
    with pytest.raises(ExportError, match="does not exist"):
        export_xlsx(sample_ws, ExportOptions(), tmp_path / "nowhere" / "out.xlsx")


def test_an_existing_workbook_is_replaced_whole(sample_ws, tmp_path):
    path = tmp_path / "profile.xlsx"
    path.write_bytes(b"old")
    export_xlsx(sample_ws, ExportOptions(), path)
    assert zipfile.is_zipfile(path)


def test_year_headers_are_numbers(sample_ws, tmp_path):
    book = openpyxl.load_workbook(export(sample_ws, tmp_path))
    sheet = next(book[name] for name in book.sheetnames if name.startswith("A.1"))
    header = next(row for row in sheet.iter_rows() if row[0].value == "Indicator")
    years = [c.value for c in header[2:] if isinstance(c.value, int)]
    assert len(years) == 8 and years == sorted(years)   # as many as the report's table prints
    assert not [c.value for c in header if isinstance(c.value, str) and c.value.isdigit()]


def test_module_sheets_show_the_years_the_report_prints_and_say_so(sample_ws, tmp_path):
    """A module sheet's year columns are the years its section's tables print in the PDF (not the
    34 of population): read from the PDF's own tables, and the same as report_data's choice. Its
    first year's header carries a note saying so, and its printed header a second line."""
    from pypdf import PdfReader

    from mpdesk.export.pdf import export_pdf
    from mpdesk.export.report_data import load_report_data

    data = load_report_data(sample_ws, ExportOptions())
    book = openpyxl.load_workbook(export(sample_ws, tmp_path))
    pdf = tmp_path / "report.pdf"
    export_pdf(sample_ws, ExportOptions(), pdf)
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(pdf).pages)
    note = "Years as printed in the report; every year is on the Data sheet."
    checked = 0
    for section in data.sections:
        tables = data.tables.get(section.key)
        if not tables or section.key == "glance":
            continue
        sheet = book[next(n for n in book.sheetnames if n.startswith(f"{section.number} "))]
        years = [c.value for c in sheet[1] if isinstance(c.value, int)]
        printed = sorted({y for t in tables for y in t.years})
        assert years == printed, section.key
        main = next(t for t in tables if t.key == section.key)
        # the PDF's table header: the section's main table's years in a row ('2010 2014 ... 2020')
        assert " ".join(str(y) for y in main.years) in text, section.key
        assert sheet.cell(1, 4).comment.text == note, section.key
        assert sheet.oddHeader.center.text.endswith("\n" + note), section.key
        checked += 1
    assert checked >= 4
    assert len(book["A.1 Context and key drivers"][1]) < 34   # population's 34 years are on the Data sheet only


def test_every_figure_of_a_module_table_is_on_the_data_sheet(sample_ws, tmp_path):
    """Whatever years a module sheet shows, the Data sheet holds every figure of every row of the
    report's tables, each year (derived ones included), equal to the report's."""
    from mpdesk.export.report_data import load_report_data

    data = load_report_data(sample_ws, ExportOptions())
    book = openpyxl.load_workbook(export(sample_ws, tmp_path))
    sexes = {None: "", "Female": "female", "Male": "male"}
    found: dict[tuple, list] = {}
    for r, year, cell in data_figures(book):
        key = (r[0].value, sexes[r[2].value], r[3].value or "", r[4].value or "", r[5].value or "", year)
        found.setdefault(key, []).append(cell.value)
    checked = 0
    for section in data.sections:
        for table in data.tables.get(section.key, []):
            for row in table.rows:
                for year, value in row.values.items():
                    key = (row.indicator, row.sex, row.age_group, row.partner, row.category, year)
                    assert any(v == pytest.approx(value, rel=1e-12) for v in found.get(key, [])), key
                    checked += 1
    assert checked > 200


def test_typical_sources_are_written_in_the_profiles_language(sample_ws, tmp_path):
    """The definitions sheet of a French profile names 'Ministère du travail', not 'Ministry of labour'
    (publication titles such as ILOSTAT stay as published)."""
    from openpyxl import load_workbook

    from mpdesk.services.profile import update_profile

    update_profile(sample_ws, language="fr")
    book = load_workbook(export(sample_ws, tmp_path), read_only=True)
    sheet = book["Définitions des indicateurs"]
    text = " ".join(str(v) for row in sheet.iter_rows(values_only=True) for v in row if isinstance(v, str))
    book.close()
    assert "Recensement national de la population" in text and "ILOSTAT" in text
    assert "National population census" not in text and "Ministry of labour" not in text


def test_at_a_glance_lists_only_indicators_with_a_figure(sample_ws, tmp_path):
    """The sample has no figure for internally displaced persons: the sheet leaves the row out
    rather than print an indicator with an empty value (as the PDF's page does)."""
    from mpdesk.export.report_data import load_report_data

    empty = {f.name for f in load_report_data(sample_ws, ExportOptions()).key_figures if f.latest_value is None}
    assert "Internally displaced persons" in empty
    sheet = openpyxl.load_workbook(export(sample_ws, tmp_path))["At a glance"]
    header = next(r[0].row for r in sheet.iter_rows() if r[0].value == "Indicator")
    rows = [r for r in sheet.iter_rows(min_row=header + 1) if r[0].value]
    assert len(rows) > 8 and all(isinstance(r[1].value, (int, float)) for r in rows)
    assert not empty & {r[0].value for r in rows}


def test_status_column_names_every_status_in_the_profiles_language(sample_ws, tmp_path):
    """The sample's World Bank net migration for the latest years are WPP projections: a Spanish
    workbook says 'Proyección' (and 'Estimación'; a published figure with no status of its own is
    'Tal como se publicó', not the team's 'Borrador'), never a stored code."""
    from mpdesk import i18n
    from mpdesk.services.profile import update_profile

    update_profile(sample_ws, language="es")
    book = openpyxl.load_workbook(export(sample_ws, tmp_path), read_only=True)
    rows = list(book[i18n.tr_for("es", "Excel", "Data")].iter_rows(values_only=True))
    book.close()
    header = next(i for i, r in enumerate(rows) if r[0] == i18n.tr_for("es", "Excel", "Indicator key"))
    column = rows[header].index(i18n.tr_for("es", "Excel", "Status"))
    statuses = {r[column] for r in rows[header + 1:]}
    assert {"Proyección", "Estimación", "Tal como se publicó"} <= statuses
    assert "Borrador" not in statuses   # every figure of the sample was imported from a publisher's file
    assert not statuses & {"projection", "estimate", "draft", "validated", "final", "Projection", "Draft"}


def test_data_sheet_filter_print_area_and_widths_cover_every_row(sample_ws, tmp_path):
    """The Data rows are written as they are read: the filter, the print area and the column
    widths are made in the same pass and still cover the last row and the longest text."""
    book = openpyxl.load_workbook(export(sample_ws, tmp_path))
    sheet = book["Data"]
    last = sheet.max_row
    assert last > 100
    end = openpyxl.utils.get_column_letter(sheet.max_column)
    assert sheet.auto_filter.ref.endswith(f"{end}{last}")
    assert sheet.print_area.replace("$", "").endswith(f"{end}{last}")
    top = _header_row(sheet)
    for column in (1, 2, 8):   # key, indicator, source
        letter = openpyxl.utils.get_column_letter(column)
        longest = max(len(str(sheet.cell(r, column).value or "")) for r in range(top, last + 1))
        assert sheet.column_dimensions[letter].width >= min(longest + 2, 60), letter


def test_a_bar_chart_starts_at_zero_and_its_title_names_unit_and_period(tmp_path):
    """Refugees hosted from 380,000 to 500,000: on an axis Excel would start near 380,000, a bar
    twice as tall would not be a figure twice as large. The title is the PDF caption's."""
    chart = ChartDescription(key="c", kind="bar", title="Refugees hosted", categories=("2017", "2018", "2019"),
                             series=(Series("Refugees hosted", (490_000.0, 420_000.0, 480_000.0)),),
                             x_label="Year", y_label="Persons", unit="persons", decimals=0)
    _, native = _written_chart(tmp_path, chart)
    assert native.y_axis.scaling.min == 0
    title = "".join(run.t for p in native.title.tx.rich.p for run in (p.r or []))
    assert title == "Refugees hosted (persons), 2017–2019"


def test_a_bar_chart_below_zero_keeps_its_negative_range(tmp_path):
    chart = ChartDescription(key="c", kind="bar", title="Net migration", categories=("2019", "2020"),
                             series=(Series("Net migration", (-10_000.0, 5_000.0)),), unit="persons", decimals=0)
    _, native = _written_chart(tmp_path, chart)
    assert native.y_axis.scaling.min is None


def test_a_module_sheet_holds_each_rows_figures_in_its_years_formatted_and_aligned_as_its_row(sample_ws, tmp_path):
    """Row by row, the A.2 sheet's year columns hold exactly the report's figures (a year without
    one is an empty cell, not 0), each in its indicator's number format, and beside a row of
    wrapped sources every figure sits at the top as the row's label does."""
    from mpdesk.export.excel.cells import figure_format, indicator_format
    from mpdesk.export.report_data import load_report_data

    data = load_report_data(sample_ws, ExportOptions())
    rows = [r for t in data.tables["A.2"] for r in t.rows]
    sheet = openpyxl.load_workbook(export(sample_ws, tmp_path))["A.2 Immigration"]
    header = [c.value for c in next(sheet.iter_rows(min_row=1, max_row=1))]
    years = {y: i + 1 for i, y in enumerate(header) if isinstance(y, int)}
    assert len(rows) > 20 and len(years) > 5
    tops = 0
    for number, row in enumerate(rows, start=2):
        assert sheet.cell(number, header.index("Indicator key") + 1).value == row.indicator
        label = sheet.cell(number, 1).alignment.vertical
        tops += label == "top"
        for year, column in years.items():
            cell = sheet.cell(number, column)
            figure = row.values.get(year)
            assert cell.value == (None if figure is None else pytest.approx(figure, rel=1e-15)), (row.label, year)
            if cell.value is not None:
                # the indicator's format, with more decimals for a figure it would show as 0
                assert cell.number_format == figure_format(
                    cell.value, indicator_format(sample_ws.catalogue.indicator(row.indicator)))
                assert cell.alignment.vertical == label, (row.label, year)
    assert tops   # some rows' sources wrap
