"""Every benchmark in one command, one table: figure, floor measured in the same run, ratio, target.

    python -m benchmarks [--quick] [--runs N]      (or: python benchmarks/run.py ...)

Floors are what the same work costs without mpdesk, measured on this machine in this run (it
may be shared: compare ratios, not milliseconds): a bare PySide6 window for start-up, a csv-module
pass over the same file for imports, a bare reportlab build of the same pages, tables and charts
for the PDF, the same figures read by one sqlite3 query and written as a bare XlsxWriter sheet for
Excel. Excel and the indicator engine have absolute targets (Excel shows its floor ratio too). --quick skips the enlarged
profile (338,400 figures, about a minute to build). Always exits 0: a benchmark reports.
"""

from __future__ import annotations

import argparse
import csv
import re
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Callable

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path[:0] = [str(ROOT), str(HERE)]

from timing import best_of  # noqa: E402

Row = tuple[str, str, str, str, str]  # figure, measured, floor, ratio, target


def shown(value: float, unit: str) -> str:
    if unit == "ms" or unit == "MB":
        return f"{value:.0f} {unit}"
    return f"{value:.3f} {unit}" if value < 1 else f"{value:.2f} {unit}"


def ratio_row(name: str, measured: float, floor: float, unit: str, target: float) -> Row:
    ratio = measured / floor if floor else float("inf")
    verdict = "ok" if ratio <= target else "OVER"
    return name, shown(measured, unit), shown(floor, unit), f"{ratio:.2f}", f"<= {target:g}x {verdict}"


def absolute_row(name: str, measured: float, unit: str, target: float) -> Row:
    verdict = "ok" if measured <= target else "OVER"
    return name, shown(measured, unit), "-", f"{measured / target:.2f}", f"<= {target:g} {unit} {verdict}"


def startup_rows(runs: int) -> list[Row]:
    from bench_startup import TARGET_PEAK_MB, TARGET_RATIO, measure

    m = measure(runs)
    return [ratio_row("start-up: first paint (sample)", m["app paint"], m["floor paint"], "ms", TARGET_RATIO),
            ratio_row("start-up: usable page (sample)", m["app usable"], m["floor paint"], "ms", TARGET_RATIO),
            absolute_row("start-up: peak memory (sample)", m["app peak"], "MB", TARGET_PEAK_MB)]


def import_rows(folder: Path, runs: int) -> list[Row]:
    from mpdesk.imports.records import ValueRecord
    from mpdesk.imports.tidy_csv import read_tidy_csv, write_tidy_csv

    def csv_pass(path: Path) -> None:
        with open(path, newline="", encoding="utf-8-sig") as handle:
            for _ in csv.reader(handle):
                pass

    tidy = folder / "tidy.csv"   # keys the catalogue does not know: every row checked, listed, not stored
    write_tidy_csv(tidy, (ValueRecord(indicator=f"indicator_{i % 200}", year=1991 + i % 30, value=i * 1.5,
                                      sex=("", "female", "male")[i % 3], source="Benchmark")
                          for i in range(100_000)))
    known = folder / "tidy-catalogue.csv"   # the catalogue's own indicators: every row stored as a record
    write_tidy_csv(known, catalogue_records(100_000))
    rows = [ratio_row(f"import: tidy CSV, 100,000 rows{label}", best_of(lambda: read_tidy_csv(path), runs),
                      best_of(lambda: csv_pass(path), runs), "s", 2.0)
            for label, path in (("", tidy), (" of catalogue keys", known))]
    rows += real_import_rows(runs)
    return rows


