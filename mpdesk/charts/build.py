"""Fill a ChartDescription from a profile's figures: the one builder all three renderers share."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterable

from mpdesk.formats import capitalised, figure_decimals, list_separator, partner_name, sex_label, unit_label
from mpdesk.charts.model import PALETTE, SEX_COLOURS, ChartDescription, Series
from mpdesk.guide import Catalogue, ChartSpec
from mpdesk.guide.formula import DIMENSIONS
from mpdesk.i18n import tr
from mpdesk.services.derived import DerivedResult
from mpdesk.services.figures import Figures, age_start
from mpdesk.services.provenance import MARKED_STATUSES, status_sentence
from mpdesk.services.value_table import ValueTable
from mpdesk.services.keys import CellKey

if TYPE_CHECKING:
    from mpdesk.services.workspace import Workspace

TOP_PARTNERS = 10


@dataclass(frozen=True)
class _Figure:
    key: CellKey
    value: float
    sources: tuple[str, ...]
    mark: str   # what the source marks the figure as ('UN WPP 2022 projection.'), as the table's footnote says it


class _Data:
    """Figures of one indicator from stored values or derived results, one per cell."""

    def __init__(self, table: ValueTable, derived: DerivedResult, catalogue: Catalogue,
                 years: Iterable[int] | None) -> None:
        self.table, self.derived, self.catalogue = table, derived, catalogue
        self.source = Figures(table, derived, catalogue)
        self.years = set(years) if years is not None else None
        self.used: list[_Figure] = []

    def figures(self, indicator: str) -> list[_Figure]:
        found = [_Figure(f.key, f.value, f.sources, status_sentence(f.status, f.note) if f.status in MARKED_STATUSES
                         else "") for f in self.source.figures(indicator)]
        return [f for f in found if self.years is None or f.key.year in self.years]

    def series_by(self, indicator: str, by: str, include_total: bool) -> dict[str, dict[int, _Figure]]:
        """{value of ``by`` ('' for the total): {year: figure}} with other dimensions at total."""
        position = DIMENSIONS.index(by) if by else -1
        result: dict[str, dict[int, _Figure]] = {}
        for figure in self.figures(indicator):
            dims = figure.key.dims()
            if any(d for i, d in enumerate(dims) if i != position):
                continue
            part = dims[position] if position >= 0 else ""
            if part or include_total or position < 0:
                result.setdefault(part, {})[figure.key.year] = figure
        return result


def _age_order(group: str) -> tuple[int, str]:
    return (age_start(group), group)


class _Builder:
    def __init__(self, spec: ChartSpec, data: _Data, language: str) -> None:
        self.spec, self.data, self.lang = spec, data, language
        self.first = data.catalogue.indicator(spec.indicators[0])

    def name(self, key: str) -> str:
        return self.data.catalogue.indicator(key).name.get_for(self.lang)

    def part_label(self, by: str, part: str) -> str:
        if not part:
            return tr("Charts", "Total")
        if by == "sex":
            return sex_label(part).capitalize()
        return partner_name(part, self.lang) if by == "partner" else part

    def colour(self, by: str, part: str, index: int) -> str:
        if by == "sex" and len(self.spec.indicators) == 1:
            return SEX_COLOURS.get(part, PALETTE[index % len(PALETTE)])
        return PALETTE[index % len(PALETTE)]

    def use(self, figures: Iterable[_Figure]) -> None:
        self.data.used.extend(figures)

    # -- kinds --------------------------------------------------------------------------------
    def over_years(self, stacked: bool) -> tuple[tuple[str, ...], tuple[Series, ...]]:
        """line, bar, stacked_bar: x = years; a series per indicator, or per part when split."""
        by = self.spec.by if self.spec.by in DIMENSIONS else ""
        raw: list[tuple[str, str, dict[int, _Figure]]] = []
        for key in self.spec.indicators:
            parts = self.data.series_by(key, by, include_total=not stacked)
            order = sorted(parts, key=lambda p: (p != "", _age_order(p) if by == "age_group" else (0, p)))
            for part in order:
                label = self.part_label(by, part) if by else self.name(key)
                if by and len(self.spec.indicators) > 1:
                    label = f"{self.name(key)}, {label.lower() if by == 'sex' else label}"
                raw.append((label, part, parts[part]))
        years = sorted({y for _, _, values in raw for y in values})
        series = []
        for index, (label, part, values) in enumerate(raw):
            self.use(values.values())
            series.append(Series(label, tuple(values[y].value if y in values else None for y in years),
                                 self.colour(by, part, index)))
        return tuple(str(y) for y in years), tuple(series)

    def top_partners(self) -> tuple[tuple[str, ...], tuple[Series, ...]]:
        figures = [f for f in self.data.figures(self.first.key)
                   if f.key.partner and not (f.key.sex or f.key.age_group or f.key.category)]
        if not figures:
            return (), ()
        latest = max(f.key.year for f in figures)
        top = sorted((f for f in figures if f.key.year == latest), key=lambda f: -f.value)[:TOP_PARTNERS]
        self.use(top)
        label = tr("Charts", "{name}, {year}").format(name=self.name(self.first.key), year=latest)
        return (tuple(partner_name(f.key.partner, self.lang) for f in top),
                (Series(label, tuple(f.value for f in top), PALETTE[0]),))

    def pyramid(self) -> tuple[tuple[str, ...], tuple[Series, ...]]:
        figures = [f for f in self.data.figures(self.first.key)
                   if f.key.age_group and f.key.sex and not (f.key.partner or f.key.category)]
        if not figures:
            return (), ()
        latest = max(f.key.year for f in figures)
        cells = {(f.key.age_group, f.key.sex): f for f in figures if f.key.year == latest}
        groups = sorted({g for g, _ in cells}, key=_age_order)
        series = []
        for sex in ("male", "female"):  # values stay positive: renderers mirror the male side
            values = tuple(cells[(g, sex)].value if (g, sex) in cells else None for g in groups)
            self.use(cells[(g, sex)] for g in groups if (g, sex) in cells)
            series.append(Series(sex_label(sex).capitalize(), values, SEX_COLOURS[sex]))
        return tuple(groups), tuple(series)

    def donut(self) -> tuple[tuple[str, ...], tuple[Series, ...]]:
        by = self.spec.by if self.spec.by in DIMENSIONS else "category"
        parts = self.data.series_by(self.first.key, by, include_total=False)
        years = {y for values in parts.values() for y in values}
        if not years:
            return (), ()
        latest = max(years)
        chosen = sorted(((p, v[latest]) for p, v in parts.items() if latest in v), key=lambda pv: -pv[1].value)
        self.use(f for _, f in chosen)
        label = tr("Charts", "{name}, {year}").format(name=self.name(self.first.key), year=latest)
        return (tuple(self.part_label(by, p) for p, _ in chosen),
                (Series(label, tuple(f.value for _, f in chosen), PALETTE[0]),))

    # -- labels -------------------------------------------------------------------------------
    def y_label(self) -> str:
        unit = unit_label(self.first.unit, self.lang)
        return capitalised(unit)

    def source_line(self) -> str:
        sources = list(dict.fromkeys(s for f in self.data.used for s in f.sources if s))
        if not sources:
            return ""
        return tr("Charts", "Source: {sources}.").format(sources=list_separator(self.lang).join(s.rstrip(".") for s in sources))

    def title(self) -> tuple[str, str]:
        """The catalogue's title when every indicator is drawn; else the names of those drawn
        (a chart never promises a series it does not show), and the names left out."""
        title = self.spec.title.get_for(self.lang)
        if len(self.spec.indicators) < 2 or not self.data.used:
            return title, ""
        drawn = {f.key.indicator for f in self.data.used}
        missing = [self.name(k) for k in self.spec.indicators if k not in drawn]
        if not missing:
            return title, ""
        names = _and([self.name(k) for k in self.spec.indicators if k in drawn])
        unit = unit_label(self.first.unit, self.lang)
        if unit:
            names = tr("Charts", "{names} ({unit})").format(names=names, unit=unit)
        return names, _and(missing)

    def notes(self) -> tuple[str, ...]:
        """The marked figures drawn, in the words of the table's footnotes ('2022–2023: UN WPP 2022
        projection.'): one sentence per kind of mark (``provenance.status_sentence``)."""
        from mpdesk.formats import year_span

        years: dict[str, set[int]] = {}
        for figure in self.data.used:
            if figure.mark:
                years.setdefault(figure.mark, set()).add(figure.key.year)
        return tuple(tr("Report", "{years}: {note}").format(years=year_span(sorted(found)), note=sentence)
                     for sentence, found in years.items())


