"""Which Excel writer: the enlarged profile's Data sheet (one row per figure, 14 columns) written
three ways, each in a fresh process, with seconds and peak memory against the 5 s / 300 MB target:

- mpdesk: the whole workbook as mpdesk.export.excel writes it today (openpyxl write-only mode);
- openpyxl-public: the Data rows alone through openpyxl's documented write-only API
  (``ws.append`` with a ``WriteOnlyCell`` carrying the number format);
- xlsxwriter: the Data rows alone through XlsxWriter (``constant_memory``,
  ``strings_to_formulas=False``), empty text left out (needs ``pip install xlsxwriter``).

Measured on the shared 2-core machine under heavy load (load average 8-10), one run each:
mpdesk 111 s / 598 MB, openpyxl-public 464 s / 498 MB, xlsxwriter 218 s / 498 MB: of the
two public APIs XlsxWriter is about twice as fast, and both are slower than today's writer.

    python benchmarks/bench_xlsx_writers.py [ENLARGED.mpdesk]   (built when absent; exits 0)
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE)]
TARGET_S, TARGET_MB = 5.0, 300.0
FIELDS = ("indicator", "name", "year", "sex", "age_group", "partner", "category", "value", "unit", "source", "note",
          "status", "provenance", "preferred")


def _rows(path: str) -> list[Any]:
    from mpdesk.export.excel.figures import tidy_rows
    from mpdesk.export.options import ExportOptions
    from mpdesk.export.report_data import load_report_data
    from mpdesk.services.workspace import Workspace

    ws = Workspace.open(path)
    try:
        return tidy_rows(ws, load_report_data(ws, ExportOptions()))
    finally:
        ws.close()


def _openpyxl_public(rows: list[Any], out: str) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    book = Workbook(write_only=True)
    sheet = book.create_sheet("Data")
    sheet.append(FIELDS)
    for row in rows:
        value = WriteOnlyCell(sheet, row.value)
        value.number_format = row.fmt
        sheet.append([row.indicator, row.name, row.year, row.sex, row.age_group, row.partner, row.category, value,
                      row.unit, row.source, row.note, row.status, row.provenance, "yes" if row.preferred else "no"])
    book.save(out)


def _xlsxwriter(rows: list[Any], out: str) -> None:
    import xlsxwriter

    book = xlsxwriter.Workbook(out, {"constant_memory": True, "strings_to_formulas": False,
                                     "strings_to_numbers": False, "strings_to_urls": False})
    sheet = book.add_worksheet("Data")
    sheet.write_row(0, 0, FIELDS)
    formats: dict[str, Any] = {}
    text, number = sheet.write_string, sheet.write_number
    for r, row in enumerate(rows, start=1):
        fmt = formats.get(row.fmt) or formats.setdefault(row.fmt, book.add_format({"num_format": row.fmt}))
        values = (row.indicator, row.name, row.year, row.sex, row.age_group, row.partner, row.category, None,
                  row.unit, row.source, row.note, row.status, row.provenance, "yes" if row.preferred else "no")
        for c, value in enumerate(values):
            if c == 7:
                number(r, c, row.value, fmt)
            elif isinstance(value, str):
                if value:
                    text(r, c, value)
            else:
                number(r, c, value)
    book.close()


def _child(kind: str, path: str, out: str) -> None:
    if kind == "mpdesk":
        from mpdesk.export.excel import export_xlsx
        from mpdesk.export.options import ExportOptions
        from mpdesk.services.workspace import Workspace

        ws = Workspace.open(path)
        start = time.perf_counter()
        export_xlsx(ws, ExportOptions(), out)
        ws.close()
    else:
        rows = _rows(path)
        start = time.perf_counter()
        (_openpyxl_public if kind == "openpyxl-public" else _xlsxwriter)(rows, out)
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / (1e6 if sys.platform == "darwin" else 1e3)
    cpu = sum(os.times()[:2])
    print(json.dumps({"seconds": seconds, "peak_mb": peak, "cpu": cpu}))


def main() -> int:
    if "--child" in sys.argv:
        index = sys.argv.index("--child")
        _child(*sys.argv[index + 1:index + 4])
        return 0
    with tempfile.TemporaryDirectory() as folder:
        path = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(folder) / "enlarged.mpdesk"
        if not path.exists():
            from enlarge import enlarge

            enlarge(path).close()
        for kind in ("mpdesk", "openpyxl-public", "xlsxwriter"):
            out = Path(folder) / f"{kind}.xlsx"
            done = subprocess.run([sys.executable, __file__, "--child", kind, str(path), str(out)],
                                  capture_output=True, text=True, check=False)
            lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
            if not lines:
                print(f"{kind:16} failed: {(done.stderr or done.stdout).strip().splitlines()[-1:]}")
                continue
            r = json.loads(lines[-1])
            print(f"{kind:16} {r['seconds']:7.2f} s ({r['seconds'] / TARGET_S:5.2f} x {TARGET_S:g} s)  "
                  f"peak {r['peak_mb']:5.0f} MB ({r['peak_mb'] / TARGET_MB:4.2f} x {TARGET_MB:g} MB)  "
                  f"{out.stat().st_size / 1e6:6.1f} MB file", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
