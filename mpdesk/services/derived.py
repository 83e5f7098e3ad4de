"""Derived indicators: each catalogue formula evaluated per year and disaggregation.

Values are kept at full precision (rounding happens only in ``charts.format``); a value that
cannot be computed is absent with a sentence saying why, never zero. Each value records the
figures and sources it used, so the report can say which population series a % divides by.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Iterable, Union

from mpdesk.guide import Catalogue, Indicator
from mpdesk.guide.formula import DIMENSIONS, TOTAL, BinaryOp, MissingInput, Negate, Node, Ref, Sum, evaluate
from mpdesk.i18n import tr
from mpdesk.services.value_table import ValueTable
from mpdesk.services.values import CellKey

if TYPE_CHECKING:
    from mpdesk.services.workspace import Workspace

Dims = tuple[str, str, str, str]


class _NoInput(MissingInput):
    """An input has no figure (as opposed to an arithmetic impossibility)."""


@dataclass(frozen=True)
class InputUsed:
    indicator: str
    key: CellKey
    value: float
    source: str


@dataclass(frozen=True)
class DerivedValue:
    key: CellKey
    value: float
    formula: str
    inputs: tuple[InputUsed, ...] = ()

    @property
    def sources(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(i.source for i in self.inputs if i.source))


@dataclass(frozen=True)
class MissingDerived:
    key: CellKey
    reason: str


@dataclass
class DerivedResult:
    values: dict[CellKey, DerivedValue] = field(default_factory=dict)
    missing: dict[CellKey, MissingDerived] = field(default_factory=dict)

    def get(self, key: CellKey) -> DerivedValue | None:
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
        self.used: list[InputUsed] = []

    def __call__(self, node: Union[Ref, Sum]) -> float:
        if isinstance(node, Sum):
            return self._sum(node.ref)
        key = _key(node.key, self.year, _target_dims(self.dims, node))
        found = self.engine.lookup(self.table, key)
        if found is None:
            raise _NoInput(self.engine.missing_sentence(key))
        self.used.append(found)
        return found.value

    def _sum(self, ref: Ref) -> float:
        base = _target_dims(self.dims, ref)
        free = [i for i, name in enumerate(DIMENSIONS) if not base[i] and ref.selector(name) is None]
        parts = self.engine.parts(self.table, ref.key, self.year, base, free)
        if not parts:
            raise _NoInput(self.engine.missing_sentence(_key(ref.key, self.year, base)))
        self.used.extend(parts)
        return sum(p.value for p in parts)


class DerivedEngine:
    """Computes every derived indicator; ``update`` recomputes only what an edit can affect."""

    def __init__(self, catalogue: Catalogue, language: str = "en") -> None:
        self.catalogue = catalogue
        self.language = language
        self.order = derived_order(catalogue)
        self._by_indicator: dict[str, tuple[dict[CellKey, DerivedValue], dict[CellKey, MissingDerived]]] = {}

    # -- public -------------------------------------------------------------------------------
    def full(self, table: ValueTable) -> DerivedResult:
        self._by_indicator.clear()
        for indicator in self.order:
            self._by_indicator[indicator.key] = self._compute(table, indicator)
        return self.result()

    def update(self, table: ValueTable, changed_indicator_keys: Iterable[str]) -> DerivedResult:
        if not self._by_indicator:
            return self.full(table)
        affected = dependents_of(self.catalogue, set(changed_indicator_keys))
        for indicator in self.order:
            if indicator.key in affected:
                self._by_indicator[indicator.key] = self._compute(table, indicator)
        return self.result()

    def result(self) -> DerivedResult:
        result = DerivedResult()
        for values, missing in self._by_indicator.values():
            result.values.update(values)
            result.missing.update(missing)
        return result

    # -- inputs -------------------------------------------------------------------------------
    def lookup(self, table: ValueTable, key: CellKey) -> InputUsed | None:
        if key.indicator in self._by_indicator:
            derived = self._by_indicator[key.indicator][0].get(key)
            if derived is None:
                return None
            return InputUsed(key.indicator, key, derived.value, "; ".join(derived.sources))
        record = table.get(key)
        return InputUsed(key.indicator, key, record.value, record.source) if record else None

    def parts(self, table: ValueTable, indicator: str, year: int, base: Dims, free: list[int]) -> list[InputUsed]:
        """The values of ``indicator`` broken down along one free dimension (the finest list wins)."""
        best: list[InputUsed] = []
        cells = self._cells_of(table, indicator)
        for dim in free:
            found = [self.lookup(table, k) for k in cells if k.year == year and _matches(k.dims(), base, dim)]
            found = [f for f in found if f is not None]
            if len(found) > len(best):
                best = found
        if not best:
            total = self.lookup(table, _key(indicator, year, base))
            best = [total] if total else []
        return best

    def _cells_of(self, table: ValueTable, indicator: str) -> list[CellKey]:
        if indicator in self._by_indicator:
            return list(self._by_indicator[indicator][0])
        return table.cells(indicator)

    def missing_sentence(self, key: CellKey) -> str:
        from mpdesk.charts.format import disaggregation_text

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
        values: dict[CellKey, DerivedValue] = {}
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
            values[key] = DerivedValue(key, value, indicator.formula.text, tuple(cell.used))
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
            for cell in self._cells_of(table, ref.key):
                dims = tuple("" if name in pinned else value for name, value in zip(DIMENSIONS, cell.dims()))
                if all((value or name not in required) and (not value or name in allowed)
                       for name, value in zip(DIMENSIONS, dims)):
                    found.add((cell.year, dims))  # type: ignore[arg-type]
        return found


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
