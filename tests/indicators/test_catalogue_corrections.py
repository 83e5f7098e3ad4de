"""Catalogue corrections (issue 8, point 6): units and formulas as the definitions say."""

from __future__ import annotations

import pytest

from indicator_fixtures import put
from mpdesk.formats import format_value, unit_label
from mpdesk.guide import default_catalogue
from mpdesk.services.derived import compute_derived
from mpdesk.services.keys import CellKey


@pytest.mark.parametrize("key", ["lfpr_gap", "unemployment_gap", "poverty_gap_remittances"])
def test_gaps_are_in_percentage_points(key):
    indicator = default_catalogue().indicator(key)
    assert indicator.unit == "percentage_points"
    assert "percentage points" in indicator.definition.get_for("en")
    assert unit_label(indicator.unit) == "percentage points"
    assert format_value(-3.25, indicator) == "-3.2" or format_value(-3.25, indicator) == "-3.3"


def test_female_share_of_refugees_is_over_women_plus_men(ws):
    # 40 women, 40 men and 20 of unknown sex: half of those whose sex is known are women.
    put(ws, {CellKey("refugees_hosted", 2020): 100, CellKey("refugees_hosted", 2020, "female"): 40,
             CellKey("refugees_hosted", 2020, "male"): 40})
    share = compute_derived(ws).get(CellKey("refugees_female_share", 2020))
    assert share.value == pytest.approx(50.0)


def test_lifetime_internal_migrants_are_a_share_of_the_census_population(ws):
    # The census counts 47.6 million residents, 10 million of them outside their county of birth; a
    # mid-year estimate of 51.2 million from another source must not be the denominator.
    put(ws, {CellKey("internal_migrants_lifetime", 2019): 10_000_000, CellKey("census_population", 2019): 47_600_000,
             CellKey("population_total", 2019): 51_200_000})
    share = compute_derived(ws).get(CellKey("internal_migrants_lifetime_share", 2019))
    assert share.value == pytest.approx(10_000_000 / 47_600_000 * 100)
    indicator = default_catalogue().indicator("internal_migrants_lifetime_share")
    assert "census population" in indicator.name.get_for("en")
    assert "population recensée" in indicator.name.get_for("fr") and "población censada" in indicator.name.get_for("es")


@pytest.mark.parametrize("language, framework, obsolete, temporary", [
    ("en", "2021", '"short-term migrant"', "temporary mobility"),
    ("fr", "2021", "migrant de court terme", "mobilité temporaire"),
    ("es", "2021", "migrante de corta duración", "movilidad temporal"),
])
def test_glossary_guidance_follows_the_2021_conceptual_framework(language, framework, obsolete, temporary):
    text = " ".join(default_catalogue().section("front.glossary").guidance.get_for(language).split())
    assert framework in text and temporary in text and "12" in text
    sentence = next(s for s in text.split(". ") if obsolete in s)
    assert any(word in sentence for word in ("no longer", "n'est plus", "ya no es"))   # named only as dropped
