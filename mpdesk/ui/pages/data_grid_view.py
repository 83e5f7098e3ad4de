"""The grid's table view: spreadsheet keys, and the Indicator and Unit columns frozen at the left.

The frozen columns follow Qt's "Frozen Column" example: a second QTableView over the left edge
of the main one, sharing its model and selection, scrolled vertically with it. The years scroll
under it; the main view never scrolls a year column behind the frozen part.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QPainter, QPolygon
from PySide6.QtWidgets import (
    QAbstractItemDelegate, QAbstractItemView, QComboBox, QHeaderView, QLineEdit, QTableView, QWidget,
)

from mpdesk.ui.pages.data_grid_model import FIXED_COLUMNS, HAS_NOTE_ROLE, YES_NO_ROLE
from mpdesk.ui.pages.grid_labels import LabelDelegate
from mpdesk.ui.pages.register_delegate import SpreadsheetKeys

NOTE_MARK = QColor("#E69F00")


class GridDelegate(SpreadsheetKeys):
    """Right-aligned text editor (a Yes/No list for yes/no indicators); an orange corner for notes."""

    def createEditor(self, parent, option, index):  # noqa: N802 (Qt name)
        if index.data(YES_NO_ROLE):
            combo = QComboBox(parent)
            combo.setAccessibleName(self.tr("Yes or no"))
            combo.addItem("", "")
            combo.addItem(self.tr("Yes"), "1")
            combo.addItem(self.tr("No"), "0")
            return combo
        editor = QLineEdit(parent)
        editor.setAccessibleName(self.tr("Figure"))
        editor.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        editor.setFrame(False)
        return editor

    def setEditorData(self, editor, index) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole) or "")))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor, model, index) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData())
        else:
            super().setModelData(editor, model, index)

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
    cut_requested = Signal()
    paste_requested = Signal()
    delete_requested = Signal()
    locked_typed = Signal(QModelIndex)   # typing into a cell that cannot be typed into

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemDelegate(GridDelegate(self))
        self.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                             | QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setTabKeyNavigation(False)   # Tab leaves the grid unless a cell is being edited
        self.setAlternatingRowColors(False)
        self.setWordWrap(False)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(26)
        self.horizontalHeader().setHighlightSections(False)
        self.frozen = self._make_frozen()

    # -- the frozen columns -------------------------------------------------------------------
    def _make_frozen(self) -> QTableView:
        frozen = QTableView(self)
        frozen.setObjectName("FrozenColumns")
        frozen.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        frozen.verticalHeader().setVisible(False)
        frozen.verticalHeader().setDefaultSectionSize(26)
        # Indicator and Unit open at a capped width; dragging a header edge widens them (see _frozen_resized)
        frozen.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        frozen.horizontalHeader().setHighlightSections(False)
        frozen.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        frozen.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        frozen.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        frozen.setWordWrap(True)   # a long name wraps, never cut (its row as tall: DataGrid._fit_rows)
        frozen.setItemDelegate(LabelDelegate(frozen))
        frozen.setStyleSheet("QTableView#FrozenColumns { border: none; border-right: 1px solid #B8BEC6; }")
        self.viewport().stackUnder(frozen)
        frozen.verticalScrollBar().valueChanged.connect(self.verticalScrollBar().setValue)
        self.verticalScrollBar().valueChanged.connect(frozen.verticalScrollBar().setValue)
        self.horizontalHeader().sectionResized.connect(self._section_resized)
        frozen.horizontalHeader().sectionResized.connect(self._frozen_resized)
        self.verticalHeader().sectionResized.connect(lambda row, _old, size: frozen.setRowHeight(row, size))
        return frozen

    def setModel(self, model) -> None:  # noqa: N802
        super().setModel(model)
        self.frozen.setModel(model)
        self.frozen.setSelectionModel(self.selectionModel())
        model.modelReset.connect(self._hide_year_columns)
        model.columnsInserted.connect(self._hide_year_columns)
        self._hide_year_columns()

    def _hide_year_columns(self) -> None:
        model = self.model()
        for column in range(model.columnCount()):
            self.frozen.setColumnHidden(column, column >= FIXED_COLUMNS)
            if column < FIXED_COLUMNS:
                self.frozen.setColumnWidth(column, self.columnWidth(column))
        self._place_frozen()

    def _section_resized(self, column: int, _old: int, size: int) -> None:
        if column < FIXED_COLUMNS:
            self.frozen.setColumnWidth(column, size)
            self._place_frozen()

    def _frozen_resized(self, column: int, _old: int, size: int) -> None:
        """The user widened a frozen column: the main view's column (under it) follows."""
        if column < FIXED_COLUMNS and self.columnWidth(column) != size:
            self.setColumnWidth(column, size)

    def frozen_width(self) -> int:
        return sum(self.columnWidth(c) for c in range(min(FIXED_COLUMNS, self.model().columnCount())))

    def _place_frozen(self) -> None:
        self.frozen.setGeometry(self.frameWidth(), self.frameWidth(), self.frozen_width(),
                                self.viewport().height() + self.horizontalHeader().height())

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._place_frozen()

    def scrollTo(self, index: QModelIndex | QPersistentModelIndex, hint=QAbstractItemView.ScrollHint.EnsureVisible) -> None:  # noqa: N802
        """Bring a year cell into view to the right of the frozen columns, never behind them."""
        if not index.isValid() or index.column() < FIXED_COLUMNS:
            if index.isValid():
                model = self.model()
                wide = model.columnCount() > FIXED_COLUMNS
                super().scrollTo(model.index(index.row(), FIXED_COLUMNS) if wide else index, hint)
            return
        super().scrollTo(index, hint)
        hidden = self.frozen_width() - self.columnViewportPosition(index.column())
        if hidden > 0:
            bar = self.horizontalScrollBar()
            bar.setValue(bar.value() - hidden)

    def show_column_first(self, column: int) -> None:
        """Scroll so that ``column`` is the first year seen beside the frozen columns."""
        self.updateGeometries()   # the scroll range follows column widths only after a layout pass
        bar = self.horizontalScrollBar()
        bar.setValue(bar.value() + self.columnViewportPosition(column) - self.frozen_width())

    def first_visible_year_column(self) -> int:
        return self.columnAt(self.frozen_width() + 1)

    # -- keys -------------------------------------------------------------------------------
    def keyPressEvent(self, event) -> None:  # noqa: N802
        editing = self.state() == QAbstractItemView.State.EditingState
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_requested.emit()
        elif event.matches(QKeySequence.StandardKey.Cut):
            self.cut_requested.emit()
        elif event.matches(QKeySequence.StandardKey.Paste):
            self.paste_requested.emit()
        elif event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.delete_requested.emit()
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not editing:
            self.move_down()
        elif not editing and self._types_text(event) and self._locked(self.currentIndex()):
            self.locked_typed.emit(self.currentIndex())
        else:
            super().keyPressEvent(event)

    @staticmethod
    def _types_text(event) -> bool:
        text = event.text()
        return bool(text) and text.isprintable() and not (event.modifiers() & Qt.KeyboardModifier.ControlModifier)

    @staticmethod
    def _locked(index: QModelIndex) -> bool:
        return index.isValid() and index.column() >= FIXED_COLUMNS and not (index.flags() & Qt.ItemFlag.ItemIsEditable)

    def mouseDoubleClickEvent(self, event) -> None:  # noqa: N802
        index = self.indexAt(event.position().toPoint())
        if self._locked(index):
            self.locked_typed.emit(index)
        super().mouseDoubleClickEvent(event)

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
