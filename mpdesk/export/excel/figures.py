"""The rows behind the At-a-glance and Data sheets, as plain data."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Iterable, Iterator, Sequence

from mpdesk.export.excel.cells import indicator_format, number_format
from mpdesk.formats import status_label, unit_label
from mpdesk.i18n import note_in
from mpdesk.export.report_data import ReportData

if TYPE_CHECKING:
    from typing import Callable

    from mpdesk.export.excel.parallel import StoredSeries
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


DataRow = tuple  # the Data sheet's cells in column order (the series' words, then one figure per year), then
# the indicator's number format (the writer gives a tiny non-zero figure more decimals: cells.figure_format)
SERIES_FIELDS = 12   # indicator key, name, sex, age group, partner, category, unit, source, note, status,
# provenance, preferred: what a wide row shares with each of its figures


@dataclass
class WideTable:
    """The Data sheet's rows and its year columns (ascending: every year an exported figure has).
    ``rows`` is read once, as it is written."""

    years: list[int]
    rows: Iterable[DataRow]

    def __iter__(self) -> Iterator[DataRow]:
        return iter(self.rows)


Long = tuple[Any, tuple, int, float]   # (order, series words, year, value): one figure


def widen(figures: Iterable[Long], years: Sequence[int]) -> list[tuple[tuple, list[float | None]]]:
    """Figures -> one row per series (its words, then a figure or None per year of ``years``),
    rows by ``order``; one-to-one: two figures of the same series and year (none in a profile, whose
    cells are unique per source) go to two rows, so nothing is ever lost or overwritten."""
    column = {year: index for index, year in enumerate(years)}
    grouped: dict[tuple, list[list[float | None]]] = {}
    orders: dict[tuple, Any] = {}
    width = len(years)
    for order, words, year, value in figures:
        rows = grouped.get(words)
        if rows is None:
            rows = grouped[words] = []
            orders[words] = order
        place = column[year]
        for target in rows:   # the series' first row with this year free
            if target[place] is None:
                break
        else:
            target = [None] * width
            rows.append(target)
        target[place] = value
    ordered = sorted(grouped, key=lambda words: orders[words])
    return [(words, values) for words in ordered for values in grouped[words]]


def data_rows(ws: "Workspace", data: ReportData, words: "DataWords", stored: "StoredSeries | None" = None) -> WideTable:
    """Every stored figure of the exported sections (each source's), then the derived ones, one row
    per series (every field but year and value), years as columns. Rows in the one order: indicator,
    then the disaggregation's (``services.figures.dims_order``), then the preferred source first.
    The stored figures are read here unless ``stored`` (the same read, grouped by series in a second
    process: ``parallel.read_series``) is given; they are grouped by series as read (about 30 figures
    to a series: no list of every figure is kept), then each series worded once."""
    keys = exported_indicators(data)
    if stored is None:
        stored = stored_series(ws, keys)
    derived = [d for d in data.derived.values.values() if d.key.indicator in set(keys)]
    years = sorted(set(stored.years) | {d.key.year for d in derived})
    return WideTable(years, _wide_rows(data, words, stored, derived, years))


def stored_series(ws: "Workspace", keys: list[str]) -> "StoredSeries":
    """The stored figures of ``keys`` grouped by series, read in this process (``parallel.group_series``)."""
    from mpdesk.export.excel.parallel import StoredSeries, group_series
    from mpdesk.services.figures import stored_rows, stored_years

    years = stored_years(ws, keys)
    return StoredSeries(keys, years, group_series(stored_rows(ws, keys, with_ids=False), years))


def _wide_rows(data: ReportData, words: "DataWords", stored: "StoredSeries", derived: list,
               years: list[int]) -> Iterator[DataRow]:
    from itertools import groupby

    yield from _stored_rows(data, words, stored, years)
    by_indicator = sorted(derived, key=lambda d: d.key.indicator)
    for _, group in groupby(_long_derived(data, words, by_indicator), key=lambda f: f[1][0]):
        yield from _rows_of(data, widen(group, years))


def _stored_rows(data: ReportData, words: "DataWords", stored: "StoredSeries", years: list[int]) -> Iterator[DataRow]:
    """One indicator's series at a time: each worded (``_SeriesWords``), series whose words are the
    same made one (their figures placed as ``widen`` places them), then in the one order (a tie
    keeps the order of the series' first figure)."""
    from itertools import groupby

    series_of = _SeriesWords(data, words)
    aligned = _aligner(stored.years, years)
    for _, group in groupby(stored.series, key=lambda s: s[0][0]):
        grouped: dict[tuple, list[list[float | None]]] = {}
        orders: dict[tuple, Any] = {}
        for raw, values in group:
            order, series = series_of(raw)
            rows = grouped.get(series)
            if rows is None:
                grouped[series], orders[series] = [aligned(values)], order
            else:
                _merge(rows, aligned(values))
        ordered = sorted(grouped, key=orders.__getitem__)
        yield from _rows_of(data, [(series, values) for series in ordered for values in grouped[series]])


def _aligner(read: list[int], years: list[int]) -> "Callable[[Sequence[float]], list[float | None]]":
    """A series' figures placed by the years ``read``, NaN for none (``parallel.StoredSeries``) ->
    a figure or None per year of ``years`` (which has every year of ``read``: a derived figure may
    add a year no stored one has)."""
    if read == years:
        return lambda values: [value if value == value else None for value in values]
    places = [years.index(year) for year in read]

    def aligned(values: Sequence[float]) -> list[float | None]:
        moved: list[float | None] = [None] * len(years)
        for place, value in zip(places, values):
            if value == value:
                moved[place] = value
        return moved

    return aligned


def _merge(rows: list[list[float | None]], values: list[float | None]) -> None:
    """``values`` into the series' first row with each year free (``widen``'s rule)."""
    for place, value in enumerate(values):
        if value is None:
            continue
        for target in rows:
            if target[place] is None:
                target[place] = value
                break
        else:
            rows.append([None] * len(values))
            rows[-1][place] = value


def _rows_of(data: ReportData, wide: list[tuple[tuple, list[float | None]]]) -> Iterator[DataRow]:
    formats: dict[str, str] = {}
    for series, values in wide:
        key = series[0]
        fmt = formats.get(key) or formats.setdefault(key, _format(data, key))
        yield (*series, *values, fmt)


class _SeriesWords:
    """(order, words) of a stored series; each unit, status and disaggregation worded once."""

    def __init__(self, data: ReportData, words: "DataWords") -> None:
        self.data, self.words = data, words
        self.units: dict[str, str] = {}
        self.statuses: dict[tuple[str, str], str] = {}
        self.places: dict[tuple, tuple] = {}

    def __call__(self, raw: tuple) -> tuple[tuple, tuple]:
        from mpdesk.services.figures import dims_order

        key, sex, age, partner, category, unit, source, note, status, provenance, preferred = raw
        data, words, language = self.data, self.words, self.data.language
        shown = self.units.get(unit)
        if shown is None:   # 'US$ million', not 'usd_million'
            shown = self.units[unit] = words.unit(unit_label(unit, language) if unit else "")
        said = self.statuses.get((status, provenance))
        if said is None:   # 'As published' for a source's figure, not the team's 'Draft'
            said = self.statuses[(status, provenance)] = status_label(status, provenance)
        dims = (sex, age, partner, category)
        place = self.places.get(dims)
        if place is None:
            place = self.places[dims] = dims_order(dims, language)
        series = (key, _name(data, key), words.sexes.get(sex, sex), age, partner, category, shown, source,
                  note_in(language, note), said, words.codes.get(provenance, provenance),
                  words.yes if preferred else words.no)
        # the stored status code, not its word: the same order in every language (draft, estimate, projection)
        return (place, not preferred, source, status, provenance, note, unit), series


def _long_derived(data: ReportData, words: "DataWords", found: list) -> Iterator[Long]:
    """Each derived figure as (order, series words, year, value); an indicator's name, unit and how it
    is computed (in words, not its internal formula) and a disaggregation's place are made once, not
    once a figure (the unit's words are Babel's: slow)."""
    from mpdesk.export.excel.print_setup import derivation_note
    from mpdesk.services.figures import dims_order

    language, derived = data.language, words.codes[DERIVED]
    named: dict[str, tuple[str, str, str]] = {}
    places: dict[tuple, tuple] = {}
    for d in found:
        key = d.key
        indicator, dims = key.indicator, key.dims()
        described = named.get(indicator)
        if described is None:
            described = named[indicator] = (_name(data, indicator), words.unit(_unit(data, indicator)),
                                            derivation_note(data, indicator, d.formula))
        place = places.get(dims)
        if place is None:
            place = places[dims] = dims_order(dims, language)
        series = (indicator, described[0], words.sexes.get(key.sex, key.sex), key.age_group, key.partner,
                  key.category, described[1], "; ".join(d.sources), described[2], "", derived, words.yes)
        yield (place, series), series, key.year, float(d.value)


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
