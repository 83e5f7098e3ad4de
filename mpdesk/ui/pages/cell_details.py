"""The panel beside the grid: the current figure's value, source, note, status and competing sources."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QBoxLayout, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QFrame, QHeaderView, QLabel,
    QPlainTextEdit, QPushButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget,
)

from mpdesk.formats import disaggregation_text, format_value, status_label, unit_label
from mpdesk.guide import Indicator
from mpdesk.services import ChangeSet
from mpdesk.services.figures import cell_figures
from mpdesk.services.keys import CellKey, Figure
from mpdesk.services.values import annotate, choose_preferred
from mpdesk.ui.context import AppContext
from mpdesk.ui.widgets import LineField

STATUSES = ("draft", "estimate", "final")
STACK_BELOW_EM = 52   # narrower than this, the fields go under the figure instead of beside it


class CellDetails(QFrame):
    """Shows one cell; edits go through services.values.annotate / choose_preferred."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.key: CellKey | None = None
        self.rows: list[Figure] = []
        self.setObjectName("CellDetails")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._build()
        self.ctx.changed.connect(self._on_changed)
        self.show_cell(None)

    def _build(self) -> None:
        layout = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        layout.setSpacing(18)
        self.columns = layout
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setObjectName("SectionHeading")
        self.value_label = QLabel()
        self.value_label.setObjectName("CellValue")
        self.value_label.setWordWrap(True)
        self.value_label.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.provenance = QLabel()
        self.provenance.setWordWrap(True)
        self.provenance.setObjectName("Hint")
        self.provenance.setTextFormat(Qt.TextFormat.RichText)   # a link to the import, lines joined by <br>
        self.provenance.setMinimumWidth(1)   # never wider than the panel: it wraps (file names included)
        self.provenance.linkActivated.connect(self._open_import)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.source_edit = LineField()   # a long source shows its beginning (the publisher), not its end
        self.status_combo = QComboBox()
        self._fill_statuses("draft", "typed")
        self.note_edit = QPlainTextEdit()
        self.note_edit.setMaximumHeight(64)
        form.addRow(self.tr("Source"), self.source_edit)
        form.addRow(self.tr("Status"), self.status_combo)
        form.addRow(self.tr("Note"), self.note_edit)
        self.source_edit.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 8)
        self.status_combo.setMinimumContentsLength(8)
        self.status_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.save_button = QPushButton(self.tr("Save source and note"))
        self.save_button.clicked.connect(self.save)
        self.conflicts = self._conflict_panel()
        left = QVBoxLayout()
        for widget in (self.title, self.value_label, self.provenance):
            left.addWidget(widget)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)
        right.addStretch(1)
        layout.addLayout(left, 1)
        layout.addLayout(right, 1)
        outer = QVBoxLayout()
        outer.addLayout(layout)
        outer.addWidget(self.conflicts)   # full width under the cell: figure and source side by side
        self.setLayout(outer)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        """Side by side when there is room; the fields under the figure on a narrow window (1024 px)."""
        narrow = event.size().width() < self.fontMetrics().horizontalAdvance("M") * STACK_BELOW_EM
        direction = QBoxLayout.Direction.TopToBottom if narrow else QBoxLayout.Direction.LeftToRight
        if self.columns.direction() != direction:
            self.columns.setDirection(direction)
        super().resizeEvent(event)
        self._fit_height(event.size().width())

    def _fit_height(self, width: int) -> None:
        """Tall enough for the wrapped origin text at this width: the splitter the panel sits in asks
        its children for a minimum height only, never a height for their width, and would cut it off."""
        layout = self.layout()
        if layout is not None and layout.hasHeightForWidth():
            needed = layout.totalHeightForWidth(width)
            if needed != self.minimumHeight():
                self.setMinimumHeight(needed)

    def _conflict_panel(self) -> QWidget:
        """Competing figures as a list (figure, source, in use) with one button for the chosen line."""
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 6, 0, 0)
        self.conflict_header = QLabel(self.tr("Several sources give a figure. Choose the one the profile uses:"))
        self.conflict_header.setWordWrap(True)
        self.conflict_list = QTreeWidget()
        self.conflict_list.setObjectName("ConflictList")
        self.conflict_list.setAccessibleName(self.tr("Figures given by each source"))
        self.conflict_list.setRootIsDecorated(False)
        self.conflict_list.setHeaderLabels([self.tr("Figure"), self.tr("Source"), self.tr("Used")])
        self.conflict_list.setMinimumHeight(self.fontMetrics().lineSpacing() * 5)
        self.conflict_list.setMaximumHeight(self.fontMetrics().lineSpacing() * 7)
        header = self.conflict_list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.conflict_list.itemDoubleClicked.connect(lambda _item, _col: self.use_selected())
        self.use_button = QPushButton(self.tr("Use the selected figure"))
        self.use_button.clicked.connect(self.use_selected)
        layout.addWidget(self.conflict_header)
        layout.addWidget(self.conflict_list)
        layout.addWidget(self.use_button, 0, Qt.AlignmentFlag.AlignLeft)
        return panel

    def use_selected(self) -> None:
        item = self.conflict_list.currentItem()
        value_id = item.data(0, Qt.ItemDataRole.UserRole) if item else None
        if value_id:
            self.ctx.run_edit(choose_preferred, value_id)

    def _fill_statuses(self, status: str, provenance: str) -> None:
        """The statuses one may choose, named by formats.status_label (an imported figure its source
        gave no status reads 'As published'); a source's own status (projection…) is listed too."""
        self.status_combo.clear()
        for code in STATUSES + ((status,) if status and status not in STATUSES else ()):
            self.status_combo.addItem(status_label(code, provenance), code)

    # -- showing ------------------------------------------------------------------------------
    def show_cell(self, key: CellKey | None) -> None:
        self.key = key
        catalogue = self.ctx.ws.catalogue
        self.rows = [] if key is None else cell_figures(self.ctx.ws, key)
        editable = bool(self.rows)
        for widget in (self.source_edit, self.note_edit, self.status_combo, self.save_button):
            widget.setEnabled(editable)
        if key is None or not catalogue.has_indicator(key.indicator):
            self.title.setText(self.tr("Select a cell to see its source and note."))
            self._fill("", "", "", "draft", "")
            self._show_conflicts()
            return
        indicator = catalogue.indicator(key.indicator)
        language, screen = self.ctx.language, self.ctx.screen_language   # figures / names and units
        self.title.setText(f"{indicator.name.get_for(screen)}{disaggregation_text(key.dims(), screen)}, {key.year}")
        preferred = next((r for r in self.rows if r.preferred), self.rows[0] if self.rows else None)
        if preferred is None:
            text = self.tr("Computed from other figures") if indicator.derived else self.tr("No figure yet")
            self._fill(text, "", "", "draft", "")
            self._fill_statuses("draft", "typed")
        else:
            value = f"{format_value(preferred.value, indicator, language)} {unit_label(indicator.unit, screen)}"
            self._fill_statuses(preferred.status, preferred.provenance)
            origin = self._origin(preferred)
            if not preferred.preferred:   # the grid shows it grey italic: say why here too
                origin = self.tr("Not in the report's series: the report prints '..' for this year.") + "<br>" + origin
            self._fill(value.strip(), preferred.source, preferred.note, preferred.status, origin)
        self._show_conflicts(indicator)

    def _origin(self, row: Figure) -> str:
        if row.provenance == "imported":
            from mpdesk.ui.pages.import_log_page import origin_sentence

            return origin_sentence(self.ctx, row) or self.tr(
                "Imported from a file (see the import log); you can overwrite it by typing.")
        return self.tr("Typed in by the team.")

    def _open_import(self, link: str) -> None:
        from mpdesk.ui.pages.import_log_page import show_import

        show_import(self.ctx, link.removeprefix("import:"))

    def _fill(self, value: str, source: str, note: str, status: str, origin: str) -> None:
        self.value_label.setText(value)
        self.source_edit.setText(source)
        self.note_edit.setPlainText(note)
        self.status_combo.setCurrentIndex(max(self.status_combo.findData(status), 0))
        self.provenance.setText(origin)
        self.provenance.setVisible(bool(origin))
        self._fit_height(self.width())

    def _show_conflicts(self, indicator: Indicator | None = None) -> None:
        self.conflict_list.clear()
        if indicator is None or len(self.rows) < 2:
            self.conflicts.hide()
            return
        for row in sorted(self.rows, key=lambda r: not r.preferred):
            item = QTreeWidgetItem([format_value(row.value, indicator, self.ctx.language),
                                    row.source or self.tr("(no source)"), self.tr("In use") if row.preferred else ""])
            item.setTextAlignment(0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setToolTip(1, row.source or "")
            item.setData(0, Qt.ItemDataRole.UserRole, row.id)
            self.conflict_list.addTopLevelItem(item)
        self.conflict_list.setCurrentItem(self.conflict_list.topLevelItem(1))
        self.conflicts.show()

    # -- editing ------------------------------------------------------------------------------
    def save(self) -> None:
        if self.key is None or not self.rows:
            return
        self.ctx.run_edit(annotate, self.key, source=self.source_edit.text().strip(),
                          note=self.note_edit.toPlainText().strip(), status=self.status_combo.currentData())

    def _on_changed(self, changes: ChangeSet) -> None:
        if self.key is not None and self.key.indicator in changes.indicator_keys():
            self.show_cell(self.key)


class AddRowDialog(QDialog):
    """Pick an indicator and a new partner country, age group or category to add as a grid row."""

    def __init__(self, ctx: AppContext, indicators: list[Indicator], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add row"))
        self.ctx = ctx
        self.indicators = [i for i in indicators if not i.derived and
                           {"partner", "age_group", "category"} & set(i.disaggregations)]
        form = QFormLayout(self)
        self.indicator_combo = QComboBox()
        for indicator in self.indicators:
            self.indicator_combo.addItem(indicator.name.get_for(ctx.screen_language), indicator.key)
        self.kind_combo = QComboBox()
        self.value_combo = QComboBox()
        self.value_combo.setEditable(True)
        self.value_combo.setMinimumWidth(260)
        form.addRow(self.tr("Indicator"), self.indicator_combo)
        form.addRow(self.tr("Break down by"), self.kind_combo)
        form.addRow(self.tr("Value"), self.value_combo)
        self.hint = QLabel()
        self.hint.setObjectName("Hint")
        form.addRow(self.hint)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.indicator_combo.currentIndexChanged.connect(self._fill_kinds)
        self.kind_combo.currentIndexChanged.connect(self._fill_values)
        self._fill_kinds()

    def _fill_kinds(self) -> None:
        self.kind_combo.clear()
        if not self.indicators:
            self.hint.setText(self.tr("No indicator of this section can be broken down further."))
            return
        indicator = self.indicators[self.indicator_combo.currentIndex()]
        names = {"partner": self.tr("Partner country"), "age_group": self.tr("Age group"),
                 "category": indicator.category_label.get_for(self.ctx.screen_language) or self.tr("Category")}
        for dimension in ("partner", "age_group", "category"):
            if dimension in indicator.disaggregations:
                self.kind_combo.addItem(names[dimension], dimension)

    def _fill_values(self) -> None:
        self.value_combo.clear()
        if self.kind_combo.currentData() == "partner":
            from mpdesk.countries import by_iso3

            screen = self.ctx.screen_language
            countries = sorted(by_iso3().values(), key=lambda c: c.name(screen))
            for country in countries:
                self.value_combo.addItem(country.name(screen), country.iso3)
            self.value_combo.setEditable(False)
        else:
            self.value_combo.setEditable(True)
            self.value_combo.setEditText("15-24" if self.kind_combo.currentData() == "age_group" else "")

    def _accept(self) -> None:
        if self.chosen()[0] and any(self.chosen()[1]):
            self.accept()
        else:
            self.hint.setText(self.tr("Type the age group or category to add."))

    def chosen(self) -> tuple[str, tuple[str, str, str, str]]:
        key = self.indicator_combo.currentData() or ""
        dimension = self.kind_combo.currentData()
        value = (self.value_combo.currentData() if dimension == "partner" else self.value_combo.currentText()) or ""
        value = value.strip()
        return key, ("", value if dimension == "age_group" else "", value if dimension == "partner" else "",
                     value if dimension == "category" else "")
