"""Data-quality findings: filter by severity and module, set the jump threshold, jump to the cell."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt, QTimer, Signal,
)
from PySide6.QtGui import QBrush, QColor, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDoubleSpinBox, QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QStyleOptionViewItem, QStyledItemDelegate, QTableView, QVBoxLayout, QWidget,
)

from mpdesk.services import ChangeSet
from mpdesk.services.quality import Finding, get_jump_threshold, run_checks, set_jump_threshold
from mpdesk.ui.context import AppContext
from mpdesk.ui.fitted_table import header_text_width
from mpdesk.ui.language_settings import running_language
from mpdesk.ui.widgets import heading, hint, labelled_row, section_label

SEVERITY_COLOURS = {"error": "#C0392B", "warning": "#B7791F", "note": "#5F6670"}
SEVERITY_MARKS = {"error": "●", "warning": "▲", "note": "○"}
FINDING_ROLE = Qt.ItemDataRole.UserRole + 1
SEVERITY_COLUMN, FINDING_COLUMN = 0, 1
# Section and indicator names can be long ("Migrants' remittances received as a share of GDP"):
# each takes its content's width up to this share of the table, wrapped onto more lines beyond (never
# cut: "La migrati…" could be any of three sections), so the finding, the column that matters, keeps
# the most room.
SIDE_COLUMN_SHARE = 0.18
# ...and the finding keeps at least this share: at 1024 px in French ("Avertissement") the capped side
# columns left it a third of the table, and a source conflict wrapped over nine narrow lines
FINDING_LEAST_SHARE = 0.55


def navigation_target(finding: Finding) -> str:
    """'cell:{json}' when the finding names a cell, else 'section:<key>' (or '' for nothing)."""
    if finding.cell is not None:
        return "cell:" + json.dumps(finding.cell._asdict())
    return f"section:{finding.section_key}" if finding.section_key else ""


class FindingsModel(QAbstractTableModel):
    """Severity, message, section, indicator; the Finding itself under FINDING_ROLE."""

    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.findings: list[Finding] = []

    def set_findings(self, findings: list[Finding]) -> None:
        self.beginResetModel()
        self.findings = list(findings)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.findings)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Severity"), self.tr("Finding"), self.tr("Section"), self.tr("Indicator"))[section]
        return None

    def severity_text(self, severity: str) -> str:
        return {"error": self.tr("Error"), "warning": self.tr("Warning"), "note": self.tr("Note")}.get(severity, severity)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        finding = self.findings[index.row()]
        if role == FINDING_ROLE:
            return finding
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(finding, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._text(finding, column) or None
        if role == Qt.ItemDataRole.ForegroundRole and column == 0:
            return QBrush(QColor(SEVERITY_COLOURS.get(finding.severity, "#222222")))
        return None

    def _text(self, finding: Finding, column: int) -> str:
        catalogue, language = self.ctx.ws.catalogue, self.ctx.screen_language
        if column == 0:
            return f"{SEVERITY_MARKS.get(finding.severity, '')}  {self.severity_text(finding.severity)}"
        if column == 1:
            return finding.message
        if column == 2 and catalogue.has_section(finding.section_key):
            section = catalogue.section(finding.section_key)
            return section_label(section, language)
        if column == 3 and finding.indicator_key and catalogue.has_indicator(finding.indicator_key):
            return catalogue.indicator(finding.indicator_key).name.get_for(language)
        return ""


class OneLineDelegate(QStyledItemDelegate):
    """Draws the severity (one word and its mark) on one line while the view wraps the others."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        super().initStyleOption(option, index)
        option.features &= ~QStyleOptionViewItem.ViewItemFeature.WrapText  # type: ignore[attr-defined]


