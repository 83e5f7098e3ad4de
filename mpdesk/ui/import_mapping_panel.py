"""The mapping step for a spreadsheet in a layout mpdesk does not know: which column is what."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
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


def guess_columns(layout: Layout) -> dict[str, str]:
    """A first guess from the header words; the value is the last numeric column left over."""
    from mpdesk.imports.common import to_number

    import re

    guesses: dict[str, str] = {}
    for role in ("year", "sex", "age_group", "partner", "source", "value"):  # the value last: "total" is vague
        words = GUESSES[role]
        found = next((h for h in layout.headers if h not in guesses.values()
                      and (h.casefold() in words or set(re.findall(r"\w+", h.casefold())) & set(words))), None)
        if found:
            guesses[role] = found
    if "value" not in guesses:
        numeric = [h for i, h in enumerate(layout.headers) if h not in guesses.values() and layout.sample
                   and all(to_number(r[i] if i < len(r) else "") is not None for r in layout.sample)]
        if numeric:
            guesses["value"] = numeric[-1]
    return guesses


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
        lang = ctx.screen_language
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
        box.addWidget(self.read_button, 0, Qt.AlignmentFlag.AlignRight)

    def show_layout(self, layout: Layout, sentence: str) -> None:
        self.layout_info = layout
        self.explain.setText(sentence)
        none = self.tr("(none)")
        guesses = guess_columns(layout)
        for role, combo in self.combos.items():
            combo.clear()
            if role not in ("year", "value"):
                combo.addItem(none, "")
            for header in layout.headers:
                combo.addItem(header, header)
            if guesses.get(role):
                combo.setCurrentIndex(combo.findData(guesses[role]))
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
