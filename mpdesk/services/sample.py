"""The bundled training sample: "Migration Profile of Kenya 2020".

Built from two shipped files: ``resources/sample/kenya_values.csv`` (public figures, each with
its own source) and ``resources/sample/kenya_profile.toml`` (team, walk-through, registers and
report text). Everything goes through the ordinary services, so the sample is a profile like
any other. Narrative placeholders such as ``{{immigrant_stock 2020}}`` are filled from the
imported figures, so the text always quotes the data in the file.
"""

from __future__ import annotations

import os
import re
import tomllib
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mpdesk.atomic import atomic_path
from mpdesk.i18n import tr
from mpdesk.paths import resources_dir

if TYPE_CHECKING:
    from mpdesk.services.keys import Figure
    from mpdesk.services.workspace import Workspace

SAMPLE_FILE_NAME = "Kenya 2020 (sample).mpdesk"
REGISTERS = ("member", "activity", "source", "gap", "request", "recommendation", "comment", "law")
_PLACEHOLDER = re.compile(r"\{\{\s*(.+?)\s*\}\}")
_DIMENSIONS = ("sex", "age_group", "partner", "category")


def sample_dir() -> Path:
    return resources_dir() / "sample"


def default_sample_path() -> Path:
    """Where ``mpdesk --sample`` keeps the sample: Documents/mpdesk, else the home folder."""
    documents = Path.home() / "Documents"
    return (documents / "mpdesk" if documents.is_dir() else Path.home()) / SAMPLE_FILE_NAME


def ensure_sample(path: Path | None = None) -> Path:
    """The sample's path, writing it first if it is not there yet (an existing one is kept as is)."""
    path = path or default_sample_path()
    if path.exists():
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    # Built under another name and renamed when complete (mpdesk.atomic), so an interrupted first start
    # (laptop closed, window killed) never leaves a half-built sample that would be opened later.
    legacy = path.with_name(f".building-{path.name}")  # what earlier versions left behind
    for leftover in (legacy, legacy.with_name(legacy.name + "-journal")):
        leftover.unlink(missing_ok=True)
    with atomic_path(path) as partial:
        write_sample(partial).close()
    return path


def load_content() -> dict[str, Any]:
    with (sample_dir() / "kenya_profile.toml").open("rb") as handle:
        return tomllib.load(handle)


def write_sample(path: Path | str) -> "Workspace":
    """Create the sample profile at ``path`` (which must not exist) and return it open."""
    from mpdesk.services.profile import NewProfile, create_profile

    content = load_content()
    identity = dict(content["profile"])
    spec = NewProfile(
        country_iso3=identity.pop("country"), edition_year=identity.pop("edition_year"),
        language=identity.pop("language"), kind=identity.pop("kind"), period_start=identity.pop("period_start"),
        period_end=identity.pop("period_end"), title=identity.pop("title"), extra=identity)
    ws = create_profile(path, spec)
    try:
        _import_values(ws)
        _fill_steps(ws, content.get("step", []))
        _fill_registers(ws, content)
        _fill_narratives(ws, content.get("narrative", {}))
        _take_snapshots(ws, content.get("snapshot", []))
    except BaseException:  # Ctrl+C included: never leave a half-built sample behind
        ws.close()
        Path(path).unlink(missing_ok=True)
        raise
    ws._undo.clear()  # a fresh sample starts with nothing to undo, like any new profile
    ws._redo.clear()
    return ws


