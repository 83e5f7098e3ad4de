"""A plain-data snapshot of everything a report shows, read once from the open profile.

``load_report_data`` runs where the profile is open (it reads the file); the PDF and Excel
renderers then work from the returned ``ReportData`` alone, so they can run on a worker
thread after the session is closed. Nothing here is an ORM object.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from operator import attrgetter
from typing import TYPE_CHECKING, Any, Sequence

from mpdesk.formats import disaggregation_text, figure_decimals, partner_name
from mpdesk.export.options import ExportOptions
from mpdesk.guide import Catalogue, Indicator
from mpdesk.i18n import note_in, report_language, tr
from mpdesk.services.provenance import MARKED_STATUSES, status_sentence, typed_years   # the charts' notes say it alike

if TYPE_CHECKING:
    from mpdesk.charts.model import ChartDescription
    from mpdesk.services.keys import CellKey, Derivation, Figure
    from mpdesk.services.derived import DerivedResult
    from mpdesk.services.import_log import ImportEntry
    from mpdesk.services.profile import ProfileInfo
    from mpdesk.services.publication import Publication
    from mpdesk.services.value_table import ValueTable
    from mpdesk.services.workspace import Workspace

Record = dict[str, Any]  # one register row as plain values (column name -> value)

ALWAYS_KEPT = ("front", "summary", "glance", "intro", "D", "annex")
MAX_PDF_YEARS = 8
MISSING = ".."  # printed where a series has no figure for a year; distinct from a published 0


@dataclass(frozen=True)
class SectionInfo:
    key: str
    parent: str
    number: str          # 'A.2' for outline modules, '' otherwise
    title: str           # in the profile's language
    level: int           # 0 for a top section (Part A, Annexes), 1 for its children
    narrative: str       # the team's text, '' when none was written
    wants_narrative: bool  # the catalogue expects text here

    @property
    def heading(self) -> str:
        """'A.2 Immigration'; parts and front matter keep their title as it is."""
        return f"{self.number} {self.title}" if self.number and "." in self.number else self.title


@dataclass(frozen=True)
class TableRow:
    """One indicator x disaggregation; ``values`` maps year -> raw figure (missing years absent)."""

    label: str
    indicator: str
    sex: str
    age_group: str
    partner: str
    category: str
    unit: str
    decimals: int
    values: dict[int, float]
    sources: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    derived: bool = False
    # Cells whose figure comes from another dataset than the rest of the row (a team's per-cell
    # choice, a typed figure): year -> that source. The report footnotes each one.
    exceptions: dict[int, str] = field(default_factory=dict)
    # Cells whose figure the team typed in a row of published figures: year -> the source the
    # team gave ('' if none). The report footnotes each one as the team's, not the publisher's.
    typed: dict[int, str] = field(default_factory=dict)
    # Years whose figure the source marks as an estimate, a projection or provisional: the PDF
    # marks each such cell (its note under the table), so a reader sees which figures they are.
    status: dict[int, str] = field(default_factory=dict)
    year_notes: dict[int, str] = field(default_factory=dict)   # the note each year's figure carries
    year_sources: dict[int, str] = field(default_factory=dict)  # the source each year's figure comes from
    # A derived row's inputs per year: year -> ((input indicator, its disaggregation, its figure's
    # source, whether that figure is the printed one), ...), so the report names what each computed
    # figure divides by (``export.derivation``); not printed: another source standing in for a year
    # the input's series has no figure for (``services.series.stand_in``).
    inputs: dict[int, tuple[tuple[str, tuple[str, str, str, str], str, bool], ...]] = field(default_factory=dict)

    def cell_note(self, year: int) -> str:
        """The footnote a cell needs when its figure is not the row's series ('' when it is): a
        figure the team typed, or another source chosen for that cell. The PDF marks the cell with
        it, the workbook lists it in the row's Notes."""
        if year in self.typed:
            given = self.typed[year].strip().rstrip(".")
            if given:
                return tr("Report", "{year}: typed by the Technical Working Group (source given: {source}); the rest "
                          "of the row comes from the series' source.").format(year=year, source=given)
            return tr("Report", "{year}: typed by the Technical Working Group; the rest of the row comes from the "
                      "series' source.").format(year=year)
        if year in self.exceptions:
            return tr("Report", "{year}: {source} (chosen for this figure; the rest of the row comes from the "
                      "series' source).").format(year=year, source=self.exceptions[year].rstrip("."))
        return self.status_note(year)

    def status_note(self, year: int) -> str:
        """'Projection: UN WPP 2022 projection.' for a figure its source marks so, else ''."""
        status = self.status.get(year)
        if status is None:
            return ""
        return status_sentence(status, self.year_notes.get(year, ""))   # the chart's note says the same

    def notes_for(self, years: "tuple[int, ...] | list[int]") -> tuple[str, ...]:
        """The notes of the figures printed for ``years`` (a 2022 projection note does not sit under
        a 2010-2020 table); all of them when the row does not say which year carries which."""
        if not self.year_notes:
            return self.notes
        # a marked estimate's or projection's note is under its own marker, not repeated here
        return tuple(dict.fromkeys(self.year_notes[y] for y in years if y in self.year_notes and y not in self.status))