def catalogue_records(count: int) -> list:
    """``count`` distinct figures of the shipped catalogue's typed indicators, each value in range."""
    from mpdesk.guide import default_catalogue
    from mpdesk.imports.records import ValueRecord

    indicators = [i for i in default_catalogue().indicators if not i.derived and i.unit not in ("yes_no", "year")]
    return [ValueRecord(indicator=ind.key, year=1991 + (i // len(indicators)) % 30, value=float(i % 97),
                        sex=("", "female", "male")[i % 3], unit=ind.unit,
                        source=f"Benchmark {i // (len(indicators) * 30)}")
            for i, ind in ((i, indicators[i % len(indicators)]) for i in range(count))]


def real_import_rows(runs: int) -> list[Row]:
    """One country from each real file against a bare pass (bench_imports), and a 50 MB UNHCR-shaped CSV."""
    from bench_imports import measure_big, measure_files

    real = ROOT.parent / "shared" / "data" / "real"
    if not real.is_dir():
        return []
    rows = [ratio_row(f"import: {name[:40]}", imported, floor, "s", 1.5)
            for name, imported, floor in measure_files(real, runs)]
    big = measure_big(real, 50)
    rows.append(ratio_row("import: UNHCR-shaped CSV, 50 MB", big["import"], big["bare"], "s", 2.0))
    rows.append(ratio_row("import: its peak memory / file size", big["peak"] / 1e6, big["size"] / 1e6, "MB", 3.0))
    return rows


def pdf_rows(sample: Path, folder: Path, runs: int) -> list[Row]:
    """The sample's PDF against a bare reportlab build of it (before/after figures: pdf_floor.py)."""
    from pdf_floor import bare_pdf

    from mpdesk.export.options import ExportOptions
    from mpdesk.export.pdf import export_pdf
    from mpdesk.export.report_data import load_report_data
    from mpdesk.services.workspace import Workspace

    ws = Workspace.open(sample)
    try:
        export_pdf(ws, ExportOptions(), folder / "warm.pdf")  # imports and fonts once, for both
        data = load_report_data(ws, ExportOptions())
        bare_pdf(data, folder / "warm-floor.pdf")
        full = best_of(lambda: export_pdf(ws, ExportOptions(), folder / "sample.pdf"), runs)
        floor = best_of(lambda: bare_pdf(load_report_data(ws, ExportOptions()), folder / "floor.pdf"), runs)
    finally:
        ws.close()
    return [ratio_row("PDF: sample report", full, floor, "s", 3.0)]


def long_text_rows() -> list[Row]:
    from bench_long_text import TARGET_RATIO, measure

    m = measure(2)
    return [ratio_row("PDF: one 100 KB paragraph", m["mpdesk"], m["floor"], "s", TARGET_RATIO)]


def excel_rows(label: str, profile: Path, folder: Path, target_s: float, target_mb: float | None) -> list[Row]:
    """The whole workbook against its absolute target, with the floor beside it: the same figures
    read by one sqlite3 query and written as a bare XlsxWriter Data sheet, one row per series with the
    years as columns, as mpdesk's (bench_xlsx_writers)."""
    from bench_export import _run_child
    from bench_xlsx_writers import run_kind

    result = _run_child("xlsx", profile, folder / f"{label}.xlsx")
    bare = run_kind("floor", profile, folder / f"{label}-floor.xlsx")
    rows = [target_row(f"Excel: {label} workbook", result["seconds"], bare["seconds"], "s", target_s)]
    if target_mb is not None:
        rows.append(target_row(f"Excel: {label} peak memory", result["during_mb"], bare["peak_mb"], "MB", target_mb))
    return rows


def target_row(name: str, measured: float, floor: float, unit: str, target: float) -> Row:
    """An absolute target, with the ratio to the floor measured in the same run."""
    verdict = "ok" if measured <= target else "OVER"
    ratio = measured / floor if floor else float("inf")
    return name, shown(measured, unit), shown(floor, unit), f"{ratio:.2f}", f"<= {target:g} {unit} {verdict}"


def indicator_rows(enlarged: Path) -> list[Row]:
    done = subprocess.run([sys.executable, str(HERE / "bench_indicators.py"), str(enlarged), "--rounds", "2"],
                          capture_output=True, text=True, cwd=ROOT, check=False)
    found = re.search(r"derived \+ checks\s+([\d.]+) s", done.stdout)
    if not found:
        return [("indicators: derived + checks (enlarged)", "failed", "-", "-", "<= 0.5 s")]
    return [absolute_row("indicators: derived + checks (enlarged)", float(found.group(1)), "s", 0.5)]


def print_table(rows: list[Row]) -> None:
    header: Row = ("figure", "measured", "floor (same run)", "ratio", "target")
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(5)]
    line = "  ".join("-" * w for w in widths)
    print(line)
    for index, row in enumerate([header, *rows]):
        print("  ".join(cell.ljust(w) if i == 0 else cell.rjust(w) for i, (cell, w) in enumerate(zip(row, widths))))
        if index == 0:
            print(line)
    print(line)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="skip the enlarged profile")
    parser.add_argument("--runs", type=int, default=5, help="start-up runs (medians) and repeats (best of)")
    args = parser.parse_args(argv)
    from mpdesk.services.sample import write_sample

    rows: list[Row] = []

    def section(name: str, make: Callable[[], list[Row]]) -> None:
        print(f"measuring {name}...", flush=True)
        try:
            rows.extend(make())
        except Exception as exc:  # noqa: BLE001 - one failing benchmark must not hide the others
            rows.append((name, f"failed: {type(exc).__name__}: {str(exc)[:60]}", "-", "-", "-"))

    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        sample = folder / "sample.mpdesk"
        write_sample(sample).close()
        section("start-up", lambda: startup_rows(args.runs))
        section("imports", lambda: import_rows(folder, max(2, args.runs // 2)))
        section("PDF", lambda: pdf_rows(sample, folder, 2))
        section("PDF long paragraph", long_text_rows)
        section("Excel (sample)", lambda: excel_rows("sample", sample, folder, 1.0, None))
        if not args.quick:
            from enlarge import enlarge

            print("building the enlarged profile (not timed)...", flush=True)
            enlarged = folder / "enlarged.mpdesk"
            enlarge(enlarged).close()
            section("Excel (enlarged)", lambda: excel_rows("enlarged", enlarged, folder, 5.0, 300.0))
            section("indicators", lambda: indicator_rows(enlarged))
    print_table(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
