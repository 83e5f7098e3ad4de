"""The planned workbook written with XlsxWriter (its documented API only).

XlsxWriter's ``constant_memory`` mode writes each row to a temporary file as soon as the next
row starts, so the Data sheet's hundreds of thousands of rows are never held as cell objects;
those temporary files go to ``scratch`` (a folder beside the target, see ``mpdesk.atomic``),
never to the system's temporary folder. ``strings_to_formulas``/``_numbers``/``_urls`` are off:
text that looks like a formula, a number or a link is written as the text it is.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

from mpdesk.export.excel.cells import HOUSE_FONT, HOUSE_SIZE, BookPlan, SheetPlan, Streamed, Style, safe_text

HEADER_LIMIT = 255   # Excel's limit for a printed header or footer


Tick = Callable[[float], None]
TICK_ROWS = 20_000   # how often a long sheet reports progress (and may be cancelled)


def write_book(plan: BookPlan, path: Path, scratch: Path, tick: Tick | None = None) -> None:
    """Write ``plan`` to ``path`` (XlsxWriter's errors are left to the caller). On a failure or a
    cancel (raised by ``tick``) the workbook is not closed: closing would assemble a file from
    what was written so far; the caller removes ``path`` and ``scratch``."""
    import xlsxwriter

    book = xlsxwriter.Workbook(str(path), {
        "constant_memory": True, "tmpdir": str(scratch), "strings_to_formulas": False,
        "strings_to_numbers": False, "strings_to_urls": False,
        "default_format_properties": {"font_name": HOUSE_FONT, "font_size": HOUSE_SIZE}})
    book.set_properties(plan.properties)
    formats = Formats(book)
    for sheet in plan.sheets:
        _write_sheet(book, sheet, formats, tick)
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


def _write_sheet(book: Any, plan: SheetPlan, formats: Formats, tick: Tick | None) -> None:
    sheet = book.add_worksheet(plan.title)
    _layout(sheet, plan)
    for row, cells in plan.rows():
        if row in plan.heights:   # no program sizes a row of wrapped text on opening: set it here
            sheet.set_row(row - 1, plan.heights[row])
        for column, cell in cells:
            _write_cell(sheet, row - 1, column - 1, cell.value, formats(cell.style), cell.link)
    if plan.stream is not None:
        _write_stream(sheet, plan.stream, formats, tick)
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
    """Column widths, panes, filter and print set-up: A4, fitted to the page width, or for a wide
    sheet at a legible scale with its label columns repeated on every page across."""
    for column, width in plan.widths.items():
        sheet.set_column(column - 1, column - 1, width)
    if plan.freeze:
        sheet.freeze_panes(plan.freeze[0] - 1, plan.freeze[1] - 1)
    if plan.filter:
        first_row, first_col, last_row, last_col = plan.filter
        sheet.autofilter(first_row - 1, first_col - 1, last_row - 1, last_col - 1)
    sheet.set_paper(9)
    sheet.set_landscape() if plan.landscape else sheet.set_portrait()
    if plan.scale:
        sheet.set_print_scale(plan.scale)
        sheet.print_across()   # a block of rows' pages across follow each other: a row's years read on
        if plan.label_columns:
            sheet.repeat_columns(0, plan.label_columns - 1)
    else:
        sheet.fit_to_pages(1, plan.fit_height)
    if not plan.charts:   # the sheet's own columns: a text spilling past them neither adds a page nor shrinks it
        sheet.print_area(0, 0, _last_row(plan) - 1, plan.max_column - 1)
    sheet.set_margins(left=0.5, right=0.5)
    if plan.repeat_row:
        sheet.repeat_rows(plan.repeat_row - 1)
    if plan.header:
        sheet.set_header(_fitted("&C", plan.header))
    if plan.footer:
        sheet.set_footer(_fitted("&L", plan.footer) + "&R" + _page_of())


def _last_row(plan: SheetPlan) -> int:
    streamed = plan.stream.first_row + len(plan.stream.items) - 1 if plan.stream is not None else 0
    return max(plan.max_row, streamed)


def _page_of() -> str:
    from mpdesk.i18n import tr

    return tr("Excel", "Page &P of &N")


def _fitted(code: str, text: str) -> str:
    """``text`` in a header/footer section, '&' doubled (else it starts a code), within Excel's limit."""
    escaped = text.replace("&", "&&")
    return code + escaped[:HEADER_LIMIT // 2].rstrip("&")


def _write_stream(sheet: Any, stream: Streamed, formats: Formats, tick: Tick | None) -> None:
    """One row per item, as fast as the public API allows: each distinct text is cleaned once,
    each number format made once; empty text and missing figures are no cell at all."""
    quoted = formats(Style(quote=True))
    number_formats: dict[str, Any] = {}
    texts: dict[Any, tuple[str, Any]] = {}
    write_string, write_number = sheet.write_string, sheet.write_number
    from math import isfinite

    columns: list[tuple[int, Callable[[Any], Any], Callable[[Any], str] | None]] = [
        (column, get, fmt) for column, (get, fmt) in enumerate(zip(stream.getters, stream.formats))]
    total = max(len(stream.items), 1)
    for row, item in enumerate(stream.items, start=stream.first_row - 1):
        if tick is not None and row % TICK_ROWS == 0:
            tick(row / total)
        for column, get, format_of in columns:
            value = get(item)
            if format_of is not None:   # a figure with its number format
                if value is None or not isfinite(value):
                    continue
                fmt = format_of(item)
                style = number_formats.get(fmt)
                if style is None:
                    style = number_formats[fmt] = formats(Style(num_format=fmt))
                write_number(row, column, value, style)
            elif value.__class__ is str:
                found = texts.get(value)
                if found is None:
                    text, quote = safe_text(value)
                    found = texts[value] = (text, quoted if quote else None)
                if found[0]:
                    write_string(row, column, found[0], found[1])
            elif isinstance(value, (int, float)) and not isinstance(value, bool):
                write_number(row, column, value)
            elif value is not None:
                text, quote = safe_text(value)
                if text:
                    write_string(row, column, text, quoted if quote else None)
