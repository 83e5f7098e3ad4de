"""ChartDescription -> reportlab vector drawing. Draws what the description says; decides nothing."""

from __future__ import annotations

import math
from typing import Any, Callable

from mpdesk.formats import format_figure, format_number, format_percent, list_separator
from mpdesk.charts.model import GRID, INK, ChartDescription
from mpdesk.charts.runs import line_runs
from mpdesk.charts.ticks import every_year, year_ticks
from mpdesk.charts.titles import figure_title
from mpdesk.export.pdf import styles as st
from mpdesk.export.pdf.fonts import BOLD, REGULAR

HEIGHT = 66 * st.MM
LEFT, BOTTOM_AXIS, TOP_PAD = 52.0, 28.0, 8.0
MAX_X_LABELS = 12


def chart_drawing(chart: ChartDescription, language: str, width: float = st.FRAME_WIDTH) -> Any:
    """The chart as a Drawing that fits ``width`` (vector: crisp in print, tiny in the file)."""
    from reportlab.graphics.shapes import Drawing

    drawing = Drawing(width, HEIGHT)
    renderer = _RENDERERS.get(chart.kind, _bars)
    legend_height = _legend(drawing, chart, width) if chart.kind not in ("top_partners", "donut") else 0.0
    renderer(drawing, chart, language, width, legend_height)
    return drawing


def _formatter(chart: ChartDescription, language: str, absolute: bool = False,
               decimals: int | None = None) -> Callable[[float], str]:
    """Every label of a chart with the same decimals: the figures' own (bar labels, legends) or
    the axis step's (axis ticks), so '1,294.1' never stands beside '44' nor '0.0' beside '1,000'."""
    places = chart.decimals if decimals is None else decimals   # the figures' own: formats.figure_decimals
    # a figure's label never shows a non-zero figure as 0 (formats.format_figure); a tick is a round step
    shown = format_figure if decimals is None else format_number

    def fmt(value: float) -> str:
        return shown(abs(value) if absolute else value, places, language)
    return fmt


def nice_scale(low: float, high: float, ticks: int = 5) -> tuple[float, float, float, int]:
    """(min, max, step, decimals) of an axis from ``low`` to ``high`` with about ``ticks`` round steps
    (1, 2, 2.5 or 5 times a power of ten) and the decimals the step needs."""
    if high <= low:
        high = low + (abs(low) or 1.0)
    raw = (high - low) / ticks
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if raw <= m * magnitude * (1 + 1e-9))
    bottom, top = math.floor(low / step + 1e-9) * step, math.ceil(high / step - 1e-9) * step
    decimals = next(d for d in range(0, 7) if abs(round(step * 10 ** d) - step * 10 ** d) < 1e-6)
    return bottom, top, step, decimals


def _scale_axis(axis: Any, chart: ChartDescription, language: str, low: float, high: float,
                absolute: bool = False) -> None:
    bottom, top, step, decimals = nice_scale(low, high)
    axis.valueMin, axis.valueMax, axis.valueStep = bottom, top, step
    axis.labelTextFormat = _formatter(chart, language, absolute, decimals)


def _colour(hex_colour: str) -> Any:
    from reportlab.lib import colors

    return colors.HexColor(hex_colour)


def _values(chart: ChartDescription) -> list[list[float | None]]:
    return [list(s.values) for s in chart.series]


def _style_axes(plot: Any, chart: ChartDescription, language: str, absolute: bool = False) -> None:
    for axis in (plot.categoryAxis, plot.valueAxis):
        axis.labels.fontName, axis.labels.fontSize, axis.labels.fillColor = REGULAR, 7, _colour(INK)
        axis.strokeColor, axis.strokeWidth = _colour("#8A949E"), 0.5
    plot.valueAxis.labelTextFormat = _formatter(chart, language, absolute)   # until _scale_axis sets the step's
    plot.valueAxis.visibleGrid, plot.valueAxis.gridStrokeColor = 1, _colour(GRID)
    plot.valueAxis.gridStrokeWidth = 0.4
    plot.valueAxis.visibleAxis = 0
    plot.categoryAxis.visibleTicks = 0
    plot.categoryAxis.labelAxisMode = "low"   # labels below the plot even when values go negative
    plot.valueAxis.visibleTicks = 0


