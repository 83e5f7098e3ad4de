"""The tables of the import preview: figures to add, that change, in conflict; what is skipped."""

from __future__ import annotations

from typing import Any, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from mpdesk.formats import format_number

NUMBER_ALIGN = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _number(value: float | None, language: str) -> str:
    if value is None:
        return ""
    decimals = 0 if float(value).is_integer() else 2
    return format_number(value, decimals, language)


class _ReadOnlyTable(QTableWidget):
    def __init__(self, headers: Sequence[str]) -> None:
        super().__init__(0, len(headers))
        self.setHorizontalHeaderLabels(list(headers))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)

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
        self.resizeColumnsToContents()
        self._numeric = {c for row in rows[:1] for c, (_text, numeric) in enumerate(row) if numeric}
        self._wanted = [self.columnWidth(c) for c in range(self.columnCount())]
        self.fit_columns()
        self.setUpdatesEnabled(True)

    def fit_columns(self) -> None:
        """Every column in view: figures and years at their full width; the text columns (names,
        sources) share what is left, the narrow ones whole and the long ones cut alike, at least
        5 em each (a cut text is whole in its tooltip)."""
        wanted: list[int] = getattr(self, "_wanted", [])   # set by _fill (a resize may come first)
        if not wanted:
            return
        numeric: set[int] = getattr(self, "_numeric", set())
        room = self.viewport().width() - sum(wanted[c] for c in numeric)
        texts = sorted((c for c in range(len(wanted)) if c not in numeric), key=lambda c: wanted[c])
        least = self.fontMetrics().horizontalAdvance("M") * 5
        widths = {c: wanted[c] for c in numeric}
        for i, column in enumerate(texts):           # narrowest first: each takes at most a fair share
            share = max(least, room // (len(texts) - i))
            widths[column] = min(wanted[column], share)
            room -= widths[column]
        for column in range(len(wanted) - 1):        # the last one stretches over what is left
            self.setColumnWidth(column, widths[column])

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().resizeEvent(event)
        self.fit_columns()

    def texts(self) -> list[list[str]]:
        """What the table shows, cell by cell (tests compare it with the console preview)."""
        def text(row: int, column: int) -> str:
            item = self.item(row, column)
            return item.text() if item is not None else ""

        return [[text(r, c) for c in range(self.columnCount())] for r in range(self.rowCount())]


class FigureTable(_ReadOnlyTable):
    """One tab of figures: 'added', 'changed' or 'conflicts'."""

    def __init__(self, kind: str, language: str) -> None:
        self.kind, self.language = kind, language
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
                   (f.disaggregation(self.language), False)]
            new = [(_number(f.value, self.language), True), (f.source, False)]
            old = [(_number(f.old_value, self.language), True), (_from(f.old_source, f.old_release), False)]
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