@dataclass(frozen=True)
class IndicatorTable:
    """A table of a section: ``years`` for the PDF (at most 8), ``all_years`` for Excel."""

    key: str
    section_key: str
    title: str
    years: tuple[int, ...]
    all_years: tuple[int, ...]
    rows: tuple[TableRow, ...]
    sources: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    period: tuple[int, int] | None = None   # the profile's reference period (None in the annex's parts)

    @property
    def selected_years(self) -> bool:
        """True when ``years`` leaves out some of the series' years."""
        return tuple(self.years) != tuple(self.all_years)

    def year_blocks(self, rows: "Sequence[TableRow] | None" = None,
                    limit: int = MAX_PDF_YEARS) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
        """The table's years in blocks of at most ``limit`` (a page's width) that together give every
        year, each with the indices (in ``rows``) of the rows that have a figure there: a long series
        continues on further row blocks of the same table, no row all '..'."""
        rows = self.rows if rows is None else rows
        years = self.years
        if len(years) <= limit:   # one block: the table as it is, every row
            return [(tuple(years), tuple(range(len(rows))))]
        blocks = []
        for part in balanced_blocks(tuple(years), limit):
            shown = tuple(i for i, r in enumerate(rows) if any(y in r.values for y in part))
            if shown:
                blocks.append((part, shown))
        return blocks or [(tuple(years), tuple(range(len(rows))))]

    def _years_line(self) -> str:
        """What the printed years leave out: years outside the reference period, and/or some of its years."""
        every = {"first": self.all_years[0], "last": self.all_years[-1]}
        if self.period:
            start, end = self.period
            inside = [y for y in self.all_years if start <= y <= end]
            outside = len(inside) < len(self.all_years) and set(self.years) <= set(inside)
            if outside and tuple(self.years) == tuple(inside):
                return tr("Report", "Reference period {start}–{end} only; the statistical annex and the workbook "
                          "give every year ({first}–{last}).").format(start=start, end=end, **every)
            if outside:
                return tr("Report", "Selected years of the reference period {start}–{end}; the statistical annex "
                          "and the workbook give every year ({first}–{last}).").format(start=start, end=end, **every)
        return tr("Report", "Selected years; the statistical annex and the workbook give every year "
                  "({first}–{last}).").format(**every)

    def has_gaps(self, rows: "tuple[TableRow, ...] | list[TableRow] | None" = None) -> bool:
        """Some row has no figure for a year shown (printed as ``MISSING``), in any of its blocks."""
        rows = self.rows if rows is None else rows
        return any(y not in rows[i].values for years, shown in self.year_blocks(rows) for i in shown for y in years)

    def key_lines(self, rows: "tuple[TableRow, ...] | list[TableRow] | None" = None) -> list[str]:
        """The lines a printed table needs under it: selected years, and the key to '..'."""
        lines = []
        if self.period and self.years and not any(self.period[0] <= y <= self.period[1] for y in self.years):
            lines.append(tr("Report", "No figure of this table falls in the reference period {start}–{end}: "
                            "the latest years are shown.").format(start=self.period[0], end=self.period[1]))
        if self.selected_years:
            lines.append(self._years_line())
        if self.has_gaps(rows):
            lines.append(tr("Report", "{mark} no figure in this series (not zero).").format(mark=MISSING))
        return lines