def _and(names: list[str]) -> str:
    if len(names) < 2:
        return "".join(names)
    return tr("Charts", "{first} and {last}").format(first=", ".join(names[:-1]), last=names[-1])


def build_chart(spec: ChartSpec, table: ValueTable, derived: DerivedResult, catalogue: Catalogue,
                language: str = "en", years: Iterable[int] | None = None) -> ChartDescription:
    """The chart's categories, series, labels and source line, from the profile's figures."""
    builder = _Builder(spec, _Data(table, derived, catalogue, years), language)
    if spec.kind == "top_partners":
        categories, series = builder.top_partners()
    elif spec.kind == "pyramid":
        categories, series = builder.pyramid()
    elif spec.kind == "donut":
        categories, series = builder.donut()
    else:
        categories, series = builder.over_years(stacked=spec.kind == "stacked_bar")
    x_label = {"top_partners": "", "pyramid": tr("Charts", "Age group"), "donut": ""}.get(spec.kind, tr("Charts", "Year"))
    over_time = spec.kind in ("line", "bar", "stacked_bar")
    title, absent = builder.title()
    notes = builder.notes() + ((tr("Charts", "No figures yet for {names}.").format(names=absent),) if absent else ())
    return ChartDescription(
        key=spec.key, kind=spec.kind, title=title, categories=categories, series=series,
        x_label=x_label, y_label=builder.y_label(), unit=builder.first.unit, decimals=figure_decimals(builder.first),
        source=builder.source_line(), notes=notes,
        x_values=tuple(float(c) for c in categories) if over_time else ())


