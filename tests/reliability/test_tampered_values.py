"""A file that passes SQLite's integrity check but holds values no mpdesk wrote (edited with another
tool): every column of every table, tampered with plain sqlite3. The file is refused at open with a
sentence naming the table and column, or (a well-typed value that is merely unknown) it opens and
every command and page works: never a traceback, in real processes and in the window."""

from __future__ import annotations

import functools
import shutil
import tempfile
from pathlib import Path

import pytest

from mpdesk.models import ProfileFileError
from mpdesk.services.workspace import Workspace
from tests.reliability import harness
from tests.reliability.tampering import REFUSED_SEMANTIC, SEMANTIC_GROUPS, full_profile, tamper_all, type_cases

TYPE_CASES = type_cases()
REFUSED = [[case] for case in REFUSED_SEMANTIC]


@functools.cache
def _base() -> Path:
    folder = Path(tempfile.mkdtemp(prefix="mpdesk-tamper-"))
    return full_profile(folder / "Ghana 2019.mpdesk")


def tampered(tmp_path: Path, *cases: tuple[str, str, str]) -> Path:
    path = tmp_path / "Ghana 2019.mpdesk"
    shutil.copyfile(_base(), path)
    tamper_all(path, list(cases))
    return path


def one_per_kind() -> list[tuple[str, str, str]]:
    """For the real processes: the first column tampered with each kind of wrong value."""
    seen: dict[str, tuple[str, str, str]] = {}
    for case in TYPE_CASES:
        seen.setdefault(case[2], case)
    return list(seen.values())


def check_no_traceback(result) -> None:
    assert "Traceback" not in result.stderr + result.stdout, result.stderr
    assert result.returncode in (0, 1), (result.returncode, result.stderr)


@pytest.mark.parametrize(("table", "column", "literal"), TYPE_CASES)
def test_a_value_of_the_wrong_kind_is_refused_at_open_naming_its_column(tmp_path: Path, table: str, column: str,
                                                                        literal: str) -> None:
    path = tampered(tmp_path, (table, column, literal))
    before = path.read_bytes()
    with pytest.raises(ProfileFileError) as refused:
        Workspace.open(path).close()
    assert f"'{table}'" in refused.value.message and f"'{column}'" in refused.value.message
    assert path.read_bytes() == before


@pytest.mark.parametrize(("table", "column", "literal"), one_per_kind())
def test_commands_refuse_a_value_of_the_wrong_kind_with_a_sentence(tmp_path: Path, table: str, column: str,
                                                                   literal: str) -> None:
    path = tampered(tmp_path, (table, column, literal))
    for command in (["info"], ["check"], ["export", "--pdf", tmp_path / "r.pdf", "--xlsx", tmp_path / "r.xlsx",
                                          "--csv", tmp_path / "r.csv"]):
        result = harness.mpdesk(command[0], path, *command[1:])
        check_no_traceback(result)
        assert result.returncode == 1 and f"'{column}'" in result.stderr, result.stderr
    assert not list(tmp_path.glob("r.*")), "an output was written from a refused file"


@pytest.mark.parametrize("cases", SEMANTIC_GROUPS, ids=lambda cases: "+".join(f"{t}.{c}" for t, c, _ in cases))
def test_commands_read_unknown_but_well_typed_values(tmp_path: Path, cases: list[tuple[str, str, str]]) -> None:
    """Every unknown value at once (each on its table's last row): the file opens and every command works,
    or (an unknown key in the tailoring) the catalogue refuses it with a sentence naming the entry."""
    path = tampered(tmp_path, *cases)
    for command in (["info"], ["check"], ["export", "--pdf", tmp_path / "r.pdf", "--xlsx", tmp_path / "r.xlsx",
                                          "--csv", tmp_path / "r.csv"]):
        result = harness.mpdesk(command[0], path, *command[1:])
        check_no_traceback(result)
        if cases not in REFUSED:
            assert result.returncode == 0 or command[0] == "check", result.stderr
        else:
            assert result.returncode == 1 and cases[0][2].strip("'") in result.stderr, result.stderr
    if cases not in REFUSED:
        assert all((tmp_path / name).stat().st_size > 0 for name in ("r.pdf", "r.xlsx", "r.csv"))
