"""A section's charts (catalogue ones, then the team's own) with an "Add chart" dialog."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPushButton, QVBoxLayout, QWidget,
)

from mpdesk.charts.build import charts_for_section
from mpdesk.charts.model import ChartDescription
from mpdesk.services import ChangeSet
from mpdesk.services.custom_charts import add_custom_chart
from mpdesk.services.derived import DerivedResult
from mpdesk.services.value_table import ValueTable
from mpdesk.ui.charts.plot_widget import ChartWidget
from mpdesk.ui.context import AppContext

FiguresProvider = Callable[[], tuple[ValueTable, DerivedResult]]
COLUMNS = 2


class ChartPanel(QWidget):
    """Chart cards in two columns; refreshed (debounced) when figures or custom charts change."""

    def __init__(self, ctx: AppContext, section_key: str, figures: FiguresProvider | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.section_key = section_key
        self.figures = figures
        self.widgets: dict[str, ChartWidget] = {}
        self._timer = QTimer(self, singleShot=True, interval=150, timeout=self.refresh)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.empty_hint = QLabel()
        self.empty_hint.setObjectName("Hint")
        self.empty_hint.setWordWrap(True)
        self.add_button = QPushButton(self.tr("Add chart…"))
        self.add_button.clicked.connect(self.ask_new_chart)
        bar.addWidget(self.empty_hint, 1)
        bar.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(bar)
        self.grid = QGridLayout()
        self.grid.setSpacing(12)
        layout.addLayout(self.grid)
        self.ctx.changed.connect(self._on_changed)
        self.refresh()

    def descriptions(self) -> list[ChartDescription]:
        table, derived = self.figures() if self.figures else (None, None)
        return charts_for_section(self.ctx.ws, self.section_key, table, derived, self.ctx.language)

    def refresh(self) -> None:
        descriptions = self.descriptions()
        shown = [d for d in descriptions if not d.is_empty]
        for key in [k for k in self.widgets if k not in {d.key for d in shown}]:
            self.widgets.pop(key).deleteLater()
        for position, description in enumerate(shown):
            widget = self.widgets.get(description.key)
            if widget is None:
                widget = ChartWidget(self.ctx.language, self)
                widget.setMinimumHeight(330)
                self.widgets[description.key] = widget
            self.grid.addWidget(widget, position // COLUMNS, position % COLUMNS)
            widget.set_description(description)
        empty = [d.title for d in descriptions if d.is_empty]
        text = self.tr("No figures yet for: {charts}.").format(charts="; ".join(empty)) if empty else ""
        if not descriptions:
            text = self.tr("This section has no charts yet. Add one from any indicator.")
        self.empty_hint.setText(text)

    def chart(self, key: str) -> ChartWidget | None:
        return self.widgets.get(key)

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.indicator_keys() or changes.touches("custom_chart", "profile"):
            self._timer.start()

    def ask_new_chart(self) -> None:
        dialog = AddChartDialog(self.ctx, self.section_key, self)
        if dialog.exec():
            self.ctx.run_edit(add_custom_chart, self.section_key, *dialog.chosen())


class AddChartDialog(QDialog):
    """Kind, title, indicators and 'split by' for a chart the team adds to the section."""

    def __init__(self, ctx: AppContext, section_key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add chart"))
        self.setMinimumWidth(460)
        self.ctx = ctx
        form = QFormLayout(self)
        self.kind = QComboBox()
        for key, text in (("line", self.tr("Line over years")), ("bar", self.tr("Bars over years")),
                          ("stacked_bar", self.tr("Stacked bars over years")),
                          ("top_partners", self.tr("Top partner countries")),
                          ("pyramid", self.tr("Age pyramid (male left, female right)")),
                          ("donut", self.tr("Donut (shares of a whole)"))):
            self.kind.addItem(text, key)
        self.title = QLineEdit()
        self.indicators = QListWidget()
        self._fill_indicators(section_key)
        self.by = QComboBox()
        for key, text in (("", self.tr("Nothing (totals)")), ("sex", self.tr("Sex")),
                          ("age_group", self.tr("Age group")), ("partner", self.tr("Partner country")),
                          ("category", self.tr("Category"))):
            self.by.addItem(text, key)
        self.hint = QLabel()
        self.hint.setStyleSheet("color: #A4262C;")
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Indicators"), self.indicators)
        form.addRow(self.tr("Split by"), self.by)
        form.addRow(self.hint)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _fill_indicators(self, section_key: str) -> None:
        catalogue, language = self.ctx.ws.catalogue, self.ctx.language
        own = catalogue.indicators_for(section_key)
        others = [i for i in catalogue.indicators if i.section_key != section_key]
        for indicator in own + others:
            item = QListWidgetItem(indicator.name.get_for(language))
            item.setData(Qt.ItemDataRole.UserRole, indicator.key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.indicators.addItem(item)

    def checked(self) -> list[str]:
        items = (self.indicators.item(i) for i in range(self.indicators.count()))
        return [i.data(Qt.ItemDataRole.UserRole) for i in items if i.checkState() == Qt.CheckState.Checked]

    def chosen(self) -> tuple[str, str, list[str], str]:
        keys = self.checked()
        title = self.title.text().strip() or ", ".join(
            self.ctx.ws.catalogue.indicator(k).name.get_for(self.ctx.language) for k in keys)
        return self.kind.currentData(), title, keys, self.by.currentData()

    def _accept(self) -> None:
        if not self.checked():
            self.hint.setText(self.tr("Tick at least one indicator to chart."))
            return
        self.accept()
