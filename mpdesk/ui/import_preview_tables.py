"""The tables of the import preview: figures to add, that change, in conflict; what is skipped."""

from __future__ import annotations

from typing import Any, Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QTableWidget, QTableWidgetItem

from mpdesk.formats import format_figure, format_value

NUMBER_ALIGN = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _number(value: float | None, indicator: str, language: str) -> str:
    """A figure as the grid and the report show it: its indicator's decimals (formats.format_value),
    so remittances read 3.3, 3.0, 51.0, 202.9, not 3.30, 3, 51, 202.92."""
    from mpdesk.guide import default_catalogue   # read once per process; imports name catalogue indicators

    if value is None:
        return ""
    catalogue = default_catalogue()
    if catalogue.has_indicator(indicator):
        return format_value(value, catalogue.indicator(indicator), language)
    return format_figure(value, 0 if float(value).is_integer() else 2, language)


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

    def _header_padding(self) -> int:
        header = self.horizontalHeader()
        return header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header) * 2 + 8

    def _widest_word(self, column: int) -> int:
        """The header's widest word: narrower, the header would be cut ("ndicateu")."""
        metrics = self.horizontalHeader().fontMetrics()
        words = self.labels[column].split()
        return max((metrics.horizontalAdvance(w) for w in words), default=0) + self._header_padding()

    def fit_columns(self) -> None:
        """Every column in view: figures and years at their full width, never elided; the text
        columns (names, sources) share what is left, the narrow ones whole and the long ones cut
        alike (a cut text is whole in its tooltip), at least 5 em and their header's widest word
        each. Headers break into lines to fit their column."""
        content: list[int] = getattr(self, "_wanted", [])   # set by _fill (a resize may come first)
        if not content:
            return
        numeric: set[int] = getattr(self, "_numeric", set())
        words = [self._widest_word(c) for c in range(len(content))]
        wanted = [max(content[c], words[c]) for c in range(len(content))]
        room = self.viewport().width() - 2 - sum(wanted[c] for c in numeric)   # 2: no scroll bar for a pixel
        texts = sorted((c for c in range(len(wanted)) if c not in numeric), key=lambda c: wanted[c])
        widths = {c: wanted[c] for c in numeric}
        for i, column in enumerate(texts):           # narrowest first: each takes at most a fair share
            least = min(wanted[column], max(words[column], self.fontMetrics().horizontalAdvance("M") * 5))
            widths[column] = max(least, min(wanted[column], room // (len(texts) - i)))
            room -= widths[column]
        last = len(wanted) - 1                       # the last one takes what is left over
        widths[last] += max(0, self.viewport().width() - 2 - sum(widths.values()))
        for column, width in widths.items():
            self.setColumnWidth(column, width)
        self._break_headers(widths)

    def _break_headers(self, widths: dict[int, int]) -> None:
        """Each header in as many lines as its column's width needs ("Dans ce / fichier")."""
        metrics = self.horizontalHeader().fontMetrics()
        for column, label in enumerate(self.labels):
            text = "\n".join(wrap_words(label, widths[column] - self._header_padding(), metrics.horizontalAdvance))
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
