"""What an import would do, computed without writing; then applying it (all or some indicators).

The preview runs the real ``values.import_records`` on a scratch copy of the profile and reads
back the row changes it made. So the preview can never disagree with the import: there is one
implementation of "which figure wins" (in values.py), and this module only sorts its outcome
into figures to add, figures that change, conflicts with another source and what is skipped.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator

from mpdesk.formats import format_number, same_figure, year_span
from mpdesk.i18n import tr
from mpdesk.imports.common import Progress as ReadProgress
from mpdesk.imports.records import ImportResult, ValueRecord
from mpdesk.services.changes import ChangeSet, RowChange
from mpdesk.services.import_log import publisher_of
from mpdesk.services.keys import CellKey

if TYPE_CHECKING:
    from mpdesk.imports.mapped import ColumnMapping
    from mpdesk.models.operations import Operation
    from mpdesk.services.workspace import Workspace

CONTEXT = "ImportPreview"
Progress = Callable[[int, str], None]


@dataclass(frozen=True)
class Candidate:
    """A figure the import would write (not yet a stored ``Figure``): its cell, the file's value
    and, where the profile already holds one for the cell, that figure's value and source."""

    key: CellKey
    value: float | None = None
    source: str = ""
    release: str = ""
    old_value: float | None = None
    old_source: str = ""
    old_release: str = ""
    used: str = "new"  # conflicts: which figure the series uses, "new" or "old"

    @property
    def indicator(self) -> str:
        return self.key.indicator

    @property
    def year(self) -> int:
        return self.key.year

    def disaggregation(self, language: str = "en") -> str:
        """'female, aged 15-64, Uganda', or '' for the total (shown next to the year)."""
        from mpdesk.formats import disaggregation_text

        return disaggregation_text(self.key.dims(), language).removeprefix(", ")

    def as_dict(self) -> dict[str, Any]:
        """Flat, for ``--json``: the cell's fields, then the values."""
        key = self.key
        return {"indicator": key.indicator, "year": key.year, "sex": key.sex, "age_group": key.age_group,
                "partner": key.partner, "category": key.category, "value": self.value, "source": self.source,
                "release": self.release, "old_value": self.old_value, "old_source": self.old_source,
                "old_release": self.old_release, "used": self.used}


@dataclass
class IndicatorPreview:
    key: str
    name: str
    section: str = ""
    added: list[Candidate] = field(default_factory=list)
    changed: list[Candidate] = field(default_factory=list)
    conflicts: list[Candidate] = field(default_factory=list)
    unchanged: int = 0
    series_source: str = ""   # the source the report's series of this indicator uses, after the import
    # why the series uses the source it does where the file's figures meet another source's
    # (``series.preference_sentence``), one sentence per pair of sources
    reasons: list[str] = field(default_factory=list)

    def replaced_source(self) -> str:
        """The source in use whose figures the file's replace in the series ('' when none): a choice
        the preview offers the team ('Keep the figures of … in use'), as for a central bank's figures
        meeting the World Bank's."""
        return next((f.old_source for f in self.conflicts if f.used == "new" and f.old_release != _typed_word()
                     and f.old_source), "")

    def taken_over_sentence(self, language: str = "en") -> str:
        """'Remittance inflows: the series will use the file's figures … instead of those of … for
        2000–2023.', or '' when the file's figures replace no other source's in the series."""
        old = self.replaced_source()
        if not old:
            return ""
        years = sorted({f.year for f in self.conflicts if f.used == "new" and f.old_source == old})
        return tr(CONTEXT, "{indicator}: with this file, the report's series uses {source} instead of {old} for "
                  "{years}; the figures of {old} are kept as alternatives.").format(
            indicator=self.name, source=next(f.source for f in self.conflicts if f.used == "new"), old=old,
            years=year_span(years))

    def series_sentences(self, language: str = "en") -> list[str]:
        """What the import does to the report's series of this indicator and why, for the preview."""
        said = [self.taken_over_sentence(language), self.left_out_sentence(language), *self.reasons]
        return [text for text in said if text]

    def left_out(self) -> list[Candidate]:
        """The figures to add that the report will not print: the series rule (``services.series.resolve``,
        run on the preview's copy) keeps another source for this indicator, so they stay alternatives."""
        return [f for f in self.added if f.used == "old"]

    def left_out_sentence(self, language: str = "en") -> str:
        """What the team can do about ``left_out``, in one sentence, or '' when every added figure is printed."""
        left = self.left_out()
        if not left:
            return ""
        return tr(CONTEXT, "{indicator}: {count} of the figures to add ({years}) stay outside the report's "
                  "printed series, which uses {series}; to print them, use a {source} figure for this series (the cell's "
                  "panel, Use the selected figure).").format(
            indicator=self.name, count=format_number(len(left), 0, language),
            years=year_span(sorted({f.year for f in left})), series=self.series_source or tr(CONTEXT, "another source"),
            source=left[0].source)

    def years(self) -> list[int]:
        return sorted({f.year for f in self.added + self.changed + self.conflicts})

    def span(self) -> str:
        """'2019–2021', or '2021' when every figure is of one year (never '2021–2021'), or ''."""
        years = self.years()
        if not years:
            return ""
        return str(years[0]) if years[0] == years[-1] else f"{years[0]}–{years[-1]}"

    def count(self) -> int:
        return len(self.added) + len(self.changed) + len(self.conflicts)


