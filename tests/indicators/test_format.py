"""Numbers as readers in each language expect them."""

from __future__ import annotations

from mpdesk.charts.format import format_number, format_value, unit_label
from mpdesk.guide import default_catalogue


def test_thousands_and_decimal_marks_per_language():
    assert format_number(1234567.84, 1, "en") == "1,234,567.8"
    assert format_number(1234567.84, 1, "fr") == "1\u202f234\u202f567,8"
    assert format_number(1234567.84, 1, "es") == "1.234.567,8"
    assert format_number(1234567.84, 1, "pt") == "1.234.567,8"
    assert format_number(1234567.84, 1, "ru") == "1\u202f234\u202f567,8"
    assert format_number(-17106, 0, "en") == "-17,106"
    assert format_number(-0.04, 1, "en") == "0.0"


def test_values_use_catalogue_decimals():
    catalogue = default_catalogue()
    assert format_value(1.9529879322240675, catalogue.indicator("immigrant_share_population"), "en") == "2.0"
    assert format_value(1050147.0, catalogue.indicator("immigrant_stock"), "fr") == "1\u202f050\u202f147"
    assert format_value(3107.93225339579, catalogue.indicator("remittance_inflows"), "es") == "3.107,9"


def test_unit_labels():
    assert unit_label("persons") == "persons"
    assert unit_label("percent") == "%"
    assert unit_label("usd_million") == "US$ million"
    assert unit_label("per_1000") == "per 1,000"
