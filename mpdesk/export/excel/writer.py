"""The planned workbook written with XlsxWriter (its documented API only).

XlsxWriter's ``constant_memory`` mode writes each row to a temporary file as soon as the next
row starts, so the Data sheet's hundreds of thousands of rows are never held as cell objects;
those temporary files go to ``scratch`` (a folder beside the target, see ``mpdesk.atomic``),
never to the system's temporary folder. ``strings_to_formulas``/``_numbers``/``_urls`` are off:
text that looks like a formula, a number or a link is written as the text it is.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable, Iterable

from mpdesk.export.excel.cells import (
    HOUSE_FONT, HOUSE_SIZE, MAX_WIDTH, MIN_WIDTH, BookPlan, SheetPlan, Style, safe_text, shown_length,
)


Tick = Callable[[float], None]
TICK_ROWS = 20_000   # how often a long sheet reports progress (and may be cancelled)


def write_book(plan: BookPlan, path: Path, scratch: Path, tick: Tick | None = None,
               sheets: Iterable[SheetPlan] | None = None) -> None:
    """Write ``plan`` to ``path`` (XlsxWriter's errors are left to the caller), its sheets in the
    order ``sheets`` (default ``plan.sheets``) gives them, each written as soon as it comes (a
    ``pending`` one once all have come). On a failure or a cancel (raised by ``tick`` or by the
    planning) the workbook is not closed: closing would assemble a file from what was written so
    far; the caller removes ``path`` and ``scratch``."""
    import xlsxwriter

    book = xlsxwriter.Workbook(str(path), {
        "constant_memory": True, "tmpdir": str(scratch), "strings_to_formulas": False,
        "strings_to_numbers": False, "strings_to_urls": False,
        "default_format_properties": {"font_name": HOUSE_FONT, "font_size": HOUSE_SIZE}})
    book.set_properties(plan.properties)
    for name, value in plan.custom.items():
        book.set_custom_property(name, value)
    formats = Formats(book)
    pending = []
    for sheet_plan in plan.sheets if sheets is None else sheets:
        sheet = book.add_worksheet(sheet_plan.title)
        if sheet_plan.pending:
            pending.append((sheet, sheet_plan))
        else:
            _write_sheet(book, sheet, sheet_plan, formats, tick)
    for sheet, sheet_plan in pending:
        _write_sheet(book, sheet, sheet_plan, formats, tick)
    book.close()


class Formats:
    """One XlsxWriter format per distinct Style, made on first use."""

    def __init__(self, book: Any) -> None:
        self.book = book
        self.made: dict[Style, Any] = {}

    def __call__(self, style: Style) -> Any:
        found = self.made.get(style)
        if found is None:
            found = self.made[style] = self.book.add_format(_properties(style))
        return found


def _properties(style: Style) -> dict[str, Any]:
    """Every font named: a cell never falls back to a program's own default font."""
    properties: dict[str, Any] = {"font_name": HOUSE_FONT, "font_size": style.size}
    optional = {"bold": style.bold, "font_color": style.colour, "underline": 1 if style.underline else None,
                "num_format": style.num_format, "indent": style.indent or None,
                "align": "left" if style.indent else None,   # an indent counts only from a side
                "quote_prefix": style.quote, "valign": "top" if style.top else None,
                "text_wrap": style.wrap or None}
    properties.update({k: v for k, v in optional.items() if v})
    if style.fill:
        properties.update(pattern=1, bg_color=style.fill)
    return properties


def _write_sheet(book: Any, sheet: Any, plan: SheetPlan, formats: Formats, tick: Tick | None) -> None:
    _layout(sheet, plan)
    write_number, write_string = sheet.write_number, sheet.write_string
    made = formats.made   # a cell's format: one dict look-up (each Style's format is made once)
    heights = plan.heights
    for row, cells, run in plan.rows():
        at = row - 1
        if row in heights:   # no program sizes a row of wrapped text on opening: set it here
            sheet.set_row(at, heights[row])
        for column, cell in cells:
            value, style = cell.value, cell.style
            fmt = made.get(style)
            if fmt is None:
                fmt = formats(style)
            kind = value.__class__
            if cell.link is not None or cell.note is not None:
                _write_cell(sheet, at, column - 1, value, fmt, cell.link)
                if cell.note is not None:   # before the row is written out (constant memory)
                    sheet.write_comment(at, column - 1, cell.note, {"x_scale": 2})
            elif kind is float or kind is int:   # most cells: a figure
                write_number(at, column - 1, value, fmt)
            elif kind is str:
                if value:
                    write_string(at, column - 1, value, fmt)
            else:
                _write_cell(sheet, at, column - 1, value, fmt, None)
        if run is not None:   # a row's figures (a wide table's years): one format, no cell for None
            fmt = formats(run.style)
            for column, value in enumerate(run.values, start=run.column - 1):
                if value is not None:
                    write_number(at, column, value, fmt)
    last = plan.max_row
    if plan.stream is not None:
        last = max(last, _write_stream(sheet, plan, formats, tick))
    _extent(sheet, plan, last)
    from mpdesk.export.excel.charts import native_chart

    for chart in plan.charts:
        sheet.insert_chart(chart.anchor, native_chart(book, plan.title, chart))


def _write_cell(sheet: Any, row: int, column: int, value: Any, fmt: Any, link: str | None) -> None:
    if link is not None:
        sheet.write_url(row, column, f"internal:{link}", fmt, str(value))
    elif isinstance(value, str):
        if value:
            sheet.write_string(row, column, value, fmt)
    elif value is not None:
        sheet.write_number(row, column, value, fmt)


def _layout(sheet: Any, plan: SheetPlan) -> None:
    """Column widths, panes and tab colour (the print set-up: ``print_setup.apply``, in ``_extent``)."""
    for column, width in plan.widths.items():
        sheet.set_column(column - 1, column - 1, width)
    if plan.freeze:
        sheet.freeze_panes(plan.freeze[0] - 1, plan.freeze[1] - 1)
    if plan.tab_colour:
        sheet.set_tab_color(plan.tab_colour)


def _extent(sheet: Any, plan: SheetPlan, last: int) -> None:
    """The filter and the print set-up, down to ``last`` (a streamed table's last row is known
    once it is written; XlsxWriter places both in the file when it closes it)."""
    from mpdesk.export.excel import print_setup

    if plan.filter:
        first_row, first_col, last_row, last_col = plan.filter
        last_row = max(last_row, last) if plan.stream is not None else last_row
        sheet.autofilter(first_row - 1, first_col - 1, last_row - 1, last_col - 1)
    print_setup.apply(sheet, plan, last)


def _write_stream(sheet: Any, plan: SheetPlan, formats: Formats, tick: Tick | None) -> int:
    """One row per item, as fast as the public API allows: each distinct text of a column is
    cleaned and measured once, each number format made once; empty text and missing figures
    are no cell at all. The cells from ``figure_column`` on are figures (a wide table's years),
    each with the row's number format (or, for a tiny non-zero figure, one with the decimals it
    needs: ``cells.figure_format``). The columns are sized here, in the same pass, from the header
    and every row (the widest text, the smallest and largest number: a number's shown length
    grows with its size). Returns the last row written (1-based)."""
    from math import isfinite

    from mpdesk.export.excel.cells import figure_format

    stream = plan.stream
    assert stream is not None
    quoted = formats(Style(quote=True))
    number_formats: dict[str, Any] = {}
    labels = range(stream.figure_column)
    columns = range(stream.columns)
    texts: list[dict[Any, tuple[str | None, Any]]] = [{} for _ in columns]
    longest = [0 for _ in columns]
    low: list[Any] = [None for _ in columns]
    high: list[Any] = [None for _ in columns]
    write_string, write_number = sheet.write_string, sheet.write_number
    first_figure, end, total = stream.figure_column, stream.columns, max(stream.expected, 1)
    row = stream.first_row - 2
    for row, cells in enumerate(stream.rows, start=stream.first_row - 1):
        if tick is not None and row % TICK_ROWS == 0:
            tick(min(row / total, 1.0))
        for column in labels:
            value = cells[column]
            if value.__class__ is str:
                found = texts[column].get(value)
                if found is None:
                    found = texts[column][value] = _text_cell(value, quoted)
                    longest[column] = max(longest[column], shown_length(value))
                if found[0] is not None:
                    write_string(row, column, found[0], found[1])
            elif value is not None:
                _label_cell(sheet, row, column, value, quoted, low, high)
        fmt = cells[end]
        for column in range(first_figure, end):
            value = cells[column]
            if value is None or not isfinite(value):
                continue
            if low[column] is None or value < low[column]:   # the widths see the smallest and largest number
                low[column] = value
            if high[column] is None or value > high[column]:
                high[column] = value
            # a figure between -1 and 1 may need decimals of its own (figure_format); any other shows a digit
            shown = figure_format(value, fmt) if -1 < value < 1 and value != 0 else fmt
            style = number_formats.get(shown)
            if style is None:
                style = number_formats[shown] = formats(Style(num_format=shown))
            write_number(row, column, value, style)
    _size_stream(sheet, plan, texts, longest, low, high)
    return row + 1


def _label_cell(sheet: Any, row: int, column: int, value: Any, quoted: Any, low: list[Any], high: list[Any]) -> None:
    """A label column's number (written as it is) or other value (written as safe text)."""
    if value.__class__ is bool or not isinstance(value, (int, float)):
        text, quote = safe_text(value)
        if text:
            sheet.write_string(row, column, text, quoted if quote else None)
        return
    if value == value:
        low[column] = value if low[column] is None else min(low[column], value)
        high[column] = value if high[column] is None else max(high[column], value)
    sheet.write_number(row, column, value)


def _text_cell(value: str, quoted: Any) -> tuple[str | None, Any]:
    """What a text cell stores (None: no cell) and its format (the quote prefix for formula-like text)."""
    text, quote = safe_text(value)
    return (text or None), (quoted if quote else None)


def _size_stream(sheet: Any, plan: SheetPlan, texts: list[dict[Any, Any]], longest: list[int], low: list[Any],
                 high: list[Any]) -> None:
    """Each streamed column as wide as its widest text or number (or its header), capped."""
    for index, length in enumerate(longest):
        lengths = [length] if texts[index] else []
        lengths += [shown_length(v) for v in (low[index], high[index]) if v is not None]
        if not lengths:
            continue
        column = index + 1
        plan.widths[column] = max(plan.widths.get(column, 0), min(max(max(lengths) + 2, MIN_WIDTH), MAX_WIDTH))
        sheet.set_column(index, index, plan.widths[column])
