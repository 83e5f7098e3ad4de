"""The Data sheet's rows read by a second process while the report data loads (export.excel.parallel):
the same workbook either way, and an export that never fails or leaves a process behind because of it.

The sample is small (a second process is only started for a large profile), so these tests lower
``parallel.MIN_FIGURES`` to 0; the failures are real ones (a process killed by a signal, stopped,
an executable that is not Python, one that does not exist), and the workbook is read back with openpyxl.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import subprocess
import sys
import time
from array import array
from collections import Counter
from pathlib import Path
from typing import Any

import pytest


from hypothesis import given, strategies as st  # noqa: E402

from mpdesk.export.excel import export_xlsx, parallel  # noqa: E402
from mpdesk.export.excel.figures import exported_indicators, stored_series  # noqa: E402
from mpdesk.export.options import ExportCancelled, ExportOptions  # noqa: E402
from mpdesk.export.report_data import load_report_data  # noqa: E402
from tests.export.parallel_helpers import Spy, sheets_of as _sheets, gone as _gone  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="signals and /proc: the POSIX way of checking")


def _plain(series: list[tuple[tuple, array]]) -> list[tuple[tuple, list]]:
    return [(raw, [None if v != v else v for v in values]) for raw, values in series]


@pytest.fixture
def reference(sample_ws: Any, tmp_path: Path) -> dict[str, list[tuple]]:
    """The sample's workbook with every row read in the export's own process."""
    path = export_xlsx(sample_ws, ExportOptions(), tmp_path / "reference.xlsx")
    return _sheets(path)


def test_the_second_process_reads_what_the_export_would_read_itself(sample_ws: Any,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parallel, "MIN_FIGURES", 0)
    keys = exported_indicators(load_report_data(sample_ws, ExportOptions()))
    job = parallel.start_series(sample_ws, keys)
    assert job is not None
    pid = job.process.pid
    found = job.result(keys)
    assert found is not None and pid is not None and _gone(pid)
    here = stored_series(sample_ws, keys)
    assert (found.keys, found.years) == (here.keys, here.years)
    assert _plain(found.series) == _plain(here.series) and len(here.series) > 50


def test_the_workbook_is_the_same_when_a_second_process_reads_the_data_rows(
        sample_ws: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, reference: dict) -> None:
    spy = Spy(monkeypatch)
    path = export_xlsx(sample_ws, ExportOptions(), tmp_path / "parallel.xlsx")
    assert len(spy.answers) == 1 and isinstance(spy.answers[0], parallel.StoredSeries)   # it really answered
    assert _sheets(path) == reference
    assert all(_gone(pid) for pid in spy.pids)


def _kill(job: parallel.SeriesJob) -> None:
    os.kill(job.process.pid or 0, signal.SIGKILL)
    job.process.join()


def test_a_second_process_killed_by_a_signal_leaves_the_rows_to_the_export(
        sample_ws: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, reference: dict) -> None:
    spy = Spy(monkeypatch, then=_kill)
    path = export_xlsx(sample_ws, ExportOptions(), tmp_path / "killed.xlsx")
    assert spy.answers == [None]   # no answer from the killed process: the export read the rows itself
    assert _sheets(path) == reference


@pytest.mark.parametrize("program", ["missing-python", "/bin/false"])
def test_a_second_process_that_cannot_start_leaves_the_rows_to_the_export(
        sample_ws: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, reference: dict, program: str) -> None:
    """No such program (a frozen build without it), or one that exits at once without running
    Python's side (an import that fails): the workbook is written all the same, and complete."""
    context = multiprocessing.get_context("spawn")
    before = multiprocessing.spawn.get_executable()
    spy = Spy(monkeypatch)
    context.set_executable(str(tmp_path / program) if program == "missing-python" else program)
    try:
        path = export_xlsx(sample_ws, ExportOptions(), tmp_path / "out.xlsx")
    finally:
        context.set_executable(before)
    assert spy.answers in ([], [None])   # not started, or started and gone without an answer
    assert _sheets(path) == reference
    assert all(_gone(pid) for pid in spy.pids)


