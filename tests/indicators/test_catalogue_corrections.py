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
