"""Migration at a glance: key figures with sparklines, completeness, and the open data errors."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QPersistentModelIndex, QPointF, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import (
    QAbstractItemView, QFrame, QGridLayout, QHeaderView, QLabel, QListWidget, QListWidgetItem,
    QProgressBar, QScrollArea, QStyledItemDelegate, QTableView, QVBoxLayout, QWidget,
)

from mpdesk.charts.model import PALETTE
from mpdesk.services import ChangeSet
from mpdesk.services.completeness import compute_completeness
from mpdesk.services.glance import KeyFigure, key_figures
from mpdesk.services.quality import run_checks
from mpdesk.ui.context import AppContext
from mpdesk.ui.fitted_table import header_text_width, share
from mpdesk.ui.language_settings import running_language
from mpdesk.ui.pages.grid_labels import line_count, text_margins
from mpdesk.ui.pages.quality_page import navigation_target
from mpdesk.ui.widgets import heading, hint, section_label

TREND_ROLE = Qt.ItemDataRole.UserRole + 1
TREND_COLUMN = 4
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
NAME_MOST_EMS = 20    # a longer indicator name wraps onto more lines (never cut)
NAME_LEAST_EMS = 11   # on a narrow page the names give up width down to this (wrapping) before the table scrolls
ROW_HEIGHT = 28       # a row of one line
SOURCE_MOST_EMS = 24  # a longer source elides at its end (whole in its tooltip)
SOURCE_LEAST_EMS = 8  # on a narrow page the source gives up width down to this ("UN DESA, Int…")
COMPLETENESS_NAME_EMS = 30   # a stage or section name longer than this wraps beside its bar
CELL_MARGINS = 12     # the item's text margins and a little air


class KeyFiguresModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.figures: list[KeyFigure] = []

    def set_figures(self, figures: list[KeyFigure]) -> None:
        self.beginResetModel()
        self.figures = list(figures)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.figures)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Indicator"), self.tr("Latest"), self.tr("Year"), self.tr("Change"),
                    self.tr("Trend"), self.tr("Source"))[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section in (1, 2, 3):
            return RIGHT
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        figure = self.figures[index.row()]
        column = index.column()
        if role == TREND_ROLE:
            return figure.trend
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (1, 2, 3):
            # "no figure yet" runs from the left across the figure columns (see _span_missing)
            return RIGHT if figure.latest_value is not None else LEFT
        if role == Qt.ItemDataRole.ForegroundRole and figure.latest_value is None:
            return QColor("#8A9099")
        if role == Qt.ItemDataRole.ToolTipRole and column == 3 and figure.previous_year:
            return self.tr("Since {year}").format(year=figure.previous_year)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if figure.latest_value is None:
            return self.tr("no figure yet") if column == 1 else (figure.name if column == 0 else "")
        value = f"{figure.formatted} {figure.unit_label}".strip() if figure.unit_label == "%" else figure.formatted
        texts = (figure.name, value, str(figure.latest_year or ""), figure.change_formatted, None, figure.source)
        return texts[column]


class SparklineDelegate(QStyledItemDelegate):
    """A small polyline of the indicator's figures over the years (gaps skipped)."""

    def paint(self, painter: QPainter, option, index) -> None:
        super().paint(painter, option, index)
        values = [v for v in (index.data(TREND_ROLE) or ()) if v is not None]
        if len(values) < 2:
            return
        rect = option.rect.adjusted(8, 6, -8, -6)
        low, high = min(values), max(values)
        span = (high - low) or 1.0
        step = rect.width() / (len(values) - 1)
        points = [QPointF(rect.left() + i * step, rect.bottom() - (v - low) / span * rect.height())
                  for i, v in enumerate(values)]
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(PALETTE[0]), 1.6))
        painter.drawPolyline(QPolygonF(points))
        painter.setBrush(QColor(PALETTE[0]))
        painter.drawEllipse(points[-1], 2.5, 2.5)
        painter.restore()


class EndElideDelegate(QStyledItemDelegate):
    """A source cut at its end ("UN DESA, International Migr…"): its start names the publisher."""

    def initStyleOption(self, option, index) -> None:  # noqa: N802 (Qt name)
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideRight
        option.features &= ~option.ViewItemFeature.WrapText   # one line, however tall a name made the row


