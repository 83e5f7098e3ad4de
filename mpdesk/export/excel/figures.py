"""The rows behind the At-a-glance and Data sheets, as plain data."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from mpdesk.export.excel.cells import indicator_format, number_format
from mpdesk.export.report_data import ReportData

if TYPE_CHECKING:
    from mpdesk.services.workspace import Workspace

DERIVED = "derived"


@dataclass(frozen=True)
class GlanceRow:
    name: str
    value: float | None
    year: int | None
    unit: str
    source: str
    change: float | None
    previous_year: int | None
    fmt: str


@dataclass(frozen=True, slots=True)
class TidyRow:
    indicator: str
    name: str
    year: int
    sex: str
    age_group: str
    partner: str
    category: str
    value: float
    unit: str
    source: str
    note: str
    status: str
    provenance: str
    preferred: bool
    fmt: str


def glance_rows(data: ReportData) -> list[GlanceRow]:
    """One row per key figure (``services.glance.KeyFigure``), in the dashboard's order."""
    return [GlanceRow(name=f.name, value=f.latest_value, year=f.latest_year, unit=f.unit_label, source=f.source,
                      change=f.change, previous_year=f.previous_year, fmt=_format(data, f.indicator))
            for f in data.key_figures]


def _format(data: ReportData, key: str) -> str:
    catalogue = data.catalogue
    if catalogue is not None and catalogue.has_indicator(key):
        return indicator_format(catalogue.indicator(key))
    return number_format(0)


def tidy_rows(ws: "Workspace", data: ReportData) -> list[TidyRow]:
    """Every stored figure of the exported sections (each source's), then the derived ones.

    The rows of ``services.figures.stored_figures(ws, keys)``: the one read path and its one
    order, streamed as plain rows (a large profile holds hundreds of thousands of figures)."""
    keys = exported_indicators(data)
    names: dict[str, str] = {}
    formats: dict[str, str] = {}
    from sys import intern

    def once(text: str) -> str:  # one string object per distinct text, not one per figure
        return intern(text) if text.__class__ is str else text

    from mpdesk.formats import unit_label

    units: dict[str, str] = {}

    def unit(code: str) -> str:  # 'US$ million', not 'usd_million'
        if code not in units:
            units[code] = intern(unit_label(code, data.language) if code else "")
        return units[code]

    from mpdesk.services.figures import stored_figures

    rows = []
    for v in stored_figures(ws, keys):
        key = v.indicator
        if key not in names:
            names[key], formats[key] = _name(data, key), _format(data, key)
        rows.append(TidyRow(once(key), names[key], int(v.year), once(v.sex),
                            once(v.age_group), once(v.partner), once(v.category), float(v.value), unit(v.unit),
                            once(v.source), once(v.note), once(v.status), once(v.provenance), bool(v.preferred),
                            formats[key]))
    return rows + derived_rows(data, set(keys))


def derived_rows(data: ReportData, keys: set[str]) -> list[TidyRow]:
    found = [d for d in data.derived.values.values() if d.key.indicator in keys]
    found.sort(key=lambda d: (d.key.indicator, d.key.year, *d.key.dims()))
    return [TidyRow(d.key.indicator, _name(data, d.key.indicator), d.key.year, *d.key.dims(), float(d.value),
                    _unit(data, d.key.indicator), "; ".join(d.sources), d.formula, "", DERIVED, True,
                    _format(data, d.key.indicator))
            for d in found]


def exported_indicators(data: ReportData) -> list[str]:
    sections = {s.key for s in data.sections}
    return [key for key, info in data.indicators.items() if info.section_key in sections]


def _name(data: ReportData, key: str) -> str:
    info = data.indicators.get(key)
    return info.name if info else key


def _unit(data: ReportData, key: str) -> str:
    from mpdesk.formats import unit_label

    info = data.indicators.get(key)
    return unit_label(info.unit, data.language) if info else ""
