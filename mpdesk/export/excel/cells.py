"""The workbook as plain data (``BookPlan`` of ``SheetPlan``), safe cell writing and its few styles.

The sheet functions place cells anywhere on a ``SheetPlan`` (``cell``), read them back for
widths, and set the sheet's print set-up; ``writer.write_book`` then hands the plan to
XlsxWriter row by row (its constant-memory mode needs rows in order). No Excel library is
imported here.

Text is always stored as text: a name such as ``=HYPERLINK(...)``, ``+254 700`` or ``@home``
is a string cell with Excel's quote prefix, so no spreadsheet runs it as a formula (not on
opening, and not when someone edits the cell later). Characters that XML cannot hold (control
characters pasted from other programs) are dropped instead of failing the export. Figures are
numeric cells with a number format, never text.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field, fields, replace
from functools import lru_cache
from typing import Any, Callable, Iterable, Iterator, Sequence

from mpdesk.formats import indicator_decimals, shown_decimals

FORMULA_STARTS = ("=", "+", "-", "@")
MAX_WIDTH = 60
MIN_WIDTH = 8
LINE_HEIGHT = 13.0   # points per line of 10 pt text
# Arial's advance widths (thousandths of an em) for measuring a wrapped text's lines; a column's
# width unit is one digit (556), a little less of it usable inside the cell's padding.
_ARIAL = dict(zip("abcdefghijklmnopqrstuvwxyz", (556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833,
                                                 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500)))
_ARIAL |= dict(zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ", (667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833,
                                                  722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611)))
_ARIAL |= {" ": 278, ",": 278, ".": 278, ":": 278, ";": 278, "'": 191, "’": 222, "(": 333, ")": 333, "-": 333,
           "/": 278, "%": 889, "&": 667, "[": 278, "]": 278, "—": 1000, "–": 556}
DIGIT = 556
USABLE = 0.95   # of a column's width, inside its padding
WIDEST_LETTER = 1000
MAX_TEXT = 32767   # Excel's limit for one cell
HEADER_FILL = "#DCE6F1"
DRAFT_COLOUR = "#C00000"
LINK_COLOUR = "#0563C1"
HOUSE_FONT = "Arial"   # Liberation Sans where Arial is missing (the same widths), as in the PDF
HOUSE_SIZE = 10
_ILLEGAL = re.compile(r"[\000-\010\013\014\016-\037]")   # what XML 1.0 cannot hold


@dataclass(frozen=True)
class Style:
    """How a cell looks; the writer makes one XlsxWriter format per distinct Style."""

    bold: bool = False
    size: int = HOUSE_SIZE
    colour: str | None = None
    underline: bool = False
    fill: str | None = None
    num_format: str | None = None
    indent: int = 0
    quote: bool = False     # Excel's quote prefix: the text stays text when edited
    top: bool = False       # vertical alignment at the top
    wrap: bool = False      # long text wraps within the column (and the row grows) instead of being cut

    def __post_init__(self) -> None:
        # A style is looked up for every cell planned and written: its hash is computed once.
        object.__setattr__(self, "_hash", hash(tuple(getattr(self, f.name) for f in fields(self))))

    def __hash__(self) -> int:
        return self._hash  # type: ignore[attr-defined]


PLAIN = Style()


class Cell:
    """One planned cell: a value (text, number or None), its Style, an optional link and note."""

    __slots__ = ("value", "style", "link", "note")

    def __init__(self) -> None:
        self.value: Any = None
        self.style = PLAIN
        self.link: str | None = None
        self.note: str | None = None   # an Excel note (comment) shown when the pointer is on the cell

    @property
    def number_format(self) -> str | None:
        return self.style.num_format

    def restyle(self, **changes: Any) -> "Cell":
        self.style = restyled(self.style, **changes)
        return self


_RESTYLED: dict[tuple[Style, tuple[tuple[str, Any], ...]], Style] = {}


def restyled(style: Style, **changes: Any) -> Style:
    """``style`` with ``changes``; a wide table asks for the same few styles thousands of times."""
    key = (style, tuple(sorted(changes.items())))
    found = _RESTYLED.get(key)
    if found is None:
        found = _RESTYLED[key] = replace(style, **changes)
    return found


@dataclass
class ChartPlan:
    """A native chart over a data block of its sheet (rows and columns 1-based, inclusive)."""

    description: Any          # charts.model.ChartDescription
    header: int
    last: int
    left: int
    anchor: str               # the cell the chart's top-left corner sits on, as 'H3'
    title: str = ""           # as printed: the chart's title with its unit and period (charts.titles)


@dataclass
class Streamed:
    """A long table written straight from its rows, read once as they are written: each row is
    its ``columns`` cells (text, a number or None), then the number format of its figures, the
    cells from ``figure_column`` (0-based) on. ``expected`` (about how many rows) only paces the progress."""

    first_row: int
    rows: Iterable[tuple[Any, ...]]
    columns: int
    figure_column: int
    expected: int = 0


class Run:
    """A row's figures in consecutive columns from ``column``, one Style (a wide table's years):
    ``values[i]`` is the figure of column ``column + i``, None for no cell. A module sheet of the
    enlarged profile holds 250,000 figures; as runs they are neither a Cell nor a dict entry each."""

    __slots__ = ("column", "values", "style")

    def __init__(self, column: int, values: list[Any], style: Style) -> None:
        self.column, self.values, self.style = column, values, style

    def last_column(self) -> int:
        """The column of the run's last figure (0 when it has none)."""
        for index in range(len(self.values) - 1, -1, -1):
            if self.values[index] is not None:
                return self.column + index
        return 0


