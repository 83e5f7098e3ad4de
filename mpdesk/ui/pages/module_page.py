"""A report section: its text, the grid of its indicators with the cell details, and its charts."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QSplitter, QVBoxLayout, QWidget

from mpdesk.services.keys import CellKey
from mpdesk.ui.charts.chart_panel import ChartPanel
from mpdesk.ui.context import AppContext
from mpdesk.ui.pages.cell_details import CellDetails
from mpdesk.ui.pages.data_grid import DataGrid
from mpdesk.ui.pages.narrative_editor import NarrativeEditor
from mpdesk.ui.pages.register_table import RegisterTable
from mpdesk.ui.pages.step_kinds import SECTION_REGISTERS
from mpdesk.ui.widgets import heading, hint, section_label

GRID_HEIGHT = 600
DETAILS_HEIGHT = 190
GRID_LEAST = 330   # the grid's share of the splitter when the cell panel lists several sources


class FiguresSplitter(QSplitter):
    """The grid over the cell panel, at least ``least`` px tall and never less than its two parts need.

    A fixed minimum height let the page's layout squeeze the splitter below what the grid (with its
    wrapped legend and message) and the panel need, so the grid's last rows lay under its legend;
    with this minimum the page scrolls instead."""

    def __init__(self, least: int) -> None:
        super().__init__(Qt.Orientation.Vertical)
        self.least = least

    def set_least(self, least: int) -> None:
        self.least = least
        self.updateGeometry()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        hint = super().minimumSizeHint()
        return QSize(hint.width(), max(hint.height(), self.least))

    def sizeHint(self) -> QSize:  # noqa: N802
        hint = super().sizeHint()
        return QSize(hint.width(), max(hint.height(), self.minimumSizeHint().height()))


class ModulePage(QScrollArea):
    """Created by the shell as ``ModulePage(ctx, section_key)``; ``flush()`` saves pending text."""

    def __init__(self, ctx: AppContext, section_key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.section_key = section_key
        self.section = ctx.ws.catalogue.section(section_key)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        content = QWidget()
        content.setObjectName("ModulePageContent")
        self.layout_ = QVBoxLayout(content)
        self.layout_.setContentsMargins(24, 16, 24, 24)
        self.layout_.setSpacing(10)
        self._build_header()
        self._build_text()
        self.register = self._build_register()
        self._build_figures()
        self._build_charts()
        self.layout_.addStretch(1)
        self.setWidget(content)

    def _build_header(self) -> None:
        language = self.ctx.screen_language
        title = section_label(self.section, language)
        self.title_label = heading(title)
        self.layout_.addWidget(self.title_label)

    def _build_text(self) -> None:
        self.narrative = NarrativeEditor(self.ctx, self.section_key)
        self.narrative.setVisible(self.section.narrative)
        if self.section.narrative:
            self.layout_.addWidget(heading(self.tr("Text"), 2))
        self.layout_.addWidget(self.narrative)

    def _build_register(self) -> RegisterTable | None:
        """The register the section prints (the source inventory), editable as in its step, with the
        step named and a button to it: one register, kept in one place."""
        if self.section_key not in SECTION_REGISTERS:
            return None
        page_kind, make_table = SECTION_REGISTERS[self.section_key]
        step = next((s for s in self.ctx.ws.catalogue.steps if s.page == page_kind), None)
        if step is not None:
            title = f"{step.key}  {step.title.get_for(self.ctx.screen_language)}"
            row = QHBoxLayout()
            row.addWidget(hint(self.tr("Filled in at step {step}; the report prints it here. A change made on this "
                                       "page is made there too.").format(step=title)), 1)
            self.step_button = QPushButton(self.tr("Open step {key}").format(key=step.key))
            self.step_button.clicked.connect(lambda: self.ctx.navigate(f"step:{step.key}"))
            row.addWidget(self.step_button, 0, Qt.AlignmentFlag.AlignTop)
            self.layout_.addLayout(row)
        table = make_table(self.ctx)
        self.layout_.addWidget(table)
        return table

    def _build_figures(self) -> None:
        self.grid = DataGrid(self.ctx, self.section_key)
        self.details = CellDetails(self.ctx)
        self.grid.current_cell_changed.connect(self.details.show_cell)
        splitter = FiguresSplitter(GRID_HEIGHT)
        splitter.addWidget(self.grid)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([GRID_HEIGHT - DETAILS_HEIGHT, DETAILS_HEIGHT])
        splitter.setChildrenCollapsible(False)
        self.figures_splitter = splitter
        has_indicators = bool(self.grid.model.rowCount())
        if has_indicators:
            from mpdesk.ui.import_dialog import import_button_row

            self.layout_.addWidget(heading(self.tr("Figures"), 2))
            self.layout_.addLayout(import_button_row(self.ctx, self))
        self.layout_.addWidget(splitter)
        splitter.setVisible(has_indicators)

    def _build_charts(self) -> None:
        self.charts: ChartPanel | None = None
        if self.register is not None and not self.grid.model.rowCount():
            return   # a register, no indicators: "no charts yet, add one from any indicator" said nothing
        figures = self.grid.model.figures
        self.charts = ChartPanel(self.ctx, self.section_key, lambda: (figures.table(), figures.derived))
        self.layout_.addWidget(heading(self.tr("Charts"), 2))
        self.layout_.addWidget(self.charts)

    # -- called by the shell ------------------------------------------------------------------
    def focus_cell(self, key: CellKey) -> None:
        """Show and select a cell (navigation from the quality page or the dashboard)."""
        if self.grid.focus_cell(key):
            self.details.show_cell(key)
            if self.details.conflicts.isVisibleTo(self.details):
                # room for the list of sources under the cell, the grid keeps its frozen labels in view
                wanted = self.details.sizeHint().height()
                grid = max(sum(self.figures_splitter.sizes()) - wanted, GRID_LEAST)
                # the page scrolls; the grid keeps eight rows or so above a tall (stacked) panel
                self.figures_splitter.set_least(max(GRID_HEIGHT, grid + wanted))
                self.figures_splitter.setSizes([grid, wanted])
            self.ensureWidgetVisible(self.figures_splitter, 0, 40)

    def flush(self) -> None:
        self.narrative.flush()

    def hideEvent(self, event) -> None:  # noqa: N802
        self.flush()
        super().hideEvent(event)
