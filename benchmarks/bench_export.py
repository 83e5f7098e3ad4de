"""Export speed: full PDF and Excel export of the Kenya sample and of the enlarged profile.

Prints seconds, file sizes and the ratio to the target (ratio < 1 is within target; the
targets are for the sample: PDF < 2 s, Excel < 1 s). Always exits 0.
Usage: python benchmarks/bench_export.py [--sample-only]
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Callable

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

TARGETS = {"pdf": 2.0, "xlsx": 1.0}


def _writers() -> dict[str, Callable[..., Any]]:
    from mpdesk.export.excel import export_xlsx

    writers: dict[str, Callable[..., Any]] = {"xlsx": export_xlsx}
    try:
        from mpdesk.export.pdf import export_pdf
    except ImportError as exc:
        print(f"PDF export not available yet ({exc}); timing Excel only")
    else:
        writers = {"pdf": export_pdf, **writers}
    return writers


def _time(write: Callable[..., Any], ws: Any, path: Path) -> float:
    from mpdesk.export.options import ExportOptions

    start = time.perf_counter()
    write(ws, ExportOptions(), path)
    return time.perf_counter() - start


def _report(label: str, ws: Any, folder: Path) -> None:
    for kind, write in _writers().items():
        path = folder / f"{label}.{kind}"
        try:
            seconds = _time(write, ws, path)
        except Exception as exc:  # noqa: BLE001 - a benchmark reports, it does not fail
            print(f"{label:9} {kind:5} failed: {type(exc).__name__}: {exc}")
            continue
        size = path.stat().st_size
        ratio = seconds / TARGETS[kind]
        print(f"{label:9} {kind:5} {seconds:7.2f} s  {size / 1e6:7.2f} MB  "
              f"ratio to target {TARGETS[kind]:.0f} s: {ratio:5.2f}")


def main() -> int:
    from mpdesk.services.sample import write_sample

    with tempfile.TemporaryDirectory() as folder_name:
        folder = Path(folder_name)
        ws = write_sample(folder / "sample.mpdesk")
        try:
            _report("sample", ws, folder)
        finally:
            ws.close()
        if "--sample-only" in sys.argv:
            return 0
        try:
            from enlarge import enlarge
        except ImportError:
            print("benchmarks/enlarge.py not found; enlarged profile skipped")
            return 0
        start = time.perf_counter()
        big = enlarge(folder / "enlarged.mpdesk")
        print(f"enlarged profile built in {time.perf_counter() - start:.1f} s (not timed below)")
        try:
            _report("enlarged", big, folder)
        finally:
            big.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
