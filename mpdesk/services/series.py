"""Which source's figures make each series: one indicator x disaggregation from one source.

The preferred figure is never chosen cell by cell (a printed line would alternate between
publishers). For each series the figures of one dataset are preferred: the one the team chose
for the indicator, else one that gives the series' group (a total and its breakdown by sex) whole,
else the dataset the catalogue names first among those covering the reference period. Within a dataset the newest release is preferred: an older release is kept
as history (it fills only years before or after those the newer one spans). Two exceptions are decided per cell: a figure the team typed, and a figure the
team chose for that one cell; both are visible (the report and the checks name them).

The choice is written into ``IndicatorValue.preferred`` whenever figures or choices change,
so every reader (grid, checks, charts, PDF, Excel) sees the same series. A cell whose series
dataset has no figure has no preferred figure: its other sources stay as alternatives.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Iterable, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from mpdesk.guide import Catalogue, Indicator
from mpdesk.i18n import tr
from mpdesk.models.entities import FileMeta, IndicatorValue, Profile
from mpdesk.services.keys import EditError

if TYPE_CHECKING:
    from mpdesk.services.changes import ChangeSet
    from mpdesk.services.workspace import Workspace

SERIES_PREFIX = "series."   # FileMeta key series.<indicator> = the dataset the team chose
CELL_PREFIX = "cell."       # FileMeta key cell.<value id> = a figure the team chose for its cell
_GENERIC_WORDS = {"data", "the", "in", "trends", "revision", "of"}


@dataclass(frozen=True)
class Release:
    """A source text split into the dataset it belongs to and how new this release is."""

    dataset: str                 # normalised, without dates, years and WDI codes
    date: tuple[int, ...]        # (2025, 7, 1) or (2020,); () when the source gives none


def release_of(source: str) -> Release:
    """'World Bank WDI SP.POP.TOTL (2025-07-01)' -> ('world bank wdi', (2025, 7, 1)).

    UN DESA's '... The 2015 Revision' and '... Migrant Stock 2020' are one dataset; the newer
    release is the one with the later date (an ISO date where given, else the latest year).
    """
    text = source.lower()
    dates = re.findall(r"\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b", text)
    years = re.findall(r"\b((?:19|20)\d\d)\b", text)
    date: tuple[int, ...] = ()
    if dates:
        date = max(tuple(int(p) for p in d) for d in dates)
    elif years:
        date = (max(int(y) for y in years),)
    return Release(dataset_of(source), date)


def dataset_of(source: str) -> str:
    text = re.sub(r"\([^)]*\)", " ", source.lower())
    text = re.sub(r"\b[a-z]{2}(\.[a-z0-9]+)+\b", " ", text)     # WDI series codes
    text = re.sub(r"\b(19|20)\d\d\b", " ", text)
    words = re.sub(r"[^\w/]+", " ", text).replace("/", " ").split()
    return " ".join(w for w in words if w not in _GENERIC_WORDS)


def catalogue_rank(indicator: Indicator | None, dataset: str) -> int:
    """Where the catalogue lists this dataset among the indicator's sources (unlisted: last)."""
    sources = indicator.sources if indicator is not None else ()
    words = set(dataset.split())
    for rank, name in enumerate(sources):
        wanted = set(dataset_of(name).split())
        if wanted and wanted <= words:
            return rank
    return len(sources)


@dataclass(frozen=True)
class Choices:
    """What the team decided: a dataset per indicator, and single-cell exceptions."""

    by_indicator: dict[str, str]
    cells: frozenset[str]

    @classmethod
    def read(cls, session: Session) -> "Choices":
        by_indicator: dict[str, str] = {}
        cells: set[str] = set()
        for row in session.scalars(select(FileMeta).where(
                FileMeta.key.like(SERIES_PREFIX + "%") | FileMeta.key.like(CELL_PREFIX + "%"))):
            if row.key.startswith(SERIES_PREFIX):
                by_indicator[row.key[len(SERIES_PREFIX):]] = row.value
            else:
                cells.add(row.key[len(CELL_PREFIX):])
        return cls(by_indicator, frozenset(cells))


def _series_key(row: IndicatorValue) -> tuple:
    return (row.indicator_key, row.sex or "", row.age_group or "", row.partner or "", row.category or "")


