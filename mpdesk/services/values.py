"""Indicator values: set, clear, annotate, choose between sources, import."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable, Iterable, Mapping, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from mpdesk.i18n import tr
from mpdesk.models import operations
from mpdesk.models.base import utc_now
from mpdesk.models.entities import ImportRecord, IndicatorValue
from mpdesk.services.changes import ChangeSet
from mpdesk.services.keys import CellKey, EditError
from mpdesk.services.tracking import collected
from mpdesk.services.validation import ValueRejected, check_value, check_year

if TYPE_CHECKING:
    from mpdesk.models.operations import Operation
    from mpdesk.services.workspace import Workspace

SEXES = ("", "female", "male")


@dataclass(frozen=True)
class CellEdit:
    key: CellKey
    value: float | None          # None clears the cell
    source: str | None = None    # None keeps the existing source
    note: str | None = None


def _where(key: CellKey):
    v = IndicatorValue
    return (v.indicator_key == key.indicator, v.year == key.year, v.sex == key.sex,
            v.age_group == key.age_group, v.partner == key.partner, v.category == key.category)


def rows_for(session: Session, key: CellKey) -> list[IndicatorValue]:
    return list(session.scalars(select(IndicatorValue).where(*_where(key))))


def preferred_row(session: Session, key: CellKey) -> IndicatorValue | None:
    rows = rows_for(session, key)
    return next((r for r in rows if r.preferred), rows[0] if rows else None)


def _reject(exc: ValueRejected, key: CellKey):
    return EditError(tr("Values", "{year}: {why}").format(year=key.year, why=exc))


def _validate(ws: "Workspace", edit: CellEdit) -> None:
    if not ws.catalogue.has_indicator(edit.key.indicator):
        raise EditError(tr("Values", "'{key}' is not an indicator of this profile.").format(key=edit.key.indicator))
    if edit.key.sex not in SEXES:
        raise EditError(tr("Values", "Sex must be female, male or empty for both sexes."))
    try:
        check_year(edit.key.year)
        if edit.value is not None:
            check_value(ws.catalogue.indicator(edit.key.indicator), edit.value)
    except ValueRejected as exc:
        raise _reject(exc, edit.key) from exc


def set_values(ws: "Workspace", edits: Sequence[CellEdit], label: str | None = None) -> ChangeSet:
    """Apply several cell edits as one undoable step (typing one cell, or pasting a block)."""
    for edit in edits:
        _validate(ws, edit)
    with ws.edit(label or tr("Values", "Edit values")) as session:
        for edit in edits:
            _apply_edit(ws, session, edit)
        _resolve(ws, session, {edit.key.indicator for edit in edits})
    return ws.last_change


def _apply_edit(ws: "Workspace", session: Session, edit: CellEdit) -> None:
    """Typing writes the team's own figure; an imported figure in the cell stays as an alternative."""
    rows = rows_for(session, edit.key)
    typed = next((r for r in rows if r.provenance == "typed"), None)
    if edit.value is None:
        row = typed or next((r for r in rows if r.preferred), rows[0] if rows else None)
        if row is not None:
            session.delete(row)
            session.flush()
        return
    if typed is None:
        taken = {r.source for r in rows}
        source = edit.source if edit.source is not None else ""
        if source in taken:  # the unique key is per source: the team's figure needs its own name
            source = tr("Values", "{source} (typed)").format(source=source).strip()
        indicator = ws.catalogue.indicator(edit.key.indicator)
        session.add(IndicatorValue(
            indicator_key=edit.key.indicator, year=edit.key.year, sex=edit.key.sex, age_group=edit.key.age_group,
            partner=edit.key.partner, category=edit.key.category, value=float(edit.value), unit=indicator.unit,
            source=source, note=edit.note or "", provenance="typed", preferred=True))
        return
    typed.value = float(edit.value)
    if edit.source is not None:
        typed.source = edit.source
    if edit.note is not None:
        typed.note = edit.note


def _resolve(ws: "Workspace", session: Session, indicator_keys: Iterable[str]) -> None:
    from mpdesk.services.series import resolve

    session.flush()
    resolve(session, ws.catalogue, set(indicator_keys))


def set_value(ws: "Workspace", key: CellKey, value: float | None, source: str | None = None,
              note: str | None = None) -> ChangeSet:
    indicator = ws.catalogue.indicator(key.indicator) if ws.catalogue.has_indicator(key.indicator) else None
    name = str(indicator.name) if indicator else key.indicator
    label = tr("Values", "Set {name} {year}").format(name=name, year=key.year)
    return set_values(ws, [CellEdit(key, value, source, note)], label)


def annotate(ws: "Workspace", key: CellKey, source: str | None = None, note: str | None = None,
             status: str | None = None) -> ChangeSet:
    """Change the source, note or status of the figure shown in a cell."""
    with ws.edit(tr("Values", "Edit source and note")) as session:
        row = preferred_row(session, key)
        if row is None:
            raise EditError(tr("Values", "Type a value in the cell before adding its source or note."))
        if source is not None:
            row.source = source
        if note is not None:
            row.note = note
        if status is not None:
            row.status = status
    return ws.last_change


