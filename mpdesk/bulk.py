"""Reading many plain records at once without Python's cycle collector running over them.

A profile's figures and an import's records are hundreds of thousands of tuples (``Figure``,
``CellKey``, ``ValueRecord``: tuple subclasses, which the collector keeps tracking). While they are being made, each full collection walks every
one already made: on the enlarged profile that was 1.8 s of the report data's 5-7 s of CPU. The
records hold no reference cycles (plain values), so nothing is lost by not looking for cycles while
they are made; the collector runs again as usual afterwards.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_depth = 0          # readers inside ``collector_paused`` (an export thread and the window may overlap)
_was_enabled = False


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cycle collector while the block runs; nested and concurrent blocks share one pause,
    and the collector is enabled again when the last one ends (if it was enabled before the first)."""
    global _depth, _was_enabled
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _was_enabled:
                gc.enable()
