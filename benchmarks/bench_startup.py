"""Start-up: process start to the main window's first paint with the sample, against the floor
of a bare PySide6 window (benchmarks/bare_window.py) measured in the same run.

Runs both alternately (offscreen), RUNS times each, and prints the medians, the ratio to the
floor (target: at most 3x), the time to a usable page and the peak memory of the window process
(target: under 250 MB). Usage: python benchmarks/bench_startup.py [RUNS]

"Usable page" (mpdesk --quit-after-show) is printed once the profile's own page (built from the
file, not the opening preview) has painted and the event loop is idle again: the next key press or
click reaches that page's widgets with the file's data in them. Both programs run from compiled
bytecode, as an installed copy does (this sandbox sets PYTHONDONTWRITEBYTECODE, which had made
every mpdesk module compile from source at each start while the floor imports none).

Measured on a shared 2-core machine (two rounds each, medians of 7, ratio to the floor of the
same run; "before" is main at 136b7cb with this script and this definition of usable):
  load ~4:  before paint 2.84x / 2.51x, usable 9.61x / 7.74x;  after paint 2.38x / 2.19x, usable 6.53x / 6.41x
  load ~9:  before usable 6.75x / 7.20x;  after usable 6.96x / 5.98x (floor 1-1.9 s: too loaded to tell)
  process CPU time (all threads) to the same events, load ~9, medians of 7:
            before paint 1.92x, usable 6.96x (1650 ms);  after paint 1.62x, usable 5.54x (1312 ms)
Where the rest goes (CPU, after): ~360 ms to the first paint (the floor's ~200 plus mpdesk's UI
modules, PySide6's lazily built enums, menus, preview); ~450-550 ms importing the database layer
in the loader thread (SQLAlchemy itself ~300, the 21 mapped classes ~100); ~200 ms opening the file
and building the first page (45 queries, 19 compiled for the first time). The 3x target would need
the first page without SQLAlchemy; it is not met.

2 December 2026 (load 1-4, medians of 9, ratio to the floor of the same run): before paint 2.04x / 2.18x,
usable 6.87x / 6.59x; after paint 2.04x / 2.00x, usable 6.52x / 6.59x. Measured with -X importtime and
time marks: of ~1000 ms from first paint to usable at load ~1, importing the database layer takes
~550 (`import sqlalchemy` alone 300-350 ms standalone, sqlalchemy.orm ~100, mpdesk.models' 21 mapped
classes ~100: SQLAlchemy's declarative scan), the open ~60, the view and first page ~200, their paint
~70. Importing SQLAlchemy in parallel with the first paint gains nothing (the GIL: the first paint
came 100-300 ms later, the usable page no sooner). What changed: the loader thread also imports the
first page's modules and configures the mappers, so the window's thread is blocked ~25 % less once the
file is loaded (270-480 ms, was 380-510 in alternating runs); the progress measure counts registers in
SQL. The usable page stays near 6.5x: SQLAlchemy's import alone is about 2x the floor.
"""

from __future__ import annotations

import os
import re
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
TARGET_RATIO = 3.0
TARGET_PEAK_MB = 250.0


def _env(pycache: str = "") -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)
    env.setdefault("MPDESK_SETTINGS_DIR", tempfile.mkdtemp(prefix="mpdesk-bench-settings-"))
    # An installed mpdesk starts from compiled bytecode (pip and PyInstaller write it): so do the
    # measured runs, which the warm-up run compiles for (into a folder of their own, not the checkout).
    if pycache:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env.setdefault("PYTHONPYCACHEPREFIX", pycache)
    return env


def run_timed(command: list[str], wanted: tuple[str, ...] = ("first paint",),
              pycache: str = "") -> tuple[dict[str, float], float]:
    """Run a program that prints '<what> after N ms' lines (``wanted`` among them); returns them and
    its peak memory (MB)."""
    with tempfile.TemporaryFile("w+") as out:
        child = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT, env=_env(pycache), cwd=ROOT)
        _, status, usage = os.wait4(child.pid, 0)
        child.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        text = out.read()
    found = {m.group(1): float(m.group(2)) for m in re.finditer(r"(first paint|usable page) after (\d+(?:\.\d+)?) ms", text)}
    if child.returncode != 0 or any(w not in found for w in wanted):
        raise RuntimeError(f"{' '.join(command)} failed (exit {child.returncode}): {text.strip()[-400:]}")
    peak = usage.ru_maxrss / (1e6 if sys.platform == "darwin" else 1e3)
    return found, peak


def measure(runs: int = 5) -> dict[str, float]:
    """Medians over ``runs`` alternating runs of the floor and of mpdesk with the sample."""
    with tempfile.TemporaryDirectory() as folder:
        sample = Path(folder) / "sample.mpdesk"
        subprocess.run([sys.executable, "-m", "mpdesk", "sample", str(sample)], check=True, capture_output=True,
                       env=_env(), cwd=ROOT)
        app = [sys.executable, "-m", "mpdesk", "--quit-after-show", str(sample)]
        floor = [sys.executable, str(HERE / "bare_window.py")]
        both, pycache = ("first paint", "usable page"), str(Path(folder) / "pycache")
        run_timed(floor, pycache=pycache), run_timed(app, both, pycache)  # warm the disk cache, compile
        results: dict[str, list[float]] = {}
        for _ in range(runs):
            for name, command, wanted in (("floor", floor, ("first paint",)), ("app", app, both)):
                found, peak = run_timed(command, wanted, pycache)
                results.setdefault(f"{name} paint", []).append(found["first paint"])
                if name == "app":
                    results.setdefault("app usable", []).append(found["usable page"])
                results.setdefault(f"{name} peak", []).append(peak)
    return {key: statistics.median(values) for key, values in results.items()}


def main() -> int:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    m = measure(runs)
    print(f"bare window (floor): first paint {m['floor paint']:.0f} ms, peak {m['floor peak']:.0f} MB "
          f"(medians of {runs})")
    print(f"mpdesk with the sample: first paint {m['app paint']:.0f} ms, usable page {m['app usable']:.0f} ms, "
          f"peak {m['app peak']:.0f} MB")
    print(f"ratio to the floor: first paint {m['app paint'] / m['floor paint']:.2f}, usable page "
          f"{m['app usable'] / m['floor paint']:.2f} (target at most {TARGET_RATIO:.1f} each); "
          f"peak memory target {TARGET_PEAK_MB:.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
