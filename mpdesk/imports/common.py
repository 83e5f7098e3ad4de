"""Helpers shared by the readers: the target country, cell values, and friendly errors."""

from __future__ import annotations

import csv
import hashlib
import io
import math
import os
import re
import stat
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterator, TypeVar

from mpdesk.i18n import tr
from mpdesk.countries import Country, by_iso3
from mpdesk.imports.records import ImportFormatError

CONTEXT = "imports"
T = TypeVar("T")
# How far a reader has got, as the fraction of the file read (0 to 1). The callback may raise (a
# cancelled job's does): readers call it between rows, hold nothing open afterwards and write nothing.
Progress = Callable[[float], None]
PROGRESS_SHEET_ROWS = 32  # workbook rows between two progress calls (CSVs report per 64 KB read)
# What publishers write for "no figure": read as absent, silently. Anything else that is not a
# number ('n/a', '51.202.827', '280 000', 'unknown') is reported by ``read_number``.
MISSING_MARKERS = {"", "..", "~", "-", "…", "..."}


def target_country(country_iso3: str) -> Country:
    """The profile's country, or an error if the code is not a country (an aggregate, a typo)."""
    country = by_iso3().get((country_iso3 or "").strip().upper())
    if country is None:
        raise ImportFormatError(
            tr(CONTEXT, "'{code}' is not a known country code. Use the three-letter ISO code of "
               "the profile's country, for example KEN for Kenya.").format(code=country_iso3)
        )
    return country


def to_number(cell: Any) -> float | None:
    """A numeric cell value, or None for the publishers' no-data markers ('..', '~', '-', blank)."""
    if cell is None or isinstance(cell, bool):
        return None
    if isinstance(cell, (int, float)):
        return None if math.isnan(cell) else float(cell)
    text = str(cell).strip().replace("\u00a0", "")
    if text.lower() in MISSING_MARKERS:
        return None
    try:
        return float(text.replace(",", ""))
    except ValueError:
        return None


class NotANumber(str):
    """The text of a cell that should hold a number but does not (see ``read_number``)."""


def read_number(cell: Any) -> float | None | NotANumber:
    """A number, None for a no-data marker, or NotANumber(text) for text that is neither.

    Thousands separators are accepted only in the publishers' own style (1,234,567): a dot or
    a space between digit groups is ambiguous and is reported, never guessed.
    """
    if cell is None or isinstance(cell, bool):
        return None
    if isinstance(cell, (int, float)):
        return None if math.isnan(cell) else float(cell)
    raw = str(cell)
    text = raw.strip().replace("\u00a0", " ").strip()
    if text.lower() in MISSING_MARKERS:
        return None
    if "," in text and not re.fullmatch(r"-?\d{1,3}(,\d{3})+(\.\d+)?", text):
        return NotANumber(raw)
    try:
        value = float(text.replace(",", ""))
    except ValueError:
        return NotANumber(raw)
    return None if math.isnan(value) else value if not math.isinf(value) else NotANumber(raw)


def persons(value: float) -> float:
    """Counts of people are whole numbers; avoid 23724574.000000004 after scaling."""
    return float(round(value))


def read_text(path: Path) -> str:
    """The file's text as UTF-8 (BOM accepted), with friendly errors."""
    return decode_text(read_bytes(path), path)


