"""The shipped guidance catalogue is complete and consistent; formulas are parsed, never evaluated as code."""

from __future__ import annotations

import pytest

from mpdesk.guide import default_catalogue, load_catalogue
from mpdesk.guide.formula import FormulaError, MissingInput, Ref, Sum, evaluate, parse_formula

# The consolidated default outline of the domain reference (MIGRATION_PROFILES.md, section 2).
DOMAIN_OUTLINE = [
    "front", "front.foreword", "front.twg", "front.acronyms", "front.glossary", "summary", "glance", "intro",
    "A", "A.1", "A.2", "A.3", "A.4", "A.5", "A.6",
    "B", "B.1", "B.2", "B.3", "B.4", "B.5", "B.6",
    "C", "C.1", "C.2", "C.3", "C.4",
    "D", "D.1", "D.2", "D.3", "D.4",
    "annex", "annex.stats", "annex.sources", "annex.laws", "annex.references",
]
DOMAIN_STEPS = ["1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "2.1", "2.2", "2.3", "2.4", "2.5", "2.6",
                "3.1", "3.2", "3.3", "3.4"]
AGREED_INDICATORS = [
    "population_total", "immigrant_stock", "immigrant_share_population", "immigrant_female_share", "emigrant_stock",
    "emigrant_share_population", "net_migration", "net_migration_rate", "refugees_hosted", "refugees_from_country",
    "asylum_seekers_hosted", "idps", "stateless_persons", "remittance_inflows", "gdp_current_usd",
    "remittances_share_gdp", "remittance_outflows", "remittances_per_capita", "students_abroad", "tertiary_enrolment",
    "outbound_mobility_ratio", "immigrant_origin_share", "emigrant_destination_share", "population_0_14",
    "population_15_64", "population_65_plus", "age_dependency_ratio",
]


@pytest.fixture(scope="module")
def catalogue():
    return load_catalogue()


def test_three_stages_and_every_step(catalogue) -> None:
    assert [s.key for s in catalogue.stages] == ["I", "II", "III"]
    assert [s.key for s in catalogue.steps] == DOMAIN_STEPS
    assert len(catalogue.steps) >= 17


def test_every_step_guides_the_team(catalogue) -> None:
    for step in catalogue.steps:
        assert len(str(step.guidance)) > 200, f"step {step.key} needs real guidance"
        assert step.checklist, f"step {step.key} has no checklist"
        assert step.deliverables, f"step {step.key} has no deliverables"
        assert len({c.key for c in step.checklist}) == len(step.checklist)


def test_outline_has_every_section_of_the_domain_outline(catalogue) -> None:
    keys = {s.key for s in catalogue.sections}
    assert set(DOMAIN_OUTLINE) <= keys, sorted(set(DOMAIN_OUTLINE) - keys)


def test_indicators(catalogue) -> None:
    assert len(catalogue.indicators) >= 60
    keys = {i.key for i in catalogue.indicators}
    assert set(AGREED_INDICATORS) <= keys, sorted(set(AGREED_INDICATORS) - keys)
    for indicator in catalogue.indicators:
        assert str(indicator.name), indicator.key
        assert catalogue.has_section(indicator.section_key), indicator.key


def test_formulas_reference_existing_indicators(catalogue) -> None:
    derived = catalogue.derived_indicators()
    assert derived, "the catalogue should compute some indicators"
    for indicator in derived:
        missing = [r for r in indicator.formula.references if not catalogue.has_indicator(r)]
        assert not missing, f"{indicator.key} uses unknown {missing}"
    assert catalogue.indicator("immigrant_share_population").derived


def test_charts_reference_existing_indicators(catalogue) -> None:
    charts = catalogue.charts()
    assert charts
    for chart in charts:
        assert chart.indicators and all(catalogue.has_indicator(k) for k in chart.indicators), chart.key


def test_french_titles_for_stages(catalogue) -> None:
    for stage in catalogue.stages:
        french = stage.title.get("fr")
        assert french and french != stage.title.get("en"), stage.key


def test_default_catalogue_is_loaded_once() -> None:
    assert default_catalogue() is default_catalogue()


# -- formulas ---------------------------------------------------------------------------------

def test_formula_references_and_arithmetic() -> None:
    formula = parse_formula("immigrant_stock / population_total * 100")
    assert formula.references == {"immigrant_stock", "population_total"}
    figures = {"immigrant_stock": 1050147.0, "population_total": 53771300.0}
    assert evaluate(formula.root, lambda ref: figures[ref.key]) == pytest.approx(1.953, abs=1e-3)
    assert evaluate(parse_formula("-(2 + 3) * 4").root, lambda ref: 0) == -20


def test_formula_selectors_and_sum() -> None:
    formula = parse_formula("immigrant_stock[sex=female] / sum(immigrant_stock[partner=total]) * 100")
    refs: list = []

    def resolve(node):
        refs.append(node)
        return 50.0 if isinstance(node, Ref) else 200.0

    assert evaluate(formula.root, resolve) == 25.0
    assert refs[0] == Ref("immigrant_stock", (("sex", "female"),))
    assert isinstance(refs[1], Sum) and refs[1].ref.selector("partner") == "total"


def test_division_by_zero_is_a_missing_input_not_a_crash() -> None:
    with pytest.raises(MissingInput):
        evaluate(parse_formula("a / b").root, lambda ref: 0.0)


@pytest.mark.parametrize("text", [
    "__import__('os')", "immigrant_stock +", "(a + b", "a ** 2", "a[colour=red]", "a; b", "", "os.system",
])
def test_invalid_formulas_are_refused_with_a_sentence(text: str) -> None:
    with pytest.raises(FormulaError) as info:
        parse_formula(text)
    assert "formula" in str(info.value).lower()
