"""Data-quality checks a national team runs before sharing a draft (domain rules 3.5).

Every finding is a full sentence naming the indicator, the year and the figures as the
report shows them. Nothing here changes data: conflicts between sources are shown, and the
team chooses the preferred figure itself (``services.values.choose_preferred``).
"""

from __future__ import annotations

import math
import operator
import re
from array import array
from dataclasses import dataclass
from itertools import repeat
from typing import TYPE_CHECKING, Iterable, Iterator, Mapping

from mpdesk.formats import (disaggregation_text, format_number, format_percent, format_value, indicator_decimals,
                            list_separator, same_figure, year_span)
from mpdesk.guide import Catalogue, Indicator
from mpdesk.i18n import tr
from mpdesk.services.derived import DerivedResult
from mpdesk.services.keys import CellKey, EditError, Figure
from mpdesk.services.profile import ProfileInfo, profile_info
from mpdesk.services.series import dataset_of
from mpdesk.services.validation import ValueRejected, check_value
from mpdesk.services.value_table import ValueTable

if TYPE_CHECKING:
    from mpdesk.services.workspace import Workspace

SEVERITIES = ("error", "warning", "note")
JUMP_KEY = "quality.jump_threshold"
DEFAULT_JUMP = 0.5


def yearly_change(before: float, after: float, gap: int) -> float:
    """The change from ``before`` to ``after`` per year over ``gap`` years (0.5 = +50 % a year):
    compounded, ``(after / before) ** (1 / gap) - 1``, so the jump threshold means the same for
    yearly figures and for UN DESA's points five years apart (+98 % over five years is +15 % a year).
    A change of sign or to zero is told whole (no yearly rate exists for it)."""
    ratio = after / before
    if gap <= 1 or ratio <= 0:
        return ratio - 1
    return float(ratio ** (1 / gap) - 1)


PART_DIMENSIONS = (2, 1, 3)  # partner, age_group, category (positions in CellKey.dims())


@dataclass(frozen=True)
class Finding:
    severity: str          # error | warning | note
    code: str
    message: str
    section_key: str = ""
    indicator_key: str = ""
    cell: CellKey | None = None


