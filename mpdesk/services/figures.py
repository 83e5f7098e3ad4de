"""The figures service: one typed record and one read path for stored and derived figures.

``stored_figures`` is the one query of the stored figures (every reader's: the grid, the cell
panel, the CSV, the workbook, the in-memory ``ValueTable`` behind the report, the charts, the
checks and the derived engine). Each figure is a ``Figure`` (``services.keys``), the one record:
stored ones come from here, derived ones from ``services.derived``.

``Figures`` answers "what does the profile say for this indicator?" for the at-a-glance
figures, the charts and the report tables alike, so the "stored or derived?" branch is written
once (here). Stored figures are the preferred ones (``services.series`` decides them, series by
series); derived figures carry the formula and the inputs (figures) they used.
"""

from __future__ import annotations

import re
from functools import lru_cache, partial
from itertools import chain, repeat
from typing import TYPE_CHECKING, Callable, Iterable, Iterator, Sequence

from mpdesk.countries import sort_key
from mpdesk.formats import partner_name
from mpdesk.guide import Catalogue
from mpdesk.services.derived import DerivedResult
from mpdesk.services.keys import CellKey, Figure
from mpdesk.services.value_table import ValueTable
from mpdesk.stored_query import read_batches

if TYPE_CHECKING:
    from mpdesk.services.workspace import Workspace

Dims = tuple[str, str, str, str]
TOTAL: Dims = ("", "", "", "")
_SEX_ORDER = {"": 0, "female": 1, "male": 2}


class Figures:
    """The profile's figures for reading: built once, then asked per indicator or cell."""

    def __init__(self, table: ValueTable, derived: DerivedResult, catalogue: Catalogue) -> None:
        self.table, self.derived, self.catalogue = table, derived, catalogue

    @classmethod
    def from_workspace(cls, ws: "Workspace", language: str = "en") -> "Figures":
        from mpdesk.services.derived import compute_derived

        table = ValueTable.from_workspace(ws)
        return cls(table, compute_derived(table, ws.catalogue, language), ws.catalogue)

    def is_derived(self, indicator: str) -> bool:
        return self.catalogue.has_indicator(indicator) and self.catalogue.indicator(indicator).derived

    def figures(self, indicator: str) -> list[Figure]:
        """Every cell of the indicator with a figure (the preferred one, or the computed one)."""
        if self.is_derived(indicator):
            return [self.derived.values[k] for k in self.derived.cells(indicator)]
        return self._completed(indicator, self.table.records(indicator))

    def series(self, indicator: str, dims: Dims = TOTAL) -> dict[int, Figure]:
        """{year: figure} of one series (indicator x disaggregation), in year order."""
        found = {f.key.year: f for f in self.figures(indicator) if f.key.dims() == tuple(dims)}
        return dict(sorted(found.items()))

    def get(self, key: CellKey) -> Figure | None:
        if self.is_derived(key.indicator):
            return self.derived.get(key)
        stored = self.table.get(key)
        return self._completed(key.indicator, [stored])[0] if stored is not None else None

    def alternatives(self, key: CellKey) -> list[Figure]:
        """Every source's figure for a stored cell, the preferred first."""
        return self._completed(key.indicator, self.table.all_sources(key))

    def _completed(self, indicator: str, figures: list[Figure]) -> list[Figure]:
        """The figures with the catalogue's unit where they have none, and its decimals."""
        unit, decimals = unit_and_decimals(self.catalogue, indicator)
        return [f if f.unit and f.decimals == decimals else f._replace(unit=f.unit or unit, decimals=decimals)
                for f in figures]


def unit_and_decimals(catalogue: Catalogue, indicator: str) -> tuple[str, int]:
    """The catalogue's unit of an indicator and the decimals its figures are shown with
    (``formats.figure_decimals``, the one rule: percentages at one at least); '' and
    ``formats.UNKNOWN_DECIMALS`` for one it does not know."""
    from mpdesk.formats import figure_decimals

    if catalogue.has_indicator(indicator):
        found = catalogue.indicator(indicator)
        return found.unit, figure_decimals(found)
    return "", figure_decimals(None)


# -- the one query: every stored figure, each source's ----------------------------------------

_STORED_SQL = (
    "SELECT indicator_key, CAST(year AS INTEGER), ifnull(sex, ''), ifnull(age_group, ''), ifnull(partner, ''), "
    "ifnull(category, ''), CAST(value AS REAL), ifnull(unit, ''), ifnull(source, ''), ifnull(note, ''), "
    "CASE WHEN status IS NULL OR status = '' THEN 'draft' ELSE status END, ifnull(provenance, 'typed'), "
    "preferred = 1, id, ifnull(import_id, ''), rowid FROM indicator_value")
