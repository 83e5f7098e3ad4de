"""THE one place where figures become text: the UI grid, the PDF and Excel all call it.

Stored values keep full precision; rounding happens here, only when a figure is shown.
"""

from __future__ import annotations

import math
from datetime import date, datetime
from functools import lru_cache
from typing import TYPE_CHECKING

from mpdesk.guide import Indicator
from mpdesk.i18n import tr

if TYPE_CHECKING:
    from decimal import Decimal

    from babel import Locale

NARROW_NBSP = "\u202f"

# CLDR's minimumGroupingDigits of 2 (a four-digit number stays whole: "1000", "10.000"), which
# Babel does not apply itself. Languages not listed group from four digits.
_MIN_GROUPING_TWO = frozenset({"es", "pl", "pt_PT", "hr", "lv", "sk"})


def format_number(value: float | None, decimals: int = 0, language: str = "en") -> str:
    """A figure as the language writes it, from CLDR (Babel): '1,234,567.8' in English,
    '1 234 567,8' in French (narrow no-break spaces, so it never breaks across lines),
    '1.234.567,8' in Spanish (and '1000', not '1.000')."""
    if value is None or not math.isfinite(value):
        return ""
    from decimal import localcontext

    from babel.numbers import format_decimal

    places = max(decimals, 0)
    digits = _rounded(value, places)  # half up, as statistical offices round; '-0.0' reads as '0.0'
    number = -digits if value < 0 and digits != 0 else digits
    pattern = "#,##0" + ("." + "0" * places if places else "")
    locale = _locale(language)
    with localcontext(prec=max(28, len(str(digits)) + 2)):  # Babel's rounding of 1e300 needs all its digits
        text = format_decimal(number, format=pattern, locale=locale, decimal_quantization=True)
    if str(locale) in _MIN_GROUPING_TWO or locale.language in _MIN_GROUPING_TWO:
        if 1000 <= digits < 10000:
            text = format_decimal(number, format=pattern.replace("#,##0", "0"), locale=locale)
    return text


def format_percent(formatted: str, language: str = "en") -> str:
    """'1.6%' in English, '1,6 %' in French and Spanish: CLDR's percent pattern around a formatted figure."""
    pattern = _locale(language).percent_formats[None].pattern.split(";")[0]
    before, _, after = pattern.partition("#,##0") if "#,##0" in pattern else pattern.partition("0")
    return f"{before.replace('0', '').replace('#', '')}{formatted}{after.replace('0', '').replace('#', '')}"


def label_colon(label: str, language: str = "en") -> str:
    """'Language:' in English and Spanish, 'Langue\u00a0:' in French (French typography puts a space
    before the colon; a no-break one, so the colon never starts a line). The caller adds the space after."""
    return f"{label}\u00a0:" if language.split("_")[0] == "fr" else f"{label}:"


def year_span(years: "list[int]") -> str:
    """'2022–2023', '1990, 1995, 2000–2002': years as a reader names them, runs joined by a dash."""
    runs: list[list[int]] = []
    for year in sorted(set(years)):
        if runs and year == runs[-1][-1] + 1:
            runs[-1].append(year)
        else:
            runs.append([year])
    return ", ".join(f"{r[0]}–{r[-1]}" if len(r) > 1 else str(r[0]) for r in runs)


def list_separator(language: str = "en") -> str:
    """'; ' between the items of a list (sources, releases); French typography puts a (no-break)
    space before the semicolon: ' ; '."""
    return "\u00a0; " if language.split("_")[0] == "fr" else "; "


def language_name(code: str, in_language: str = "en") -> str:
    """'English' for 'en' in English, 'anglais' in French (CLDR via Babel); the code if Babel has none."""
    from babel import Locale, UnknownLocaleError

    try:
        return Locale.parse(code).get_display_name(_locale(in_language)) or code
    except (ValueError, UnknownLocaleError):
        return code


def with_unit(formatted: str, unit: str, language: str = "en") -> str:
    """A figure with its unit as a reader sees it: '1,6 %', '274 929 personnes', '-1,1 pour 1 000'."""
    if not formatted:
        return ""
    if unit == "percent":
        return format_percent(formatted, language)
    label = unit_label(unit, language)
    return f"{formatted} {label}" if label else formatted


