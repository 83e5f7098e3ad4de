"""Fixtures for the indicator tests: fresh profiles and the Kenya 2020 sample in tmp_path."""

from __future__ import annotations

import pytest

from indicator_fixtures import new_profile, sample_workspace


@pytest.fixture
def ws(tmp_path):
    workspace = new_profile(tmp_path / "test.mpdesk")
    yield workspace
    workspace.close()


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    workspace = sample_workspace(tmp_path_factory.mktemp("sample") / "kenya.mpdesk")
    yield workspace
    workspace.close()
