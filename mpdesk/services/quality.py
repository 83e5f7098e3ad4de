"""Data-quality checks a national team runs before sharing a draft (domain rules 3.5).

Every finding is a full sentence naming the indicator, the year and the figures as the
report shows them. Nothing here changes data: conflicts between sources are shown, and the
team chooses the preferred figure itself (``services.values.choose_preferred``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterable, Iterator, Mapping

from mpdesk.charts.format import disaggregation_text, format_number, format_value, indicator_decimals
from mpdesk.guide import Catalogue, Indicator
from mpdesk.i18n import tr
from mpdesk.services.derived import DerivedResult
from mpdesk.services.validation import ValueRejected, check_value
from mpdesk.services.value_table import StoredValue, ValueTable
from mpdesk.services.values import CellKey

if TYPE_CHECKING:
    from mpdesk.services.workspace import Workspace

SEVERITIES = ("error", "warning", "note")
JUMP_KEY = "quality.jump_threshold"
DEFAULT_JUMP = 0.5
PART_DIMENSIONS = (2, 1, 3)  # partner, age_group, category (positions in CellKey.dims())


@dataclass(frozen=True)
class Finding:
    severity: str          # error | warning | note
    code: str
    message: str
    section_key: str = ""
    indicator_key: str = ""
    cell: CellKey | None = None


@dataclass(frozen=True)
class ProfileInfo:
    """What the checks need to know about the profile itself."""

    period_start: int
    period_end: int
    language: str = "en"


class _Checker:
    def __init__(self, table: ValueTable, derived: DerivedResult, catalogue: Catalogue, info: ProfileInfo) -> None:
        self.table, self.derived, self.catalogue, self.info = table, derived, catalogue, info
        self.lang = info.language
        self._indicators: dict[str, Indicator | None] = {}

    def indicator(self, key: str) -> Indicator | None:
        if key not in self._indicators:
            self._indicators[key] = self.catalogue.indicator(key) if self.catalogue.has_indicator(key) else None
        return self._indicators[key]

    def where(self, key: CellKey) -> str:
        """'Total population (female) for 2019', the way a reader names a cell."""
        indicator = self.indicator(key.indicator)
        name = indicator.name.get_for(self.lang) if indicator else key.indicator
        parts = disaggregation_text(key.dims(), self.lang).lstrip(", ")
        if parts:
            name = tr("Quality", "{name} ({disaggregation})").format(name=name, disaggregation=parts)
        return tr("Quality", "{name} for {year}").format(name=name, year=key.year)

    def fig(self, value: float, indicator: Indicator | None) -> str:
        return format_value(value, indicator, self.lang) if indicator else format_number(value, 2, self.lang)

    def finding(self, severity: str, code: str, message: str, key: CellKey | None, indicator: str = "") -> Finding:
        ind = self.indicator(key.indicator if key else indicator)
        return Finding(severity, code, message, ind.section_key if ind else "",
                       key.indicator if key else indicator, key)

    # -- single values ------------------------------------------------------------------------
    def invalid_values(self) -> Iterator[Finding]:
        """Negative counts, shares outside 0-100 and the like, by the one validation rule."""
        for indicator_key in self.table.indicators():
            indicator = self.indicator(indicator_key)
            if indicator is None or indicator.derived or self._all_within(indicator):
                continue
            for key, row in self.table.every_figure(indicator_key):
                try:
                    check_value(indicator, row.value)
                except ValueRejected as exc:
                    code = "negative_count" if indicator.is_count else "share_out_of_range" if indicator.is_share else "invalid_value"
                    text = tr("Quality", "{where}: {figure} ({source}). {why}").format(
                        where=self.where(key), figure=self.fig(row.value, indicator),
                        source=row.source or tr("Quality", "no source"), why=exc)
                    yield self.finding("error", code, text, key)

    def _all_within(self, indicator: Indicator) -> bool:
        """For range rules, the smallest and largest figure passing means every figure passes."""
        if indicator.unit in ("yes_no", "year"):
            return False
        values = [row.value for _, row in self.table.every_figure(indicator.key)]
        try:
            check_value(indicator, min(values))
            check_value(indicator, max(values))
        except ValueRejected:
            return False
        return True

    def derived_out_of_range(self) -> Iterator[Finding]:
        for key, value in self.derived.values.items():
            indicator = self.indicator(key.indicator)
            if indicator is not None and indicator.is_share and not -1e-9 <= value.value <= 100 + 1e-9:
                text = tr("Quality", "{where} comes out at {figure}%, outside 0-100: check the figures it is "
                          "computed from ({formula}).").format(
                    where=self.where(key), figure=format_number(value.value, 1, self.lang), formula=value.formula)
                yield self.finding("error", "share_out_of_range", text, key)

    # -- sums ---------------------------------------------------------------------------------
    def sex_totals(self) -> Iterator[Finding]:
        for record in self.table:
            key = record.key
            if key.sex or not self._is_count(key.indicator):
                continue
            female = self.table.get(_with(key, 0, "female"))
            male = self.table.get(_with(key, 0, "male"))
            if female is None or male is None or _close(female.value + male.value, record.value):
                continue
            ind = self.indicator(key.indicator)
            text = tr("Quality", "{where}: women ({female}) plus men ({male}) make {sum}, but the total is {total}. "
                      "Check that the three figures come from the same source and date.").format(
                where=self.where(key), female=self.fig(female.value, ind), male=self.fig(male.value, ind),
                sum=self.fig(female.value + male.value, ind), total=self.fig(record.value, ind))
            yield self.finding("warning", "sex_sum", text, key)

    def parts_over_total(self) -> Iterator[Finding]:
        sums: dict[tuple[CellKey, int], float] = {}
        for record in self.table:
            if not self._is_count(record.key.indicator):
                continue
            dims = record.key.dims()
            for position in PART_DIMENSIONS:
                if dims[position] and not any(d for i, d in enumerate(dims) if i != position and i != 0 and d):
                    total_key = _with(record.key, position, "")
                    sums[(total_key, position)] = sums.get((total_key, position), 0.0) + record.value
        for (total_key, position), parts in sums.items():
            total = self.table.get(total_key)
            if total is None or parts <= total.value or _close(parts, total.value):
                continue
            ind = self.indicator(total_key.indicator)
            what = (tr("Quality", "partner countries"), tr("Quality", "age groups"), tr("Quality", "categories"))[
                PART_DIMENSIONS.index(position)]
            text = tr("Quality", "{where}: the {what} add up to {parts}, more than the total of {total}. "
                      "A part may be counted twice, or the total may come from another source.").format(
                where=self.where(total_key), what=what, parts=self.fig(parts, ind), total=self.fig(total.value, ind))
            yield self.finding("error", "parts_exceed_total", text, total_key)

    def _unit(self, key: str) -> str:
        indicator = self.indicator(key)
        return indicator.unit if indicator else ""

    def _is_count(self, key: str) -> bool:
        indicator = self.indicator(key)
        return indicator is not None and indicator.is_count

    # -- sources and periods ------------------------------------------------------------------
    def outside_period(self) -> Iterator[Finding]:
        start, end = self.info.period_start, self.info.period_end
        for indicator_key in self.table.indicators():
            years = [y for y in self.table.years(indicator_key) if not start <= y <= end]
            if years:
                text = tr("Quality", "{name} has figures for {years}, outside the reference period {start}-{end}; "
                          "they are kept, but say in the text why they are shown.").format(
                    name=self._name(indicator_key), years=_year_list(years), start=start, end=end)
                yield self.finding("note", "outside_period", text, None, indicator_key)

    def without_source(self) -> Iterator[Finding]:
        for indicator_key in self.table.indicators():
            cells = sorted((r.key for r in self.table.records(indicator_key) if not r.source.strip()),
                           key=lambda k: (k.year, k.dims()))
            if cells:
                text = tr("Quality", "{name} has {n} figure(s) without a source ({years}). Add the source so "
                          "readers can check them.").format(
                    name=self._name(indicator_key), n=len(cells), years=_year_list(sorted({k.year for k in cells})))
                yield self.finding("warning", "no_source", text, cells[0])

    def conflicts(self) -> Iterator[Finding]:
        for key, rows in self.table.conflicts():
            indicator = self.indicator(key.indicator)
            decimals = indicator_decimals(indicator) if indicator else 2
            if len({round(r.value, decimals) for r in rows}) < 2:
                continue
            listed = "; ".join(tr("Quality", "{figure} ({source})").format(
                figure=self.fig(r.value, indicator), source=r.source or tr("Quality", "no source")) for r in rows)
            text = tr("Quality", "{where}, two sources disagree: {listed}. The profile now uses {chosen}; choose the "
                      "figure the team retains.").format(
                where=self.where(key), listed=listed, chosen=rows[0].source or tr("Quality", "the figure without source"))
            yield self.finding("warning", "source_conflict", text, key)

    def _name(self, key: str) -> str:
        indicator = self.indicator(key)
        return indicator.name.get_for(self.lang) if indicator else key

    # -- time series --------------------------------------------------------------------------
    def jumps(self, threshold: float) -> Iterator[Finding]:
        """Totals and sexes only: small parts (one partner country) swing widely without error."""
        series: dict[tuple, list[StoredValue]] = {}
        for record in self.table:
            indicator = self.indicator(record.key.indicator)
            if indicator is None or indicator.signed or indicator.unit in ("yes_no", "year") or any(
                    record.key.dims()[1:]):
                continue
            series.setdefault((record.key.indicator, record.key.dims()), []).append(record)
        for rows in series.values():
            rows.sort(key=lambda r: r.key.year)
            for before, after in zip(rows, rows[1:]):
                if before.value and abs(after.value - before.value) / abs(before.value) > threshold:
                    yield self._jump(before, after)

    def _jump(self, before: StoredValue, after: StoredValue) -> Finding:
        indicator = self.indicator(after.key.indicator)
        change = (after.value - before.value) / abs(before.value) * 100
        text = tr("Quality", "{where}: {figure} is {change}% from {previous} in {year}. Check the figure, or "
                  "explain the change in the text.").format(
            where=self.where(after.key), figure=self.fig(after.value, indicator),
            change=("+" if change > 0 else "") + format_number(change, 0, self.lang),
            previous=self.fig(before.value, indicator), year=before.key.year)
        return self.finding("warning", "jump", text, after.key)

    # -- derived ------------------------------------------------------------------------------
    def mixed_series(self) -> Iterator[Finding]:
        """A % whose person counts come from different population series (rule 3.5)."""
        groups: dict[tuple[str, tuple[tuple[str, str], ...]], list[CellKey]] = {}
        for key, value in self.derived.values.items():
            people = [(i.indicator, i.source) for i in value.inputs if i.source and self._unit(i.indicator) == "persons"]
            if len({series_family(source) for _, source in people}) > 1:
                groups.setdefault((key.indicator, tuple(dict.fromkeys(people))), []).append(key)
        for (indicator_key, people), cells in groups.items():
            cells.sort(key=lambda k: (k.year, k.dims()))
            used = "; ".join(tr("Quality", "{name} from {source}").format(name=self._name(i), source=s) for i, s in people)
            text = tr("Quality", "{name} for {years} divides figures from different population series: {used}. "
                      "Use the same series for numerator and denominator, or say so in a note.").format(
                name=self._name(indicator_key), years=_year_list(sorted({c.year for c in cells})), used=used)
            yield self.finding("warning", "mixed_series", text, cells[-1])

    # -- modules ------------------------------------------------------------------------------
    def empty_modules(self, selected: Iterable[str], narratives: Mapping[str, str]) -> Iterator[Finding]:
        for section_key in selected:
            if not self.catalogue.has_section(section_key):
                continue
            section = self.catalogue.section(section_key)
            if not section.number:
                continue
            title = tr("Quality", "{number} {title}").format(number=section.number, title=section.title.get_for(self.lang))
            keys = [i.key for i in self.catalogue.indicators_for(section_key)]
            keys += [k for chart in section.charts for k in chart.indicators]  # charted from another section
            if keys and not any(self._has_data(k) for k in keys):
                text = tr("Quality", "Section {title} is in the report but has no figures yet.").format(title=title)
                yield Finding("note", "module_no_data", text, section_key, "", None)
            if section.narrative and not narratives.get(section_key, "").strip():
                text = tr("Quality", "Section {title} is in the report but has no text yet.").format(title=title)
                yield Finding("note", "module_no_narrative", text, section_key, "", None)

    def _has_data(self, key: str) -> bool:
        return self.table.has(key) or any(k.indicator == key for k in self.derived.values)


def series_family(source: str) -> str:
    """The population series a source belongs to, without edition, date or WDI series code.

    'World Bank WDI SP.POP.TOTL (2024-12-16)' and 'World Bank WDI SM.POP.NETM (2024-06-28)'
    are one series family; 'UN DESA, International Migrant Stock 2020' is another.
    """
    text = re.sub(r"\([^)]*\)", " ", source.lower())
    text = re.sub(r"\b[a-z]{2}(\.[a-z0-9]+)+\b", " ", text)
    text = re.sub(r"\b(19|20)\d\d\b", " ", text)
    return " ".join(re.sub(r"[^\w/]+", " ", text).split())


def _with(key: CellKey, position: int, value: str) -> CellKey:
    dims = list(key.dims())
    dims[position] = value
    return CellKey(key.indicator, key.year, *dims)


def _close(a: float, b: float) -> bool:
    """Within 0.5% or one unit: published totals are often rounded separately from their parts."""
    return abs(a - b) <= max(1.0, 0.005 * abs(b))


def _year_list(years: list[int], limit: int = 8) -> str:
    shown = ", ".join(str(y) for y in years[:limit])
    more = len(years) - limit
    return shown if more <= 0 else tr("Quality", "{shown} and {n} more").format(shown=shown, n=more)


def sort_findings(findings: Iterable[Finding]) -> list[Finding]:
    """Errors first, then warnings, then notes; within each, in outline order of indicator and year."""
    return sorted(findings, key=lambda f: (SEVERITIES.index(f.severity), f.section_key, f.indicator_key,
                                           f.cell.year if f.cell else 0, f.code))


def run_checks_on(table: ValueTable, derived: DerivedResult, catalogue: Catalogue, profile_info: ProfileInfo,
                  selected_sections: Iterable[str], narratives: Mapping[str, str],
                  threshold: float = DEFAULT_JUMP) -> list[Finding]:
    """Every check on already loaded data (no database: benchmarks and worker threads)."""
    checker = _Checker(table, derived, catalogue, profile_info)
    found: list[Finding] = []
    for check in (checker.invalid_values, checker.derived_out_of_range, checker.sex_totals,
                  checker.parts_over_total, checker.outside_period, checker.without_source,
                  checker.conflicts, checker.mixed_series):
        found.extend(check())
    found.extend(checker.jumps(threshold))
    found.extend(checker.empty_modules(selected_sections, narratives))
    return sort_findings(found)


def run_checks(ws: "Workspace", jump_threshold: float | None = None) -> list[Finding]:
    """Every check on an open profile; the jump threshold defaults to the one the team stored."""
    from mpdesk.services.derived import compute_derived
    from mpdesk.services.profile import narratives, selected_sections

    profile = ws.profile()
    table = ValueTable.from_workspace(ws)
    info = ProfileInfo(profile.period_start, profile.period_end, profile.language or "en")
    derived = compute_derived(table, ws.catalogue, info.language)
    threshold = jump_threshold if jump_threshold is not None else get_jump_threshold(ws)
    return run_checks_on(table, derived, ws.catalogue, info, selected_sections(ws), narratives(ws), threshold)


def get_jump_threshold(ws: "Workspace") -> float:
    """The year-on-year change (0.5 = 50%) beyond which a figure is flagged; stored in the file."""
    from mpdesk.models.entities import FileMeta

    with ws.session() as session:
        row = session.get(FileMeta, JUMP_KEY)
        try:
            return float(row.value) if row is not None else DEFAULT_JUMP
        except ValueError:
            return DEFAULT_JUMP


def set_jump_threshold(ws: "Workspace", value: float) -> None:
    """Store the team's threshold in the file (FileMeta, in one committed transaction).

    A setting, not an edit of the profile's content: FileMeta rows are not tracked, so this
    is not on the undo stack (undo of earlier edits keeps working unchanged).
    """
    from mpdesk.models.entities import FileMeta
    from mpdesk.services.workspace import EditError

    if not 0.01 <= float(value) <= 10:
        raise EditError(tr("Quality", "The threshold for year-on-year changes must be between 1% and 1,000%."))
    with ws.edit(tr("Quality", "Set threshold for year-on-year changes")) as session:
        row = session.get(FileMeta, JUMP_KEY)
        if row is None:
            session.add(FileMeta(key=JUMP_KEY, value=repr(float(value))))
        else:
            row.value = repr(float(value))
