"""Export speed: full PDF and Excel export of the Kenya sample and of the enlarged profile.

Prints seconds, file sizes, peak memory and the ratio to the target (ratio < 1 is within
target; the targets are for the sample: PDF < 2 s, Excel < 1 s). Always exits 0.

Each export runs in a fresh process (the profile is opened there): "peak" is that process's
peak resident memory during the export (VmHWM on Linux, else ru_maxrss) and "export +" is how
much it grew above what it held when the export started.
With --repeat N every export runs N times; the best and median seconds are shown, and the least
CPU seconds of the export (the machine is shared: wall seconds grow with the load, CPU seconds
much less; compare ratios, not single runs).

Usage: python benchmarks/bench_export.py [--sample-only] [--xlsx-only] [--repeat N]

The report data both exports load (``export.report_data.load_report_data``), the enlarged profile,
2 December 2026, CPU seconds (wall seconds at load average 5-9 say nothing), each run a fresh process,
main (2ac449a) and branch xlload interleaved: main 6.54, 6.08, 5.28, 7.18, 6.89, 7.43 s; xlload 4.53,
4.15, 3.98, 4.41, 5.00, 4.45 s (about 30 % less). What went: full runs of the cycle collector over the
Figure tuples while they are made (1-1.8 s; ``services.bulk.collector_paused``), the table rows'
fields each made from the row's columns at once, one column fewer per figure read (the import's id).
What is left (profiled): the one query's fetch about 1.4 s (16 columns; each column of a row costs
about 0.1 s whatever it holds), making the Figure records 0.5 s, the index 0.3 s, the tables 0.7-1 s,
the charts 0.6 s. The whole enlarged workbook (bench_xlsx_writers.py --only mpdesk,floor, same hour,
load 8-9): main 17.9 s CPU, xlload 15.9 s CPU; the floor 6.8-7.0 s CPU.
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import subprocess
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


def _peak_mb() -> float:
    """This process's peak resident memory in MB (Linux reports kB, macOS bytes)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1e6 if sys.platform == "darwin" else peak / 1e3


def _reset_peak() -> bool:
    """Start a new peak-memory measurement (Linux: VmHWM restarts from the current size)."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
        return True
    except OSError:
        return False


def _hwm_mb() -> float | None:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1e3
    except OSError:
        pass
    return None


def _child(kind: str, profile: str, out: str) -> int:
    """One export in this (fresh) process; prints a JSON line with seconds and memory."""
    from mpdesk.services.workspace import Workspace

    writer = _writers()[kind]
    ws = Workspace.open(profile)
    try:
        import gc

        gc.collect()
        reset = _reset_peak() and _hwm_mb() is not None
        before = _hwm_mb() if reset else _peak_mb()
        cpu = sum(os.times()[:2])
        seconds = _time(writer, ws, Path(out))
        cpu = sum(os.times()[:2]) - cpu
        during = _hwm_mb() if reset else _peak_mb()
    finally:
        ws.close()
    print(json.dumps({"seconds": seconds, "cpu": cpu, "peak_mb": _peak_mb(), "before_mb": before, "during_mb": during}))
    return 0


def _run_child(kind: str, profile: Path, out: Path) -> dict[str, Any]:
    done = subprocess.run([sys.executable, __file__, "--child", kind, str(profile), str(out)],
                          capture_output=True, text=True, check=False)
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        raise RuntimeError((done.stderr or done.stdout).strip().splitlines()[-1:] or "failed")
    return json.loads(lines[-1])


def _report(label: str, profile: Path, folder: Path, kinds: list[str], repeat: int) -> None:
    for kind in kinds:
        path = folder / f"{label}.{kind}"
        try:
            runs = [_run_child(kind, profile, path) for _ in range(repeat)]
        except Exception as exc:  # noqa: BLE001 - a benchmark reports, it does not fail
            print(f"{label:9} {kind:5} failed: {type(exc).__name__}: {exc}")
            continue
        seconds = [r["seconds"] for r in runs]
        best, median = min(seconds), statistics.median(seconds)
        cpu = min(r["cpu"] for r in runs)
        peak = max(r["during_mb"] for r in runs)  # the process's peak RSS while exporting
        grown = max(r["during_mb"] - r["before_mb"] for r in runs)
        size = path.stat().st_size
        ratio = best / TARGETS[kind]
        print(f"{label:9} {kind:5} best {best:7.2f} s  median {median:7.2f} s  {size / 1e6:7.2f} MB  "
              f"peak {peak:6.0f} MB (export +{grown:5.0f} MB)  cpu {cpu:6.1f} s  ratio to target {TARGETS[kind]:.0f} s: {ratio:5.2f}",
              flush=True)


def main() -> int:
    from mpdesk.services.sample import write_sample

    if "--child" in sys.argv:
        index = sys.argv.index("--child")
        return _child(*sys.argv[index + 1:index + 4])
    repeat = int(sys.argv[sys.argv.index("--repeat") + 1]) if "--repeat" in sys.argv else 1
    kinds = [k for k in _writers() if k == "xlsx" or "--xlsx-only" not in sys.argv]
    with tempfile.TemporaryDirectory() as folder_name:
        folder = Path(folder_name)
        sample = folder / "sample.mpdesk"
        write_sample(sample).close()
        _report("sample", sample, folder, kinds, repeat)
        if "--sample-only" in sys.argv:
            return 0
        try:
            from enlarge import enlarge
        except ImportError:
            print("benchmarks/enlarge.py not found; enlarged profile skipped")
            return 0
        start = time.perf_counter()
        enlarged = folder / "enlarged.mpdesk"
        enlarge(enlarged).close()
        print(f"enlarged profile built in {time.perf_counter() - start:.1f} s (not timed below)", flush=True)
        _report("enlarged", enlarged, folder, kinds, repeat)
    return 0


if __name__ == "__main__":
    sys.exit(main())