def format_date(day: "date", language: str = "en", month_only: bool = False) -> str:
    """'1 December 2026' style dates as the language writes them ('1 décembre 2026', '1 de diciembre
    de 2026'); ``month_only`` gives CLDR's month and year ('December 2026', 'décembre 2026',
    'diciembre de 2026')."""
    from babel.dates import format_date as babel_date, format_skeleton

    if month_only:
        return format_skeleton("yMMMM", day, locale=_locale(language))
    return _first_of_month(babel_date(day, "long", locale=_locale(language)), day, language)


def _first_of_month(text: str, day: "date", language: str) -> str:
    if language == "fr" and day.day == 1 and text.startswith("1 "):
        return "1er" + text[1:]   # French writes the first of the month as an ordinal (CLDR does not)
    return text


def format_clock(moment: "datetime", language: str = "en") -> str:
    """A time of day as the language writes it: '7:16 PM', '19:16'."""
    from babel.dates import format_time

    return format_time(moment, "short", locale=_locale(language))


def format_moment(moment: "datetime", language: str = "en") -> str:
    """A date and time as the language writes them: 'Dec 1, 2026, 7:16 PM', '1er déc. 2026, 19:16',
    '1 dic 2026, 19:16' (CLDR's medium date and short time, joined by the locale's own pattern)."""
    from babel.dates import format_date as babel_date

    locale = _locale(language)
    day = _first_of_month(babel_date(moment, "medium", locale=locale), moment, language)
    return str(locale.datetime_formats["medium"]).format(format_clock(moment, language), day)


def local_moment(stamp: "str | datetime") -> "datetime | None":
    """An ISO time stored in a profile (text or a column's datetime), in the computer's time zone; a
    stamp without offset is UTC (``models.base.utc_now``). None when the text is no time."""
    from datetime import datetime, timezone

    try:
        moment = stamp if isinstance(stamp, datetime) else datetime.fromisoformat(stamp)
    except (TypeError, ValueError):
        return None
    return (moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)).astimezone()


@lru_cache(maxsize=16)
def _locale(language: str) -> "Locale":
    from babel import Locale, UnknownLocaleError

    try:
        return Locale.parse(language or "en")
    except (UnknownLocaleError, ValueError, TypeError):
        return Locale.parse("en")


def indicator_decimals(indicator: Indicator) -> int:
    """Decimals as published: the catalogue's, with percentages at one decimal at least.

    THE decimals rule: a figure of an indicator shows these decimals wherever it is shown (report
    tables, chart labels, the workbook's number formats, the grid, the import log, the checks'
    messages, derivation notes), so 56.66 reads 56.7 everywhere, never 56.66 in one place. Every
    ``Figure.decimals`` and ``TableRow.decimals`` holds them (``figure_decimals``). Two deliberate
    exceptions, both said where they apply: a non-zero figure that would round to 0 gets the digits
    it needs (``shown_decimals``), and two different figures set side by side get the decimals that
    tell them apart (``telling_decimals``)."""
    if indicator.unit in ("percent", "percentage_points", "per_1000"):
        return max(indicator.decimals, 1)
    return max(indicator.decimals, 0)


UNKNOWN_DECIMALS = 2   # a figure of an indicator the catalogue does not know (a file's own key)


def figure_decimals(indicator: Indicator | None) -> int:
    """The decimals a figure of ``indicator`` is shown with (``indicator_decimals``), and
    UNKNOWN_DECIMALS for an indicator the catalogue does not know."""
    return UNKNOWN_DECIMALS if indicator is None else indicator_decimals(indicator)


def same_figure(a: float, b: float) -> bool:
    """Two figures equal but for binary float noise (a publisher's US$ scaled to millions by two
    readers: 56.66481959595562 and 56.664819595955606): one figure, confirmed by two sources."""
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)


def telling_decimals(a: float, b: float, decimals: int, most: int = 6) -> int:
    """The fewest decimals, ``decimals`` or more, that show two different figures apart (221.1 and
    221.068 at 1 decimal read alike; at 2 they do not), so a difference is never shown as 221.1 = 221.1."""
    for places in range(max(decimals, 0), most + 1):
        if round(a, places) != round(b, places):
            return places
    return most


# A figure that is not zero never reads as one: where the indicator's decimals would show 0.0119
# (US$ million) as '0.0', it shows two significant digits ('0.012'), with at most SMALL_DECIMALS
# decimals; smaller still, '<0.0001'. Tables, chart labels and the grid show figures so (format_figure);
# the workbook keeps the number and gives its cell the decimals (shown_decimals with a wider limit).
SMALL_DECIMALS = 4


