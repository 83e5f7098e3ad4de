"""Fixtures of the reliability suite: a small profile to damage, in a folder of its own."""

from __future__ import annotations

from pathlib import Path

import pytest

from mpdesk.services import Workspace, registers, values
from mpdesk.services.figures import stored_figures
from mpdesk.services.profile import NewProfile, create_profile


def make_profile(path: Path) -> Path:
    ws = create_profile(path, NewProfile(country_iso3="GHA", edition_year=2019))
    registers.add_item(ws, "member", name="Akosua Mensah", institution="Ghana Statistical Service")
    values.set_value(ws, values.CellKey("immigrant_stock", 2015), 399471)
    ws.close()
    return path


def figure_count(path: Path) -> int:
    """How many figures the profile at ``path`` holds (opened as mpdesk opens it)."""
    ws = Workspace.open(path)
    try:
        return len(list(stored_figures(ws)))
    finally:
        ws.close()


def add_many_figures(path: Path, count: int = 2000) -> Path:
    """Figures by partner country and year, enough for a CSV that takes many write calls."""
    from mpdesk.countries import by_iso3
    from mpdesk.imports.records import ValueRecord
    from mpdesk.services.workspace import Workspace

    partners = sorted(by_iso3())[:100]
    records = [ValueRecord("immigrant_stock", 1990 + i // len(partners), 100 + i, partner=partners[i % len(partners)],
                           unit="persons", source="UN DESA, International Migrant Stock 2020",
                           note=f"Estimate for partner {partners[i % len(partners)]}, mid-year")
               for i in range(count)]
    ws = Workspace.open(path)
    try:
        values.import_records(ws, records, "many.csv", "0" * 64, "tidy_csv")
    finally:
        ws.close()
    return path


@pytest.fixture
def profile(tmp_path: Path) -> Path:
    return make_profile(tmp_path / "Ghana 2019.mpdesk")
