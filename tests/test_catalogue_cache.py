"""The catalogue read back from the parse cache says what its TOML files say, always."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from mpdesk.guide import load_catalogue
from mpdesk.paths import resources_dir


@pytest.fixture
def guide(tmp_path: Path, monkeypatch) -> Path:
    """A copy of the shipped catalogue files, and a cache folder of the test's own."""
    folder = tmp_path / "guide"
    shutil.copytree(resources_dir() / "guide", folder)
    monkeypatch.setenv("MPDESK_CACHE_DIR", str(tmp_path / "cache"))
    return folder


def _cached(guide: Path) -> list[Path]:
    return sorted((guide.parent / "cache" / "catalogue").glob("*.json"))


def test_a_second_load_from_the_cache_gives_the_same_catalogue(guide: Path) -> None:
    first = load_catalogue(guide)
    assert [p.name.split("-")[0] for p in _cached(guide)] == ["indicators", "outline", "process"]
    second = load_catalogue(guide)
    assert second.stages == first.stages and second.sections == first.sections
    assert second.indicators == first.indicators


def test_an_edited_file_is_read_again_not_served_from_the_cache(guide: Path) -> None:
    before = load_catalogue(guide).step("1.6").title.get_for("en")
    process = guide / "process.toml"
    process.write_text(process.read_text(encoding="utf-8").replace(f'"{before}"', '"Plan the work, edited"', 1),
                       encoding="utf-8")
    assert load_catalogue(guide).step("1.6").title.get_for("en") == "Plan the work, edited"
    assert len(_cached(guide)) == 3   # the old version of process.toml's cache was replaced


def test_a_damaged_cache_file_is_parsed_again_and_repaired(guide: Path) -> None:
    expected = load_catalogue(guide).indicators
    for cached in _cached(guide):
        cached.write_bytes(b"\x00{not json")
    assert load_catalogue(guide).indicators == expected
    assert all(p.read_bytes().startswith(b"{") for p in _cached(guide))


def test_an_unwritable_cache_folder_only_means_parsing(guide: Path, monkeypatch) -> None:
    blocker = guide.parent / "a file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("MPDESK_CACHE_DIR", str(blocker))
    assert load_catalogue(guide).step("1.6").key == "1.6"