def _group_key(row: IndicatorValue) -> tuple:
    """A total and its breakdown by sex are one group: the series of one indicator that differ by sex only."""
    return (row.indicator_key, row.age_group or "", row.partner or "", row.category or "")


def split_datasets(group: Sequence, period: tuple[int, int]) -> frozenset[str]:
    """The datasets that give, in the reference period, both a group's total and its breakdown by sex.

    Such a dataset is preferred for the whole group, the total included: a printed total then adds
    up to its printed women and men (UN DESA's 16 743 930 = 8 573 145 + 8 170 785 for Senegal in
    2020, not the World Bank's 16 789 219 above UN DESA's split), and a share computed on that
    population divides by the population printed beside it (numerator and denominator on the same
    population series). Empty when no dataset gives the breakdown (the usual rule applies alone).
    ``group``: ``IndicatorValue`` rows or ``Figure`` records (the checks ask it why)."""
    start, end = period
    kinds: dict[str, set[bool]] = {}
    for row in group:
        if row.provenance == "imported" and start <= row.year <= end:
            kinds.setdefault(release_of(row.source or "").dataset, set()).add(bool(row.sex))
    return frozenset(dataset for dataset, found in kinds.items() if found == {True, False})


def series_dataset(indicator: Indicator | None, rows: Sequence[IndicatorValue], period: tuple[int, int],
                   chosen: str | None, with_split: frozenset[str] = frozenset()) -> Release | None:
    """The release whose figures a series prefers: the chosen or best-ranked dataset, newest release.

    ``with_split``: the datasets giving the series' group both its total and its breakdown by sex
    (``split_datasets``), preferred after the team's choice to any that gives only one of them."""
    by_dataset, ranks = _ranked(indicator, rows, period, chosen, with_split)
    if not ranks:
        return None
    dataset = min(ranks, key=ranks.__getitem__)
    newest = max(release_of(r.source or "").date for r in by_dataset[dataset])
    return Release(dataset, newest)  # the cells take the newest release of this dataset they have


# What each place of a dataset's rank (``_ranked``) stands for: the reason one dataset makes a
# series before another is the first place where their ranks differ (``preference_reason``).
RANK_REASONS = ("chosen", "period", "split", "catalogue", "years", "first")


def _ranked(indicator: Indicator | None, rows: Sequence, period: tuple[int, int], chosen: str | None,
            with_split: frozenset[str]) -> tuple[dict[str, list], dict[str, tuple]]:
    """The series' imported figures by dataset, and each dataset's rank (the smallest makes the series)."""
    by_dataset: dict[str, list] = {}
    for row in rows:
        if row.provenance == "imported":
            by_dataset.setdefault(release_of(row.source or "").dataset, []).append(row)
    start, end = period
    ranks = {}
    for first, (dataset, found) in enumerate(by_dataset.items()):
        in_period = sum(1 for r in found if start <= r.year <= end)
        # Among the datasets with figures in the reference period one that gives the total and its
        # breakdown by sex comes first (one table, one source: the parts add up to the total), then
        # the catalogue's order decides (a one-year census does not take the series from UN DESA
        # because it is a year later), then the most years in the period. Ties go to the dataset
        # imported first, so adding a lesser source changes nothing.
        ranks[dataset] = (dataset != chosen, in_period == 0, bool(with_split) and dataset not in with_split,
                          catalogue_rank(indicator, dataset), -in_period, first)
    return by_dataset, ranks


def preference_reason(indicator: Indicator | None, rows: Sequence, period: tuple[int, int], chosen: str | None,
                      with_split: frozenset[str], other: str) -> str:
    """Why the series of ``rows`` (figures of one indicator x disaggregation: ``IndicatorValue`` or
    ``Figure``) takes its dataset rather than the dataset ``other``: a ``RANK_REASONS`` word,
    'release' for an older release of the series' own dataset, '' when ``other`` gives no figure."""
    _, ranks = _ranked(indicator, rows, period, chosen, with_split)
    if other not in ranks:
        return ""
    best = min(ranks, key=ranks.__getitem__)
    if best == other:
        return "release"
    return next(reason for reason, a, b in zip(RANK_REASONS, ranks[best], ranks[other]) if a != b)


