"""Measure derived indicators and quality checks on an enlarged profile (not a test; exits 0).

The target: after an edit the UI recomputes the derived indicators and runs every check within
half a second. Loading the figures happens once when the profile opens and is reported apart;
after an edit the table is read again (``ValueTable.from_workspace``: the one read path) and the
derived indicators the edit touches are recomputed.

Prints, as the median (and minimum) of several rounds, since the machine may be shared:
  load the figures (one query), full recompute of derived indicators, all quality checks,
  derived + checks against the 0.5 s target, 100,000 look-ups (``get``), and after one edit:
  incremental recompute, checks again, with the ratio full / incremental recompute; the memory
  the loaded table holds.

    python benchmarks/bench_indicators.py [PATH] [--rounds N]   (PATH: an enlarged profile; built if absent)
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

TARGET = 0.5


def timed(func, *args):
    start = time.perf_counter()
    result = func(*args)
    return result, time.perf_counter() - start


def table_memory(ws) -> int:
    """Bytes the loaded table keeps (what ``ValueTable.from_workspace`` allocates and holds)."""
    import gc
    import tracemalloc

    from mpdesk.services.value_table import ValueTable

    gc.collect()
    tracemalloc.start()
    table = ValueTable.from_workspace(ws)
    held = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    del table
    return held


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", default="/tmp/mpdesk-enlarged.mpdesk")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()

    from enlarge import enlarge

    from mpdesk.services.derived import DerivedEngine
    from mpdesk.services.profile import narratives, selected_sections
    from mpdesk.services.quality import ProfileInfo, run_checks_on
    from mpdesk.services.value_table import ValueTable
    from mpdesk.services.keys import CellKey
    from mpdesk.services.values import set_value
    from mpdesk.services.workspace import Workspace

    path = Path(args.path)
    ws = Workspace.open(path) if path.exists() else enlarge(path)
    profile = ws.profile()
    info = ProfileInfo(profile.period_start, profile.period_end, profile.language)
    sections, texts = selected_sections(ws), narratives(ws)
    times: dict[str, list[float]] = {}

    def record(label: str, seconds: float) -> None:
        times.setdefault(label, []).append(seconds)

    edited = CellKey("population_total", 2020)
    for _ in range(max(args.rounds, 1)):
        table, load = timed(ValueTable.from_workspace, ws)
        record("load", load)
        engine = DerivedEngine(ws.catalogue)
        derived, full = timed(engine.full, table)
        record("full", full)
        findings, checks = timed(run_checks_on, table, derived, ws.catalogue, info, sections, texts, 0.5)
        record("checks", checks)
        record("full+checks", full + checks)

        keys = [f.key for f in table][:100_000]
        _, lookups = timed(lambda: [table.get(k) for k in keys])
        record("lookups", lookups)

        change = set_value(ws, edited, 53_000_000, "Benchmark edit")
        table, reload = timed(ValueTable.from_workspace, ws)
        record("reload", reload)
        derived_after, incremental = timed(engine.update, table, change.indicator_keys())
        record("incremental", incremental)
        _, checks_after = timed(run_checks_on, table, derived_after, ws.catalogue, info, sections, texts, 0.5)
        record("after edit", incremental + checks_after)
        ws.undo()
        record("ratio", full / incremental)
    held = table_memory(ws)
    ws.close()

    def line(label: str, key: str, target: bool = True) -> None:
        values = times[key]
        median, best = statistics.median(values), min(values)
        against = f"   {median / TARGET:5.2f} x the {TARGET} s target" if target else ""
        print(f"{label:<48} {median:8.3f} s  (min {best:.3f}){against}")

    print(f"{len(table):,} figures, {len(table.indicators())} indicators; {len(derived.values):,} derived values, "
          f"{len(derived.missing):,} absent with a reason; {len(findings):,} findings; "
          f"median of {len(times['load'])} rounds")
    line("load figures (one query, once per opening)", "load", target=False)
    line("full recompute of derived indicators", "full")
    line("all quality checks", "checks")
    line("derived + checks", "full+checks")
    line("100,000 look-ups of a cell's figure (get)", "lookups", target=False)
    print("after editing one figure (population_total 2020):")
    line("  read every figure again", "reload", target=False)
    line("  incremental recompute of derived indicators", "incremental")
    line("  incremental + all checks", "after edit")
    print(f"memory the loaded table holds (tracemalloc): {held / 1e6:.0f} MB")
    ratios = times["ratio"]
    print(f"ratio full / incremental recompute: median {statistics.median(ratios):.1f} "
          f"(range {min(ratios):.1f}-{max(ratios):.1f})")
    verdict = "within" if statistics.median(times["full+checks"]) <= TARGET else "OVER"
    print(f"derived + checks: {verdict} the {TARGET} s target")
    return 0


if __name__ == "__main__":
    sys.exit(main())
