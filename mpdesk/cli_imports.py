"""Console subcommands for imports: preview, import all or some indicators, the log, removing one.

``mpdesk import FILE DATAFILE --preview`` reads the profile through a read-only connection, so
the profile stays byte-for-byte the same; the other forms open it normally.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any, Callable

from mpdesk.cli_common import open_workspace, print_error, print_json
from mpdesk.i18n import console_language, tr


def add_import_parsers(sub: Any, profile_file: Callable[[Any], None], json_flag: Callable[[Any], None]) -> None:
    """The import, request and imports commands; ``profile_file`` and ``json_flag`` add the arguments
    every command shares (``mpdesk.cli``), with their help."""
    from mpdesk.cli_argparse import add_command

    imp = add_command(sub, "import", tr("Cli", "import a published data file into a profile"))
    profile_file(imp)
    imp.add_argument("datafile", nargs="?", help=tr(
        "Cli", "the data file: a UN DESA, World Bank, UNHCR or KNOMAD download, a tidy CSV or a filled "
               "data-request workbook"))
    imp.add_argument("--preview", action="store_true",
                     help=tr("Cli", "show what the import would add, change and skip, and write nothing"))
    imp.add_argument("--only", nargs="+", metavar="KEY", help=tr("Cli", "import only these indicators"))
    imp.add_argument("--keep-current", action="store_true", help=tr(
        "Cli", "where the file's figures would replace another source's in a series, keep that source in use "
               "(the file's figures are stored beside it as alternatives)"))
    imp.add_argument("--undo", metavar="IMPORT_ID", help=tr("Cli", "remove an earlier import as a whole"))
    imp.add_argument("--map", nargs="+", metavar="ROLE=COLUMN", help=tr(
        "Cli", "for a spreadsheet in another layout: indicator=KEY year=COLUMN value=COLUMN and optionally "
               "sex=, age_group=, partner=, source= (remembered for the next file in this layout)"))
    json_flag(imp)
    log = add_command(sub, "imports", tr("Cli", "list the imports made into a profile"))
    profile_file(log)
    json_flag(log)
    add_request_parser(sub, profile_file)


def cmd_import(args: argparse.Namespace) -> int:
    from mpdesk.imports.mapped import NeedsMapping

    if args.undo:
        return _undo(args)
    if not args.datafile:
        print_error(tr("Cli", "Say which data file to import: mpdesk import FILE DATAFILE."))
        return 2
    try:
        return _preview(args) if args.preview else _import(args)
    except NeedsMapping as exc:
        print_error(tr("Cli", "mpdesk does not know the layout of {name}; add --map indicator=KEY year=COLUMN "
                       "value=COLUMN (columns: {columns}).").format(name=Path(args.datafile).name,
                                                                    columns=", ".join(exc.layout.headers)))
        return 1


def _mapping(pairs: list[str] | None) -> Any:
    from mpdesk.imports.mapped import ROLES, ColumnMapping
    from mpdesk.services.keys import EditError

    if not pairs:
        return None
    values = dict(p.partition("=")[::2] for p in pairs)
    unknown = sorted(set(values) - set(ROLES) - {"indicator"})
    missing = [r for r in ("indicator", "year", "value") if not values.get(r)]
    if unknown or missing:
        raise EditError(tr("Cli", "--map takes indicator=KEY year=COLUMN value=COLUMN and optionally sex=, "
                           "age_group=, partner=, source=; check {what}.").format(what=", ".join(unknown + missing)))
    return ColumnMapping(**values)


def _preview(args: argparse.Namespace) -> int:
    from mpdesk.imports.preview import preview_import, read_for

    with open_workspace(args.file, read_only=True) as ws:   # writes nothing: the file stays byte-identical
        preview = _kept(ws, preview_import(ws, read_for(ws, args.datafile, mapping=_mapping(args.map))),
                        args.keep_current)
    if args.json:
        print_json(preview.as_dict())
    else:
        print("\n".join(preview_lines(preview)))
    return 0


def _kept(ws: Any, preview: Any, keep_current: bool) -> Any:
    """``preview``, or with --keep-current the same file previewed keeping, for every indicator whose
    series the file would take over, the source in use (the window's 'Keep the figures of … in use')."""
    from mpdesk.imports.preview import preview_import

    keep = {ind.key: source for ind in preview.indicators if (source := ind.replaced_source())}
    return preview_import(ws, preview.result, keep=keep) if keep_current and keep else preview


def preview_lines(preview: Any) -> list[str]:
    """The preview as the window shows it, one line per indicator, change, conflict and skip."""
    totals = preview.totals()
    lines = [tr("Cli", "{file} ({dataset}): to add {added}, will change {changed}, conflicts with another source "
                "{conflicts}, skipped {skipped}. Nothing was written.").format(
        file=preview.file_name, dataset=preview.result.dataset, **totals)]
    repeat = preview.repeat_sentence()
    if repeat:
        lines.insert(0, repeat)   # said first: the team may be about to import the same file twice
    for ind in preview.indicators:
        span = ind.span()
        if not ind.count():   # every figure is already in the profile: no empty year range, no row of zeros
            lines.append(tr("Cli", "  {name} [{key}]: nothing to add or change ({unchanged} already in the "
                            "profile).").format(name=ind.name, key=ind.key, unchanged=ind.unchanged))
            continue
        lines.append(tr("Cli", "  {name} [{key}] {span}: {added} to add, {changed} to change, {conflicts} conflicts.")
                     .format(name=ind.name, key=ind.key, span=span, added=len(ind.added), changed=len(ind.changed),
                             conflicts=len(ind.conflicts)))
        lines += [f"    {sentence}" for sentence in ind.series_sentences(console_language())]   # what the series does, why
        for f in ind.changed:
            lines.append(tr("Cli", "    change {where}: {old} ({old_source}) -> {new} ({source})").format(
                where=_where(f), old=_num(f.old_value), old_source=f.old_source,
                new=_num(f.value), source=f.source))
        for f in ind.conflicts:
            lines.append(tr("Cli", "    conflict {where}: {old} ({old_source}) and {new} ({source}); the series "
                            "uses {used}").format(where=_where(f), old=_num(f.old_value),
                                                  old_source=f.old_source, new=_num(f.value), source=f.source,
                                                  used=f.source if f.used == "new" else f.old_source))
    for skip in preview.skipped:
        lines.append(tr("Cli", "  skipped: {text}").format(text=skip.text))
    return lines


def _where(figure: Any) -> str:
    dis = figure.disaggregation()
    return f"{figure.year} {dis}" if dis else str(figure.year)


def _num(value: float | None) -> str:
    if value is None:
        return ""
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"


def _import(args: argparse.Namespace) -> int:
    from mpdesk.imports.preview import apply_preview, preview_import
    from mpdesk.services.keys import EditError

    from mpdesk.models import operations

    mapping = _mapping(args.map)
    # recorded from the opening's transaction to the closing's, so a kill at any moment (reading the file
    # included) is told on the next opening with what became of the import (models/operations.py)
    running = operations.planned(operations.IMPORT, Path(args.datafile).name, until_close=True)
    with open_workspace(args.file, starting=running) as ws:
        result = _read(ws, args.datafile, mapping)
        preview = _kept(ws, preview_import(ws, result), args.keep_current)
        # the columns that worked are remembered in the import's own transaction: never one without the other
        applied = apply_preview(ws, preview, args.only, running=running, layout=_layout(args.datafile, mapping))
        if applied.import_id is None:
            raise EditError(tr("Cli", "{file} holds nothing new for this profile.").format(file=preview.file_name))
        summary = {"import_id": applied.import_id, "file": preview.file_name, "dataset": result.dataset,
                   "importer": result.importer, "added": applied.added, "updated": applied.updated,
                   "indicators": sorted(applied.changes.indicator_keys()),
                   "skipped": preview.totals()["skipped"], "warnings": list(result.warnings)}
    if args.json:
        print_json(summary)
        return 0
    print(tr("Cli", "Imported {file} ({dataset}): {added} values added, {updated} updated (import {import_id}).")
          .format(**summary))
    if summary["indicators"]:
        print(tr("Cli", "Indicators: {keys}.").format(keys=", ".join(summary["indicators"])))
    for warning in summary["warnings"]:
        print(tr("Cli", "Warning: {text}").format(text=warning))
    return 0


def _read(ws: Any, datafile: str, mapping: Any = None) -> Any:
    """The data file's figures: a published file, a data-request workbook, or a mapped spreadsheet."""
    from mpdesk.imports.preview import read_for

    return read_for(ws, datafile, mapping)


def _layout(datafile: str, mapping: Any) -> Any:
    """(the data file's layout signature, ``mapping``) to remember with the import, or None."""
    from mpdesk.imports.mapped import layout_of

    layout = layout_of(datafile) if mapping is not None else None
    return (layout.signature, mapping) if layout is not None else None


def _undo(args: argparse.Namespace) -> int:
    from mpdesk.services.import_log import removal_sentence, undo_import

    with open_workspace(args.file) as ws:
        outcome = undo_import(ws, args.undo)
    if args.json:
        print_json({"removed": outcome.removed, "restored": outcome.restored, "kept": outcome.kept})
    else:
        print(removal_sentence(outcome))
    return 0


def add_request_parser(sub: Any, profile_file: Callable[[Any], None]) -> None:
    from mpdesk.cli_argparse import add_command

    req = add_command(sub, "request", tr("Cli", "write the data-request workbook for one institution"))
    profile_file(req)
    req.add_argument("--institution", required=True, help=tr("Cli", "as written in the data-request log"))
    req.add_argument("--out", required=True, metavar="WORKBOOK.xlsx", help=tr("Cli", "the workbook to write (.xlsx)"))


def cmd_request(args: argparse.Namespace) -> int:
    from mpdesk.export.request_workbook import RequestError, write_request_workbook

    with open_workspace(args.file) as ws:
        try:
            written = write_request_workbook(ws, args.institution, args.out)
        except RequestError as exc:
            print_error(str(exc))
            return 1
    print(tr("Cli", "Wrote the data request for {name} to {path}. When it comes back filled in: "
             "mpdesk import {file} {path}").format(name=args.institution, path=written.path, file=args.file))
    if written.marked:
        print(tr("Cli", "Its requests are marked as sent today in the data-request log (step 2.1); change the "
                 "date there if you send it later."))
    return 0


def cmd_imports(args: argparse.Namespace) -> int:
    from mpdesk.formats import format_moment, local_moment
    from mpdesk.i18n import console_language
    from mpdesk.services.import_log import list_imports

    with open_workspace(args.file, read_only=True) as ws:   # a listing: works while the window has the file
        entries = list_imports(ws)
    if args.json:
        print_json([e.as_dict() for e in entries])
        return 0
    if not entries:
        print(tr("Cli", "No file has been imported into this profile yet."))
    for e in entries:
        print(tr("Cli", "{id}  {when}  {file} ({dataset}): {added} added, {updated} changed, {figures} figures "
                 "now from it").format(id=e.id, when=format_moment(local_moment(e.imported_at) or e.imported_at,
                                                                      console_language()), file=e.file_name,
                                       dataset=e.dataset, added=e.added, updated=e.updated, figures=e.figures)
              + (tr("Cli", "; imported by {who}").format(who=e.by) if e.by else ""))
    return 0
