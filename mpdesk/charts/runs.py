"""Where a line is drawn and where it breaks: the one rule the screen and the PDF share.

A line joins a series' figures only across the years it is published for. A yearly series
(World Bank remittances) breaks where a year is missing (1976, then nothing until 1986), so
the reader does not take a straight line for figures; a series published every five years
(UN DESA migrant stock: 1990, 1995, …) stays one line, because its usual step is five years.
"""

from __future__ import annotations

from collections import Counter

from mpdesk.charts.model import ChartDescription, Series

Point = tuple[float, float]


def usual_step(xs: list[float]) -> float:
    """The step between a series' years that occurs most often (the smaller on a tie), once it
    occurs at least twice; else one year: two figures typed for 2010 and 2012 do not make a
    series published every other year."""
    steps = Counter(round(b - a, 6) for a, b in zip(xs, xs[1:]))
    step = min(steps, key=lambda s: (-steps[s], s), default=1.0)
    return step if steps[step] >= 2 else 1.0


def line_runs(chart: ChartDescription, series: Series) -> list[list[Point]]:
    """The series' points split into the runs a line joins; a run of one point is a marker only.

    On a time axis the line breaks where the step to the next figure is longer than the
    series' usual step; on any other axis it breaks at a category without a figure."""
    xs = list(chart.x_values) or [float(i) for i in range(len(chart.categories))]
    if not chart.x_values:
        return _split_at_blanks(xs, series.values)
    points = [(x, v) for x, v in zip(xs, series.values) if v is not None]
    step = usual_step([x for x, _ in points])
    runs: list[list[Point]] = []
    for point in points:
        if runs and point[0] - runs[-1][-1][0] <= step + 1e-6:
            runs[-1].append(point)
        else:
            runs.append([point])
    return runs


def _split_at_blanks(xs: list[float], values: tuple[float | None, ...]) -> list[list[Point]]:
    runs: list[list[Point]] = [[]]
    for x, value in zip(xs, values):
        if value is None:
            runs.append([])
        else:
            runs[-1].append((x, value))
    return [run for run in runs if run]


def break_years(chart: ChartDescription) -> tuple[float, ...]:
    """Where a line chart's time axis needs an empty place for its lines to break as ``line_runs``
    breaks them: for each break with no category inside it, the year the series' usual step expected
    next (1977 between remittances' 1976 and 1986). A table of the chart's figures gives each a row
    without figures, so a spreadsheet chart, which joins the figures of neighbouring rows and leaves
    a gap at an empty one, breaks where the PDF's and the screen's lines do; one row a break, not one
    a missing year, so 1995 then 2020 do not make 24 empty rows."""
    if chart.kind != "line" or not chart.x_values:
        return ()
    taken = sorted(chart.x_values)
    found: set[float] = set()
    for series in chart.series:
        runs = line_runs(chart, series)
        step = usual_step([x for run in runs for x, _ in run])
        for before, after in zip(runs, runs[1:]):
            end, start = before[-1][0], after[0][0]
            if not any(end < x < start for x in taken):   # a category between already breaks the line
                found.add(round(end + step, 6))   # inside the break: it is longer than the step
    return tuple(sorted(found))
