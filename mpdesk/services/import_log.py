"""The import log: every import of a file, the figures it brought, and removing one as a whole.

Each import keeps a journal in the file (``file_meta`` key ``import:<id>``, not an undo step):
the rows it added and the state of the rows it changed before it changed them. Removing the
import later, even in another session, puts those rows back as they were, except the figures
someone changed after the import (typed over, or refreshed by a later import), which are kept
and counted so the team is told.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any, Iterable

from sqlalchemy import select

from mpdesk.i18n import tr
from mpdesk.models.entities import FileMeta, ImportRecord, IndicatorValue
from mpdesk.services.changes import ChangeSet

if TYPE_CHECKING:
    from mpdesk.services.workspace import Workspace

CONTEXT = "ImportLog"
JOURNAL_PREFIX = "import:"
SAMPLE_IMPORTER = "sample"   # the training sample's figures, read from the file when the sample was built
RESTORED_FIELDS = ("value", "unit", "status", "source", "note", "provenance", "import_id", "preferred")


# -- the journal ----------------------------------------------------------------------------------
def journal_row(import_id: str, changes: ChangeSet, skipped: int = 0,
                cells: dict[tuple, str] | None = None, request_id: str = "", by: str | None = None,
                origins: dict[tuple, dict[str, str]] | None = None) -> FileMeta:
    """What the import did, as the file_meta row that keeps it (beside the data; not an undo step).

    ``cells``: each cell key's place in the imported file; ``origins``: the published file a team's
    tidy CSV names for a figure (``imports.preview.origins_of``). ``by``: who imported; by default the
    computer's login name (see ``current_user``).
    """
    rows = [[c.row_id, _plain(c.before), _plain(c.after)] for c in changes if c.table == "indicator_value"]
    where: dict[str, str] = {}
    firsts: dict[str, dict[str, str]] = {}
    for change in changes:
        after = change.after
        if change.table != "indicator_value" or after is None:
            continue
        ref = (cells or {}).get(_cell_key(after))
        if ref:
            where[change.row_id] = ref
        first = (origins or {}).get(_cell_key(after))
        if first:
            firsts[change.row_id] = first
    data = {"rows": rows, "skipped": skipped, "cells": where, "request_id": request_id,
            "by": current_user() if by is None else by, "origins": firsts}
    return FileMeta(key=JOURNAL_PREFIX + import_id, value=json.dumps(data, default=str))


def current_user() -> str:
    """Who is importing: the operating system's login name, or '' when it cannot be told.

    Neither the profile nor the app's settings hold a name for the person at the keyboard (the
    stakeholder register lists the TWG, not who is using this computer), so the login is what
    the log can honestly record.
    """
    import getpass

    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):  # no login name in the environment or the user database
        return ""


def _cell_key(row: dict[str, Any]) -> tuple:
    return (row["indicator_key"], row["year"], row["sex"], row["age_group"], row["partner"], row["category"])


def _plain(row: dict[str, Any] | None) -> dict[str, Any] | None:
    if row is None:
        return None
    keep = RESTORED_FIELDS + ("indicator_key", "year", "sex", "age_group", "partner", "category")
    return {k: row.get(k) for k in keep}


def load_journal(ws: "Workspace", import_id: str) -> dict[str, Any] | None:
    raw = ws.file.meta(JOURNAL_PREFIX + import_id, "")
    try:
        return json.loads(raw) if raw else None
    except ValueError:
        return None


# -- reading the log ------------------------------------------------------------------------------
@dataclass
class ImportEntry:
    id: str
    file_name: str
    sha256: str
    importer: str
    publisher: str
    dataset: str
    imported_at: datetime
    added: int
    updated: int
    skipped: int | None
    warnings: list[str] = field(default_factory=list)
    figures: int = 0          # figures in the profile that still come from this import
    removable: bool = True    # False for imports made before mpdesk kept a journal
    by: str = ""              # who imported (the login name), "" when not recorded

    def as_dict(self) -> dict[str, Any]:
        data = dict(self.__dict__)
        data["imported_at"] = self.imported_at.isoformat(timespec="seconds")
        return data


def list_imports(ws: "Workspace") -> list[ImportEntry]:
    """Every import, newest first."""
    from sqlalchemy import func, literal_column

    with ws.session() as session:
        counts = dict(session.execute(select(IndicatorValue.import_id, func.count())
                                      .where(IndicatorValue.import_id.is_not(None))
                                      .group_by(IndicatorValue.import_id)).all())
        # rowid breaks ties: timestamps are to the second, and two imports can share one
        logs = list(session.scalars(select(ImportRecord).order_by(ImportRecord.imported_at.desc(),
                                                                 literal_column("import_log.rowid").desc())))
        sources: dict[str | None, list[str]] = {}
        for import_id, source in session.execute(select(IndicatorValue.import_id, IndicatorValue.source)
                                                 .where(IndicatorValue.import_id.is_not(None)).distinct()):
            sources.setdefault(import_id, []).append(source)
        journals = {m.key[len(JOURNAL_PREFIX):]: m.value for m in session.scalars(
            select(FileMeta).where(FileMeta.key.startswith(JOURNAL_PREFIX)))}
    entries = []
    for log in logs:
        journal = _parse(journals.get(log.id))
        entries.append(ImportEntry(
            log.id, log.file_name, log.sha256, log.importer, publisher_of(log.importer, sources.get(log.id, ())),
            log.dataset,
            log.imported_at, log.values_added, log.values_updated,
            journal.get("skipped") if journal else None,
            [w for w in (log.warnings or "").split("\n") if w], counts.get(log.id, 0), journal is not None,
            str((journal or {}).get("by") or "")))
    return entries


def _parse(raw: str | None) -> dict[str, Any] | None:
    try:
        return json.loads(raw) if raw else None
    except ValueError:
        return None


def import_entry(ws: "Workspace", import_id: str) -> ImportEntry | None:
    return next((e for e in list_imports(ws) if e.id == import_id), None)


def figures_of_import(ws: "Workspace", import_id: str) -> list[IndicatorValue]:
    """The figures that still come from this import."""
    with ws.session() as session:
        return list(session.scalars(select(IndicatorValue).where(IndicatorValue.import_id == import_id)
                                    .order_by(IndicatorValue.indicator_key, IndicatorValue.year)))


def cell_reference(ws: "Workspace", value_id: str, import_id: str | None) -> str:
    """Where the figure was read: 'Sheet!C7' (workbooks), 'csv:12-14,20|Column' (CSV lines), or ''."""
    journal = load_journal(ws, import_id) if import_id else None
    return (journal or {}).get("cells", {}).get(value_id, "")


@dataclass(frozen=True)
class Published:
    """The published file a figure of a team's tidy CSV was first read from (its provenance columns):
    its place in that file as in ``Origin``, and its publisher, dataset and release (ISO date) if given."""

    file_name: str
    sha256: str = ""
    sheet: str = ""
    cell: str = ""
    lines: str = ""
    column: str = ""
    publisher: str = ""
    dataset: str = ""
    release: str = ""


def _published(fields: Any) -> Published | None:
    if not isinstance(fields, dict) or not fields.get("name"):
        return None
    text = {k: str(fields.get(k) or "") for k in ("name", "sha256", "place", "publisher", "dataset", "release")}
    return Published(text["name"], text["sha256"], *parse_place(text["place"]), publisher=text["publisher"],
                     dataset=text["dataset"], release=text["release"])


@dataclass(frozen=True)
class Origin:
    """Where an imported figure came from, for the cell panel.

    A workbook's figure has ``sheet`` and ``cell``; a CSV's has ``lines`` (several, compact, for a
    total the reader summed: '12-14,20') and the ``column`` it was read from. ``published``: the file
    a team's tidy CSV says the figure was first read from, when its row names one.
    """

    import_id: str
    file_name: str
    dataset: str
    imported_at: datetime
    sheet: str = ""
    cell: str = ""
    lines: str = ""
    column: str = ""
    sha256: str = ""
    publisher: str = ""
    importer: str = ""
    published: Published | None = None


def parse_place(ref: str) -> tuple[str, str, str, str]:
    """(sheet, cell, lines, column) of a place written by ``imports.records.sheet_place``/``csv_place``."""
    if ref.startswith("csv:"):
        lines, _, column = ref[4:].partition("|")
        return "", "", lines, column
    sheet, _, cell = ref.rpartition("!")
    return sheet, cell, "", ""


def origin_of(ws: "Workspace", value_id: str, import_id: str | None) -> Origin | None:
    if not import_id:
        return None
    with ws.session() as session:
        log = session.get(ImportRecord, import_id)
        row = session.get(IndicatorValue, value_id)
        if log is None:
            return None
        facts = (log.file_name, log.dataset, log.imported_at)
        publisher = publisher_of(log.importer, [row.source or ""] if row is not None else [])
        sha256, importer = log.sha256, log.importer
    journal = load_journal(ws, import_id) or {}
    place = journal.get("cells", {}).get(value_id, "")
    published = _published(journal.get("origins", {}).get(value_id))
    return Origin(import_id, *facts, *parse_place(place), sha256=sha256, publisher=publisher, importer=importer,
                  published=published)


# -- removing an import ---------------------------------------------------------------------------
def resolve_import_id(ws: "Workspace", text: str) -> str:
    """The full id of the import that ``text`` names: the id itself or a unique start of it.

    The log shows ids shortened, so a user types a prefix; an ambiguous one is refused with
    the matches listed rather than guessed. Text matching nothing is returned unchanged so the
    caller says there is no such import.
    """
    from mpdesk.services.keys import EditError

    text = text.strip()
    with ws.session() as session:
        if not text or session.get(ImportRecord, text) is not None:
            return text
        starts = ImportRecord.id.startswith(text, autoescape=True)
        matches = sorted(session.scalars(select(ImportRecord.id).where(starts)))
    if len(matches) > 1:
        raise EditError(tr(CONTEXT, "{prefix} is the start of several imports ({ids}); type more of the id.")
                        .format(prefix=text, ids=", ".join(matches)))
    return matches[0] if matches else text


@dataclass
class RemovedImport:
    changes: ChangeSet
    removed: int = 0     # figures the import had added, now gone
    restored: int = 0    # figures it had changed, back to their earlier value
    kept: int = 0        # figures changed since the import, left as they are


def undo_import(ws: "Workspace", import_id: str) -> RemovedImport:
    """Remove one import as a whole (one undo step), restoring the figures it replaced."""
    from mpdesk.services.keys import EditError

    import_id = resolve_import_id(ws, import_id)
    with ws.session() as session:
        log = session.get(ImportRecord, import_id)
        name = log.file_name if log else ""
    if log is None:
        raise EditError(tr(CONTEXT, "There is no import {id} in this profile; 'mpdesk imports FILE' lists them.")
                        .format(id=import_id))
    journal = load_journal(ws, import_id)
    if journal is None:
        raise EditError(tr(CONTEXT, "The import of {name} was made by an earlier version of mpdesk, which did not "
                           "record the figures it replaced, so it cannot be removed as a whole.").format(name=name))
    outcome = RemovedImport(ChangeSet())
    with ws.edit(tr(CONTEXT, "Remove the import of {name}").format(name=name)) as session:
        cells = set()
        for row_id, before, after in reversed(journal["rows"]):
            cells.add(_cell_key(after or before))
            _reverse_row(session, import_id, row_id, before, after, outcome)
        session.flush()
        from mpdesk.services.series import resolve

        resolve(session, ws.catalogue, {cell[0] for cell in cells})   # the one series rule decides again
        for row in session.scalars(select(IndicatorValue).where(IndicatorValue.import_id == import_id)):
            row.import_id = None  # figures kept because they were edited since: no longer tied to it
        session.delete(session.get(ImportRecord, import_id))
    outcome.changes = ws.last_change
    return outcome


def _reverse_row(session, import_id: str, row_id: str, before: dict | None, after: dict | None,
                 outcome: RemovedImport) -> None:
    current = session.get(IndicatorValue, row_id)
    if current is None or after is None:
        return
    if _changed_since(current, import_id, after):
        outcome.kept += 1
        return
    if before is None:
        session.delete(current)
        outcome.removed += 1
        return
    for name in RESTORED_FIELDS:
        value = before.get(name)
        if name == "import_id" and value and session.get(ImportRecord, value) is None:
            value = None  # that earlier import was removed meanwhile
        setattr(current, name, value)
    if before.get("value") != after.get("value"):
        outcome.restored += 1


def _changed_since(current: IndicatorValue, import_id: str, after: dict[str, Any]) -> bool:
    """Typed over, or refreshed by a later import, since this import wrote it."""
    if after.get("import_id") == import_id and current.import_id != import_id:
        return True
    return current.value != after.get("value") or current.provenance != after.get("provenance")


def removal_sentence(outcome: RemovedImport) -> str:
    text = tr(CONTEXT, "Removed {removed} figures and restored {restored} earlier figures.").format(
        removed=outcome.removed, restored=outcome.restored)
    if outcome.kept:
        text += " " + tr(CONTEXT, "{kept} figures changed since the import were kept as they are.").format(
            kept=outcome.kept)
    return text


__all__ = ["SAMPLE_IMPORTER", "ImportEntry", "Origin", "Published", "current_user", "origin_of", "parse_place", "RemovedImport", "cell_reference", "figures_of_import", "import_entry",
           "list_imports", "load_journal", "removal_sentence", "resolve_import_id", "undo_import"]


PUBLISHERS = {"undesa": "UN DESA", "worldbank": "World Bank", "wdi": "World Bank", "unhcr": "UNHCR",
              "knomad": "KNOMAD", "tidy": "", "request": ""}


def publisher_of(importer: str, sources: Iterable[str] = ()) -> str:
    """The publisher's usual name from the importer key ('undesa_ims' -> 'UN DESA'); for a file of
    any publisher (a tidy CSV, whose rows each name their source), the publishers its figures' sources
    name ('UN DESA, World Bank'), so the log tells where such a file's figures come from."""
    for prefix, name in PUBLISHERS.items():
        if importer.startswith(prefix):
            return name or publishers_of_sources(sources)
    return publishers_of_sources(sources)


# Sources start with the publisher's name ("KNOMAD/World Bank Bilateral ...", "UNHCR Refugee Data
# Finder, ..."): the first of these a source starts with is its publisher. Others are not guessed.
SOURCE_PUBLISHERS = ("UN DESA", "UNHCR", "KNOMAD", "World Bank", "IOM", "ILO", "OECD", "IMF", "UNODC")


def publishers_of_sources(sources: Iterable[str]) -> str:
    names = {next((p for p in SOURCE_PUBLISHERS if s.startswith(p)), "") for s in sources}
    return ", ".join(sorted(names - {""}))