@dataclass
class SheetPlan:
    """A sheet's cells (and runs of figures), column widths, panes, filter, print set-up and charts."""

    title: str
    cells: dict[tuple[int, int], Cell] = field(default_factory=dict)
    runs: dict[int, Run] = field(default_factory=dict)   # row -> its figures written by ``write_numbers``
    widths: dict[int, float] = field(default_factory=dict)
    hidden: set[int] = field(default_factory=set)   # columns kept for machines, not shown or printed (print_setup)
    heights: dict[int, float] = field(default_factory=dict)   # row -> points, for rows of wrapped text
    freeze: tuple[int, int] | None = None        # (first scrolling row, first scrolling column), 1-based
    filter: tuple[int, int, int, int] | None = None   # (first row, first col, last row, last col)
    landscape: bool = True
    fit_height: int = 0                          # 0: as many pages down as needed
    scale: int | None = None                     # print at this % (pages across as needed) instead of fitting to the width
    label_columns: int = 0                       # leading columns printed on every page across (when scaled)
    repeat_row: int | None = None                # the header row printed on every page
    header: str = ""                             # printed header (centre) and footer (left)
    footer: str = ""
    tab_colour: str | None = None                # a draft's module sheets: red tabs, on screen, without a cell of their own
    charts: list[ChartPlan] = field(default_factory=list)
    stream: Streamed | None = None
    pending: bool = False   # planned after the sheets that follow it (Contents lists them): written last

    def cell(self, row: int, column: int) -> Cell:
        found = self.cells.get((row, column))
        if found is None:
            run = self.runs.get(row)
            if run is not None and 0 <= column - run.column < len(run.values):
                self._spill(row)   # a cell placed over a run's figure: the run becomes cells
                return self.cell(row, column)
            found = self.cells[(row, column)] = Cell()
        return found

    def _spill(self, row: int) -> None:
        """The run of ``row`` as planned cells, one per figure."""
        run = self.runs.pop(row)
        for column, value in enumerate(run.values, start=run.column):
            if value is not None:
                cell = self.cells[(row, column)] = Cell()
                cell.value, cell.style = value, run.style

    def value(self, row: int, column: int) -> Any:
        found = self.cells.get((row, column))
        if found is None:
            run = self.runs.get(row)
            if run is not None and 0 <= column - run.column < len(run.values):
                return run.values[column - run.column]
        return None if found is None else found.value

    @property
    def max_row(self) -> int:
        return max(max((r for r, _ in self.cells), default=1),
                   max((r for r, run in self.runs.items() if run.last_column()), default=1))

    @property
    def max_column(self) -> int:
        return max(max((c for _, c in self.cells), default=1), max((run.last_column() for run in self.runs.values()),
                                                                   default=1))

    def rows(self) -> Iterator[tuple[int, list[tuple[int, Cell]], Run | None]]:
        """The planned rows in order, each with its cells in column order and its run of figures
        (None when it has none): what constant memory needs."""
        by_row: dict[int, list[tuple[int, Cell]]] = {row: [] for row in self.runs}
        for (row, column), cell in self.cells.items():
            by_row.setdefault(row, []).append((column, cell))
        runs = self.runs
        for row in sorted(by_row):
            yield row, sorted(by_row[row], key=lambda item: item[0]), runs.get(row)


