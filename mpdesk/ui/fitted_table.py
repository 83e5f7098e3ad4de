"""Read-only tables whose columns fit the room they are given (the import preview's tabs, the import log).

Figures and years are always whole; a short text is whole too, on two lines when room is tight; a long
text (a source, a dataset) is cut, whole in its tooltip. Headers break into lines between words and are
never cut. Only when even that does not fit does the table scroll sideways.
"""

from __future__ import annotations

from typing import Callable, Sequence

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QHeaderView, QStyle, QStyleOptionHeader, QTableWidget, QTableWidgetItem,
)

NUMBER_ALIGN = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
TEXT_MOST_EMS = 26    # a name or source longer than this is cut (whole in its tooltip)
TEXT_LEAST_EMS = 11   # longer texts give up width down to this while the rows stay one line high
TEXT_SHORT_EMS = 16   # a text up to this wide is never cut (on two lines when room is tight)
TEXT_FLOOR_EMS = 5    # when room is tight (1024 px, French), long texts give up width down to this


def header_text_width(header: QHeaderView, text: str) -> int:
    """The width a header section needs for ``text`` (its widest line), in the header's own font
    and padding: style.qss sets them bold and padded, which the header's font metrics do not know
    (so "Année" was measured too narrow and showed as "Anné")."""
    option = QStyleOptionHeader()
    header.initStyleOption(option)
    widths = []
    for line in text.split("\n"):
        option.text = line
        size = header.style().sizeFromContents(QStyle.ContentsType.CT_HeaderSection, option, QSize(), header)
        widths.append(size.width() + 2)   # the section's right border
    return max(widths)


def share(full: Sequence[int], least: Sequence[int], room: int) -> list[int]:
    """Widths from ``full`` that fit ``room`` if they can: the widest columns give up width first,
    down to a common cap (so short texts stay whole), none below its ``least``."""
    if sum(full) <= room:
        return list(full)
    if sum(least) >= room:
        return list(least)
    low, high = 0, max(full)   # the largest cap at which the widths still fit
    while low < high:
        cap = (low + high + 1) // 2
        if sum(max(m, min(f, cap)) for f, m in zip(full, least)) <= room:
            low = cap
        else:
            high = cap - 1
    return [max(m, min(f, low)) for f, m in zip(full, least)]


def header_words(text: str) -> list[str]:
    """The words a header may break between; a separator stays with the word before it
    ("Added ·" / "changed ·" / "skipped", never a line of "·" alone)."""
    words: list[str] = []
    for word in text.split():
        if words and not any(ch.isalnum() for ch in word):
            words[-1] += " " + word
        else:
            words.append(word)
    return words


