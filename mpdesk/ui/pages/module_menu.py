"""The template menu: report sections in a tree, each ticked in or left out, with a reason.

Used by the New-profile wizard (a plain choice) and by step 1.4 (each tick is saved at once).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont

from mpdesk.ui.widgets import section_label
from mpdesk.guide import Catalogue
from mpdesk.guide.model import Section

Index = QModelIndex | QPersistentModelIndex
COL_TITLE, COL_KIND, COL_REASON = 0, 1, 2


class ModuleMenuModel(QAbstractItemModel):
    toggled = Signal(str, bool)        # section key, included
    reason_edited = Signal(str, str)   # section key, reason

    def __init__(self, catalogue: Catalogue, language: str, parent=None) -> None:
        super().__init__(parent)
        self.language = language
        self.tops: list[Section] = catalogue.top_sections()
        self.children_of = {s.key: catalogue.children(s.key) for s in self.tops}
        self.parent_of = {c.key: s for s in self.tops for c in self.children_of[s.key]}
        self.checked: set[str] = set()
        self.reasons: dict[str, str] = {}
        self.header_lines: dict[int, str] = {}   # a header broken into lines for its column's width

    def set_state(self, checked: set[str], reasons: dict[str, str] | None = None) -> None:
        self.beginResetModel()
        self.checked = set(checked)
        self.reasons = dict(reasons or {})
        self.endResetModel()

    def section(self, index: Index) -> Section:
        return index.internalPointer()

    # -- tree structure -----------------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        items = self.children_of[self.section(parent).key] if parent.isValid() else self.tops
        if 0 <= row < len(items) and 0 <= column < self.columnCount():
            return self.createIndex(row, column, items[row])
        return QModelIndex()

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        top = self.parent_of.get(self.section(index).key)
        return self.createIndex(self.tops.index(top), 0, top) if top else QModelIndex()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if not parent.isValid():
            return len(self.tops)
        if parent.column() != 0:
            return 0
        return len(self.children_of.get(self.section(parent).key, []))

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 3

    def headers(self) -> list[str]:
        return [self.tr("Report section"), self.tr("Kind"), self.tr("Reason (if left out or added)")]

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.header_lines.get(section) or self.headers()[section]
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            return self.headers()[section]
        return None

    def set_header_lines(self, section: int, text: str) -> None:
        """The header broken into lines to fit its column ("Motif (si retirée / ou ajoutée)")."""
        if self.header_lines.get(section) != text:
            self.header_lines[section] = text
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, section, section)

    # -- content -------------------------------------------------------------------------------
    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == COL_TITLE:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        if index.column() == COL_REASON:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        section, column = self.section(index), index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == COL_TITLE:
                return section_label(section, self.language)
            if column == COL_KIND:
                return self._kind(section)
            return self.reasons.get(section.key, "")
        if role == Qt.ItemDataRole.CheckStateRole and column == COL_TITLE:
            return Qt.CheckState.Checked if section.key in self.checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.FontRole and column == COL_TITLE and not self.parent_of.get(section.key):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return section.guidance.get_for(self.language)[:400] or None
        return None

    def _kind(self, section: Section) -> str:
        if section.custom:
            return self.tr("Added by the team")
        if section.optional:
            return self.tr("Optional")
        if section.extended_only:
            return self.tr("Extended profile")
        return self.tr("Core")

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        key = self.section(index).key
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == COL_TITLE:
            included = Qt.CheckState(value) == Qt.CheckState.Checked
            (self.checked.add if included else self.checked.discard)(key)
            self.dataChanged.emit(index, index)
            self.toggled.emit(key, included)
            return True
        if role == Qt.ItemDataRole.EditRole and index.column() == COL_REASON:
            self.reasons[key] = str(value)
            self.dataChanged.emit(index, index)
            self.reason_edited.emit(key, str(value))
            return True
        return False

    def index_of(self, key: str, column: int = COL_TITLE) -> QModelIndex:
        top = self.parent_of.get(key)
        if top is None:
            keys = [s.key for s in self.tops]
            return self.index(keys.index(key), column) if key in keys else QModelIndex()
        row = [c.key for c in self.children_of[top.key]].index(key)
        return self.index(row, column, self.index_of(top.key))