@dataclass(frozen=True)
class IndicatorInfo:
    key: str
    section_key: str
    name: str
    definition: str
    unit: str
    decimals: int
    derived: bool
    formula: str


@dataclass
class ReportData:
    profile: ProfileInfo
    sections: list[SectionInfo]
    narratives: dict[str, str]
    members: list[Record]
    sources: list[Record]
    gaps: list[Record]
    requests: list[Record]
    recommendations: list[Record]
    laws: list[Record]
    comments: list[Record]
    indicators: dict[str, IndicatorInfo]
    tables: dict[str, list[IndicatorTable]]          # section key -> its tables
    charts: dict[str, list["ChartDescription"]]      # section key -> its non-empty charts
    key_figures: list[Any]
    values: "ValueTable"
    derived: "DerivedResult"
    app_version: str
    export_date: date
    draft: bool
    catalogue: Catalogue = field(repr=False, default=None)  # type: ignore[assignment]
    publication: "Publication" = field(default=None)  # type: ignore[assignment]  # imprint page details
    imports: list["ImportEntry"] = field(default_factory=list)   # the files imported, oldest first

    @property
    def language(self) -> str:
        return self.profile.language

    def section(self, key: str) -> SectionInfo | None:
        return next((s for s in self.sections if s.key == key), None)

    def has_section(self, key: str) -> bool:
        return self.section(key) is not None

    def all_tables(self) -> list[IndicatorTable]:
        return [t for s in self.sections for t in self.tables.get(s.key, [])]


# -- loading --------------------------------------------------------------------------------

def load_report_data(ws: "Workspace", options: ExportOptions) -> ReportData:
    """Read everything the report needs from the open profile, in outline order; generated
    texts (labels, chart titles and notes) are in the profile's language, not the screen's."""
    from mpdesk.bulk import collector_paused
    from mpdesk.services.profile import profile_info

    info = profile_info(ws)
    # hundreds of thousands of plain records (figures, rows) and no cycles among them: the cycle
    # collector walking them again and again while they are made was a third of the time
    with report_language(info.language), collector_paused():
        return _load(ws, options, info)


def _load(ws: "Workspace", options: ExportOptions, info: ProfileInfo) -> ReportData:
    from mpdesk import __version__
    from mpdesk.services.derived import compute_derived
    from mpdesk.services.import_log import list_imports
    from mpdesk.services.profile import narratives
    from mpdesk.services.publication import publication_details
    from mpdesk.services.value_table import ValueTable

    catalogue = ws.catalogue
    texts = narratives(ws)
    keys = report_section_keys(ws, options.modules)
    sections = [_section_info(catalogue, k, texts.get(k, ""), info.language) for k in keys]
    table = ValueTable.from_workspace(ws, with_ids=False)   # a report edits no figure: their ids are not held
    derived = compute_derived(table, catalogue)
    indicators = {i.key: _indicator_info(i, info.language) for i in catalogue.indicators}
    return ReportData(
        profile=info, sections=sections, narratives=texts,
        members=_records(ws, "member"), sources=_records(ws, "source"), gaps=_records(ws, "gap"),
        requests=_records(ws, "request"), recommendations=_records(ws, "recommendation"),
        laws=_records(ws, "law"), comments=_records(ws, "comment"), indicators=indicators,
        tables={k: section_tables(catalogue, k, table, derived, info) for k in keys},
        charts={k: _charts(ws, k, table, derived) for k in keys},
        key_figures=_key_figures(ws, table, derived, info.language),
        values=table, derived=derived, app_version=__version__, export_date=options.export_date,
        draft=options.draft, catalogue=catalogue, publication=publication_details(ws),
        imports=list(reversed(list_imports(ws))),
    )


