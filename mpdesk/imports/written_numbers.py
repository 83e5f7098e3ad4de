"""How the numbers of a team's own table are written: '1,234.5' (a decimal point) or '1.234,5' and
'1 234,5' (a decimal comma), decided once for the whole value column.

A team's spreadsheet in a layout no reader knows is often saved from a French or Spanish Excel
('1415,0', '194.398'), so a comma is not always a thousands separator. One cell can say which
mark is the decimal one ('1415,0', '12.5', '1.234,5'); a cell such as '194.398' or '1,234' cannot
(a decimal with three places, or thousands). The column is read with the mark its cells say;
when none says, the file's own habits decide (a ';'-separated CSV is a decimal-comma export),
then the profile's language, and the import says how such figures were read. Cells that say
both marks in one column stop the import: guessing would put wrong figures in the report.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable

from mpdesk.i18n import tr
from mpdesk.imports.common import CONTEXT, MISSING_MARKERS
from mpdesk.imports.records import ImportFormatError
from mpdesk.services.validation import ValueRejected, number_marks, parse_number

POINT, COMMA = ".", ","
# parse_number reads a language's marks; these two languages stand for the two ways of writing:
# English '1,234.5', Spanish '1.234,5' (every language reads '1 234' as grouping).
_READ_AS = {POINT: "en", COMMA: "es"}
_SPACES = re.compile(r"[\s\u00a0\u202f]")


class SheetNumber(str):
    """A workbook cell that holds a number (its repr, '1415.0'), not text: read as it is."""


@dataclass(frozen=True)
class ColumnNumbers:
    """The decimal mark of a value column, and the cell that could be read both ways, if any,
    when no cell said which mark it is (the import then says how it read such cells)."""

    mark: str
    undecided: str = ""
    undecided_row: int = 0

    def read(self, cell: str) -> float | None:
        """The cell's number, or None when it is not one (a no-data marker included)."""
        if isinstance(cell, SheetNumber):
            return float(cell)
        text = cell.strip()
        if not text or text.lower() in MISSING_MARKERS:
            return None
        try:
            return parse_number(text, _READ_AS[self.mark], decimals=1)   # the column says the mark: no '2.500' doubt
        except ValueRejected:
            return None

    def warning(self, column: str) -> str:
        """The sentence the preview shows when cells such as '194.398' were read by a default."""
        if not self.undecided:
            return ""
        value = self.read(self.undecided)
        # written without grouping, with the column's decimal mark: '194398' or '194,398' says one reading
        places = _places(self.undecided, self.mark)
        reading = f"{value:.{places}f}".replace(POINT, self.mark) if value is not None else self.undecided
        other = POINT if self.mark == COMMA else COMMA
        return tr(CONTEXT, "Column {column}: no figure shows which mark is the decimal one, so '{cell}' (row "
                           "{row}) was read as {reading}, with '{mark}' as the decimal mark. If '{other}' is the "
                           "decimal mark in this file, write one figure with it (1415{other}0 for 1415) and import "
                           "it again.").format(column=column, cell=self.undecided, row=self.undecided_row,
                                               reading=reading, mark=self.mark, other=other)


def mark_said(cell: str) -> str | None:
    """The decimal mark a cell's text shows ('.' or ','), or None when it shows none or either."""
    if isinstance(cell, SheetNumber):
        return None
    body = _SPACES.sub(" ", cell.strip()).lstrip("+-\u2212").rstrip("%").strip()
    if not re.fullmatch(r"[\d., ]*\d[\d., ]*", body):
        return None
    dots, commas = body.count(POINT), body.count(COMMA)
    if dots and commas:
        return POINT if body.rfind(POINT) > body.rfind(COMMA) else COMMA
    if dots + commas == 0:
        return None
    mark = POINT if dots else COMMA
    if dots + commas > 1:          # '1.234.567': a mark written twice groups thousands
        return COMMA if mark == POINT else POINT
    whole, fraction = body.replace(" ", "").split(mark)
    if " " in body or len(fraction) != 3 or not whole or len(whole) > 3 or whole.startswith("0"):
        return mark                # '1 234,5', '1415,0', '12.5', '0,125', '1234.567': only a decimal mark
    return None                    # '194.398', '1,234': a decimal with three places, or thousands


def column_numbers(cells: Iterable[tuple[int, str]], column: str, delimiter: str, language: str) -> ColumnNumbers:
    """The decimal mark of the value column ``column`` from its (row, cell) pairs; ``delimiter`` is
    the CSV's separator ('' for a workbook); ``language`` the profile's, the last default."""
    first: dict[str, tuple[int, str]] = {}
    undecided: tuple[int, str] | None = None
    for row, cell in cells:
        said = mark_said(cell)
        if said is not None:
            first.setdefault(said, (row, cell))
        elif undecided is None and not isinstance(cell, SheetNumber) and re.search(r"\d[.,]\d", cell):
            undecided = (row, cell)
    if len(first) == 2:
        raise _mixed(column, first[POINT], first[COMMA])
    if first:
        return ColumnNumbers(next(iter(first)))
    # a ';'-separated CSV comes from an Excel whose decimal mark is the comma; a ','-separated one not
    mark = COMMA if delimiter == ";" else POINT if delimiter == "," or not language else _decimal_of(language)
    if undecided is None:
        return ColumnNumbers(mark)
    return ColumnNumbers(mark, undecided=undecided[1], undecided_row=undecided[0])


def _decimal_of(language: str) -> str:
    return COMMA if number_marks(language).decimal == COMMA else POINT


def _places(cell: str, mark: str) -> int:
    tail = cell.strip().rstrip("%").rsplit(mark, 1)
    return len(tail[1]) if len(tail) == 2 and tail[1].isdigit() else 0


def _mixed(column: str, point: tuple[int, str], comma: tuple[int, str]) -> ImportFormatError:
    return ImportFormatError(tr(CONTEXT, "Column {column} writes numbers two ways: '{a}' (row {row_a}) has a "
                                         "decimal point and '{b}' (row {row_b}) a decimal comma. Write them all "
                                         "one way in the file and import it again.")
                             .format(column=column, a=point[1], row_a=point[0], b=comma[1], row_b=comma[0]))


__all__ = ["COMMA", "POINT", "ColumnNumbers", "SheetNumber", "column_numbers", "mark_said"]
