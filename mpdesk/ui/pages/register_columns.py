"""Column widths of a register: each column as wide as its content wants, fitted into the table.

A register's texts are short (a name, an e-mail) or long (what data an institution holds). Every
column gets at least the width of its header, dates and ticks exactly their content, and the text
and choice columns share the rest in proportion to their content, so the longest text takes the
most room. Rows grow to show wrapped text (up to MAX_LINES lines, then the tooltip has it) instead
of eliding it after a few letters ("State …"). The fit is redone when the table is resized or its
rows change; the row heights once per fit and when the user widens a column (a ResizeToContents
header measured every row again at each layout pass: seven passes while a page was built).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QHeaderView, QTableView

from mpdesk.ui.pages.register_delegate import MAX_LINES
from mpdesk.ui.pages.register_model import RegisterSpec

# A text column never asks for more than this many average characters: beyond it, it wraps.
WIDEST_CHARS = 45


class RegisterColumns(QObject):
    """Keeps the columns of ``view`` fitted to its width: on resize and when the rows change."""

    def __init__(self, view: QTableView, spec: RegisterSpec) -> None:
        super().__init__(view)
        self.view, self.spec = view, spec
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(view.fontMetrics().horizontalAdvance("M") * 3)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)   # the user may still widen one
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)   # heights: _fit_rows
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.fit)
        self._rows_timer = QTimer(self)
        self._rows_timer.setSingleShot(True)
        self._rows_timer.timeout.connect(self._fit_rows)
        header.sectionResized.connect(lambda *_args: self._rows_timer.start(0))
        view.viewport().installEventFilter(self)
        model = view.model()
        for signal in (model.modelReset, model.rowsInserted, model.dataChanged, model.layoutChanged):
            signal.connect(self._later)
        self.fit()

    def _later(self, *_args) -> None:
        self._timer.start(0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.Resize:
            self._later()
        return False

    def _header_width(self, column: int) -> int:
        return self.view.horizontalHeader().sectionSizeHint(column)

    def _content_width(self, column: int) -> int:
        return max(self._header_width(column), self.view.sizeHintForColumn(column))

    def _longest_word(self, column: int) -> int:
        """The widest single word of the column (an e-mail address): narrower, it would be cut."""
        model, metrics = self.view.model(), self.view.fontMetrics()
        words = {w for r in range(model.rowCount()) for w in str(model.index(r, column).data() or "").split()}
        return max((metrics.horizontalAdvance(w) for w in words), default=0) + self._margin()

    def _wrapped_width(self, column: int) -> int:
        """The width at which the column's longest text fits in MAX_LINES wrapped lines (a fifth
        more for the ragged line ends); a choice's label wraps like any text."""
        model, metrics = self.view.model(), self.view.fontMetrics()
        longest = max((metrics.horizontalAdvance(str(model.index(r, column).data() or ""))
                       for r in range(model.rowCount())), default=0)
        return longest * 6 // (5 * MAX_LINES) + self._margin()

    def _margin(self) -> int:
        return self.view.style().pixelMetric(self.view.style().PixelMetric.PM_FocusFrameHMargin) * 2 + 4

    def fit(self) -> None:
        """Dates and ticks take their content; text and choice columns share what is left."""
        shared = [i for i, c in enumerate(self.spec.columns) if c.editor in ("text", "choice")]
        fixed = [i for i in range(len(self.spec.columns)) if i not in shared]
        widths = {i: self._content_width(i) for i in fixed}
        room = self.view.viewport().width() - sum(widths.values())
        widest = self.view.fontMetrics().averageCharWidth() * WIDEST_CHARS
        least = {i: self._least_width(i, widest) for i in shared}
        wrapped = {i: max(least[i], min(self._wrapped_width(i), widest)) for i in shared}
        full = {i: max(wrapped[i], min(self._content_width(i), widest)) for i in shared}
        widths.update(share((least, wrapped, full), room))
        for column, width in widths.items():
            self.view.setColumnWidth(column, width)
        self._fit_rows()

    def _fit_rows(self) -> None:
        """Each row as tall as its wrapped text (at most MAX_LINES lines: RegisterDelegate.sizeHint)."""
        self._rows_timer.stop()
        self.view.resizeRowsToContents()

    def _least_width(self, column: int, widest: int) -> int:
        """Its header, and room for a fair word ("Immigration", not "Immigrat…"); a choice's every
        word (the catalogue's and mpdesk's own words, never an e-mail address: "D.3  Intégration
        dans le / développement" was cut to "développem…" in French at 1024)."""
        word = self._longest_word(column)
        if self.spec.columns[column].editor != "choice":
            word = min(word, widest // 3)
        return max(self._header_width(column), word)


def share(levels: tuple[dict[int, int], ...], room: int) -> dict[int, int]:
    """Widths for the shared columns from growing ``levels`` of wishes (each column's least width,
    its width for a few wrapped lines, its text on one line). The widest level that fits is taken
    and what is left goes to the columns in proportion to what each wants from the next level; when
    even the last fits, the column with the most text takes what is over. When not even the least
    widths fit, they are kept and the table scrolls sideways."""
    if not levels[0]:
        return {}
    if sum(levels[-1].values()) <= room:
        top = levels[-1]
        widest = max(top, key=lambda i: top[i])
        return {i: w + (room - sum(top.values()) if i == widest else 0) for i, w in top.items()}
    below = levels[0]
    for above in levels[1:]:
        if sum(above.values()) > room:
            spare = max(0, room - sum(below.values()))
            more = {i: above[i] - below[i] for i in below}
            total = max(1, sum(more.values()))
            return {i: below[i] + spare * more[i] // total for i in below}
        below = above
    return dict(below)