@dataclass(frozen=True)
class Skipped:
    """Something the file holds that will not be imported, and why (a sentence)."""

    reason: str    # "indicator", "reader", "warning"
    text: str
    count: int = 1


@dataclass
class ImportPreview:
    result: ImportResult
    file_name: str
    indicators: list[IndicatorPreview] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    earlier_import: datetime | None = None   # the latest import of a file with the same sha256
    keep: dict[str, str] = field(default_factory=dict)   # indicator -> source its series keeps (the team's choice)

    def repeat_sentence(self, language: str = "en") -> str:
        """'This file was already imported on DATE; importing it again changes …', or '' for a new file."""
        if self.earlier_import is None:
            return ""
        from mpdesk.formats import format_date, format_number

        day = format_date(self.earlier_import.date(), language)
        totals = self.totals()
        kept = sum(1 for i in self.indicators for f in i.conflicts if f.used == "old" and f.old_release == _typed_word())
        count = totals["added"] + totals["changed"] + totals["conflicts"] - kept
        if not count and kept == 1:   # the file's figures meet the team's typed ones: kept, listed as conflicts
            return tr(CONTEXT, "This file was already imported on {date}; importing it again changes nothing, but "
                      "one of its figures differs from a figure the team typed (see Conflicts).").format(date=day)
        if not count and kept:
            return tr(CONTEXT, "This file was already imported on {date}; importing it again changes nothing, but "
                      "{count} of its figures differ from figures the team typed (see Conflicts).").format(
                date=day, count=format_number(kept, 0, language))
        if not count:
            return tr(CONTEXT, "This file was already imported on {date}; importing it again changes nothing.") \
                .format(date=day)
        if count == 1:
            return tr(CONTEXT, "This file was already imported on {date}; importing it again changes one "
                      "figure.").format(date=day)
        return tr(CONTEXT, "This file was already imported on {date}; importing it again changes {count} "
                  "figures.").format(date=day, count=format_number(count, 0, language))

    @property
    def publisher(self) -> str:
        return publisher_of(self.result.importer, {r.source for r in self.result.records})

    def indicator(self, key: str) -> IndicatorPreview | None:
        return next((i for i in self.indicators if i.key == key), None)

    def totals(self) -> dict[str, int]:
        return {"added": sum(len(i.added) for i in self.indicators),
                "changed": sum(len(i.changed) for i in self.indicators),
                "conflicts": sum(len(i.conflicts) for i in self.indicators),
                "unchanged": sum(i.unchanged for i in self.indicators),
                "skipped": sum(s.count for s in self.skipped)}

    def as_dict(self) -> dict[str, Any]:
        """The preview for ``--json`` and for tests comparing the window with the console."""
        return {
            "file": self.file_name, "sha256": self.result.sha256, "importer": self.result.importer,
            "publisher": self.publisher, "dataset": self.result.dataset, "totals": self.totals(),
            "indicators": [{"key": i.key, "name": i.name, "years": i.years(), "unchanged": i.unchanged,
                            "added": [f.as_dict() for f in i.added],
                            "changed": [f.as_dict() for f in i.changed],
                            "conflicts": [f.as_dict() for f in i.conflicts]} for i in self.indicators],
            "skipped": [{"reason": s.reason, "text": s.text, "count": s.count} for s in self.skipped],
            "already_imported_on": self.earlier_import.isoformat(timespec="seconds") if self.earlier_import else None,
        }


