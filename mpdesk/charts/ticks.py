"""Year ticks of a time axis: round years (every 1, 2, 5, 10 … years), as many as fit.

One rule for the screen (pyqtgraph) and the PDF (reportlab): the axis is proportional to time,
so its labels are round years along it, not the years that happen to hold a figure (which would
put '2020' and '2021' on top of each other after '1995')."""

from __future__ import annotations

import math

_STEPS = (1, 2, 5, 10, 20, 25, 50, 100)


def year_step(first: int, last: int, fits: int) -> int:
    """The smallest round step that leaves at most ``fits`` labelled years between first and last."""
    fits = max(2, fits)
    for step in _STEPS:
        if _count(first, last, step) <= fits:
            return step
    return _STEPS[-1] * max(1, math.ceil((last - first + 1) / (_STEPS[-1] * fits)))


def year_ticks(first: int, last: int, fits: int) -> list[int]:
    """The labelled years: multiples of the step inside [first, last]; both ends when nothing is."""
    if last < first:
        first, last = last, first
    step = year_step(first, last, fits)
    ticks = list(range(math.ceil(first / step) * step, last + 1, step))
    return ticks or sorted({first, last})


def every_year(years: list[int]) -> list[int]:
    """Every year from the first to the last: the slots of a bar chart over time, gaps included."""
    return list(range(min(years), max(years) + 1)) if years else []


def _count(first: int, last: int, step: int) -> int:
    return last // step - math.ceil(first / step) + 1
