"""SIGKILL at chosen write calls (strace -e inject): the profile always opens with every committed
edit, and no partial output ever stands under a final name.

Kill points are spread over the whole run (first call, last call and between), not all of them,
to keep the suite quick.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from mpdesk.services import registers, steps, values
from mpdesk.services.figures import stored_figures
from mpdesk.services.workspace import Workspace
from tests.reliability import harness
from tests.reliability.conftest import add_many_figures, make_profile

EDIT_LOOP = Path(__file__).with_name("edit_loop.py")
EDITS = 12


def real_file(name: str) -> Path:
    for root in (harness.REPO_ROOT / ".." / "shared", harness.REPO_ROOT / ".." / ".." / "shared"):
        path = root / "data" / "real" / name
        if path.is_file():
            return path
    pytest.skip(f"the real data file {name} is not in ../shared/data/real")


def leftovers(folder: Path) -> list[str]:
    """Temporary or partial files: anything hidden but the profile locks, or a journal."""
    return sorted(p.name for p in folder.iterdir()
                  if (p.name.startswith(".") and not p.name.endswith(".lock")) or p.name.endswith("-journal"))


def committed(stdout: str) -> list[int]:
    return [int(line.split()[1]) for line in stdout.splitlines() if line.startswith("committed ")]


def test_kills_during_an_edit_loop_keep_every_committed_edit(tmp_path: Path) -> None:
    base = make_profile(tmp_path / "base.mpdesk")
    probe = tmp_path / "probe.mpdesk"
    shutil.copyfile(base, probe)
    command = ["python", str(EDIT_LOOP), "{path}", str(EDITS)]
    total = harness.count_calls([harness.sys.executable, *command[1:2], str(probe), str(EDITS)], "pwrite64")
    kills = 0
    for syscall, points in (("pwrite64", harness.spread(total, 4)), ("fdatasync", (9,))):
        for when in points:
            path = tmp_path / f"{syscall}-{when}.mpdesk"
            shutil.copyfile(base, path)
            result = harness.killed_at([harness.sys.executable, str(EDIT_LOOP), str(path), str(EDITS)], syscall, when)
            assert "Traceback" not in result.stderr, result.stderr
            kills += harness.was_killed(result)
            done = committed(result.stdout)
            ws = Workspace.open(path)
            try:
                stored = {v.year: v.value for v in stored_figures(ws)}
                names = {m.name for m in registers.list_items(ws, "member")}
            finally:
                ws.close()
            for i in done:
                assert stored.get(1980 + i) == 1000 + i, f"edit {i} was committed before the kill but is lost"
                assert f"Member {i}" in names
            assert stored[2015] == 399471 and "Akosua Mensah" in names
    assert kills >= 4, "most kill points must really stop the loop"


def test_kills_during_an_import_leave_all_or_nothing(tmp_path: Path) -> None:
    data = real_file("persons_of_concern.csv")
    base = make_profile(tmp_path / "base.mpdesk")
    reference = tmp_path / "reference.mpdesk"
    shutil.copyfile(base, reference)
    total = harness.count_calls(harness.mpdesk_command("import", reference, data), "pwrite64")
    full = count_values(reference)
    assert full > 1
    for when in harness.spread(total, 4):
        path = tmp_path / f"import-{when}.mpdesk"
        shutil.copyfile(base, path)
        result = harness.killed_at(harness.mpdesk_command("import", path, data), "pwrite64", when)
        assert "Traceback" not in result.stderr, result.stderr
        assert count_values(path) in (1, full), "an import is one transaction: all of it or none"


def count_values(path: Path) -> int:
    ws = Workspace.open(path)
    try:
        return len(list(stored_figures(ws)))
    finally:
        ws.close()


def test_kills_during_an_export_never_leave_a_partial_file(tmp_path: Path) -> None:
    pypdf = pytest.importorskip("pypdf")
    openpyxl = pytest.importorskip("openpyxl")
    big = add_many_figures(make_profile(tmp_path / "Ghana big.mpdesk"), 700)  # a CSV of many write calls
    small = make_profile(tmp_path / "Ghana 2019.mpdesk")
    documents = lambda folder: ("--pdf", folder / "report.pdf", "--xlsx", folder / "report.xlsx")  # noqa: E731
    runs = {"csv": lambda folder: harness.mpdesk_command("export", big, "--csv", folder / "figures.csv"),
            "all": lambda folder: harness.mpdesk_command("export", small, "--csv", folder / "figures.csv",
                                                         *documents(folder))}
    totals, expected = {}, {}
    for kind, run in runs.items():
        reference = tmp_path / f"reference-{kind}"
        reference.mkdir()
        totals[kind] = harness.count_calls(run(reference), "write")
        expected[kind] = (reference / "figures.csv").read_bytes()
    assert expected["csv"].count(b"\n") > 700
    pages = len(pypdf.PdfReader(tmp_path / "reference-all" / "report.pdf").pages)
    for kind, when in [("csv", w) for w in harness.spread(totals["csv"], 4)[1:]] + [
            ("all", w) for w in harness.spread(totals["all"], 4)[1:]]:
        out = tmp_path / f"{kind}-{when}"
        out.mkdir()
        result = harness.killed_at(runs[kind](out), "write", when)
        assert "Traceback" not in result.stderr, result.stderr
        if (out / "figures.csv").exists():
            assert (out / "figures.csv").read_bytes() == expected[kind], "a cut-short CSV stands under its name"
        if (out / "report.pdf").exists():
            assert len(pypdf.PdfReader(out / "report.pdf").pages) == pages
        if (out / "report.xlsx").exists():
            openpyxl.load_workbook(out / "report.xlsx", read_only=True).close()
        again = harness.run(runs[kind](out))  # the next run succeeds and clears what the killed one left
        assert again.returncode == 0, again.stderr
        assert leftovers(out) == [], leftovers(out)


def test_kills_while_writing_the_sample_never_leave_a_partial_profile(tmp_path: Path) -> None:
    probe = tmp_path / "probe" / "Kenya.mpdesk"
    probe.parent.mkdir()
    total = harness.count_calls(harness.mpdesk_command("sample", probe), "pwrite64")
    for when in harness.spread(total, 3):
        folder = tmp_path / f"pwrite64-{when}"
        folder.mkdir()
        path = folder / "Kenya.mpdesk"
        result = harness.killed_at(harness.mpdesk_command("sample", path), "pwrite64", when)
        assert "Traceback" not in result.stderr, result.stderr
        if not path.exists():
            retry = harness.mpdesk("sample", path)  # never blocked by what the killed run left
            assert retry.returncode == 0, retry.stderr
        ws = Workspace.open(path)  # whatever stands under the final name is the whole sample
        try:
            assert steps.step_states(ws)["1.5"].status == "done"
            assert len(registers.list_items(ws, "member")) > 3
        finally:
            ws.close()
        assert leftovers(folder) == [], leftovers(folder)
