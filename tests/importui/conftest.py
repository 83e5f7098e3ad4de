"""Fixtures for the import preview, import log and data-request tests."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from mpdesk.services.profile import NewProfile, create_profile  # noqa: E402


@pytest.fixture
def kenya(tmp_path: Path):
    ws = create_profile(tmp_path / "Kenya 2020.mpdesk", NewProfile(country_iso3="KEN", edition_year=2020))
    yield ws
    ws.close()