class FindingsView(QTableView):
    """Severity sized to its content, section and indicator too but capped (wrapping, never narrower
    than their longest word); the finding stretches and wraps."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalHeader().setVisible(False)
        # rows grow to the wrapped finding's height
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self._one_line = OneLineDelegate(self)

    def setModel(self, model) -> None:  # noqa: N802
        super().setModel(model)
        header = self.horizontalHeader()
        header.setStretchLastSection(False)
        self.setItemDelegateForColumn(SEVERITY_COLUMN, self._one_line)
        for column in range(model.columnCount()):
            if column != FINDING_COLUMN:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(FINDING_COLUMN, QHeaderView.ResizeMode.Stretch)
        model.modelReset.connect(self.fit_columns)
        model.layoutChanged.connect(self.fit_columns)

    def fit_columns(self) -> None:
        """Each short column as wide as its header and content, at most SIDE_COLUMN_SHARE of the table."""
        model, header = self.model(), self.horizontalHeader()
        if model is None:
            return
        width = self.viewport().width()
        wanted = {c: max(self.sizeHintForColumn(c), header.sectionSizeHint(c))
                  for c in range(model.columnCount()) if c != FINDING_COLUMN}
        names = len(wanted) - 1   # the section and the indicator share what the finding leaves
        left = width - wanted.get(SEVERITY_COLUMN, 0) - int(width * FINDING_LEAST_SHARE)
        cap = max(min(int(width * SIDE_COLUMN_SHARE), left // max(names, 1)), 60)
        for column, size in wanted.items():
            # the severity is one word ('Avertissement'): whole; the names are capped, wrapping
            least = self._widest_word(column)
            self.setColumnWidth(column, size if column == SEVERITY_COLUMN else max(min(size, cap), least))

    def _header_width(self, column: int) -> int:
        """The header's width in style.qss's bold, padded font ('Indicateur' was cut to 'Indicateu')."""
        return header_text_width(self.horizontalHeader(), str(self.model().headerData(column, Qt.Orientation.Horizontal)))

    def _widest_word(self, column: int) -> int:
        model, metrics = self.model(), self.fontMetrics()
        texts = {str(model.index(r, column).data() or "") for r in range(model.rowCount())}
        return max((metrics.horizontalAdvance(w) for t in texts for w in t.split()), default=0) + 8

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.fit_columns()


class FindingsFilter(QSortFilterProxyModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.severity = ""
        self.section = ""

    def set_filters(self, severity: str, section: str) -> None:
        if hasattr(self, "beginFilterChange"):       # Qt >= 6.10
            self.beginFilterChange()
            self.severity, self.section = severity, section
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
            return
        self.severity, self.section = severity, section
        self.invalidateFilter()

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:  # noqa: N802
        finding: Finding = self.sourceModel().index(row, 0, parent).data(FINDING_ROLE)
        return (not self.severity or finding.severity == self.severity) and \
            (not self.section or finding.section_key == self.section)


class QualityPage(QWidget):
    """The checks of services.quality; re-run (debounced) when the profile changes."""

    navigated = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = FindingsModel(ctx, self)
        self.proxy = FindingsFilter(self)
        self.proxy.setSourceModel(self.model)
        self._timer = QTimer(self, singleShot=True, interval=400, timeout=self.refresh)
        self._build()
        self.refresh()
        self.ctx.changed.connect(self._on_changed)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(heading(self.tr("Data quality")))
        layout.addWidget(hint(self.tr("Checks on every figure of the profile. Double-click a finding to go to the "
                                      "cell. Where sources disagree, open the cell and choose the figure to use.")))
        layout.addLayout(self._filters())
        # the severity is one word, but "Gravité" / "Gravedad" and "Avertissement" are longer than
        # "Severity" / "Warning": the short columns take their header and content, in every language
        self.view = FindingsView()
        self.view.setModel(self.proxy)
        self.view.doubleClicked.connect(self.open_index)
        self.view.selectionModel().currentRowChanged.connect(self._on_current)
        layout.addWidget(self.view, 1)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.detail)
        bottom = QHBoxLayout()
        self.summary = QLabel()
        self.summary.setWordWrap(True)   # long in French: wrap rather than widen the page over the navigator
        self.open_button = QPushButton(self.tr("Go to the figure"))
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(lambda: self.open_index(self.view.currentIndex()))
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.open_button)
        layout.addLayout(bottom)

    def _filters(self) -> QVBoxLayout:
        bar = QHBoxLayout()
        self.severity_combo = QComboBox()
        for key, text in (("", self.tr("All findings")), ("error", self.tr("Errors")),
                          ("warning", self.tr("Warnings")), ("note", self.tr("Notes"))):
            self.severity_combo.addItem(text, key)
        self.module_combo = QComboBox()
        self.module_combo.setMinimumContentsLength(14)
        self.module_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.severity_combo.setAccessibleName(self.tr("Show findings of this severity"))
        self.module_combo.setAccessibleName(self.tr("Show findings of this module"))
        self.threshold = QDoubleSpinBox()
        self.threshold.setRange(1, 1000)
        self.threshold.setDecimals(0)
        self.threshold.setSuffix(" %")
        self.threshold.setValue(get_jump_threshold(self.ctx.ws) * 100)
        self.threshold.setToolTip(self.tr("Flag a figure that changes by more than this from one year to the next."))
        self.threshold.setAccessibleName(self.tr("Flag changes per year above"))
        self.severity_combo.currentIndexChanged.connect(self._apply_filters)
        self.module_combo.currentIndexChanged.connect(self._apply_filters)
        self.threshold.editingFinished.connect(self._set_threshold)
        bar.addWidget(QLabel(self.tr("Show")))
        bar.addWidget(self.severity_combo)
        bar.addWidget(QLabel(self.tr("in")))
        bar.addWidget(self.module_combo)
        bar.addStretch(1)
        # The threshold gets a line of its own: one long row forced the page wider than a 1024 px screen.
        flag = labelled_row(self.tr("Flag changes per year above"), self.threshold)
        rows = QVBoxLayout()
        rows.addLayout(bar)
        rows.addLayout(flag)
        return rows

    # -- data ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        # the findings are interface text: names and figures in them follow the interface language
        self.model.set_findings(run_checks(self.ctx.ws, language=running_language()))
        self._fill_modules()
        self._apply_filters()

    def _fill_modules(self) -> None:
        current = self.module_combo.currentData() or ""
        catalogue, language = self.ctx.ws.catalogue, self.ctx.screen_language
        keys = [s.key for s in catalogue.sections if s.key in {f.section_key for f in self.model.findings}]
        self.module_combo.blockSignals(True)
        self.module_combo.clear()
        self.module_combo.addItem(self.tr("All modules"), "")
        for key in keys:
            section = catalogue.section(key)
            self.module_combo.addItem(section_label(section, language), key)
        self.module_combo.setCurrentIndex(max(self.module_combo.findData(current), 0))
        self.module_combo.blockSignals(False)

    def _apply_filters(self) -> None:
        self.proxy.set_filters(self.severity_combo.currentData() or "", self.module_combo.currentData() or "")
        counts = {s: sum(1 for f in self.model.findings if f.severity == s) for s in ("error", "warning", "note")}
        self.summary.setText(self.tr("{errors} errors, {warnings} warnings, {notes} notes; {shown} shown.").format(
            errors=counts["error"], warnings=counts["warning"], notes=counts["note"], shown=self.proxy.rowCount()))

    def _set_threshold(self) -> None:
        value = self.threshold.value() / 100
        if abs(value - get_jump_threshold(self.ctx.ws)) > 1e-9:
            self.ctx.run_edit(set_jump_threshold, value)
            self.refresh()

    def _on_changed(self, changes: ChangeSet) -> None:
        self._timer.start()

    # -- navigation ---------------------------------------------------------------------------
    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        finding: Finding | None = current.data(FINDING_ROLE) if current.isValid() else None
        self.open_button.setEnabled(finding is not None and bool(navigation_target(finding)))
        self.detail.setText(finding.message if finding else "")
        conflict = finding is not None and finding.code == "source_conflict"
        self.open_button.setText(self.tr("Choose the figure to use…") if conflict else self.tr("Go to the figure"))

    def open_index(self, index: QModelIndex) -> None:
        finding: Finding | None = index.data(FINDING_ROLE) if index.isValid() else None
        target = navigation_target(finding) if finding else ""
        if target:
            self.navigated.emit(target)
            self.ctx.navigate(target)
