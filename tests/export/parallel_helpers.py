"""Watching the Excel export's second process (export.excel.parallel) in tests: the real functions,
remembering the process and its answer, and whether a process is gone."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pytest

from mpdesk.export.excel import parallel


class Spy:
    """The real ``start_series`` and ``SeriesJob.result``, remembering the job and what it answered;
    ``then(job)`` acts on the real process once it runs (kill it, stop it)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, then: Any = None) -> None:
        self.jobs: list[parallel.SeriesJob] = []
        self.answers: list[object] = []
        self.pids: list[int] = []
        start, result = parallel.start_series, parallel.SeriesJob.result

        def started(ws: Any, keys: list[str]) -> parallel.SeriesJob | None:
            job = start(ws, keys)
            if job is not None:
                self.jobs.append(job)
                self.pids.append(job.process.pid or 0)
                if then is not None:
                    then(job)
            return job

        def answered(job: parallel.SeriesJob, *args: Any, **kwargs: Any) -> object:
            found = result(job, *args, **kwargs)
            self.answers.append(found)
            return found

        monkeypatch.setattr(parallel, "start_series", started)
        monkeypatch.setattr(parallel.SeriesJob, "result", answered)
        monkeypatch.setattr(parallel, "MIN_FIGURES", 0)


def gone(pid: int) -> bool:
    """No such process, or only its exit status left (a zombie nobody reaped yet)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError):
        return True
    return state in ("Z", "X")


def sheets_of(path: Path) -> dict[str, list[tuple]]:
    book = openpyxl.load_workbook(path, read_only=True)
    try:
        return {sheet.title: list(sheet.iter_rows(values_only=True)) for sheet in book.worksheets}
    finally:
        book.close()