class DashboardPage(QScrollArea):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = KeyFiguresModel(self)
        self._timer = QTimer(self, singleShot=True, interval=500, timeout=self.refresh)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(24, 16, 24, 24)
        layout.setSpacing(10)
        layout.addWidget(heading(self.tr("Migration at a glance")))
        layout.addWidget(heading(self.tr("Key figures"), 2))
        layout.addWidget(self._figures_table())
        # the open errors (when any) above the completeness, each across the page: side by side, the
        # stage and section names had half a 1024 px page and broke over lines beside an empty half
        layout.addLayout(self._errors_box())
        layout.addLayout(self._completeness_box())
        layout.addStretch(1)
        self.setWidget(content)
        self.refresh()
        self.ctx.changed.connect(self._on_changed)

    def _figures_table(self) -> QTableView:
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(TREND_COLUMN, SparklineDelegate(self.table))
        self.table.setItemDelegateForColumn(self.model.columnCount() - 1, EndElideDelegate(self.table))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        header = self.table.horizontalHeader()
        # The indicator keeps a readable width and a long name wraps onto a second line (its row as
        # tall: _fit_rows), never cut; on a small screen the table scrolls inside itself instead of
        # squeezing the names to "T…". A source too long is cut at its end (whole in its tooltip).
        self.table.setWordWrap(True)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.viewport().installEventFilter(self)   # fitted to the table's own width, once it has it
        return self.table

    def _completeness_box(self) -> QVBoxLayout:
        box = QVBoxLayout()
        box.addWidget(heading(self.tr("Completeness"), 2))
        self.progress_grid = QGridLayout()
        self.progress_grid.setHorizontalSpacing(12)
        self.progress_grid.setColumnStretch(2, 1)   # the names as wide as they are, the bars beside them
        box.addLayout(self.progress_grid)
        box.addStretch(1)
        return box

    def _errors_box(self) -> QVBoxLayout:
        box = QVBoxLayout()
        self.errors_heading = heading(self.tr("Open data errors"), 2)
        box.addWidget(self.errors_heading)
        self.errors_hint = hint("")
        self.errors = QListWidget()
        self.errors.setWordWrap(True)
        self.errors.setMinimumHeight(160)
        self.errors.itemActivated.connect(self._open_error)
        self.errors.itemClicked.connect(self._open_error)
        box.addWidget(self.errors_hint)
        box.addWidget(self.errors)
        return box

    # -- refresh ------------------------------------------------------------------------------
    def refresh(self) -> None:
        self.model.set_figures(self._screen_named(key_figures(self.ctx.ws)))
        self._span_missing()
        self._fit_columns()
        self._fit_height()
        self._fill_completeness()
        self._fill_errors()

    def _screen_named(self, figures: list[KeyFigure]) -> list[KeyFigure]:
        """The indicators named in the interface's language, as the grid names them (figures and
        units in the profile's: DESIGN "Two languages")."""
        catalogue, language = self.ctx.ws.catalogue, self.ctx.screen_language
        return [replace(f, name=catalogue.indicator(f.indicator).name.get_for(language))
                if catalogue.has_indicator(f.indicator) else f for f in figures]

    def _fit_height(self) -> None:
        rows = sum(self.table.rowHeight(r) for r in range(self.model.rowCount()))
        self.table.setFixedHeight(self.table.horizontalHeader().height() + rows + 4 + self._sideways_bar())

    def _fit_rows(self) -> None:
        """Each row as tall as its name's lines in the name column's width (one line, mostly)."""
        spacing = self.table.fontMetrics().lineSpacing()
        width = self.table.columnWidth(0) - text_margins(self.table)
        for row, figure in enumerate(self.model.figures):
            height = ROW_HEIGHT + (line_count(figure.name, self.table.font(), width) - 1) * spacing
            if self.table.rowHeight(row) != height:
                self.table.setRowHeight(row, height)

    def _span_missing(self) -> None:
        """"No figure yet" runs across the figure columns: in the Latest column alone it was cut
        to "aucun…née …" in French, or widened that column for every row."""
        self.table.clearSpans()
        for row, figure in enumerate(self.model.figures):
            if figure.latest_value is None:
                self.table.setSpan(row, 1, 1, self.model.columnCount() - 1)

    def _fit_columns(self) -> None:
        """Figures, years and changes as wide as their texts and (bold) headers; the trend 7 em; the
        names up to NAME_MOST_EMS, the source up to SOURCE_MOST_EMS. When that is wider than the
        table, the name and the source give up width (fitted_table.share), down to NAME_LEAST_EMS
        (the names wrap, whole; never narrower than a word) and SOURCE_LEAST_EMS (cut, whole in its
        tooltip); only then does the table scroll."""
        em = self.fontMetrics().horizontalAdvance("M")
        header, metrics = self.table.horizontalHeader(), self.table.fontMetrics()
        source = self.model.columnCount() - 1
        limits = {0: (NAME_MOST_EMS, NAME_LEAST_EMS), source: (SOURCE_MOST_EMS, SOURCE_LEAST_EMS)}
        full, least = [], []
        for column in range(self.model.columnCount()):
            texts = [self.model.index(r, column).data() or "" for r in range(self.model.rowCount())
                     if column == 0 or self.model.figures[r].latest_value is not None]
            content = max((metrics.horizontalAdvance(t) for t in texts), default=0) + CELL_MARGINS
            head = header_text_width(header, self.model.headerData(column, Qt.Orientation.Horizontal))
            most, fewest = limits.get(column, (0, 0))
            if column == 0:   # no narrower than its longest word: a name wraps between words
                head = max(head, max((metrics.horizontalAdvance(w) for t in texts for w in t.split()), default=0)
                           + CELL_MARGINS)
            if column == TREND_COLUMN:
                content = 7 * em
            elif most:
                content = min(content, most * em)
            full.append(max(content, head))
            least.append(max(min(content, fewest * em), head) if most else full[-1])
        room = self.table.viewport().width()
        widths = share(full, least, room)
        header.setStretchLastSection(False)
        widths[source] += max(0, room - sum(widths))   # the source takes what is left over
        for column, width in enumerate(widths):
            self.table.setColumnWidth(column, width)
        self._fit_rows()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt name)
        """The table resized (the page's layout gave it its width after the page's own resize): fitted
        again to that width, so the source takes what is left rather than leaving a gap."""
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize and self.model.figures \
                and event.size().width() != event.oldSize().width():
            self._fit_columns()
            self._fit_height()
        return super().eventFilter(watched, event)

    def _sideways_bar(self) -> int:
        """Room for the sideways scroll bar when the columns are wider than the table."""
        total = sum(self.table.columnWidth(c) for c in range(self.model.columnCount()))
        if total <= self.table.viewport().width():
            return 0
        return self.table.style().pixelMetric(self.table.style().PixelMetric.PM_ScrollBarExtent)
        self._fill_completeness()
        self._fill_errors()

    def _on_changed(self, _changes: ChangeSet) -> None:
        self._timer.start()

    def _fill_completeness(self) -> None:
        while self.progress_grid.count():
            self.progress_grid.takeAt(0).widget().deleteLater()
        done = compute_completeness(self.ctx.ws)
        catalogue, language = self.ctx.ws.catalogue, self.ctx.screen_language
        rows = [(stage.title.get_for(language), done.stages.get(stage.key, 0.0), True) for stage in catalogue.stages]
        for key, module in done.modules.items():
            section = catalogue.section(key)
            rows.append((section_label(section, language), module.ratio, False))
        most = self.fontMetrics().horizontalAdvance("M") * COMPLETENESS_NAME_EMS
        for row, (text, ratio, bold) in enumerate(rows):
            label = QLabel(text)
            label.setWordWrap(True)   # longer than COMPLETENESS_NAME_EMS: on two lines
            label.setMinimumWidth(min(label.fontMetrics().horizontalAdvance(text) + 2, most))
            if bold:
                label.setStyleSheet("font-weight: 600;")
            bar = QProgressBar()
            bar.setRange(0, 100)
            bar.setValue(round(ratio * 100))
            bar.setFixedWidth(150)
            bar.setFormat("%p %")
            self.progress_grid.addWidget(label, row, 0)
            self.progress_grid.addWidget(bar, row, 1)

    def _fill_errors(self) -> None:
        self.errors.clear()
        errors = [f for f in run_checks(self.ctx.ws, language=running_language()) if f.severity == "error"]
        for finding in errors:
            item = QListWidgetItem("● " + finding.message)
            item.setForeground(QColor("#C0392B"))
            item.setData(Qt.ItemDataRole.UserRole, navigation_target(finding))
            item.setToolTip(self.tr("Click to go to the figure."))
            self.errors.addItem(item)
        self.errors_hint.setText(self.tr("No errors in the figures.") if not errors else
                                 self.tr("Click an error to go to the figure."))
        # no heading over nothing, no empty box under "No errors in the figures."
        self.errors_heading.setVisible(bool(errors))
        self.errors.setVisible(bool(errors))

    def _open_error(self, item: QListWidgetItem) -> None:
        target = item.data(Qt.ItemDataRole.UserRole)
        if target:
            self.ctx.navigate(target)
