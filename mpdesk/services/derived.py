"""Derived indicators: each catalogue formula evaluated per year and disaggregation.

Values are kept at full precision (rounding happens only in ``mpdesk.formats``); a value that
cannot be computed is absent with a sentence saying why, never zero. Each value is a ``Figure``
(the one record, ``provenance`` "derived") whose ``inputs`` are the figures it used, so the
report can say which population series a % divides by.

Every input is the figure the report prints for it: its series' preferred figure, which
``services.series`` decides for every reader (one series rule). A computation never picks a
source of its own, so remittances per capita divide the printed remittances by the printed
population. Only where the printed series has no figure for a year does another source's figure
stand in (``services.series.stand_in``); it is not ``preferred``, and the derivation note under
the table names it with its years (``export.derivation``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Iterable, Mapping, Union

from mpdesk.formats import figure_decimals
from mpdesk.guide import Catalogue, Indicator
from mpdesk.guide.formula import DIMENSIONS, TOTAL, BinaryOp, MissingInput, Negate, Node, Ref, Sum, evaluate
from mpdesk.i18n import tr
from mpdesk.services.keys import DERIVED, CellKey, Derivation, Figure
from mpdesk.services.value_table import ValueTable

if TYPE_CHECKING:
    from mpdesk.services.workspace import Workspace

Dims = tuple[str, str, str, str]


class _NoInput(MissingInput):
    """An input has no figure (as opposed to an arithmetic impossibility)."""


@dataclass(frozen=True)
class MissingDerived:
    key: CellKey
    reason: str


@dataclass
class DerivedResult:
    values: dict[CellKey, Figure] = field(default_factory=dict)
    missing: dict[CellKey, MissingDerived] = field(default_factory=dict)

    def get(self, key: CellKey) -> Figure | None:
        return self.values.get(key)

    def value(self, key: CellKey) -> float | None:
        found = self.values.get(key)
        return found.value if found else None

    def cells(self, indicator: str) -> list[CellKey]:
        return [k for k in self.values if k.indicator == indicator]

    def years(self, indicator: str) -> list[int]:
        return sorted({k.year for k in self.values if k.indicator == indicator})


def _key(indicator: str, year: int, dims: Dims) -> CellKey:
    return CellKey(indicator, year, *dims)


def _target_dims(dims: Dims, ref: Ref) -> Dims:
    pinned = dict(ref.selectors)
    result = []
    for name, own in zip(DIMENSIONS, dims):
        chosen = pinned.get(name, own)
        result.append("" if chosen == TOTAL else chosen)
    return tuple(result)  # type: ignore[return-value]


class _Cell:
    """Resolves one computed cell's inputs and remembers what it used."""

    def __init__(self, engine: "DerivedEngine", table: ValueTable, year: int, dims: Dims) -> None:
        self.engine, self.table, self.year, self.dims = engine, table, year, dims
        self.used: list[Figure] = []

    def __call__(self, node: Union[Ref, Sum]) -> float:
        if isinstance(node, Sum):
            return self._sum(node.ref)
        dims = self.engine._target(self.dims, node)
        # The printed figure (its series' preferred one: services.series decides which source a
        # series prints), so a reader dividing the printed figures gets the printed result.
        found = self.engine._find(self.table, node.key, self.year, dims)
        if found is None and node.key not in self.engine._by_indicator:
            found = self.engine.stand_in(self.table, CellKey(node.key, self.year, *dims))
        if found is None:
            raise _NoInput(self.engine.missing_sentence(_key(node.key, self.year, dims)))
        self.used.append(found)
        return found.value

    def _sum(self, ref: Ref) -> float:
        engine = self.engine
        base = engine._target(self.dims, ref)
        pinned = engine._pins(ref)[1]
        free = [i for i in range(len(DIMENSIONS)) if not base[i] and i not in pinned]
        parts = engine._parts(self.table, ref.key, self.year, base, free)
        if not parts:
            raise _NoInput(engine.missing_sentence(_key(ref.key, self.year, base)))
        self.used.extend(parts)
        return sum(p.value for p in parts)


