"""A real ``mpdesk import`` killed at each write of the import's commit: the import is in the file
with the record that lets the team withdraw it, or it is not in the file at all.

The record (``file_meta`` ``import:<id>``) was once written in a commit of its own after the
figures', so a kill between the two left an import that could not be withdrawn and was explained
as "made by an earlier version" (tester7 #1).
"""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

from sqlalchemy import select

from mpdesk.models.entities import ImportRecord
from mpdesk.services.import_log import load_journal, undo_import
from mpdesk.services.workspace import Workspace
from tests.reliability import harness
from tests.reliability.conftest import figure_count, make_profile
from tests.reliability.test_kills import real_file

KNOMAD = "inward_remittance_flows_december_2023_1.xlsx"


def profile_writes(command: list[str], profile: Path) -> list[list[tuple[int, bool]]]:
    """The profile's commits in a run of ``command``: for each, its writes to the profile or its
    journal, as (number among all the run's pwrite64 calls, as strace's ``when`` counts them, and
    whether it writes the journal)."""
    log = profile.with_suffix(".strace")
    result = harness.run([harness.need_strace(), "-f", "-qq", "-y", "-o", str(log),
                          "-e", "trace=pwrite64,unlink", *command])
    assert result.returncode == 0, result.stderr
    commits: list[list[tuple[int, bool]]] = [[]]
    count = 0
    name = re.escape(profile.name)
    for line in log.read_text().splitlines():
        if "pwrite64(" in line:
            count += 1
            found = re.search(rf"<[^>]*{name}(-journal)?>", line)
            if found:
                commits[-1].append((count, bool(found.group(1))))
        elif "unlink(" in line and f"{profile.name}-journal" in line and commits[-1]:
            commits.append([])  # the journal's deletion is the commit
    log.unlink()
    return [c for c in commits if c]


def kill_points(commits: list[list[tuple[int, bool]]]) -> list[int]:
    """Each write of the import's commit (the one writing the most pages) to the profile itself, where
    a kill leaves a half-written file for the journal to roll back, its first and last journal write,
    and the first write after it (the commit that followed, where a journal written apart used to be)."""
    biggest = max(range(len(commits)), key=lambda i: len(commits[i]))
    writes = commits[biggest]
    journal = [n for n, to_journal in writes if to_journal]
    points = {journal[0], journal[-1], *(n for n, to_journal in writes if not to_journal)}
    points.update(c[0][0] for c in commits[biggest + 1:biggest + 2])
    return sorted(points)


def imports_in(path: Path) -> list[str]:
    ws = Workspace.open(path)
    try:
        with ws.session() as session:
            return list(session.scalars(select(ImportRecord.id)))
    finally:
        ws.close()


def test_an_import_killed_at_any_write_of_its_commit_can_be_withdrawn_or_is_not_there(tmp_path: Path) -> None:
    data = real_file(KNOMAD)
    base = make_profile(tmp_path / "base.mpdesk")
    before = figure_count(base)
    reference = tmp_path / "reference.mpdesk"
    shutil.copyfile(base, reference)
    commits = profile_writes(harness.mpdesk_command("import", reference, data), reference)
    imported = figure_count(reference)
    assert imported > before + 10
    points = kill_points(commits)
    outcomes = {"none": 0, "whole": 0}
    for when in points:
        path = tmp_path / f"import-{when}.mpdesk"
        shutil.copyfile(base, path)
        result = harness.killed_at(harness.mpdesk_command("import", path, data), "pwrite64", when)
        assert "Traceback" not in result.stderr, result.stderr
        assert harness.was_killed(result), f"write {when} did not stop the import"
        ids = imports_in(path)
        if not ids:
            assert figure_count(path) == before, f"kill at write {when}: figures without their import"
            outcomes["none"] += 1
            continue
        assert figure_count(path) == imported, f"kill at write {when}: part of the import"
        ws = Workspace.open(path)
        try:
            assert load_journal(ws, ids[0]) is not None, f"kill at write {when}: the import cannot be withdrawn"
            outcome = undo_import(ws, ids[0])
        finally:
            ws.close()
        assert outcome.removed == imported - before
        assert figure_count(path) == before and imports_in(path) == []
        outcomes["whole"] += 1
    assert outcomes["none"] and outcomes["whole"], outcomes  # kills fell both before and after the commit
    assert not [p for p in os.listdir(tmp_path) if p.endswith("-journal")]