@dataclass
class BookPlan:
    """The workbook: properties, every sheet's name in order, and the sheets planned (a workbook
    written as it is planned hands each sheet to the writer and drops it, see ``excel._plan``)."""

    sheets: list[SheetPlan] = field(default_factory=list)
    properties: dict[str, str] = field(default_factory=dict)
    custom: dict[str, str] = field(default_factory=dict)   # custom file properties (the profile's language)
    names: list[str] = field(default_factory=list)

    @property
    def sheetnames(self) -> list[str]:
        return list(self.names)

    def create_sheet(self, title: str) -> SheetPlan:
        sheet = SheetPlan(title)
        self.sheets.append(sheet)
        self.names.append(title)
        return sheet

    def sheet(self, title: str) -> SheetPlan:
        return next(s for s in self.sheets if s.title == title)


def clean_text(text: Any) -> str:
    """``text`` as a string without the characters XML forbids."""
    return _ILLEGAL.sub("", "" if text is None else str(text))


def safe_text(text: Any) -> tuple[str, bool]:
    """The text a cell stores (cleaned, cut to Excel's limit) and whether it needs the quote prefix."""
    if text.__class__ is str:
        return _safe_string(text)
    value = clean_text(text)[:MAX_TEXT]
    return value, value.startswith(FORMULA_STARTS)


@lru_cache(maxsize=65536)
def _safe_string(text: str) -> tuple[str, bool]:
    """``safe_text`` of a string, made once: a module sheet repeats its names, units and sources row after row."""
    value = clean_text(text)[:MAX_TEXT]
    return value, value.startswith(FORMULA_STARTS)


_TEXT_STYLES: dict[tuple[Style, bool, bool], Style] = {}


def write_text(sheet: SheetPlan, row: int, column: int, text: Any, bold: bool = False) -> Cell:
    """Write ``text`` as a literal string; formula-like text gets the quote prefix."""
    cell = sheet.cell(row, column)
    cell.value, quote = safe_text(text)
    key = (cell.style, quote, bold)
    style = _TEXT_STYLES.get(key)
    if style is None:   # the few (style, quote, bold) a workbook has, each made once
        style = _TEXT_STYLES[key] = restyled(cell.style, quote=quote, bold=bold or cell.style.bold)
    cell.style = style
    return cell


def number_format(decimals: int) -> str:
    """Excel's format code for a figure with ``decimals`` decimals and a thousands separator."""
    return "#,##0" if decimals <= 0 else "#,##0." + "0" * decimals


def figure_format(value: float, fmt: str) -> str:
    """``fmt``, or for a non-zero figure it would show as 0 (0.0119 at '#,##0.0') one with the decimals
    the figure needs (formats.shown_decimals): no reader takes it for zero."""
    if value is None or value == 0 or value >= 1 or value <= -1:   # shows a digit at any places: most figures
        return fmt
    if fmt == "0" or not fmt.startswith("#,##0") or not is_figure(value):
        return fmt
    places = len(fmt.rpartition(".")[2]) if "." in fmt else 0
    needed = shown_decimals(value, places, limit=15)
    return fmt if needed == places else number_format(needed)


def indicator_format(indicator: Any) -> str:
    """The number format of an indicator's figures (years and yes/no without separators)."""
    if indicator is None:
        return "#,##0.##"
    if indicator.unit in ("year", "yes_no"):
        return "0"
    return number_format(indicator_decimals(indicator))


def is_figure(value: Any) -> bool:
    """A number a cell can hold (not missing, not NaN or infinite)."""
    return value is not None and not (isinstance(value, float) and not math.isfinite(value))


def write_number(sheet: SheetPlan, row: int, column: int, value: float | None, fmt: str) -> Cell | None:
    """A numeric cell; no cell when there is no figure."""
    if not is_figure(value):
        return None
    cell = sheet.cell(row, column)
    cell.value = value
    cell.restyle(num_format=fmt)
    return cell


