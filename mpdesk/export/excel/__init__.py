"""The profile as an Excel workbook: figures as numbers, native charts, tidy tables.

``export_xlsx(ws, options, path)`` reads the profile, plans every sheet as plain data
(``cells.BookPlan``), then writes it with XlsxWriter (``writer``, public API only) to a
temporary file beside ``path`` and only then replaces ``path``: a cancelled or failed export
never leaves a half-written workbook, and an existing file is kept until the new one is complete.
XlsxWriter's working files live in a scratch folder beside ``path`` too (``mpdesk.atomic``),
removed however the export ends and cleaned by the next export when a killed one left them.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable

from mpdesk.atomic import atomic_path, scratch_folder
from mpdesk.export.options import ExportError, ExportOptions
from mpdesk.i18n import report_language, tr

if TYPE_CHECKING:
    from mpdesk.export.excel.cells import BookPlan
    from mpdesk.export.excel.figures import DataRow, DataWords
    from mpdesk.export.report_data import ReportData
    from mpdesk.services.workspace import Workspace

__all__ = ["export_xlsx", "build_workbook"]

WRITE_START, WRITE_END = 90, 99   # progress while the file is written


def export_xlsx(ws: "Workspace", options: ExportOptions, path: str | Path) -> Path:
    """Write the workbook to ``path``; raises ExportCancelled or ExportError (a sentence)."""
    from mpdesk.export.excel.figures import data_rows
    from mpdesk.export.report_data import load_report_data

    path = Path(path)
    options.report(0, tr("Excel", "Reading the profile"))
    data = load_report_data(ws, options)
    expected = len(data.values) + len(data.derived.values)   # about how many Data rows (for the progress)
    book = build_workbook(data, lambda words: data_rows(ws, data, words), options, expected)
    options.report(WRITE_START, tr("Excel", "Writing {name}").format(name=path.name))
    with report_language(data.language):   # the printed footer's 'Page 1 of 2'
        save_workbook(book, path, options)
    options.report(100, tr("Excel", "Excel workbook written"))
    return path


def build_workbook(data: "ReportData", rows: "Callable[[DataWords], Iterable[DataRow]]", options: ExportOptions,
                   expected: int = 0) -> "BookPlan":
    """Every sheet in order, Contents first; progress from 5 to 85 %. The Data sheet's rows are
    ``rows(words)``, read only while the workbook is written (``expected``: about how many)."""
    from mpdesk.export.excel.cells import BookPlan
    from mpdesk.export.excel.sheets import set_properties

    book = BookPlan()
    with report_language(data.language):  # sheet names, headings, labels in the profile's language
        set_properties(book, data)
        _build(book, data, rows, options, expected)
    return book


def _build(book: "BookPlan", data: "ReportData", rows: "Callable[[DataWords], Iterable[DataRow]]",
           options: ExportOptions, expected: int) -> None:
    from typing import Any

    from mpdesk.export.excel import sheets, tidy

    described: list[tuple[str, str]] = []

    def add(sheet: Any, what: str) -> None:
        if sheet is not None:
            described.append((sheet.title, what))

    options.report(5, tr("Excel", "Key figures"))
    add(sheets.glance_sheet(book, data), tr("Excel", "Key figures: latest value, year, source and change"))
    modules = [s for s in data.sections if data.tables.get(s.key) and s.key != "glance"]
    for index, section in enumerate(modules):
        options.report(10 + 60 * index // max(len(modules), 1), section.heading)
        add(sheets.module_sheet(book, data, section), tr("Excel", "Indicators by year"))
        add(sheets.module_chart_sheet(book, data, section), tr("Excel", "Charts of {section} and their data").format(
            section=section.heading))
    options.report(72, tr("Excel", "Tidy data"))
    add(tidy.data_sheet(book, data, rows, expected), tr("Excel", "Every figure, one per row, with its source"))
    add(tidy.sources_sheet(book, data), tr("Excel", "The inventory of data sources"))
    add(tidy.gaps_sheet(book, data), tr("Excel", "Data gaps and the actions planned"))
    add(tidy.definitions_sheet(book, data), tr("Excel", "What each indicator means and how it is computed"))
    add(sheets.about_sheet(book, data), tr("Excel", "Profile, edition, export date, Draft or Final"))
    options.report(85, tr("Excel", "Contents"))
    sheets.contents_sheet(book, data, described)


def save_workbook(book: "BookPlan", path: Path, options: ExportOptions | None = None) -> None:
    """Write to a temporary file in the target folder, then replace ``path`` in one step."""
    from xlsxwriter.exceptions import FileCreateError

    from mpdesk.export.excel.writer import write_book

    if not path.parent.is_dir():
        raise ExportError(tr("Excel", "The folder {folder} does not exist. Choose another folder.")
                          .format(folder=path.parent))
    try:
        with atomic_path(path) as temporary, scratch_folder(path) as scratch:
            write_book(book, temporary, scratch, _ticker(options, path))
    except FileCreateError as exc:   # XlsxWriter's wrapper of the OSError that stopped the save
        cause = exc.args[0] if exc.args and isinstance(exc.args[0], OSError) else OSError(str(exc))
        raise ExportError(write_failure(path, cause)) from exc
    except OSError as exc:
        raise ExportError(write_failure(path, exc)) from exc


def _ticker(options: ExportOptions | None, path: Path) -> "Callable[[float], None] | None":
    """Progress while writing (``share`` of the rows done, 0-1); raises ExportCancelled when asked."""
    if options is None:
        return None
    label = tr("Excel", "Writing {name}").format(name=path.name)

    def tick(share: float) -> None:
        options.report(WRITE_START + int((WRITE_END - WRITE_START) * share), label)

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
