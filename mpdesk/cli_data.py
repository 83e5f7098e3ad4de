"""Console subcommands that move data out of a profile or check it: export, check (imports: cli_imports)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from mpdesk.cli_common import open_workspace, print_error, print_json
from mpdesk.i18n import tr


def _check_modules(ws: Any, keys: list[str] | None) -> None:
    from mpdesk.services.keys import EditError

    unknown = [k for k in keys or [] if not ws.catalogue.has_section(k)]
    if unknown:
        raise EditError(tr("Cli", "There is no report section {keys}; run 'mpdesk catalog' to see the sections.")
                        .format(keys=", ".join(unknown)))


def _export_document(kind: str, ws: Any, options: Any, out: str) -> bool:
    """PDF or Excel through the exporters; False (with a sentence) if they are not installed."""
    try:
        if kind == "pdf":
            from mpdesk.export.pdf import export_pdf as export
        else:
            from mpdesk.export.excel import export_xlsx as export
    except ImportError as exc:
        if exc.name and not exc.name.startswith("mpdesk"):  # a library such as reportlab is missing
            print_error(tr("Cli", "mpdesk cannot write {kind} files because the library {lib} is missing. "
                           "Reinstall mpdesk, or export as CSV with --csv.").format(kind=kind.upper(), lib=exc.name))
        else:
            print_error(tr("Cli", "This version of mpdesk cannot write {kind} files yet; export as CSV with --csv.")
                        .format(kind=kind.upper()))
        return False
    from mpdesk.services.profile import language_notice

    notice = language_notice(ws.profile().language)
    if notice:
        print(notice)
    if kind == "pdf":   # said before writing, as the export dialog does; the PDF is still written
        from mpdesk.export.pdf import printing_warning

        warning = printing_warning(ws, options)
        if warning:
            print_error(tr("Cli", "Warning: {text}").format(text=warning))
    export(ws, options, Path(out))
    print(tr("Cli", "Wrote {path}.").format(path=out))
    return True


def cmd_export(args: argparse.Namespace) -> int:
    from mpdesk.export.csv_export import write_values_csv
    from mpdesk.export.options import ExportOptions

    if not (args.csv or args.pdf or args.xlsx):
        print_error(tr("Cli", "Say what to write: --csv OUT.csv, --pdf OUT.pdf or --xlsx OUT.xlsx."))
        return 2
    ok = True
    with open_workspace(args.file, read_only=True) as ws:
        _check_modules(ws, args.modules)
        if args.csv:
            rows = write_values_csv(ws, args.csv)
            print(tr("Cli", "Wrote {rows} values to {path}.").format(rows=rows, path=args.csv))
        options = ExportOptions(draft=args.draft, modules=args.modules)
        for kind, out in (("pdf", args.pdf), ("xlsx", args.xlsx)):
            if out:
                ok = _export_document(kind, ws, options, out) and ok
    return 0 if ok else 1


def _finding_data(finding: Any) -> dict[str, str]:
    return {"severity": finding.severity, "message": finding.message,
            "section_key": getattr(finding, "section_key", "") or "",
            "indicator_key": getattr(finding, "indicator_key", "") or ""}


def _severity_label(severity: str) -> str:
    """The severity word of a finding as the user reads it (the JSON output keeps the key)."""
    labels = {"error": tr("Cli", "error"), "warning": tr("Cli", "warning"), "note": tr("Cli", "note")}
    return labels.get(severity, severity)


def cmd_check(args: argparse.Namespace) -> int:
    """The findings in the interface language, their figures too (the JSON output keeps the keys)."""
    from mpdesk.formats import label_colon
    from mpdesk.i18n import console_language

    try:
        from mpdesk.services.quality import run_checks
    except ImportError:
        print_error(tr("Cli", "This version of mpdesk cannot run the quality checks yet."))
        return 1
    language = console_language()
    with open_workspace(args.file, read_only=True) as ws:
        findings = [_finding_data(f) for f in run_checks(ws, language=language)]
    errors = sum(1 for f in findings if f["severity"] == "error")
    if args.json:
        print_json({"errors": errors, "findings": findings})
    else:
        for f in findings:
            where = " ".join(x for x in (f["section_key"], f["indicator_key"]) if x)
            print(f"{label_colon(_severity_label(f['severity']), language)} {f['message']}"
                  + (f" [{where}]" if where else ""))
        print(tr("Cli", "{n} findings, {errors} errors.").format(n=len(findings), errors=errors))
    return 1 if errors else 0