class DerivedEngine:
    """Computes every derived indicator; ``update`` recomputes only what an edit can affect."""

    def __init__(self, catalogue: Catalogue, language: str = "en") -> None:
        self.catalogue = catalogue
        self.language = language
        self.order = derived_order(catalogue)
        self._by_indicator: dict[str, tuple[dict[CellKey, Figure], dict[CellKey, MissingDerived]]] = {}
        # derived indicator -> dims -> year -> value (the index the look-ups use)
        self._derived_groups: dict[str, dict[Dims, dict[int, Figure]]] = {}
        # (indicator, base dims, free dimension) -> the disaggregations it breaks down into (one run)
        self._matching: dict[tuple[str, Dims, int], list[tuple[Dims, Any]]] = {}
        self._pin_cache: dict[int, tuple[Ref, dict[int, str]]] = {}

    # -- public -------------------------------------------------------------------------------
    def full(self, table: ValueTable) -> DerivedResult:
        self._by_indicator.clear()
        self._derived_groups.clear()
        self._matching.clear()
        for indicator in self.order:
            self._store(indicator.key, self._compute(table, indicator))
        return self.result()

    def update(self, table: ValueTable, changed_indicator_keys: Iterable[str]) -> DerivedResult:
        if not self._by_indicator:
            return self.full(table)
        affected = dependents_of(self.catalogue, set(changed_indicator_keys))
        self._matching.clear()
        for indicator in self.order:
            if indicator.key in affected:
                self._store(indicator.key, self._compute(table, indicator))
        return self.result()

    def result(self) -> DerivedResult:
        result = DerivedResult()
        for values, missing in self._by_indicator.values():
            result.values.update(values)
            result.missing.update(missing)
        return result

    def _store(self, key: str, computed: tuple[dict[CellKey, Figure], dict[CellKey, MissingDerived]]) -> None:
        self._by_indicator[key] = computed
        groups: dict[Dims, dict[int, Figure]] = {}
        for cell, value in computed[0].items():
            groups.setdefault(cell.dims(), {})[cell.year] = value
        self._derived_groups[key] = groups
        for entry in [m for m in self._matching if m[0] == key]:
            del self._matching[entry]

    # -- inputs -------------------------------------------------------------------------------
    def stand_in(self, table: ValueTable, key: CellKey) -> Figure | None:
        """Another source's figure for a cell its series leaves empty (the report prints '..' there),
        as ``services.series.stand_in`` picks it; the derivation note names it and its years
        (``export.derivation``): the figure is not ``preferred``, so it is never taken for the printed one."""
        figures = table.all_sources(key)
        if not figures:
            return None
        from mpdesk.services.series import stand_in

        indicator = self.catalogue.indicator(key.indicator) if self.catalogue.has_indicator(key.indicator) else None
        return stand_in(indicator, figures)

    def lookup(self, table: ValueTable, key: CellKey) -> Figure | None:
        return self._find(table, key.indicator, key.year, key.dims())

    def _find(self, table: ValueTable, indicator: str, year: int, dims: Dims) -> Figure | None:
        groups = self._derived_groups[indicator] if indicator in self._by_indicator else table.series_index(indicator)
        years = groups.get(dims)
        return years.get(year) if years is not None else None

    def parts(self, table: ValueTable, indicator: str, year: int, base: Dims, free: list[int]) -> list[Figure]:
        """The values of ``indicator`` broken down along one free dimension (the finest list wins)."""
        return self._parts(table, indicator, year, tuple(base), free)  # type: ignore[arg-type]

    def _parts(self, table: ValueTable, indicator: str, year: int, base: Dims, free: list[int]) -> list[Figure]:
        best: list[Figure] = []
        derived = indicator in self._by_indicator
        for dim in free:
            found = []
            for dims, years in self._matching_groups(table, indicator, base, dim):
                item = years.get(year)
                if item is not None:
                    found.append((dims, item))
            if len(found) <= len(best):
                continue
            # In the order the cells were listed: derived values by (year, dims), figures as read.
            found.sort(key=(lambda f: f[0]) if derived else (lambda f: table.cell_position(f[1])))
            best = [figure for _, figure in found]
        if not best:
            total = self._find(table, indicator, year, base)
            best = [total] if total else []
        return best

    def _groups_of(self, table: ValueTable, indicator: str) -> Mapping[Dims, Mapping[int, Any]]:
        if indicator in self._by_indicator:
            return self._derived_groups[indicator]
        return table.series_index(indicator)

    def _matching_groups(self, table: ValueTable, indicator: str, base: Dims, dim: int) -> list[tuple[Dims, Any]]:
        entry = (indicator, base, dim)
        found = self._matching.get(entry)
        if found is None:
            found = self._matching[entry] = [(dims, years) for dims, years in self._groups_of(table, indicator).items()
                                             if _matches(dims, base, dim)]
        return found

    def _pins(self, ref: Ref) -> tuple[Ref, dict[int, str]]:
        cached = self._pin_cache.get(id(ref))
        if cached is None or cached[0] is not ref:
            pinned = dict(ref.selectors)
            cached = self._pin_cache[id(ref)] = (
                ref, {i: pinned[name] for i, name in enumerate(DIMENSIONS) if name in pinned})
        return cached

    def _target(self, dims: Dims, ref: Ref) -> Dims:
        pins = self._pins(ref)[1]
        if not pins:
            return dims if TOTAL not in dims else _target_dims(dims, ref)
        return tuple("" if c == TOTAL else c for c in (pins.get(i, own) for i, own in enumerate(dims)))  # type: ignore

    def _cells_of(self, table: ValueTable, indicator: str) -> list[CellKey]:
        if indicator in self._by_indicator:
            return list(self._by_indicator[indicator][0])
        return table.cells(indicator)

    def missing_sentence(self, key: CellKey) -> str:
        from mpdesk.formats import disaggregation_text

        name = self._name(key.indicator)
        parts = disaggregation_text(key.dims(), self.language).lstrip(", ")
        if parts:
            name = tr("Derived", "{name} ({disaggregation})").format(name=name, disaggregation=parts)
        return tr("Derived", "No {name} for {year}.").format(name=name, year=key.year)

    def _name(self, key: str) -> str:
        if self.catalogue.has_indicator(key):
            return self.catalogue.indicator(key).name.get_for(self.language)
        return key

    # -- computing ----------------------------------------------------------------------------
    def _compute(self, table: ValueTable, indicator: Indicator):
        values: dict[CellKey, Figure] = {}
        missing: dict[CellKey, MissingDerived] = {}
        assert indicator.formula is not None
        for year, dims in sorted(self._candidates(table, indicator)):
            key = _key(indicator.key, year, dims)
            cell = _Cell(self, table, year, dims)
            try:
                value = evaluate(indicator.formula.root, cell)
            except _NoInput as exc:
                missing[key] = MissingDerived(key, exc.reason)
                continue
            except MissingInput as exc:
                missing[key] = MissingDerived(key, self._reason(indicator, year, exc.reason))
                continue
            values[key] = derived_figure(indicator, key, value, tuple(cell.used))
        return values, missing

    def _reason(self, indicator: Indicator, year: int, reason: str) -> str:
        return tr("Derived", "{name} for {year} cannot be computed: {why}.").format(
            name=self._name(indicator.key), year=year, why=reason.rstrip("."))

    def _candidates(self, table: ValueTable, indicator: Indicator) -> set[tuple[int, Dims]]:
        """Years and disaggregations where at least one input has a figure."""
        allowed = set(indicator.disaggregations)
        refs = _refs(indicator.formula.root if indicator.formula else None)
        # A share of a pinned total (origin share) is computed per part, not for the total itself.
        required = allowed & {name for ref in refs for name, _ in ref.selectors}
        found: set[tuple[int, Dims]] = set()
        for ref in refs:
            pinned = {name for name, _ in ref.selectors}
            for cell_dims, years in self._groups_of(table, ref.key).items():
                dims = tuple("" if name in pinned else value for name, value in zip(DIMENSIONS, cell_dims))
                if all((value or name not in required) and (not value or name in allowed)
                       for name, value in zip(DIMENSIONS, dims)):
                    found.update((year, dims) for year in years)  # type: ignore[misc]
        return found