# -- reading a file ---------------------------------------------------------------------------------
def read_data_file(path: Path | str, country_iso3: str, profile_id: str, profile_title: str,
                   mappings: dict | None = None, mapping: Any = None, catalogue: Any = None,
                   progress: ReadProgress | None = None) -> ImportResult:
    """A published file (``detect.import_file``), a data-request workbook written for this profile,
    or a spreadsheet in another layout read with ``mapping`` or the one remembered for its layout.

    Raises ``mapped.NeedsMapping`` (an ImportFormatError carrying the layout) when a table is
    not recognised and no mapping is known for its layout yet. ``progress(fraction)``: see
    ``detect.import_file`` (published files report as they read; the others when done).
    """
    from mpdesk.imports.common import read_bytes_check, workbook_shared
    from mpdesk.imports.detect import import_file, unrecognised_error
    from mpdesk.imports.mapped import NeedsMapping, layout_of, read_mapped
    from mpdesk.imports.records import ImportFormatError
    from mpdesk.imports.request_workbook import is_request_workbook, read_request_workbook

    read_bytes_check(Path(path))   # before any reader opens it: a pipe or device would hang the import
    if mapping is not None:
        return read_mapped(path, mapping)
    try:
        with workbook_shared(Path(path)):   # asking "a request workbook?" and reading it parse it once
            if is_request_workbook(path):
                return read_request_workbook(path, profile_id, profile_title)
            return import_file(path, country_iso3, catalogue, progress)   # the catalogue: a tidy CSV's own indicators are known
    except ImportFormatError as exc:
        layout = layout_of(path) if str(exc) == str(unrecognised_error()) else None
        if layout is None:
            raise
        known = (mappings or {}).get(layout.signature)
        if known is not None:
            return read_mapped(path, known)
        raise NeedsMapping(layout, tr(CONTEXT, "mpdesk does not know the layout of {name}. Say which column holds "
                                      "the year, the value and the breakdowns, and which indicator it is; "
                                      "mpdesk remembers it for the next file in this layout.")
                           .format(name=Path(path).name)) from exc


def read_for(ws: "Workspace", path: Path | str, mapping: Any = None,
             progress: ReadProgress | None = None) -> ImportResult:
    from mpdesk.imports.remembered_layouts import remembered_mappings

    from mpdesk.i18n import report_language

    profile = ws.profile()
    with report_language(profile.language):   # the notes a reader writes on figures are report text
        return read_data_file(path, profile.country_iso3, profile.id, profile.title, remembered_mappings(ws),
                              mapping, ws.catalogue, progress)


# -- computing the preview ------------------------------------------------------------------------
def preview_import(ws: "Workspace", result: ImportResult, progress: Progress | None = None,
                   keep: dict[str, str] | None = None) -> ImportPreview:
    """What importing ``result`` into ``ws`` would do; ``ws`` and its file are not touched.
    ``keep``: indicator -> the source in use whose figures its series keeps (``apply_preview`` then
    imports so)."""
    with scratch_copy(ws.file.engine.raw_connection) as scratch:
        return _preview_on(scratch, result, progress, dict(keep or {}))


