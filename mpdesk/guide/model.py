"""The guidance catalogue as plain data: stages, steps, report outline, indicators, charts."""

from __future__ import annotations

from dataclasses import dataclass, field

from mpdesk.guide.formula import Formula
from mpdesk.guide.text import Text

UNITS = ("persons", "percent", "percentage_points", "usd_million", "usd", "per_1000", "yes_no", "year", "number")
PAGE_KINDS = (
    "generic", "register", "workplan", "modules", "sources", "gaps",
    "requests", "reviews", "recommendations", "calendar",
)
CHART_KINDS = ("line", "bar", "stacked_bar", "top_partners", "pyramid", "donut")
DELIVERABLE_KINDS = ("line", "text", "date")


@dataclass(frozen=True)
class ChecklistItem:
    key: str
    text: Text


@dataclass(frozen=True)
class Deliverable:
    key: str
    label: Text
    kind: str = "line"


@dataclass(frozen=True)
class Step:
    key: str
    stage_key: str
    title: Text
    page: str
    guidance: Text
    checklist: tuple[ChecklistItem, ...] = ()
    deliverables: tuple[Deliverable, ...] = ()
    sections: tuple[str, ...] = ()


@dataclass(frozen=True)
class Stage:
    key: str
    title: Text
    summary: Text
    steps: tuple[Step, ...] = ()


@dataclass(frozen=True)
class ChartSpec:
    """What the catalogue says a module charts; rendering lives elsewhere."""

    key: str
    section_key: str
    kind: str
    title: Text
    indicators: tuple[str, ...]
    by: str = ""


@dataclass(frozen=True)
class Section:
    key: str
    parent: str
    title: Text
    guidance: Text = field(default_factory=Text)
    optional: bool = False
    default_selected: bool = True
    extended_only: bool = False
    narrative: bool = True
    charts: tuple[ChartSpec, ...] = ()
    custom: bool = False

    @property
    def number(self) -> str:
        """'A.2' for outline modules, '' for front matter, annexes and the like."""
        head = self.key.split(".")[0]
        return self.key if head in ("A", "B", "C", "D") else ""

    def numbered_title(self, language: str, gap: str = " ") -> str:
        """'A.2 Immigration'; a Part's own title already says 'Part A', so it is not numbered twice
        ('B Part B — Impact of migration' read so in the checks' notes); other sections by title."""
        title = self.title.get_for(language)
        return f"{self.number}{gap}{title}" if self.number and self.parent else title


@dataclass(frozen=True)
class Indicator:
    key: str
    section_key: str
    name: Text
    definition: Text
    unit: str
    decimals: int
    disaggregations: tuple[str, ...] = ()
    category_label: Text = field(default_factory=Text)
    sources: tuple[str, ...] = ()
    core: bool = False
    formula: Formula | None = None
    basis: Text = field(default_factory=Text)
    custom: bool = False
    signed: bool = False  # may be negative (net migration, growth rates)

    @property
    def derived(self) -> bool:
        return self.formula is not None

    @property
    def is_count(self) -> bool:
        return self.unit in ("persons", "usd_million", "usd") and not self.signed

    @property
    def is_share(self) -> bool:
        """A percentage of a whole, which cannot exceed 100 (unlike ratios such as remittances to FDI)."""
        ratio_words = ("ratio", "_to_", "growth", "change")
        return self.unit == "percent" and not self.signed and not any(w in self.key for w in ratio_words)
