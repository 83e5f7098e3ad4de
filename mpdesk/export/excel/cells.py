"""Safe cell writing and the workbook's few styles.

Text is always stored as text: a name such as ``=HYPERLINK(...)``, ``+254 700`` or ``@home``
is written as a string cell with Excel's quote prefix, so no spreadsheet runs it as a formula
(not on opening, and not when someone edits the cell later). Characters that XML cannot hold
(control characters pasted from other programs) are dropped instead of failing the export.
Figures are numeric cells with a number format, never text.
"""

from __future__ import annotations

import math
from typing import Any, Iterable, Sequence

from mpdesk.formats import indicator_decimals

FORMULA_STARTS = ("=", "+", "-", "@")
MAX_WIDTH = 60
MIN_WIDTH = 8
HEADER_FILL = "DCE6F1"
DRAFT_COLOUR = "C00000"
HOUSE_FONT = "Arial"   # Liberation Sans where Arial is missing (the same widths), as in the PDF


def clean_text(text: Any) -> str:
    """``text`` as a string without the characters XML forbids."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    return ILLEGAL_CHARACTERS_RE.sub("", "" if text is None else str(text))


def write_text(sheet: Any, row: int, column: int, text: Any, bold: bool = False) -> Any:
    """Write ``text`` as a literal string; formula-like text gets the quote prefix."""
    cell = sheet.cell(row=row, column=column)
    value = clean_text(text)
    cell.value = value
    if value.startswith(FORMULA_STARTS):
        cell.data_type = "s"     # assigning '=...' made it a formula; store it as text instead
        cell.quotePrefix = True  # and keep it text when someone edits the cell in Excel
    if bold:
        cell.font = _font(bold=True)
    return cell


def number_format(decimals: int) -> str:
    """Excel's format code for a figure with ``decimals`` decimals and a thousands separator."""
    from mpdesk import formats as fmt

    if hasattr(fmt, "excel_number_format"):
        return fmt.excel_number_format(decimals)
    return "#,##0" if decimals <= 0 else "#,##0." + "0" * decimals


def indicator_format(indicator: Any) -> str:
    """The number format of an indicator's figures (years and yes/no without separators)."""
    if indicator is None:
        return "#,##0.##"
    if indicator.unit in ("year", "yes_no"):
        return "0"
    return number_format(indicator_decimals(indicator))


def write_number(sheet: Any, row: int, column: int, value: float | None, fmt: str) -> Any:
    """A numeric cell (empty when there is no figure)."""
    cell = sheet.cell(row=row, column=column)
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return cell
    cell.value = value
    cell.number_format = fmt
    return cell


def write_row(sheet: Any, row: int, values: Sequence[Any], start: int = 1, bold: bool = False) -> None:
    """Text or plain numbers along a row (numbers stay numbers, text is made safe)."""
    for offset, value in enumerate(values):
        column = start + offset
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            cell = sheet.cell(row=row, column=column)
            cell.value = value
            if bold:
                cell.font = _font(bold=True)
        else:
            write_text(sheet, row, column, value, bold=bold)


def write_header(sheet: Any, row: int, labels: Sequence[str], start: int = 1) -> None:
    """A bold header row on a light fill."""
    from openpyxl.styles import Alignment, PatternFill

    fill = PatternFill("solid", fgColor=HEADER_FILL)
    for offset, label in enumerate(labels):
        cell = write_text(sheet, row, start + offset, label, bold=True)
        cell.fill = fill
        cell.alignment = Alignment(vertical="top", wrap_text=False)


def write_title(sheet: Any, row: int, text: str, size: int = 14) -> None:
    cell = write_text(sheet, row, 1, text)
    cell.font = _font(bold=True, size=size)


def write_banner(sheet: Any, row: int, text: str) -> None:
    """The red 'DRAFT — not for citation' line at the top of a draft's sheets."""
    cell = write_text(sheet, row, 1, text)
    cell.font = _font(bold=True, colour=DRAFT_COLOUR)


def write_table(sheet: Any, top: int, headers: Sequence[str], rows: Iterable[Sequence[Any]],
                filtered: bool = True) -> int:
    """A tidy table: bold header frozen at ``top``, autofilter; returns the last row written."""
    write_header(sheet, top, headers)
    last = top
    for last, values in enumerate(rows, start=top + 1):
        write_row(sheet, last, values)
    freeze_below(sheet, top)
    if filtered:
        from openpyxl.utils import get_column_letter

        sheet.auto_filter.ref = f"A{top}:{get_column_letter(len(headers))}{max(last, top + 1)}"
    return last


