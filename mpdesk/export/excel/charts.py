"""Native Excel charts drawn from the same ChartDescription as the screen and the PDF.

Each chart's figures are written as a small block on the sheet (categories down, one column
per series) and the chart points at that block, so an analyst can restyle or re-plot it.
Colours come from the description (the shared palette); nothing is decided here.

Time is drawn as time: when the description gives ``x_values`` (years as numbers) the
category column holds those numbers and a line chart is an XY scatter with straight lines,
a column chart has a date axis, so 1995, 2020 and 2021 are spaced as the years are.
"""

from __future__ import annotations

from typing import Any

from mpdesk.charts.model import PALETTE, SEX_COLOURS, ChartDescription
from mpdesk.charts.runs import break_years
from mpdesk.charts.titles import figure_title
from mpdesk.export.excel.cells import (
    ChartPlan, SheetPlan, number_format, write_header, write_number, write_text, write_title,
)
from mpdesk.i18n import tr

CHART_WIDTH_PX = 605    # about 16 cm
CHART_HEIGHT_PX = 302   # about 8 cm
CHART_ROWS = 18  # rows one chart covers at the default row height


def on_time_axis(chart: ChartDescription) -> bool:
    """Whether the categories are points in time (years) to be spaced proportionally."""
    return bool(chart.x_values) and len(chart.x_values) == len(chart.categories) and chart.kind != "donut"


def write_chart_data(sheet: SheetPlan, top: int, chart: ChartDescription, left: int = 1) -> tuple[int, int]:
    """The chart's figures as a block at (``top``, ``left``); returns (header row, last row).

    A line chart on a time axis also has a row, without figures, for each year its line breaks
    across (``runs.break_years``): the native chart leaves a gap at an empty row, so it breaks
    where the PDF's line does instead of joining 1976 to 1986 straight."""
    write_title(sheet, top, chart.title, size=11) if left == 1 else write_text(sheet, top, left, chart.title, bold=True)
    header = top + 1
    write_header(sheet, header, [chart.x_label or tr("Excel", "Category"), *(s.label for s in chart.series)], left)
    fmt = plotted_format(chart)
    signs = _signs(chart)
    timed = on_time_axis(chart)
    rows = block_rows(chart)
    for offset, (category, at) in enumerate(rows, start=1):
        if timed:   # a number, so the axis can place it in time
            write_number(sheet, header + offset, left, _whole(float(category)), "0")
        else:
            write_text(sheet, header + offset, left, category)
        for index, series in enumerate(chart.series, start=1):
            value = series.values[at] if at is not None and at < len(series.values) else None
            shown = None if value is None else value * signs[index - 1]
            write_number(sheet, header + offset, left + index, shown, fmt)
    last = header + len(rows)
    for offset, line in enumerate((chart.source, *chart.notes), start=1):
        write_text(sheet, last + offset, left, line) if line else None
    return header, last


def block_rows(chart: ChartDescription) -> list[tuple[str | float, int | None]]:
    """The data block's rows: each category (its year on a time axis) with its index in the
    series' values, and in time order among them each break year with None (no figures)."""
    if not on_time_axis(chart):
        return [(category, index) for index, category in enumerate(chart.categories)]
    rows: list[tuple[str | float, int | None]] = [(x, index) for index, x in enumerate(chart.x_values)]
    rows += [(x, None) for x in break_years(chart)]
    return sorted(rows, key=lambda row: float(row[0]))


def _whole(x: float) -> float:
    return int(x) if float(x).is_integer() else x


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


def place_charts(sheet: SheetPlan, charts: list[ChartDescription], data_top: int, anchor_column: str,
                 anchor_top: int, language: str = "en") -> int:
    """Write every chart's data block from ``data_top`` down and anchor the charts one under
    another at ``anchor_column``/``anchor_top``; returns the last row used by the data."""
    row = data_top
    for index, chart in enumerate(charts):
        header, last = write_chart_data(sheet, row, chart)
        sheet.charts.append(ChartPlan(chart, header, last, 1, f"{anchor_column}{anchor_top + index * CHART_ROWS}",
                                      figure_title(chart, language)))
        row = last + 3 + len(chart.notes)
    return row


# -- the native chart (XlsxWriter) ----------------------------------------------------------------

