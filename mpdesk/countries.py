"""The country table (ISO 3166-1 + M49) and name matching across publishers' spellings.

Publishers spell countries differently ("Yemen, Rep." at the World Bank, "Yemen" at UN DESA,
"Dem. Rep. of the Congo" at UNHCR), and files without codes (KNOMAD) can only be matched by
name. Every known spelling of a country is in ``resources/countries.csv``.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from mpdesk.paths import resources_dir

ALIAS_SEPARATOR = "|"
CSV_COLUMNS = ["iso3", "m49", "name_en", "name_fr", "name_es", "wb_name", "unhcr_name", "aliases"]


@dataclass(frozen=True)
class Country:
    iso3: str
    m49: int
    name_en: str
    name_fr: str
    name_es: str
    wb_name: str = ""  # World Bank spelling where it differs from name_en
    unhcr_name: str = ""  # UNHCR spelling where it differs from name_en
    aliases: tuple[str, ...] = ()  # other spellings seen in published files

    def all_names(self) -> tuple[str, ...]:
        names = (self.name_en, self.name_fr, self.name_es, self.wb_name, self.unhcr_name)
        return tuple(n for n in names + self.aliases if n)

    def name(self, language: str = "en") -> str:
        """The name a reader of ``language`` knows: CLDR's ("Russie", "Corée du Sud"), not ISO's
        inverted form ("Russie, Fédération de"); English keeps the UN name of the table."""
        if language == "en":
            return self.name_en
        return cldr_name(self.iso3, language) or self.name_en


# CLDR's short forms that UN and IOM publications do not use, replaced by the UN's names.
_UN_NAMES = {
    "fr": {"CD": "République démocratique du Congo", "CG": "Congo", "PS": "État de Palestine",
           "HK": "Hong Kong (Chine)", "MO": "Macao (Chine)"},
    "es": {"PS": "Estado de Palestina", "HK": "Hong Kong (China)", "MO": "Macao (China)"},
}
_ALPHA2_EXCEPTIONS = {"XKX": "XK"}  # Kosovo: a user-assigned code both in ISO and CLDR


def cldr_name(iso3: str, language: str) -> str:
    """The country's name in ``language`` from CLDR (Babel), or '' when CLDR has none."""
    code = alpha2(iso3)
    if not code:
        return ""
    override = _UN_NAMES.get(language, {}).get(code)
    return override or _territories(language).get(code, "")


@lru_cache(maxsize=8)
def _territories(language: str) -> dict[str, str]:
    from babel import Locale, UnknownLocaleError

    try:
        return dict(Locale.parse(language).territories)
    except (UnknownLocaleError, ValueError):
        return {}


@lru_cache(maxsize=None)
def alpha2(iso3: str) -> str:
    """ISO 3166 alpha-2 for an alpha-3 code, from CLDR's territory aliases ('' if unknown)."""
    from babel.core import get_global

    code = iso3.upper()
    if code in _ALPHA2_EXCEPTIONS:
        return _ALPHA2_EXCEPTIONS[code]
    found = get_global("territory_aliases").get(code)
    return found[0] if found and len(found) == 1 else ""


def normalise_name(name: str) -> str:
    """Lower-case, accent-free, punctuation-free form used to compare country names."""
    text = unicodedata.normalize("NFKD", str(name))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.casefold().strip().rstrip("*").strip()
    # Spaces and punctuation are dropped too: "Guinea-Bissau", "GuineaBissau", "Guinea Bissau".
    return re.sub(r"[^0-9a-z]+", "", text)


def sort_key(name: str, language: str = "") -> str:
    """A key that sorts names as a reader of ``language`` expects: accents and case ignored
    ('Cameroun' before 'Côte d'Ivoire' before 'Croatie', 'États-Unis' among the E), ligatures
    read as their letters ('œ' as 'oe'), spaces and punctuation kept (unlike ``normalise_name``).
    Spanish keeps 'ñ' as the letter after 'n' (RAE's alphabet), as its collation does."""
    text = unicodedata.normalize("NFKD", str(name))
    kept = _KEPT_MARKS.get(language, "")
    text = "".join(ch for ch in text if not unicodedata.combining(ch) or ch in kept).casefold()
    return text.translate(_LIGATURES)


# Marks that make a letter of their own in a language's alphabet: they sort after every plain
# letter continuation (U+0303 > 'z'), so 'ñ' comes after 'nz' and before 'o'.
_KEPT_MARKS = {"es": "\u0303"}
_LIGATURES = str.maketrans({"œ": "oe", "æ": "ae"})


def _without_parentheses(name: str) -> str:
    return re.sub(r"\([^)]*\)", " ", name)


@lru_cache(maxsize=1)
def all_countries() -> tuple[Country, ...]:
    path = resources_dir() / "countries.csv"
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return tuple(_row_to_country(row) for row in csv.DictReader(handle))


def _row_to_country(row: dict[str, str]) -> Country:
    aliases = tuple(a for a in (row.get("aliases") or "").split(ALIAS_SEPARATOR) if a)
    return Country(
        iso3=row["iso3"],
        m49=int(row["m49"]),
        name_en=row["name_en"],
        name_fr=row["name_fr"],
        name_es=row["name_es"],
        wb_name=row.get("wb_name", ""),
        unhcr_name=row.get("unhcr_name", ""),
        aliases=aliases,
    )


@lru_cache(maxsize=1)
def by_iso3() -> dict[str, Country]:
    return {c.iso3: c for c in all_countries()}


@lru_cache(maxsize=1)
def by_m49() -> dict[int, Country]:
    return {c.m49: c for c in all_countries()}


@lru_cache(maxsize=1)
def _name_index() -> dict[str, Country]:
    index: dict[str, Country] = {}
    for country in all_countries():
        for name in country.all_names():
            index.setdefault(normalise_name(name), country)
        index.setdefault(normalise_name(country.iso3), country)
    return index


def find_by_name(name: str) -> Country | None:
    """The country a publisher's name refers to, or None (aggregates such as 'World' too).

    A trailing note in parentheses ("Zimbabwe (using CB data for 2021 & 2022)") is ignored
    when the full name is not known.
    """
    if not name or not str(name).strip():
        return None
    index = _name_index()
    key = normalise_name(name)
    if key in index:
        return index[key]
    shorter = normalise_name(_without_parentheses(str(name)))
    return index.get(shorter) if shorter else None


def is_known_iso3(code: str) -> bool:
    return code in by_iso3()
