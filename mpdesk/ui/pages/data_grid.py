"""The data grid a team types its figures into: spreadsheet keys, paste from Excel, inline errors."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSize, QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QHBoxLayout, QHeaderView, QInputDialog, QLabel, QPushButton, QVBoxLayout, QWidget,
)

from mpdesk.services.keys import CellKey
from mpdesk.ui.context import AppContext
from mpdesk.ui.fitted_table import header_text_width
from mpdesk.ui.pages.data_grid_model import CELL_KEY_ROLE, FIXED_COLUMNS, DataGridModel
from mpdesk.ui.pages.data_grid_view import GridView
from mpdesk.ui.pages.grid_labels import GRID_YEARS, Label, cell_label, label_widths, text_margins

LEAST_ROWS = 9     # the grid never shows fewer rows than this: the page scrolls instead


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
        self.view.setAccessibleName(self.tr("Figures of this section by year"))
        self.view.frozen.setAccessibleName(self.tr("Indicators and units"))
        self.message = QLabel()
        self.message.setObjectName("GridMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #A4262C; padding: 4px 2px;")
        self.message.hide()
        self._navigated = False
        self._labels: tuple[list[Label], list[Label]] | None = None   # the label columns' cells, measured once
        self._year_width = 0      # the widest year column
        self._fitting = False     # the grid is sizing the label columns (not the user's drag)
        self._user_sized = False  # the user dragged a label column's edge: its widths are theirs
        self._build()
        self._connect()
        self._size_columns()

    def _build(self) -> None:
        layout = self.column = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.add_year_button = QPushButton(self.tr("Add year…"))
        self.add_year_button.setAccessibleName(self.tr("Add a year column"))
        self.add_row_button = QPushButton(self.tr("Add row…"))
        self.add_row_button.setAccessibleName(self.tr("Add a row for a breakdown"))
        legend = QLabel(self.tr("Grey italic cells are computed (shaded) or not in the report's series "
                                "(the report prints '..'; see the tooltip). A tinted cell was imported; "
                                "an orange corner means the figure has a note."))
        legend.setObjectName("Hint")
        legend.setWordWrap(True)
        legend.setMinimumWidth(1)   # the legend wraps rather than widening the page
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.add_row_button)
        buttons.addWidget(self.add_year_button)
        self.legend = legend
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)
        layout.addWidget(legend)   # under the grid: above it, it pushed the figures off a 700 px screen
        self.view.setMinimumHeight(self.least_view_height())

    def least_view_height(self) -> int:
        """The header, LEAST_ROWS rows and the sideways scroll bar: a grid a team can work in."""
        view = self.view
        rows = view.verticalHeader().defaultSectionSize() * LEAST_ROWS
        scroll = view.style().pixelMetric(view.style().PixelMetric.PM_ScrollBarExtent)
        return view.horizontalHeader().sizeHint().height() + rows + scroll + 2 * view.frameWidth()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        """Tall enough for the wrapped legend and message at this width, beside the grid's rows.

        A layout's own minimum counts a wrapped label as one short line, and the splitter the grid
        sits in knows nothing of height-for-width: at 1366 px the two-line legend, and the red
        message under a refused cell, were drawn over the grid's last row."""
        hint = super().minimumSizeHint()
        return QSize(hint.width(), max(hint.height(), self._height_at(self.width())))

    def _height_at(self, width: int) -> int:
        layout = self.column
        margins = layout.contentsMargins()
        inner = width - margins.left() - margins.right()
        items = [layout.itemAt(i) for i in range(layout.count())]
        shown = [item for item in items if item is not None and not item.isEmpty()]
        heights = [item.heightForWidth(inner) if item.hasHeightForWidth() else item.minimumSize().height()
                   for item in shown]
        return sum(heights) + layout.spacing() * max(len(shown) - 1, 0) + margins.top() + margins.bottom()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        """A narrower page (1024 px, French) gives the Indicator and Unit columns less room: the names
        wrap onto more lines rather than being cut, and GRID_YEARS years stay in view beside them."""
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()   # the labels wrap to another number of lines: see minimumSizeHint
            self._fit_labels()

    def _connect(self) -> None:
        self.view.copy_requested.connect(self.copy_selection)
        self.view.cut_requested.connect(self.cut_selection)
        self.view.locked_typed.connect(self._explain_locked)
        self.view.paste_requested.connect(self.paste_clipboard)
        self.view.delete_requested.connect(self.clear_selection)
        self.view.selectionModel().currentChanged.connect(self._on_current)
        self.model.rejected.connect(self._on_rejected)
        self.model.errors_changed.connect(self._on_errors_changed)
        self.model.modelReset.connect(self._size_columns)
        self.view.horizontalHeader().sectionResized.connect(self._label_resized)
        self.add_year_button.clicked.connect(self._ask_year)
        self.add_row_button.clicked.connect(self._ask_row)
        self.ctx.changed.connect(self.model.apply_changes)

    def _size_columns(self) -> None:
        """Indicator and Unit take their content up to a cap (long names elide, in full as tooltip;
        the user may widen them), so at 1024 px several years show beside them; years fit their figures."""
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        em = self.view.fontMetrics().horizontalAdvance("M")
        least = self.view.fontMetrics().horizontalAdvance("000,000") + em
        self._year_width = least
        for column in range(FIXED_COLUMNS, self.model.columnCount()):
            self.view.resizeColumnToContents(column)
            self.view.setColumnWidth(column, max(least, self.view.columnWidth(column)))
            self._year_width = max(self._year_width, self.view.columnWidth(column))
        self._labels = None   # other rows: measured again
        self._fit_labels()
        QTimer.singleShot(0, self, self.show_reference_period)

    def _measured_labels(self) -> tuple[list[Label], list[Label]]:
        if self._labels is None:
            model, frozen = self.view.model(), self.view.frozen   # measured in the font they are drawn in
            self._labels = ([cell_label(frozen, model.index(r, 0)) for r in range(model.rowCount())],
                            [cell_label(frozen, model.index(r, 1)) for r in range(model.rowCount())])
        return self._labels

    def _fit_labels(self) -> None:
        """The Indicator and Unit columns as wide as their texts where the grid has room, else the
        room GRID_YEARS years leave them (grid_labels.label_widths); then each row as tall as its lines."""
        view = self.view
        if not self._user_sized and self.width() > 0:
            names, units = self._measured_labels()
            scroll = view.style().pixelMetric(view.style().PixelMetric.PM_ScrollBarExtent)
            room = self.width() - 2 * view.frameWidth() - scroll   # room for a scroll bar: no see-saw
            years = min(GRID_YEARS, self.model.columnCount() - FIXED_COLUMNS)
            header = view.frozen.horizontalHeader()
            heads = tuple(header_text_width(header, str(self.model.headerData(c, Qt.Orientation.Horizontal)))
                          for c in range(FIXED_COLUMNS))
            widths = label_widths(names, units, (heads[0], heads[1]), room - years * self._year_width,
                                  view.fontMetrics().horizontalAdvance("M"), text_margins(view.frozen))
            self._fitting = True
            for column, width in enumerate(widths):
                if view.columnWidth(column) != width:
                    view.setColumnWidth(column, width)
            self._fitting = False
        self._fit_rows()

    def _fit_rows(self) -> None:
        """Each row as tall as its name's (or unit's) lines at the columns' widths: no name is cut."""
        view = self.view
        names, units = self._measured_labels()
        margins = text_margins(view)
        base, spacing = view.verticalHeader().defaultSectionSize(), view.fontMetrics().lineSpacing()
        name_width, unit_width = view.columnWidth(0) - margins, view.columnWidth(1) - margins
        for row, (name, unit) in enumerate(zip(names, units)):
            height = base + (max(name.lines(name_width), unit.lines(unit_width)) - 1) * spacing
            if view.rowHeight(row) != height:
                view.setRowHeight(row, height)

    def _label_resized(self, column: int, _old: int, _size: int) -> None:
        """The user dragged the Indicator or Unit column's edge: the widths are theirs from now on."""
        if column < FIXED_COLUMNS and not self._fitting:
            self._user_sized = True
            self._fit_rows()

    def show_reference_period(self) -> None:
        """Open on the profile's reference period: its first year right beside the frozen columns."""
        if self._navigated:
            return              # "Go to the figure" already chose where to look
        start = self.ctx.ws.profile().period_start
        years = self.model.years
        first = next((i for i, y in enumerate(years) if y >= int(start)), len(years) - 1)
        if years:
            self.view.show_column_first(FIXED_COLUMNS + first)

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
        self._navigated = True
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
            # every cell that could not be read is named; the text stays in its (marked) cell
            self.show_message(self.tr("%n cell(s) were not pasted:", "", len(failures)) + "\n"
                              + "\n".join("• " + f for f in failures))
        elif not self.model.has_errors():
            self._hide_message()
        if saved:
            self.ctx.status_message.emit(self.tr("%n value(s) pasted.", "", saved))

    def clear_selection(self) -> None:
        self.model.clear_cells(self._source_cells())

    def edit_action(self, name: str) -> bool:
        """The Edit menu's Cut, Copy, Paste, Delete and Select all, on the grid's selection."""
        actions = {"cut": self.cut_selection, "copy": self.copy_selection, "paste": self.paste_clipboard,
                   "delete": self.clear_selection, "select_all": self.select_all}
        actions[name]()
        return True

    def cut_selection(self) -> None:
        self.copy_selection()
        self.clear_selection()

    def select_all(self) -> None:
        self.view.selectAll()

    # -- messages -----------------------------------------------------------------------------
    def _on_rejected(self, row: int, column: int, message: str) -> None:
        self.show_message(self._refusal(row, column, message))

    def _refusal(self, row: int, column: int, message: str) -> str:
        key = self.model.cell_key(row, column)
        where = self.model.where(row, key) if key else ""
        return self.tr("Not saved — {where}: {why} The text stays in the cell until you correct it.").format(
            where=where, why=message)

    def _on_errors_changed(self) -> None:
        """A corrected cell takes its message away; another refused cell keeps its own."""
        remaining = self.model.first_error()
        if remaining is None:
            if self.message.property("kind") == "refusal":
                self._hide_message()
            return
        self.show_message(self._refusal(*remaining), "refusal")

    def _explain_locked(self, proxy_index: QModelIndex) -> None:
        index = self.proxy.mapToSource(proxy_index)
        self.show_message(self.model.why_locked(index.row()), "locked")

    def show_message(self, text: str, kind: str = "refusal") -> None:
        self.message.setText(text)
        self.message.setProperty("kind", kind)
        self.message.show()
        self.updateGeometry()   # its lines take their own room under the grid (see minimumSizeHint)

    def _hide_message(self) -> None:
        self.message.hide()
        self.updateGeometry()

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