class _Checker:
    def __init__(self, table: ValueTable, derived: DerivedResult, catalogue: Catalogue, info: ProfileInfo,
                 language: str | None = None, choices: Mapping[str, str] | None = None) -> None:
        self.table, self.derived, self.catalogue, self.info = table, derived, catalogue, info
        self.choices = choices or {}   # indicator -> the dataset the team chose for its series
        # the sentences are interface text (tr): their names, words and figures follow the same language
        self.lang = language or info.language
        self._indicators: dict[str, Indicator | None] = {}
        self._names: dict[str, str] = {}
        self._dims_text: dict[tuple[str, str, str, str], str] = {}
        self._others: dict[str, list[float]] | None = None  # every figure of cells with several sources
        self._derived_keys: set[str] | None = None
        self._publishers: dict[tuple[str, str], bool] = {}   # (publisher, indicator) -> gives figures of it

    def indicator(self, key: str) -> Indicator | None:
        if key not in self._indicators:
            self._indicators[key] = self.catalogue.indicator(key) if self.catalogue.has_indicator(key) else None
        return self._indicators[key]

    def where(self, key: CellKey) -> str:
        """'Total population (female) for 2019', the way a reader names a cell."""
        return tr("Quality", "{name} for {year}").format(name=self._series_of(key), year=key.year)

    def _series_of(self, key: CellKey) -> str:
        """'Total population (female)': the cell's indicator and disaggregation, without its year."""
        name = self._name(key.indicator)
        dims = key.dims()
        parts = self._dims_text.get(dims)
        if parts is None:
            parts = self._dims_text[dims] = disaggregation_text(dims, self.lang).lstrip(", ")
        if parts:
            name = tr("Quality", "{name} ({disaggregation})").format(name=name, disaggregation=parts)
        return name

    def fig(self, value: float, indicator: Indicator | None) -> str:
        return format_value(value, indicator, self.lang)   # the one decimals rule, an unknown indicator's too

    def finding(self, severity: str, code: str, message: str, key: CellKey | None, indicator: str = "") -> Finding:
        ind = self.indicator(key.indicator if key else indicator)
        return Finding(severity, code, message, ind.section_key if ind else "",
                       key.indicator if key else indicator, key)

    def _count_indicators(self) -> list[str]:
        """Indicators holding figures that are counts (sums of parts must add up)."""
        return [k for k in self.table.indicators() if self._is_count(k)]

    # -- single values ------------------------------------------------------------------------
    def invalid_values(self) -> Iterator[Finding]:
        """Negative counts, shares outside 0-100 and the like, by the one validation rule."""
        table = self.table
        for indicator_key in table.indicators():
            indicator = self.indicator(indicator_key)
            if indicator is None or indicator.derived or self._all_within(indicator):
                continue
            for first in table.preferred_rows(indicator_key):
                key = None
                for row in table.rows_of(first):
                    try:
                        check_value(indicator, row.value)
                    except ValueRejected as exc:
                        key = key or first.key
                        code = "negative_count" if indicator.is_count else "share_out_of_range" if indicator.is_share else "invalid_value"
                        text = tr("Quality", "{where}: {figure} ({source}). {why}").format(
                            where=self.where(key), figure=self.fig(row.value, indicator),
                            source=row.source or tr("Quality", "no source"), why=exc)
                        yield self.finding("error", code, text, key)

    def _all_within(self, indicator: Indicator) -> bool:
        """For range rules, the smallest and largest figure passing means every figure passes."""
        if indicator.unit in ("yes_no", "year"):
            return False
        columns = self.table.value_columns(indicator.key).values()
        values = array("d")
        for column in columns:
            values.extend(column)
        if self.table.conflict_rows():
            if self._others is None:
                self._others = {}
                for rows in self.table.conflict_rows():
                    self._others.setdefault(rows[0].key.indicator, []).extend(row.value for row in rows)
            values.extend(self._others.get(indicator.key, []))
        if math.isnan(sum(values)):  # a NaN (or inf - inf): min and max depend on the order, so as listed
            values = array("d", (row.value for _, row in self.table.every_figure(indicator.key)))
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
                text = tr("Quality", "{where} comes out at {figure}, outside 0-100: check the figures it is "
                          "computed from ({formula}).").format(
                    where=self.where(key), formula=value.formula,
                    figure=format_percent(format_number(value.value, 1, self.lang), self.lang))
                yield self.finding("error", "share_out_of_range", text, key)

    # -- sums ---------------------------------------------------------------------------------
    def sex_totals(self) -> Iterator[Finding]:
        """Per indicator and disaggregation: the totals' years against the women's and the men's."""
        table = self.table
        found: list[tuple[int, Finding]] = []
        for indicator_key in self._count_indicators():
            groups = table.series_index(indicator_key)
            columns = table.value_columns(indicator_key)
            for dims, totals in groups.items():
                if dims[0]:
                    continue
                women = groups.get(("female",) + dims[1:])
                men = groups.get(("male",) + dims[1:])
                if women is None or men is None:
                    continue
                years = list(totals)
                if years == list(women) == list(men):
                    # The usual case, compared series against series; only a mismatch is looked at again.
                    female_values, male_values = columns[("female",) + dims[1:]], columns[("male",) + dims[1:]]
                    total_values = columns[dims]
                    sums = map(operator.add, female_values, male_values)
                    close = list(map(operator.le, map(abs, map(operator.sub, sums, total_values)),
                                     map(max, repeat(1.0), map(operator.mul, repeat(0.005), map(abs, total_values)))))
                    if all(close):
                        continue
                    check = [year for year, fine in zip(years, close) if not fine]
                else:
                    check = years
                apart: dict[tuple[str, str], list[int]] = {}   # (total's source, split's) -> years
                for year in check:
                    total = totals[year]
                    female = women.get(year)
                    if female is None:
                        continue
                    male = men.get(year)
                    if male is None or _close(female.value + male.value, total.value):
                        continue
                    total = self._same_source_total(total, female, male)
                    if total.source != female.source and female.source == male.source:
                        apart.setdefault((totals[year].source, female.source), []).append(year)
                    elif not _close(female.value + male.value, total.value):
                        found.append((table.cell_position(total), self._sex_finding(total, female, male)))
                for (total_source, split_source), apart_years in apart.items():
                    key = totals[apart_years[-1]].key
                    found.append((table.cell_position(totals[apart_years[-1]]),
                                  self._sources_apart(key, apart_years, total_source, split_source)))
        found.sort(key=lambda f: f[0])  # in the order the figures were read, as before
        return iter([f for _, f in found])

    def _same_source_total(self, total: Figure, female: Figure, male: Figure) -> Figure:
        """The total the split is compared with: the one from the split's own source and release when
        the cell holds it (the series rule may print another publisher's), else the printed one."""
        if total.source == female.source or female.source != male.source:
            return total
        return next((f for f in self.table.all_sources(total.key) if f.source == female.source), total)

    def _sources_apart(self, key: CellKey, years: list[int], total_source: str, split_source: str) -> Finding:
        """One note for a total and a split from different publishers: not a mismatch to correct."""
        text = tr("Quality", "{name}: for {years} the total is from {total_source} and women and men from "
                  "{split_source}; figures from different sources need not add up, and are not compared.").format(
            name=self._series_of(key),
            years=year_span(years), total_source=total_source, split_source=split_source)
        return self.finding("note", "sex_sum_sources", text, key)

    def _sex_finding(self, total: Figure, female: Figure, male: Figure) -> Finding:
        key = total.key
        ind = self.indicator(key.indicator)
        text = tr("Quality", "{where}: women ({female}) plus men ({male}) make {sum}, but the total is {total}. "
                  "Check that the three figures come from the same source and date.").format(
            where=self.where(key), female=self.fig(female.value, ind), male=self.fig(male.value, ind),
            sum=self.fig(female.value + male.value, ind), total=self.fig(total.value, ind))
        return self.finding("warning", "sex_sum", text, key)

    def parts_over_total(self) -> Iterator[Finding]:
        """Parts on one dimension (partner, age group or category) adding to more than their total.

        Summed per disaggregation (fast); a sum near the limit, or one reported, is added again in
        the order the figures were read, so the result is exactly that of a cell-by-cell sum.
        """
        table = self.table
        found: list[tuple[int, Finding]] = []
        for indicator_key in self._count_indicators():
            groups = table.series_index(indicator_key)
            columns = table.value_columns(indicator_key)
            by_total: dict[tuple[tuple[str, str, str, str], int], list[tuple[tuple, Mapping[int, Figure]]]] = {}
            for dims, years in groups.items():
                for position in PART_DIMENSIONS:
                    if dims[position] and not any(d for i, d in enumerate(dims) if i != position and i != 0 and d):
                        total_dims = _with_dims(dims, position, "")
                        by_total.setdefault((total_dims, position), []).append((dims, years))
            for (total_dims, position), parts in by_total.items():
                totals = groups.get(total_dims)
                if totals is None:
                    continue
                years_of_total = list(totals)
                sums = [0.0] * len(years_of_total)
                sizes = [0.0] * len(years_of_total)
                counts = [0] * len(years_of_total)
                for dims, years in parts:
                    if list(years) == years_of_total:  # the usual case: added series to series
                        values = columns[dims]
                        sums = list(map(operator.add, sums, values))
                        sizes = list(map(operator.add, sizes, map(abs, values)))
                        counts = list(map(operator.add, counts, repeat(1, len(counts))))
                        continue
                    for i, year in enumerate(years_of_total):
                        row = years.get(year)
                        if row is not None:
                            sums[i] += row.value
                            sizes[i] += abs(row.value)
                            counts[i] += 1
                for i, (year, total) in enumerate(totals.items()):
                    if not counts[i]:
                        continue
                    total_value = total.value
                    # Any order of adding n figures lands within this of the exact sum of their sizes.
                    margin = 2.0 * counts[i] * sizes[i] * _EPSILON
                    low, high = sums[i] - margin, sums[i] + margin
                    if not _exceeds(low, total_value) and not _exceeds(high, total_value) and high == high:
                        continue
                    rows = sorted((years[year] for _, years in parts if year in years), key=table.cell_position)
                    exact = 0.0
                    for row in rows:
                        exact += row.value
                    if _exceeds(exact, total_value):
                        first = table.cell_position(rows[0])
                        found.append((first, self._parts_finding(total, position, exact)))
        found.sort(key=lambda f: f[0])
        return iter([f for _, f in found])

    def _parts_finding(self, total: Figure, position: int, parts: float) -> Finding:
        total_key = total.key
        ind = self.indicator(total_key.indicator)
        what = (tr("Quality", "partner countries"), tr("Quality", "age groups"), tr("Quality", "categories"))[
            PART_DIMENSIONS.index(position)]
        text = tr("Quality", "{where}: the {what} add up to {parts}, more than the total of {total}. "
                  "A part may be counted twice, or the total may come from another source.").format(
            where=self.where(total_key), what=what, parts=self.fig(parts, ind), total=self.fig(total.value, ind))
        return self.finding("error", "parts_exceed_total", text, total_key)

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
                    name=self._name(indicator_key), years=year_span(years), start=start, end=end)
                yield self.finding("note", "outside_period", text, None, indicator_key)

    def without_source(self) -> Iterator[Finding]:
        table = self.table
        for indicator_key in table.indicators():
            groups = table.series_index(indicator_key)
            sources = set(map(_source, table.preferred_rows(indicator_key)))  # as read: fast in memory
            if all(source.strip() for source in sources):
                continue
            blank = [(year, dims) for dims, years in groups.items() for year, row in years.items()
                     if not row.source.strip()]
            blank.sort()
            year, dims = blank[0]
            text = tr("Quality", "{name} has {n} figure(s) without a source ({years}). Add the source so "
                      "readers can check them.").format(
                name=self._name(indicator_key), n=len(blank), years=year_span(sorted({y for y, _ in blank})))
            yield self.finding("warning", "no_source", text, groups[dims][year].key)

    def conflicts(self) -> Iterator[Finding]:
        """One warning per series (indicator x disaggregation) and set of sources that disagree: the
        years, and the largest relative difference with its year (the cell the warning opens), not
        one warning per year that buries the others (World Bank and UN DESA population, every year)."""
        by_series: dict[tuple, list[tuple[float, list[Figure]]]] = {}
        for key, rows in self.table.conflicts():
            rows = _without_superseded(rows)
            indicator = self.indicator(key.indicator)
            decimals = indicator_decimals(indicator) if indicator else 2
            if len({round(r.value, decimals) for r in rows}) < 2:
                continue
            first = rows[0].value
            difference = max(abs(r.value - first) for r in rows) / abs(first) if first else math.inf
            series = (key.indicator, key.dims(), tuple(r.source for r in rows))
            by_series.setdefault(series, []).append((difference, rows))
        for (indicator_key, dims, _), cells in by_series.items():
            yield self._conflict(indicator_key, dims, cells)

    def _conflict(self, indicator_key: str, dims: tuple[str, str, str, str],
                  cells: list[tuple[float, list[Figure]]]) -> Finding:
        indicator = self.indicator(indicator_key)
        difference, rows = max(cells, key=lambda c: (c[0], c[1][0].key.year))
        key = rows[0].key
        listed = list_separator(self.lang).join(tr("Quality", "{figure} ({source})").format(
            figure=self.fig(r.value, indicator), source=r.source or tr("Quality", "no source")) for r in rows)
        shown = format_percent(format_number(difference * 100, 1, self.lang), self.lang) \
            if math.isfinite(difference) else ".."
        text = tr("Quality", "{where}, the sources disagree for {years}; the largest difference, {difference}, "
                  "is in {year}: {listed}. The profile now uses {chosen}; choose the figure the team "
                  "retains.").format(
            where=self._series_name(indicator_key, dims), years=year_span([r[0].key.year for _, r in cells]),
            difference=shown, year=key.year, listed=listed,
            chosen=rows[0].source or tr("Quality", "the figure without source"))
        return self.finding("warning", "source_conflict", text, key)

    def mixed_sources(self) -> Iterator[Finding]:
        """A series (indicator x disaggregation) whose preferred figures come from several datasets."""
        from mpdesk.services.series import release_of

        datasets: dict[str, str] = {}
        for indicator_key in self.table.indicators():
            for dims, years in self.table.series_index(indicator_key).items():
                by_dataset: dict[str, list[tuple[int, str]]] = {}
                for year, row in years.items():
                    source = row.source
                    dataset = datasets.get(source)
                    if dataset is None:
                        dataset = datasets[source] = release_of(source).dataset
                    by_dataset.setdefault(dataset, []).append((year, source))
                if len(by_dataset) < 2:
                    continue
                main = max(by_dataset.values(), key=len)
                others = sorted(item for found in by_dataset.values() if found is not main for item in found)
                listed = "; ".join(tr("Quality", "{source} for {years}").format(
                    source=source or tr("Quality", "no source"),
                    years=year_span(sorted(y for y, s in others if s == source)))
                    for source in dict.fromkeys(s for _, s in others))
                key = CellKey(indicator_key, others[-1][0], *dims)
                text = tr("Quality", "{where}: the series mixes sources. It uses {main}, but {listed}. Use one "
                          "source for the whole series, or say why in a note.").format(
                    where=self._series_name(indicator_key, dims),
                    main=main[0][1] or tr("Quality", "no source"), listed=listed)
                yield self.finding("warning", "mixed_sources", text, key)

    def unused_figures(self) -> Iterator[Finding]:
        """Figures left out because their source is not the one their series uses: the report
        prints '..' for those years, so the team must know why (``series.preference_reason``) and
        how to print them instead. The finding points at a year both sources give, where the
        figure's panel lists both and the team can choose."""
        by_series: dict[tuple, dict[str, list[int]]] = {}
        left_out: dict[tuple, list[Figure]] = {}
        for key, figures in self.table.unused_cells():
            series = (key.indicator, key.dims())
            sources = by_series.setdefault(series, {})
            left_out.setdefault(series, []).extend(figures)
            for figure in figures:
                sources.setdefault(figure.source, []).append(key.year)
        for (indicator_key, dims), sources in sorted(by_series.items()):
            used = next(iter(self.table.series_index(indicator_key).get(dims, {}).values()), None)
            main = (used.source if used is not None else "") or tr("Quality", "no source")
            listed = "; ".join(tr("Quality", "{source} for {years}").format(
                source=source or tr("Quality", "no source"), years=year_span(sorted(set(years))))
                for source, years in sources.items())
            text = tr("Quality", "{where}: figures are left out because the series uses another source "
                      "({main}): {listed}. The report prints '..' for those years.").format(
                where=self._series_name(indicator_key, dims), main=main, listed=listed)
            whys, shared = self._why_left_out(indicator_key, dims, list(sources), left_out, main)
            last = max(y for years in sources.values() for y in years)
            yield self.finding("warning", "unused_figures", " ".join([text, *whys]),
                               CellKey(indicator_key, shared or last, *dims))

    def _why_left_out(self, indicator_key: str, dims: tuple[str, str, str, str], others: list[str],
                      left_out: dict[tuple, list[Figure]], main: str) -> tuple[list[str], int | None]:
        """One sentence for each source left out of a series: why the series keeps ``main`` (the
        series rule's own reason) and what prints the other's years; and the latest year both give."""
        from mpdesk.services.series import preference_reason, release_of, split_datasets

        def figures(wanted: tuple[str, str, str, str]) -> list[Figure]:
            stored = [f for key, f in self.table.every_figure(indicator_key) if key.dims() == wanted]
            return stored + left_out.get((indicator_key, wanted), [])

        period = (self.info.period_start or 0, self.info.period_end or 9999)
        group = [f for sex in ("", "female", "male") for f in figures((sex, *dims[1:]))]
        series = figures(dims)
        indicator = self.indicator(indicator_key)
        chosen = self.choices.get(indicator_key)
        whys, shared_years = [], []
        for other in others:
            dataset = release_of(other).dataset
            reason = preference_reason(indicator, series, period, chosen, split_datasets(group, period), dataset)
            both = sorted({f.key.year for f in series if f.preferred} &
                          {f.key.year for f in series if release_of(f.source).dataset == dataset})
            shared_years += both[-1:]
            whys.append(self._left_out_sentence(reason, main, other or tr("Quality", "no source"), both))
        return [w for w in whys if w], max(shared_years, default=None)

    @staticmethod
    def _left_out_sentence(reason: str, main: str, other: str, both: list[int]) -> str:
        from mpdesk.services.series import preference_sentence

        because = preference_sentence(reason, main, other)   # the import preview says it alike
        if not because:
            return ""
        if reason == "release":
            return because
        if both:
            act = tr("Quality", "To print the years of {other} instead, open the figure for {year}, which both sources "
                                "give, and use the one from {other}: the whole series then takes that source.")
        else:
            act = tr("Quality", "To print one of these figures, type it in its cell with its source.")
        act = act.format(other=other.rstrip("."), year=both[-1] if both else "")
        return f"{because} {act}"

    def _series_name(self, indicator_key: str, dims: tuple[str, str, str, str]) -> str:
        name = self._name(indicator_key)
        parts = disaggregation_text(dims, self.lang).lstrip(", ")
        return tr("Quality", "{name} ({disaggregation})").format(name=name, disaggregation=parts) if parts else name

    def _name(self, key: str) -> str:
        name = self._names.get(key)
        if name is None:
            indicator = self.indicator(key)
            name = self._names[key] = indicator.name.get_for(self.lang) if indicator else key
        return name

    # -- time series --------------------------------------------------------------------------
    def jumps(self, threshold: float) -> Iterator[Finding]:
        """Totals and sexes only: small parts (one partner country) swing widely without error. Only
        changes into a year of the reference period: the report is about that period, and flagging every
        jump of a long historical series buries the findings the team has to act on."""
        table = self.table
        start, end = self.info.period_start, self.info.period_end
        found: list[tuple[int, int, Finding]] = []
        for indicator_key in table.indicators():
            indicator = self.indicator(indicator_key)
            if indicator is None or indicator.signed or indicator.unit in ("yes_no", "year"):
                continue
            for dims, years in table.series_index(indicator_key).items():
                if any(dims[1:]):
                    continue
                rows = [years[year] for year in sorted(years)]
                first = None
                for before, after in zip(rows, rows[1:]):
                    if start and end and not start <= after.key.year <= end:
                        continue
                    if before.value and abs(yearly_change(before.value, after.value,
                                                          after.key.year - before.key.year)) > threshold:
                        if first is None:
                            first = min(table.cell_position(r) for r in rows)
                        found.append((first, after.key.year, self._jump(before, after)))
        found.sort(key=lambda f: f[:2])  # series in the order they were read, each by year
        return iter([f for _, _, f in found])

    def _jump(self, before: Figure, after: Figure) -> Finding:
        indicator = self.indicator(after.key.indicator)
        gap = after.key.year - before.key.year

        def percent(share: float) -> str:
            return format_percent(("+" if share > 0 else "") + format_number(share * 100, 0, self.lang), self.lang)

        values = dict(where=self.where(after.key), figure=self.fig(after.value, indicator),
                      change=percent((after.value - before.value) / abs(before.value)),
                      previous=self.fig(before.value, indicator), year=before.key.year)
        if gap == 1:
            text = tr("Quality", "{where}: {figure} is {change} compared with the previous figure ({previous} "
                      "in {year}). Check the figure, or explain the change in the text.").format(**values)
        else:   # UN DESA's points are five years apart: the change is told per year as well
            text = tr("Quality", "{where}: {figure} is {change} compared with the previous figure ({previous} "
                      "in {year}), {yearly} a year over {gap} years. Check the figure, or explain the change in "
                      "the text.").format(**values, yearly=percent(yearly_change(before.value, after.value, gap)),
                                          gap=gap)
        return self.finding("warning", "jump", text, after.key)

    # -- derived ------------------------------------------------------------------------------
    def mixed_series(self) -> Iterator[Finding]:
        """A % whose person counts come from different population series (rule 3.5)."""
        groups: dict[tuple[str, tuple[tuple[str, str], ...]], list[CellKey]] = {}
        persons: dict[str, bool] = {}
        families: dict[str, str] = {}
        for key, value in self.derived.values.items():
            people = []
            used_figures = []
            for i in value.inputs:
                if not i.source:
                    continue
                counted = persons.get(i.indicator)
                if counted is None:
                    counted = persons[i.indicator] = self._unit(i.indicator) == "persons"
                if counted:
                    people.append((i.indicator, i.source))
                    used_figures.append(i)
            if len(people) < 2:
                continue
            seen = set()
            for _, source in people:
                family = families.get(source)
                if family is None:
                    family = families[source] = series_family(source)
                seen.add(family)
            # A computation divides by the printed series (services.derived): where the numerator's
            # publisher gives its own figure of another input, and it differs, the share is not the
            # one that publisher publishes, which the team should know. Where it publishes none
            # (KNOMAD's matrix: no population), or its figure is the same (KNOMAD's total stock is UN
            # DESA's), there is nothing to correct.
            numerator = people[0][1]
            if len(seen) > 1 and any(self._publishes(numerator, i.indicator) and not self._same_as_publishers(numerator, i)
                                     for i in used_figures[1:] if families[i.source] != families[numerator]):
                groups.setdefault((key.indicator, tuple(dict.fromkeys(people))), []).append(key)
        for (indicator_key, people_used), cells in groups.items():
            cells.sort(key=lambda k: (k.year, k.dims()))
            used = "; ".join(tr("Quality", "{name} from {source}").format(name=self._name(i), source=s)
                             for i, s in people_used)
            text = tr("Quality", "{name} for {years} divides figures from different population series: {used}. "
                      "Use the same series for numerator and denominator, or say so in a note.").format(
                name=self._name(indicator_key), years=year_span(sorted({c.year for c in cells})), used=used)
            yield self.finding("warning", "mixed_series", text, cells[-1])

    def _same_as_publishers(self, source: str, used: Figure) -> bool:
        """Whether the profile holds a figure of ``used``'s cell from the publisher of ``source`` and it
        equals ``used`` (the computation gives what that publisher's own figures give)."""
        publisher = _publisher(source)
        return any(_publisher(f.source) == publisher and same_figure(f.value, used.value)
                   for f in self.table.all_sources(used.key))

    def _publishes(self, source: str, indicator_key: str) -> bool:
        """Whether the publisher of ``source`` gives figures of ``indicator_key``: the profile holds one
        of its figures of it, or the catalogue names one of its datasets among the indicator's sources
        (UN DESA's stock files and WPP give populations; KNOMAD's matrices give none)."""
        publisher = _publisher(source)
        found = self._publishers.get((publisher, indicator_key))
        if found is None:
            indicator = self.indicator(indicator_key)
            typical = indicator.sources if indicator else ()
            found = any(_publisher(s) == publisher for s in typical) or any(
                _publisher(f.source) == publisher for _, f in self.table.every_figure(indicator_key))
            self._publishers[(publisher, indicator_key)] = found
        return found

    # -- modules ------------------------------------------------------------------------------
    def empty_modules(self, selected: Iterable[str], narratives: Mapping[str, str]) -> Iterator[Finding]:
        for section_key in selected:
            if not self.catalogue.has_section(section_key):
                continue
            section = self.catalogue.section(section_key)
            if not section.number:
                continue
            title = section.numbered_title(self.lang)   # a Part by its title alone: it names its letter
            keys = [i.key for i in self.catalogue.indicators_for(section_key)]
            keys += [k for chart in section.charts for k in chart.indicators]  # charted from another section
            if keys and not any(self._has_data(k) for k in keys):
                text = tr("Quality", "Section {title} is in the report but has no figures yet.").format(title=title)
                yield Finding("note", "module_no_data", text, section_key, "", None)
            if section.narrative and not narratives.get(section_key, "").strip():
                text = tr("Quality", "Section {title} is in the report but has no text yet.").format(title=title)
                yield Finding("note", "module_no_narrative", text, section_key, "", None)

    def _has_data(self, key: str) -> bool:
        if self._derived_keys is None:
            self._derived_keys = {k.indicator for k in self.derived.values}
        return self.table.has(key) or key in self._derived_keys