def test_a_second_process_that_never_answers_is_not_waited_for(
        sample_ws: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, reference: dict) -> None:
    """Stopped by a signal (as a starved or stuck one would be): the export stops waiting for it,
    ends it and reads the rows itself."""
    spy = Spy(monkeypatch, then=lambda job: os.kill(job.process.pid or 0, signal.SIGSTOP))
    monkeypatch.setattr(parallel, "WAIT_SECONDS", 0.5)
    path = export_xlsx(sample_ws, ExportOptions(), tmp_path / "stuck.xlsx")
    assert spy.answers == [None] and all(_gone(pid) for pid in spy.pids)
    assert _sheets(path) == reference


def test_a_cancelled_export_leaves_no_second_process(sample_ws: Any, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """Cancel (the window's button, or closing it, which cancels and waits) while the second process
    is still there (stopped by a signal, so it is): it is ended, not left behind."""
    spy = Spy(monkeypatch, then=lambda job: os.kill(job.process.pid or 0, signal.SIGSTOP))

    def progress(percent: int, what: str) -> None:
        if percent >= 5:
            assert spy.pids and not _gone(spy.pids[0])   # still there when the export is cancelled
            raise ExportCancelled()

    with pytest.raises(ExportCancelled):
        export_xlsx(sample_ws, ExportOptions(progress=progress), tmp_path / "cancelled.xlsx")
    assert len(spy.pids) == 1 and _gone(spy.pids[0])
    assert not (tmp_path / "cancelled.xlsx").exists()


KILLED_EXPORT = """
import os, signal, sys, time
from mpdesk.export.excel import export_xlsx, parallel
from mpdesk.export.options import ExportOptions
from mpdesk.services.workspace import Workspace

def started(ws, keys, start=parallel.start_series):
    job = start(ws, keys)
    os.kill(job.process.pid, signal.SIGSTOP)   # still reading when this process is killed
    print(job.process.pid, flush=True)
    time.sleep(600)

if __name__ == "__main__":
    parallel.MIN_FIGURES, parallel.start_series = 0, started
    export_xlsx(Workspace.open(sys.argv[1], read_only=True), ExportOptions(), sys.argv[2])
"""


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        try:
            if entry.name.isdigit() and int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry.name))
        except (OSError, ValueError, IndexError):
            continue
    return found


def test_a_killed_export_leaves_no_second_process(sample_file: Path, tmp_path: Path) -> None:
    """mpdesk killed (the task manager, a crash) while the second process reads: that process ends
    by itself (it reads only while the export's process is there) and says nothing on the console."""
    script = tmp_path / "export.py"
    script.write_text(KILLED_EXPORT)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    export = subprocess.Popen([sys.executable, str(script), str(sample_file), str(tmp_path / "out.xlsx")],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, text=True)
    assert export.stdout is not None
    worker = int(export.stdout.readline())
    children = _children(export.pid)
    assert worker in children   # and multiprocessing's resource tracker, on POSIX
    export.kill()
    export.wait()
    os.kill(worker, signal.SIGCONT)   # it goes on, finds its export gone, and ends
    deadline = time.monotonic() + 120   # not a speed limit: a guard against waiting for ever
    while not all(_gone(pid) for pid in children) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert [pid for pid in children if not _gone(pid)] == []
    assert export.stderr is not None and "Traceback" not in export.stderr.read()   # the end of the console: all gone
    assert not (tmp_path / "out.xlsx").exists()


rows = st.lists(st.tuples(st.sampled_from(["a", "b"]), st.sampled_from([2000, 2001, 2005]),
                          st.sampled_from(["", "female"]), st.sampled_from(["s1", "s2"]),
                          st.floats(allow_nan=False, width=64)), max_size=40)


@given(rows)
def test_grouping_by_series_keeps_every_figure(figures: list[tuple]) -> None:
    """Any stored rows -> one array per series, a figure per year -> back: the same figures, even two
    of one series and year (a second array), and series in the order of their first figure."""
    years = [2000, 2001, 2005]
    stored = [(key, year, sex, "", "", "", value, "", source, "", "draft", "typed", 1)
              for key, year, sex, source, value in figures]
    grouped = parallel.group_series(stored, years)
    back = [(raw, year, value) for raw, values in grouped for year, value in zip(years, values) if value == value]
    assert Counter(back) == Counter((parallel.RAW_SERIES(r), r[1], r[6]) for r in stored)
    firsts = list(dict.fromkeys(parallel.RAW_SERIES(r) for r in stored))
    assert list(dict.fromkeys(raw for raw, _ in grouped)) == firsts
