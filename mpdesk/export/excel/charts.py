"""Native Excel charts drawn from the same ChartDescription as the screen and the PDF.

Each chart's figures are written as a small block on the sheet (categories down, one column
per series) and the chart points at that block, so an analyst can restyle or re-plot it.
Colours come from the description (the shared palette); nothing is decided here.
"""

from __future__ import annotations

from typing import Any

from mpdesk.charts.model import PALETTE, SEX_COLOURS, ChartDescription
from mpdesk.export.excel.cells import number_format, write_header, write_number, write_text, write_title
from mpdesk.i18n import tr

CHART_WIDTH_CM = 16.0
CHART_HEIGHT_CM = 8.0
CHART_ROWS = 18  # rows one chart covers at the default row height


def write_chart_data(sheet: Any, top: int, chart: ChartDescription, left: int = 1) -> tuple[int, int]:
    """The chart's figures as a block at (``top``, ``left``); returns (header row, last row)."""
    write_title(sheet, top, chart.title, size=11) if left == 1 else write_text(sheet, top, left, chart.title, bold=True)
    header = top + 1
    write_header(sheet, header, [chart.x_label or tr("Excel", "Category"), *(s.label for s in chart.series)], left)
    fmt = plotted_format(chart)
    signs = _signs(chart)
    for offset, category in enumerate(chart.categories, start=1):
        write_text(sheet, header + offset, left, category)
        for index, series in enumerate(chart.series, start=1):
            value = series.values[offset - 1] if offset - 1 < len(series.values) else None
            shown = None if value is None else value * signs[index - 1]
            write_number(sheet, header + offset, left + index, shown, fmt)
    last = header + len(chart.categories)
    for offset, line in enumerate((chart.source, *chart.notes), start=1):
        write_text(sheet, last + offset, left, line) if line else None
    return header, last


def plotted_format(chart: ChartDescription) -> str:
    """Number format of the plotted figures; a pyramid shows its negated (male) side as positive."""
    fmt = number_format(chart.decimals)
    return f"{fmt};{fmt}" if chart.kind == "pyramid" else fmt


def _signs(chart: ChartDescription) -> list[int]:
    """-1 for the series drawn to the left of a pyramid (male), +1 otherwise."""
    if chart.kind != "pyramid":
        return [1] * len(chart.series)
    left = pyramid_left_series(chart)
    signs = []
    for index, series in enumerate(chart.series):
        already_negative = any(v is not None and v < 0 for v in series.values)
        signs.append(-1 if index == left and not already_negative else 1)
    return signs


def pyramid_left_series(chart: ChartDescription) -> int:
    """The male series (by colour, else the first)."""
    for index, series in enumerate(chart.series):
        if series.colour.upper() == SEX_COLOURS["male"].upper():
            return index
    return 0


def build_chart(sheet: Any, chart: ChartDescription, header: int, last: int, left: int = 1) -> Any:
    """An openpyxl chart over the data block written by ``write_chart_data``."""
    from openpyxl.chart import Reference

    native = _make(chart)
    data = Reference(sheet, min_col=left + 1, max_col=left + len(chart.series), min_row=header, max_row=last)
    labels = Reference(sheet, min_col=left, min_row=header + 1, max_row=last)
    native.add_data(data, titles_from_data=True)
    native.set_categories(labels)
    _colour(native, chart)
    native.title = chart.title
    native.width, native.height = CHART_WIDTH_CM, CHART_HEIGHT_CM
    if chart.kind != "donut":
        _axes(native, chart)
    return native


def _make(chart: ChartDescription) -> Any:
    from openpyxl.chart import BarChart, DoughnutChart, LineChart

    if chart.kind == "line":
        return LineChart()
    if chart.kind == "donut":
        donut = DoughnutChart()
        donut.holeSize = 55
        return donut
    bar = BarChart()
    bar.type = "bar" if chart.kind in ("top_partners", "pyramid") else "col"
    if chart.kind in ("stacked_bar", "pyramid"):
        bar.grouping = "stacked"
        bar.overlap = 100
    if chart.kind == "pyramid":
        bar.gapWidth = 10
    return bar


def _colour(native: Any, chart: ChartDescription) -> None:
    if chart.kind == "donut":
        _colour_slices(native, chart)
        return
    for series, described in zip(native.series, chart.series):
        colour = hex_colour(described.colour)
        series.graphicalProperties.line.solidFill = colour
        if chart.kind == "line":
            series.graphicalProperties.line.width = 28575  # 2.25 pt
            series.smooth = False
        else:
            series.graphicalProperties.solidFill = colour


def _colour_slices(native: Any, chart: ChartDescription) -> None:
    """A donut has one series; each category (slice) takes the next palette colour."""
    from openpyxl.chart.marker import DataPoint

    if not native.series:
        return
    series = native.series[0]
    for index in range(len(chart.categories)):
        point = DataPoint(idx=index)
        point.graphicalProperties.solidFill = hex_colour(PALETTE[index % len(PALETTE)])
        point.graphicalProperties.line.solidFill = "FFFFFF"
        series.dPt.append(point)


def _axes(native: Any, chart: ChartDescription) -> None:
    native.x_axis.delete = False  # openpyxl 3.1 hides axes unless told otherwise
    native.y_axis.delete = False
    native.y_axis.number_format = plotted_format(chart)
    native.y_axis.title = chart.y_label or None
    if chart.x_label and chart.kind not in ("top_partners", "pyramid"):
        native.x_axis.title = chart.x_label
    if chart.kind == "top_partners":
        native.x_axis.scaling.orientation = "maxMin"  # largest partner on top
        native.legend = None
    if chart.kind == "pyramid":
        native.x_axis.tickLblPos = "low"  # age groups at the left edge, clear of the bars
    if len(chart.series) == 1 and chart.kind != "line":
        native.legend = None
    elif native.legend is not None:
        native.legend.position = "b"


def hex_colour(colour: str) -> str:
    """'#0072B2' -> '0072B2' (openpyxl's colour form)."""
    return colour.lstrip("#").upper()


def place_charts(sheet: Any, charts: list[ChartDescription], data_top: int, anchor_column: str,
                 anchor_top: int) -> int:
    """Write every chart's data block from ``data_top`` down and anchor the charts one under
    another at ``anchor_column``/``anchor_top``; returns the last row used by the data."""
    row = data_top
    for index, chart in enumerate(charts):
        header, last = write_chart_data(sheet, row, chart)
        native = build_chart(sheet, chart, header, last)
        sheet.add_chart(native, f"{anchor_column}{anchor_top + index * CHART_ROWS}")
        row = last + 3 + len(chart.notes)
    return row
