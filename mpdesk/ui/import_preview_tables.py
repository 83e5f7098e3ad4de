"""The tables of the import preview: figures to add, that change, in conflict; what is skipped."""

from __future__ import annotations

from typing import Any, Callable, Sequence

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QHeaderView, QStyle, QStyleOptionHeader, QTableWidget, QTableWidgetItem,
)

from mpdesk.formats import format_figure, format_value

NUMBER_ALIGN = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
TEXT_MOST_EMS = 26    # a name or source longer than this is cut (whole in its tooltip)
TEXT_LEAST_EMS = 11   # longer texts give up width down to this before the table scrolls sideways
TEXT_SHORT_EMS = 16   # a text up to this wide is never cut


def _number(value: float | None, indicator: str, language: str, other: float | None = None) -> str:
    """A figure as the grid and the report show it: its indicator's decimals (formats.format_value),
    so remittances read 3.3, 3.0, 51.0, 202.9, not 3.30, 3, 51, 202.92. ``other``: the figure it is
    set against (a conflict), when the two would read alike at those decimals: more of them, so a
    real difference is seen (221.07 against 221.10, not 221.1 against 221.1)."""
    from mpdesk.formats import indicator_decimals, telling_decimals
    from mpdesk.guide import default_catalogue   # read once per process; imports name catalogue indicators

    if value is None:
        return ""
    catalogue = default_catalogue()
    known = catalogue.has_indicator(indicator)
    if other is not None and known and catalogue.indicator(indicator).unit not in ("yes_no", "year"):
        return format_figure(value, telling_decimals(value, other, indicator_decimals(catalogue.indicator(indicator))),
                             language)
    if known:
        return format_value(value, catalogue.indicator(indicator), language)
    return format_figure(value, 0 if float(value).is_integer() else 2, language)


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


class _ReadOnlyTable(QTableWidget):
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
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)   # fit_columns gives the last column what is over

    def _fill(self, rows: list[list[tuple[str, bool]]]) -> None:
        self.setUpdatesEnabled(False)
        self.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, (text, numeric) in enumerate(row):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if numeric:
                    item.setTextAlignment(NUMBER_ALIGN)
                self.setItem(r, c, item)
        self._numeric = {c for row in rows[:1] for c, (_text, numeric) in enumerate(row) if numeric}
        self._wanted = [self.sizeHintForColumn(c) for c in range(self.columnCount())]
        self.fit_columns()
        self.setUpdatesEnabled(True)

    def header_width(self, text: str) -> int:
        return header_text_width(self.horizontalHeader(), text)

    def _widest_word(self, column: int) -> int:
        """The header's widest word: narrower, the header would be cut ("ndicateu")."""
        return max((self.header_width(w) for w in self.labels[column].split()), default=0)

    def fit_columns(self) -> None:
        """Figures and years at their full width, never elided; each text column as wide as its
        longest text up to TEXT_MOST_EMS (a longer one is cut, whole in its tooltip). When that is
        wider than the table, the widest text columns give up width first, down to TEXT_LEAST_EMS
        (short texts stay whole, TEXT_SHORT_EMS), then a sideways scroll bar shows rather than squashed columns. No column
        is narrower than its header's widest word; headers break into lines to fit their column."""
        content: list[int] = getattr(self, "_wanted", [])   # set by _fill (a resize may come first)
        if not content:
            return
        numeric: set[int] = getattr(self, "_numeric", set())
        em = self.fontMetrics().horizontalAdvance("M")
        words = [self._widest_word(c) for c in range(len(content))]
        texts = [content[c] if c in numeric else min(content[c], TEXT_MOST_EMS * em) for c in range(len(content))]
        # a short text (up to TEXT_SHORT_EMS: a name, "the file's figure") is never cut
        least = [max(words[c], texts[c]) if c in numeric or texts[c] <= TEXT_SHORT_EMS * em
                 else max(words[c], TEXT_LEAST_EMS * em) for c in range(len(content))]
        # where there is room, a header on one line ("In this file", not three lines of one word)
        heads = [min(self.header_width(label), TEXT_SHORT_EMS * em) for label in self.labels]
        full = [max(least[c], texts[c], heads[c]) for c in range(len(content))]
        room = self.viewport().width() - 2   # 2: no scroll bar for a pixel
        widths = _share(full, least, room)
        last = max((c for c in range(len(full)) if c not in numeric), default=len(full) - 1)
        widths[last] += max(0, room - sum(widths))   # the last text column takes what is left over
        for column, width in enumerate(widths):
            self.setColumnWidth(column, width)
        self._break_headers(widths)

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


