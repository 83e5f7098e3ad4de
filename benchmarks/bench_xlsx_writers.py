"""Which Excel writer, and the floor for the Excel export: the enlarged profile written several
ways, each in a fresh process, with seconds and peak memory against the 5 s / 300 MB target,
then mpdesk / floor (the ratio that matters on a shared machine):

- mpdesk: the whole workbook as mpdesk.export.excel writes it (XlsxWriter, public API);
- floor: what the same Data sheet costs without mpdesk: one row per series (12 text columns:
  the key stands in for the indicator's name), one number per year, the figures read with one
  sqlite3 query in series-then-year order and written with XlsxWriter (``constant_memory``),
  nothing else (no other sheet);
- floor-shared: the same without ``constant_memory``: XlsxWriter's shared-strings table
  instead of inline strings, every cell held until the file is closed;
- xlsxwriter: mpdesk's Data rows alone through XlsxWriter (``constant_memory``,
  ``strings_to_formulas=False``), empty text left out;
- openpyxl-public: the same rows through openpyxl's documented write-only API
  (``ws.append`` with a ``WriteOnlyCell`` carrying the number format).

The last two start from mpdesk's rows already read (the time is the writing alone). Earlier,
under heavy load, for the one-row-per-figure sheet: openpyxl-public 464 s, xlsxwriter 218 s for
the same rows, so XlsxWriter is the writer (about twice as fast; openpyxl stays for reading imports).

Calibration: commit 0a397c0 ("enlarged profile 17 s and 600 MB", what the issue's author saw)
takes 27.65 s / 597 MB on this machine, quiet: it is about 1.63x slower, so the issue's 5 s is
about 8 s here.

Until 1 December 2026 the Data sheet had one row per figure (14 columns, 4.7 million cells for the
enlarged profile's 338,400 figures); at XlsxWriter's ~6 microseconds a cell that layout alone was
~30 s here, above the target by design. It is now one row per series (every field of a figure but
its year and value: a series whose last years are projections is two rows, so nothing is lost),
years as columns: 11,280 rows (stored series; derived ones besides) of 12 words and 30 years. Measured
1 December 2026, 23:23-23:25 UTC, load average 3.0-3.5 (the machine shared by six; CPU seconds
compare better than wall seconds), one run each, the enlarged profile:

  before (a0d2f79, long Data sheet)  61.0 s wall  46.3 s CPU  239 MB  16.7 MB file
  after (wide Data sheet)            29.8 s wall  20.0 s CPU  239 MB   4.7 MB file
  floor (wide, same run as after)     8.4 s wall   5.2 s CPU  301 MB (then a list of every row)

Again at 23:37 UTC, load average 3.1-3.4, the floor now streaming its cursor: mpdesk 28.0 s wall,
21.6 s CPU, 239 MB; floor 9.1 s wall, 5.9 s CPU, 28 MB: 3.1x the floor's wall seconds, 3.7x its CPU.
Measured apart (CPU, same load): the report data 6.2 s, ``stored_figures`` for every figure 2.8 s,
``excel.figures.data_rows`` (the same read, plus words and grouping) 3.6 s.

So mpdesk is 3.1-3.6x the floor's wall seconds (3.7-3.8x its CPU seconds); 2.1-2.3x faster in CPU
than before. 20 s CPU is still above the ~8 s the issue's 5 s means here; the peak
(239 MB, under 300 MB) is the report data while it is read, not the writing. What is left above the
floor is mostly outside the Data sheet (xlread's part): reading the report data (about 5.5 s CPU of
a quiet run, 4 s of it the one query's Figure records) and the module sheets (about 400,000 cells,
about 3 s). The Data sheet's own extra over the floor: its Figure records read a second time
(about 2.5 s: ``stored_figures`` makes a Figure per figure; the floor reads plain tuples) and the
grouping (one indicator's figures at a time, ``excel.figures.widen``); the indicator name and the
yes/no words are now one string per series, not per figure (the 660,000 strings of the long
layout are about 22,000).

2 December 2026: the module sheets show the years the report's tables print (every year is on the
Data sheet): the enlarged profile's module sheets went from 327,000 figures to about 87,000 (XlsxWriter
number cells of the workbook 659,574 -> 421,226; file 4.7 -> 3.3 MB), and the Python per cell of the
writing was cut (cached safe text, lengths and styles; one dict look-up for a cell's format). Measured
in one process, CPU seconds, the enlarged profile, load average 3: the report data 5.0 s, the Data sheet
7.5 s (its rows read alone 4.0 s; written alone 3.0-3.5 s, the same as a bare write_string/write_number
loop over the same rows: the writing is at XlsxWriter's public-API floor, about 7 microseconds a cell),
the 15 module sheets planned and written 1.9-2.5 s (2.7-2.9 s before the per-cell cuts; with every
year, at load average 9, min of 3: 5.7 s against 2.25 s now), closing the file 0.65 s. What is left
above the floor is reading: the report data and the Data rows' Figure records (about 9 s of the 15 s).

2 December 2026, xlpar: the Data sheet's stored figures are read and grouped by series in a second
process (``mpdesk.export.excel.parallel``, multiprocessing "spawn", sqlite3 alone) while the first
loads the report data; the export takes them when it writes the Data sheet, and reads them itself
if that process could not start or failed. The peak is now every process's summed (``ChildPeaks``:
the export, the second process and multiprocessing's resource tracker on POSIX, as if all peaked at
once). The enlarged profile, one run each:

  before (2ac449a), 04:17 UTC, load average 0.0-0.3   16.4 s wall  17.3 s CPU           247 MB
  after, 05:02 UTC, load average 4.8-5.8              41.1 s wall  18.5 s CPU (1.9 s of   297 MB = 247 + 36 (second
                                                                    it the second process)  process) + 13 (tracker)

(the machine was shared by six sessions after 04:25: compare CPU seconds). The export's own process
went from about 17.3-20 s of CPU to 15.4-16.6 s: the Data rows' reading (2.5-4 s) left it. Measured
apart at load 4-5 (CPU): the report data 6.6 s, the Data sheet's writing 3.55 s, starting the second
process 0.2 s, taking its answer 0.05 s; the second process itself 2.2 s CPU, 36 MB (its own
high-water mark; the kernel's ru_maxrss of a child also counts the pages it shared with its parent
between fork and exec, about 20 MB more, which is why the benchmark samples VmHWM instead).
The installer's build (PyInstaller, 05:33 UTC, load average 6-8): ``mpdesk-cli export`` of the enlarged
profile starts its second process (``--multiprocessing-fork``), which read the rows (2.5 s CPU, its
VmHWM 51 MB: a frozen interpreter is larger), and wrote the same workbook cell by cell.
In-process (a small profile, or when the second process fails) the rows are grouped the same way,
by the stored series as read (one dict look-up a figure, an ``array('d')`` per series; the words made
once a series, not a figure).

What is left is one process's work in a row, not reading: every XlsxWriter call must come from the
process that owns the workbook, and every sheet's place in it (Contents, Key figures, the module
sheets, then Data) is known only once the report data is loaded, so the Data sheet cannot be
written before it (XlsxWriter adds sheets in tab order; moving one is not public API). The critical
path is the report data (about 5 s quiet; xlload's), the module sheets (about 2 s), the Data sheet's
writing (about 3.3 s, XlsxWriter's public-API floor) and closing (0.65 s): about 11-12 s on this
machine when quiet (estimated from those parts: it was not quiet again that day), against the 8 s
the issue's 5 s means here. A second process loading the report data
instead would change nothing on that path and would hold a second copy of it (well over 300 MB summed).

    python benchmarks/bench_xlsx_writers.py [ENLARGED.mpdesk] [--only KIND,...]   (exits 0)
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
FIELDS = ("indicator", "name", "sex", "age_group", "partner", "category", "unit", "source", "note", "status",
          "provenance", "preferred")   # then one column per year


def _rows(path: str) -> tuple[list[int], list[tuple]]:
    """mpdesk's Data rows (``excel.figures.data_rows``: 12 words, a figure or None per year, the
    indicator's number format) and the years."""
    from mpdesk.export.excel.figures import data_rows
    from mpdesk.export.excel.tidy import DataWords, _code_words, _sex_words
    from mpdesk.export.options import ExportOptions
    from mpdesk.export.report_data import load_report_data
    from mpdesk.services.workspace import Workspace

    ws = Workspace.open(path)
    try:
        data = load_report_data(ws, ExportOptions())
        table = data_rows(ws, data, DataWords(_sex_words(), _code_words(data.language), "yes", "no"))
        return table.years, list(table)
    finally:
        ws.close()


