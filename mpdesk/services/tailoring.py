"""A profile's own sections and national indicators, merged into the shipped catalogue."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sqlalchemy import select

from mpdesk.guide import Catalogue, CatalogueError, Indicator, Section, Text
from mpdesk.guide.formula import FormulaError, parse_formula
from mpdesk.guide.model import UNITS
from mpdesk.i18n import tr
from mpdesk.models.entities import CustomIndicator, CustomSection
from mpdesk.services.changes import ChangeSet
from mpdesk.services.keys import EditError

if TYPE_CHECKING:
    from mpdesk.services.workspace import Workspace

_KEY = re.compile(r"^[a-z][a-z0-9_]{1,60}$")
# Section keys read like the shipped ones (A.2, annex.stats) and become link names in the PDF:
# letters, digits, '_' and single dots between them, never '', '/', '..' or quotes.
_SECTION_KEY = re.compile(r"^[A-Za-z][A-Za-z0-9_]*(\.[A-Za-z0-9_]+)*$")


def tailored_catalogue(ws: "Workspace", base: Catalogue) -> Catalogue:
    with ws.session() as session:
        sections = [
            Section(key=row.key, parent=row.parent_key, title=Text.of(row.title), guidance=Text.of(row.guidance),
                    optional=True, default_selected=True)
            for row in session.scalars(select(CustomSection))
        ]
        indicators = [_indicator(row) for row in session.scalars(select(CustomIndicator))]
    return base.tailored(sections, indicators)


def _indicator(row: CustomIndicator) -> Indicator:
    return Indicator(
        key=row.key, section_key=row.section_key, name=Text.of(row.name), definition=Text.of(row.definition),
        unit=row.unit, decimals=row.decimals,
        disaggregations=tuple(d for d in row.disaggregations.split(",") if d),
        sources=tuple(s.strip() for s in row.sources.split(";") if s.strip()),
        formula=parse_formula(row.formula) if row.formula else None,
    )


def add_custom_indicator(ws: "Workspace", key: str, name: str, section_key: str, unit: str = "persons",
                         decimals: int = 0, definition: str = "", disaggregations: tuple[str, ...] = (),
                         formula: str = "", sources: str = "") -> ChangeSet:
    catalogue = ws.catalogue
    if not _KEY.match(key):
        raise EditError(tr("Tailoring", "The key '{key}' must start with a letter and use only lower-case letters, "
                           "digits and underscores.").format(key=key))
    if catalogue.has_indicator(key):
        raise EditError(tr("Tailoring", "An indicator with the key '{key}' already exists.").format(key=key))
    if not catalogue.has_section(section_key):
        raise EditError(tr("Tailoring", "There is no report section '{key}'.").format(key=section_key))
    if unit not in UNITS:
        raise EditError(tr("Tailoring", "'{unit}' is not a unit mpdesk knows.").format(unit=unit))
    if formula:
        try:
            refs = parse_formula(formula).references
        except FormulaError as exc:
            raise EditError(str(exc)) from exc
        unknown = sorted(r for r in refs if not catalogue.has_indicator(r))
        if unknown:
            raise EditError(tr("Tailoring", "The formula uses unknown indicators: {keys}.").format(keys=", ".join(unknown)))
    with ws.edit(tr("Tailoring", "Add indicator {name}").format(name=name)) as session:
        session.add(CustomIndicator(key=key, name=name, section_key=section_key, unit=unit, decimals=decimals,
                                    definition=definition, disaggregations=",".join(disaggregations),
                                    formula=formula, sources=sources))
    return ws.last_change


def add_custom_section(ws: "Workspace", key: str, title: str, parent_key: str, guidance: str = "") -> ChangeSet:
    if len(key) > 40 or not _SECTION_KEY.match(key):
        raise EditError(tr("Tailoring", "The section key '{key}' must start with a letter and use only letters, "
                           "digits, underscores and single dots (for example A.2_local).").format(key=key))
    if ws.catalogue.has_section(key):
        raise EditError(tr("Tailoring", "A section with the key '{key}' already exists.").format(key=key))
    if parent_key and not ws.catalogue.has_section(parent_key):
        raise EditError(tr("Tailoring", "There is no report section '{key}'.").format(key=parent_key))
    try:
        with ws.edit(tr("Tailoring", "Add section {title}").format(title=title)) as session:
            session.add(CustomSection(key=key, title=title, parent_key=parent_key, guidance=guidance))
    except CatalogueError as exc:
        raise EditError(str(exc)) from exc
    return ws.last_change
