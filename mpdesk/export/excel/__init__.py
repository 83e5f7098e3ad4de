"""The profile as an Excel workbook (openpyxl): figures as numbers, native charts, tidy tables.

``export_xlsx(ws, options, path)`` reads the profile, builds the workbook, writes it to a
temporary file beside ``path`` and only then replaces ``path``: a cancelled or failed export
never leaves a half-written workbook, and an existing file is kept until the new one is complete.

The workbook is built in openpyxl's write-only mode, so a large profile is streamed rather than
held as millions of cell objects: each small sheet is assembled in a ``cells.SheetBuffer`` and
written in one pass, and the Data sheet (one row per figure) streams its rows (``tidy.data_sheet``).
Write-only sheets keep their rows in temporary files until the save; ``discard_workbook``
removes them when the export is cancelled or fails.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from mpdesk.atomic import atomic_path
from mpdesk.export.options import ExportError, ExportOptions
from mpdesk.i18n import report_language, tr

if TYPE_CHECKING:
    from mpdesk.export.excel.figures import TidyRow
    from mpdesk.export.report_data import ReportData
    from mpdesk.services.workspace import Workspace

__all__ = ["export_xlsx", "build_workbook"]


def export_xlsx(ws: "Workspace", options: ExportOptions, path: str | Path) -> Path:
    """Write the workbook to ``path``; raises ExportCancelled or ExportError (a sentence)."""
    from mpdesk.export.excel.figures import tidy_rows
    from mpdesk.export.report_data import load_report_data

    path = Path(path)
    options.report(0, tr("Excel", "Reading the profile"))
    data = load_report_data(ws, options)
    with report_language(data.language):  # the rows' unit labels are report text too
        rows = tidy_rows(ws, data)
    book = build_workbook(data, rows, options)
    del rows  # written to the Data sheet's stream; no need to hold them during the save
    try:
        options.report(90, tr("Excel", "Writing {name}").format(name=path.name))
    except BaseException:
        discard_workbook(book)
        raise
    save_workbook(book, path)
    options.report(100, tr("Excel", "Excel workbook written"))
    return path


def build_workbook(data: "ReportData", rows: list["TidyRow"], options: ExportOptions) -> Any:
    """Every sheet in order, Contents first; progress from 5 to 85 %."""
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    try:
        from mpdesk.export.excel.sheets import set_properties, use_house_font

        with report_language(data.language):  # sheet names, headings, labels in the profile's language
            use_house_font(book)
            set_properties(book, data)
            _build(book, data, rows, options)
    except BaseException:
        discard_workbook(book)
        raise
    return book


def _build(book: Any, data: "ReportData", rows: list["TidyRow"], options: ExportOptions) -> None:
    from mpdesk.export.excel import sheets, tidy
    from mpdesk.export.excel.cells import flush

    described: list[tuple[str, str]] = []

    def add(sheet: Any, what: str) -> None:
        if sheet is not None:
            flush(sheet)
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
    add(tidy.data_sheet(book, data, rows), tr("Excel", "Every figure, one per row, with its source"))
    add(tidy.sources_sheet(book, data), tr("Excel", "The inventory of data sources"))
    add(tidy.gaps_sheet(book, data), tr("Excel", "Data gaps and the actions planned"))
    add(tidy.definitions_sheet(book, data), tr("Excel", "What each indicator means and how it is computed"))
    add(sheets.about_sheet(book, data), tr("Excel", "Profile, edition, export date, Draft or Final"))
    options.report(85, tr("Excel", "Contents"))
    flush(sheets.contents_sheet(book, data, described))
    book.active = 0


def discard_workbook(book: Any) -> None:
    """Remove the temporary files of a write-only workbook that will not be saved."""
    for sheet in getattr(book, "worksheets", ()):
        writer = getattr(sheet, "_writer", None)
        if writer is None or not getattr(book, "write_only", False):
            continue
        for stream in (getattr(sheet, "_rows", None), writer):  # rows first: they write into the writer
            try:
                if stream is not None:
                    stream.close()
            except Exception:  # noqa: BLE001 - closing a half-written stream may complain; the file goes anyway
                pass
        try:
            writer.cleanup()
        except (OSError, ValueError):
            pass


def save_workbook(book: Any, path: Path) -> None:
    """Write to a temporary file in the target folder, then replace ``path`` in one step."""
    if not path.parent.is_dir():
        discard_workbook(book)
        raise ExportError(tr("Excel", "The folder {folder} does not exist. Choose another folder.")
                          .format(folder=path.parent))
    try:
        with atomic_path(path) as temporary:  # mpdesk.atomic: whole or not at all, stale ones cleaned
            book.save(temporary)
    except OSError as exc:
        discard_workbook(book)
        raise ExportError(write_failure(path, exc)) from exc
    except BaseException:
        discard_workbook(book)
        raise


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
