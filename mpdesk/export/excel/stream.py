"""Streaming a long table into a write-only sheet without one openpyxl Cell per figure.

The Data sheet holds one row per figure (hundreds of thousands on a large profile). Building
and serialising an openpyxl Cell for each of its millions of cells is what made large exports
slow, so its rows are written here as the same XML openpyxl writes for such cells: text as an
inline string (formula-like text with the quote-prefix style, so it stays text), numbers as
``<v>`` with the cell's number-format style, empty text as an empty text cell, and no cell for
a missing figure. The few rows above the table (banner, title, header) go through openpyxl
itself. When the XML stream is not the one this module knows (et_xmlfile's), every row goes
through openpyxl's own cell writer instead: slower, same workbook.
"""

from __future__ import annotations

import math
from typing import Any, Callable, Iterable, Sequence

from openpyxl.cell.cell import ERROR_CODES, Cell
from openpyxl.compat.strings import safe_string
from openpyxl.utils import get_column_letter

from mpdesk.export.excel.cells import FORMULA_STARTS, SheetBuffer, clean_text

TEXT, NUMBER = "text", "number"
MAX_TEXT = 32767  # openpyxl cuts longer text to Excel's limit


class ColumnSpec:
    """How a column is written: ``TEXT`` (as ``write_row``: numbers stay numbers, text is made
    safe) or ``NUMBER`` (as ``write_number``: a figure with a number format, none when missing)."""

    __slots__ = ("kind", "get", "format_of")

    def __init__(self, kind: str, get: Callable[[Any], Any], format_of: Callable[[Any], str] | None = None):
        self.kind, self.get, self.format_of = kind, get, format_of


def text_length(value: Any) -> int | None:
    """The shown length ``size_columns`` gives a cell written by ``write_row`` (None: no cell)."""
    if value is None:
        return 0  # write_text stores '' for None, which still counts
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return _number_length(value)
    text = clean_text(value)[:MAX_TEXT]
    return max((len(line) for line in text.splitlines()), default=0)


def _number_length(value: float) -> int:
    if isinstance(value, float):
        return len(f"{value:,.1f}")
    return len(f"{value:,}")


def column_widths(buffer: SheetBuffer, first_row: int, items: Sequence[Any], columns: Sequence[ColumnSpec],
                  maximum: int, minimum: int) -> dict[int, float]:
    """What ``size_columns(sheet, skip_rows=first_row - 1)`` would set once the rows are written."""
    widths: dict[int, int] = {}
    for cells in buffer.iter_rows(min_row=first_row):
        for cell in cells:
            if cell.value is not None:
                widths[cell.column] = max(widths.get(cell.column, 0), _cell_length(cell.value))
    for index, spec in enumerate(columns, start=1):
        distinct = {spec.get(item) for item in items}
        if spec.kind == NUMBER:
            lengths = [_number_length(v) for v in distinct if _is_figure(v)]
        else:
            lengths = [n for n in map(text_length, distinct) if n is not None]
        if lengths:
            widths[index] = max(widths.get(index, 0), max(lengths))
    return {column: min(max(width + 2, minimum), maximum) for column, width in widths.items()}


def _format_of(spec: ColumnSpec, item: Any) -> str:
    if spec.format_of is None:
        raise ValueError("a NUMBER column needs its format_of")
    return spec.format_of(item)


def _cell_length(value: Any) -> int:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return _number_length(value)
    return max((len(line) for line in str(value).splitlines()), default=0)


def _is_figure(value: Any) -> bool:
    return value is not None and not (isinstance(value, float) and not math.isfinite(value))


def stream_rows(buffer: SheetBuffer, items: Iterable[Any] = (), columns: Sequence[ColumnSpec] = ()) -> None:
    """Write the buffered cells, then one row per item (if any), and end the sheet's rows.

    Column widths, freeze panes and the filter must be set on the sheet before this call."""
    sheet = buffer.sheet
    sheet._get_writer()
    writer = sheet._writer
    xf = writer.xf.send(True)
    first = buffer.max_row + 1
    raw = _raw_writer(xf)
    with xf.element("sheetData"):
        for index, cells in enumerate(buffer.rows_to_write(), start=1):
            present = [c for c in cells if c is not None and (c._value is not None or c.has_style)]
            if not present:
                continue  # as a normal sheet: no element for an empty row
            if raw is None:
                writer.write_row(xf, present, index)
            else:
                _write_buffered_row(raw, xf, sheet, present, index)
        if raw is None:
            _write_cells(writer, xf, sheet, items, columns, first)
        else:
            _write_xml(raw, sheet, items, columns, first)
    writer.xf.send(None)
    sheet._rows = _finished()  # the sheet's own row stream is not needed: close() just ends it
    buffer._cells.clear()


def _write_buffered_row(write: Callable[[str], Any], xf: Any, sheet: Any, cells: list[Any], row: int) -> None:
    """One row of ordinary cells as openpyxl writes them; unusual cells (formulas, dates, rich
    text, comments, hyperlinks) go through openpyxl's own ``write_cell``."""
    from openpyxl.cell._writer import write_cell

    write(f'<row r="{row}">')
    for cell in cells:
        xml = _simple_cell_xml(cell)
        if xml is None:
            if cell._comment is not None:
                from openpyxl.comments.comment_sheet import CommentRecord

                sheet._comments.append(CommentRecord.from_cell(cell))
            write_cell(xf, sheet, cell, cell.has_style)
        else:
            write(xml)
    write("</row>")