def preview_import_at(path: Path | str, result: ImportResult, progress: Progress | None = None) -> ImportPreview:
    """The same for a profile file that is not open: opened read-only (no lock, not a byte written)."""
    from mpdesk.services.workspace import Workspace

    ws = Workspace.open(path, read_only=True)
    try:
        return preview_import(ws, result, progress)
    finally:
        ws.close()


@contextmanager
def scratch_copy(connect: Callable[[], Any]) -> Iterator["Workspace"]:
    """An open Workspace on a temporary copy (SQLite online backup), removed afterwards."""
    from mpdesk.services.workspace import Workspace

    folder = tempfile.mkdtemp(prefix="mpdesk-preview-")
    target = Path(folder) / "preview.mpdesk"
    source = connect()
    try:
        destination = sqlite3.connect(target)
        try:
            getattr(source, "driver_connection", source).backup(destination)
        finally:
            destination.close()
    finally:
        source.close()
    scratch = Workspace.open(target)
    try:
        yield scratch
    finally:
        scratch.close()
        shutil.rmtree(folder, ignore_errors=True)


def _preview_on(scratch: "Workspace", result: ImportResult, progress: Progress | None,
                keep: dict[str, str]) -> ImportPreview:
    from mpdesk.services.values import import_records
    from mpdesk.services.keys import EditError

    report = progress or (lambda _p, _w: None)
    file_name = Path(result.source_file).name
    preview = ImportPreview(result, file_name, earlier_import=_earlier_import(scratch, result.sha256), keep=keep)
    preview.skipped = skipped_entries(scratch, result)
    report(60, tr(CONTEXT, "Comparing with the figures already in the profile…"))
    usable = usable_records(scratch, result.records)
    if not usable:
        return preview
    try:
        changes = import_records(scratch, usable, file_name, result.sha256, result.importer,
                                 result.dataset, result.warnings, keep=keep)
    except EditError:
        return preview
    report(90, tr(CONTEXT, "Preparing the preview…"))
    preview.indicators = _classify(scratch, changes, usable)
    return preview


def _earlier_import(ws: "Workspace", sha256: str) -> datetime | None:
    """When a file with these very bytes was last imported (still in the log), else None."""
    from sqlalchemy import func, select

    from mpdesk.models.entities import ImportRecord

    if not sha256:
        return None
    with ws.session() as session:
        return session.scalar(select(func.max(ImportRecord.imported_at)).where(ImportRecord.sha256 == sha256))


def usable_records(ws: "Workspace", records: Iterable) -> list:
    """Records for indicators this profile has and that are not computed from others."""
    cat = ws.catalogue
    return [r for r in records if cat.has_indicator(r.indicator) and not cat.indicator(r.indicator).derived]


def skipped_entries(ws: "Workspace", result: ImportResult) -> list[Skipped]:
    """What will not be imported, listed: unknown indicators, the reader's skips and warnings."""
    cat = ws.catalogue
    entries: list[Skipped] = []
    unknown: dict[str, int] = {}
    derived: dict[str, int] = {}
    for record in result.records:
        if not cat.has_indicator(record.indicator):
            unknown[record.indicator] = unknown.get(record.indicator, 0) + 1
        elif cat.indicator(record.indicator).derived:
            derived[record.indicator] = derived.get(record.indicator, 0) + 1
    for key, count in sorted(unknown.items()):
        entries.append(Skipped("indicator", tr(CONTEXT, "{key}: this profile does not use this indicator.")
                               .format(key=key), count))
    for key, count in sorted(derived.items()):
        entries.append(Skipped("indicator", tr(CONTEXT, "{name}: mpdesk computes this indicator from others, so "
                                               "the file's figures are not stored.")
                               .format(name=cat.indicator(key).name.get_for(ws.profile().language)), count))
    entries.extend(_reader_skips(result))
    issues = list(getattr(result, "issues", []) or [])
    entries.extend(Skipped(issue.kind, issue.message, 0 if issue.stored else 1) for issue in issues)
    said = {issue.message for issue in issues}   # each issue's sentence is also among the warnings
    entries.extend(Skipped("warning", str(w), 0) for w in result.warnings if str(w) not in said)
    return entries


