"""Fixtures for the importer tests: the real public files in ../shared/data/real."""

from __future__ import annotations

from pathlib import Path

import pytest

from realdata import REAL


@pytest.fixture(scope="session")
def real_dir() -> Path:
    if not REAL.is_dir():
        pytest.skip(f"the real public data folder {REAL} is absent (it sits beside the repo as "
                    "shared/data/real on the project machines)")
    return REAL