def _publisher(source: str) -> str:
    """The publisher a source names first: 'un' (UN DESA), 'world' (World Bank), 'knomad', 'national'."""
    words = dataset_of(source).split()
    return words[0] if words else ""


def series_family(source: str) -> str:
    """The population series a source belongs to, without edition, date or WDI series code.

    'World Bank WDI SP.POP.TOTL (2024-12-16)' and 'World Bank WDI SM.POP.NETM (2024-06-28)'
    are one series family; 'UN DESA, International Migrant Stock 2020' is another.
    """
    text = re.sub(r"\([^)]*\)", " ", source.lower())
    text = re.sub(r"\b[a-z]{2}(\.[a-z0-9]+)+\b", " ", text)
    text = re.sub(r"\b(19|20)\d\d\b", " ", text)
    return " ".join(re.sub(r"[^\w/]+", " ", text).split())


_EPSILON = 2.0 ** -52
_source = operator.attrgetter("source")


def _exceeds(parts: float, total: float) -> bool:
    """The parts add up to more than the total, beyond rounding (non-decreasing in ``parts``)."""
    return not (parts <= total or _close(parts, total))


def _with_dims(dims: tuple[str, str, str, str], position: int, value: str) -> tuple[str, str, str, str]:
    changed = list(dims)
    changed[position] = value
    return tuple(changed)  # type: ignore[return-value]