def _reader_skips(result: ImportResult) -> list[Skipped]:
    """The reader's own list of skipped entries when it gives one, else its count."""
    detailed = getattr(result, "skipped_entries", None)
    if detailed:
        return [Skipped("reader", _skip_text(entry), 1) for entry in detailed]
    explained = sum(1 for issue in getattr(result, "issues", []) or [] if not issue.stored)  # listed one by one
    rest = result.skipped - explained
    if rest > 0:
        return [Skipped("reader", tr(CONTEXT, "Entries of the file that hold no usable figure (empty or damaged "
                                     "cells, or no data)."), rest)]
    return []


def _skip_text(entry: Any) -> str:
    for name in ("sentence", "text", "message"):
        value = getattr(entry, name, None)
        if value:
            where = getattr(entry, "cell", "") or getattr(entry, "reference", "")
            return f"{where}: {value}" if where and where not in str(value) else str(value)
    return str(entry)


def _classify(scratch: "Workspace", changes: ChangeSet, records: list) -> list[IndicatorPreview]:
    releases = _releases(scratch)
    new_import = next((c.row_id for c in changes if c.table == "import_log"), None)
    releases[new_import] = ""
    by_key: dict[str, IndicatorPreview] = {}
    value_changes = [c for c in changes if c.table == "indicator_value"]
    others = _cells_with_other_rows(scratch, value_changes)
    for change in value_changes:
        row = change.after or change.before or {}
        key = row["indicator_key"]
        entry = by_key.get(key) or by_key.setdefault(key, _indicator_entry(scratch, key))
        _place(entry, change, others, releases)
    seen = {(r.indicator, int(r.year), r.sex, r.age_group, r.partner, r.category) for r in records}
    touched = {_cell(state) for c in value_changes
               if (_value_changed(c) or c.before is None) and (state := c.after or c.before) is not None}
    conflicted = {(f.indicator, f.year, *f.key.dims()) for entry in by_key.values() for f in entry.conflicts}
    for record, typed in _typed_rivals(scratch, records, seen - touched - conflicted):
        entry = by_key.get(record.indicator) or by_key.setdefault(record.indicator,
                                                                   _indicator_entry(scratch, record.indicator))
        entry.conflicts.append(typed)
        touched.add((typed.indicator, typed.year, *typed.key.dims()))
    for cell in seen - touched:
        entry = by_key.get(cell[0]) or by_key.setdefault(cell[0], _indicator_entry(scratch, cell[0]))
        entry.unchanged += 1
    _name_series_sources(scratch, [e for e in by_key.values() if e.left_out()])
    for entry in by_key.values():
        entry.reasons = _reasons(scratch, entry)
    order = {ind.key: n for n, ind in enumerate(scratch.catalogue.indicators)}
    for entry in by_key.values():  # totals first, then each breakdown, years in order
        for figures in (entry.added, entry.changed, entry.conflicts):
            figures.sort(key=lambda f: (*f.key.dims(), f.year))
    return sorted(by_key.values(), key=lambda i: (order.get(i.key, 10 ** 6), i.key))


def _typed_rivals(ws: "Workspace", records: list, cells: set[tuple]) -> list[tuple[Any, Candidate]]:
    """The file's figures that meet a different figure the team typed in their cell (a file imported
    before, typed over since): each is a conflict, the team's figure kept, never "unchanged"."""
    from sqlalchemy import select

    from mpdesk.models.entities import IndicatorValue

    if not cells:
        return []
    typed: dict[tuple, IndicatorValue] = {}
    with ws.session() as session:
        query = select(IndicatorValue).where(IndicatorValue.indicator_key.in_({c[0] for c in cells}),
                                             IndicatorValue.provenance == "typed", IndicatorValue.preferred.is_(True))
        for row in session.scalars(query):
            cell = (row.indicator_key, row.year, row.sex, row.age_group, row.partner, row.category)
            if cell in cells:
                typed[cell] = row
        found = []
        for record in records:
            cell = (record.indicator, int(record.year), record.sex, record.age_group, record.partner, record.category)
            mine = typed.pop(cell) if cell in typed else None
            if mine is not None and not same_figure(mine.value, float(record.value)):
                found.append((record, Candidate(CellKey(*cell), value=float(record.value), source=record.source,
                                                old_value=mine.value, old_source=mine.source or "",
                                                old_release=_typed_word(), used="old")))
    return found


