"""Load and query the guidance catalogue (resources/guide/*.toml)."""

from __future__ import annotations

import tomllib
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable

from mpdesk.guide.formula import FormulaError, parse_formula
from mpdesk.guide.model import (
    CHART_KINDS, DELIVERABLE_KINDS, PAGE_KINDS, UNITS, ChartSpec, ChecklistItem, Deliverable,
    Indicator, Section, Stage, Step,
)
from mpdesk.guide.text import Text
from mpdesk.guide.toml_cache import load_toml
from mpdesk.i18n import tr
from mpdesk.paths import resources_dir


class CatalogueError(ValueError):
    """The catalogue files are inconsistent; the message names the file and the entry."""


class Catalogue:
    def __init__(self, stages: Iterable[Stage], sections: Iterable[Section],
                 indicators: Iterable[Indicator]) -> None:
        self.stages: tuple[Stage, ...] = tuple(stages)
        self.steps: tuple[Step, ...] = tuple(s for stage in self.stages for s in stage.steps)
        self.sections: tuple[Section, ...] = tuple(sections)
        self.indicators: tuple[Indicator, ...] = tuple(indicators)
        self._steps = _unique(self.steps, "step")
        self._sections = _unique(self.sections, "section")
        self._indicators = _unique(self.indicators, "indicator")
        self._check()

    # -- look-ups -------------------------------------------------------------------------
    def step(self, key: str) -> Step:
        return self._steps[key]

    def section(self, key: str) -> Section:
        return self._sections[key]

    def indicator(self, key: str) -> Indicator:
        return self._indicators[key]

    def has_indicator(self, key: str) -> bool:
        return key in self._indicators

    def has_section(self, key: str) -> bool:
        return key in self._sections

    def children(self, parent_key: str) -> list[Section]:
        return [s for s in self.sections if s.parent == parent_key]

    def top_sections(self) -> list[Section]:
        return self.children("")

    def indicators_for(self, section_key: str) -> list[Indicator]:
        return [i for i in self.indicators if i.section_key == section_key]

    def indicators_shown_in(self, section_key: str) -> list[Indicator]:
        """What a module's grid and tables show: the indicators its charts draw (the headline
        figures, even when they belong to the at-a-glance set), then its own indicators."""
        keys: list[str] = []
        for chart in self.section(section_key).charts if section_key in self._sections else ():
            keys.extend(k for k in chart.indicators if k not in keys)
        keys.extend(i.key for i in self.indicators_for(section_key) if i.key not in keys)
        return [self._indicators[k] for k in keys]

    def core_indicators(self) -> list[Indicator]:
        return [i for i in self.indicators if i.core]

    def derived_indicators(self) -> list[Indicator]:
        return [i for i in self.indicators if i.derived]

    def charts(self) -> list[ChartSpec]:
        return [c for s in self.sections for c in s.charts]

    def next_step(self, key: str) -> Step | None:
        keys = [s.key for s in self.steps]
        index = keys.index(key)
        return self.steps[index + 1] if index + 1 < len(keys) else None

    def previous_step(self, key: str) -> Step | None:
        keys = [s.key for s in self.steps]
        index = keys.index(key)
        return self.steps[index - 1] if index > 0 else None

    def tailored(self, sections: Iterable[Section], indicators: Iterable[Indicator]) -> "Catalogue":
        """The catalogue plus a profile's own sections and national indicators."""
        own_sections = [replace(s, custom=True) for s in sections]
        own_indicators = [replace(i, custom=True) for i in indicators]
        return Catalogue(self.stages, self._insert_sections(own_sections),
                         list(self.indicators) + own_indicators)

    def _insert_sections(self, extra: list[Section]) -> list[Section]:
        """Place each custom section after the last existing child of its parent."""
        result = list(self.sections)
        for section in extra:
            last = max((i for i, s in enumerate(result) if s.parent == section.parent or s.key == section.parent),
                       default=len(result) - 1)
            result.insert(last + 1, section)
        return result

    # -- consistency ------------------------------------------------------------------------
    def _check(self) -> None:
        for section in self.sections:
            if section.parent and section.parent not in self._sections:
                raise CatalogueError(f"Section {section.key}: unknown parent {section.parent}")
            for chart in section.charts:
                for key in chart.indicators:
                    if key not in self._indicators:
                        raise CatalogueError(f"Chart {chart.key}: unknown indicator {key}")
        for step in self.steps:
            for key in step.sections:
                if key not in self._sections:
                    raise CatalogueError(f"Step {step.key}: unknown section {key}")
        for indicator in self.indicators:
            if indicator.section_key not in self._sections:
                raise CatalogueError(f"Indicator {indicator.key}: unknown section {indicator.section_key}")
            if indicator.formula:
                for ref in indicator.formula.references:
                    if ref not in self._indicators:
                        raise CatalogueError(f"Indicator {indicator.key}: formula uses unknown indicator {ref}")


