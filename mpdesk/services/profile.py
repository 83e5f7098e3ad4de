"""Create a profile and edit its identity; choose the report modules (the template menu)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable

from sqlalchemy import select

from mpdesk.guide import Catalogue, default_catalogue
from mpdesk.guide.text import DEFAULT_LANGUAGE, LANGUAGES
from mpdesk.i18n import REPORT_LANGUAGES, tr, tr_for
from mpdesk.models.entities import ModuleSelection, Narrative, Profile
from mpdesk.services.changes import ChangeSet
from mpdesk.services.keys import EditError

if TYPE_CHECKING:
    from mpdesk.services.workspace import Workspace

KINDS = ("basic", "extended")


@dataclass
class NewProfile:
    """What the New-profile wizard and ``mpdesk new`` ask for."""

    country_iso3: str
    edition_year: int
    language: str = "en"
    kind: str = "basic"
    period_start: int | None = None
    period_end: int | None = None
    title: str = ""
    modules: list[str] | None = None  # None: the catalogue's defaults for this kind
    extra: dict[str, Any] = field(default_factory=dict)


def default_modules(catalogue: Catalogue, kind: str) -> list[str]:
    """The template menu as pre-ticked: default sections, plus the extended themes if extended."""
    return [s.key for s in catalogue.sections
            if s.default_selected and (kind == "extended" or not s.extended_only)]


def _validate(spec: NewProfile) -> tuple[Any, int, int]:
    from mpdesk.countries import by_iso3

    country = by_iso3().get(spec.country_iso3.upper())
    if country is None:
        raise EditError(tr("Profile", "'{code}' is not an ISO 3166 alpha-3 country code (for example KEN for Kenya).")
                        .format(code=spec.country_iso3))
    if not 1990 <= spec.edition_year <= 2100:
        raise EditError(tr("Profile", "The edition year must be between 1990 and 2100."))
    if spec.edition_year > date.today().year + 1:   # next year's edition may be started now, no later one
        raise EditError(tr("Profile", "The edition year {year} is more than a year ahead; give the year the "
                                      "profile is published, at most {latest}.")
                        .format(year=spec.edition_year, latest=date.today().year + 1))
    if spec.language not in LANGUAGES:
        raise EditError(tr("Profile", "'{lang}' is not a supported language; choose one of {langs}.")
                        .format(lang=spec.language, langs=", ".join(LANGUAGES)))
    if spec.kind not in KINDS:
        raise EditError(tr("Profile", "A profile is either basic or extended."))
    start = spec.period_start or spec.edition_year - 10
    end = spec.period_end or spec.edition_year
    if start > end:
        raise EditError(tr("Profile", "The reference period starts after it ends."))
    return country, start, end


TITLE_TEMPLATE = "Migration Profile of {country} {year}"
_OLD_TITLE_TEMPLATES = ("Profil migratoire de {country} {year}",)  # earlier French default


def default_title(country_name: str, year: int, language: str) -> str:
    """'Migration Profile of Kenya 2024', 'Profil migratoire : Sénégal, 2024' (the profile's language)."""
    return tr_for(language, "Profile", TITLE_TEMPLATE).format(country=country_name, year=year)


def written_language(language: str | None) -> str:
    """The language a profile's report is written in: its own when mpdesk writes reports in it,
    English otherwise (a profile made when Portuguese and Russian were offered still opens)."""
    return language if language in REPORT_LANGUAGES else "en"


def language_notice(language: str | None) -> str:
    """A sentence for a profile whose language mpdesk no longer offers; '' otherwise."""
    if not language or language in LANGUAGES:
        return ""
    return tr("Profile", "This profile's language ({lang}) is not complete in mpdesk yet: its report is written "
                         "in English. Choose English, French or Spanish under Settings > Profile language.").format(
        lang=language)


def report_title(profile: Any, language: str) -> str:
    """The stored title, or, when it is still the title mpdesk proposed, that title in ``language``
    (a profile created from an English screen gets a French title in its French report)."""
    from mpdesk.countries import by_iso3

    title, year = profile.title or "", int(profile.edition_year)
    country = by_iso3().get((profile.country_iso3 or "").upper())
    if country is None:
        return title
    names = {profile.country_name or "", country.name_en, country.name_fr, country.name_es,
             *(country.name(lang) for lang in REPORT_LANGUAGES)}
    templates = {tr_for(lang, "Profile", TITLE_TEMPLATE) for lang in REPORT_LANGUAGES} | set(_OLD_TITLE_TEMPLATES)
    proposed = {t.format(country=n, year=year) for t in templates for n in names if n}
    if not title or title in proposed:
        return default_title(country.name(language), year, language)
    return title


@dataclass(frozen=True)
class ProfileInfo:
    """The profile's facts that the checks and the report read (plain data, for worker threads).

    The checks need only the period and the language, so those come first and the rest has
    defaults (``ProfileInfo(2010, 2020, "en")`` is enough for them)."""

    period_start: int
    period_end: int
    language: str = "en"       # the report's language (``written_language``)
    title: str = ""
    country_name: str = ""     # in ``language``
    iso3: str = ""
    edition_year: int = 0
    kind: str = "basic"
    lead_agency: str = ""


def profile_info(ws: "Workspace") -> ProfileInfo:
    from mpdesk.countries import by_iso3

    p = ws.profile()
    language = written_language(p.language)
    country = by_iso3().get((p.country_iso3 or "").upper())
    name = country.name(language) if country else (p.country_name or p.country_iso3)
    return ProfileInfo(period_start=int(p.period_start), period_end=int(p.period_end), language=language,
                       title=report_title(p, language), country_name=name, iso3=p.country_iso3,
                       edition_year=int(p.edition_year), kind=p.kind or "basic", lead_agency=p.lead_agency or "")


def create_profile(path: Path | str, spec: NewProfile, catalogue: Catalogue | None = None) -> "Workspace":
    """A new profile file with its identity and module selection (not undoable: it is the start)."""
    from mpdesk.services.workspace import Workspace

    catalogue = catalogue or default_catalogue()
    country, start, end = _validate(spec)
    ws = Workspace.create_empty(path)
    try:
        title = spec.title or default_title(country.name(spec.language), spec.edition_year, spec.language)
        chosen = set(spec.modules if spec.modules is not None else default_modules(catalogue, spec.kind))
        with ws.edit(tr("Profile", "Create profile")) as session:
            session.add(Profile(country_iso3=country.iso3, country_m49=country.m49,
                                country_name=country.name(spec.language), title=title,
                                edition_year=spec.edition_year, period_start=start, period_end=end,
                                language=spec.language, kind=spec.kind, **spec.extra))
            for section in catalogue.sections:
                session.add(ModuleSelection(section_key=section.key, included=section.key in chosen))
        ws._undo.clear()  # creating the profile is not something to undo
    except Exception:
        ws.close()
        Path(path).unlink(missing_ok=True)
        raise
    return ws


def update_profile(ws: "Workspace", **fields: Any) -> ChangeSet:
    allowed = {"title", "edition_year", "period_start", "period_end", "language", "kind", "lead_agency",
               "population_series"}
    unknown = set(fields) - allowed
    if unknown:
        raise EditError(tr("Profile", "'{field}' cannot be changed here.").format(field=sorted(unknown)[0]))
    if "language" in fields and fields["language"] not in LANGUAGES:
        raise EditError(tr("Profile", "'{lang}' is not a supported language; choose one of {langs}.")
                        .format(lang=fields["language"], langs=", ".join(LANGUAGES)))
    with ws.edit(tr("Profile", "Edit profile details")) as session:
        profile = session.scalars(select(Profile)).one()
        for name, value in fields.items():
            setattr(profile, name, value)
        if profile.period_start > profile.period_end:
            raise EditError(tr("Profile", "The reference period starts after it ends."))
    return ws.last_change


def selected_sections(ws: "Workspace") -> list[str]:
    """Keys of the sections in the report, in outline order.

    A section is in the report when it is ticked in the template menu; a section the team
    added itself (tailoring) is in unless it was explicitly left out.
    """
    with ws.session() as session:
        ticked = {r.section_key: r.included for r in session.scalars(select(ModuleSelection))}
    return [s.key for s in ws.catalogue.sections if ticked.get(s.key, s.custom)]


def module_selection(ws: "Workspace") -> dict[str, ModuleSelection]:
    with ws.session() as session:
        return {r.section_key: r for r in session.scalars(select(ModuleSelection))}


def set_module_included(ws: "Workspace", section_key: str, included: bool, reason: str | None = None,
                        language: str = DEFAULT_LANGUAGE) -> ChangeSet:
    """``language`` names the section in the undo label (the screen's language, as the menus)."""
    if not ws.catalogue.has_section(section_key):
        raise EditError(tr("Profile", "There is no report section '{key}'.").format(key=section_key))
    title = ws.catalogue.section(section_key).title.get_for(language)
    label = (tr("Profile", "Include {section}") if included else tr("Profile", "Leave out {section}")).format(section=title)
    with ws.edit(label) as session:
        row = session.scalars(select(ModuleSelection).where(ModuleSelection.section_key == section_key)).first()
        if row is None:
            row = ModuleSelection(section_key=section_key)
            session.add(row)
        row.included = bool(included)
        if reason is not None:
            row.reason = reason
    return ws.last_change


def set_narrative(ws: "Workspace", section_key: str, text: str, language: str = DEFAULT_LANGUAGE) -> ChangeSet:
    """``language`` names the section in the undo label (the screen's language, as the menus)."""
    if not ws.catalogue.has_section(section_key):
        raise EditError(tr("Profile", "There is no report section '{key}'.").format(key=section_key))
    title = ws.catalogue.section(section_key).title.get_for(language)
    with ws.edit(tr("Profile", "Edit text of {section}").format(section=title)) as session:
        row = session.scalars(select(Narrative).where(Narrative.section_key == section_key)).first()
        if row is None:
            row = Narrative(section_key=section_key)
            session.add(row)
        row.text = text
    return ws.last_change


def narratives(ws: "Workspace", keys: Iterable[str] | None = None) -> dict[str, str]:
    with ws.session() as session:
        rows = session.scalars(select(Narrative))
        wanted = set(keys) if keys is not None else None
        return {r.section_key: r.text for r in rows if wanted is None or r.section_key in wanted}