def _indicator_entry(ws: "Workspace", key: str) -> IndicatorPreview:
    indicator = ws.catalogue.indicator(key)
    return IndicatorPreview(key, indicator.name.get_for(ws.profile().language), indicator.section_key)


def _cell(row: dict[str, Any]) -> tuple:
    return (row["indicator_key"], row["year"], row["sex"], row["age_group"], row["partner"], row["category"])


def _value_changed(change: RowChange) -> bool:
    return change.before is not None and change.after is not None and \
        change.before.get("value") != change.after.get("value")


def _cells_with_other_rows(ws: "Workspace", changes: list[RowChange]) -> dict[tuple, list[dict]]:
    """For each cell the import adds a row to: the other sources' rows (after the import)."""
    from sqlalchemy import select

    from mpdesk.models.entities import IndicatorValue

    added = {c.row_id: _cell(c.after) for c in changes if c.before is None and c.after is not None}
    keys = {cell[0] for cell in added.values()}
    found: dict[tuple, list[dict]] = {}
    if not keys:
        return found
    wanted = set(added.values())
    with ws.session() as session:
        for row in session.scalars(select(IndicatorValue).where(IndicatorValue.indicator_key.in_(keys))):
            cell = (row.indicator_key, row.year, row.sex, row.age_group, row.partner, row.category)
            if cell in wanted and row.id not in added:
                found.setdefault(cell, []).append(row.as_dict())
    return found


def _releases(ws: "Workspace") -> dict[str | None, str]:
    from sqlalchemy import select

    from mpdesk.models.entities import ImportRecord

    with ws.session() as session:
        return {r.id: r.dataset or r.file_name for r in session.scalars(select(ImportRecord))}


def _place(entry: IndicatorPreview, change: RowChange, others: dict[tuple, list[dict]],
           releases: dict[str | None, str]) -> None:
    after, before = change.after, change.before
    if after is None:
        return
    key = CellKey(after["indicator_key"], after["year"], after["sex"], after["age_group"], after["partner"],
                  after["category"])
    base = dict(key=key, value=after["value"], source=after["source"], release="")
    if before is None:
        rivals = others.get(_cell(after), [])
        if not rivals:
            entry.added.append(Candidate(**base, used="new" if after["preferred"] else "old"))
            return
        old = next((r for r in rivals if r["preferred"]), rivals[0])
        if same_figure(float(old["value"]), float(after["value"])):
            entry.unchanged += 1   # another source's same figure: it confirms the profile's, no conflict
            return
        entry.conflicts.append(Candidate(**base, old_value=old["value"], old_source=old["source"],
                                         old_release=releases.get(old["import_id"], "") or _typed(old),
                                         used="new" if after["preferred"] else "old"))
    elif _value_changed(change):
        entry.changed.append(Candidate(**base, old_value=before["value"], old_source=before["source"],
                                       old_release=releases.get(before["import_id"], "") or _typed(before)))


def _name_series_sources(scratch: "Workspace", entries: list[IndicatorPreview]) -> None:
    """Each entry's series source: the source most of the indicator's printed (preferred) figures use."""
    from collections import Counter

    from mpdesk.services.figures import stored_figures

    for entry in entries:
        sources = Counter(f.source for f in stored_figures(scratch, [entry.key], with_ids=False) if f.preferred)
        entry.series_source = sources.most_common(1)[0][0] if sources else ""


