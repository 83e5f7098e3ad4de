"""A chart's printed title: its own title, then its unit and period where it does not say them.

One function for the PDF caption, the list of figures, the alternative text and the workbook's
native charts, so a reader sees the same title on paper and in Excel.
"""

from __future__ import annotations

from mpdesk.charts.model import ChartDescription
from mpdesk.formats import unit_label


def chart_period(chart: ChartDescription) -> str:
    """'1990–2023' for a chart over years; the year of a chart of one year ('…, 2021' series)."""
    if chart.kind in ("line", "bar", "stacked_bar") and chart.categories:
        first, last = chart.categories[0], chart.categories[-1]
        return first if first == last else f"{first}–{last}"
    label = chart.series[0].label if chart.series else ""
    year = label.rsplit(", ", 1)[-1]
    return year if year.isdigit() and len(year) == 4 else ""


def _comparable(text: str) -> str:
    # The catalogue's titles use plain spaces where the unit words use no-break ones
    # ('EE. UU.' against 'EE.\u00a0UU.'): compare words, not spacing.
    return " ".join(text.replace("\u00a0", " ").replace("\u202f", " ").split()).casefold()


def figure_title(chart: ChartDescription, language: str) -> str:
    """The chart's title with its unit and period when the title does not already say them:
    'Total population (persons), 1990–2023'."""
    title = chart.title
    unit = unit_label(chart.unit, language) if chart.unit else ""
    if unit and _comparable(unit) not in _comparable(title):
        title = f"{title} ({unit})"
    period = chart_period(chart)
    if period and period not in title:
        title = f"{title}, {period}"
    return title