def shown_decimals(value: float, decimals: int, limit: int = SMALL_DECIMALS) -> int:
    """The decimals ``value`` is shown with: ``decimals``, or for a non-zero figure they round to 0,
    enough for two significant digits (at most ``limit``)."""
    places = max(decimals, 0)
    if value == 0 or not math.isfinite(value) or _shows_digit(value, places):
        return places
    return max(places, min(1 - math.floor(math.log10(abs(value))), limit))


def _rounded(value: float, places: int) -> "Decimal":
    """``abs(value)`` at ``places`` decimals, halves rounded up (270 512.5 -> 270 513), from the
    shortest decimal that reads back as ``value`` (what was typed or imported), not from its binary
    approximation, so 2.675 is 2.68, as a reader rounding the printed source would get."""
    from decimal import ROUND_HALF_UP, Decimal, localcontext

    exact = Decimal(repr(abs(value)))
    with localcontext(prec=max(28, exact.adjusted() + places + 3)):   # 1e300 keeps all its digits
        return exact.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def _shows_digit(value: float, places: int) -> bool:
    return _rounded(value, places) != 0   # format_number's rounding


def format_figure(value: float | None, decimals: int = 0, language: str = "en") -> str:
    """A figure at ``decimals``, but never a non-zero one as 0 ('0.012', '<0.0001'; see SMALL_DECIMALS)."""
    if value is None or not math.isfinite(value):
        return ""
    places = shown_decimals(value, decimals)
    if value != 0 and not _shows_digit(value, places):
        bound = format_number(10.0 ** -places, places, language)
        return f"<{bound}" if value > 0 else f">-{bound}"
    return format_number(value, places, language)


def format_value(value: float | None, indicator: Indicator | None, language: str = "en") -> str:
    """A figure of ``indicator`` as shown everywhere (yes/no as words, years without separators);
    ``None``: an indicator the catalogue does not know (``figure_decimals``)."""
    if value is None or not math.isfinite(value):
        return ""
    if indicator is not None and indicator.unit == "yes_no":
        return tr("Format", "Yes") if value >= 0.5 else tr("Format", "No")
    if indicator is not None and indicator.unit == "year":
        return str(int(round(value)))
    return format_figure(value, figure_decimals(indicator), language)


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
    if not text.startswith("-") and any(ch.isdigit() and ch != "0" for ch in text):
        text = "+" + text
    if indicator.unit in ("percent", "percentage_points"):
        return tr("Format", "{change} percentage points").format(change=text)
    return text


def status_label(status: str, provenance: str = "typed") -> str:
    """A figure's status as the screen names it. An imported figure whose source gave no status
    (stored as 'draft') is 'As published', not 'Draft': UN DESA's numbers are not the team's drafts."""
    if provenance == "imported" and status in ("", "draft"):
        return tr("Format", "As published")
    labels = {"draft": tr("Format", "Draft"), "estimate": tr("Format", "Estimate"), "final": tr("Format", "Final"),
              "projection": tr("Format", "Projection"), "provisional": tr("Format", "Provisional"),
              "validated": tr("Format", "Validated")}
    return labels.get(status, status)


def capitalised(text: str) -> str:
    """'Female', 'Femmes': a word that stands alone in a cell starts with a capital (the rest as is)."""
    return text[:1].upper() + text[1:]


def sex_label(sex: str) -> str:
    return {"female": tr("Format", "female"), "male": tr("Format", "male")}.get(sex, tr("Format", "both sexes"))


def partner_name(iso3: str, language: str = "en") -> str:
    """A partner country's name in the profile's language (the code itself if unknown)."""
    from mpdesk.countries import by_iso3

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
        parts.append(category.replace("_", " "))  # a category key ('labour_migrants') read as words
    return "".join(", " + p for p in parts)


def format_file_size(size: int, language: str = "en") -> str:
    """'850 kB', '1.3 MB', '1,3 Mo': a file size as people say it (decimal units: 1 MB = 1,000,000 bytes),
    the figure by format_number and the unit as CLDR (Babel) writes it in ``language``."""
    from babel.units import format_unit

    if size < 1_000_000:
        figure, unit = format_number(max(1, round(size / 1000)), 0, language), "digital-kilobyte"
    else:
        figure, unit = format_number(size / 1_000_000, 1, language), "digital-megabyte"
    return format_unit(figure, unit, length="short", locale=_locale(language))
