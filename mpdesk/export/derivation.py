"""How a derived figure was computed, in words a reader can check: its formula with each input
named by indicator and source ('Immigrants as % of population: computed as International migrant
stock (UN DESA, International Migrant Stock 2020) ÷ Total population (UN DESA, International
Migrant Stock 2020) × 100.'). The one wording of a derived figure's note, under every report table.

The sources are the ones the printed figures actually used (``TableRow.inputs``). They are the
series the report prints for each input (``services.derived`` asks ``services.series``, as every
reader does), so a reader dividing the printed figures gets the printed share. Where an input's
series has no figure for a year, another source's figure stands in; the note names it with its years
and says it is not the printed series, so the reader knows the printed figures alone do not give it."""

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
        words = _Words(catalogue, language, _input_sources(mine, years, language))
        values = {"indicator": info.name.get_for(language), "formula": words.node(info.formula.root)}
        if mark:
            lines.append(tr("Report", "{mark} {indicator}: computed as {formula}.").format(mark=mark, **values))
        else:
            lines.append(tr("Report", "{indicator}: computed as {formula}.").format(**values))
    return lines


def _input_sources(rows: Sequence, years: Sequence[int], language: str) -> dict[str, str]:
    """Input indicator -> the sources its figures came from in the printed years: just 'A' where one
    source gives them all, else each source with what it gave, the years where they differ by year
    ('A (1990–2015); B (2020)') and the disaggregation where they differ by it ('A (total); B (by
    sex)'). A source that stood in for years the printed series has no figure for is named with
    those years and said not to be the printed series."""
    years_of: dict[str, dict[str, set[int]]] = {}
    dims_of: dict[str, dict[str, set[tuple[str, str, str, str]]]] = {}
    standing_in: dict[str, dict[str, set[int]]] = {}   # input -> source -> years it was not the printed figure
    for row in rows:
        for year in years:
            for indicator, dims, source, printed in row.inputs.get(year, ()):
                for one in {s.rstrip(".") for s in source.split("; ") if s}:
                    (standing_in if not printed else years_of).setdefault(indicator, {}).setdefault(one, set()).add(year)
                    if printed:
                        dims_of.setdefault(indicator, {}).setdefault(one, set()).add(dims)
    sep = list_separator(language)
    texts = {}
    for indicator in dict.fromkeys([*years_of, *standing_in]):
        printed, stand_ins = years_of.get(indicator, {}), standing_in.get(indicator, {})
        kinds = {source: _kind_words(dims) for source, dims in dims_of.get(indicator, {}).items()}
        by_year = len({frozenset(given) for given in printed.values()}) > 1 or bool(stand_ins)
        by_kind = len(set(kinds.values())) > 1
        parts = []
        for source, given in printed.items():
            qualifiers = ([year_span(sorted(given))] if by_year else []) + ([kinds[source]] if by_kind else [])
            parts.append(f"{source} ({', '.join(qualifiers)})" if qualifiers else source)
        for source, given in stand_ins.items():
            parts.append(tr("Report", "{source} ({years}: not the printed series, which has no figure "
                            "for these years)").format(source=source, years=year_span(sorted(given))))
        texts[indicator] = sep.join(parts)
    return texts


def _kind_words(dims: set[tuple[str, str, str, str]]) -> str:
    """'total', 'by sex', 'by sex, by country': what disaggregations of an input one source gave."""
    words = {0: tr("Report", "by sex"), 1: tr("Report", "by age group"), 2: tr("Report", "by country"),
             3: tr("Report", "by category")}
    found = [words[i] for i in range(4) if any(d[i] for d in dims)]
    return ", ".join(found) if found else tr("Report", "total")


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
