"""SIGKILL during the Excel export (strace -e inject): no temporary file anywhere but beside the
target, no partial workbook under its name, and the next export clears what the killed one left.

XlsxWriter keeps each sheet's rows in working files until it assembles the workbook; they must
live in the export's scratch folder beside the target, never in the system's temporary folder
(which nobody cleans), and a kill must not leave them for good.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.reliability import harness
from tests.reliability.conftest import add_many_figures, make_profile


def hidden(folder: Path) -> list[str]:
    """What a run left beside the target: hidden files or folders (the profile's lock aside)."""
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(".") and not p.name.endswith(".lock"))


def test_kills_during_the_excel_export_leave_no_temporary_file_anywhere(tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    system_temp = tmp_path / "system-temp"   # the child's TMPDIR: where tempfile would put files by default
    system_temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(system_temp))
    profile = add_many_figures(make_profile(tmp_path / "Ghana big.mpdesk"), 3000)
    reference = tmp_path / "reference"
    reference.mkdir()
    run = lambda folder: harness.mpdesk_command("export", profile, "--xlsx", folder / "report.xlsx")  # noqa: E731
    total = harness.count_calls(run(reference), "write")
    assert total > 20 and list(system_temp.iterdir()) == []
    assert hidden(reference) == []
    left_beside = kills = 0
    for when in harness.spread(total, 5)[1:-1]:
        out = tmp_path / f"kill-{when}"
        out.mkdir()
        result = harness.killed_at(run(out), "write", when)
        assert "Traceback" not in result.stderr, result.stderr
        kills += harness.was_killed(result)
        assert list(system_temp.iterdir()) == [], "a working file went to the system's temporary folder"
        assert [p.name for p in out.iterdir() if not p.name.startswith(".")] in ([], ["report.xlsx"])
        if (out / "report.xlsx").exists():
            openpyxl.load_workbook(out / "report.xlsx", read_only=True).close()   # whole, or not there
        left_beside += bool(hidden(out))
        again = harness.run(run(out))   # the next export succeeds and removes what the killed one left
        assert again.returncode == 0, again.stderr
        assert hidden(out) == [], hidden(out)
        openpyxl.load_workbook(out / "report.xlsx", read_only=True).close()
    assert kills >= 2, "the kill points must really stop the export"
    assert left_beside >= 1, "a kill while writing leaves the scratch folder beside the target (cleaned above)"
    assert list(system_temp.iterdir()) == []
