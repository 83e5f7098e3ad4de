"""A native line chart in the workbook breaks at a year without a figure, as the PDF does."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest

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
