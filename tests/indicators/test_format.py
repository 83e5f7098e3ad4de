"""Numbers as readers in each language expect them."""

from __future__ import annotations

from hypothesis import given, strategies as st

from mpdesk.formats import format_number, format_value, unit_label
from mpdesk.guide import default_catalogue


def test_thousands_and_decimal_marks_per_language():
    assert format_number(1234567.84, 1, "en") == "1,234,567.8"
    assert format_number(1234567.84, 1, "fr") == "1\u202f234\u202f567,8"
    assert format_number(1234567.84, 1, "es") == "1.234.567,8"
    assert format_number(1234567.84, 1, "pt") == "1.234.567,8"
    assert format_number(1234567.84, 1, "ru") == "1\u00a0234\u00a0567,8"   # CLDR: a no-break space in Russian
    assert format_number(-17106, 0, "en") == "-17,106"
    assert format_number(-0.04, 1, "en") == "0.0"


def test_values_use_catalogue_decimals():
    catalogue = default_catalogue()
    assert format_value(1.9529879322240675, catalogue.indicator("immigrant_share_population"), "en") == "2.0"
    assert format_value(1050147.0, catalogue.indicator("immigrant_stock"), "fr") == "1\u202f050\u202f147"
    assert format_value(3107.93225339579, catalogue.indicator("remittance_inflows"), "es") == "3107,9"  # CLDR: 4 digits stay whole
    assert format_value(31079.3225339579, catalogue.indicator("remittance_inflows"), "es") == "31.079,3"


def test_unit_labels():
    assert unit_label("persons") == "persons"
    assert unit_label("percent") == "%"
    assert unit_label("usd_million") == "US$ million"
    assert unit_label("per_1000") == "per 1,000"


def test_spanish_and_french_write_percent_and_per_thousand_their_way():
    from datetime import date

    from mpdesk.formats import format_date, format_percent, with_unit
    from mpdesk.i18n import report_language

    assert format_percent("1,6", "fr") == "1,6\u00a0%"
    assert format_percent("1.6", "en") == "1.6%"
    assert with_unit("1,6", "percent", "es") == "1,6\u00a0%"
    assert format_number(-0.04, 1, "fr") == "0,0"
    assert format_number(1000, 0, "es") == "1000" and format_number(10000, 0, "es") == "10.000"
    with report_language("fr"):
        assert unit_label("per_1000", "fr") == "pour 1\u202f000"
        assert with_unit("274\u202f929", "persons", "fr") == "274\u202f929 personnes"
    with report_language("es"):
        assert unit_label("per_1000", "es") == "por 1000"
    assert format_date(date(2026, 12, 1), "fr", month_only=True) == "décembre 2026"
    assert format_date(date(2026, 12, 1), "es") == "1 de diciembre de 2026"
    assert format_date(date(2026, 12, 1), "fr") == "1er décembre 2026"
    assert format_date(date(2026, 12, 15), "fr") == "15 décembre 2026"
    assert format_date(date(2026, 12, 15), "en") == "December 15, 2026"


def test_stored_times_are_shown_as_each_language_writes_a_date_and_time(monkeypatch):
    from mpdesk.formats import format_clock, format_moment, local_moment

    monkeypatch.setenv("TZ", "Europe/Paris")
    import time

    time.tzset()
    try:
        moment = local_moment("2026-12-01T18:16:00")  # stored without offset: UTC (models.base.utc_now)
        assert moment is not None and (moment.hour, moment.minute) == (19, 16)
        assert format_moment(moment, "fr") == "1er déc. 2026, 19:16"
        assert format_moment(moment, "es") == "1 dic 2026, 19:16"
        assert format_moment(moment, "en") == "Dec 1, 2026, 7:16\u202fPM"
        assert format_clock(moment, "fr") == "19:16" and format_clock(moment, "en") == "7:16\u202fPM"
        assert local_moment("not a time") is None
    finally:
        monkeypatch.undo()  # the process's own time zone again, before any other test reads the clock
        time.tzset()


@given(st.integers(min_value=-10**12, max_value=10**12), st.sampled_from(["en", "fr", "es"]))
def test_halves_round_up_in_every_language(k: int, language: str) -> None:
    """Officials round half up (270 512.5 -> 270 513), never to even; away from zero below it."""
    from mpdesk.formats import format_figure

    value = k + 0.5
    expected = abs(k) + 1 if k >= 0 else abs(k)       # k + 0.5 < 0 has magnitude |k| - 0.5
    printed = format_figure(value, 0, language)
    assert int("".join(ch for ch in printed if ch.isdigit())) == expected
    assert printed.startswith("-") == (value < 0)


def test_a_typed_half_in_a_french_table_prints_half_up() -> None:
    from mpdesk.formats import format_figure

    assert format_figure(270512.5, 0, "fr") == "270\u202f513"
    assert format_figure(2.675, 2, "en") == "2.68"     # the decimal typed, not its binary approximation