def _fits(width: float, longest: int = 4) -> int:
    """How many labels of ``longest`` characters fit side by side (7 pt digits are about 4 pt wide)."""
    return max(2, min(MAX_X_LABELS, int(width // (longest * 4.2 + 10))))


def _year_labels(years: list[int], width: float) -> list[str]:
    """A label under every round year that fits (see charts.ticks), blank under the others."""
    shown = set(year_ticks(years[0], years[-1], _fits(width))) if years else set()
    return [str(y) if y in shown else "" for y in years]


def _on_every_year(chart: ChartDescription) -> tuple[list[int], list[list[float | None]]]:
    """The chart's years widened to every year from first to last, each series' values placed at
    their own year (None between): bars then stand at their year on a time axis, so 1995, 2020
    and 2021 are spaced as time is, not side by side."""
    years = [int(x) for x in chart.x_values]
    slots = every_year(years)
    at = {year: index for index, year in enumerate(years)}
    return slots, [[s.values[at[y]] if y in at else None for y in slots] for s in chart.series]


def _wrap(name: str, width: int = 26, lines: int = 2) -> str:
    """A long category name on up to two lines (reportlab labels break at newlines)."""
    import textwrap

    parts = textwrap.wrap(name, width) or [name]
    if len(parts) > lines:
        parts = parts[:lines - 1] + [_short(" ".join(parts[lines - 1:]), width)]
    return "\n".join(parts)


def _axis_title(drawing: Any, chart: ChartDescription, width: float, bottom: float) -> None:
    from reportlab.graphics.shapes import String

    if chart.y_label:
        drawing.add(String(0, HEIGHT - 6, chart.y_label, fontName=REGULAR, fontSize=7, fillColor=_colour(st.MUTED)))
    if chart.x_label:
        drawing.add(String(LEFT + (width - LEFT) / 2, bottom, chart.x_label, fontName=REGULAR, fontSize=7,
                           fillColor=_colour(st.MUTED), textAnchor="middle"))


def _legend(drawing: Any, chart: ChartDescription, width: float) -> float:
    """A legend along the bottom; returns the height it takes."""
    from reportlab.graphics.charts.legends import Legend

    if len(chart.series) < 2 and chart.kind != "pyramid":
        return 0.0
    legend = Legend()
    legend.colorNamePairs = [(_colour(s.colour), s.label) for s in chart.series]
    legend.fontName, legend.fontSize = REGULAR, 7.2
    columns = 3 if len(chart.series) > 4 else max(1, len(chart.series))
    rows = -(-len(chart.series) // columns)
    legend.columnMaximum, legend.alignment = rows, "right"
    legend.boxAnchor, legend.x, legend.y = "sw", LEFT, 2 + (rows - 1) * 10 + 8
    legend.dx, legend.dy, legend.deltay = 8, 8, 10
    legend.deltax, legend.dxTextSpace = (width - LEFT) / columns, 4
    legend.strokeWidth, legend.strokeColor = 0, None
    legend.subCols.minWidth = 20
    drawing.add(legend)
    return rows * 10.0 + 6


def _plot_box(plot: Any, width: float, legend_height: float, left: float = LEFT) -> None:
    plot.x, plot.y = left, BOTTOM_AXIS + legend_height
    plot.width = width - left - 10
    plot.height = HEIGHT - plot.y - TOP_PAD - 8


def _line(drawing: Any, chart: ChartDescription, language: str, width: float, legend_height: float) -> None:
    """Years placed at their value on the x axis (time spaced as time), not as evenly spaced categories."""
    from reportlab.graphics.charts.lineplots import LinePlot
    from reportlab.graphics.widgets.markers import makeMarker

    xs = list(chart.x_values) or list(range(len(chart.categories)))
    names = dict(zip(xs, chart.categories))
    plot = LinePlot()
    _plot_box(plot, width, legend_height)
    # one plotted line per run, so a missing year is a break, not a straight line (charts.runs)
    drawn = [(s, run) for s in chart.series for run in line_runs(chart, s)]
    if not drawn:
        return
    plot.data = [points for _, points in drawn]
    for index, (series, run) in enumerate(drawn):
        plot.lines[index].strokeColor = _colour(series.colour)
        plot.lines[index].strokeWidth = 1.6
        size = 4.0 if len(run) == 1 else 2.6   # a figure standing alone, with no line to it, stays visible
        plot.lines[index].symbol = makeMarker("FilledCircle", size=size, fillColor=_colour(series.colour))
    x_axis, y_axis = plot.xValueAxis, plot.yValueAxis
    for axis in (x_axis, y_axis):
        axis.labels.fontName, axis.labels.fontSize, axis.labels.fillColor = REGULAR, 7, _colour(INK)
        axis.strokeColor, axis.strokeWidth = _colour("#8A949E"), 0.5
        axis.visibleTicks = 0
    pad = max((xs[-1] - xs[0]) * 0.02, 0.5)
    x_axis.valueMin, x_axis.valueMax = xs[0] - pad, xs[-1] + pad
    if chart.x_values:   # a time axis: round years along it
        x_axis.valueSteps = [float(y) for y in year_ticks(int(xs[0]), int(xs[-1]), _fits(plot.width))]
        x_axis.labelTextFormat = lambda value: str(int(round(value)))
    else:
        x_axis.valueSteps = xs
        x_axis.labelTextFormat = lambda value: names.get(value, "")
    y_axis.visibleGrid, y_axis.gridStrokeColor, y_axis.gridStrokeWidth = 1, _colour(GRID), 0.4
    y_axis.visibleAxis = 0
    values = [v for points in plot.data for _, v in points]
    _scale_axis(y_axis, chart, language, min([0.0, *values]), max([0.0, *values]))   # round steps, their decimals
    x_axis.joinAxisMode = "bottom"
    drawing.add(plot)
    _axis_title(drawing, chart, width, legend_height + 4)


def _place_on_axes(drawing: Any, plot: Any, chart: ChartDescription, language: str, width: float,
                   legend_height: float) -> None:
    """Axes from zero (or below, for negative figures), then the plot and its axis title."""
    _style_axes(plot, chart, language)
    values = [v for s in plot.data for v in s if v is not None]
    if chart.kind == "stacked_bar":   # the axis must reach the tallest stack, not the tallest part
        values += [sum(v for v in column if v is not None and v > 0) for column in zip(*plot.data)]
    _scale_axis(plot.valueAxis, chart, language, min([0.0, *values]), max([0.0, *values]))
    drawing.add(plot)
    _axis_title(drawing, chart, width, legend_height + 4)


def _bars(drawing: Any, chart: ChartDescription, language: str, width: float, legend_height: float) -> None:
    from reportlab.graphics.charts.barcharts import VerticalBarChart

    plot = VerticalBarChart()
    _plot_box(plot, width, legend_height)
    if chart.x_values:
        years, plot.data = _on_every_year(chart)
        plot.categoryAxis.categoryNames = _year_labels(years, plot.width)
    else:
        plot.data = _values(chart)
        plot.categoryAxis.categoryNames = list(chart.categories)
    if chart.kind == "stacked_bar":
        plot.categoryAxis.style = "stacked"
    slot = plot.width / max(1, len(plot.categoryAxis.categoryNames))
    plot.barSpacing, plot.groupSpacing = 0.5, min(4.0, slot * 0.25)   # narrow slots keep most of their width
    for index, series in enumerate(chart.series):
        plot.bars[index].fillColor = _colour(series.colour)
        plot.bars[index].strokeColor = None
    _place_on_axes(drawing, plot, chart, language, width, legend_height)


def _top_partners(drawing: Any, chart: ChartDescription, language: str, width: float, legend_height: float) -> None:
    from reportlab.graphics.charts.barcharts import HorizontalBarChart

    plot = HorizontalBarChart()
    _plot_box(plot, width - 40, 0, left=118)
    plot.y = 14
    plot.height = HEIGHT - 22
    plot.data = [list(reversed(chart.series[0].values))]
    plot.categoryAxis.categoryNames = [_wrap(c) for c in reversed(chart.categories)]
    plot.categoryAxis.labels.leading = 8
    plot.bars[0].fillColor, plot.bars[0].strokeColor = _colour(chart.series[0].colour), None
    plot.barLabelFormat = _formatter(chart, language)
    plot.barLabels.fontName, plot.barLabels.fontSize = REGULAR, 7
    plot.barLabels.boxAnchor, plot.barLabels.dx = "w", 3
    _style_axes(plot, chart, language)
    plot.valueAxis.valueMin = 0
    plot.valueAxis.visibleLabels = 0
    plot.valueAxis.visibleGrid = 0
    drawing.add(plot)


def _pyramid(drawing: Any, chart: ChartDescription, language: str, width: float, legend_height: float) -> None:
    from reportlab.graphics.charts.barcharts import HorizontalBarChart

    plot = HorizontalBarChart()
    _plot_box(plot, width, legend_height)
    male, female = chart.series[0].values, chart.series[1].values if len(chart.series) > 1 else ()
    plot.data = [[-(v or 0) for v in male], [v or 0 for v in female]]
    plot.categoryAxis.categoryNames = list(chart.categories)
    plot.categoryAxis.style = "stacked"
    plot.categoryAxis.labels.boxAnchor = "e"
    for index, series in enumerate(chart.series[:2]):
        plot.bars[index].fillColor, plot.bars[index].strokeColor = _colour(series.colour), None
    plot.barSpacing = 1
    _style_axes(plot, chart, language, absolute=True)
    peak = max([abs(v) for row in plot.data for v in row] or [1])
    _scale_axis(plot.valueAxis, chart, language, -peak, peak, absolute=True)
    drawing.add(plot)
    _axis_title(drawing, chart, width, legend_height + 4)


def _donut(drawing: Any, chart: ChartDescription, language: str, width: float, legend_height: float) -> None:
    from reportlab.graphics.charts.doughnut import Doughnut
    from reportlab.graphics.charts.legends import Legend

    values = [v or 0 for v in chart.series[0].values]
    total = sum(values) or 1
    donut = Doughnut()
    donut.x, donut.y, donut.width, donut.height = 30, 8, HEIGHT - 16, HEIGHT - 16
    donut.data, donut.innerRadiusFraction = values, 0.55
    donut.slices.strokeColor, donut.slices.strokeWidth = _colour("#FFFFFF"), 1
    palette = _donut_colours(chart)
    for index, colour in enumerate(palette):
        donut.slices[index].fillColor = _colour(colour)
    drawing.add(donut)
    fmt = _formatter(chart, language)
    legend = Legend()
    legend.colorNamePairs = [
        (_colour(palette[i]), f"{_short(c, 42)}  {fmt(v)} ({format_percent(format_number(100 * v / total, 1, language), language)})")
        for i, (c, v) in enumerate(zip(chart.categories, values))]
    legend.fontName, legend.fontSize, legend.boxAnchor = REGULAR, 7.5, "nw"
    legend.x, legend.y, legend.deltay, legend.dy, legend.dx = HEIGHT + 40, HEIGHT - 14, 12, 8, 8
    legend.columnMaximum, legend.strokeWidth, legend.strokeColor = 12, 0, None
    drawing.add(legend)


def _donut_colours(chart: ChartDescription) -> list[str]:
    from mpdesk.charts.model import PALETTE

    return [PALETTE[i % len(PALETTE)] for i in range(len(chart.categories))]


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


_RENDERERS = {"line": _line, "bar": _bars, "stacked_bar": _bars, "top_partners": _top_partners,
              "pyramid": _pyramid, "donut": _donut}


def alt_text(chart: ChartDescription, language: str) -> str:
    """A sentence a screen reader can say for the chart: what it shows and its main figures."""
    from mpdesk.i18n import tr

    fmt = _formatter(chart, language)
    kinds = {"line": tr("Report", "Line chart"), "bar": tr("Report", "Bar chart"),
             "stacked_bar": tr("Report", "Stacked bar chart"), "top_partners": tr("Report", "Bar chart"),
             "pyramid": tr("Report", "Population pyramid"), "donut": tr("Report", "Doughnut chart")}
    parts = [f"{kinds.get(chart.kind, tr('Report', 'Chart'))}: {figure_title(chart, language)}."]
    if chart.kind in ("top_partners", "donut"):
        pairs = [f"{c} {fmt(v)}" for c, v in zip(chart.categories, chart.series[0].values) if v is not None]
        parts.append(list_separator(language).join(pairs[:10]) + ".")
    else:
        for series in chart.series[:4]:
            points = [(c, v) for c, v in zip(chart.categories, series.values) if v is not None]
            if not points:
                continue
            (first, a), (last, b) = points[0], points[-1]
            parts.append(tr("Report", "{series}: {a} in {first}, {b} in {last}.").format(
                series=series.label, a=fmt(a), first=first, b=fmt(b), last=last))
    return " ".join(parts)
