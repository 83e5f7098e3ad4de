"""ChartDescription -> reportlab vector drawing. Draws what the description says; decides nothing."""

from __future__ import annotations

from typing import Any, Callable

from mpdesk.charts.format import format_number
from mpdesk.charts.model import GRID, INK, ChartDescription
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


def _formatter(chart: ChartDescription, language: str, absolute: bool = False) -> Callable[[float], str]:
    def fmt(value: float) -> str:
        decimals = chart.decimals if abs(value) < 100 else 0
        return format_number(abs(value) if absolute else value, min(decimals, 2), language)
    return fmt


def _colour(hex_colour: str) -> Any:
    from reportlab.lib import colors

    return colors.HexColor(hex_colour)


def _values(chart: ChartDescription) -> list[list[float | None]]:
    return [list(s.values) for s in chart.series]


def _style_axes(plot: Any, chart: ChartDescription, language: str, absolute: bool = False) -> None:
    for axis in (plot.categoryAxis, plot.valueAxis):
        axis.labels.fontName, axis.labels.fontSize, axis.labels.fillColor = REGULAR, 7, _colour(INK)
        axis.strokeColor, axis.strokeWidth = _colour("#8A949E"), 0.5
    plot.valueAxis.labelTextFormat = _formatter(chart, language, absolute)
    plot.valueAxis.visibleGrid, plot.valueAxis.gridStrokeColor = 1, _colour(GRID)
    plot.valueAxis.gridStrokeWidth = 0.4
    plot.valueAxis.visibleAxis = 0
    plot.categoryAxis.visibleTicks = 0
    plot.categoryAxis.labelAxisMode = "low"   # labels below the plot even when values go negative
    plot.valueAxis.visibleTicks = 0


def _thin(categories: tuple[str, ...]) -> list[str]:
    step = max(1, -(-len(categories) // MAX_X_LABELS))
    return [c if i % step == 0 or i == len(categories) - 1 else "" for i, c in enumerate(categories)]


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
    drawn = [(s, [(x, v) for x, v in zip(xs, s.values) if v is not None]) for s in chart.series]
    drawn = [(s, points) for s, points in drawn if points]
    if not drawn:
        return
    plot.data = [points for _, points in drawn]
    for index, (series, _) in enumerate(drawn):
        plot.lines[index].strokeColor = _colour(series.colour)
        plot.lines[index].strokeWidth = 1.6
        plot.lines[index].symbol = makeMarker("FilledCircle", size=2.6, fillColor=_colour(series.colour))
    x_axis, y_axis = plot.xValueAxis, plot.yValueAxis
    for axis in (x_axis, y_axis):
        axis.labels.fontName, axis.labels.fontSize, axis.labels.fillColor = REGULAR, 7, _colour(INK)
        axis.strokeColor, axis.strokeWidth = _colour("#8A949E"), 0.5
        axis.visibleTicks = 0
    pad = max((xs[-1] - xs[0]) * 0.02, 0.5)
    x_axis.valueMin, x_axis.valueMax = xs[0] - pad, xs[-1] + pad
    x_axis.valueSteps = [x for x, label in zip(xs, _thin(chart.categories)) if label]
    x_axis.labelTextFormat = lambda value: names.get(value, "")
    y_axis.labelTextFormat = _formatter(chart, language)
    y_axis.visibleGrid, y_axis.gridStrokeColor, y_axis.gridStrokeWidth = 1, _colour(GRID), 0.4
    y_axis.visibleAxis = 0
    y_axis.valueMin = min([0.0, *(v for points in plot.data for _, v in points)])
    x_axis.joinAxisMode = "bottom"
    drawing.add(plot)
    _axis_title(drawing, chart, width, legend_height + 4)


def _place_on_axes(drawing: Any, plot: Any, chart: ChartDescription, language: str, width: float,
                   legend_height: float) -> None:
    """Axes from zero (or below, for negative figures), then the plot and its axis title."""
    _style_axes(plot, chart, language)
    plot.valueAxis.valueMin = min([0.0, *(v for s in plot.data for v in s if v is not None)])
    drawing.add(plot)
    _axis_title(drawing, chart, width, legend_height + 4)


def _bars(drawing: Any, chart: ChartDescription, language: str, width: float, legend_height: float) -> None:
    from reportlab.graphics.charts.barcharts import VerticalBarChart

    plot = VerticalBarChart()
    _plot_box(plot, width, legend_height)
    plot.data = _values(chart)
    plot.categoryAxis.categoryNames = _thin(chart.categories)
    if chart.kind == "stacked_bar":
        plot.categoryAxis.style = "stacked"
    plot.barSpacing, plot.groupSpacing = 0.5, 4
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
    plot.categoryAxis.categoryNames = [_short(c, 30) for c in reversed(chart.categories)]
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
    plot.valueAxis.valueMin, plot.valueAxis.valueMax = -peak * 1.05, peak * 1.05
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
        (_colour(palette[i]), f"{_short(c, 42)}  {fmt(v)} ({format_number(100 * v / total, 1, language)}%)")
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
