"""A native line chart in the workbook breaks at a year without a figure, as the PDF does."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
from hypothesis import given, strategies as st

openpyxl = pytest.importorskip("openpyxl")

from mpdesk.charts.model import PALETTE, ChartDescription, Series  # noqa: E402


def test_fdi_2011_left_blank_is_a_gap_in_the_excel_chart(tmp_path: Path):
    from mpdesk.export.excel.cells import BookPlan
    from mpdesk.export.excel.charts import place_charts
    from mpdesk.export.excel.writer import write_book

    years = (2010, 2011, 2012)
    chart = ChartDescription(key="c", kind="line", title="FDI and remittances", categories=tuple(map(str, years)),
                             series=(Series("Remittances", (2599.0, 2672.4, 2466.9), PALETTE[0]),
                                     Series("FDI", (165.3, None, 1250.8), PALETTE[1])),
                             x_label="Year", y_label="US$ million", x_values=tuple(map(float, years)))
    book = BookPlan()
    place_charts(book.create_sheet("Charts"), [chart], 1, "H", 1)
    path = tmp_path / "chart.xlsx"
    write_book(book, path, tmp_path)
    sheet = openpyxl.load_workbook(path)["Charts"]
    assert [sheet.cell(r, 3).value for r in range(3, 6)] == [165.3, None, 1250.8]   # 2011: no cell value, not 0
    with zipfile.ZipFile(path) as archive:
        xml = archive.read("xl/charts/chart1.xml").decode()
    # XlsxWriter leaves out dispBlanksAs when it is "gap", which Excel and LibreOffice then apply;
    # "zero" would drop the line to 0 in 2011 and "span" would join 2010 to 2012
    blanks = re.findall(r'<c:dispBlanksAs val="(\w+)"/>', xml)
    assert blanks in ([], ["gap"])
    assert "<c:scatterChart>" in xml


# -- where the workbook's line breaks: the PDF's rule (charts.runs.line_runs) -----------------------

NS = {"c": "http://schemas.openxmlformats.org/drawingml/2006/chart",
      "a": "http://schemas.openxmlformats.org/drawingml/2006/main"}


def _cells(ref: str) -> tuple[str, int, int, int]:
    """'B.2 charts'!$A$7:$A$55 -> (sheet, column, first row, last row), 1-based."""
    sheet, cells = ref.rsplit("!", 1)
    first, last = (openpyxl.utils.cell.coordinate_from_string(c.replace("$", "")) for c in cells.split(":"))
    return sheet.strip("'").replace("''", "'"), openpyxl.utils.column_index_from_string(first[0]), first[1], last[1]


def excel_runs(book_path: Path, title: str) -> tuple[list[list[list[tuple[float, float]]]], dict[str, float]]:
    """The runs each series of the workbook's line chart titled ``title`` draws, read from the chart's
    XML and the cells it points at (a scatter chart with gaps joins the figures of neighbouring rows
    and breaks at a row without one), and its x axis's min and max."""
    import xml.etree.ElementTree as ET

    book = openpyxl.load_workbook(book_path)
    with zipfile.ZipFile(book_path) as archive:
        for name in sorted(n for n in archive.namelist() if n.startswith("xl/charts/chart")):
            root = ET.fromstring(archive.read(name))
            if "".join(t.text or "" for t in root.iterfind("c:chart/c:title//a:t", NS)) != title:
                continue
            runs = []
            for series in root.iterfind(".//c:scatterChart/c:ser", NS):
                sheet, x_col, first, last = _cells(series.find("c:xVal//c:f", NS).text)
                _, y_col, _, _ = _cells(series.find("c:yVal//c:f", NS).text)
                rows = [(book[sheet].cell(r, x_col).value, book[sheet].cell(r, y_col).value)
                        for r in range(first, last + 1)]
                found: list[list[tuple[float, float]]] = [[]]
                for x, y in rows:
                    found[-1].append((float(x), y)) if y is not None else found.append([])
                runs.append([run for run in found if run])
            scaling = root.find(".//c:valAx/c:scaling", NS)   # the first value axis is the scatter's x axis
            axis = {k: float(scaling.find(f"c:{k}", NS).get("val")) for k in ("min", "max")}
            return runs, axis
    raise AssertionError(f"no chart titled {title!r}")


def _years(runs_by_series: list) -> list:
    return [[[x for x, _ in run] for run in runs] for runs in runs_by_series]