def native_chart(book: Any, sheet_title: str, plan: ChartPlan) -> Any:
    """An XlsxWriter chart over the data block ``plan`` names on ``sheet_title``."""
    chart = plan.description
    timed = on_time_axis(chart)
    native = book.add_chart(_kind(chart, timed))
    categories = [sheet_title, plan.header, plan.left - 1, plan.last - 1, plan.left - 1]   # 0-based
    for index, series in enumerate(chart.series):
        column = plan.left + index   # 0-based column of the series (the categories are at left - 1)
        native.add_series({"name": [sheet_title, plan.header - 1, column], "categories": categories,
                           "values": [sheet_title, plan.header, column, plan.last - 1, column],
                           **_look(chart, series.colour)})
    if chart.kind == "donut":
        native.set_hole_size(55)
    native.show_blanks_as("gap")   # a year without a figure breaks the line (never drawn as 0 or joined)
    native.set_title({"name": plan.title or chart.title, "name_font": {"size": 11, "bold": True}})
    native.set_size({"width": CHART_WIDTH_PX, "height": CHART_HEIGHT_PX})
    if chart.kind != "donut":
        _axes(native, chart, timed)
    _legend(native, chart)
    return native


def _kind(chart: ChartDescription, timed: bool) -> dict[str, Any]:
    if chart.kind == "line":
        return {"type": "scatter", "subtype": "straight_with_markers"} if timed else {"type": "line"}
    if chart.kind == "donut":
        return {"type": "doughnut"}
    horizontal = chart.kind in ("top_partners", "pyramid")
    kind: dict[str, Any] = {"type": "bar" if horizontal else "column"}
    if chart.kind in ("stacked_bar", "pyramid"):
        kind["subtype"] = "stacked"
    return kind


def _look(chart: ChartDescription, colour: str) -> dict[str, Any]:
    if chart.kind == "donut":   # one series; each slice takes the next palette colour
        return {"points": [{"fill": {"color": PALETTE[i % len(PALETTE)]}, "border": {"color": "#FFFFFF"}}
                           for i in range(len(chart.categories))]}
    if chart.kind == "line":
        return {"line": {"color": colour, "width": 2.25},
                "marker": {"type": "circle", "size": 4, "fill": {"color": colour}, "border": {"color": colour}}}
    look: dict[str, Any] = {"fill": {"color": colour}, "border": {"color": colour}}
    if chart.kind in ("stacked_bar", "pyramid"):
        look["overlap"] = 100
    if chart.kind == "pyramid":
        look["gap"] = 10
    return look


def _axes(native: Any, chart: ChartDescription, timed: bool) -> None:
    """Value and category axes; in a horizontal bar chart XlsxWriter's x axis is the value axis."""
    values: dict[str, Any] = {"num_format": plotted_format(chart), "major_gridlines": {"visible": True}}
    if chart.kind != "line" and not _has_negative(chart):
        values["min"] = 0   # a bar's length is its figure: Excel's own scale may start above zero
    if chart.y_label:
        values["name"] = chart.y_label
    categories: dict[str, Any] = {}
    if chart.x_label and chart.kind not in ("top_partners", "pyramid"):
        categories["name"] = chart.x_label
    if timed:
        categories.update(_time_axis(chart))
    if chart.kind == "top_partners":   # largest partner on top, the value axis still at the bottom
        categories.update(reverse=True, crossing="max")
    if chart.kind == "pyramid" or _has_negative(chart):
        categories["label_position"] = "low"   # at the edge, clear of bars below zero (age groups at the left)
    if chart.kind in ("top_partners", "pyramid"):
        native.set_x_axis(values)
        native.set_y_axis(categories)
    else:
        native.set_x_axis(categories)
        native.set_y_axis(values)


def _has_negative(chart: ChartDescription) -> bool:
    return any(v is not None and v < 0 for s in chart.series for v in s.values)


def _time_axis(chart: ChartDescription) -> dict[str, Any]:
    """The years placed by their value: a scatter's x axis, or a column chart's date axis (the
    years as day numbers, shown as plain numbers: equal days apart are equal years apart)."""
    first, last = min(chart.x_values), max(chart.x_values)
    step = _year_step(last - first)
    axis: dict[str, Any] = {"num_format": "0", "major_unit": step}
    if chart.kind == "line":
        axis.update(min=first, max=last, major_gridlines={"visible": False})
    else:
        axis.update(date_axis=True, base_unit="days", major_unit_type="days", min=first - 1, max=last + 1)
    return axis


def _year_step(span: float) -> int:
    """A tick every 1, 2, 5 or 10 years, about eight ticks at most."""
    for step in (1, 2, 5, 10, 20, 50):
        if span / step <= 8:
            return step
    return 100


def _legend(native: Any, chart: ChartDescription) -> None:
    if len(chart.series) == 1 and chart.kind != "donut":   # the title names the one series
        native.set_legend({"none": True})
    else:
        native.set_legend({"position": "bottom"})
