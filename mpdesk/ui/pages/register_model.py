"""One table model for every register (members, work plan, sources, gaps, requests, ...).

Rows come from ``services.registers.list_items``; a cell edit calls ``update_item`` through
``ctx.run_edit`` and the model reloads when a ChangeSet touches its table.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor

from mpdesk.services import ChangeSet, registers
from mpdesk.ui.context import AppContext

Index = QModelIndex | QPersistentModelIndex
EDITORS = ("text", "date", "choice", "bool")
OVERDUE_BACKGROUND = QColor("#FBE3D6")


@dataclass(frozen=True)
class Column:
    """How a register field shows in a table: header, editor kind and, for choices, the options."""

    field: str
    header: str
    editor: str = "text"
    choices: tuple[tuple[str, str], ...] = ()  # (stored value, label)
    hint: str = ""   # the header's tooltip: what to type, which a short header cannot say

    def label_for(self, value: Any) -> str:
        return dict(self.choices).get(value, "" if value is None else str(value))


@dataclass
class RegisterSpec:
    register: str
    columns: list[Column]
    where: dict[str, Any] = field(default_factory=dict)   # e.g. {"kind": "update"}
    warn: Callable[[Any], str] | None = None               # a row's warning (e.g. overdue), '' if none


class RegisterTableModel(QAbstractTableModel):
    refused = Signal(str)  # an edit made through this model was refused: the service's sentence

    def __init__(self, ctx: AppContext, spec: RegisterSpec, parent=None) -> None:
        super().__init__(parent)
        self._editing = False
        ctx.error_raised.connect(self._on_error)
        self.ctx = ctx
        self.spec = spec
        self.table_name = registers.REGISTERS[spec.register].__tablename__
        self.rows: list[Any] = []
        self.reload()
        ctx.changed.connect(self._on_changed)

    # -- loading -------------------------------------------------------------------------------
    def reload(self) -> None:
        """Fetch the rows again; when the same rows come back, update them in place.

        A cell edit reaches here from inside ``setData`` (service -> ChangeSet -> ctx.changed).
        Resetting the model at that moment made the view drop its open editor while the delegate
        was still committing it: Qt warned "commitData called with an editor that does not belong
        to this view", the current cell jumped back to row 0 and Tab typed over the Name.
        """
        rows = registers.list_items(self.ctx.ws, self.spec.register, **self.spec.where)
        if [r.id for r in rows] == [r.id for r in self.rows] and rows:
            self.rows = rows
            last = self.index(len(rows) - 1, len(self.spec.columns) - 1)
            self.dataChanged.emit(self.index(0, 0), last)
            return
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.touches(self.table_name):
            self.reload()

    def _on_error(self, text: str) -> None:
        if self._editing:
            self.refused.emit(text)

    def _edit(self, operation, *args: Any, **fields: Any) -> ChangeSet | None:
        self._editing = True
        try:
            return self.ctx.run_edit(operation, *args, **fields)
        finally:
            self._editing = False

    def row_id(self, row: int) -> str:
        return self.rows[row].id

    # -- Qt model API ------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.spec.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.spec.columns[section].header
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            return self.spec.columns[section].hint or self.spec.columns[section].header
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.spec.columns[index.column()].editor == "bool":
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], self.spec.columns[index.column()]
        value = getattr(row, column.field)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(column, value)
        if role == Qt.ItemDataRole.EditRole:
            return value
        if role == Qt.ItemDataRole.CheckStateRole and column.editor == "bool":
            return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
        if role not in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ToolTipRole):
            return None   # the views ask for a dozen roles per cell: the warning is for these two
        warning = self.spec.warn(row) if self.spec.warn else ""
        if role == Qt.ItemDataRole.BackgroundRole and warning:
            return OVERDUE_BACKGROUND
        if role == Qt.ItemDataRole.ToolTipRole:
            # the cell's text in full (the column may cut it), then why the row is marked
            return "\n".join(t for t in (self._display(column, value), warning) if t) or None
        return None

    def _display(self, column: Column, value: Any) -> str:
        if column.editor == "bool":
            return ""
        if column.editor == "date":
            return value.isoformat() if isinstance(value, date) else ""
        if column.editor == "choice":
            return column.label_for(value)
        return "" if value is None else str(value)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        column = self.spec.columns[index.column()]
        if role == Qt.ItemDataRole.CheckStateRole and column.editor == "bool":
            value = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role != Qt.ItemDataRole.EditRole:
            return False
        if getattr(self.rows[index.row()], column.field) == value:
            return False
        changes = self._edit(registers.update_item, self.spec.register, self.row_id(index.row()),
                                    **{column.field: value})
        return changes is not None

    # -- adding and removing -------------------------------------------------------------------
    def add_row(self, **fields: Any) -> int | None:
        """Add an item; the new row's position, or None if the service refused it."""
        changes = self._edit(registers.add_item, self.spec.register, **{**self.spec.where, **fields})
        if not changes:
            return None
        added = {c.row_id for c in changes if c.kind == "added"}
        return next((i for i, r in enumerate(self.rows) if r.id in added), len(self.rows) - 1)

    def remove_rows(self, rows: list[int]) -> None:
        for item_id in [self.row_id(r) for r in sorted(set(rows))]:
            self._edit(registers.delete_item, self.spec.register, item_id)