def _reasons(scratch: "Workspace", entry: IndicatorPreview) -> list[str]:
    """Why the series uses the source it does, for each pair of sources the file's figures meet
    (the series rule's own reason, on the preview's copy after the import), each said once."""
    from mpdesk.services.series import preference_sentence, reason_in, release_of

    pairs: dict[tuple[str, str], tuple[str, str, tuple[str, str, str, str]]] = {}
    for figure in entry.conflicts:
        typed = figure.old_release == _typed_word()
        main, other = (figure.source, figure.old_source) if figure.used == "new" else (figure.old_source, figure.source)
        key = ("typed", release_of(figure.source).dataset) if typed else \
            (release_of(main).dataset, release_of(other).dataset)
        pairs.setdefault(key, (main, other, figure.key.dims()))
    for figure in entry.left_out():
        main = entry.series_source
        pairs.setdefault((release_of(main).dataset, release_of(figure.source).dataset),
                         (main, figure.source, figure.key.dims()))
    sentences = []
    with scratch.session() as session:
        for (first, _), (main, other, dims) in pairs.items():
            reason = "typed" if first == "typed" else reason_in(session, scratch.catalogue, entry.key, dims, other)
            sentences.append(preference_sentence(reason, main or tr(CONTEXT, "another source"), other))
    return list(dict.fromkeys(s for s in sentences if s))


def _typed(row: dict[str, Any]) -> str:
    return _typed_word() if row.get("provenance") == "typed" else ""


def _typed_word() -> str:
    return tr(CONTEXT, "typed in")


# -- applying an accepted preview -----------------------------------------------------------------
@dataclass
class AppliedImport:
    import_id: str | None
    changes: ChangeSet
    added: int = 0
    updated: int = 0


def apply_preview(ws: "Workspace", preview: ImportPreview, only: Iterable[str] | None = None,
                  running: "Operation | None" = None,
                  layout: "tuple[str, ColumnMapping] | None" = None) -> AppliedImport:
    """Import the previewed file, all of it or only the indicators in ``only``.

    One transaction and one undo step (``values.import_records``), logged as one ImportRecord;
    written in that same transaction: its journal (what it replaced, so the import can be removed later),
    the data requests a returned request workbook answers, marked received, and ``layout`` (a spreadsheet
    layout's signature and the column mapping that read it, ``mpdesk import --map``): a kill leaves all of
    them or none.
    ``running``: the record of this import when the caller wrote it (``mpdesk import`` does, as it opens
    the profile; the window as it shows the preview); otherwise the import is recorded here while it runs
    (``models.operations``).
    """
    from mpdesk.models import operations

    records = _chosen_records(ws, preview, only)   # refused before anything is written
    if running is not None:
        return _apply(ws, preview, records, running, layout)
    # recorded: a kill before the import's commit is told as such on the next opening (models/operations.py)
    with ws.recording(operations.IMPORT, preview.file_name) as recorded:
        return _apply(ws, preview, records, recorded, layout)


def _chosen_records(ws: "Workspace", preview: ImportPreview, only: Iterable[str] | None) -> list[ValueRecord]:
    from mpdesk.services.keys import EditError

    result = preview.result
    wanted = set(only) if only is not None else None
    if wanted is not None:
        unknown = sorted(wanted - {r.indicator for r in result.records})
        if unknown:
            raise EditError(tr(CONTEXT, "{file} holds no figures for {keys}.").format(
                file=preview.file_name, keys=", ".join(unknown)))
    records = [r for r in usable_records(ws, result.records) if wanted is None or r.indicator in wanted]
    if not records:
        raise EditError(tr(CONTEXT, "Nothing to import from {file}: none of its figures belong to the indicators "
                           "of this profile that were chosen.").format(file=preview.file_name))
    return records


