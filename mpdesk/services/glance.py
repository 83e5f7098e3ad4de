"""Key figures 'at a glance': the dashboard, the PDF table and the Excel sheet all read these."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from mpdesk.formats import format_change, format_value, unit_label
from mpdesk.guide import Catalogue, Indicator
from mpdesk.services.derived import DerivedResult
from mpdesk.services.figures import Figures
from mpdesk.services.value_table import ValueTable

if TYPE_CHECKING:
    from mpdesk.services.workspace import Workspace


@dataclass(frozen=True)
class KeyFigure:
    indicator: str
    name: str
    latest_value: float | None
    latest_year: int | None
    formatted: str
    unit_label: str
    source: str
    previous_value: float | None
    previous_year: int | None
    change: float | None
    change_formatted: str
    trend: tuple[float | None, ...]
    years: tuple[int, ...]


def key_figure(indicator: Indicator, figures: "Figures", language: str = "en",
               period: tuple[int, int] | None = None) -> KeyFigure:
    """The latest figure inside the reference period (as the executive summary quotes it) and the one before."""
    series = {year: (f.value, f.source) for year, f in figures.series(indicator.key).items()}
    if period is not None:
        series = {y: v for y, v in series.items() if period[0] <= y <= period[1]}
    years = tuple(sorted(series))
    latest_year = years[-1] if years else None
    previous_year = years[-2] if len(years) > 1 else None
    latest = series[latest_year][0] if latest_year is not None else None
    previous = series[previous_year][0] if previous_year is not None else None
    change = latest - previous if latest is not None and previous is not None else None
    return KeyFigure(
        indicator=indicator.key, name=indicator.name.get_for(language), latest_value=latest,
        latest_year=latest_year, formatted=format_value(latest, indicator, language),
        unit_label=unit_label(indicator.unit, language),
        source=series[latest_year][1] if latest_year is not None else "",
        previous_value=previous, previous_year=previous_year, change=change,
        change_formatted=format_change(change, indicator, language),
        trend=tuple(series[y][0] for y in years), years=years)


def core_indicators(catalogue: Catalogue) -> list[Indicator]:
    """The at-a-glance set: core indicators of the 'glance' section, in catalogue order."""
    return [i for i in catalogue.core_indicators() if i.section_key == "glance"]


def key_figures(ws: "Workspace", table: ValueTable | None = None, derived: DerivedResult | None = None,
                language: str | None = None) -> list[KeyFigure]:
    """One KeyFigure per core indicator, figures or not (a missing one shows as a gap to fill)."""
    from mpdesk.services.derived import compute_derived

    catalogue = ws.catalogue
    profile = ws.profile()
    language = language or profile.language or "en"
    period = (int(profile.period_start), int(profile.period_end))
    table = table if table is not None else ValueTable.from_workspace(ws)
    derived = derived if derived is not None else compute_derived(table, catalogue, language)
    figures = Figures(table, derived, catalogue)
    return [key_figure(i, figures, language, period) for i in core_indicators(catalogue)]
