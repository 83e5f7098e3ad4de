"""Start-up: process start to the main window's first paint with the sample, against the floor
of a bare PySide6 window (benchmarks/bare_window.py) measured in the same run.

Runs both alternately (offscreen), RUNS times each, and prints the medians, the ratio to the
floor (target: at most 3x), the time to a usable page and the peak memory of the window process
(target: under 250 MB). Usage: python benchmarks/bench_startup.py [RUNS]
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


def _env() -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)
    env.setdefault("MPDESK_SETTINGS_DIR", tempfile.mkdtemp(prefix="mpdesk-bench-settings-"))
    return env


def run_timed(command: list[str]) -> tuple[dict[str, float], float]:
    """Run a program that prints '<what> after N ms' lines; returns them and its peak memory (MB)."""
    with tempfile.TemporaryFile("w+") as out:
        child = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT, env=_env(), cwd=ROOT)
        _, status, usage = os.wait4(child.pid, 0)
        child.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        text = out.read()
    found = {m.group(1): float(m.group(2)) for m in re.finditer(r"(first paint|usable page) after (\d+(?:\.\d+)?) ms", text)}
    if child.returncode != 0 or "first paint" not in found:
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
        run_timed(floor), run_timed(app)  # warm the disk cache
        results: dict[str, list[float]] = {}
        for _ in range(runs):
            for name, command in (("floor", floor), ("app", app)):
                found, peak = run_timed(command)
                results.setdefault(f"{name} paint", []).append(found["first paint"])
                results.setdefault(f"{name} usable", []).append(found.get("usable page", found["first paint"]))
                results.setdefault(f"{name} peak", []).append(peak)
    return {key: statistics.median(values) for key, values in results.items()}


def main() -> int:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    m = measure(runs)
    print(f"bare window (floor): first paint {m['floor paint']:.0f} ms, peak {m['floor peak']:.0f} MB "
          f"(medians of {runs})")
    print(f"mpdesk with the sample: first paint {m['app paint']:.0f} ms, usable page {m['app usable']:.0f} ms, "
          f"peak {m['app peak']:.0f} MB")
    ratio = m["app paint"] / m["floor paint"]
    print(f"ratio to the floor: {ratio:.2f} (target at most {TARGET_RATIO:.1f}); "
          f"peak memory target {TARGET_PEAK_MB:.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
