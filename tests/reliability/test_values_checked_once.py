"""The typed read of every value (models/validate.py) runs again whenever another program may have
written the file since mpdesk last closed it, and only then: a file mpdesk closed and nothing touched
since opens without reading its values again (a large profile's export starts a second sooner), and
a wrong value written by another program, before the opening or while mpdesk holds the file, is
still refused with its sentence, in real processes."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from mpdesk.models import ProfileFileError
from mpdesk.models.inspect_file import connect
from mpdesk.models.validate import values_known_good
from mpdesk.services.workspace import Workspace
from tests.reliability import harness
from tests.reliability.tampering import full_profile

WRONG = "UPDATE indicator_value SET value = 'twenty' WHERE rowid = (SELECT max(rowid) FROM indicator_value)"
HARMLESS = "UPDATE member SET name = name || ' (GSS)'"


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return full_profile(tmp_path_factory.mktemp("checked") / "Ghana 2019.mpdesk")


def _copy(base: Path, tmp_path: Path) -> Path:
    path = tmp_path / "Ghana 2019.mpdesk"
    shutil.copyfile(base, path)
    return path


def _known_good(path: Path) -> bool:
    conn = connect(path, writable=False)
    try:
        return values_known_good(conn, path)
    finally:
        conn.close()


def _another_program(path: Path, sql: str) -> None:
    """``sql`` committed by a separate process with plain sqlite3, as a database browser would."""
    script = ("import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); c.execute(sys.argv[2]); c.commit(); "
              "c.close()")
    done = harness.run([sys.executable, "-c", script, str(path), sql])
    assert done.returncode == 0, done.stderr


def test_a_file_mpdesk_closed_is_not_read_again_until_another_program_writes_it(base: Path, tmp_path: Path) -> None:
    path = _copy(base, tmp_path)
    assert _known_good(path)   # closed by mpdesk after a checked session
    Workspace.open(path, read_only=True).close()
    assert _known_good(path)   # a read-only opening writes nothing
    Workspace.open(path).close()
    assert _known_good(path)   # a session of mpdesk's own writes leaves it known good
    _another_program(path, HARMLESS)
    assert not _known_good(path)   # any write by another program: every value is read again
    Workspace.open(path).close()
    assert _known_good(path)


def test_a_wrong_value_written_after_mpdesk_closed_the_file_is_refused(base: Path, tmp_path: Path) -> None:
    path = _copy(base, tmp_path)
    _another_program(path, WRONG)
    result = harness.mpdesk("export", path, "--xlsx", tmp_path / "r.xlsx")
    assert result.returncode == 1 and "'value'" in result.stderr and "Traceback" not in result.stderr, result.stderr
    assert not (tmp_path / "r.xlsx").exists()


def test_a_wrong_value_written_while_mpdesk_holds_the_file_is_refused_next_time(base: Path, tmp_path: Path) -> None:
    path = _copy(base, tmp_path)
    ws = Workspace.open(path)
    _another_program(path, WRONG)   # mpdesk's lock binds mpdesk only
    ws.close()
    assert not _known_good(path)
    with pytest.raises(ProfileFileError) as refused:
        Workspace.open(path, read_only=True).close()
    assert "'indicator_value'" in refused.value.message and "'value'" in refused.value.message
    result = harness.mpdesk("export", path, "--xlsx", tmp_path / "r.xlsx")
    assert result.returncode == 1 and "'value'" in result.stderr, result.stderr
