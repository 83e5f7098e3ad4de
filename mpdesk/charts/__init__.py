"""Chart descriptions (pure data) and the builders that fill them from a profile."""

from mpdesk.charts.model import CHART_KINDS, PALETTE, SEX_COLOURS, ChartDescription, Series

__all__ = ["CHART_KINDS", "PALETTE", "SEX_COLOURS", "ChartDescription", "Series"]