def write_numbers(sheet: SheetPlan, row: int, column: int, values: Iterable[float | None], fmt: str) -> None:
    """``write_number`` along a row from ``column``, one number format (a wide table's years): a
    ``Run`` of the row where none of its cells is planned yet (the usual case), else cell by cell."""
    plain = restyled(PLAIN, num_format=fmt)
    cells = sheet.cells
    figures = [None if v is None or (isinstance(v, float) and not math.isfinite(v)) else v for v in values]
    if row not in sheet.runs and not any((row, at) in cells for at in range(column, column + len(figures))):
        sheet.runs[row] = Run(column, figures, plain)
        return
    for at, value in enumerate(figures, start=column):
        if value is None or (isinstance(value, float) and not math.isfinite(value)):   # not is_figure
            continue
        cell = cells.get((row, at))
        if cell is None:
            cell = cells[(row, at)] = Cell()
        cell.value = value
        cell.style = plain if cell.style is PLAIN else restyled(cell.style, num_format=fmt)


def write_row(sheet: SheetPlan, row: int, values: Sequence[Any], start: int = 1, bold: bool = False) -> None:
    """Text or plain numbers along a row (numbers stay numbers, text is made safe)."""
    for offset, value in enumerate(values):
        column = start + offset
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            cell = sheet.cell(row, column)
            cell.value = value
            cell.restyle(bold=bold)
        else:
            write_text(sheet, row, column, value, bold=bold)


def write_header(sheet: SheetPlan, row: int, labels: Sequence[Any], start: int = 1) -> None:
    """A bold header row on a light fill (years stay numbers, so formulas and sorting work)."""
    write_row(sheet, row, labels, start, bold=True)
    for offset in range(len(labels)):
        sheet.cell(row, start + offset).restyle(fill=HEADER_FILL, top=True)


def write_title(sheet: SheetPlan, row: int, text: str, size: int = 14) -> None:
    write_text(sheet, row, 1, text, bold=True).restyle(size=size)


def write_banner(sheet: SheetPlan, row: int, text: str) -> None:
    """The red 'DRAFT — not for citation' line at the top of a draft's sheets."""
    write_text(sheet, row, 1, text, bold=True).restyle(colour=DRAFT_COLOUR)


def write_table(sheet: SheetPlan, top: int, headers: Sequence[str], rows: Iterable[Sequence[Any]]) -> int:
    """A tidy table: bold header frozen at ``top``, autofilter; returns the last row written."""
    write_header(sheet, top, headers)
    last = top
    for last, values in enumerate(rows, start=top + 1):
        write_row(sheet, last, values)
    freeze_below(sheet, top)
    sheet.filter = (top, 1, max(last, top + 1), len(headers))
    return last


def freeze_below(sheet: SheetPlan, header_row: int, columns: int = 0) -> None:
    """Keep rows up to ``header_row`` (and the first ``columns`` columns) in view when scrolling."""
    sheet.freeze = (header_row + 1, columns + 1)


def shown_length(value: Any) -> int:
    """About how many characters a cell shows (numbers with their thousands separators)."""
    if isinstance(value, float):
        return len(f"{value:,.1f}")
    if isinstance(value, int):
        return len(f"{value:,}")
    if value.__class__ is str:
        return _text_length(value)
    return max((len(line) for line in str(value).splitlines()), default=0)


@lru_cache(maxsize=65536)
def _text_length(text: str) -> int:
    """The longest line of ``text`` (a column's texts repeat: each is measured once)."""
    return max((len(line) for line in text.splitlines()), default=0)


def size_columns(sheet: SheetPlan, skip_rows: int = 0, max_row: int | None = None, maximum: int = MAX_WIDTH) -> None:
    """Fit each column to its longest entry (capped), looking at rows ``skip_rows``+1 to ``max_row``.

    Only each column's longest text and its smallest and largest whole and decimal numbers are
    measured: a number's shown length grows with its size (and its sign)."""
    texts: dict[int, int] = {}
    numbers: dict[tuple[int, type], list[Any]] = {}   # (column, int or float) -> [smallest, largest]
    last = math.inf if max_row is None else max_row
    for (row, column), cell in sheet.cells.items():
        value = cell.value
        if value is None or row <= skip_rows or row > last:
            continue
        kind = value.__class__
        if kind is str:
            length = _text_length(value)
            if length > texts.get(column, -1):
                texts[column] = length
        else:
            _measure(texts, numbers, column, value)
    for row, run in sheet.runs.items():   # a run's figures: the same, without a tuple for each
        if row <= skip_rows or row > last:
            continue
        for column, value in enumerate(run.values, start=run.column):
            if value is not None:
                _measure(texts, numbers, column, value)
    widths = dict(texts)
    for (column, _), bounds in numbers.items():
        widths[column] = max(widths.get(column, 0), *(shown_length(v) for v in bounds))
    for column, width in widths.items():
        sheet.widths[column] = min(max(width + 2, MIN_WIDTH), maximum)


