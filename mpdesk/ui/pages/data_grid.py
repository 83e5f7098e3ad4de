"""The data grid a team types its figures into: spreadsheet keys, paste from Excel, inline errors."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QGuiApplication, QKeySequence, QPainter, QPolygon
from PySide6.QtWidgets import (
    QAbstractItemDelegate, QAbstractItemView, QHBoxLayout, QHeaderView, QInputDialog, QLabel, QLineEdit,
    QPushButton, QStyledItemDelegate, QTableView, QVBoxLayout, QWidget,
)
from PySide6.QtCore import QPoint

from mpdesk.services.values import CellKey
from mpdesk.ui.context import AppContext
from mpdesk.ui.pages.data_grid_model import CELL_KEY_ROLE, FIXED_COLUMNS, HAS_NOTE_ROLE, DataGridModel

NOTE_MARK = QColor("#E69F00")


class GridDelegate(QStyledItemDelegate):
    """Right-aligned editor; a small orange corner on cells that carry a note."""

    def createEditor(self, parent, option, index):  # noqa: N802 (Qt name)
        editor = QLineEdit(parent)
        editor.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        editor.setFrame(False)
        return editor

    def paint(self, painter: QPainter, option, index) -> None:
        super().paint(painter, option, index)
        if index.data(HAS_NOTE_ROLE):
            rect = option.rect
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(NOTE_MARK)
            corner = [QPoint(rect.right() - 7, rect.top()), QPoint(rect.right(), rect.top()),
                      QPoint(rect.right(), rect.top() + 7)]
            painter.drawPolygon(QPolygon(corner))
            painter.restore()


class GridView(QTableView):
    """A QTableView that behaves like a spreadsheet for the keys people expect."""

    copy_requested = Signal()
    paste_requested = Signal()
    delete_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemDelegate(GridDelegate(self))
        self.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                             | QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setAlternatingRowColors(False)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(26)
        self.horizontalHeader().setHighlightSections(False)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_requested.emit()
        elif event.matches(QKeySequence.StandardKey.Paste):
            self.paste_requested.emit()
        elif event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.delete_requested.emit()
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.state() != QAbstractItemView.State.EditingState:
            self.move_down()
        else:
            super().keyPressEvent(event)

    def closeEditor(self, editor, hint) -> None:  # noqa: N802
        """Enter after typing saves and moves down, as in a spreadsheet."""
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:
            super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            self.move_down()
            return
        super().closeEditor(editor, hint)

    def move_down(self) -> None:
        current = self.currentIndex()
        if current.isValid() and current.row() + 1 < self.model().rowCount():
            self.setCurrentIndex(current.siblingAtRow(current.row() + 1))


class DataGrid(QWidget):
    """The section's indicators by year, with Add year / Add row and a message line under the grid."""

    current_cell_changed = Signal(object)   # CellKey or None

    def __init__(self, ctx: AppContext, section_key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = DataGridModel(ctx, section_key, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.view = GridView(self)
        self.view.setModel(self.proxy)
        self.message = QLabel()
        self.message.setObjectName("GridMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #A4262C; padding: 4px 2px;")
        self.message.hide()
        self._flash = QTimer(self, singleShot=True, interval=4000, timeout=self.model.clear_errors)
        self._build()
        self._connect()
        self._size_columns()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.add_year_button = QPushButton(self.tr("Add year…"))
        self.add_row_button = QPushButton(self.tr("Add row…"))
        legend = QLabel(self.tr("Grey italic cells are computed. A tinted cell was imported; "
                                "an orange corner means the figure has a note."))
        legend.setObjectName("Hint")
        legend.setWordWrap(True)
        bar.addWidget(legend, 1)
        bar.addWidget(self.add_row_button)
        bar.addWidget(self.add_year_button)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)

    def _connect(self) -> None:
        self.view.copy_requested.connect(self.copy_selection)
        self.view.paste_requested.connect(self.paste_clipboard)
        self.view.delete_requested.connect(self.clear_selection)
        self.view.selectionModel().currentChanged.connect(self._on_current)
        self.model.rejected.connect(self._on_rejected)
        self.model.modelReset.connect(self._size_columns)
        self.add_year_button.clicked.connect(self._ask_year)
        self.add_row_button.clicked.connect(self._ask_row)
        self.ctx.changed.connect(self.model.apply_changes)

    def _size_columns(self) -> None:
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.resizeColumnToContents(0)
        self.view.setColumnWidth(0, min(max(self.view.columnWidth(0), 220), 340))
        self.view.resizeColumnToContents(1)
        for column in range(FIXED_COLUMNS, self.model.columnCount()):
            self.view.setColumnWidth(column, 92)
        QTimer.singleShot(0, self, self._show_latest_years)

    def _show_latest_years(self) -> None:
        """Start scrolled to the most recent years: that is where the team works."""
        last = self.model.columnCount() - 1
        if last >= FIXED_COLUMNS and self.model.rowCount():
            self.view.scrollTo(self.proxy.index(0, last))

    # -- cells --------------------------------------------------------------------------------
    def _source_cells(self) -> list[tuple[int, int]]:
        indexes = [self.proxy.mapToSource(i) for i in self.view.selectionModel().selectedIndexes()]
        return sorted((i.row(), i.column()) for i in indexes)

    def current_source_index(self) -> QModelIndex:
        return self.proxy.mapToSource(self.view.currentIndex())

    def current_key(self) -> CellKey | None:
        index = self.current_source_index()
        return index.data(CELL_KEY_ROLE) if index.isValid() else None

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.current_cell_changed.emit(current.data(CELL_KEY_ROLE) if current.isValid() else None)

    def focus_cell(self, key: CellKey) -> bool:
        index = self.model.index_of(key)
        if not index.isValid():
            self.model.add_year(key.year)
            self.model.add_row(key.indicator, key.dims())
            index = self.model.index_of(key)
        if not index.isValid():
            return False
        proxy_index = self.proxy.mapFromSource(index)
        self.view.selectionModel().setCurrentIndex(proxy_index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.view.scrollTo(proxy_index)
        self.view.setFocus()
        return True

    # -- clipboard and delete -----------------------------------------------------------------
    def copy_selection(self) -> None:
        QGuiApplication.clipboard().setText(self.model.copy_text(self._source_cells()))

    def paste_clipboard(self) -> None:
        self.paste_text(QGuiApplication.clipboard().text())

    def paste_text(self, text: str) -> None:
        index = self.current_source_index()
        if not index.isValid() or not text.strip():
            return
        saved, failures = self.model.paste_block(index.row(), index.column(), text)
        if failures:
            self.show_message(self.tr("%n cell(s) were not pasted: ", "", len(failures)) + "; ".join(failures[:5])
                              + ("…" if len(failures) > 5 else ""))
        else:
            self.message.hide()
        if saved:
            self.ctx.status_message.emit(self.tr("%n value(s) pasted.", "", saved))

    def clear_selection(self) -> None:
        self.model.clear_cells(self._source_cells())

    # -- messages -----------------------------------------------------------------------------
    def _on_rejected(self, row: int, column: int, message: str) -> None:
        key = self.model.cell_key(row, column)
        self.show_message(self.tr("Not saved — {year}: {why}").format(year=key.year if key else "", why=message))
        self._flash.start()

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def message_text(self) -> str:
        return "" if self.message.isHidden() else self.message.text()

    # -- adding -------------------------------------------------------------------------------
    def _ask_year(self) -> None:
        years = self.model.years
        suggestion = (max(years) + 1) if years else self.ctx.ws.profile().period_end
        year, ok = QInputDialog.getInt(self, self.tr("Add year"), self.tr("Year to add as a column:"),
                                       suggestion, 1800, 2100)
        if ok:
            self.model.add_year(year)

    def _ask_row(self) -> None:
        from mpdesk.ui.pages.cell_details import AddRowDialog

        dialog = AddRowDialog(self.ctx, self.model.figures.indicators(), self)
        if dialog.exec():
            indicator_key, dims = dialog.chosen()
            self.model.add_row(indicator_key, dims)
            self.focus_cell(CellKey(indicator_key, self.model.years[-1], *dims))
