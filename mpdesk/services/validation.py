"""The one place that decides whether a typed figure is acceptable for an indicator."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Collection

from babel.core import UnknownLocaleError
from babel.numbers import get_decimal_symbol, get_group_symbol

from mpdesk.guide import Indicator
from mpdesk.i18n import tr

_SPACE_LIKE = " \u00a0\u202f"   # space, no-break space, narrow no-break space
_SIGNS = {"-": -1.0, "\u2212": -1.0, "+": 1.0}


class ValueRejected(ValueError):
    """The figure is refused; the message says why, in a sentence for the user."""


@dataclass(frozen=True)
class NumberMarks:
    """How a language writes numbers: its decimal mark and the grouping marks it accepts."""

    decimal: str
    groups: str


def number_marks(language: str) -> NumberMarks:
    """The language's marks from CLDR (Babel), plus spaces (plain, no-break, narrow) for grouping."""
    try:
        decimal, group = get_decimal_symbol(language), get_group_symbol(language)
    except (UnknownLocaleError, ValueError):
        decimal, group = get_decimal_symbol("en"), get_group_symbol("en")
    # A space between groups of three digits is read as grouping in every language ('3 000').
    groups = _SPACE_LIKE if group in _SPACE_LIKE else group + _SPACE_LIKE
    return NumberMarks(decimal, groups)


def _not_a_number(text: str, marks: NumberMarks) -> ValueRejected:
    return ValueRejected(tr("Validation", "'{text}' is not a number (the decimal mark is '{mark}').")
                         .format(text=text, mark=marks.decimal))


def _ambiguous(text: str, whole: str, fraction: str, marks: NumberMarks) -> ValueRejected:
    """'2.500' could be two and a half or two thousand five hundred: say both, choose neither."""
    small = whole + marks.decimal + fraction.rstrip("0") if fraction.rstrip("0") else whole
    large = whole + fraction
    return ValueRejected(tr("Validation", "'{text}' could be {small} or {large}: type {small} or {large} to say "
                                          "which.").format(text=text, small=small, large=large))


def _digits(part: str) -> bool:
    return part.isascii() and part.isdigit()


def _read_whole(whole: str, group_marks: str) -> str | None:
    """The integer part without its grouping marks, or None when they are misplaced."""
    pieces = re.split("[" + re.escape(group_marks) + "]", whole) if group_marks else [whole]
    if not all(_digits(p) for p in pieces):
        return None
    if len(pieces) > 1 and (len(pieces[0]) > 3 or any(len(p) != 3 for p in pieces[1:])):
        return None
    return "".join(pieces)


def _could_be_grouping(whole: str, fraction: str, decimals: int | None) -> bool:
    """'2.500' for a figure without decimals: as likely 2500 with a grouping mark as 2.5."""
    return (not decimals and len(fraction) == 3 and _digits(fraction) and _digits(whole)
            and len(whole) <= 3 and not whole.startswith("0"))


def parse_number(text: str, language: str = "en", decimals: int | None = None) -> float:
    """Read a figure as it is written in ``language``; refuse what could be read two ways.

    The language's decimal mark and grouping marks come from CLDR: '1,234.5' in English,
    '1 234,5' in French (space, no-break space or narrow no-break space), '12.345,6' in Spanish.
    A mark the language does not use ('.' in French) is taken as a decimal point by habit,
    except before exactly three digits. One mark before exactly three digits that the language
    reads as decimal ('2.500' in English) is read so only when the indicator has decimals
    (``decimals`` > 0); otherwise the entry is refused with both readings offered.
    """
    marks = number_marks(language)
    raw = str(text).strip().removesuffix("%").strip()
    if not raw:
        raise ValueRejected(tr("Validation", "Type a number, or delete the cell to clear it."))
    sign = _SIGNS.get(raw[0], 0.0)
    body = raw[1:].strip() if sign else raw
    other = next((m for m in ".," if m != marks.decimal and m not in marks.groups), "")
    value = _read(text, body, marks, other, decimals)
    return (sign or 1.0) * value