# The same without each row's ids ('' instead of its id and its import's): a reader that never edits a
# figure nor opens its import (the report, the workbook) does not hold 338,400 36-character ids (about
# 30 MB for the enlarged profile), and SQLite hands over two columns fewer per figure (each column of a
# row read costs about 0.1 s for the enlarged profile, whatever it holds).
_STORED_SQL_NO_IDS = _STORED_SQL.replace(" id, ifnull(import_id, ''), ", " '', '', ", 1)
# The one order: indicator, year, then the cell and the source (the unique index's order, so
# SQLite walks that index rather than sorting). The rowid comes along as ``Figure.order``.
_STORED_ORDER = " ORDER BY indicator_key, year, sex, age_group, partner, category, source"
# The order of insertion (first imported first): what the in-memory table keeps for its ties
# and the checks' order. A plain scan of the table, faster than walking the index.
_INSERTION_ORDER = " ORDER BY rowid"


# The columns of a stored row (``stored_rows``), in ``_STORED_SQL``'s order: a cell's six fields, then
# the figure's. ``preferred`` is 1 or 0; ``order`` the rowid (``Figure.order``).
ROW_FIELDS = ("indicator", "year", "sex", "age_group", "partner", "category", "value", "unit", "source", "note",
              "status", "provenance", "preferred", "id", "import_id", "order")


def stored_rows(ws: "Workspace", indicators: Iterable[str] | None = None, batch: int = 10_000,
                in_insertion_order: bool = False, with_ids: bool = True) -> Iterator[tuple]:
    """``stored_figures`` as plain tuples, the fields of ``ROW_FIELDS`` in that order (straight from
    the database: no record is built per figure), for readers that only print or group them (the
    workbook's Data sheet). The same query, order and decoding as ``stored_figures``, which is made
    from these rows."""
    return chain.from_iterable(_stored_batches(ws, indicators, batch, in_insertion_order, with_ids))


def stored_figures(ws: "Workspace", indicators: Iterable[str] | None = None,
                   batch: int = 10_000, in_insertion_order: bool = False, with_ids: bool = True) -> Iterator[Figure]:
    """Every stored figure of these indicators (all when None), each source's, in one order
    (or, ``in_insertion_order``, in ``Figure.order``: how ``ValueTable`` keeps them);
    ``with_ids=False``: each figure's ``id`` and ``import_id`` are '' (for readers that never edit a
    figure nor open its import: the report, the workbook).

    Read in batches of plain DB-API rows, so a caller that streams them (the CSV, the workbook)
    never holds more than one batch of raw rows besides what it keeps itself."""
    make = _FigureMaker(ws.catalogue)
    # chained in C: no Python frame per figure between the batch and the reader
    return chain.from_iterable(map(make, _stored_batches(ws, indicators, batch, in_insertion_order, with_ids)))


def _stored_batches(ws: "Workspace", indicators: Iterable[str] | None, batch: int, in_insertion_order: bool,
                    with_ids: bool) -> Iterator[list[tuple]]:
    query = stored_rows_query(indicators, in_insertion_order, with_ids)
    if query is not None:
        yield from _stream(ws, *query, batch)


def stored_rows_query(indicators: Iterable[str] | None = None, in_insertion_order: bool = False,
                      with_ids: bool = True) -> tuple[str, tuple[str, ...]] | None:
    """(sql, parameters) of ``stored_rows`` (None: no indicator asked), for a reader with a sqlite3
    connection of its own (the Excel export's second process: ``stored_query.read_batches``)."""
    where, params = "", tuple[str, ...]()
    if indicators is not None:
        keys = tuple(dict.fromkeys(indicators))
        if not keys:
            return None
        where, params = f" WHERE indicator_key IN ({', '.join('?' * len(keys))})", keys
    order = _INSERTION_ORDER if in_insertion_order else _STORED_ORDER
    return (_STORED_SQL if with_ids else _STORED_SQL_NO_IDS) + where + order, params


def stored_years(ws: "Workspace", indicators: Iterable[str]) -> list[int]:
    """Every year these indicators have a stored figure for, ascending (the workbook's year columns,
    known before its rows are read; SQLite answers from the unique index, without reading figures)."""
    keys = tuple(dict.fromkeys(indicators))
    if not keys:
        return []
    sql = (f"SELECT DISTINCT CAST(year AS INTEGER) FROM indicator_value WHERE indicator_key IN "
           f"({', '.join('?' * len(keys))}) ORDER BY 1")
    with ws.session() as session:
        raw = session.connection().connection.dbapi_connection
        assert raw is not None, "an open session has a database connection"
        return [year for (year,) in raw.execute(sql, keys)]