def report_section_keys(ws: "Workspace", modules: list[str] | None) -> list[str]:
    """Sections in outline order: the profile's selection, or ``modules`` with their parents,
    their selected children, and the parts every report keeps (front matter, glance, intro, D, annexes)."""
    from mpdesk.services.profile import selected_sections

    chosen = selected_sections(ws)
    if modules is None:
        return chosen
    catalogue = ws.catalogue
    wanted: set[str] = set()
    for key in modules:
        if not catalogue.has_section(key):
            continue
        wanted.add(key)
        wanted.update(_ancestors(catalogue, key))
        wanted.update(k for k in chosen if _is_under(catalogue, k, key))
    wanted.update(k for k in chosen if k.split(".")[0] in ALWAYS_KEPT)
    return [s.key for s in catalogue.sections if s.key in wanted]


def _ancestors(catalogue: Catalogue, key: str) -> list[str]:
    found: list[str] = []
    parent = catalogue.section(key).parent
    while parent:
        found.append(parent)
        parent = catalogue.section(parent).parent
    return found


def _is_under(catalogue: Catalogue, key: str, ancestor: str) -> bool:
    return ancestor in _ancestors(catalogue, key)


def _section_info(catalogue: Catalogue, key: str, text: str, language: str) -> SectionInfo:
    s = catalogue.section(key)
    level = 0 if not s.parent else 1
    return SectionInfo(key=key, parent=s.parent, number=s.number, title=s.title.get_for(language),
                       level=level, narrative=(text or "").strip(), wants_narrative=s.narrative)


def _indicator_info(i: Indicator, language: str) -> IndicatorInfo:
    return IndicatorInfo(key=i.key, section_key=i.section_key, name=i.name.get_for(language),
                         definition=i.definition.get_for(language), unit=i.unit, decimals=figure_decimals(i),
                         derived=i.derived, formula=i.formula.text if i.formula else "")


def _records(ws: "Workspace", register: str) -> list[Record]:
    from mpdesk.services.registers import list_items

    return [row.as_dict() for row in list_items(ws, register)]


def _charts(ws: "Workspace", key: str, table: "ValueTable", derived: "DerivedResult") -> list["ChartDescription"]:
    from mpdesk.charts.build import charts_for_section

    charts = charts_for_section(ws, key, table, derived)
    return [c for c in charts if not c.is_empty and (c.kind not in ("line", "bar") or len(c.categories) > 1)]


def _key_figures(ws: "Workspace", table: "ValueTable", derived: "DerivedResult", language: str) -> list[Any]:
    from mpdesk.services.glance import key_figures

    return list(key_figures(ws, table, derived, language))


# -- indicator tables ---------------------------------------------------------------------

def section_tables(catalogue: Catalogue, section_key: str, table: "ValueTable", derived: "DerivedResult",
                   info: ProfileInfo) -> list[IndicatorTable]:
    """The section's main table (indicators by sex, age, category), then one table per
    indicator with partner countries, every table in the one row order (partners by name)."""
    main: list[TableRow] = []
    by_partner: list[IndicatorTable] = []
    for indicator in catalogue.indicators_shown_in(section_key):
        rows = indicator_rows(indicator, table, derived, info.language, catalogue)
        main.extend(r for r in rows if not r.partner)
        partners = [r for r in rows if r.partner]
        if partners:
            title = indicator.name.get_for(info.language)
            by_partner.append(_make_table(f"{indicator.key}.partners", section_key, title, partners, info))
    tables = [_make_table(section_key, section_key, "", main, info)] if main else []
    return tables + by_partner


def top_rows(rows: list[TableRow], limit: int) -> list[TableRow]:
    """The ``limit`` rows with the largest latest figure, largest first (a ranking: a table of the
    top partners reads in that order; rows of equal figures keep the one row order)."""
    return sorted(rows, key=lambda r: -r.values[max(r.values)] if r.values else 0.0)[:limit]


def _make_table(key: str, section_key: str, title: str, rows: list[TableRow], info: ProfileInfo) -> IndicatorTable:
    all_years = tuple(sorted({y for r in rows for y in r.values}))
    sources = tuple(dict.fromkeys(s for r in rows for s in r.sources))
    notes = tuple(dict.fromkeys(n for r in rows for n in r.notes))
    return IndicatorTable(key=key, section_key=section_key, title=title,
                          years=choose_years(all_years, info.period_start, info.period_end,
                                             row_latest={y for r in rows if (y := _latest_in(r, info)) is not None}),
                          all_years=all_years, rows=tuple(rows), sources=sources, notes=notes,
                          period=(info.period_start, info.period_end))


