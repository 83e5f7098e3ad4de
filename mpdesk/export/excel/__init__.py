"""The profile as an Excel workbook: figures as numbers, native charts, tidy tables.

``export_xlsx(ws, options, path)`` reads the profile, plans each sheet as plain data
(``cells.SheetPlan``) and writes it with XlsxWriter (``writer``, public API only) before planning
the next, to a temporary file beside ``path`` and only then replaces ``path``: a cancelled or failed export
never leaves a half-written workbook, and an existing file is kept until the new one is complete.
XlsxWriter's working files live in a scratch folder beside ``path`` too (``mpdesk.atomic``),
removed however the export ends and cleaned by the next export when a killed one left them.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Iterator

from mpdesk.export.options import ExportError, ExportOptions
from mpdesk.i18n import report_language, tr

if TYPE_CHECKING:
    from mpdesk.export.excel.cells import BookPlan, SheetPlan
    from mpdesk.export.excel.figures import DataWords, WideTable
    from mpdesk.export.excel.parallel import SeriesJob
    from mpdesk.export.report_data import ReportData
    from mpdesk.services.workspace import Workspace

__all__ = ["export_xlsx", "build_workbook"]

DATA_START, DATA_END = 40, 86   # progress while the Data sheet's rows are read and written
WRITE_START = 90                # Contents and the file's assembly


def export_xlsx(ws: "Workspace", options: ExportOptions, path: str | Path) -> Path:
    """Write the workbook to ``path``; raises ExportCancelled or ExportError (a sentence).

    Each sheet is written as soon as it is planned and then dropped, and the Data sheet's rows
    are read from the profile as they are written: what is held at once is the report data and
    one sheet's plan.

    Python's cycle collector is paused meanwhile (``mpdesk.bulk``): the report data is millions of
    plain records without cycles, and each full collection while the workbook is written walked
    them all again (0.4-0.6 s of collections on the enlarged profile, for nothing to collect). The
    report data is dropped before the collector runs again, so its first pass does not walk it either."""
    from mpdesk.bulk import collector_paused

    with collector_paused():
        return _export(ws, options, Path(path))


def _export(ws: "Workspace", options: ExportOptions, path: Path) -> Path:
    from mpdesk.export.excel.cells import BookPlan
    from mpdesk.export.excel.figures import data_rows, exported_indicators
    from mpdesk.export.excel.sheets import set_properties
    from mpdesk.export.report_data import load_report_data

    options.report(0, tr("Excel", "Reading the profile"))
    job = _start_data_series(ws, options)   # the Data rows read by a second process meanwhile (or None)
    try:
        data = load_report_data(ws, options)
        expected = len(data.values) + len(data.derived.values)   # about how many Data rows (for the progress)
        data = _without_value_table(data)

        def rows(words: "DataWords") -> "WideTable":
            keys = exported_indicators(data)
            stored = job.result(keys, lambda: options.report(DATA_START, tr("Excel", "Tidy data"))) if job else None
            return data_rows(ws, data, words, stored)   # read here when the second process gave nothing

        book = BookPlan()
        with report_language(data.language):   # sheet names, headings, labels, the footer's 'Page 1 of 2'
            set_properties(book, data)
            sheets = _plan(book, data, rows, options, expected, path)
            save_workbook(book, path, options, sheets)
    finally:
        if job is not None:
            job.stop()
    options.report(100, tr("Excel", "Excel workbook written"))
    return path


def _start_data_series(ws: "Workspace", options: ExportOptions) -> "SeriesJob | None":
    """The Data sheet's series read by a second process (``parallel``) while the report data loads:
    the indicators are those ``figures.exported_indicators`` gives once the report data is loaded
    (checked then: another answer is not used)."""
    from mpdesk.export.excel.parallel import start_series
    from mpdesk.export.report_data import report_section_keys

    sections = set(report_section_keys(ws, options.modules))
    return start_series(ws, [i.key for i in ws.catalogue.indicators if i.section_key in sections])


def _without_value_table(data: "ReportData") -> "ReportData":
    """``data`` without its table of every figure: the sheets read the tables, charts and key
    figures made from it, and the Data sheet reads the profile itself (a large profile's table
    is most of the memory an export holds)."""
    from dataclasses import replace

    from mpdesk.services.value_table import ValueTable

    return replace(data, values=ValueTable())


def build_workbook(data: "ReportData", rows: "Callable[[DataWords], WideTable]", options: ExportOptions,
                   expected: int = 0) -> "BookPlan":
    """Every sheet in order, Contents first, all planned in memory; progress from 5 to 88 %. The
    Data sheet's rows are ``rows(words)``, read only while the workbook is written."""
    from mpdesk.export.excel.cells import BookPlan
    from mpdesk.export.excel.sheets import set_properties

    book = BookPlan()
    with report_language(data.language):  # sheet names, headings, labels in the profile's language
        set_properties(book, data)
        book.sheets = list(_plan(book, data, rows, options, expected))
    return book


