"""Console subcommands that create or describe profiles: new, sample, info, catalog.

Each ``cmd_*`` takes the parsed arguments and returns an exit code; errors that carry a
sentence for the user (ProfileFileError, EditError ...) are printed by ``mpdesk.cli``.
"""

from __future__ import annotations

import argparse
import sqlite3
from pathlib import Path
from typing import Any

from mpdesk.cli_common import open_workspace, print_json
from mpdesk.cli_data import cmd_check, cmd_export
from mpdesk.cli_imports import cmd_import, cmd_imports, cmd_request
from mpdesk.formats import format_number, format_percent, label_colon, language_name
from mpdesk.i18n import tr
from mpdesk.models.errors import ProfileFileError

__all__ = ["cmd_catalog", "cmd_check", "cmd_export", "cmd_import", "cmd_imports", "cmd_info", "cmd_request", "cmd_new", "cmd_sample"]


def _parse_period(text: str | None) -> tuple[int | None, int | None]:
    from mpdesk.services.keys import EditError

    if not text:
        return None, None
    start, sep, end = text.partition("-")
    if not sep or not start.strip().isdigit() or not end.strip().isdigit():
        raise EditError(tr("Cli", "'{text}' is not a reference period; write it as 2010-2020.").format(text=text))
    return int(start), int(end)


def _country_code(text: str) -> str:
    """The ISO3 code of --country: a code (any case) or a name in English, French or Spanish."""
    from mpdesk.countries import by_iso3, find_by_name
    from mpdesk.services.keys import EditError

    if text.strip().upper() in by_iso3():
        return text.strip().upper()
    country = find_by_name(text)
    if country is None:
        raise EditError(tr("Cli", "No country is called '{text}'; give its ISO 3166 alpha-3 code instead "
                                  "(for example SEN for Senegal).").format(text=text))
    return country.iso3


def profile_file_name(text: str) -> Path:
    """The file to create: '.mpdesk' added when the name lacks it, as the window's wizard proposes."""
    path = Path(text)
    return path if path.suffix.lower() == ".mpdesk" else path.with_name(path.name + ".mpdesk")


def cmd_new(args: argparse.Namespace) -> int:
    from mpdesk.services.profile import NewProfile, create_profile

    start, end = _parse_period(args.period)
    spec = NewProfile(country_iso3=_country_code(args.country), edition_year=args.year, language=args.lang,
                      kind=args.kind, period_start=start, period_end=end, title=args.title)
    path = profile_file_name(args.file)
    ws = create_profile(path, spec)
    title = ws.profile().title
    ws.close()
    print(tr("Cli", "Created {title} in {path}.").format(title=title, path=path))
    return 0


def cmd_sample(args: argparse.Namespace) -> int:
    from mpdesk.atomic import atomic_path
    from mpdesk.services.sample import write_sample
    from mpdesk.services.workspace import Workspace

    target = Path(args.file)
    if target.exists():
        raise ProfileFileError(tr("Cli", "{name} already exists. Choose another name, or open it instead.")
                               .format(name=target.name))
    with atomic_path(target) as partial:  # a kill midway leaves nothing under the final name
        write_sample(partial).close()
    ws = Workspace.open(target)
    title = ws.profile().title
    ws.close()
    print(tr("Cli", "Wrote the training sample {title} to {path}.").format(title=title, path=args.file))
    return 0


def _written_by(path: str) -> dict[str, str]:
    """File facts read before opening (opening records the current app version as the writer)."""
    from mpdesk.models.inspect_file import check_path, has_journal, read_only_connection

    try:
        check_path(Path(path))
        if has_journal(Path(path)):  # a read-only visit cannot roll the journal back; opening will
            return {}
        conn = read_only_connection(Path(path))
        try:
            return dict(conn.execute("SELECT key, value FROM file_meta").fetchall())
        finally:
            conn.close()
    except (sqlite3.Error, OSError, ValueError, ProfileFileError):
        return {}  # opening the workspace will explain what is wrong with the file


def info_data(ws: Any, meta: dict[str, str]) -> dict[str, Any]:
    from sqlalchemy import func, select

    from mpdesk.models.entities import DataGap, DataSource, IndicatorValue, Member
    from mpdesk.services.completeness import compute_completeness

    profile = ws.profile()
    completeness = compute_completeness(ws)
    with ws.session() as session:
        counts = {name: session.scalar(select(func.count()).select_from(model)) for name, model in
                  (("values", IndicatorValue), ("members", Member), ("sources", DataSource), ("gaps", DataGap))}
    return {
        "title": profile.title, "country": profile.country_name, "country_iso3": profile.country_iso3,
        "edition_year": profile.edition_year, "period": f"{profile.period_start}-{profile.period_end}",
        "language": profile.language, "kind": profile.kind, "lead_agency": profile.lead_agency,
        "schema_version": ws.file.schema_version(), "written_by": meta.get("app_version", ""),
        "created_with": meta.get("created_with", ""), "last_saved": meta.get("last_saved", ""),
        "upgraded_from": ws.file.report.upgraded_from,
        "backup": str(ws.file.report.backup_path or ""),
        "completeness": {
            "overall": round(completeness.overall, 3),
            "stages": {key: round(ratio, 3) for key, ratio in completeness.stages.items()},
            "modules": {key: round(m.ratio, 3) for key, m in completeness.modules.items()},
        },
        "counts": counts,
    }


