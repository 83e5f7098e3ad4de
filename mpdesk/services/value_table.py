"""An in-memory index of a profile's figures, read in one query.

Plain data only (frozen dataclasses and tuples, no ORM objects), so exports and checks can use
it on a worker thread after the session is closed.

Internally each figure is kept as the plain tuple the database returned (see ``_ROW`` below),
grouped as indicator -> disaggregation -> year; ``StoredValue`` and ``CellKey`` objects are
only built when a caller asks for them (and then kept).

The preferred figures (``series.resolve`` decides them, series by series) are what the look-ups
return. A cell none of whose figures is preferred (its series' source has no figure there) is
left out of the series and keeps its figures only as alternatives (``all_sources``, ``conflicts``).
"""

from __future__ import annotations

from array import array
from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterable, Iterator, Mapping

from mpdesk.services.keys import CellKey

if TYPE_CHECKING:
    from mpdesk.services.figures import StoredFigure
    from mpdesk.services.workspace import Workspace

# _ROW: (id, indicator, year, sex, age_group, partner, category, value, unit, source, note, status,
#        preferred, position); position orders rows as the database returns them (rowid).
ID, IND, YEAR, SEX, AGE, PARTNER, CATEGORY, VALUE, UNIT, SOURCE, NOTE, STATUS, PREFERRED, POS = range(14)

_SQL = ("SELECT id, indicator_key, CAST(year AS INTEGER), ifnull(sex, ''), ifnull(age_group, ''), "
        "ifnull(partner, ''), ifnull(category, ''), CAST(value AS REAL), ifnull(unit, ''), ifnull(source, ''), "
        "ifnull(note, ''), CASE WHEN status IS NULL OR status = '' THEN 'draft' ELSE status END, preferred, rowid "
        "FROM indicator_value ORDER BY rowid")

Dims = tuple[str, str, str, str]
Row = tuple  # see _ROW


@dataclass(frozen=True, slots=True)
class StoredValue:
    """One stored figure, detached from the database."""

    key: CellKey
    value: float
    unit: str = ""
    source: str = ""
    note: str = ""
    status: str = "draft"
    id: str = ""
    preferred: bool = True


def _key6(row: Row) -> tuple:
    return (row[IND], row[YEAR], row[SEX], row[AGE], row[PARTNER], row[CATEGORY])


def _cell_key(row: Row) -> CellKey:
    return CellKey(row[IND], row[YEAR], row[SEX], row[AGE], row[PARTNER], row[CATEGORY])