def _openpyxl_public(years: list[int], rows: list[tuple], out: str) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    book = Workbook(write_only=True)
    sheet = book.create_sheet("Data")
    sheet.append([*FIELDS, *years])
    words = len(FIELDS)
    for row in rows:
        values = []
        for value in row[words:-1]:
            cell = WriteOnlyCell(sheet, value)
            cell.number_format = row[-1]
            values.append(cell)
        sheet.append([*row[:words], *values])
    book.save(out)


def _xlsxwriter(years: list[int], rows: list[tuple], out: str) -> None:
    import xlsxwriter

    book = xlsxwriter.Workbook(out, {"constant_memory": True, "strings_to_formulas": False,
                                     "strings_to_numbers": False, "strings_to_urls": False})
    sheet = book.add_worksheet("Data")
    sheet.write_row(0, 0, [*FIELDS, *years])
    formats: dict[str, Any] = {}
    text, number = sheet.write_string, sheet.write_number
    words, end = len(FIELDS), len(FIELDS) + len(years)
    for r, row in enumerate(rows, start=1):
        fmt = formats.get(row[-1]) or formats.setdefault(row[-1], book.add_format({"num_format": row[-1]}))
        for c in range(words):
            if row[c]:
                text(r, c, row[c])
        for c in range(words, end):
            if row[c] is not None:
                number(r, c, row[c], fmt)
    book.close()


