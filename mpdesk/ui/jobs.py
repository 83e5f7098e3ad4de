"""Run slow work (export, import, upgrade) off the GUI thread, with progress and Cancel.

``Job(work)`` wraps a function ``work(progress) -> result``; ``progress(percent, what)`` is
the callback the export functions already accept (``ExportOptions.progress``). Cancel only
sets a flag: the next progress call raises ``ExportCancelled`` inside the worker, so the work
stops at a safe point and cleans up after itself (an export removes its partial file).

The worker never touches widgets: it only emits signals, which Qt delivers on the GUI thread.
"""

from __future__ import annotations

import threading
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

from mpdesk.export.options import ExportCancelled, ExportError, Progress

Work = Callable[[Progress], Any]


class Job(QObject):
    """One background run of ``work``; exactly one of finished/failed/cancelled is emitted."""

    progress = Signal(int, str)
    finished = Signal(object)   # the work's result
    failed = Signal(str)        # a sentence for the user
    cancelled = Signal()

    def __init__(self, work: Work, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self._cancel = threading.Event()
        self._done = threading.Event()
        self._runner: _Runner | None = None

    # -- GUI thread ---------------------------------------------------------------------------
    def start(self) -> None:
        self._runner = _Runner(self)
        QThreadPool.globalInstance().start(self._runner)

    def cancel(self) -> None:
        """Ask the work to stop at its next progress report."""
        self._cancel.set()

    @property
    def cancel_requested(self) -> bool:
        return self._cancel.is_set()

    def is_running(self) -> bool:
        return self._runner is not None and not self._done.is_set()

    def wait(self, seconds: float | None = None) -> bool:
        """Block until the work has ended (closing a window, tests); False on time-out."""
        return self._runner is None or self._done.wait(seconds)

    # -- worker thread ------------------------------------------------------------------------
    def report(self, percent: int, what: str) -> None:
        if self._cancel.is_set():
            raise ExportCancelled()
        self.progress.emit(int(percent), what)

    def run(self) -> None:
        try:
            result = self._work(self.report)
        except ExportCancelled:
            self._end(self.cancelled)
        except ExportError as exc:
            self._end(self.failed, str(exc))
        except Exception as exc:  # noqa: BLE001 - any failure becomes a sentence, never a crash
            self._end(self.failed, unexpected_failure(exc))
        else:
            self._end(self.cancelled) if self._cancel.is_set() else self._end(self.finished, result)

    def _end(self, signal: Any, *args: Any) -> None:
        self._done.set()
        signal.emit(*args)


class _Runner(QRunnable):
    def __init__(self, job: Job) -> None:
        super().__init__()
        self.job = job

    def run(self) -> None:
        self.job.run()


def unexpected_failure(exc: Exception) -> str:
    return QCoreApplication.translate(
        "Jobs", "The work stopped because of an unexpected problem ({why}). Nothing you saved was changed; "
                "try again, and if it happens again send this sentence to your support contact."
    ).format(why=f"{type(exc).__name__}: {exc}")


def start_job(work: Work, parent: QObject | None = None, on_progress: Callable[[int, str], None] | None = None,
              on_finished: Callable[[Any], None] | None = None, on_failed: Callable[[str], None] | None = None,
              on_cancelled: Callable[[], None] | None = None) -> Job:
    """Create, connect and start a job; keep the returned object until it has finished."""
    job = Job(work, parent)
    for signal, slot in ((job.progress, on_progress), (job.finished, on_finished),
                         (job.failed, on_failed), (job.cancelled, on_cancelled)):
        if slot is not None:
            signal.connect(slot)
    job.start()
    return job