def derived_figure(indicator: Indicator, key: CellKey, value: float, inputs: tuple[Figure, ...]) -> Figure:
    """The record of a computed figure: its source is its inputs' sources, in order, once each."""
    assert indicator.formula is not None
    source = "; ".join(dict.fromkeys(i.source for i in inputs if i.source))
    return Figure(key, value, indicator.unit, figure_decimals(indicator), "draft", source, "", DERIVED, True,
                  derivation=Derivation(indicator.formula.text, inputs))


def _matches(dims: Dims, base: Dims, free_dim: int) -> bool:
    return all((value != "") if i == free_dim else value == base[i] for i, value in enumerate(dims))


def _refs(node: Node | None) -> list[Ref]:
    """Every reference in a formula, the ones inside sum() included (their years count too)."""
    if node is None:
        return []
    if isinstance(node, Ref):
        return [node]
    if isinstance(node, Sum):
        return [node.ref]
    if isinstance(node, Negate):
        return _refs(node.operand)
    if isinstance(node, BinaryOp):
        return _refs(node.left) + _refs(node.right)
    return []


def derived_order(catalogue: Catalogue) -> list[Indicator]:
    """Derived indicators, each after the derived ones it uses (a cycle is left out, not looped)."""
    pending = {i.key: i for i in catalogue.derived_indicators()}
    order: list[Indicator] = []
    while pending:
        ready = [i for i in pending.values()
                 if not any(ref in pending for ref in (i.formula.references if i.formula else ()))]
        if not ready:
            break
        for indicator in ready:
            order.append(indicator)
            del pending[indicator.key]
    return order


def dependents_of(catalogue: Catalogue, changed: set[str]) -> set[str]:
    """Derived indicators whose value can change when ``changed`` indicators change (transitively)."""
    affected: set[str] = set()
    frontier = set(changed)
    derived = catalogue.derived_indicators()
    while frontier:
        hit = {i.key for i in derived if i.formula and i.formula.references & frontier} - affected
        affected |= hit
        frontier = hit
    return affected | (changed & {i.key for i in derived})


def compute_derived(ws_or_table: Union["Workspace", ValueTable], catalogue: Catalogue | None = None,
                    language: str = "en") -> DerivedResult:
    """Every derived value of a profile (or of an already loaded ValueTable)."""
    if isinstance(ws_or_table, ValueTable):
        from mpdesk.guide import default_catalogue

        return DerivedEngine(catalogue or default_catalogue(), language).full(ws_or_table)
    ws = ws_or_table
    return DerivedEngine(catalogue or ws.catalogue, language).full(ValueTable.from_workspace(ws))