def _latest_in(row: TableRow, info: ProfileInfo) -> int | None:
    """The row's latest year inside the reference period (None when it has none there)."""
    return max((y for y in row.values if info.period_start <= y <= info.period_end), default=None)


def choose_years(years: tuple[int, ...], start: int, end: int, limit: int = MAX_PDF_YEARS,
                 row_latest: set[int] | None = None) -> tuple[int, ...]:
    """At most ``limit`` years of the reference period (a 2020 profile's tables present 2010-2020;
    the statistical annex gives the others): the period's end and start, each row's latest year in
    the period (so no row is left blank), census-like years (multiples of five), then recent ones.
    A table with no year in the period shows its latest years, whose caption then says so."""
    if not years:
        return ()
    in_period = [y for y in years if start <= y <= end]
    if not in_period:
        return tuple(years[-min(limit, 3):])
    recent_first = sorted(in_period, reverse=True)
    rows_latest = sorted((y for y in row_latest or () if start <= y <= end), reverse=True)
    priority = [max(in_period), min(in_period)] + rows_latest + [y for y in recent_first if y % 5 == 0]
    priority += recent_first
    return tuple(sorted(list(dict.fromkeys(priority))[:limit]))


def indicator_rows(indicator: Indicator, table: "ValueTable", derived: "DerivedResult", language: str,
                   catalogue: Catalogue) -> list[TableRow]:
    """Every disaggregation of ``indicator`` with a figure (stored or derived), in the shared row order."""
    from mpdesk.services.figures import Figures, sorted_dims

    cells: dict[tuple[str, str, str, str], dict[int, Figure]] = {}
    for f in Figures(table, derived, catalogue).figures(indicator.key):
        key = f.key   # a tuple: key[2:] is its dims
        dims = key[2:]
        by_year = cells.get(dims)
        if by_year is None:
            by_year = cells[dims] = {}
        by_year[key[1]] = f
    notes = _Notes(language)
    return [_row(indicator, dims, cells[dims], language, notes) for dims in sorted_dims(cells, language)]


class _Notes(dict[str, str]):
    """An importer's note -> the same in the report's language (``i18n.note_in``), each distinct one
    translated once: an indicator's figures share a few notes."""

    def __init__(self, language: str) -> None:
        super().__init__({"": ""})
        self.language = language

    def __missing__(self, note: str) -> str:
        found = self[note] = note_in(self.language, note)
        return found


_VALUE, _SOURCE, _NOTE, _STATUS = (attrgetter(name) for name in ("value", "source", "note", "status"))
_DERIVATION = attrgetter("derivation")
_MARKED = frozenset(MARKED_STATUSES)


def _row(indicator: Indicator, dims: tuple[str, str, str, str], by_year: dict[int, Figure], language: str,
         notes: _Notes) -> TableRow:
    """One table row from its figures (year -> figure, in the figures' order). Each field is made
    from the row's columns at once (most rows are one source's, unmarked, with no note: those
    fields are made without looking at every year again)."""
    sex, age, partner, category = dims
    figures = by_year.values()
    years, ordered = zip(*sorted(by_year.items()))   # year order, for the fields keyed by year
    derivations = tuple(map(_DERIVATION, ordered))
    is_derived = derivations.count(None) < len(derivations)
    # A typed figure among published ones is the team's, footnoted as such; a row the team typed
    # throughout is simply its own series (its source line names what the team gave).
    typed = {} if is_derived else typed_years(years, ordered)
    if len(typed) == len(by_year):
        typed = {}
    sources_by_year = tuple(map(_SOURCE, ordered))
    exceptions: dict[int, str] = {}
    if not is_derived and len(set(sources_by_year) - {""}) > 1:   # one source: one dataset (most rows)
        exceptions = cell_exceptions({y: f.source for y, f in by_year.items() if y not in typed})
    if exceptions or typed:
        texts = dict.fromkeys(f.source for y, f in by_year.items() if y not in exceptions and y not in typed)
    else:
        texts = dict.fromkeys(map(_SOURCE, figures))
    sources = tuple(dict.fromkeys(s for text in texts for s in text.split("; ") if s))   # each distinct one split once
    row_notes = tuple(map(notes.__getitem__, map(_NOTE, ordered)))
    statuses = tuple(map(_STATUS, ordered))
    return TableRow(label=row_label(indicator, dims, language), indicator=indicator.key, sex=sex, age_group=age,
                    partner=partner, category=category, unit=indicator.unit, decimals=figure_decimals(indicator),
                    values=dict(zip(years, map(_VALUE, ordered))), sources=sources,
                    notes=tuple(dict.fromkeys(filter(None, map(notes.__getitem__, map(_NOTE, figures))))),
                    derived=is_derived, exceptions=exceptions, typed=typed,
                    status={} if _MARKED.isdisjoint(statuses) else
                    {y: s for y, s in zip(years, statuses) if s in _MARKED and y not in typed},
                    year_notes={y: n for y, n in zip(years, row_notes) if n} if any(row_notes) else {},
                    year_sources=_year_sources(years, sources_by_year, derivations, is_derived),
                    inputs={y: _inputs(d) for y, d in zip(years, derivations) if d is not None} if is_derived else {})