def decode_text(data: bytes, path: Path) -> str:
    """``data``, the bytes of the file ``path``, as text: UTF-8 (BOM accepted), else cp1252."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError as exc:  # pragma: no cover - cp1252 decodes almost anything
            raise not_text_error(path) from exc


def not_text_error(path: Path) -> ImportFormatError:
    return ImportFormatError(
        tr(CONTEXT, "{name} is not a text file that mpdesk can read. Save it as CSV "
           "(UTF-8) and try again.").format(name=path.name))


def stream_csv(path: Path, consume: Callable[[Iterator[list[str]]], T], progress: Progress | None = None) -> tuple[T, str]:
    """``consume(rows)`` over the CSV's rows, streamed (see ``stream_text``), and the file's sha256."""
    return stream_text(path, lambda lines: consume(csv.reader(lines)), progress)


def stream_text(path: Path, consume: Callable[[Iterator[str]], T], progress: Progress | None = None) -> tuple[T, str]:
    """``consume(lines)`` over the file's lines, streamed (never the whole file in memory), and its sha256.

    The bytes are hashed as they are read, so the file is read once. UTF-8 (a BOM accepted) is
    tried first; at the first byte that is not UTF-8 the reading starts again as cp1252 (what
    Excel writes on Windows), and ``consume`` sees the lines afresh. ``progress`` is told the
    fraction of bytes read every 64 KB; what it raises (Cancel) stops the read. Lines keep their
    ending (newline=""), as the csv module wants them.
    """
    read_bytes_check(path)
    size = max(os.stat(path).st_size, 1)
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            raw = open(path, "rb", buffering=0)
        except OSError as exc:
            raise file_open_error(path, exc) from exc
        counted = _CountingReader(raw, size, progress)
        try:
            with io.TextIOWrapper(io.BufferedReader(counted, buffer_size=1 << 16), encoding=encoding,
                                  newline="") as handle:
                result = consume(handle)
                return result, counted.finish()
        except UnicodeDecodeError as exc:
            if encoding == "cp1252":  # not even cp1252: the bytes of a binary file
                raise not_text_error(path) from exc
    raise AssertionError("unreachable")  # pragma: no cover - the loop returns or raises


def parse_line(text: str) -> list[str]:
    """The fields of one CSV line (a reader that looks for a code first parses only the lines holding it)."""
    return next(csv.reader((text,)), [])


class _CountingReader(io.RawIOBase):
    """A file that hashes what is read from it and tells ``progress`` how far it has got (which may raise)."""

    def __init__(self, raw: Any, size: int, progress: Progress | None) -> None:
        super().__init__()
        self.raw, self.size, self.progress, self.done = raw, size, progress, 0
        self.digest = hashlib.sha256()

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        count = self.raw.readinto(buffer)
        if count:
            self.digest.update(memoryview(buffer)[:count])
            self.done += count
        if self.progress is not None:
            self.progress(min(self.done / self.size, 1.0))
        return count

    def finish(self) -> str:
        """The sha256 of the whole file (the rest read here if the reader stopped early)."""
        for chunk in iter(lambda: self.raw.read(1 << 20), b""):
            self.digest.update(chunk)
        return self.digest.hexdigest()

    def close(self) -> None:
        self.raw.close()
        super().close()


def read_bytes(path: Path) -> bytes:
    check_regular_file(path)
    try:
        return path.read_bytes()
    except OSError as exc:
        raise file_open_error(path, exc) from exc


def file_open_error(path: Path, exc: OSError) -> ImportFormatError:
    if isinstance(exc, FileNotFoundError):
        text = tr(CONTEXT, "The file {path} does not exist. Check the name and the folder, "
                  "then try again.")
    elif isinstance(exc, PermissionError):
        text = tr(CONTEXT, "mpdesk cannot open {path}: it is locked by another program or you "
                  "do not have permission to read it. Close it (for example in Excel) and try "
                  "again.")
    elif isinstance(exc, IsADirectoryError):
        text = tr(CONTEXT, "{path} is a folder, not a file. Choose a data file inside it.")
    else:
        text = tr(CONTEXT, "mpdesk cannot read {path} ({reason}). Copy the file to your "
                  "computer and try again.")
    return ImportFormatError(text.format(path=path, reason=exc.strerror or exc))


def damaged_workbook_error(path: Path) -> ImportFormatError:
    return ImportFormatError(
        tr(CONTEXT, "{name} is damaged or is not really an Excel workbook. Download it again, "
           "or open it in Excel and save it as .xlsx.").format(name=path.name)
    )


def load_xlsx(path: Path):
    """openpyxl workbook in read-only mode with cached formula values.

    Inside ``workbook_shared(path)`` every call returns the same open workbook (its ``close`` is
    then left to the block), so detecting a file and reading it parse the workbook once.
    """
    path = Path(path)
    if _shared_slot(path) is None:
        return _open_xlsx(path)
    return _Kept(shared(path, "xlsx", lambda: _open_xlsx(path)))


def _open_xlsx(path: Path):
    import zipfile

    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    read_bytes_check(path)
    try:
        # keep_links=False: external-link caches are not read (UN DESA's hold 25,000 values; none is a figure)
        return openpyxl.load_workbook(path, read_only=True, data_only=True, keep_links=False)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, OSError, ValueError) as exc:
        if isinstance(exc, (FileNotFoundError, PermissionError)):
            raise file_open_error(path, exc) from exc
        raise damaged_workbook_error(path) from exc


@dataclass
class _Slot:
    path: Path
    values: dict[str, Any] = field(default_factory=dict)


_SHARED: ContextVar[_Slot | None] = ContextVar("mpdesk_shared_workbook", default=None)


def _shared_slot(path: Path) -> _Slot | None:
    slot = _SHARED.get()
    return slot if slot is not None and slot.path == Path(path) else None


def shared(path: Path, key: str, make: Callable[[], T]) -> T:
    """``make()`` once per ``workbook_shared(path)`` block (an opened workbook, a sheet's rows); else every call."""
    slot = _shared_slot(path)
    if slot is None:
        return make()
    if key not in slot.values:
        slot.values[key] = make()
    return slot.values[key]


@contextmanager
def workbook_shared(path: Path) -> Iterator[None]:
    """Within the block, ``load_xlsx(path)`` opens the workbook once; it is closed at the end."""
    if _shared_slot(path) is not None:
        yield  # already shared by an outer block
        return
    slot = _Slot(Path(path))
    token = _SHARED.set(slot)
    try:
        yield
    finally:
        _SHARED.reset(token)
        for value in slot.values.values():
            if hasattr(value, "close"):
                value.close()


class _Kept:
    """A shared workbook as the readers use it; their ``close()`` leaves it open for the next reader."""

    def __init__(self, workbook: Any) -> None:
        self._workbook = workbook

    def __getattr__(self, name: str) -> Any:
        return getattr(self._workbook, name)

    def __getitem__(self, name: str) -> Any:
        return self._workbook[name]

    def close(self) -> None:
        pass


def check_regular_file(path: Path) -> os.stat_result:
    """Refuse anything but an ordinary file before opening it.

    Opening a named pipe (FIFO) waits for a writer that never comes, and a device can be read
    forever, so the import would hang; ``os.stat`` does not open the file and answers at once.
    """
    try:
        info = os.stat(path)
    except OSError as exc:
        raise file_open_error(path, exc) from exc
    if stat.S_ISDIR(info.st_mode):
        raise file_open_error(path, IsADirectoryError(str(path)))
    if not stat.S_ISREG(info.st_mode):
        raise ImportFormatError(
            tr(CONTEXT, "{path} is not an ordinary file (it is a pipe, a device or a socket), so mpdesk "
               "cannot import it. Save the data as a file and choose that file.").format(path=path))
    return info


def read_bytes_check(path: Path) -> None:
    """Raise the friendly error for a missing, locked, empty or not ordinary file before a library does."""
    size = check_regular_file(path).st_size
    try:
        with open(path, "rb"):
            pass
    except OSError as exc:
        raise file_open_error(path, exc) from exc
    if size == 0:
        raise ImportFormatError(
            tr(CONTEXT, "{name} is empty (0 bytes). Download or copy the file again.").format(
                name=path.name)
        )


def sheet_rows(ws, max_row: int | None = None, max_col: int | None = None,
               progress: Progress | None = None) -> list[tuple]:
    """The sheet's rows as tuples of values; ``progress`` gets the fraction of the sheet's rows read."""
    rows = ws.iter_rows(max_row=max_row, max_col=max_col, values_only=True)
    if progress is None:
        return list(rows)
    total = max(max_row or ws.max_row or 1, 1)  # read-only sheets know their size from the file's dimension
    found = []
    for number, row in enumerate(rows, start=1):
        if not number % PROGRESS_SHEET_ROWS:
            progress(min(number / total, 1.0))
        found.append(row)
    progress(1.0)
    return found


def part(progress: Progress | None, done: int, parts: int) -> Progress | None:
    """The progress of part ``done`` (0-based) of ``parts`` equal parts of a read."""
    if progress is None:
        return None
    report = progress
    return lambda fraction: report((done + fraction) / parts)


def country_label(country: Country) -> str:
    return "{name} ({code})".format(name=country.name_en, code=country.iso3)


def indicator_name(key: str) -> str:
    """An indicator as a message names it to the user: its catalogue name in the screen's language
    (the window's rule, i18n.console_language), never its internal key ('refugees_hosted')."""
    from mpdesk.guide import default_catalogue
    from mpdesk.i18n import console_language

    catalogue = default_catalogue()
    if not catalogue.has_indicator(key):
        return key   # a key the file gave that the catalogue does not know: the file's own text
    return catalogue.indicator(key).name.get_for(console_language())