def _import_values(ws: "Workspace") -> None:
    """Imported as a team imports a file (preview, then apply), so each import keeps its journal and
    can be removed as a whole. kenya_values.csv names, row by row, the published file each figure was
    read from (tools/build_sample_data.py): one import per published file, so the Import log lists
    population.csv, the WDI downloads, the UN DESA and KNOMAD workbooks with their sha256, and each
    figure's origin is that file's sheet and cell or line, not a line of the sample's own CSV."""
    from mpdesk.imports.preview import ImportPreview, apply_preview, skipped_entries, split_by_origin
    from mpdesk.imports.tidy_csv import read_tidy_csv

    from mpdesk.services.import_log import SAMPLE_IMPORTER

    for part in split_by_origin(read_tidy_csv(sample_dir() / "kenya_values.csv")):
        part.importer = SAMPLE_IMPORTER   # the log and the cell panel say the sample's build read the file
        # the preview's own figure classification (a scratch copy of the profile) tells a team what an
        # import would change; a new sample has nothing to compare with, so only the skips are listed
        apply_preview(ws, ImportPreview(part, part.source_file, skipped=skipped_entries(ws, part)))


def _fill_steps(ws: "Workspace", steps: list[dict[str, Any]]) -> None:
    from mpdesk.services import steps as step_service

    for step in steps:
        key = step["key"]
        for item in step.get("checklist", []):
            step_service.set_checklist_item(ws, key, item, True)
        for field, value in step.get("deliverables", {}).items():
            step_service.set_deliverable(ws, key, field, str(value))
        if step.get("notes"):
            step_service.set_step_notes(ws, key, step["notes"])
        step_service.set_step_status(ws, key, step["status"])


def _fill_registers(ws: "Workspace", content: dict[str, Any]) -> None:
    from mpdesk.services.registers import add_item

    for register in REGISTERS:
        for fields in content.get(register, []):
            add_item(ws, register, **fields)


def _fill_narratives(ws: "Workspace", texts: dict[str, str]) -> None:
    from mpdesk.services.profile import set_narrative
    from mpdesk.services.figures import stored_figures

    values = list(stored_figures(ws))
    for section_key, text in texts.items():
        set_narrative(ws, section_key, fill_figures(text.strip(), values, ws))


def _take_snapshots(ws: "Workspace", snapshots: list[dict[str, Any]]) -> None:
    from mpdesk.services.snapshots import take_snapshot

    for snapshot in snapshots:
        take_snapshot(ws, snapshot["name"])


# -- figures quoted in the text --------------------------------------------------------------

def fill_figures(text: str, values: list["Figure"], ws: "Workspace") -> str:
    """Replace every ``{{...}}`` placeholder with the figure it names (see kenya_profile.toml)."""
    def replace(match: re.Match[str]) -> str:
        spec = match.group(1)
        if spec.startswith("%"):
            top, _, bottom = spec[1:].partition("/")
            ratio = find_figure(top, values).value / find_figure(bottom, values).value * 100
            return f"{ratio:.1f}"
        row = find_figure(spec, values)
        return quoted_figure(row.value, ws.catalogue.indicator(row.indicator).unit)

    return _PLACEHOLDER.sub(replace, text)


def find_figure(spec: str, values: list["Figure"]) -> "Figure":
    """``key year [dim=value ...] [source=text]`` -> the stored figure it names."""
    key, year, *rest = spec.split(maxsplit=2)
    wanted = {d: "" for d in _DIMENSIONS}
    source = ""
    for part in re.split(r"\s+(?=\w+=)", rest[0]) if rest else []:
        name, _, value = part.partition("=")
        if name == "source":
            source = value.strip()
        else:
            wanted[name] = value.strip()
    matches = [v for v in values if v.indicator == key and v.year == int(year)
               and all(getattr(v, d) == wanted[d] for d in _DIMENSIONS) and source in v.source]
    matches.sort(key=lambda v: not v.preferred)
    if not matches:
        raise LookupError(tr("Sample", "The sample text quotes {spec}, but kenya_values.csv has no such figure.")
                          .format(spec=spec))
    return matches[0]


def quoted_figure(value: float, unit: str) -> str:
    """A figure as the sample's English text quotes it (rounder than a table: 3,108 US$ million)."""
    if unit == "usd_million":
        return f"{value:,.0f}" if value >= 100 else f"{value:,.1f}"
    if unit in ("percent", "per_1000"):
        return f"{value:.1f}"
    return f"{value:,.0f}"