def _year_sources(years: tuple[int, ...], sources: tuple[str, ...], derivations: tuple, is_derived: bool
                  ) -> dict[int, str]:
    """year -> the source of that year's stored figure (a computed figure names its inputs instead)."""
    if not is_derived and all(sources):
        return dict(zip(years, sources))
    return {y: s for y, s, d in zip(years, sources, derivations) if s and d is None}


def _inputs(derivation: "Derivation") -> tuple[tuple[str, tuple[str, str, str, str], str, bool], ...]:
    """A computed figure's inputs as (indicator, disaggregation, source, printed), what its footnote names."""
    return tuple((i.key.indicator, i.key.dims(), i.source, i.preferred) for i in derivation.inputs)


def balanced_blocks(years: tuple[int, ...], limit: int) -> list[tuple[int, ...]]:
    """``years`` in as few blocks of at most ``limit`` as fit, of near-equal size, the longer first:
    8 years at 7 a block are 4 + 4, not 7 and an orphan year; 15 are 5 + 5 + 5."""
    count = -(-len(years) // max(limit, 1))
    size, longer = divmod(len(years), max(count, 1))
    blocks, start = [], 0
    for index in range(count):
        end = start + size + (1 if index < longer else 0)
        blocks.append(years[start:end])
        start = end
    return blocks


def cell_exceptions(sources: dict[int, str]) -> dict[int, str]:
    """The years whose source belongs to another dataset than most of the row's years (releases of
    one dataset are one series: an older release filling a year is not an exception)."""
    from collections import Counter

    if len({source for source in sources.values() if source}) < 2:   # one source: one dataset (most rows)
        return {}
    datasets = {year: _dataset_of(source) for year, source in sources.items() if source}
    if len(set(datasets.values())) < 2:
        return {}
    counts = Counter(datasets.values())
    main = max(counts, key=lambda d: (counts[d], -min(y for y, x in datasets.items() if x == d)))
    return {year: sources[year] for year, dataset in datasets.items() if dataset != main}


_DATASETS: dict[str, str] = {}   # source text -> its dataset: a profile has a few dozen sources


def _dataset_of(source: str) -> str:
    found = _DATASETS.get(source)
    if found is None:
        from mpdesk.services.series import dataset_of

        found = _DATASETS[source] = dataset_of(source)
    return found


def row_label(indicator: Indicator, dims: tuple[str, str, str, str], language: str) -> str:
    """'Immigrant stock — female, aged 15-24'; a partner row is named by its country first.

    The words are ``mpdesk.formats.disaggregation_text``'s, the one label of a disaggregation
    on screen and in the report."""
    sex, age, partner, category = dims
    extra = disaggregation_text((sex, age, "", category), language).removeprefix(", ")
    if partner:
        return " — ".join(p for p in (partner_name(partner, language), extra) if p)
    name = indicator.name.get_for(language)
    return f"{name} — {extra}" if extra else name