def _plan(book: "BookPlan", data: "ReportData", rows: "Callable[[DataWords], WideTable]",
          options: ExportOptions, expected: int, path: Path | None = None) -> "Iterator[SheetPlan]":
    """Each sheet in the workbook's order as soon as it is planned (Contents first, filled once
    the others are known); a sheet handed on is no longer kept in ``book.sheets``."""
    from mpdesk.export.excel import sheets, tidy

    described: list[tuple[str, str]] = []

    def handed(sheet: "SheetPlan | None", what: str = "") -> "Iterator[SheetPlan]":
        if sheet is not None:
            if what:
                described.append((sheet.title, what))
            book.sheets.remove(sheet)
            yield sheet

    contents = sheets.contents_sheet(book, data)
    yield from handed(contents)
    options.report(5, tr("Excel", "Key figures"))
    yield from handed(sheets.glance_sheet(book, data), tr("Excel", "Key figures: latest value, year, source and change"))
    modules = [s for s in data.sections if data.tables.get(s.key) and s.key != "glance"]
    for index, section in enumerate(modules):
        options.report(10 + (DATA_START - 12) * index // max(len(modules), 1), section.heading)
        yield from handed(sheets.module_sheet(book, data, section), tr("Excel", "Indicators in the years the report prints"))
        yield from handed(sheets.module_chart_sheet(book, data, section), tr(
            "Excel", "Charts of {section} and their data").format(section=section.heading))
    options.report(DATA_START, tr("Excel", "Tidy data"))
    yield from handed(tidy.data_sheet(book, data, rows, expected), tr("Excel", "Every figure, one row per series, with its source and status"))
    options.report(DATA_END, tr("Excel", "Sources"))
    yield from handed(tidy.sources_sheet(book, data), tr("Excel", "The inventory of data sources"))
    yield from handed(tidy.imports_sheet(book, data), tr("Excel", "Each imported file, its date and its fingerprint"))
    yield from handed(tidy.gaps_sheet(book, data), tr("Excel", "Data gaps and the actions planned"))
    yield from handed(tidy.definitions_sheet(book, data), tr("Excel", "What each indicator means and how it is computed"))
    yield from handed(sheets.about_sheet(book, data), tr("Excel", "Profile, edition, export date, Draft or Final"))
    options.report(88, tr("Excel", "Contents"))
    sheets.fill_contents(contents, data, described)
    if path is not None:   # what is left: Contents, and assembling the file
        options.report(WRITE_START, tr("Excel", "Writing {name}").format(name=path.name))


def save_workbook(book: "BookPlan", path: Path, options: ExportOptions | None = None,
                  sheets: "Iterable[SheetPlan] | None" = None) -> None:
    """Write to a temporary file in the target folder, then replace ``path`` in one step."""
    from xlsxwriter.exceptions import FileCreateError

    from mpdesk.atomic import atomic_path, scratch_folder   # here: the Data rows' second process never needs it
    from mpdesk.export.excel.writer import write_book

    if not path.parent.is_dir():
        raise ExportError(tr("Excel", "The folder {folder} does not exist. Choose another folder.")
                          .format(folder=path.parent))
    try:
        with atomic_path(path) as temporary, scratch_folder(path) as scratch:
            write_book(book, temporary, scratch, _ticker(options, path), sheets)
    except FileCreateError as exc:   # XlsxWriter's wrapper of the OSError that stopped the save
        cause = exc.args[0] if exc.args and isinstance(exc.args[0], OSError) else OSError(str(exc))
        raise ExportError(write_failure(path, cause)) from exc
    except OSError as exc:
        raise ExportError(write_failure(path, exc)) from exc


def _ticker(options: ExportOptions | None, path: Path) -> "Callable[[float], None] | None":
    """Progress while the Data rows are written (``share`` done, 0-1); raises ExportCancelled when asked."""
    if options is None:
        return None
    label = tr("Excel", "Writing {name}").format(name=path.name)

    def tick(share: float) -> None:
        options.report(DATA_START + int((DATA_END - DATA_START) * share), label)

    return tick


def write_failure(path: Path, exc: OSError) -> str:
    """The sentence for a file that could not be written (full disk, read-only folder, file open)."""
    import errno

    if exc.errno == errno.ENOSPC:
        return tr("Excel", "{name} could not be written because the disk is full. Free some space or choose "
                  "another folder.").format(name=path.name)
    if isinstance(exc, PermissionError):
        return tr("Excel", "{name} could not be written: the folder is read-only or the file is open in another "
                  "program. Close it there or choose another folder.").format(name=path.name)
    return tr("Excel", "{name} could not be written ({why}). Choose another folder and try again.").format(
        name=path.name, why=exc.strerror or exc)