def test_ecuador_remittances_break_in_the_workbook_where_the_pdf_breaks(tmp_path: Path):
    """World Bank remittances for Ecuador: 1976, then nothing until 1986. The workbook's chart has a
    row without figures for 1977, so its line is not drawn straight from 1976 to 1986; the year
    axis still runs from the first figure's year to the last's."""
    from mpdesk.charts.runs import line_runs
    from mpdesk.charts.titles import figure_title
    from mpdesk.export.excel import export_xlsx
    from mpdesk.export.options import ExportOptions
    from mpdesk.export.report_data import load_report_data
    from mpdesk.imports.preview import apply_preview, preview_import, read_for
    from mpdesk.services.profile import NewProfile, create_profile
    from tests.imports.realdata import REAL, real_file

    ws = create_profile(tmp_path / "ecu.mpdesk", NewProfile("ECU", 2020, period_start=1970, period_end=2020))
    try:
        apply_preview(ws, preview_import(ws, read_for(ws, real_file(REAL, "API_BX.TRF.PWKR.CD.DT_DS2_en_csv_v2_38454.csv"))))
        chart = next(c for charts in load_report_data(ws, ExportOptions()).charts.values() for c in charts
                     if c.kind == "line" and c.title.startswith("Remittance inflows"))
        path = export_xlsx(ws, ExportOptions(), tmp_path / "ecu.xlsx")
    finally:
        ws.close()
    pdf_runs = [line_runs(chart, s) for s in chart.series]
    # the PDF's own break, the one the tester saw: 1976 alone, then a line from 1986
    assert [(run[0][0], run[-1][0]) for run in pdf_runs[0][:2]] == [(1976, 1976), (1986, 2024)]
    drawn, axis = excel_runs(path, figure_title(chart, "en"))
    assert _years(drawn) == _years(pdf_runs)   # breaks in the same places
    assert [v for runs in drawn for run in runs for _, v in run] == pytest.approx(
        [v for runs in pdf_runs for run in runs for _, v in run])   # the same figures (as the cells store them)
    assert axis == {"min": min(chart.x_values), "max": max(chart.x_values)}
    sheet = openpyxl.load_workbook(path)["B.2 charts"]
    years = {sheet.cell(r, 1).value: sheet.cell(r, 2).value for r in range(1, sheet.max_row + 1)
             if isinstance(sheet.cell(r, 1).value, int)}
    assert [y for y in range(1976, 1987) if y in years] == [1976, 1977, 1986]
    assert years[1977] is None and years[1976] is not None and years[1986] is not None   # the break: a row, no figure


def block_runs(chart: ChartDescription) -> list[list[list[tuple[float, float]]]]:
    """The runs a native line chart with gaps draws from the chart's data block as planned:
    neighbouring rows with figures joined, a row without one a break."""
    from mpdesk.export.excel.cells import SheetPlan
    from mpdesk.export.excel.charts import write_chart_data

    sheet = SheetPlan("Charts")
    header, last = write_chart_data(sheet, 1, chart)
    found = []
    for column in range(2, 2 + len(chart.series)):
        runs: list[list[tuple[float, float]]] = [[]]
        for row in range(header + 1, last + 1):
            value = sheet.value(row, column)
            runs[-1].append((float(sheet.value(row, 1)), value)) if value is not None else runs.append([])
        found.append([run for run in runs if run])
    return found


@given(years=st.sets(st.integers(1960, 2024), min_size=1, max_size=30), series=st.integers(1, 3))
def test_the_data_block_breaks_where_the_pdf_line_breaks(years, series):
    """For series published for the chart's years (a total and its split by sex), every break the
    PDF draws (a step longer than the series' usual one) is a row without figures in the block."""
    from mpdesk.charts.runs import line_runs

    xs = sorted(years)
    chart = ChartDescription(key="c", kind="line", title="t", categories=tuple(map(str, xs)),
                             series=tuple(Series(f"s{i}", tuple(float(x + i) for x in xs), PALETTE[i])
                                          for i in range(series)),
                             x_values=tuple(map(float, xs)))
    assert _years(block_runs(chart)) == _years([line_runs(chart, s) for s in chart.series])


def test_a_five_yearly_series_gets_no_empty_rows():
    """UN DESA's stock every five years is one line (its usual step): no row for the years between."""
    from mpdesk.charts.runs import break_years

    xs = (1990, 1995, 2000, 2005, 2010, 2015, 2020)
    chart = ChartDescription(key="c", kind="line", title="t", categories=tuple(map(str, xs)),
                             series=(Series("Immigrant stock", tuple(1000.0 + x for x in xs)),),
                             x_values=tuple(map(float, xs)))
    assert break_years(chart) == ()
    missing = ChartDescription(key="c", kind="line", title="t", categories=("1990", "1995", "2000", "2010"),
                               series=(Series("Immigrant stock", (1.0, 2.0, 3.0, 4.0)),),
                               x_values=(1990.0, 1995.0, 2000.0, 2010.0))
    assert break_years(missing) == (2005.0,)   # five-yearly with 2005 missing: the break the PDF draws
