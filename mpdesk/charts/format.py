"""THE one place where figures become text: the UI grid, the PDF and Excel all call it.

Stored values keep full precision; rounding happens here, only when a figure is shown.
"""

from __future__ import annotations

import math

from mpdesk.guide import Indicator
from mpdesk.i18n import tr

NARROW_NBSP = "\u202f"

# (thousands separator, decimal mark) per language; English is the fallback.
_SEPARATORS: dict[str, tuple[str, str]] = {
    "en": (",", "."),
    "fr": (NARROW_NBSP, ","),
    "ru": (NARROW_NBSP, ","),
    "es": (".", ","),
    "pt": (".", ","),
}


def format_number(value: float | None, decimals: int = 0, language: str = "en") -> str:
    """'1,234,567.8' in English, '1 234 567,8' in French and Russian, '1.234.567,8' in Spanish."""
    if value is None or not math.isfinite(value):
        return ""
    thousands, mark = _SEPARATORS.get(language, _SEPARATORS["en"])
    text = f"{abs(value):,.{max(decimals, 0)}f}"
    whole, _, fraction = text.partition(".")
    whole = whole.replace(",", thousands)
    negative = value < 0 and any(ch not in "0.," for ch in text)  # '-0.0' reads as '0.0'
    sign = "-" if negative else ""
    return f"{sign}{whole}{mark}{fraction}" if fraction else f"{sign}{whole}"


def indicator_decimals(indicator: Indicator) -> int:
    """Decimals as published: the catalogue's, with percentages at one decimal at least."""
    if indicator.unit in ("percent", "percentage_points", "per_1000"):
        return max(indicator.decimals, 1)
    return max(indicator.decimals, 0)


def format_value(value: float | None, indicator: Indicator, language: str = "en") -> str:
    """A figure of ``indicator`` as shown everywhere (yes/no as words, years without separators)."""
    if value is None or not math.isfinite(value):
        return ""
    if indicator.unit == "yes_no":
        return tr("Format", "Yes") if value >= 0.5 else tr("Format", "No")
    if indicator.unit == "year":
        return str(int(round(value)))
    return format_number(value, indicator_decimals(indicator), language)


def unit_label(unit: str, language: str = "en") -> str:
    """The unit as a reader sees it next to a figure or on an axis ('persons', '%', 'US$ million')."""
    labels = {
        "persons": tr("Format", "persons"),
        "percent": "%",
        "percentage_points": tr("Format", "percentage points"),
        "usd_million": tr("Format", "US$ million"),
        "usd": tr("Format", "US$"),
        "per_1000": tr("Format", "per {n}").format(n=format_number(1000, 0, language)),
        "yes_no": tr("Format", "yes/no"),
        "year": tr("Format", "year"),
        "number": "",
    }
    return labels.get(unit, unit)


def format_change(change: float | None, indicator: Indicator, language: str = "en") -> str:
    """A difference between two figures, always signed ('+1,234' or '-0.4'); percent as points."""
    if change is None or not math.isfinite(change):
        return ""
    text = format_number(change, indicator_decimals(indicator), language)
    if not text.startswith("-") and any(ch not in "0.,\u202f" for ch in text):
        text = "+" + text
    if indicator.unit in ("percent", "percentage_points"):
        return tr("Format", "{change} percentage points").format(change=text)
    return text


def sex_label(sex: str) -> str:
    return {"female": tr("Format", "female"), "male": tr("Format", "male")}.get(sex, tr("Format", "both sexes"))


def partner_name(iso3: str, language: str = "en") -> str:
    """A partner country's name in the profile's language (the code itself if unknown)."""
    from mpdesk.imports.countries import by_iso3

    country = by_iso3().get(iso3.upper())
    return country.name(language) if country else iso3


def disaggregation_text(dims: tuple[str, str, str, str], language: str = "en") -> str:
    """', female, aged 15-64, Somalia' for a cell's disaggregation; '' for a total."""
    sex, age_group, partner, category = dims
    parts = []
    if sex:
        parts.append(sex_label(sex))
    if age_group:
        parts.append(tr("Format", "aged {group}").format(group=age_group))
    if partner:
        parts.append(partner_name(partner, language))
    if category:
        parts.append(category)
    return "".join(", " + p for p in parts)