def _read(text: str, body: str, marks: NumberMarks, other: str, decimals: int | None) -> float:
    if other and other in body:
        if marks.decimal in body or body.count(other) > 1:
            # a foreign mark used for grouping ('1.234.567' or '1.234,5' in French)
            return _read(text, body.replace(other, marks.groups[0]), marks, "", decimals)
        whole, fraction = body.split(other)
        if _could_be_grouping(whole, fraction, decimals):
            raise _ambiguous(text, whole, fraction, marks)
        body = body.replace(other, marks.decimal)
    if body.count(marks.decimal) > 1:
        raise _not_a_number(text, marks)
    whole, _, fraction = body.partition(marks.decimal)
    if fraction and not _digits(fraction):
        raise _not_a_number(text, marks)
    digits = _read_whole(whole or "0", marks.groups)
    if digits is None:
        raise _not_a_number(text, marks)
    if whole == digits and _could_be_grouping(whole, fraction, decimals):
        raise _ambiguous(text, whole, fraction, marks)
    value = float(f"{digits}.{fraction}" if fraction else digits)
    if not math.isfinite(value):
        raise _not_a_number(text, marks)
    return value


_YES = {"1", "yes", "y", "oui", "o", "sí", "si", "s", "sim", "да", "true"}
_NO = {"0", "no", "n", "non", "não", "nao", "нет", "false"}


def parse_yes_no(text: str) -> float:
    """1.0 for yes, 0.0 for no, in any of the profile languages; refused otherwise."""
    word = str(text).strip().lower()
    if word in _YES or word == tr("Format", "Yes").lower():
        return 1.0
    if word in _NO or word == tr("Format", "No").lower():
        return 0.0
    raise ValueRejected(tr("Validation", "'{text}' is neither yes nor no: choose Yes or No.").format(text=text))


def check_value(indicator: Indicator, value: float) -> float:
    """Return the value if it fits the indicator, else raise ValueRejected with the reason."""
    # name=indicator.name, not str(...): the name is translated only when a sentence needs it (an
    # import checks every row)
    name = indicator.name
    if indicator.derived:
        raise ValueRejected(tr("Validation", "{name} is computed from other figures and cannot be typed in.")
                            .format(name=name))
    if not math.isfinite(value):
        raise ValueRejected(tr("Validation", "The value is not a number."))
    if indicator.is_count and value < 0:
        raise ValueRejected(tr("Validation", "{name} is a count and cannot be negative.").format(name=name))
    if indicator.is_share and not 0 <= value <= 100:
        raise ValueRejected(tr("Validation", "{name} is a percentage of a whole and must be between 0 and 100.")
                            .format(name=name))
    if indicator.unit == "per_1000" and not -1000 <= value <= 1000:
        raise ValueRejected(tr("Validation", "{name} is per 1,000 people and must be between -1,000 and 1,000.")
                            .format(name=name))
    if indicator.unit == "yes_no" and value not in (0, 1):
        raise ValueRejected(tr("Validation", "{name} is yes or no: type 1 for yes or 0 for no.").format(name=name))
    if indicator.unit == "year" and not (1800 <= value <= 2100 and value == int(value)):
        raise ValueRejected(tr("Validation", "{name} is a year, such as 2015.").format(name=name))
    return value


def values_pass(indicator: Indicator, values: Collection[float]) -> bool:
    """Whether ``check_value`` accepts every one of ``values`` (an import's column, each finite), asking
    it about as few as decide: its rules for counts, shares and rates are ranges, so the least and the
    greatest value do; yes/no and year figures (whole numbers only) are asked value by value."""
    if not values:
        return True
    asked = (min(values), max(values)) if extremes_decide(indicator) else set(values)
    try:
        for value in asked:
            check_value(indicator, value)
    except ValueRejected:
        return False
    return True


def extremes_decide(indicator: Indicator) -> bool:
    """Whether ``check_value`` accepts all of a column of values when it accepts its least and greatest."""
    return indicator.unit not in ("yes_no", "year")


def check_year(year: int) -> int:
    if not 1800 <= int(year) <= 2100:
        raise ValueRejected(tr("Validation", "{year} is not a plausible year; use a year between 1800 and 2100.")
                            .format(year=year))
    return int(year)