def stand_in(indicator: Indicator | None, figures: Sequence) -> Any:
    """The figure a computation uses for a cell that its series leaves empty (no preferred figure,
    so the report prints '..' there): of the cell's other sources' figures (``Figure`` records, none
    preferred), the dataset the catalogue names first, its newest release; ties go to the first
    imported. None without a figure. A derived figure that uses it says so in its note: the
    printed figures alone do not reproduce it (``export.derivation``)."""
    imported = [f for f in figures if f.provenance == "imported" and not f.preferred]
    if not imported:
        return None

    def rank(figure) -> tuple:
        release = release_of(figure.source or "")
        return (catalogue_rank(indicator, release.dataset), tuple(-part for part in release.date), figure.order)
    return min(imported, key=rank)


def _cell_choice(rows: list[IndicatorValue], release: Release | None, choices: Choices,
                 span: tuple[int, int] | None = None) -> IndicatorValue | None:
    chosen = [r for r in rows if r.id in choices.cells]
    if chosen:
        return chosen[0]
    typed = [r for r in rows if r.provenance == "typed"]
    if typed:
        return max(typed, key=lambda r: (r.updated_at is not None, r.updated_at))
    if release is None:
        return None
    # A newer release supersedes an older one over the years its series spans: an older release's
    # year inside that span is history (UN DESA's 2019 revision gives no 2019 point to the 2020
    # revision's 1990-2020 series). A year before or after the span, which the newer release does
    # not cover at all (an earlier series start, another edition's snapshot), stays from the older.
    same = [r for r in rows if r.provenance == "imported" and release_of(r.source or "").dataset == release.dataset]
    if not same:
        return None
    best = max(same, key=lambda r: release_of(r.source or "").date)
    if span is not None and release_of(best.source or "").date != release.date and span[0] <= best.year <= span[1]:
        return None
    return best


def _newest_span(rows: Sequence[IndicatorValue], release: Release | None) -> tuple[int, int] | None:
    """The first and last year the series' newest release gives (None without a release)."""
    if release is None:
        return None
    years = [r.year for r in rows if r.provenance == "imported" and release_of(r.source or "") == release]
    return (min(years), max(years)) if years else None


def resolve(session: Session, catalogue: Catalogue, indicator_keys: Iterable[str] | None = None,
            rows: Iterable[IndicatorValue] | None = None) -> int:
    """Set ``preferred`` on every figure of these indicators by the series rule; returns how many changed."""
    profile = session.scalars(select(Profile)).first()
    period = (profile.period_start, profile.period_end) if profile is not None else (0, 9999)
    choices = Choices.read(session)
    if rows is None:
        query = select(IndicatorValue)
        if indicator_keys is not None:
            query = query.where(IndicatorValue.indicator_key.in_(set(indicator_keys)))
        rows = session.scalars(query)
    series: dict[tuple, list[IndicatorValue]] = {}
    groups: dict[tuple, list[IndicatorValue]] = {}
    for row in rows:
        series.setdefault(_series_key(row), []).append(row)
        groups.setdefault(_group_key(row), []).append(row)
    with_split = {key: split_datasets(members, period) for key, members in groups.items()}
    changed = 0
    for key, members in series.items():
        indicator = catalogue.indicator(key[0]) if catalogue.has_indicator(key[0]) else None
        release = series_dataset(indicator, members, period, choices.by_indicator.get(key[0]),
                                 with_split[_group_key(members[0])])
        cells: dict[int, list[IndicatorValue]] = {}
        for row in members:
            cells.setdefault(row.year, []).append(row)
        span = _newest_span(members, release)
        for cell_rows in cells.values():
            winner = _cell_choice(cell_rows, release, choices, span)
            for row in cell_rows:
                wanted = row is winner
                if bool(row.preferred) != wanted:
                    row.preferred = wanted
                    changed += 1
    return changed


def _set_meta(session: Session, key: str, value: str | None) -> None:
    row = session.get(FileMeta, key)
    if value is None:
        if row is not None:
            session.delete(row)
    elif row is None:
        session.add(FileMeta(key=key, value=value))
    else:
        row.value = value