def _apply(ws: "Workspace", preview: ImportPreview, records: list[ValueRecord],
           running: "Operation | None", layout: "tuple[str, ColumnMapping] | None" = None) -> AppliedImport:
    from mpdesk.imports.remembered_layouts import mapping_row
    from mpdesk.services.import_log import journal_row
    from mpdesk.services.values import import_records

    result = preview.result
    not_chosen = len(usable_records(ws, result.records)) - len(records)
    skipped = sum(s.count for s in preview.skipped) + not_chosen
    request_ids = list(getattr(result, "request_ids", []) or [])

    def journal(session: Any, import_id: str, changes: ChangeSet) -> None:
        session.merge(journal_row(import_id, changes, skipped=skipped,
                                  cells=places_of(records, getattr(result, "cells", None)),
                                  request_id=",".join(request_ids), origins=origins_of(records)))
        _mark_received(session, request_ids)
        if layout is not None:
            session.merge(mapping_row(*layout))

    chosen = {r.indicator for r in records}
    changes = import_records(ws, records, preview.file_name, result.sha256, result.importer, result.dataset,
                             result.warnings, running=running, journal=journal,
                             keep={k: v for k, v in preview.keep.items() if k in chosen})
    import_id = next((c.row_id for c in changes if c.table == "import_log"), None)
    log = changes.values_of("import_log", "values_added")
    added = max((v for v in log if isinstance(v, int)), default=0)
    updated = max((v for v in changes.values_of("import_log", "values_updated") if isinstance(v, int)), default=0)
    return AppliedImport(import_id, changes, added, updated)


def places_of(records: Iterable[ValueRecord], known: dict[tuple, str] | None = None) -> dict[tuple, str]:
    """Each figure's cell key -> where the reader found it ('Table 1!F123', 'csv:42|2020')."""
    places = {(r.indicator, int(r.year), r.sex, r.age_group, r.partner, r.category): r.where
              for r in records if r.where}
    return {**places, **(known or {})}


def origins_of(records: Iterable[ValueRecord]) -> dict[tuple, dict[str, str]]:
    """Each figure's cell key -> the published file its row of a team's tidy CSV names (the provenance
    columns, ``ValueRecord.origin``) as plain fields, kept in the import's journal for the cell panel."""
    return {(r.indicator, int(r.year), r.sex, r.age_group, r.partner, r.category): asdict(r.origin)
            for r in records if r.origin is not None}


def split_by_origin(result: ImportResult) -> list[ImportResult]:
    """One result per published file the figures were first read from (a tidy CSV's provenance
    columns, ``ValueRecord.origin``): named by that file and its sha256, each figure placed where it
    was read in it; figures without an origin stay under ``result``'s own file. The sample imports
    its figures so, and its import log lists the published files."""
    groups: dict[tuple[str, str], list[ValueRecord]] = {}
    datasets: dict[tuple[str, str], str] = {}
    for record in result.records:
        origin = record.origin
        key = (origin.name, origin.sha256) if origin else (Path(result.source_file).name, result.sha256)
        datasets.setdefault(key, origin.dataset if origin else result.dataset)
        # the part is named by the published file itself: its figures need no origin beside their place
        groups.setdefault(key, []).append(record._replace(where=origin.place, origin=None) if origin else record)
    own = (Path(result.source_file).name, result.sha256)
    told = own if own in groups else next(iter(groups), own)   # the reader's warnings go with one part, once
    return [ImportResult(records, name, sha256, result.importer, datasets[(name, sha256)],
                         list(result.warnings) if (name, sha256) == told else [],
                         result.skipped if (name, sha256) == told else 0,
                         list(result.issues) if (name, sha256) == told else [])
            for (name, sha256), records in groups.items()]


def _mark_received(session: Any, request_ids: list[str]) -> None:
    """A ministry's workbook came back: its requests are received today (unless already marked), in the
    import's transaction (a kill cannot keep the figures and leave the requests waiting)."""
    from datetime import date

    from mpdesk.models.entities import DataRequest

    for request_id in request_ids:
        request = session.get(DataRequest, request_id)
        if request is not None and not request.received_on:
            request.received_on = date.today()


__all__ = ["read_data_file", "read_for", "AppliedImport", "Candidate", "ImportPreview", "IndicatorPreview", "Skipped", "apply_preview",
           "preview_import", "preview_import_at", "origins_of", "scratch_copy", "split_by_origin", "usable_records"]