def _with(key: CellKey, position: int, value: str) -> CellKey:
    dims = list(key.dims())
    dims[position] = value
    return CellKey(key.indicator, key.year, *dims)


def _close(a: float, b: float) -> bool:
    """Within 0.5% or one unit: published totals are often rounded separately from their parts."""
    return abs(a - b) <= max(1.0, 0.005 * abs(b))


def sort_findings(findings: Iterable[Finding]) -> list[Finding]:
    """Errors first, then warnings, then notes; within each, in outline order of indicator and year."""
    return sorted(findings, key=lambda f: (SEVERITIES.index(f.severity), f.section_key, f.indicator_key,
                                           f.cell.year if f.cell else 0, f.code))


def run_checks_on(table: ValueTable, derived: DerivedResult, catalogue: Catalogue, profile_info: ProfileInfo,
                  selected_sections: Iterable[str], narratives: Mapping[str, str],
                  threshold: float = DEFAULT_JUMP, language: str | None = None,
                  choices: Mapping[str, str] | None = None) -> list[Finding]:
    """Every check on already loaded data (no database: benchmarks and worker threads).

    ``language``: the one the messages are read in (the interface's), for the indicator names and
    figures inside them; the profile's language when not given. ``choices``: indicator -> the
    dataset the team chose for its series (``series.Choices``), so a warning can say it was chosen."""
    checker = _Checker(table, derived, catalogue, profile_info, language, choices)
    found: list[Finding] = []
    for check in (checker.invalid_values, checker.derived_out_of_range, checker.sex_totals,
                  checker.parts_over_total, checker.outside_period, checker.without_source,
                  checker.conflicts, checker.mixed_series, checker.mixed_sources,
                  checker.unused_figures):
        found.extend(check())
    found.extend(checker.jumps(threshold))
    found.extend(checker.empty_modules(selected_sections, narratives))
    return sort_findings(found)