class ValueTable:
    """The preferred figure of every cell, plus every source's figure for conflicts."""

    def __init__(self, figures: Iterable["StoredFigure"] = ()) -> None:
        """The table of these figures (``services.figures.stored_figures`` rows, in their order)."""
        self._objects: dict[int, StoredValue] = {}
        # StoredFigure -> _ROW: (id, indicator ... status, preferred, position)
        self._build([(f[13], *f[:11], f[12], position) for position, f in enumerate(figures)])

    @classmethod
    def _from_rows(cls, rows: list[Row]) -> "ValueTable":
        table = cls.__new__(cls)
        table._objects = {}
        table._build(rows)
        return table

    def _build(self, rows: list[Row]) -> None:
        # indicator -> dims -> year -> preferred row; insertion orders follow the rows' order.
        groups: dict[str, dict[Dims, dict[int, Row]]] = {}
        order: dict[str, list[Row] | None] = {}      # first row of each cell, in order of appearance
        multi: dict[tuple, list[Row]] = {}           # cells with two or more rows: every row, in order
        # indicator -> dims -> the preferred values, in the order of the year dict (compact, for checks)
        columns: dict[str, dict[Dims, array] | None] = {}
        stale: set[str] = set()
        count = 0
        last = None
        g: dict[Dims, dict[int, Row]] = {}
        c: dict[Dims, array] = {}
        o: list[Row] = []
        unpreferred: list[Row] = []
        for r in rows:
            if not r[12]:
                unpreferred.append(r)  # placed once every cell's preferred row is known (below)
                continue
            indicator = r[1]
            if indicator != last:
                last = indicator
                g = groups.get(indicator)  # type: ignore[assignment]
                if g is None:
                    g = groups[indicator] = {}
                    c = columns[indicator] = {}  # type: ignore[assignment]
                    o = order[indicator] = []  # type: ignore[assignment]
                else:
                    c = columns[indicator]  # type: ignore[assignment]
                    o = order[indicator]  # type: ignore[assignment]
            dims = r[3:7]
            years = g.get(dims)
            if years is None:
                years = g[dims] = {}
                c[dims] = array("d")
            year = r[2]
            current = years.get(year)
            if current is None:
                years[year] = r
                c[dims].append(r[7])
                o.append(r)
                count += 1
                continue
            key = (indicator, year) + dims
            others = multi.get(key)
            if others is None:
                multi[key] = [current, r]
            else:
                others.append(r)
        alternatives: dict[tuple, list[Row]] = {}
        for r in unpreferred:
            years = groups.get(r[1], {}).get(r[3:7])
            current = years.get(r[2]) if years is not None else None
            key = (r[1], r[2]) + r[3:7]
            if current is None:
                alternatives.setdefault(key, []).append(r)
                continue
            others = multi.get(key)
            if others is None:
                multi[key] = [current, r]
            else:
                others.append(r)
            stale.add(r[1])
        for others in multi.values():
            others.sort(key=lambda row: row[POS])
        for indicator in stale:
            order[indicator] = None  # a cell's first row may now be an alternative: listed afresh
        self._columns = columns
        self._groups = groups
        self._order = order
        self._multi = multi
        self._alternatives = alternatives  # cells outside every series: their figures only
        self._count = count
        self._next_pos = max((r[POS] for r in rows), default=-1) + 1

    @classmethod
    def from_workspace(cls, ws: "Workspace") -> "ValueTable":
        """Every stored figure, in one query (no per-cell round trips)."""
        # Plain DB-API tuples: neither ORM objects nor result rows are built for 300,000 figures.
        with ws.session() as session:
            cursor = session.connection().connection.dbapi_connection.cursor()
            try:
                rows = cursor.execute(_SQL).fetchall()
            finally:
                cursor.close()
        return cls._from_rows(rows)

    # -- rows, for the checks and the derived engine (plain tuples: see ``_ROW``) ---------------
    def stored(self, row: Row) -> StoredValue:
        found = self._objects.get(row[POS])
        if found is None:
            found = self._objects[row[POS]] = StoredValue(
                _cell_key(row), row[VALUE], row[UNIT], row[SOURCE], row[NOTE], row[STATUS], row[ID],
                bool(row[PREFERRED]))
        return found

    def _row(self, key: CellKey) -> Row | None:
        by_dims = self._groups.get(key.indicator)
        if by_dims is None:
            return None
        years = by_dims.get((key.sex, key.age_group, key.partner, key.category))
        return years.get(key.year) if years is not None else None

    def rows_of(self, row: Row) -> list[Row]:
        """Every row of the cell ``row`` belongs to, in the database's order."""
        if self._multi:
            others = self._multi.get(_key6(row))
            if others is not None:
                return others
        return [row]

    def cell_position(self, row: Row) -> int:
        """Where the cell first appears (the order of iteration)."""
        if self._multi:
            others = self._multi.get(_key6(row))
            if others is not None:
                return others[0][POS]
        return row[POS]

    def _cell_rows(self, indicator: str) -> list[Row]:
        """The first row of each cell of ``indicator``, in order of appearance."""
        rows = self._order.get(indicator)
        if rows is None:
            by_dims = self._groups.get(indicator)
            if by_dims is None:
                return []
            rows = sorted((self.rows_of(r)[0] for years in by_dims.values() for r in years.values()),
                          key=lambda r: r[POS])
            self._order[indicator] = rows
        return rows

    def preferred_rows(self, indicator: str) -> list[Row]:
        """The preferred row of each cell of ``indicator``, in order of appearance."""
        rows = self._cell_rows(indicator)
        if not self._multi or not rows:
            return rows
        by_dims = self._groups[indicator]
        return [by_dims[r[3:7]][r[YEAR]] for r in rows]

    def value_columns(self, indicator: str) -> Mapping[Dims, array]:
        """dims -> the preferred values, in the order of ``series_index(indicator)[dims]`` (read only)."""
        columns = self._columns.get(indicator)
        if columns is None:
            columns = {dims: array("d", [r[VALUE] for r in years.values()])
                       for dims, years in self._groups.get(indicator, {}).items()}
            if indicator in self._groups:
                self._columns[indicator] = columns
        return columns

    def series_index(self, indicator: str) -> Mapping[Dims, Mapping[int, Row]]:
        """dims -> year -> preferred row (read only)."""
        return self._groups.get(indicator, {})

    def _cells_in_order(self) -> Iterator[Row]:
        """The first row of every cell, in order of appearance across indicators."""
        if len(self._groups) <= 1:
            for indicator in self._groups:
                yield from self._cell_rows(indicator)
            return
        import heapq

        yield from heapq.merge(*(self._cell_rows(ind) for ind in self._groups), key=lambda r: r[POS])

    def conflict_rows(self) -> list[list[Row]]:
        """Every row of each cell that two or more sources fill (the preferred one among them)."""
        return list(self._multi.values())

    # -- look-ups -----------------------------------------------------------------------------
    def get(self, key: CellKey) -> StoredValue | None:
        row = self._row(key)
        return self.stored(row) if row is not None else None

    def value(self, key: CellKey) -> float | None:
        row = self._row(key)
        return row[VALUE] if row is not None else None

    def all_sources(self, key: CellKey) -> list[StoredValue]:
        """Every source's figure for the cell, preferred first (for conflicts)."""
        row = self._row(key)
        if row is None:
            alternatives = self._alternatives.get((key.indicator, key.year) + key.dims(), [])
            return sorted((self.stored(r) for r in alternatives), key=lambda r: r.source)
        rows = [self.stored(r) for r in self.rows_of(row)]
        return sorted(rows, key=lambda r: (not r.preferred, r.source))

    def unused_cells(self) -> Iterator[tuple[CellKey, list[StoredValue]]]:
        """Cells that only sources outside their series fill: no figure of theirs is printed."""
        for rows in self._alternatives.values():
            figures = [self.stored(r) for r in rows]
            yield figures[0].key, figures

    def cells(self, indicator: str) -> list[CellKey]:
        return [self.stored(r).key for r in self.preferred_rows(indicator)]

    def records(self, indicator: str) -> list[StoredValue]:
        return [self.stored(r) for r in self.preferred_rows(indicator)]

    def years(self, indicator: str | None = None) -> list[int]:
        groups = [self._groups.get(indicator, {})] if indicator else list(self._groups.values())
        return sorted(set().union(*(years for by_dims in groups for years in by_dims.values())))

    def indicators(self) -> list[str]:
        return sorted(self._groups)

    def has(self, indicator: str) -> bool:
        return indicator in self._groups

    def __iter__(self) -> Iterator[StoredValue]:
        groups = self._groups
        for r in self._cells_in_order():
            yield self.stored(groups[r[IND]][r[3:7]][r[YEAR]])

    def __len__(self) -> int:
        return self._count

    def every_figure(self, indicator: str) -> Iterator[tuple[CellKey, StoredValue]]:
        """Every source's figure of one indicator (preferred or not)."""
        for r in self.preferred_rows(indicator):
            key = self.stored(r).key
            for row in self.rows_of(r):
                yield key, self.stored(row)

    def conflicts(self) -> Iterator[tuple[CellKey, list[StoredValue]]]:
        """Cells where two or more sources hold a figure."""
        for rows in sorted(self._multi.values(), key=lambda rows: rows[0][POS]):
            key = self.stored(rows[0]).key
            yield key, self.all_sources(key)
