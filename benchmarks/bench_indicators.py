"""Measure derived indicators and quality checks on an enlarged profile (not a test; exits 0).

Prints: loading the figures, a full recompute of every derived indicator, all quality checks,
an incremental recompute after editing one figure, the ratio full/incremental, and each time
against the 0.5 s target (the UI must refresh within half a second after an edit).

    python benchmarks/bench_indicators.py [PATH]   (PATH: an enlarged profile; built if absent)
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

TARGET = 0.5


def timed(label: str, func, *args):
    start = time.perf_counter()
    result = func(*args)
    elapsed = time.perf_counter() - start
    print(f"{label:<44} {elapsed:8.3f} s   ({elapsed / TARGET:5.2f} x the {TARGET} s target)")
    return result, elapsed


def main() -> int:
    from enlarge import enlarge

    from mpdesk.services.derived import DerivedEngine
    from mpdesk.services.profile import narratives, selected_sections
    from mpdesk.services.quality import ProfileInfo, run_checks_on
    from mpdesk.services.value_table import ValueTable
    from mpdesk.services.values import CellKey, set_value
    from mpdesk.services.workspace import Workspace

    path = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/tmp/mpdesk-enlarged.mpdesk")
    ws = Workspace.open(path) if path.exists() else enlarge(path)
    profile = ws.profile()
    info = ProfileInfo(profile.period_start, profile.period_end, profile.language)
    sections, texts = selected_sections(ws), narratives(ws)

    table, load = timed("load figures (one query)", ValueTable.from_workspace, ws)
    print(f"  {len(table):,} figures, {len(table.indicators())} indicators")
    engine = DerivedEngine(ws.catalogue)
    derived, full = timed("full recompute of derived indicators", engine.full, table)
    print(f"  {len(derived.values):,} derived values, {len(derived.missing):,} absent with a reason")
    findings, checks = timed("all quality checks", run_checks_on, table, derived, ws.catalogue, info,
                             sections, texts, 0.5)
    print(f"  {len(findings):,} findings")

    set_value(ws, CellKey("population_total", 2020), 53_000_000, "Benchmark edit")
    table, reload = timed("reload figures after one edit", ValueTable.from_workspace, ws)
    _, incremental = timed("incremental recompute (population_total)", engine.update, table, {"population_total"})
    ws.undo()
    ws.close()
    print(f"ratio full / incremental recompute: {full / incremental:.1f}")
    print(f"full recompute + checks: {full + checks:.3f} s = {(full + checks) / TARGET:.2f} x the {TARGET} s target")
    print(f"after one edit (reload + incremental): {reload + incremental:.3f} s = "
          f"{(reload + incremental) / TARGET:.2f} x the {TARGET} s target")
    return 0


if __name__ == "__main__":
    sys.exit(main())
