"""The one place that decides whether a typed figure is acceptable for an indicator."""

from __future__ import annotations

import math
import re

from mpdesk.guide import Indicator
from mpdesk.i18n import tr

_SPACES = re.compile(r"[\s\u00a0\u202f']")


class ValueRejected(ValueError):
    """The figure is refused; the message says why, in a sentence for the user."""


def parse_number(text: str, language: str = "en") -> float:
    """Read a number as people type it: '1,234.5' in English, '1 234,5' in French or Spanish."""
    raw = _SPACES.sub("", str(text).strip()).replace("%", "")
    if not raw:
        raise ValueRejected(tr("Validation", "Type a number, or delete the cell to clear it."))
    if language in ("fr", "es", "pt", "ru") and "," in raw:
        raw = raw.replace(".", "").replace(",", ".")
    elif raw.count(",") and "." not in raw and re.fullmatch(r"-?\d{1,3}(,\d{3})+", raw) is None:
        raw = raw.replace(",", ".")  # a lone decimal comma typed in an English profile
    else:
        raw = raw.replace(",", "")
    try:
        value = float(raw)
    except ValueError:
        raise ValueRejected(tr("Validation", "'{text}' is not a number.").format(text=text)) from None
    if not math.isfinite(value):
        raise ValueRejected(tr("Validation", "'{text}' is not a number.").format(text=text))
    return value


def check_value(indicator: Indicator, value: float) -> float:
    """Return the value if it fits the indicator, else raise ValueRejected with the reason."""
    name = str(indicator.name)
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


def check_year(year: int) -> int:
    if not 1800 <= int(year) <= 2100:
        raise ValueRejected(tr("Validation", "{year} is not a plausible year; use a year between 1800 and 2100.")
                            .format(year=year))
    return int(year)