def choose_series(ws: "Workspace", indicator: str, source: str) -> "ChangeSet":
    """The team's choice for a whole indicator: its series use ``source``'s dataset (newest release).

    Stored as a setting of the file (FileMeta, like the checks' threshold); the figures'
    ``preferred`` flags it changes are ordinary tracked edits.
    """
    with ws.edit(tr("Values", "Choose the source of a series")) as session:
        _set_meta(session, SERIES_PREFIX + indicator, release_of(source).dataset)
        session.flush()
        resolve(session, ws.catalogue, [indicator])
    return ws.last_change


def prefer_in_cell(ws: "Workspace", value_id: str) -> "ChangeSet":
    """An exception for one cell: this figure is used there whatever the series' source."""
    with ws.edit(tr("Values", "Use this figure for this cell only")) as session:
        chosen = session.get(IndicatorValue, value_id)
        if chosen is None:
            raise EditError(tr("Values", "That figure no longer exists."))
        for row in session.scalars(select(IndicatorValue).where(
                IndicatorValue.indicator_key == chosen.indicator_key, IndicatorValue.year == chosen.year,
                IndicatorValue.sex == chosen.sex, IndicatorValue.age_group == chosen.age_group,
                IndicatorValue.partner == chosen.partner, IndicatorValue.category == chosen.category)):
            _set_meta(session, CELL_PREFIX + row.id, "1" if row.id == value_id else None)
        session.flush()
        resolve(session, ws.catalogue, [chosen.indicator_key])
    return ws.last_change


def series_choice(ws: "Workspace", indicator: str) -> str | None:
    """The dataset the team chose for an indicator, or None (the default rule applies)."""
    with ws.session() as session:
        row = session.get(FileMeta, SERIES_PREFIX + indicator)
        return row.value if row is not None else None


def preference_sentence(reason: str, main: str, other: str) -> str:
    """Why a series uses ``main`` rather than ``other``, in one sentence, for a ``preference_reason``
    word ('' for none): the checks' note on figures left out and the import preview say it alike."""
    because = {
        "chosen": tr("Series", "The series uses {main} because the team chose it."),
        "period": tr("Series", "The series uses {main} because {other} gives no figure in the reference period."),
        "split": tr("Series", "The series uses {main} because it gives both the total and the split by sex "
                              "(its total adds up to its women and men)."),
        "catalogue": tr("Series", "The series uses {main} because the catalogue lists it before {other} "
                                  "for this indicator."),
        "years": tr("Series", "The series uses {main} because it gives more years of the reference period "
                              "than {other}."),
        "first": tr("Series", "The series uses {main} because it was imported first and {other} ranks "
                              "the same."),
        "release": tr("Series", "{other} is an older release of the series' dataset: within the years the "
                                "newer release gives, its figures are kept as history only."),
        "typed": tr("Series", "The series uses the figures the team typed: an imported figure never replaces "
                              "them, and {other}'s are stored beside them."),
    }.get(reason, "")
    return because.format(main=main.rstrip("."), other=other.rstrip(".")) if because else ""


def reason_in(session: Session, catalogue: Catalogue, indicator_key: str, dims: tuple[str, str, str, str],
              other: str) -> str:
    """``preference_reason`` for the stored series of ``indicator_key`` x ``dims`` against the source
    ``other`` (the import preview asks it on its scratch copy, after the import)."""
    profile = session.scalars(select(Profile)).first()
    period = (profile.period_start, profile.period_end) if profile is not None else (0, 9999)
    rows = list(session.scalars(select(IndicatorValue).where(IndicatorValue.indicator_key == indicator_key)))
    series = [r for r in rows if _series_key(r)[1:] == tuple(d or "" for d in dims)]
    group = [r for r in rows if _group_key(r)[1:] == tuple(d or "" for d in dims[1:])]
    indicator = catalogue.indicator(indicator_key) if catalogue.has_indicator(indicator_key) else None
    chosen = Choices.read(session).by_indicator.get(indicator_key)
    return preference_reason(indicator, series, period, chosen, split_datasets(group, period),
                             release_of(other).dataset)


def keep_series(session: Session, indicator: str, source: str) -> None:
    """The team's choice, made within another edit (an import that keeps the source in use):
    the indicator's series use ``source``'s dataset, as ``choose_series`` stores it."""
    _set_meta(session, SERIES_PREFIX + indicator, release_of(source).dataset)
