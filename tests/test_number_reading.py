"""Numbers are read by the profile's language; what could be read two ways is asked, not guessed."""

from __future__ import annotations

import pytest
from babel.numbers import format_decimal
from hypothesis import given, strategies as st

from mpdesk.formats import format_number
from mpdesk.services.validation import ValueRejected, parse_number, parse_yes_no


@pytest.mark.parametrize("text,language,decimals,expected", [
    ("2.500", "en", 1, 2.5),
    ("2,500", "en", 0, 2500),
    ("1,234.5", "en", 1, 1234.5),
    ("3 000", "en", 0, 3000),
    ("1 234,5", "fr", 1, 1234.5),
    ("1\u00a0234,5", "fr", 0, 1234.5),
    ("1\u202f234,5", "fr", 0, 1234.5),
    ("1.234,5", "fr", 1, 1234.5),
    ("2.5", "fr", 1, 2.5),
    ("12.345", "es", 0, 12345),
    ("12.345,6", "es", 1, 12345.6),
    ("-1 234", "fr", 0, -1234),
    ("12,5 %", "fr", 1, 12.5),
    ("0.500", "en", 0, 0.5),
])
def test_read_as_the_language_writes_it(text, language, decimals, expected) -> None:
    assert parse_number(text, language, decimals) == expected


@pytest.mark.parametrize("text,language,readings", [
    ("2.500", "en", ("2.5", "2500")),
    ("2.500", "fr", ("2,5", "2500")),
    ("2,500", "fr", ("2,5", "2500")),
])
def test_two_readings_are_offered_where_the_indicator_has_no_decimals(text, language, readings) -> None:
    with pytest.raises(ValueRejected) as refused:
        parse_number(text, language, 0)
    assert all(reading in str(refused.value) for reading in readings)


@pytest.mark.parametrize("text,language", [("2,5", "en"), ("1.2.3", "en"), ("about 5000", "en"), ("2.5", "es"),
                                           ("12 34", "fr"), ("", "en")])
def test_what_the_language_does_not_write_is_refused(text, language) -> None:
    with pytest.raises(ValueRejected):
        parse_number(text, language, 1)


def test_yes_and_no_in_the_profile_languages() -> None:
    assert [parse_yes_no(w) for w in ("Yes", "oui", "Sí", "1", "No", "non", "0")] == [1, 1, 1, 1, 0, 0, 0]
    with pytest.raises(ValueRejected):
        parse_yes_no("maybe")


LANGUAGES = st.sampled_from(["en", "fr", "es", "pt", "ru"])
FIGURES = st.floats(min_value=-1e9, max_value=1e9, allow_nan=False, allow_infinity=False)


@given(value=FIGURES, decimals=st.integers(min_value=0, max_value=3), language=LANGUAGES)
def test_a_number_formatted_for_display_reads_back_as_itself(value, decimals, language) -> None:
    text = format_number(value, decimals, language)
    assert parse_number(text, language, decimals) == pytest.approx(float(text_value(text, language)), abs=0)
    assert parse_number(text, language, decimals) == pytest.approx(round(value, decimals), abs=10 ** -decimals)


@given(value=FIGURES, decimals=st.integers(min_value=0, max_value=3), language=LANGUAGES)
def test_a_number_formatted_by_cldr_reads_back_as_itself(value, decimals, language) -> None:
    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    text = format_decimal(value, format=pattern, locale=language)
    assert parse_number(text, language, decimals) == pytest.approx(round(value, decimals), abs=10 ** -decimals)


def text_value(text: str, language: str) -> float:
    """The number a display string stands for, read independently of parse_number (for the check above)."""
    decimal = format_number(0.5, 1, language)[1]
    digits = "".join(ch for ch in text if ch.isdigit() or ch in "-" + decimal).replace(decimal, ".")
    return float(digits)
