"""How a derived figure was computed, in words a reader can check: its formula with each input
named by indicator and source ('Immigrants as % of population: computed as International migrant
stock (UN DESA, International Migrant Stock 2020) ÷ Total population (UN DESA, International
Migrant Stock 2020) × 100.'). The one wording of a derived figure's note, under every report table.

The sources are the ones the printed figures actually used (``TableRow.inputs``), which may not be
the series printed beside them: a share divides by its numerator's publisher's population
(``services.derived``), so the note names it rather than leaving the reader to divide by the
printed total and get another figure."""

from __future__ import annotations

from typing import Sequence

from mpdesk.formats import disaggregation_text, format_number, list_separator, year_span
from mpdesk.guide import Catalogue
from mpdesk.guide.formula import DIMENSIONS, TOTAL, BinaryOp, Negate, Node, Number, Ref, Sum
from mpdesk.i18n import tr

_SYMBOLS = {"+": "+", "-": "−", "*": "×", "/": "÷"}
_PRECEDENCE = {"+": 1, "-": 1, "*": 2, "/": 2}


def derivation_lines(catalogue: Catalogue, rows: Sequence, years: Sequence[int], language: str,
                     mark: str = "") -> list[str]:
    """One line per derived indicator among ``rows`` (``TableRow``s), for the printed ``years``:
    its formula with every input's name and the sources its printed figures used. ``mark`` ('†')
    starts each line where the table marks its derived rows."""
    lines = []
    for indicator in dict.fromkeys(r.indicator for r in rows if r.derived):
        info = catalogue.indicator(indicator) if catalogue.has_indicator(indicator) else None
        if info is None or info.formula is None:
            continue
        mine = [r for r in rows if r.derived and r.indicator == indicator]
        words = _Words(catalogue, language, _input_sources(mine, years, language, _printed_sources(rows)))
        values = {"indicator": info.name.get_for(language), "formula": words.node(info.formula.root)}
        if mark:
            lines.append(tr("Report", "{mark} {indicator}: computed as {formula}.").format(mark=mark, **values))
        else:
            lines.append(tr("Report", "{indicator}: computed as {formula}.").format(**values))
    return lines


def _printed_sources(rows: Sequence) -> dict[tuple, set[str]]:
    """(indicator, disaggregation) -> the sources of that row printed in this table (stored figures only)."""
    return {(r.indicator, (r.sex, r.age_group, r.partner, r.category)): {x.rstrip(".") for x in r.sources}
            for r in rows if not r.derived}


def _input_sources(rows: Sequence, years: Sequence[int], language: str,
                   printed: dict[tuple, set[str]]) -> dict[str, str]:
    """Input indicator -> the sources its figures came from in the printed years ('A (1990–2015); B (2020)'
    where they differ by year, else just 'A'), said not to be the table's own where the table prints
    that indicator from another source (a share on UN DESA's population under the World Bank's)."""
    found: dict[str, dict[str, set[int]]] = {}
    elsewhere: set[str] = set()   # inputs whose figures are not those of the row this table prints for them
    for row in rows:
        for year in years:
            for indicator, dims, source in row.inputs.get(year, ()):
                used = {s.rstrip(".") for s in source.split("; ") if s}
                for one in used:
                    found.setdefault(indicator, {}).setdefault(one, set()).add(year)
                shown = printed.get((indicator, dims))
                if shown and not used & shown:
                    elsewhere.add(indicator)
    sep = list_separator(language)
    texts = {}
    for indicator, by_source in found.items():
        if len(by_source) == 1:
            texts[indicator] = next(iter(by_source))
        else:
            texts[indicator] = sep.join(f"{source} ({year_span(sorted(given))})" for source, given in by_source.items())
        if indicator in elsewhere:
            texts[indicator] = tr("Report", "{sources}, not the series printed in this table").format(
                sources=texts[indicator])
    return texts


class _Words:
    """A formula tree as words: names for references, ÷ × − for operators, locale numbers."""

    def __init__(self, catalogue: Catalogue, language: str, sources: dict[str, str]) -> None:
        self.catalogue, self.language, self.sources = catalogue, language, sources
        self.cited: set[str] = set()   # an input's sources are given at its first mention only

    def node(self, node: Node, parent: int = 0, right: bool = False) -> str:
        if isinstance(node, Number):
            decimals = 0 if float(node.value).is_integer() else 2
            return format_number(node.value, decimals, self.language)
        if isinstance(node, Ref):
            return self.ref(node)
        if isinstance(node, Sum):
            return tr("Report", "the sum of {name}").format(name=self.ref(node.ref))
        if isinstance(node, Negate):
            return "−" + self.node(node.operand, 3)
        if isinstance(node, BinaryOp):
            own = _PRECEDENCE[node.op]
            text = f"{self.node(node.left, own)} {_SYMBOLS[node.op]} {self.node(node.right, own, True)}"
            # parentheses where the reader needs them: (a + b) ÷ c, a ÷ (b × c)
            return f"({text})" if own < parent or (right and own == parent) else text
        return ""

    def ref(self, ref: Ref) -> str:
        name = ref.key
        if self.catalogue.has_indicator(ref.key):
            name = self.catalogue.indicator(ref.key).name.get_for(self.language)
        pinned = dict(ref.selectors)
        dims = tuple("" if pinned.get(d, "") == TOTAL else pinned.get(d, "") for d in DIMENSIONS)
        extra = disaggregation_text(dims, self.language).removeprefix(", ")   # type: ignore[arg-type]
        name = f"{name} — {extra}" if extra else name
        source = self.sources.get(ref.key)
        if source and ref.key not in self.cited:
            self.cited.add(ref.key)
            return f"{name} ({source})"
        return name


def formula_words(catalogue: Catalogue, indicator: str, language: str) -> str:
    """A derived indicator's formula in words, without sources ('Immigrant stock ÷ Total population
    × 100'): what a table of every year (the workbook's Data and Indicator definitions sheets) says
    where no one table's sources apply; '' for an indicator without a formula."""
    info = catalogue.indicator(indicator) if catalogue.has_indicator(indicator) else None
    if info is None or info.formula is None:
        return ""
    return _Words(catalogue, language, {}).node(info.formula.root)


def computed_note(catalogue: Catalogue, indicator: str, language: str) -> str:
    """'Immigrants as % of population: computed as Immigrant stock ÷ Total population × 100.' ('' without a formula)."""
    formula = formula_words(catalogue, indicator, language)
    if not formula:
        return ""
    name = catalogue.indicator(indicator).name.get_for(language)
    return tr("Report", "{indicator}: computed as {formula}.").format(indicator=name, formula=formula)
