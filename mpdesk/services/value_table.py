"""An in-memory index of a profile's figures, built from the one query (``stored_figures``).

Plain data only (``Figure`` records, no ORM objects), so exports and checks can use it on a
worker thread after the session is closed. Figures are grouped as indicator -> disaggregation
-> year, in insertion order (``Figure.order``, SQLite's rowid): where two figures of a cell are
both marked preferred, the first imported is used, and the checks list cells in that order.

The preferred figures (``series.resolve`` decides them, series by series) are what the look-ups
return. A cell none of whose figures is preferred (its series' source has no figure there) is
left out of the series and keeps its figures only as alternatives (``all_sources``, ``conflicts``).
"""

from __future__ import annotations

from array import array
from operator import attrgetter
from typing import TYPE_CHECKING, Iterable, Iterator, Mapping

from mpdesk.services.keys import CellKey, Figure

if TYPE_CHECKING:
    from mpdesk.services.workspace import Workspace

Dims = tuple[str, str, str, str]
Cell = tuple  # (indicator, year, sex, age_group, partner, category): a cell as a plain, fast-hashed tuple
_ORDER = attrgetter("order")


def _cell(figure: Figure) -> Cell:
    k = figure.key
    return (k.indicator, k.year, k.sex, k.age_group, k.partner, k.category)


def _dims(key: CellKey) -> Dims:
    return (key.sex, key.age_group, key.partner, key.category)