def _measure(texts: dict[int, int], numbers: dict[tuple[int, type], list[Any]], column: int, value: Any) -> None:
    """A value of ``column`` for ``size_columns``: a finite number widens its bounds, else its text is measured."""
    kind = value.__class__
    if (kind is int or kind is float) and value == value and abs(value) != math.inf:
        bounds = numbers.get((column, kind))
        if bounds is None:
            numbers[(column, kind)] = [value, value]
        elif value < bounds[0]:
            bounds[0] = value
        elif value > bounds[1]:
            bounds[1] = value
    else:
        texts[column] = max(texts.get(column, 0), shown_length(value))


def wrap_columns(sheet: SheetPlan, columns: dict[int, float], first_row: int, last_row: int) -> None:
    """Long texts of ``columns`` (column -> its widest) wrap within their column instead of being
    cut by the next one; a row is made as tall as its most lines (no program sizes a row of
    wrapped text on opening), and every cell of the rows sits at the top, beside the first line."""
    for column, widest in columns.items():
        sheet.widths[column] = min(sheet.widths.get(column, widest), widest)
    chars = {column: round(sheet.widths[column], 1) for column in columns}
    tops: dict[Style, Style] = {}   # the same few styles, each moved to the top once
    wrapped: dict[Style, Style] = {}   # and each of those made to wrap once
    heights = sheet.heights
    for (row, column), cell in sheet.cells.items():
        if not first_row <= row <= last_row:
            continue
        top = tops.get(cell.style)
        if top is None:
            top = tops[cell.style] = restyled(cell.style, top=True)
        value = cell.value
        if column in chars and value.__class__ is str and value:
            style = wrapped.get(top)
            if style is None:
                style = wrapped[top] = restyled(top, wrap=True)
            cell.style = style
            width = chars[column]
            # a text too short to fill its column even in its widest letters is one line
            lines = _lines(value, width) if len(value) * WIDEST_LETTER > width * DIGIT * USABLE else 1
            if lines > 1 and heights.get(row, 0) < lines * LINE_HEIGHT:
                heights[row] = lines * LINE_HEIGHT
        else:
            cell.style = top
    for row, run in sheet.runs.items():
        if first_row <= row <= last_row:
            top = tops.get(run.style)
            if top is None:
                top = tops[run.style] = restyled(run.style, top=True)
            run.style = top


@lru_cache(maxsize=4096)
def _lines(text: str, width: float) -> int:
    """How many lines ``text`` wraps to in a column ``width`` digits wide: words placed greedily,
    measured in Arial's widths (capitals are wider than digits, 'i' and 'l' narrower), a line
    also breaking after a hyphen ('2017-' / '2022'), as spreadsheet programs wrap (a module's
    sources repeat row after row: each text measured once)."""
    room = width * DIGIT * USABLE
    lines, used = 1, 0.0
    for word in text.split():
        for index, piece in enumerate(_HYPHENATED.findall(word)):
            size = float(sum(_ARIAL.get(ch, DIGIT) for ch in piece))
            gap = _ARIAL[" "] if index == 0 and used else 0
            if used and used + gap + size > room:
                lines, used, gap = lines + 1, 0.0, 0
            while size > room:   # a piece wider than the column breaks within it
                lines, size = lines + 1, size - room
            used += gap + size
    return lines


_HYPHENATED = re.compile(r"[^-]*-|[^-]+")


def link_to_sheet(cell: Cell, sheet_title: str) -> None:
    """Make ``cell`` jump to another sheet of the workbook."""
    quoted = sheet_title.replace("'", "''")
    cell.link = f"'{quoted}'!A1"
    cell.restyle(colour=LINK_COLOUR, underline=True)