def _simple_cell_xml(cell: Any) -> str | None:
    """``etree_write_cell``'s XML for a plain text, number, boolean or error cell; None otherwise."""
    if cell.hyperlink is not None or cell._comment is not None:
        return None
    kind, value = cell.data_type, cell._value
    if kind == "s":
        if not isinstance(value, str):
            return None
    elif kind not in ("n", "b", "e"):
        return None
    style = f' s="{cell.style_id}"' if cell.has_style else ""
    start = f'<c r="{cell.coordinate}"{style} t="{"inlineStr" if kind == "s" else kind}"'
    if value is None or value == "":
        return start + "/>"
    if kind == "s":
        stripped = value.strip()
        space = ' xml:space="preserve"' if stripped and stripped != value else ""
        return f"{start}><is><t{space}>{_escape(value)}</t></is></c>"
    shown = safe_string(value)
    return f"{start}><v>{_escape(shown)}</v></c>" if shown != "" else f"{start}><v></v></c>"


def _finished() -> Any:
    def nothing() -> Any:
        yield
    return nothing()


def _raw_writer(xf: Any) -> Callable[[str], Any] | None:
    """et_xmlfile's underlying write function (takes already escaped XML text), if that is the stream."""
    if not type(xf).__module__.startswith("et_xmlfile"):
        return None
    write = getattr(xf, "_file", None)
    return write if callable(write) else None


def _style_id(sheet: Any, number_format: str | None = None, quote: bool = False) -> int:
    """The style index openpyxl gives a plain cell with this number format / quote prefix."""
    cell = Cell(sheet, row=1, column=1)
    if number_format is not None:
        cell.number_format = number_format
    if quote:
        cell.quotePrefix = True
    return cell.style_id


def _escape(text: str) -> str:
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    return text


def _write_xml(write: Callable[[str], Any], sheet: Any, items: Iterable[Any], columns: Sequence[ColumnSpec],
               first: int) -> None:
    letters = [get_column_letter(i) for i in range(1, len(columns) + 1)]
    quote_style = _style_id(sheet, quote=True)
    format_styles: dict[str, str] = {}
    fragments: dict[Any, str] = {}  # a value's cell XML after its reference, per (type, value)

    def text_fragment(value: Any) -> str:
        key = (type(value), value)
        found = fragments.get(key)
        if found is None:
            found = fragments[key] = _text_fragment(value, quote_style)
        return found

    def format_style(fmt: str) -> str:
        found = format_styles.get(fmt)
        if found is None:
            found = format_styles[fmt] = str(_style_id(sheet, number_format=fmt))
        return found

    plan = list(zip(letters, columns))
    chunk: list[str] = []
    for row, item in enumerate(items, start=first):
        number = str(row)
        chunk.append(f'<row r="{number}">')
        for letter, spec in plan:
            value = spec.get(item)
            if spec.kind == NUMBER:
                if not _is_figure(value):
                    continue
                style = format_style(_format_of(spec, item))
                chunk.append(f'<c r="{letter}{number}" s="{style}" t="n"><v>{safe_string(value)}</v></c>')
            else:
                chunk.append(f'<c r="{letter}{number}"{text_fragment(value)}')
        chunk.append("</row>")
        if len(chunk) > 4000:
            write("".join(chunk))
            chunk.clear()
    write("".join(chunk))


def _text_fragment(value: Any, quote_style: int) -> str:
    """The XML ``write_row`` produces for ``value``, from just after the cell reference."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        shown = safe_string(value)
        return ' t="n"><v></v></c>' if shown == "" else f' t="n"><v>{shown}</v></c>'
    text = clean_text(value)[:MAX_TEXT]
    style = f' s="{quote_style}"' if text.startswith(FORMULA_STARTS) else ""
    if text in ERROR_CODES:  # openpyxl stores '#N/A' and the like as error cells
        return f'{style} t="e"><v>{_escape(text)}</v></c>'
    if text == "":
        return f'{style} t="inlineStr"/>'
    stripped = text.strip()
    space = ' xml:space="preserve"' if stripped and stripped != text else ""
    return f'{style} t="inlineStr"><is><t{space}>{_escape(text)}</t></is></c>'


def _write_cells(writer: Any, xf: Any, sheet: Any, items: Iterable[Any], columns: Sequence[ColumnSpec],
                 first: int) -> None:
    """The same rows through openpyxl's cell writer (any XML stream)."""
    from mpdesk.export.excel.cells import write_number, write_text

    for row, item in enumerate(items, start=first):
        holder = SheetBuffer(sheet)
        for column, spec in enumerate(columns, start=1):
            value = spec.get(item)
            if spec.kind == NUMBER:
                write_number(holder, row, column, value, _format_of(spec, item))
            elif isinstance(value, (int, float)) and not isinstance(value, bool):
                holder.cell(row, column).value = value
            else:
                write_text(holder, row, column, value)
        cells = [c for c in holder._cells.values() if c.value is not None or c.has_style]
        writer.write_row(xf, cells, row)
