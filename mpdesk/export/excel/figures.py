"""The rows behind the At-a-glance and Data sheets, as plain data."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterator

from mpdesk.export.excel.cells import figure_format, indicator_format, number_format
from mpdesk.formats import status_label, unit_label
from mpdesk.i18n import note_in
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


DataRow = tuple  # the Data sheet's cells in column order, then the value's number format


def data_rows(ws: "Workspace", data: ReportData, words: "DataWords") -> Iterator[DataRow]:
    """Every stored figure of the exported sections (each source's), then the derived ones, as
    the Data sheet's cells: ``services.figures.stored_figures``' rows in its one order, read as
    they are written (a large profile holds hundreds of thousands; no list of them is kept).
    Labels and number formats are looked up once per indicator, words once per code."""
    from mpdesk.services.figures import stored_figures

    keys = exported_indicators(data)
    per_indicator: dict[str, tuple[str, str]] = {}
    units: dict[str, str] = {}
    sexes, codes, yes, no = words.sexes, words.codes, words.yes, words.no
    statuses: dict[tuple[str, str], str] = {}
    for figure in stored_figures(ws, keys, with_ids=False):   # the sheet has no id column
        cell, unit = figure.key, figure.unit
        key, year, sex, age, partner, category = (cell.indicator, cell.year, cell.sex, cell.age_group, cell.partner,
                                                  cell.category)
        found = per_indicator.get(key)
        if found is None:
            found = per_indicator[key] = (_name(data, key), _format(data, key))
        shown = units.get(unit)
        if shown is None:   # 'US$ million', not 'usd_million'
            shown = units[unit] = words.unit(unit_label(unit, data.language) if unit else "")
        status, provenance = figure.status, figure.provenance
        said = statuses.get((status, provenance))
        if said is None:   # 'As published' for a source's figure, not the team's 'Draft'
            said = statuses[(status, provenance)] = status_label(status, provenance)
        yield (key, found[0], year, sexes.get(sex, sex), age, partner, category, figure.value, shown, figure.source,
               note_in(data.language, figure.note), said, codes.get(provenance, provenance), yes if figure.preferred else no,
               figure_format(figure.value, found[1]))
    yield from derived_rows(data, set(keys), words)


def derived_rows(data: ReportData, keys: set[str], words: "DataWords") -> list[DataRow]:
    found = [d for d in data.derived.values.values() if d.key.indicator in keys]
    found.sort(key=lambda d: (d.key.indicator, d.key.year, *d.key.dims()))
    return [(d.key.indicator, _name(data, d.key.indicator), d.key.year, words.sexes.get(d.key.sex, d.key.sex),
             d.key.age_group, d.key.partner, d.key.category, float(d.value),
             words.unit(_unit(data, d.key.indicator)), "; ".join(d.sources), d.formula, "", words.codes[DERIVED], words.yes,
             figure_format(float(d.value), _format(data, d.key.indicator)))
            for d in found]


@dataclass(frozen=True)
class DataWords:
    """Stored codes as words of the report's language ('femmes', 'importé', 'US$ million')."""

    sexes: dict[str, str]
    codes: dict[str, str]      # status and provenance codes; 'unit:<code>' for units
    yes: str
    no: str

    def unit(self, label: str) -> str:
        return self.codes.get("unit:" + label, label)


def exported_indicators(data: ReportData) -> list[str]:
    sections = {s.key for s in data.sections}
    return [key for key, info in data.indicators.items() if info.section_key in sections]


def _name(data: ReportData, key: str) -> str:
    info = data.indicators.get(key)
    return info.name if info else key


def _unit(data: ReportData, key: str) -> str:
    info = data.indicators.get(key)
    return unit_label(info.unit, data.language) if info else ""