def _percent(ratio: float, language: str) -> str:
    return format_percent(format_number(round(ratio * 100), 0, language), language)


def labelled_lines(lines: list[tuple[str, str]], language: str) -> list[str]:
    """'  Label:  value' lines, values aligned, the colon as the interface language writes it."""
    labels = [label_colon(label, language) for label, _ in lines]
    width = max((len(label) for label in labels), default=0) + 1
    return [f"  {label:<{width}}{value}" for label, (_, value) in zip(labels, lines)]


def print_info(data: dict[str, Any], ws: Any) -> None:
    """The profile's names in its own language; labels, words and figures in the interface language."""
    from mpdesk.i18n import console_language

    catalogue, lang, ui = ws.catalogue, data["language"], console_language()
    print(data["title"])
    kinds = {"basic": tr("Cli", "basic"), "extended": tr("Cli", "extended")}
    lines = [
        (tr("Cli", "Country"), f"{data['country']} ({data['country_iso3']})"),
        (tr("Cli", "Edition"), tr("Cli", "{year}, reference period {period}").format(
            year=data["edition_year"], period=data["period"])),
        (tr("Cli", "Language"), language_name(data["language"], ui)),
        (tr("Cli", "Kind"), kinds.get(data["kind"], data["kind"])),
        (tr("Cli", "Lead agency"), data["lead_agency"] or "-"),
        (tr("Cli", "File format"), tr("Cli", "{version} (last written by mpdesk {app})").format(
            version=data["schema_version"], app=data["written_by"] or "?")),
    ]
    print("\n".join(labelled_lines(lines, ui)))
    if data["upgraded_from"]:
        print(tr("Cli", "This file was upgraded from format {old}; the original was kept as {backup}.")
              .format(old=data["upgraded_from"], backup=data["backup"]))
    print(tr("Cli", "Progress: {overall} overall").format(overall=_percent(data["completeness"]["overall"], ui)))
    stages = [(f"{tr('Cli', 'Stage')} {stage.key} {stage.title.get_for(lang)}",
               _percent(data["completeness"]["stages"].get(stage.key, 0.0), ui)) for stage in catalogue.stages]
    print("\n".join(f"  {label_colon(label, ui)} {value}" for label, value in stages))
    print(tr("Cli", "Report modules:"))
    for key, ratio in data["completeness"]["modules"].items():
        print(f"  {label_colon(f'{key} {catalogue.section(key).title.get_for(lang)}', ui)} {_percent(ratio, ui)}")
    counts = {name: format_number(count, 0, ui) for name, count in data["counts"].items()}
    print(tr("Cli", "Content: {values} values, {members} members, {sources} data sources, {gaps} data gaps.")
          .format(**counts))


def cmd_info(args: argparse.Namespace) -> int:
    meta = _written_by(args.file)
    with open_workspace(args.file, read_only=True) as ws:
        data = info_data(ws, meta)
        if args.json:
            print_json(data)
        else:
            print_info(data, ws)
    return 0


def catalog_data(lang: str) -> dict[str, Any]:
    from mpdesk.guide import default_catalogue

    c = default_catalogue()
    return {
        "counts": {"stages": len(c.stages), "steps": len(c.steps), "sections": len(c.sections),
                   "indicators": len(c.indicators), "derived": len(c.derived_indicators()), "charts": len(c.charts())},
        "stages": [{"key": s.key, "title": s.title.get_for(lang),
                    "steps": [{"key": st.key, "title": st.title.get_for(lang)} for st in s.steps]} for s in c.stages],
        "sections": [{"key": s.key, "parent": s.parent, "title": s.title.get_for(lang), "optional": s.optional}
                     for s in c.sections],
        "indicators": [{"key": i.key, "section": i.section_key, "name": i.name.get_for(lang), "unit": i.unit,
                        "formula": i.formula.text if i.formula else ""} for i in c.indicators],
    }


def cmd_catalog(args: argparse.Namespace) -> int:
    data = catalog_data(args.lang)
    if args.json:
        print_json(data)
        return 0
    n = data["counts"]
    print(tr("Cli", "{stages} stages, {steps} steps, {sections} report sections, {indicators} indicators "
             "({derived} derived), {charts} charts.").format(**n))
    for stage in data["stages"]:
        print(f"{tr('Cli', 'Stage')} {stage['key']}: {stage['title']}")
        for step in stage["steps"]:
            print(f"  {step['key']} {step['title']}")
    print(tr("Cli", "Report sections:"))
    for section in data["sections"]:
        indent = "  " * (1 + section["key"].count("."))
        print(f"{indent}{section['key']} {section['title']}")
    print(tr("Cli", "Indicators:"))
    for ind in data["indicators"]:
        derived = f"  = {ind['formula']}" if ind["formula"] else ""
        print(f"  {ind['key']:<36} {ind['section']:<8} {ind['unit']:<12} {ind['name']}{derived}")
    return 0
