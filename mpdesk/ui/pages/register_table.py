"""A register as a table with Add / Remove, an optional filter, and inline error messages."""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QFocusEvent, QGuiApplication, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate, QAbstractItemView, QCheckBox, QHBoxLayout, QPushButton, QTableView, QVBoxLayout, QWidget,
)

from mpdesk.ui.context import AppContext
from mpdesk.ui.proxy import refilter
from mpdesk.ui.pages.register_columns import RegisterColumns
from mpdesk.ui.pages.register_delegate import RegisterDelegate
from mpdesk.ui.pages.register_model import RegisterSpec, RegisterTableModel
from mpdesk.ui.widgets import MessageBar, heading, hint


class RowFilterProxy(QSortFilterProxyModel):
    """Keeps the rows a predicate accepts (e.g. unresolved comments only)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.predicate: Callable[[Any], bool] | None = None

    def set_predicate(self, predicate: Callable[[Any], bool] | None) -> None:
        refilter(self, lambda: setattr(self, "predicate", predicate))

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:
        if self.predicate is None:
            return True
        return self.predicate(self.sourceModel().rows[source_row])


class RegisterView(QTableView):
    """A register's table: Tab walks a row cell by cell, tick columns included.

    While a cell is edited the delegate turns Tab into "commit, edit the next cell". A tick cell
    (Focal point, Resolved) has no editor, so the walk stopped there with the table itself focused,
    and the next Tab left the table: the user's next words landed, appended, in the field below
    the register (tester8 #3, 1.2). Arriving on such a cell by Tab, Tab / Shift+Tab go on to the
    next / previous cell; Space ticks it. Escape, a click or leaving the table ends the walk, and
    Tab then leaves the table as before (keyboard users must be able to get out of it).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.walking = False

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:  # noqa: N802
        super().closeEditor(editor, hint)
        moving = hint in (QAbstractItemDelegate.EndEditHint.EditNextItem,
                          QAbstractItemDelegate.EndEditHint.EditPreviousItem)
        self.walking = moving and self.state() != QAbstractItemView.State.EditingState

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802
        if self.walking and self.state() != QAbstractItemView.State.EditingState and self.currentIndex().isValid():
            self._walk(forward)
            return True
        return super().focusNextPrevChild(forward)

    def _walk(self, forward: bool) -> None:
        action = QAbstractItemView.CursorAction.MoveNext if forward else QAbstractItemView.CursorAction.MovePrevious
        index = self.moveCursor(action, Qt.KeyboardModifier.NoModifier)
        if not index.isValid():
            return
        self.setCurrentIndex(index)
        self.scrollTo(index)
        if index.flags() & Qt.ItemFlag.ItemIsEditable:
            self.edit(index)
        self.walking = self.state() != QAbstractItemView.State.EditingState   # a tick cell again

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape:
            self.walking = False
        super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self.walking = False
        super().mousePressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        if self.state() != QAbstractItemView.State.EditingState:
            self.walking = False
        super().focusOutEvent(event)


class RegisterTable(QWidget):
    def __init__(self, ctx: AppContext, spec: RegisterSpec, title: str, explanation: str = "",
                 add_text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = RegisterTableModel(ctx, spec, self)
        self.proxy = RowFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading(title, 2))
        if explanation:
            layout.addWidget(hint(explanation))
        self.message = MessageBar(self)
        layout.addWidget(self.message)
        self.toolbar = QHBoxLayout()
        layout.addLayout(self.toolbar)
        self.filters = QHBoxLayout()   # filters on a line of their own: the page must fit 1024 px
        layout.addLayout(self.filters)
        self.view = self._make_view(spec, title)
        layout.addWidget(self.view)
        self._add_buttons(add_text or self.tr("Add"))
        QWidget.setTabOrder(self.remove_button, self.view)   # Add / Remove come before the table
        self.model.refused.connect(self._show_error)
        ctx.changed.connect(lambda _c: self.message.hide() if self.message.property("kind") == "error" else None)

    def _make_view(self, spec: RegisterSpec, title: str) -> QTableView:
        view = RegisterView(self)
        view.setModel(self.proxy)
        delegate = RegisterDelegate(spec, view)
        delegate.refused.connect(self._show_error)
        view.setItemDelegate(delegate)
        view.setAccessibleName(title)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed)
        # Tab leaves the table unless a cell is being edited; while editing, the delegate moves
        # Tab / Shift+Tab to the next / previous cell and commits the one left, as in a spreadsheet
        # (over tick cells too: RegisterView).
        view.setTabKeyNavigation(False)
        view.setAlternatingRowColors(True)
        view.setWordWrap(True)
        view.verticalHeader().setVisible(False)
        self._size_columns(view, spec)
        return view

    def _size_columns(self, view: QTableView, spec: RegisterSpec) -> None:
        """Columns sized to their content and header, rows tall enough for wrapped text (register_columns)."""
        self.columns = RegisterColumns(view, spec)
        view.setMinimumHeight(view.fontMetrics().lineSpacing() * 16)

    def _add_buttons(self, add_text: str) -> None:
        self.add_button = QPushButton(add_text)
        self.add_button.setAccessibleName(add_text)
        self.add_button.clicked.connect(self.add_row)
        self.remove_button = QPushButton(self.tr("Remove selected"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected rows"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.toolbar.addWidget(self.add_button)
        self.toolbar.addWidget(self.remove_button)
        self.toolbar.addStretch(1)

    def add_filter(self, text: str, predicate: Callable[[Any], bool]) -> QCheckBox:
        box = QCheckBox(text)
        box.toggled.connect(lambda on: self.proxy.set_predicate(predicate if on else None))
        self.filters.addWidget(box)
        self.filters.addStretch(1)
        QWidget.setTabOrder(self.remove_button, box)
        QWidget.setTabOrder(box, self.view)
        return box

    def add_row(self, **fields: Any) -> None:
        row = self.model.add_row(**fields)
        if row is None:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)
            self.view.edit(index)

    def remove_selected(self) -> None:
        rows = [self.proxy.mapToSource(i).row() for i in self.view.selectionModel().selectedRows()]
        if not rows and self.view.currentIndex().isValid():
            rows = [self.proxy.mapToSource(self.view.currentIndex()).row()]
        if not rows:
            return
        self.model.remove_rows(rows)
        self.message.show_message(self.tr("%n row(s) removed. Edit > Undo (Ctrl+Z) brings them back.", "", len(rows)),
                                  "info")

    # -- the Edit menu ---------------------------------------------------------------------------
    def edit_action(self, name: str) -> bool:
        """Copy gives the selected rows as tab-separated text; Paste fills cells from the current one;
        Delete empties the current cell, as in a spreadsheet; Cut removes the selected rows (Ctrl+Z
        brings them back)."""
        if name == "select_all":
            self.view.selectAll()
        elif name in ("copy", "cut"):
            QGuiApplication.clipboard().setText(self.selection_text())
            if name == "cut":
                self.remove_selected()
        elif name == "paste":
            self.paste_text(QGuiApplication.clipboard().text())
        elif name == "delete":
            self.clear_current()
        return True

    def clear_current(self) -> None:
        index = self.view.currentIndex()
        if index.isValid() and self.model.spec.columns[index.column()].editor in ("text", "date"):
            self.proxy.setData(index, "" if self.model.spec.columns[index.column()].editor == "text" else None)

    def selection_text(self) -> str:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedIndexes()})
        if not rows and self.view.currentIndex().isValid():
            rows = [self.view.currentIndex().row()]
        columns = range(self.proxy.columnCount())
        return "\n".join("\t".join(self.proxy.index(r, c).data() or "" for c in columns) for r in rows)

    def paste_text(self, text: str) -> None:
        """Fill text cells from the current one rightwards and downwards, one line per row."""
        start = self.view.currentIndex()
        if not start.isValid() or not text.strip():
            return
        lines = text.replace("\r\n", "\n").rstrip("\n").split("\n")
        for i, line in enumerate(lines):
            for j, cell in enumerate(line.split("\t")):
                index = self.proxy.index(start.row() + i, start.column() + j)
                if index.isValid() and self.model.spec.columns[index.column()].editor == "text":
                    self.proxy.setData(index, cell)

    def _show_error(self, text: str) -> None:
        self.message.show_message(text, "error")