def _unique(items: Iterable[Any], what: str) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for item in items:
        if item.key in found:
            raise CatalogueError(f"Duplicate {what} key {item.key}")
        found[item.key] = item
    return found


# -- reading the TOML files ------------------------------------------------------------------

def _choice(value: str, allowed: tuple[str, ...], where: str) -> str:
    if value not in allowed:
        raise CatalogueError(f"{where}: '{value}' is not one of {', '.join(allowed)}")
    return value


def _step(raw: dict[str, Any], stage_key: str) -> Step:
    where = f"step {raw.get('key')}"
    return Step(
        key=str(raw["key"]), stage_key=stage_key, title=Text.of(raw["title"]),
        page=_choice(raw.get("page", "generic"), PAGE_KINDS, where),
        guidance=Text.of(raw.get("guidance")),
        checklist=tuple(ChecklistItem(str(c["key"]), Text.of(c["text"])) for c in raw.get("checklist", [])),
        deliverables=tuple(
            Deliverable(str(d["key"]), Text.of(d["label"]), _choice(d.get("kind", "line"), DELIVERABLE_KINDS, where))
            for d in raw.get("deliverable", [])
        ),
        sections=tuple(raw.get("sections", [])),
    )


def stages_from(data: dict[str, Any]) -> list[Stage]:
    return [
        Stage(key=str(raw["key"]), title=Text.of(raw["title"]), summary=Text.of(raw.get("summary")),
              steps=tuple(_step(s, str(raw["key"])) for s in raw.get("step", [])))
        for raw in data.get("stage", [])
    ]


def chart_from(raw: dict[str, Any], section_key: str) -> ChartSpec:
    return ChartSpec(
        key=str(raw["key"]), section_key=section_key,
        kind=_choice(raw["kind"], CHART_KINDS, f"chart {raw.get('key')}"),
        title=Text.of(raw["title"]), indicators=tuple(raw["indicators"]), by=str(raw.get("by", "")),
    )


def section_from(raw: dict[str, Any]) -> Section:
    key = str(raw["key"])
    return Section(
        key=key, parent=str(raw.get("parent", "")), title=Text.of(raw["title"]),
        guidance=Text.of(raw.get("guidance")), optional=bool(raw.get("optional", False)),
        default_selected=bool(raw.get("default_selected", True)),
        extended_only=bool(raw.get("extended_only", False)), narrative=bool(raw.get("narrative", True)),
        charts=tuple(chart_from(c, key) for c in raw.get("chart", [])),
    )


def indicator_from(raw: dict[str, Any]) -> Indicator:
    key = str(raw["key"])
    formula = None
    if raw.get("formula"):
        try:
            formula = parse_formula(str(raw["formula"]))
        except FormulaError as exc:
            raise CatalogueError(f"Indicator {key}: {exc}") from exc
    return Indicator(
        key=key, section_key=str(raw["section"]), name=Text.of(raw["name"]),
        definition=Text.of(raw.get("definition")),
        unit=_choice(raw["unit"], UNITS, f"indicator {key}"), decimals=int(raw.get("decimals", 0)),
        disaggregations=tuple(raw.get("disaggregations", [])), category_label=Text.of(raw.get("category_label")),
        sources=tuple(raw.get("sources", [])), core=bool(raw.get("core", False)), formula=formula,
        basis=Text.of(raw.get("basis")),
        signed=bool(raw.get("signed", key.startswith("net_") or "growth" in key or "change" in key)),
    )


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        return load_toml(path)   # parsed once per version of the file (guide/toml_cache.py)
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise CatalogueError(
            tr("Catalogue", "The guidance catalogue file {name} cannot be read: {why}").format(name=path.name, why=exc)
        ) from exc


def load_catalogue(folder: Path | None = None) -> Catalogue:
    folder = folder or resources_dir() / "guide"
    return Catalogue(
        stages_from(_read_toml(folder / "process.toml")),
        [section_from(s) for s in _read_toml(folder / "outline.toml").get("section", [])],
        [indicator_from(i) for i in _read_toml(folder / "indicators.toml").get("indicator", [])],
    )


@lru_cache(maxsize=1)
def default_catalogue() -> Catalogue:
    """The shipped catalogue, read once per process."""
    return load_catalogue()