def stored_count(ws: "Workspace", indicators: Iterable[str]) -> int:
    """How many stored figures these indicators have (each source's; from the index, no figure read)."""
    keys = tuple(dict.fromkeys(indicators))
    if not keys:
        return 0
    sql = f"SELECT count(*) FROM indicator_value WHERE indicator_key IN ({', '.join('?' * len(keys))})"
    with ws.session() as session:
        raw = session.connection().connection.dbapi_connection
        assert raw is not None, "an open session has a database connection"
        return int(raw.execute(sql, keys).fetchone()[0])


def cell_figures(ws: "Workspace", key: CellKey) -> list[Figure]:
    """Every source's figure of one cell, the preferred first (then by source)."""
    where = " WHERE indicator_key = ? AND year = ? AND sex = ? AND age_group = ? AND partner = ? AND category = ?"
    make = _FigureMaker(ws.catalogue)
    params = (key.indicator, key.year, *key.dims())
    found = [f for rows in _stream(ws, _STORED_SQL + where + _STORED_ORDER, params, 1000) for f in make(rows)]
    return sorted(found, key=lambda f: not f.preferred)


def _stream(ws: "Workspace", sql: str, params: tuple, batch: int) -> Iterator[list[tuple]]:
    """The rows of ``sql`` in batches of plain DB-API tuples (``stored_query.read_batches``: the
    lenient decoding of text that is not UTF-8)."""
    with ws.session() as session:
        # The DB-API connection itself: plain tuples, neither ORM objects nor result rows.
        raw = session.connection().connection.dbapi_connection
        assert raw is not None, "an open session has a database connection"
        yield from read_batches(raw, sql, params, batch)  # type: ignore[arg-type]


class _FigureMaker:
    """Rows of ``_STORED_SQL`` -> Figures, a batch at a time and column by column (``map`` and
    ``zip`` run in C: no Python code runs per figure).

    Texts and years that repeat (indicator, sex, unit, source, status ...) are kept once, not
    once per figure: SQLite returns a new string for every row, and 300,000 figures would
    otherwise hold a million copies of a few hundred texts. Ids are unique and kept as read."""

    def __init__(self, catalogue: Catalogue) -> None:
        self.decimals = _Decimals(catalogue)
        self.shared: dict = {}

    def __call__(self, rows: Sequence[tuple]) -> Iterator[Figure]:
        (indicator, year, sex, age, partner, category, value, unit, source, note, status, provenance,
         preferred, id_, import_id, order) = zip(*rows)
        share = self.shared.setdefault
        indicator = tuple(map(share, indicator, indicator))
        keys = map(_NEW_KEY, zip(indicator, map(share, year, year), map(share, sex, sex), map(share, age, age),
                                 map(share, partner, partner), map(share, category, category)))
        return map(_NEW_FIGURE, zip(keys, value, map(share, unit, unit), map(self.decimals.__getitem__, indicator),
                                    map(share, status, status), map(share, source, source), map(share, note, note),
                                    map(share, provenance, provenance), map(bool, preferred), id_,
                                    map(share, import_id, import_id), order, repeat(None)))


class _Decimals(dict[str, int]):
    """indicator -> the catalogue's decimals, looked up once per indicator."""

    def __init__(self, catalogue: Catalogue) -> None:
        super().__init__()
        self.catalogue = catalogue

    def __missing__(self, indicator: str) -> int:
        places = self[indicator] = unit_and_decimals(self.catalogue, indicator)[1]
        return places


_NEW_FIGURE: Callable[[tuple], Figure] = partial(tuple.__new__, Figure)
_NEW_KEY: Callable[[tuple], CellKey] = partial(tuple.__new__, CellKey)   # as CellKey(*fields), in C


# -- one row order and one label for disaggregations (screen and report) --------------------

def age_start(group: str) -> int:
    """'0-4' -> 0, '10-14' -> 10, '65+' -> 65; groups without a number last."""
    match = re.match(r"\s*(\d+)", group or "")
    return int(match.group(1)) if match else 999


def dims_order(dims: Dims, language: str = "en") -> tuple:
    """Total first, then women and men; age groups in numeric order (0-4, 5-9, 10-14 ...);
    categories, then partner countries, last, by their name in ``language`` (the names the
    reader sees: 'Allemagne' before 'États-Unis' before 'Ouganda' in French)."""
    sex, age, partner, category = dims
    return (partner != "", partner_key(partner, language), category != "", category,
            _SEX_ORDER.get(sex, 3), age != "", age_start(age), age)


@lru_cache(maxsize=8192)   # a pure function of its arguments, asked once per row of every table
def partner_key(partner: str, language: str = "en") -> tuple[str, str]:
    """A partner country's place in the one row order: its name in ``language``, read as that
    language's reader sorts (accents and case ignored); the code breaks ties."""
    return (sort_key(partner_name(partner, language), language), partner) if partner else ("", "")


def sorted_dims(all_dims: Iterable[Dims], language: str = "en") -> list[Dims]:
    return sorted(all_dims, key=lambda dims: dims_order(dims, language))