def wrap_words(text: str, width: int, advance: Callable[[str], int]) -> list[str]:
    """``text`` in lines no wider than ``width`` where words allow (a word is never split)."""
    lines: list[str] = []
    for word in header_words(text):
        if lines and advance(lines[-1] + " " + word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines or [""]


def two_line_width(text: str, advance: Callable[[str], int]) -> int:
    """The narrowest width that shows ``text`` whole on two lines broken at a space
    ("la donnée / du profil"); a single word needs its own width."""
    words = text.split()
    if len(words) < 2:
        return advance(text)
    return min(max(advance(" ".join(words[:i])), advance(" ".join(words[i:]))) for i in range(1, len(words)))


class FittedTable(QTableWidget):
    """A read-only table filled with ``fill``; its columns are fitted again whenever it is resized."""

    def __init__(self, headers: Sequence[str]) -> None:
        super().__init__(0, len(headers))
        self.labels = list(headers)   # the headers unbroken; shown broken into lines to fit
        self.setHorizontalHeaderLabels(self.labels)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)   # a wide table scrolls smoothly
        self.verticalHeader().setVisible(False)
        self._row_height = self.verticalHeader().defaultSectionSize()   # one line of text
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)   # fit_columns gives the last text column what is over
        self._numeric: set[int] = set()
        self._wanted: list[int] = []   # each column's width on one line (its widest text and margins)
        self._two_lines: list[int] = []   # each column's width with its texts on two lines

    def fill(self, rows: Sequence[Sequence[tuple[str, bool]]]) -> list[list[QTableWidgetItem]]:
        """Rows of (text, numeric) cells; each text is its tooltip too. Returns the items made."""
        self.setUpdatesEnabled(False)
        self.setRowCount(len(rows))
        made = []
        for r, row in enumerate(rows):
            items = []
            for c, (text, numeric) in enumerate(row):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if numeric:
                    item.setTextAlignment(NUMBER_ALIGN)
                self.setItem(r, c, item)
                items.append(item)
            made.append(items)
        self._numeric = {c for row in rows[:1] for c, (_text, numeric) in enumerate(row) if numeric}
        self._measure(rows)
        self.fit_columns()
        self.setUpdatesEnabled(True)
        return made

    def _measure(self, rows: Sequence[Sequence[tuple[str, bool]]]) -> None:
        advance = self.fontMetrics().horizontalAdvance
        self._wanted = [self.sizeHintForColumn(c) for c in range(self.columnCount())]
        self._two_lines = []
        for c in range(self.columnCount()):
            texts = {row[c][0] for row in rows if c < len(row)}   # a source repeats on every row
            one = max((advance(t) for t in texts), default=0)
            two = max((two_line_width(t, advance) for t in texts), default=0)
            self._two_lines.append(self._wanted[c] - one + two)   # the same margins as on one line

    def header_width(self, text: str) -> int:
        return header_text_width(self.horizontalHeader(), text)

    def _widest_word(self, column: int) -> int:
        """The header's widest word: narrower, the header would be cut ("ndicateu")."""
        return max((self.header_width(w) for w in header_words(self.labels[column])), default=0)

    def fit_columns(self) -> None:
        """Figures and years at their full width, never cut; each text column as wide as its longest
        text up to TEXT_MOST_EMS (longer, it is cut, whole in its tooltip). When that is wider than
        the table, the widest text columns give up width first, down to TEXT_LEAST_EMS (short texts
        stay whole). When even that is too wide, the rows take two lines: long texts give up width
        down to TEXT_FLOOR_EMS, then short ones wrap, whole; only then does a sideways scroll bar show.
        No column is narrower than its header's widest word; headers break into lines to fit."""
        content = self._wanted
        if not content:
            return
        em = self.fontMetrics().horizontalAdvance("M")
        words = [self._widest_word(c) for c in range(len(content))]
        numeric = self._numeric
        texts = [content[c] if c in numeric else min(content[c], TEXT_MOST_EMS * em) for c in range(len(content))]
        short = [c in numeric or texts[c] <= TEXT_SHORT_EMS * em for c in range(len(content))]
        floor = [max(words[c], texts[c] if short[c] else min(texts[c], TEXT_FLOOR_EMS * em))
                 for c in range(len(content))]
        # the narrowest each column may be, in turn: short texts whole and long ones down to 11 em on
        # one line; long ones down to 5 em on two lines; short ones too wrapped on two lines
        steps = [([max(words[c], texts[c] if short[c] else TEXT_LEAST_EMS * em) for c in range(len(content))], False),
                 (floor, True),
                 ([max(words[c], texts[c] if c in numeric else min(floor[c], self._two_lines[c]))
                   for c in range(len(content))], True)]
        # where there is room, a header on one line ("In this file", not three lines of one word)
        heads = [min(self.header_width(label), TEXT_SHORT_EMS * em) for label in self.labels]
        full = [max(steps[0][0][c], texts[c], heads[c]) for c in range(len(content))]
        room = self.viewport().width() - 2   # 2: no scroll bar for a pixel
        if sum(full) > room:   # no room: a figure's header breaks into lines before a text is cut
            full = [steps[0][0][c] if c in numeric else full[c] for c in range(len(full))]
        least, two = next((step for step in steps if sum(step[0]) <= room), steps[-1])
        self._two_line_rows(two)
        widths = share(full, least, room)
        last = max((c for c in range(len(full)) if c not in numeric), default=len(full) - 1)
        widths[last] += max(0, room - sum(widths))   # the last text column takes what is left over
        for column, width in enumerate(widths):
            self.setColumnWidth(column, width)
        self._break_headers(widths)

    def _two_line_rows(self, two: bool) -> None:
        if self.wordWrap() == two:
            return
        self.setWordWrap(two)
        extra = self.fontMetrics().lineSpacing() if two else 0
        self.verticalHeader().setDefaultSectionSize(self._row_height + extra)

    def _break_headers(self, widths: list[int]) -> None:
        """Each header in as many lines as its column's width needs ("Dans ce / fichier")."""
        for column, label in enumerate(self.labels):
            text = "\n".join(wrap_words(label, widths[column], self.header_width))
            item = self.horizontalHeaderItem(column)
            if item is not None and item.text() != text:
                item.setText(text)
                item.setToolTip(label)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().resizeEvent(event)
        self.fit_columns()

    def texts(self) -> list[list[str]]:
        """What the table shows, cell by cell (tests compare it with the console preview)."""
        def text(row: int, column: int) -> str:
            item = self.item(row, column)
            return item.text() if item is not None else ""

        return [[text(r, c) for c in range(self.columnCount())] for r in range(self.rowCount())]
