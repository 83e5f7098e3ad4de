"""The figures service: one typed record and one read path for stored and derived figures.

``Figures`` answers "what does the profile say for this indicator?" for the at-a-glance
figures, the charts and the report tables alike, so the "stored or derived?" branch is written
once (here). Stored figures are the preferred ones (``services.series`` decides them, series by
series); derived figures carry the formula and the inputs (series) they used.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterable, Iterator, NamedTuple

from mpdesk.countries import sort_key
from mpdesk.formats import partner_name
from mpdesk.guide import Catalogue
from mpdesk.services.derived import DerivedResult, DerivedValue, InputUsed
from mpdesk.services.keys import CellKey
from mpdesk.services.value_table import StoredValue, ValueTable

if TYPE_CHECKING:
    from mpdesk.services.workspace import Workspace

Dims = tuple[str, str, str, str]
TOTAL: Dims = ("", "", "", "")
_SEX_ORDER = {"": 0, "female": 1, "male": 2}


@dataclass(frozen=True, slots=True)
class Figure:
    """One figure as every reader sees it: value, unit, decimals, status, source and provenance."""

    key: CellKey
    value: float
    unit: str
    decimals: int
    status: str = "draft"          # draft, validated, estimate, projection, provisional
    source: str = ""               # for a derived figure: its inputs' sources, '; '-joined
    note: str = ""
    preferred: bool = True
    derived: bool = False
    formula: str = ""
    inputs: tuple[InputUsed, ...] = ()  # the figures (indicator, cell, source) a derived one used
    id: str = ""

    @property
    def sources(self) -> tuple[str, ...]:
        return tuple(s for s in self.source.split("; ") if s)

    @property
    def estimate(self) -> bool:
        return self.status in ("estimate", "projection") or "estimate" in self.note.lower()


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
            return [self._from_derived(self.derived.values[k]) for k in self.derived.cells(indicator)]
        return [self._from_stored(r) for r in self.table.records(indicator)]

    def series(self, indicator: str, dims: Dims = TOTAL) -> dict[int, Figure]:
        """{year: figure} of one series (indicator x disaggregation), in year order."""
        found = {f.key.year: f for f in self.figures(indicator) if f.key.dims() == tuple(dims)}
        return dict(sorted(found.items()))

    def get(self, key: CellKey) -> Figure | None:
        if self.is_derived(key.indicator):
            found = self.derived.get(key)
            return self._from_derived(found) if found is not None else None
        stored = self.table.get(key)
        return self._from_stored(stored) if stored is not None else None

    def alternatives(self, key: CellKey) -> list[Figure]:
        """Every source's figure for a stored cell, the preferred first."""
        return [self._from_stored(r) for r in self.table.all_sources(key)]

    def _decimals(self, indicator: str) -> tuple[str, int]:
        if self.catalogue.has_indicator(indicator):
            found = self.catalogue.indicator(indicator)
            return found.unit, found.decimals
        return "", 2

    def _from_stored(self, record: StoredValue) -> Figure:
        unit, decimals = self._decimals(record.key.indicator)
        return Figure(record.key, record.value, record.unit or unit, decimals, record.status, record.source,
                      record.note, record.preferred, id=record.id)

    def _from_derived(self, value: DerivedValue) -> Figure:
        unit, decimals = self._decimals(value.key.indicator)
        return Figure(value.key, value.value, unit, decimals, "draft", "; ".join(value.sources), "", True,
                      True, value.formula, value.inputs)


# -- every stored figure, each source's: the grid, the cell panel, the CSV and the tidy sheet ---

class StoredFigure(NamedTuple):
    """One stored figure of one source, as a plain row (no ORM object: a profile may hold
    hundreds of thousands; the tuple is what SQLite returns, so reading costs no conversion)."""

    indicator: str
    year: int
    sex: str
    age_group: str
    partner: str
    category: str
    value: float
    unit: str
    source: str
    note: str
    status: str                    # draft, validated, estimate, projection, provisional
    provenance: str                # typed, imported
    preferred: int                 # 1 where the series rule uses it in its cell, else 0 (SQLite's boolean)
    id: str
    import_id: str                 # '' for a typed figure (or an import since undone)

    @property
    def key(self) -> CellKey:
        return CellKey(self.indicator, self.year, self.sex, self.age_group, self.partner, self.category)

    def dims(self) -> Dims:
        return (self.sex, self.age_group, self.partner, self.category)


_STORED_SQL = (
    "SELECT indicator_key, CAST(year AS INTEGER), ifnull(sex, ''), ifnull(age_group, ''), ifnull(partner, ''), "
    "ifnull(category, ''), CAST(value AS REAL), ifnull(unit, ''), ifnull(source, ''), ifnull(note, ''), "
    "CASE WHEN status IS NULL OR status = '' THEN 'draft' ELSE status END, ifnull(provenance, 'typed'), "
    "preferred = 1, id, ifnull(import_id, '') FROM indicator_value")
# The one order: indicator, year, then the cell and the source (the unique index's order, so
# SQLite walks that index rather than sorting).
_STORED_ORDER = " ORDER BY indicator_key, year, sex, age_group, partner, category, source"


def stored_figures(ws: "Workspace", indicators: Iterable[str] | None = None,
                   batch: int = 10_000) -> Iterator[StoredFigure]:
    """Every stored figure of these indicators (all when None), each source's, in one order.

    Read in batches of plain DB-API rows, so a caller that streams them (the CSV, the workbook)
    never holds more than one batch of raw rows besides what it keeps itself."""
    where, params = "", tuple[str, ...]()
    if indicators is not None:
        keys = tuple(dict.fromkeys(indicators))
        if not keys:
            return
        where, params = f" WHERE indicator_key IN ({', '.join('?' * len(keys))})", keys
    yield from _stream(ws, _STORED_SQL + where + _STORED_ORDER, params, batch)


def cell_figures(ws: "Workspace", key: CellKey) -> list[StoredFigure]:
    """Every source's figure of one cell, the preferred first (then by source)."""
    where = " WHERE indicator_key = ? AND year = ? AND sex = ? AND age_group = ? AND partner = ? AND category = ?"
    found = list(_stream(ws, _STORED_SQL + where + _STORED_ORDER, (key.indicator, key.year, *key.dims()), 1000))
    return sorted(found, key=lambda f: not f.preferred)


def _stream(ws: "Workspace", sql: str, params: tuple, batch: int) -> Iterator[StoredFigure]:
    make = StoredFigure._make
    with ws.session() as session:
        # The DB-API connection itself: plain tuples, neither ORM objects nor result rows.
        raw = session.connection().connection.dbapi_connection
        assert raw is not None, "an open session has a database connection"
        cursor = raw.cursor()
        try:
            cursor.execute(sql, params)
            while rows := cursor.fetchmany(batch):
                yield from map(make, rows)
        finally:
            cursor.close()


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


def partner_key(partner: str, language: str = "en") -> tuple[str, str]:
    """A partner country's place in the one row order: its name in ``language``, read as that
    language's reader sorts (accents and case ignored); the code breaks ties."""
    return (sort_key(partner_name(partner, language), language), partner) if partner else ("", "")


def sorted_dims(all_dims: Iterable[Dims], language: str = "en") -> list[Dims]:
    return sorted(all_dims, key=lambda dims: dims_order(dims, language))