def floor(path: str, out: str, constant_memory: bool = True) -> None:
    """The Data sheet without mpdesk: one sqlite3 query in series-then-year order (and one for the
    year columns), consecutive
    figures of a series gathered into one row, written with XlsxWriter: the same 12 text columns
    (the key stands in for the indicator's name, 'yes'/'no' for the preferred flag) and one number
    per year. ``constant_memory=False``: the same with XlsxWriter's shared-strings table (every
    cell held until the file is closed) instead of inline strings."""
    import sqlite3

    import xlsxwriter

    connection = sqlite3.connect(path)
    rows = connection.execute(   # a cursor read as written: no list of every figure
        "SELECT indicator_key, indicator_key, ifnull(sex, ''), ifnull(age_group, ''), ifnull(partner, ''), "
        "ifnull(category, ''), ifnull(unit, ''), ifnull(source, ''), ifnull(note, ''), ifnull(status, ''), "
        "ifnull(provenance, ''), CASE WHEN preferred = 1 THEN 'yes' ELSE 'no' END, CAST(year AS INTEGER), value "
        "FROM indicator_value ORDER BY indicator_key, sex, age_group, partner, category, preferred DESC, source, "
        "status, unit, note, provenance, year")
    years = [year for (year,) in connection.execute(
        "SELECT DISTINCT CAST(year AS INTEGER) FROM indicator_value ORDER BY 1")]
    column = {year: index for index, year in enumerate(years, start=len(FIELDS))}
    book = xlsxwriter.Workbook(out, {"constant_memory": constant_memory, "strings_to_formulas": False,
                                     "strings_to_numbers": False, "strings_to_urls": False,
                                     "tmpdir": str(Path(out).parent)})
    sheet = book.add_worksheet("Data")
    sheet.write_row(0, 0, [*FIELDS, *years])
    value_format = book.add_format({"num_format": "#,##0"})
    text, number = sheet.write_string, sheet.write_number
    r, series = 0, None
    for row in rows:
        if row[:12] != series:
            series, r = row[:12], r + 1
            for c, value in enumerate(series):
                if value:
                    text(r, c, value)
        number(r, column[row[12]], row[13], value_format)
    connection.close()
    book.close()


def run_kind(kind: str, path: Path, out: Path) -> dict[str, float]:
    """One writer in a fresh process: {'seconds', 'peak_mb', 'cpu'}; raises RuntimeError when it fails."""
    done = subprocess.run([sys.executable, __file__, "--child", kind, str(path), str(out)],
                          capture_output=True, text=True, check=False)
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if not lines:
        raise RuntimeError(str((done.stderr or done.stdout).strip().splitlines()[-1:]))
    result: dict[str, float] = json.loads(lines[-1])
    return result