def _share(full: list[int], least: list[int], room: int) -> list[int]:
    """Widths from ``full`` that fit ``room`` if they can: the widest columns give up width first,
    down to a common cap (so short texts stay whole), none below its ``least``."""
    if sum(full) <= room:
        return list(full)
    floor = sum(least)
    if floor >= room:
        return list(least)
    low, high = 0, max(full)   # the largest cap at which the widths still fit
    while low < high:
        cap = (low + high + 1) // 2
        if sum(max(m, min(f, cap)) for f, m in zip(full, least)) <= room:
            low = cap
        else:
            high = cap - 1
    return [max(m, min(f, low)) for f, m in zip(full, least)]


def wrap_words(text: str, width: int, advance: Callable[[str], int]) -> list[str]:
    """``text`` in lines no wider than ``width`` where words allow (a word is never split)."""
    lines: list[str] = []
    for word in text.split():
        if lines and advance(lines[-1] + " " + word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines or [""]


class FigureTable(_ReadOnlyTable):
    """One tab of figures: 'added', 'changed' or 'conflicts'."""

    def __init__(self, kind: str, language: str, screen_language: str = "") -> None:
        # figures in the profile's formats; breakdowns named in the interface language
        self.kind, self.language, self.names_language = kind, language, screen_language or language
        super().__init__(self._headers())
        self.setObjectName(f"import_{kind}")

    def _headers(self) -> list[str]:
        where = [self.tr("Indicator"), self.tr("Year"), self.tr("Disaggregation")]
        if self.kind == "added":
            return where + [self.tr("Value"), self.tr("Source")]
        if self.kind == "changed":
            return where + [self.tr("Now"), self.tr("Now from"), self.tr("New"), self.tr("New from")]
        return where + [self.tr("The series uses"), self.tr("In the profile"), self.tr("From"),
                        self.tr("In this file"), self.tr("From")]

    def show_figures(self, figures: Sequence[Any], names: dict[str, str]) -> None:
        rows = []
        for f in figures:
            row = [(names.get(f.indicator, f.indicator), False), (str(f.year), True),
                   (f.disaggregation(self.names_language), False)]
            new = [(_number(f.value, f.indicator, self.language), True), (f.source, False)]
            old = [(_number(f.old_value, f.indicator, self.language), True),
                   (_from(f.old_source, f.old_release), False)]
            if self.kind == "added":
                row += new
            elif self.kind == "changed":
                row += old + new
            else:
                used = self.tr("the file's figure") if f.used == "new" else self.tr("the profile's figure")
                against = f.value is not None and f.old_value is not None
                old[0] = (_number(f.old_value, f.indicator, self.language, f.value if against else None), True)
                new[0] = (_number(f.value, f.indicator, self.language, f.old_value if against else None), True)
                row += [(used, False)] + old + new
            rows.append(row)
        self._fill(rows)


def _from(source: str, release: str) -> str:
    if not source:
        return release   # a figure the team typed without naming a source
    return f"{source} ({release})" if release and release != source else source


class SkippedTable(_ReadOnlyTable):
    def __init__(self) -> None:
        super().__init__([self.tr("What is not imported, and why"), self.tr("Entries")])
        self.setObjectName("import_skipped")
        self.setWordWrap(True)
        header = self.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

    def show_entries(self, entries: Sequence[Any]) -> None:
        rows = [[(e.text, False), (str(e.count) if e.count else "", True)] for e in entries]
        self.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, (text, numeric) in enumerate(row):
                item = QTableWidgetItem(text)
                if numeric:
                    item.setTextAlignment(NUMBER_ALIGN)
                self.setItem(r, c, item)
