"""Recognise a downloaded file by its content and hand it to the right reader.

The extension only says whether to look inside as a workbook or as text (and a wrong extension
is forgiven: the first bytes decide); the publisher is recognised from the first rows.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Protocol

from mpdesk.i18n import tr
from mpdesk.imports.common import CONTEXT, Progress, load_xlsx, read_bytes_check, sheet_rows, workbook_shared
from mpdesk.imports.records import ImportFormatError, ImportResult

ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0"
SNIFF_BYTES = 64 * 1024
SNIFF_ROWS = 40



class Reader(Protocol):
    """A publisher's reader: the figures of one country, telling ``progress`` how far it has read."""

    def __call__(self, path: Path, country_iso3: str, progress: Progress | None = None) -> ImportResult: ...


def unrecognised_error() -> ImportFormatError:
    return ImportFormatError(tr(
        CONTEXT, "mpdesk does not recognise this file. It reads UN DESA International Migrant "
        "Stock workbooks, World Bank WDI downloads (CSV or Excel), UNHCR Refugee Data Finder "
        "exports, KNOMAD matrices and tidy CSV files."))


def import_file(path: str | Path, country_iso3: str, catalogue=None, progress: Progress | None = None) -> ImportResult:
    """Read any supported file for the given country (a tidy CSV's country column must match it).

    ``catalogue``: the profile's (``ws.catalogue``, with its own indicators), against which a
    tidy CSV is checked; the shipped catalogue when None. ``progress(fraction)`` is called while
    the file is read; an exception it raises (Cancel) stops the reader.
    """
    path = Path(path)
    with workbook_shared(path):   # a workbook is parsed once, for recognising it and for reading it
        reader = detect_reader(path)
        if catalogue is not None and getattr(reader, "tidy", False):
            return reader(path, country_iso3, progress, catalogue=catalogue)  # type: ignore[call-arg]  # only the tidy reader takes it
        return reader(path, country_iso3, progress)


def detect_reader(path: Path) -> Reader:
    read_bytes_check(path)
    with open(path, "rb") as handle:
        head = handle.read(SNIFF_BYTES)
    if head.startswith(ZIP_MAGIC):
        return _sniff_xlsx(path)
    if head.startswith(OLE_MAGIC):
        return _sniff_xls(path)
    if path.suffix.lower() in (".xlsx", ".xlsm", ".xls"):
        raise ImportFormatError(
            tr(CONTEXT, "{name} is damaged or is not really an Excel workbook. Download it "
               "again, or open it in Excel and save it as .xlsx.").format(name=path.name))
    return _sniff_text(path, head)


def _sniff_xlsx(path: Path) -> Reader:
    from mpdesk.imports.knomad import knomad_kind, read_knomad
    from mpdesk.imports.undesa import banner_text, is_undesa_workbook, read_undesa
    from mpdesk.imports.worldbank import is_wdi_rows, read_worldbank

    wb = load_xlsx(path)
    try:
        names = wb.sheetnames
        if "Table 1" in names and is_undesa_workbook(names, banner_text(wb["Table 1"])):
            return read_undesa
        first = wb["Data"] if "Data" in names else wb.worksheets[0]
        rows = [list(r) for r in sheet_rows(first, max_row=12, max_col=8)]
        if is_wdi_rows([[_text(c) for c in r] for r in rows]):
            return read_worldbank
        if knomad_kind([tuple(r) for r in rows]):
            return read_knomad
    finally:
        wb.close()
    raise unrecognised_error()


def _text(cell: object) -> str:
    return "" if cell is None else str(cell)


def _sniff_xls(path: Path) -> Reader:
    from mpdesk.imports.worldbank import is_wdi_rows, load_rows, read_worldbank

    if is_wdi_rows([[_text(c) for c in r] for r in load_rows(path)[:12]]):
        return read_worldbank
    raise unrecognised_error()


def _sniff_text(path: Path, head: bytes) -> Reader:
    from mpdesk.imports.tidy_csv import is_tidy_header, read_tidy_csv
    from mpdesk.imports.unhcr import find_header, read_unhcr
    from mpdesk.imports.worldbank import (
        is_wdi_metadata,
        is_wdi_rows,
        metadata_error,
        read_worldbank,
    )

    text = head.decode("utf-8-sig", errors="replace")
    lines = text.splitlines()[:SNIFF_ROWS]
    rows = list(csv.reader(io.StringIO("\n".join(lines))))
    if rows and is_tidy_header(rows[0]):
        def tidy(path: Path, country_iso3: str, progress: Progress | None = None, *, catalogue=None) -> ImportResult:
            result = read_tidy_csv(path, country_iso3, catalogue)
            if progress is not None:
                progress(1.0)
            return result

        tidy.tidy = True  # type: ignore[attr-defined]
        return tidy
    if is_wdi_rows(rows):
        return read_worldbank
    if find_header(rows) is not None:
        return read_unhcr
    if is_wdi_metadata(rows):
        raise metadata_error(path)
    raise unrecognised_error()


__all__ = ["import_file", "detect_reader", "unrecognised_error"]
