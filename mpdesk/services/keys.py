"""The names every layer shares: where a figure sits (``CellKey``), the figure itself
(``Figure``, the one record of a stored or derived figure) and a refused edit (``EditError``).
Plain Python with no imports of the project, so services, exports, imports, the CLI and the UI
all import them at module level without a cycle."""

from __future__ import annotations

from typing import NamedTuple


class EditError(ValueError):
    """An edit was refused; the message is a sentence for the user and nothing was saved."""


class CellKey(NamedTuple):
    """One figure's place: indicator x year x disaggregation ('' means total on that dimension).

    A NamedTuple, like ``Figure``: every stored figure read carries one, and a tuple is built and
    hashed in C (a frozen dataclass's ``__init__`` and ``__hash__`` run Python code: 2 s for the
    enlarged profile's 338,400 figures). Read by field name; ``_asdict()`` for its JSON form."""

    indicator: str
    year: int
    sex: str = ""
    age_group: str = ""
    partner: str = ""
    category: str = ""

    def dims(self) -> tuple[str, str, str, str]:
        return (self.sex, self.age_group, self.partner, self.category)


class Figure(NamedTuple):
    """One figure as every reader sees it, stored (one source's) or derived (computed).

    A NamedTuple read by field name: a profile may hold hundreds of thousands, and a tuple costs
    the least memory and time to build from a database row. ``services.figures.stored_figures``
    makes the stored ones, ``services.derived`` the derived ones."""

    key: CellKey
    value: float
    unit: str = ""                 # as stored ('' where the figure gave none; Figures fills the catalogue's)
    decimals: int = 2              # the catalogue's for the indicator
    status: str = "draft"          # draft, validated, estimate, projection, provisional
    source: str = ""               # for a derived figure: its inputs' sources, '; '-joined
    note: str = ""
    provenance: str = "typed"      # typed, imported, derived
    preferred: bool = True         # the series rule uses it in its cell (derived: always)
    id: str = ""                   # the stored row's id ('' for a derived figure)
    import_id: str = ""            # '' for a typed figure (or an import since undone)
    order: int = 0                 # insertion order (SQLite's rowid): ties go to the first imported
    derivation: Derivation | None = None  # a derived figure's formula and inputs; None for a stored one

    # The cell's fields, for readers that want them flat (the tidy CSV and sheet, the sample's text).
    @property
    def indicator(self) -> str:
        return self.key.indicator

    @property
    def year(self) -> int:
        return self.key.year

    @property
    def sex(self) -> str:
        return self.key.sex

    @property
    def age_group(self) -> str:
        return self.key.age_group

    @property
    def partner(self) -> str:
        return self.key.partner

    @property
    def category(self) -> str:
        return self.key.category

    def dims(self) -> tuple[str, str, str, str]:
        return self.key.dims()

    @property
    def derived(self) -> bool:
        return self.derivation is not None

    @property
    def formula(self) -> str:
        return self.derivation.formula if self.derivation is not None else ""

    @property
    def inputs(self) -> tuple[Figure, ...]:
        """The figures a derived one was computed from (numerator first); () for a stored one."""
        return self.derivation.inputs if self.derivation is not None else ()

    @property
    def sources(self) -> tuple[str, ...]:
        return tuple(s for s in self.source.split("; ") if s)

    @property
    def estimate(self) -> bool:
        return self.status in ("estimate", "projection") or "estimate" in self.note.lower()


class Derivation(NamedTuple):
    """How a derived figure was computed: the catalogue formula and the figures it used.
    One field of ``Figure`` rather than two, so a stored figure (most of them) carries one
    empty slot, not two: 300,000 figures are 5 MB smaller."""

    formula: str
    inputs: tuple[Figure, ...]


DERIVED = "derived"  # Figure.provenance of a derived figure
