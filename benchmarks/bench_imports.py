"""Import speed: each real file read for one country, against a bare pass over the same data.

The bare pass is what any reader must do at least: csv.reader over every line of a CSV, or
openpyxl (read-only, cached values) over every cell of the sheets the reader uses. Printed:
seconds for both (best of --repeat runs, same process, same run) and the ratio, importer/bare;
the target is 1.5. Also a UNHCR-shaped CSV of about --size MB (rows of the real population.csv
repeated with shifted years), ratio target 2, with the import's peak memory over the file size
(target 3), measured with tracemalloc. Always exits 0: compare ratios, not seconds.

Usage: python benchmarks/bench_imports.py [--repeat N] [--size MB] [--real FOLDER]
"""

from __future__ import annotations

import argparse
import csv
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

CASES = [  # file, country, sheets the reader walks (None: a CSV or .xls)
    ("undesa_pd_2020_ims_stock_by_sex_and_destination.xlsx", "KEN", ["Table 1", "Table 2", "Table 6"]),
    ("UN_MigrantStockTotal_2015.xlsx", "KEN", ["Table 1", "Table 2", "Table 6"]),
    ("API_SP.POP.TOTL_DS2_en_csv_v2_900.csv", "KEN", None),
    ("API_BX.TRF.PWKR.CD.DT_DS2_en_csv_v2_38454.csv", "PHL", None),
    ("population.csv", "KEN", None),
    ("persons_of_concern.csv", "KEN", None),
    ("solutions.csv", "DEU", None),
    ("bilateral_migration_matrix_2021_latest.xlsx", "KEN", [0]),
    ("bilateral_remittance_matrix_2021_0.xlsx", "KEN", [0]),
    ("inward_remittance_flows_december_2023_1.xlsx", "KEN", [0]),
]


def best(run: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def bare_csv(path: Path) -> None:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        for _ in csv.reader(handle):
            pass


def bare_xlsx(path: Path, sheets: list) -> None:
    import openpyxl

    book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    for name in sheets:
        sheet = book.worksheets[name] if isinstance(name, int) else book[name]
        for _ in sheet.iter_rows(values_only=True):
            pass
    book.close()


def big_unhcr(real: Path, folder: Path, megabytes: int) -> Path:
    lines = (real / "population.csv").read_text(encoding="utf-8-sig").splitlines()
    header, body = lines[0], lines[1:]
    out = folder / "population_big.csv"
    with open(out, "w", encoding="utf-8") as handle:
        handle.write(header + "\n")
        shift = 0
        while handle.tell() < megabytes * 1_000_000:
            for line in body:
                year, rest = line.split(",", 1)
                handle.write(f"{int(year) - 6 * shift},{rest}\n")
            shift += 1
    return out


def main() -> int:
    from mpdesk.imports.detect import import_file

    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--size", type=int, default=50)
    parser.add_argument("--real", type=Path, default=ROOT / ".." / "shared" / "data" / "real")
    args = parser.parse_args()
    print(f"{'file':52} {'import s':>9} {'bare s':>8} {'ratio':>6} (target 1.5)")
    for name, country, sheets in CASES:
        path = args.real / name
        if not path.is_file():
            print(f"{name:52} absent")
            continue
        bare = (lambda: bare_csv(path)) if sheets is None else (lambda: bare_xlsx(path, sheets))
        imported = best(lambda: import_file(path, country), args.repeat)
        floor = best(bare, args.repeat)
        print(f"{name:52} {imported:9.3f} {floor:8.3f} {imported / floor:6.2f}")
    with tempfile.TemporaryDirectory() as folder:
        big = big_unhcr(args.real, Path(folder), args.size)
        size = big.stat().st_size
        imported = best(lambda: import_file(big, "KEN"), 1)
        floor = best(lambda: bare_csv(big), 1)
        tracemalloc.start()
        import_file(big, "KEN")
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        print(f"UNHCR-shaped CSV {size / 1e6:.0f} MB: import {imported:.2f} s, bare {floor:.2f} s, "
              f"ratio {imported / floor:.2f} (target 2); peak memory {peak / 1e6:.0f} MB = "
              f"{peak / size:.1f}x the file (target 3)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
