"""Ctrl+F: find a step, a report section or an indicator by name and go there."""

from __future__ import annotations

import json

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

from mpdesk.services.profile import selected_sections
from mpdesk.services.keys import CellKey
from mpdesk.ui.context import AppContext
from mpdesk.ui.widgets import section_label

TARGET_ROLE = Qt.ItemDataRole.UserRole + 1


def _tr(text: str) -> str:
    # a fixed context (the dialog's own), so tools/extract_strings.py finds these strings
    return QCoreApplication.translate("FindDialog", text)


def find_targets(ctx: AppContext) -> list[tuple[str, str]]:
    """(what the user reads, where it goes) for every step, chosen section and their indicators."""
    catalogue, language = ctx.ws.catalogue, ctx.screen_language
    year = int(ctx.ws.profile().period_end)
    found = [(_tr("Step {key}  {title}").format(key=s.key, title=s.title.get_for(language)), f"step:{s.key}")
             for s in catalogue.steps]
    chosen = selected_sections(ctx.ws)
    for key in chosen:
        target = "glance" if key == "glance" else f"section:{key}"
        found.append((_tr("Section {name}").format(name=section_label(catalogue.section(key), language)), target))
    for indicator in catalogue.indicators:
        if indicator.section_key in chosen:
            cell = "cell:" + json.dumps(CellKey(indicator.key, year)._asdict())
            found.append((_tr("Indicator {name} ({section})").format(
                name=indicator.name.get_for(language), section=indicator.section_key), cell))
    return found


class FindDialog(QDialog):
    """Type part of a name; Enter goes to the highlighted match."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Find a step, section or indicator"))
        self.model = QStandardItemModel(self)
        for text, target in find_targets(ctx):
            item = QStandardItem(text)
            item.setData(target, TARGET_ROLE)
            item.setEditable(False)
            self.model.appendRow(item)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.query = QLineEdit()
        self.query.setAccessibleName(self.tr("Name to find"))
        self.query.setPlaceholderText(self.tr("Part of a name, e.g. 'refugees' or '1.3'"))
        self.results = QListView()
        self.results.setAccessibleName(self.tr("Matches"))
        self.results.setModel(self.proxy)
        self.results.activated.connect(self.go)
        self.query.textChanged.connect(self._filter)
        self.query.returnPressed.connect(lambda: self.go(self.results.currentIndex()))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        caption = QLabel(self.tr("&Find:"))
        caption.setBuddy(self.query)
        for widget in (caption, self.query, self.results, buttons):
            layout.addWidget(widget)
        self.resize(520, 420)
        self._filter("")

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        if self.proxy.rowCount():
            self.results.setCurrentIndex(self.proxy.index(0, 0))

    def keyPressEvent(self, event) -> None:  # noqa: N802
        """Up and Down move through the matches while typing."""
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.proxy.rowCount():
            row = self.results.currentIndex().row() + (1 if event.key() == Qt.Key.Key_Down else -1)
            self.results.setCurrentIndex(self.proxy.index(max(0, min(row, self.proxy.rowCount() - 1)), 0))
            return
        super().keyPressEvent(event)

    def go(self, index) -> None:
        target = index.data(TARGET_ROLE) if index.isValid() else None
        if target:
            self.accept()
            self.ctx.navigate(target)