def freeze_below(sheet: Any, header_row: int, columns: int = 0) -> None:
    """Keep rows up to ``header_row`` (and the first ``columns`` columns) in view when scrolling."""
    from openpyxl.utils import get_column_letter

    sheet.freeze_panes = f"{get_column_letter(columns + 1)}{header_row + 1}"


def size_columns(sheet: Any, skip_rows: int = 0, max_row: int | None = None, maximum: int = MAX_WIDTH) -> None:
    """Fit each column to its longest entry (capped), looking at rows ``skip_rows``+1 to ``max_row``."""
    from openpyxl.utils import get_column_letter

    widths: dict[int, int] = {}
    for row in sheet.iter_rows(min_row=skip_rows + 1, max_row=max_row):
        for cell in row:
            if cell.value is None:
                continue
            widths[cell.column] = max(widths.get(cell.column, 0), _shown_length(cell))
    for column, width in widths.items():
        sheet.column_dimensions[get_column_letter(column)].width = min(max(width + 2, MIN_WIDTH), maximum)


def _shown_length(cell: Any) -> int:
    value = cell.value
    if isinstance(value, float):
        return len(f"{value:,.1f}")
    if isinstance(value, int):
        return len(f"{value:,}")
    return max((len(line) for line in str(value).splitlines()), default=0)


def link_to_sheet(cell: Any, sheet_title: str) -> None:
    """Make ``cell`` jump to another sheet of the workbook."""
    from openpyxl.styles import Font
    from openpyxl.worksheet.hyperlink import Hyperlink

    quoted = sheet_title.replace("'", "''")
    cell.hyperlink = Hyperlink(ref=cell.coordinate, location=f"'{quoted}'!A1")
    cell.font = Font(name=HOUSE_FONT, size=10, color="0563C1", underline="single")


class SheetBuffer:
    """A small sheet of a write-only workbook, held as cells until ``flush``.

    Write-only sheets stream their rows once, and column widths must be set before the first
    row: the buffer lets the sheet functions place cells anywhere (``cell``), read them back
    (``iter_rows``, for widths and formats) and then writes them in one pass. Anything else
    (title, freeze_panes, auto_filter, column_dimensions, add_chart, oddHeader) is the sheet's.
    """

    def __init__(self, sheet: Any) -> None:
        self.__dict__["sheet"] = sheet
        self.__dict__["_cells"] = {}

    def __getattr__(self, name: str) -> Any:
        return getattr(self.__dict__["sheet"], name)

    def __setattr__(self, name: str, value: Any) -> None:
        setattr(self.__dict__["sheet"], name, value)  # freeze_panes and the like belong to the sheet

    def cell(self, row: int, column: int) -> Any:
        from openpyxl.cell.cell import Cell

        found = self._cells.get((row, column))
        if found is None:
            found = self._cells[(row, column)] = Cell(self.sheet, row=row, column=column)
        return found

    @property
    def max_row(self) -> int:
        return max((r for r, _ in self._cells), default=1)

    @property
    def max_column(self) -> int:
        return max((c for _, c in self._cells), default=1)

    def iter_rows(self, min_row: int | None = None, max_row: int | None = None, min_col: int | None = None,
                  max_col: int | None = None) -> Iterable[tuple[Any, ...]]:
        """As ``Worksheet.iter_rows``: every position of the range, created when missing."""
        last_col = max_col or self.max_column
        for row in range(min_row or 1, (max_row or self.max_row) + 1):
            yield tuple(self.cell(row, column) for column in range(min_col or 1, last_col + 1))

    def rows_to_write(self, last_row: int | None = None) -> Iterable[list[Any]]:
        """The held rows 1.. ``last_row`` as lists of cells (None where there is no cell)."""
        width = self.max_column
        for row in range(1, (last_row or self.max_row) + 1):
            yield [self._cells.get((row, column)) for column in range(1, width + 1)]

    def flush(self) -> Any:
        """Write the held cells to the sheet (once); returns the sheet."""
        from mpdesk.export.excel.stream import stream_rows

        stream_rows(self)
        return self.sheet


def as_buffer(book: Any, sheet: Any) -> Any:
    """``sheet`` wrapped in a SheetBuffer when ``book`` is write-only, as it is otherwise."""
    return SheetBuffer(sheet) if getattr(book, "write_only", False) else sheet


def flush(sheet: Any) -> Any:
    """Write a buffered sheet's cells (a normal sheet is already written); returns the sheet."""
    return sheet.flush() if isinstance(sheet, SheetBuffer) else sheet


def _font(bold: bool = False, size: int | None = None, colour: str | None = None) -> Any:
    from openpyxl.styles import Font

    return Font(name=HOUSE_FONT, bold=bold, size=size or 10, color=colour)   # named: not a serif default
