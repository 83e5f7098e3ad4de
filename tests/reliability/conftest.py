"""Fixtures of the reliability suite: a small profile to damage, in a folder of its own."""

from __future__ import annotations

from pathlib import Path

import pytest

from mpdesk.services import registers, values
from mpdesk.services.profile import NewProfile, create_profile


def make_profile(path: Path) -> Path:
    ws = create_profile(path, NewProfile(country_iso3="GHA", edition_year=2019))
    registers.add_item(ws, "member", name="Akosua Mensah", institution="Ghana Statistical Service")
    values.set_value(ws, values.CellKey("immigrant_stock", 2015), 399471)
    ws.close()
    return path


@pytest.fixture
def profile(tmp_path: Path) -> Path:
    return make_profile(tmp_path / "Ghana 2019.mpdesk")
