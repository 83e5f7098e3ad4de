"""Opening recovers what SQLite can: a save cut short by a kill is rolled back, never called damaged.

Also: read-only commands work on read-only media and write nothing, and a file that is
damaged inside is told at once (PRAGMA quick_check), not at the first query.
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from mpdesk.models import ProfileFileError
from mpdesk.services import registers, values
from mpdesk.services.figures import stored_figures
from mpdesk.services.workspace import Workspace
from tests.reliability import harness

# A save that is killed after SQLite has already written part of it into the file itself:
# a tiny page cache makes SQLite spill changed pages into the database before the commit.
_KILLED_SAVE = """
import os, signal, sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA cache_size=2")
conn.execute("BEGIN")
conn.execute("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 3000) "
             "INSERT INTO file_meta SELECT 'junk' || x, hex(randomblob(300)) FROM c")
conn.execute("UPDATE member SET name = 'half-saved'")
os.kill(os.getpid(), signal.SIGKILL)
"""


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def kill_during_save(path: Path) -> None:
    result = harness.run([harness.sys.executable, "-c", _KILLED_SAVE, str(path)])
    assert harness.was_killed(result), result.stderr
    assert path.with_name(path.name + "-journal").exists(), "the kill must leave a hot journal"


def test_a_save_killed_midway_is_rolled_back_and_the_file_opens(profile: Path) -> None:
    before = profile.read_bytes()
    kill_during_save(profile)
    assert profile.read_bytes() != before, "the file itself must hold half a save"
    ws = Workspace.open(profile)
    try:
        assert [m.name for m in registers.list_items(ws, "member")] == ["Akosua Mensah"]
        assert [v.value for v in stored_figures(ws)] == [399471]
    finally:
        ws.close()
    assert not profile.with_name(profile.name + "-journal").exists()


def test_info_on_a_file_with_a_journal_recovers_it_too(profile: Path) -> None:
    kill_during_save(profile)
    result = harness.mpdesk("info", profile)
    assert result.returncode == 0, result.stderr
    assert "Content: 1 values, 1 members" in result.stdout


def test_info_writes_nothing(profile: Path) -> None:
    before = sha256(profile)
    for command in (("info", profile), ("info", "--json", profile), ("check", profile)):
        result = harness.mpdesk(*command)
        assert "Traceback" not in result.stderr
        assert sha256(profile) == before, f"mpdesk {command[0]} changed the file"
    assert harness.mpdesk("info", profile).returncode == 0


def test_read_only_medium_can_be_described_checked_and_exported(profile: Path, tmp_path: Path) -> None:
    with harness.small_disk("4m") as disk:
        copy = disk / profile.name
        shutil.copyfile(profile, copy)
        harness.remount_read_only(disk)
        before = sha256(copy)
        info = harness.mpdesk("info", copy)
        assert info.returncode == 0, info.stderr
        assert "Ghana" in info.stdout
        check = harness.mpdesk("check", copy)
        assert "Traceback" not in check.stderr and check.returncode in (0, 1)
        out = tmp_path / "figures.csv"
        export = harness.mpdesk("export", copy, "--csv", out)
        assert export.returncode == 0, export.stderr
        assert "immigrant_stock,2015" in out.read_text(encoding="utf-8")
        assert sha256(copy) == before
        with pytest.raises(ProfileFileError, match="read-only"):  # editing needs a writable place
            Workspace.open(copy)


def test_read_only_medium_with_an_unfinished_save_says_what_to_do(profile: Path) -> None:
    kill_during_save(profile)
    with harness.small_disk("4m") as disk:
        for name in (profile.name, profile.name + "-journal"):
            shutil.copyfile(profile.with_name(name), disk / name)
        harness.remount_read_only(disk)
        text = harness.assert_sentence(harness.mpdesk("info", disk / profile.name))
        assert "read-only" in text or "write" in text


def test_damage_inside_the_file_is_told_at_open(profile: Path) -> None:
    with sqlite3.connect(profile) as conn:
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name='indicator_value'").fetchone()[0]
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    data = bytearray(profile.read_bytes())
    start = (root - 1) * page_size
    data[start:start + page_size] = b"\xa5" * page_size  # one table's page overwritten, header intact
    profile.write_bytes(bytes(data))
    with pytest.raises(ProfileFileError, match="damaged"):
        Workspace.open(profile)
    assert "damaged" in harness.assert_sentence(harness.mpdesk("info", profile))
