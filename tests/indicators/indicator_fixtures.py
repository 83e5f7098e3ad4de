"""Helpers for the indicator tests: build profiles in a temporary folder (uniquely named module)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from mpdesk.services.profile import NewProfile, create_profile
from mpdesk.services.keys import CellKey
from mpdesk.services.values import set_values, CellEdit

REPO_ROOT = Path(__file__).resolve().parents[2]
# MPDESK_REAL_DATA points elsewhere (a worktree beside the main checkout)
REAL = Path(os.environ.get("MPDESK_REAL_DATA") or REPO_ROOT / ".." / "shared" / "data" / "real")
SAMPLE_CSV = REPO_ROOT / "resources" / "sample" / "kenya_values.csv"


def real_file(name: str) -> Path:
    path = REAL / name
    if not path.is_file():
        pytest.skip(f"{name} is not in {REAL} (the real public data folder sits beside the repo as "
                    "shared/data/real on the project machines)")
    return path


def new_profile(path: Path, iso3: str = "KEN", year: int = 2020, start: int = 2010, end: int = 2020):
    return create_profile(path, NewProfile(country_iso3=iso3, edition_year=year, period_start=start,
                                           period_end=end))


def put(ws, figures: dict[CellKey, float], source: str = "Test source") -> None:
    """Type several figures in one step, each with a source."""
    set_values(ws, [CellEdit(key, value, source) for key, value in figures.items()])


def sample_workspace(path: Path):
    """The Kenya 2020 sample profile: the colleague's writer if present, else the tidy CSV imported."""
    try:
        from mpdesk.services.sample import write_sample
    except ImportError:
        write_sample = None
    if write_sample is not None:
        return write_sample(path)
    from mpdesk.imports.tidy_csv import read_tidy_csv
    from mpdesk.services.values import import_records

    ws = create_profile(path, NewProfile(country_iso3="KEN", edition_year=2020, period_start=1990,
                                         period_end=2020))
    result = read_tidy_csv(SAMPLE_CSV)
    import_records(ws, result.records, SAMPLE_CSV.name, result.sha256, result.importer, result.dataset)
    return ws