def _child(kind: str, path: str, out: str) -> None:
    children = ChildPeaks()   # the export's other processes count too (main + second process + tracker)
    if kind in ("floor", "floor-shared"):
        start = time.perf_counter()
        floor(path, out, constant_memory=kind == "floor")
    elif kind == "mpdesk":
        from mpdesk.export.excel import export_xlsx
        from mpdesk.export.options import ExportOptions
        from mpdesk.services.workspace import Workspace

        ws = Workspace.open(path)
        start = time.perf_counter()
        export_xlsx(ws, ExportOptions(), out)
        ws.close()
    else:
        years, rows = _rows(path)
        start = time.perf_counter()
        (_openpyxl_public if kind == "openpyxl-public" else _xlsxwriter)(years, rows, out)
    seconds = time.perf_counter() - start
    others = children.stop()
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / (1e6 if sys.platform == "darwin" else 1e3)
    times = os.times()
    cpu, cpu_children = times.user + times.system, times.children_user + times.children_system
    print(json.dumps({"seconds": seconds, "peak_mb": own + others, "own_mb": own, "others_mb": others,
                      "cpu": cpu + cpu_children, "cpu_children": cpu_children}))


class ChildPeaks:
    """Each child process's own peak memory (Linux: its VmHWM, sampled every 0.1 s while it runs;
    the high-water mark only grows, and the export's second process peaks while it waits for the
    export to take its answer). Not ``RUSAGE_CHILDREN``: on Linux a child's ru_maxrss also counts the
    pages it shared with this process between its fork and its exec (copy-on-write, not memory of its
    own: about 20 MB more for the Data rows' process, which never holds them)."""

    def __init__(self) -> None:
        import threading

        self.peaks: dict[int, float] = {}
        self.done = threading.Event()
        self.thread = threading.Thread(target=self._watch, daemon=True)
        self.thread.start()

    def _watch(self) -> None:
        while not self.done.wait(0.1):
            self.sample()

    def sample(self) -> None:
        for entry in Path("/proc").glob("[0-9]*"):
            try:
                if int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1]) != os.getpid():
                    continue
                status = (entry / "status").read_text()
            except (OSError, ValueError, IndexError):
                continue
            for line in status.splitlines():
                if line.startswith("VmHWM:"):
                    pid = int(entry.name)
                    self.peaks[pid] = max(self.peaks.get(pid, 0.0), int(line.split()[1]) / 1e3)

    def stop(self) -> float:
        """The children's peaks summed (MB), as if they all peaked at once: an honest upper bound."""
        self.sample()   # those still running (multiprocessing's resource tracker)
        self.done.set()
        self.thread.join()
        if not Path("/proc/self/status").exists():   # no /proc: the largest child that ended, at least
            return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / (1e6 if sys.platform == "darwin" else 1e3)
        return sum(self.peaks.values())


def main() -> int:
    if "--child" in sys.argv:
        index = sys.argv.index("--child")
        _child(*sys.argv[index + 1:index + 4])
        return 0
    with tempfile.TemporaryDirectory() as folder:
        given = [a for a in sys.argv[1:] if not a.startswith("--") and "," not in a and a.endswith(".mpdesk")]
        path = Path(given[0]) if given else Path(folder) / "enlarged.mpdesk"
        if not path.exists():
            from enlarge import enlarge

            enlarge(path).close()
        kinds = ("mpdesk", "floor", "floor-shared", "xlsxwriter", "openpyxl-public")
        if "--only" in sys.argv:
            kinds = tuple(sys.argv[sys.argv.index("--only") + 1].split(","))
        results: dict[str, dict[str, float]] = {}
        for kind in kinds:
            out = Path(folder) / f"{kind}.xlsx"
            try:
                r = results[kind] = run_kind(kind, path, out)
            except RuntimeError as exc:
                print(f"{kind:16} failed: {exc}")
                continue
            others = f" = {r['own_mb']:.0f} + {r['others_mb']:.0f} other processes" if r.get("others_mb") else ""
            print(f"{kind:16} {r['seconds']:7.2f} s ({r['seconds'] / TARGET_S:5.2f} x {TARGET_S:g} s)  "
                  f"peak {r['peak_mb']:5.0f} MB{others} ({r['peak_mb'] / TARGET_MB:4.2f} x {TARGET_MB:g} MB)  "
                  f"{out.stat().st_size / 1e6:6.1f} MB file  cpu {r['cpu']:6.1f} s"
                  + (f" ({r['cpu_children']:.1f} in other processes)" if r.get("cpu_children") else "")
                  + " (the machine may be shared)", flush=True)
        if "mpdesk" in results and "floor" in results:
            mine, bare = results["mpdesk"], results["floor"]
            print(f"mpdesk / floor: {mine['seconds'] / bare['seconds']:.2f} x the seconds, "
                  f"{mine['peak_mb'] / bare['peak_mb']:.2f} x the peak memory (same run)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