def run_checks(ws: "Workspace", jump_threshold: float | None = None, language: str | None = None) -> list[Finding]:
    """Every check on an open profile; the jump threshold defaults to the one the team stored.
    ``language`` as in run_checks_on."""
    from mpdesk.services.derived import compute_derived
    from mpdesk.services.profile import narratives, selected_sections

    table = ValueTable.from_workspace(ws)
    info = profile_info(ws)
    derived = compute_derived(table, ws.catalogue, info.language)
    threshold = jump_threshold if jump_threshold is not None else get_jump_threshold(ws)
    from mpdesk.services.series import Choices

    with ws.session() as session:
        choices = Choices.read(session).by_indicator
    return run_checks_on(table, derived, ws.catalogue, info, selected_sections(ws), narratives(ws), threshold,
                         language, choices)


def get_jump_threshold(ws: "Workspace") -> float:
    """The change per year (0.5 = 50%, ``yearly_change``) beyond which a figure is flagged; stored in the file."""
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

    if not 0.01 <= float(value) <= 10:
        raise EditError(tr("Quality", "The threshold for changes per year must be between 1% and 1,000%."))
    with ws.edit(tr("Quality", "Set the threshold for changes per year")) as session:
        row = session.get(FileMeta, JUMP_KEY)
        if row is None:
            session.add(FileMeta(key=JUMP_KEY, value=repr(float(value))))
        else:
            row.value = repr(float(value))


def _without_superseded(rows: list) -> list:
    """A cell's figures without those of an older release of a dataset the cell also holds in a
    newer one: UNHCR revising its 2022 figures in a later release is a revision the series
    follows (``services.series``), not another source for the team to choose between."""
    from mpdesk.services.series import release_of

    releases = [release_of(r.source) for r in rows]
    newest: dict[str, tuple[int, ...]] = {}
    for release in releases:
        if release.dataset:
            newest[release.dataset] = max(newest.get(release.dataset, release.date), release.date)
    return [r for r, release in zip(rows, releases)
            if not release.dataset or release.date >= newest[release.dataset] or r is rows[0]]