def charts_for_section(ws: "Workspace", section_key: str, table: ValueTable | None = None,
                       derived: DerivedResult | None = None, language: str | None = None) -> list[ChartDescription]:
    """The catalogue's charts for a section, then the team's own; callers skip ``is_empty`` ones."""
    from mpdesk.services.custom_charts import custom_chart_specs
    from mpdesk.services.derived import compute_derived

    catalogue = ws.catalogue
    language = language or ws.profile().language or "en"
    table = table if table is not None else ValueTable.from_workspace(ws)
    derived = derived if derived is not None else compute_derived(table, catalogue, language)
    specs = list(catalogue.section(section_key).charts) + custom_chart_specs(ws, section_key)
    return _without_repeats([build_chart(spec, table, derived, catalogue, language) for spec in specs])


def _without_repeats(charts: list[ChartDescription]) -> list[ChartDescription]:
    """A chart that, drawing only the series that exist, shows what an earlier chart of the section
    already shows (remittances, FDI and ODA with only remittances) is left out, not printed twice."""
    seen: set[tuple] = set()
    kept = []
    for chart in charts:
        drawn = (chart.kind, tuple(chart.categories), tuple((s.label, tuple(s.values)) for s in chart.series))
        if chart.is_empty or drawn not in seen:
            kept.append(chart)
        seen.add(drawn)
    return kept