class ValueTable:
    """The preferred figure of every cell, plus every source's figure for conflicts."""

    def __init__(self, figures: Iterable[Figure] = ()) -> None:
        """The table of these figures (``services.figures.stored_figures``), put in insertion order."""
        self._build(sorted(figures, key=_ORDER))

    @classmethod
    def from_workspace(cls, ws: "Workspace", with_ids: bool = True) -> "ValueTable":
        """Every stored figure, in one query (no per-cell round trips); ``with_ids=False``: the
        figures' ids left out ('', see ``stored_figures``) for a reader that never edits one."""
        from mpdesk.bulk import collector_paused
        from mpdesk.services.figures import stored_figures

        table = cls.__new__(cls)
        with collector_paused():   # plain records, no cycles: see mpdesk.bulk
            table._build(list(stored_figures(ws, in_insertion_order=True, with_ids=with_ids)))   # in order already
        return table

    def _build(self, figures: list[Figure]) -> None:
        # indicator -> dims -> year -> preferred figure; insertion orders follow the figures' order.
        groups: dict[str, dict[Dims, dict[int, Figure]]] = {}
        order: dict[str, list[Figure] | None] = {}   # first figure of each cell, in order of appearance
        multi: dict[Cell, list[Figure]] = {}         # cells with two or more figures: every one, in order
        # indicator -> dims -> the preferred values, in the order of the year dict (compact, for checks)
        columns: dict[str, dict[Dims, array]] = {}
        stale: set[str] = set()
        count = 0
        last = None
        g: dict[Dims, dict[int, Figure]] = {}
        c: dict[Dims, array] = {}
        o: list[Figure] = []
        unpreferred: list[Figure] = []
        for f in figures:
            if not f.preferred:
                unpreferred.append(f)  # placed once every cell's preferred figure is known (below)
                continue
            k = f.key
            indicator = k.indicator
            if indicator != last:
                last = indicator
                if indicator not in groups:
                    groups[indicator], columns[indicator], order[indicator] = {}, {}, []
                g, c, o = groups[indicator], columns[indicator], order[indicator]  # type: ignore[assignment]
            dims = (k.sex, k.age_group, k.partner, k.category)
            years = g.get(dims)
            if years is None:
                years = g[dims] = {}
                c[dims] = array("d")
            current = years.get(k.year)
            if current is None:
                years[k.year] = f
                c[dims].append(f.value)
                o.append(f)
                count += 1
                continue
            cell = _cell(f)
            others = multi.get(cell)
            if others is None:
                multi[cell] = [current, f]
            else:
                others.append(f)
        alternatives: dict[Cell, list[Figure]] = {}
        for f in unpreferred:
            k = f.key
            years = groups.get(k.indicator, {}).get(_dims(k))
            current = years.get(k.year) if years is not None else None
            cell = _cell(f)
            if current is None:
                alternatives.setdefault(cell, []).append(f)
                continue
            others = multi.get(cell)
            if others is None:
                multi[cell] = [current, f]
            else:
                others.append(f)
            stale.add(k.indicator)
        for others in multi.values():
            others.sort(key=_ORDER)
        for indicator in stale:
            order[indicator] = None  # a cell's first figure may now be an alternative: listed afresh
        self._columns = columns
        self._groups = groups
        self._order = order
        self._multi = multi
        self._alternatives = alternatives  # cells outside every series: their figures only
        self._count = count

    # -- for the checks and the derived engine ------------------------------------------------
    def _find(self, key: CellKey) -> Figure | None:
        by_dims = self._groups.get(key.indicator)
        if by_dims is None:
            return None
        years = by_dims.get(_dims(key))
        return years.get(key.year) if years is not None else None

    def rows_of(self, figure: Figure) -> list[Figure]:
        """Every figure of the cell ``figure`` (a preferred one) belongs to, in insertion order."""
        if self._multi:
            others = self._multi.get(_cell(figure))
            if others is not None:
                return others
        return [figure]

    def cell_position(self, figure: Figure) -> int:
        """Where the cell of ``figure`` (a preferred one) first appears (the order of iteration)."""
        if self._multi:
            others = self._multi.get(_cell(figure))
            if others is not None:
                return others[0].order
        return figure.order

    def _cell_rows(self, indicator: str) -> list[Figure]:
        """The first figure of each cell of ``indicator``, in order of appearance."""
        rows = self._order.get(indicator)
        if rows is None:
            by_dims = self._groups.get(indicator)
            if by_dims is None:
                return []
            rows = sorted((self.rows_of(r)[0] for years in by_dims.values() for r in years.values()), key=_ORDER)
            self._order[indicator] = rows
        return rows

    def preferred_rows(self, indicator: str) -> list[Figure]:
        """The preferred figure of each cell of ``indicator``, in order of appearance."""
        rows = self._cell_rows(indicator)
        if not self._multi or not rows:
            return rows
        by_dims = self._groups[indicator]
        return [by_dims[_dims(r.key)][r.key.year] for r in rows]

    def value_columns(self, indicator: str) -> Mapping[Dims, array]:
        """dims -> the preferred values, in the order of ``series_index(indicator)[dims]`` (read only)."""
        return self._columns.get(indicator, {})

    def series_index(self, indicator: str) -> Mapping[Dims, Mapping[int, Figure]]:
        """dims -> year -> preferred figure (read only)."""
        return self._groups.get(indicator, {})

    def _cells_in_order(self) -> Iterator[Figure]:
        """The first figure of every cell, in order of appearance across indicators."""
        if len(self._groups) <= 1:
            for indicator in self._groups:
                yield from self._cell_rows(indicator)
            return
        import heapq

        yield from heapq.merge(*(self._cell_rows(ind) for ind in self._groups), key=_ORDER)

    def conflict_rows(self) -> list[list[Figure]]:
        """Every figure of each cell that two or more sources fill (the preferred one among them)."""
        return list(self._multi.values())

    # -- look-ups -----------------------------------------------------------------------------
    def get(self, key: CellKey) -> Figure | None:
        return self._find(key)

    def value(self, key: CellKey) -> float | None:
        found = self._find(key)
        return found.value if found is not None else None

    def all_sources(self, key: CellKey) -> list[Figure]:
        """Every source's figure for the cell, preferred first (for conflicts)."""
        found = self._find(key)
        if found is None:
            alternatives = self._alternatives.get((key.indicator, key.year, *_dims(key)), [])
            return sorted(alternatives, key=lambda f: f.source)
        return sorted(self.rows_of(found), key=lambda f: (not f.preferred, f.source))

    def unused_cells(self) -> Iterator[tuple[CellKey, list[Figure]]]:
        """Cells that only sources outside their series fill: no figure of theirs is printed."""
        for figures in self._alternatives.values():
            yield figures[0].key, figures

    def cells(self, indicator: str) -> list[CellKey]:
        return [f.key for f in self.preferred_rows(indicator)]

    def records(self, indicator: str) -> list[Figure]:
        return list(self.preferred_rows(indicator))

    def years(self, indicator: str | None = None) -> list[int]:
        groups = [self._groups.get(indicator, {})] if indicator else list(self._groups.values())
        return sorted(set().union(*(years for by_dims in groups for years in by_dims.values())))

    def indicators(self) -> list[str]:
        return sorted(self._groups)

    def has(self, indicator: str) -> bool:
        return indicator in self._groups

    def __iter__(self) -> Iterator[Figure]:
        groups = self._groups
        for f in self._cells_in_order():
            yield groups[f.key.indicator][_dims(f.key)][f.key.year]

    def __len__(self) -> int:
        return self._count

    def every_figure(self, indicator: str) -> Iterator[tuple[CellKey, Figure]]:
        """Every source's figure of one indicator (preferred or not)."""
        for f in self.preferred_rows(indicator):
            for other in self.rows_of(f):
                yield f.key, other

    def conflicts(self) -> Iterator[tuple[CellKey, list[Figure]]]:
        """Cells where two or more sources hold a figure."""
        for figures in sorted(self._multi.values(), key=lambda figures: figures[0].order):
            key = figures[0].key
            yield key, self.all_sources(key)
