"""The mapping step for a spreadsheet in a layout mpdesk does not know: which column is what."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QFormLayout, QHBoxLayout, QPushButton, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget,
)

from mpdesk.imports.mapped import ColumnMapping, Layout
from mpdesk.ui.context import AppContext
from mpdesk.ui.widgets import hint

GUESSES = {"year": ("year", "année", "annee", "año", "ano", "period", "time"),
           "value": ("value", "valeur", "valor", "number", "count", "total", "obs_value"),
           "sex": ("sex", "sexe", "sexo", "gender"), "age_group": ("age", "âge", "edad", "age group"),
           "partner": ("country", "pays", "país", "origin", "destination", "partner"),
           "source": ("source", "fuente")}


class MappingPanel(QWidget):
    mapping_chosen = Signal(object)  # ColumnMapping

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.layout_info: Layout | None = None
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        self.explain = hint("")
        box.addWidget(self.explain)
        row = QHBoxLayout()
        form = QFormLayout()
        self.indicator = QComboBox()
        self.indicator.setObjectName("map_indicator")
        lang = ctx.language
        for ind in ctx.ws.catalogue.indicators:
            if not ind.derived:
                self.indicator.addItem(f"{ind.name.get_for(lang)} ({ind.key})", ind.key)
        form.addRow(self.tr("&Indicator:"), self.indicator)
        self.combos: dict[str, QComboBox] = {}
        labels = {"year": self.tr("&Year column:"), "value": self.tr("&Value column:"),
                  "sex": self.tr("&Sex column:"), "age_group": self.tr("&Age group column:"),
                  "partner": self.tr("&Partner country column:"), "source": self.tr("S&ource column:")}
        for role, label in labels.items():
            combo = QComboBox()
            combo.setObjectName(f"map_{role}")
            self.combos[role] = combo
            form.addRow(label, combo)
        row.addLayout(form, 1)
        self.sample = QTableWidget()
        self.sample.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sample.verticalHeader().setVisible(False)
        row.addWidget(self.sample, 2)
        box.addLayout(row)
        self.read_button = QPushButton(self.tr("&Read with these columns"))
        self.read_button.setObjectName("Primary")
        self.read_button.clicked.connect(self._chosen)
        box.addWidget(self.read_button)

    def show_layout(self, layout: Layout, sentence: str) -> None:
        self.layout_info = layout
        self.explain.setText(sentence)
        none = self.tr("(none)")
        for role, combo in self.combos.items():
            combo.clear()
            if role not in ("year", "value"):
                combo.addItem(none, "")
            for header in layout.headers:
                combo.addItem(header, header)
            guess = next((h for h in layout.headers if h.casefold() in GUESSES[role]), None)
            if guess is not None:
                combo.setCurrentIndex(combo.findData(guess))
        self.sample.setColumnCount(len(layout.headers))
        self.sample.setHorizontalHeaderLabels(layout.headers)
        self.sample.setRowCount(len(layout.sample))
        for r, values in enumerate(layout.sample):
            for c, text in enumerate(values):
                self.sample.setItem(r, c, QTableWidgetItem(text))
        self.sample.resizeColumnsToContents()

    def mapping(self) -> ColumnMapping:
        values: dict[str, Any] = {role: combo.currentData() or "" for role, combo in self.combos.items()}
        return ColumnMapping(indicator=self.indicator.currentData(), **values)

    def _chosen(self) -> None:
        self.mapping_chosen.emit(self.mapping())
