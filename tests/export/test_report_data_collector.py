"""The report data is read with Python's cycle collector paused (mpdesk.bulk): it must be running
again afterwards, also when two reads overlap (an export on a worker thread while the window reads
the checks' table) and when the read fails."""

from __future__ import annotations

import gc
import threading

import pytest

from mpdesk.export.options import ExportOptions
from mpdesk.export.report_data import load_report_data
from mpdesk.bulk import collector_paused


def test_the_collector_runs_again_after_the_report_data_is_read(sample_ws):
    assert gc.isenabled()
    data = load_report_data(sample_ws, ExportOptions())
    assert data.tables and gc.isenabled()


def test_overlapping_reads_leave_the_collector_running_only_when_the_last_one_ends():
    first_in, second_done, results = threading.Event(), threading.Event(), []

    def first() -> None:
        with collector_paused():
            first_in.set()
            second_done.wait(10)
            results.append(("first, after the second ended", gc.isenabled()))
        results.append(("first ended", gc.isenabled()))

    thread = threading.Thread(target=first)
    thread.start()
    first_in.wait(10)
    with collector_paused():
        results.append(("second", gc.isenabled()))
    second_done.set()
    thread.join(10)
    assert results == [("second", False), ("first, after the second ended", False), ("first ended", True)]


def test_a_failed_read_leaves_the_collector_running():
    with pytest.raises(RuntimeError):
        with collector_paused():
            raise RuntimeError("the file went away")
    assert gc.isenabled()


def test_a_caller_that_had_paused_the_collector_finds_it_paused():
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
