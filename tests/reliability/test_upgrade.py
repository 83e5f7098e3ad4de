"""A schema upgrade is one transaction: a kill or a full disk leaves the old file, a retry succeeds.

One backup is written per series of attempts, and a failure names it.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from mpdesk.models import ProfileFileError, latest_schema_version
from mpdesk.services import registers
from mpdesk.services.workspace import Workspace
from tests.reliability import harness


def tables_and_version(path: Path) -> tuple[set[str], str]:
    with sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        version = conn.execute("SELECT value FROM file_meta WHERE key='schema_version'").fetchone()[0]
    conn.close()
    return tables, version


def backups(folder: Path) -> list[Path]:
    return sorted(folder.glob("*before-upgrade*"))


def assert_upgrades_with_all_content(path: Path) -> None:
    ws = Workspace.open(path)
    try:
        assert ws.file.schema_version() == latest_schema_version()
        assert {m.name for m in registers.list_items(ws, "member")} == {"Akosua Mensah", "Kwame Boateng"}
        assert registers.list_items(ws, "gap")[0].resolved is False
    finally:
        ws.close()


def test_killed_upgrades_leave_a_file_that_upgrades_next_time(tmp_path: Path) -> None:
    command = harness.mpdesk_command("info", "{path}")
    probe = tmp_path / "probe" / "old.mpdesk"
    probe.parent.mkdir()
    shutil.copyfile(harness.V1_FIXTURE, probe)
    total = harness.count_calls([c.replace("{path}", str(probe)) for c in command], "pwrite64")
    assert total > 10
    for syscall, points in (("pwrite64", harness.spread(total, 5)), ("fdatasync", (3,))):
        for when in points:
            folder = tmp_path / f"{syscall}-{when}"
            folder.mkdir()
            path = folder / "Ghana old.mpdesk"
            shutil.copyfile(harness.V1_FIXTURE, path)
            result = harness.killed_at([c.replace("{path}", str(path)) for c in command], syscall, when)
            assert "Traceback" not in result.stderr, result.stderr
            tables, version = tables_and_version_after_recovery(path)
            assert version in ("1", str(latest_schema_version()))
            if version == "1":  # rolled back whole: none of the new tables stands half-made
                assert "legal_instrument" not in tables and "custom_chart" not in tables
            assert_upgrades_with_all_content(path)
            assert len(backups(folder)) <= 1, backups(folder)


def tables_and_version_after_recovery(path: Path) -> tuple[set[str], str]:
    """Let SQLite roll back what the kill left (a read-write visit), then read the file as it is."""
    conn = sqlite3.connect(path)
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    conn.close()
    return tables_and_version(path)


def test_full_disk_during_upgrade_names_the_backup_and_retry_succeeds(tmp_path: Path) -> None:
    with harness.small_disk("2m") as disk:
        path = disk / "Ghana old.mpdesk"
        shutil.copyfile(harness.V1_FIXTURE, path)
        size = path.stat().st_size
        filler = harness.fill(disk, leave=size + 24 * 1024)  # room for the backup, not for the upgrade
        with pytest.raises(ProfileFileError) as info:
            Workspace.open(path)
        message = info.value.message
        assert "disk is full" in message, message
        made = backups(disk)
        assert len(made) == 1 and made[0].name in message
        tables, version = tables_and_version(path)
        assert version == "1" and "legal_instrument" not in tables, "the failed upgrade must leave no trace"
        with pytest.raises(ProfileFileError):  # a second attempt on the full disk writes no second backup
            Workspace.open(path)
        assert backups(disk) == made
        filler.unlink()
        assert_upgrades_with_all_content(path)
        assert backups(disk) == made
        assert made[0].read_bytes() == harness.V1_FIXTURE.read_bytes()


def test_full_disk_before_the_backup_is_a_sentence_and_nothing_changes(tmp_path: Path) -> None:
    with harness.small_disk("2m") as disk:
        path = disk / "Ghana old.mpdesk"
        shutil.copyfile(harness.V1_FIXTURE, path)
        filler = harness.fill(disk)
        text = harness.assert_sentence(harness.mpdesk("info", path))
        assert "backup" in text and "space" in text
        assert path.read_bytes() == harness.V1_FIXTURE.read_bytes()
        assert backups(disk) == []
        filler.unlink()
        assert_upgrades_with_all_content(path)


def test_a_file_half_upgraded_by_an_earlier_mpdesk_upgrades(tmp_path: Path) -> None:
    """Earlier versions committed the CREATE TABLEs before the upgrade failed; such files now upgrade."""
    path = tmp_path / "Ghana old.mpdesk"
    shutil.copyfile(harness.V1_FIXTURE, path)
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE legal_instrument (id VARCHAR(36) PRIMARY KEY, created_at DATETIME NOT NULL, "
                     "updated_at DATETIME NOT NULL, title VARCHAR(400) NOT NULL DEFAULT '', kind VARCHAR(20) "
                     "NOT NULL DEFAULT 'law', year INTEGER, status VARCHAR(60) NOT NULL DEFAULT '', "
                     "notes TEXT NOT NULL DEFAULT '')")
    conn.close()
    assert_upgrades_with_all_content(path)
