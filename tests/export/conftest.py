"""Fixtures shared by the PDF and Excel export tests: the Kenya 2020 sample profile.

The sample is written once per test session; each test gets its own copy, so a test may edit
the profile (add a narrative, change the language) without disturbing the others.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Iterator

import pytest


@pytest.fixture(scope="session")
def sample_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample profile file, written once (read-only use: copy it before editing)."""
    from mpdesk.services.sample import write_sample

    path = tmp_path_factory.mktemp("sample") / "kenya-2020.mpdesk"
    ws = write_sample(path)
    ws.close()
    return path


@pytest.fixture
def sample_ws(sample_file: Path, tmp_path: Path) -> Iterator["Workspace"]:  # noqa: F821
    """An open Workspace on a private copy of the sample; closed after the test."""
    from mpdesk.services.workspace import Workspace

    copy = tmp_path / sample_file.name
    shutil.copyfile(sample_file, copy)
    ws = Workspace.open(copy)
    try:
        yield ws
    finally:
        ws.close()
