"""Opening profile files: every bad file is refused with its sentence and left byte-for-byte as it was."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy.exc import OperationalError

from mpdesk.models import ProfileFileError, latest_schema_version
from mpdesk.services import registers, values
from mpdesk.services.figures import stored_figures
from mpdesk.services.profile import NewProfile, create_profile, narratives
from mpdesk.services.workspace import Workspace, _storage_sentence

V1_FIXTURE = Path(__file__).parent / "data" / "profile_v1.mpdesk"


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def profile_path(tmp_path: Path) -> Path:
    path = tmp_path / "Ghana 2019.mpdesk"
    ws = create_profile(path, NewProfile(country_iso3="GHA", edition_year=2019))
    registers.add_item(ws, "member", name="Akosua Mensah", institution="Ghana Statistical Service")
    values.set_value(ws, values.CellKey("immigrant_stock", 2015), 399471)
    ws.close()
    return path


def check_refused(path: Path, *words: str) -> str:
    """Open must fail with a sentence naming the file and the words; the file must not change."""
    before = sha256(path) if path.exists() else None
    with pytest.raises(ProfileFileError) as info:
        Workspace.open(path)
    message = info.value.message
    assert path.name in message
    for word in words:
        assert word in message, message
    assert "Traceback" not in message and message.rstrip().endswith(".")
    if before is not None:
        assert sha256(path) == before, "a refused file must be left byte-for-byte unchanged"
    return message


def test_text_file_renamed_is_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "notes.mpdesk"
    path.write_text("Minutes of the TWG meeting, 5 December 2019\n" * 20, encoding="utf-8")
    message = check_refused(path, "not an mpdesk profile", "it is a text file")
    assert "Choose a file with the .mpdesk extension" not in message  # it has that extension


def test_file_of_another_kind_renamed(tmp_path: Path) -> None:
    path = tmp_path / "budget.mpdesk"
    path.write_bytes(b"PK\x03\x04" + bytes(range(256)) * 4)  # a workbook's ZIP header, then binary
    check_refused(path, "not an mpdesk profile", "ends in .mpdesk", "renamed")


def test_text_file_with_another_extension_is_asked_for_a_profile(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("Minutes of the TWG meeting\n" * 20, encoding="utf-8")
    check_refused(path, "not a database", "Choose a file with the .mpdesk extension")


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.mpdesk"
    path.touch()
    check_refused(path, "not an mpdesk profile", "the file is empty")


def test_sqlite_database_that_is_not_a_profile(tmp_path: Path) -> None:
    path = tmp_path / "other.mpdesk"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE contacts (name TEXT)")
        conn.execute("INSERT INTO contacts VALUES ('Kofi')")
    check_refused(path, "not an mpdesk profile")


def test_truncated_profile(profile_path: Path) -> None:
    data = profile_path.read_bytes()
    cut = profile_path.with_name("cut.mpdesk")
    cut.write_bytes(data[: len(data) // 2])
    check_refused(cut, "damaged")


def test_read_only_file(profile_path: Path) -> None:
    os.chmod(profile_path, 0o444)
    try:
        check_refused(profile_path, "read-only")
    finally:
        os.chmod(profile_path, 0o644)


def test_already_open_in_this_process(profile_path: Path) -> None:
    ws = Workspace.open(profile_path)
    try:
        check_refused(profile_path, "already open")
    finally:
        ws.close()
    Workspace.open(profile_path).close()  # once closed, it opens again


def test_newer_file_format(profile_path: Path) -> None:
    newer = profile_path.with_name("from the future.mpdesk")
    shutil.copy(profile_path, newer)
    with sqlite3.connect(newer) as conn:
        conn.execute("UPDATE file_meta SET value='99' WHERE key='schema_version'")
    conn.close()
    message = check_refused(newer, "newer version of mpdesk", "99")
    assert "has not been changed" in message


def test_missing_file(tmp_path: Path) -> None:
    message = check_refused(tmp_path / "gone.mpdesk", "does not exist")
    assert str(tmp_path) in message


def test_disk_full_is_told_as_a_sentence() -> None:
    error = OperationalError("INSERT INTO member ...", {}, Exception("database or disk is full"))
    sentence = _storage_sentence(error)
    assert "disk is full" in sentence and "intact" in sentence
    assert "INSERT" not in sentence


def test_read_only_storage_is_told_as_a_sentence() -> None:
    error = OperationalError("UPDATE profile ...", {}, Exception("attempt to write a readonly database"))
    assert "read-only" in _storage_sentence(error)


def test_creating_over_an_existing_file_is_refused(profile_path: Path) -> None:
    before = sha256(profile_path)
    with pytest.raises(ProfileFileError, match="already exists"):
        create_profile(profile_path, NewProfile(country_iso3="KEN", edition_year=2020))
    assert sha256(profile_path) == before


# -- upgrade from file format 1 ---------------------------------------------------------------

@pytest.fixture
def v1_copy(tmp_path: Path) -> Path:
    path = tmp_path / "Ghana old.mpdesk"
    shutil.copy(V1_FIXTURE, path)
    return path


def test_v1_fixture_really_is_format_1() -> None:
    with sqlite3.connect(f"{V1_FIXTURE.as_uri()}?mode=ro", uri=True) as conn:
        version = conn.execute("SELECT value FROM file_meta WHERE key='schema_version'").fetchone()[0]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    conn.close()
    assert version == "1"
    assert "legal_instrument" not in tables and "custom_chart" not in tables


def test_upgrade_keeps_a_backup_and_all_content(v1_copy: Path) -> None:
    original = v1_copy.read_bytes()
    ws = Workspace.open(v1_copy)
    try:
        report = ws.file.report
        assert report.upgraded_from == 1
        assert report.backup_path is not None and report.backup_path.parent == v1_copy.parent
        assert report.backup_path.read_bytes() == original
        assert ws.file.schema_version() == latest_schema_version()
        assert ws.profile().country_iso3 == "GHA"
        assert {m.name for m in registers.list_items(ws, "member")} == {"Akosua Mensah", "Kwame Boateng"}
        stored = {(v.indicator, v.year, v.sex): v.value for v in stored_figures(ws)}
        assert stored[("immigrant_stock", 2015, "")] == 399471
        assert stored[("population_total", 2015, "")] == 27849203
        assert "1,050,147" in narratives(ws)["A.2"]
        gap = registers.list_items(ws, "gap")[0]
        assert gap.resolved is False
        registers.update_item(ws, "gap", gap.id, resolved=True)
        registers.add_item(ws, "law", title="Ghana Immigration Act, 2000", kind="law", year=2000)
        add_custom_chart(ws)
    finally:
        ws.close()
    ws = Workspace.open(v1_copy)
    try:
        assert ws.file.report.upgraded_from is None
        assert registers.list_items(ws, "gap")[0].resolved is True
        assert [law.title for law in registers.list_items(ws, "law")] == ["Ghana Immigration Act, 2000"]
        from mpdesk.models.entities import CustomChart
        with ws.session() as session:
            assert session.query(CustomChart).count() == 1
    finally:
        ws.close()


def add_custom_chart(ws: Workspace) -> None:
    """No service adds custom charts yet; a tracked edit writes the row the way a service would."""
    from mpdesk.models.entities import CustomChart

    with ws.edit("Add chart") as session:
        session.add(CustomChart(section_key="A.2", kind="bar", title="Immigrants", indicators="immigrant_stock"))