def choose_preferred(ws: "Workspace", value_id: str) -> ChangeSet:
    """Use this figure's source for the whole indicator (its series); the others stay recorded.

    Where the figure still would not be used in its cell (a typed figure there, or an older
    release), it becomes a visible single-cell exception.
    """
    from mpdesk.services.series import CELL_PREFIX, SERIES_PREFIX, release_of, resolve

    with ws.edit(tr("Values", "Choose preferred source")) as session:
        chosen = session.get(IndicatorValue, value_id)
        if chosen is None:
            raise EditError(tr("Values", "That figure no longer exists."))
        key = CellKey(chosen.indicator_key, chosen.year, chosen.sex, chosen.age_group, chosen.partner, chosen.category)
        cell = rows_for(session, key)
        for row in cell:
            _set_meta(session, CELL_PREFIX + row.id, None)
        if chosen.provenance == "imported":
            _set_meta(session, SERIES_PREFIX + chosen.indicator_key, release_of(chosen.source or "").dataset)
        session.flush()
        resolve(session, ws.catalogue, [chosen.indicator_key])
        if not chosen.preferred:
            _set_meta(session, CELL_PREFIX + chosen.id, "1")
            session.flush()
            resolve(session, ws.catalogue, [chosen.indicator_key])
    return ws.last_change


def _set_meta(session: Session, key: str, value: str | None) -> None:
    from mpdesk.services.series import _set_meta as set_meta

    set_meta(session, key, value)


def import_records(ws: "Workspace", records: Sequence, file_name: str, sha256: str, importer: str,
                   dataset: str = "", warnings: Sequence[str] = (), running: "Operation | None" = None,
                   journal: Callable[[Session, str, ChangeSet], None] | None = None,
                   keep: Mapping[str, str] | None = None) -> ChangeSet:
    """Store imported figures (one undoable step), logging the file and its sha256.

    A figure from the same release replaces the earlier import of it; any other source's figure
    is kept beside the existing ones, and ``series.resolve`` then decides, series by series,
    which source is preferred. A figure the team typed is never overwritten: the file's figure
    is kept as an alternative (a conflict the team resolves). ``running``: the record of this import
    (``models.operations``), removed in the same transaction. ``journal(session, import_id, changes)``:
    writes what the import replaced (``import_log.journal_row``) in that transaction too, so a kill can
    never keep the figures without the record that lets the import be removed as a whole.
    ``keep``: indicator -> the source whose figures its series keeps (the team's choice in the import
    preview, ``series.keep_series``), stored before the series are resolved, in the same transaction.
    """
    usable = [r for r in records if ws.catalogue.has_indicator(r.indicator)
              and not ws.catalogue.indicator(r.indicator).derived]
    if records and not usable:
        raise EditError(tr("Import", "None of the figures in {name} belong to indicators of this profile.")
                        .format(name=file_name))
    with ws.edit(tr("Import", "Import {name}").format(name=file_name)) as session:
        log = ImportRecord(file_name=file_name, sha256=sha256, importer=importer, dataset=dataset,
                           imported_at=utc_now(), warnings="\n".join(warnings))
        session.add(log)
        session.flush()
        keys = {r.indicator for r in usable}
        existing = _existing_index(session, keys)
        for record in usable:
            _store_record(ws, session, record, log, existing)
        session.flush()
        from mpdesk.services.series import keep_series, resolve

        for indicator, source in (keep or {}).items():
            keep_series(session, indicator, source)
        session.flush()
        resolve(session, ws.catalogue, rows=[row for rows in existing.values() for row in rows])
        if journal is not None:
            session.flush()
            journal(session, log.id, ChangeSet("", collected(session)))
        operations.finish(session, running)  # the record of the running import goes with its commit
    return ws.last_change


def _existing_index(session: Session, keys: set[str]) -> dict[tuple, list[IndicatorValue]]:
    index: dict[tuple, list[IndicatorValue]] = {}
    for row in session.scalars(select(IndicatorValue).where(IndicatorValue.indicator_key.in_(keys))):
        index.setdefault((row.indicator_key, row.year, row.sex, row.age_group, row.partner, row.category), []).append(row)
    return index


def _store_record(ws: "Workspace", session: Session, record, log: ImportRecord,
                  existing: dict[tuple, list[IndicatorValue]]) -> None:
    cell = (record.indicator, int(record.year), record.sex, record.age_group, record.partner, record.category)
    rows = existing.setdefault(cell, [])
    same_source = next((r for r in rows if r.source == record.source), None)
    if same_source is not None:
        if same_source.provenance != "imported":
            return  # the team's figure under the file's own source name (older files): kept as typed
        if same_source.value != record.value:
            same_source.value = float(record.value)
            log.values_updated += 1
        same_source.import_id = log.id
        return
    unit = record.unit or ws.catalogue.indicator(record.indicator).unit
    note = (record.note or "").lower()
    status = getattr(record, "status", "") or (
        "projection" if "projection" in note else "estimate" if "estimate" in note else "draft")
    row = IndicatorValue(indicator_key=record.indicator, year=int(record.year), sex=record.sex,
                         age_group=record.age_group, partner=record.partner, category=record.category,
                         value=float(record.value), unit=unit, source=record.source, note=record.note,
                         provenance="imported", import_id=log.id, preferred=False, status=status)
    session.add(row)
    rows.append(row)
    log.values_added += 1
