"""An open profile: navigator on the left, the current page in the centre, Back / Next below."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSplitter, QStackedWidget, QVBoxLayout, QWidget

from mpdesk.services import CellKey
from mpdesk.services.profile import selected_sections
from mpdesk.ui import pane_sizes
from mpdesk.ui.context import AppContext
from mpdesk.ui.navigator import Navigator
from mpdesk.ui.page_factory import make_page, normalise
from mpdesk.ui.widgets import MessageBar


class ProfileView(QWidget):
    target_shown = Signal(str)
    export_requested = Signal()   # the last step's Next: export the report

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.pages: dict[str, QWidget] = {}
        self.current = ""
        self.current_step = ctx.ws.catalogue.steps[0].key
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.info = MessageBar(self)
        layout.addWidget(self.info)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.navigator = Navigator(ctx)
        self.stack = QStackedWidget()
        self.stack.setObjectName("PageArea")
        splitter.addWidget(self.navigator)
        splitter.addWidget(self._centre())
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([self.fontMetrics().horizontalAdvance("M") * pane_sizes.NAVIGATOR_MAX_EM, 900])
        splitter.setCollapsible(0, False)
        splitter.setCollapsible(1, False)
        self.splitter = splitter
        self._sized = False
        layout.addWidget(splitter, 1)
        self.navigator.target_chosen.connect(self.show_target)
        ctx.navigate_requested.connect(self.show_target)
        self._shortcuts()

    def set_navigator_width(self, width: int) -> None:
        """The main window sizes the navigator (pane_sizes): it knows the guidance's width too."""
        self._sized = True
        self.splitter.setSizes([width, max(self.splitter.width() - width, 1)])

    def navigator_width(self) -> int:
        """The navigator's width as the user sees it (0 before the view was first sized)."""
        return self.splitter.sizes()[0] if self._sized else 0

    def _centre(self) -> QWidget:
        centre = QWidget()
        layout = QVBoxLayout(centre)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.stack, 1)
        bar = QWidget()
        bar.setObjectName("StepBar")
        row = QHBoxLayout(bar)
        row.setContentsMargins(16, 8, 16, 8)
        self.back_button = QPushButton(self.tr("← Back"))
        self.back_button.setAccessibleName(self.tr("Previous step"))
        self.back_button.setToolTip(self.tr("Previous step (Ctrl+Page Up)"))
        self.next_button = QPushButton(self.tr("Next →"))
        self.next_button.setObjectName("Primary")
        self.next_button.setAccessibleName(self.tr("Next step"))
        self.next_button.setToolTip(self.tr("Next step (Ctrl+Page Down)"))
        self.back_button.clicked.connect(self.go_back)
        self.next_button.clicked.connect(self.go_next)
        row.addWidget(self.back_button)
        row.addStretch(1)
        row.addWidget(self.next_button)
        layout.addWidget(bar)
        return centre

    def _shortcuts(self) -> None:
        QShortcut(QKeySequence("Ctrl+PgDown"), self, self.go_next)
        QShortcut(QKeySequence("Ctrl+PgUp"), self, self.go_back)

    # -- navigation ----------------------------------------------------------------------------
    def show_target(self, target: str) -> None:
        target = normalise(target)
        if target.startswith("cell:"):
            self._show_cell(target[5:])
            return
        if target.startswith("section:") and not self.ctx.ws.catalogue.has_section(target[8:]):
            return
        if target not in self.pages:
            self.pages[target] = make_page(self.ctx, target)
            self.stack.addWidget(self.pages[target])
        self.stack.setCurrentWidget(self.pages[target])
        self.current = target
        if target.startswith("step:"):
            self.current_step = target[5:]
        self.navigator.select(target)
        self._update_buttons()
        self.target_shown.emit(target)

    def _show_cell(self, payload: str) -> None:
        try:
            key = CellKey(**json.loads(payload))
            section = self._grid_section(key.indicator)
        except (ValueError, TypeError, KeyError):
            return
        self.show_target(f"section:{section}")
        focus = getattr(self.stack.currentWidget(), "focus_cell", None)
        if callable(focus):
            focus(key)

    def _grid_section(self, indicator_key: str) -> str:
        """The module whose grid (and details panel) holds the indicator; the dashboard has no grid,
        so a headline figure opens in the first chosen module that shows it."""
        catalogue = self.ctx.ws.catalogue
        own = catalogue.indicator(indicator_key).section_key
        if own != "glance":
            return own
        for key in selected_sections(self.ctx.ws):
            if key != "glance" and any(i.key == indicator_key for i in catalogue.indicators_shown_in(key)):
                return key
        return own

    def current_page(self) -> QWidget | None:
        return self.stack.currentWidget()

    def go_next(self) -> None:
        last = self.current.startswith("step:") and self.ctx.ws.catalogue.next_step(self.current_step) is None
        if last:
            self.export_requested.emit()
            return
        step = self.ctx.ws.catalogue.next_step(self.current_step) if self.current.startswith("step:") \
            else self.ctx.ws.catalogue.step(self.current_step)
        if step is not None:
            self.show_target(f"step:{step.key}")

    def go_back(self) -> None:
        step = self.ctx.ws.catalogue.previous_step(self.current_step) if self.current.startswith("step:") \
            else self.ctx.ws.catalogue.step(self.current_step)
        if step is not None:
            self.show_target(f"step:{step.key}")

    def _update_buttons(self) -> None:
        on_step = self.current.startswith("step:")
        catalogue = self.ctx.ws.catalogue
        nxt = catalogue.next_step(self.current_step) if on_step else None
        # On a report page one button leads back to the step in hand ("← Back" did the same thing).
        self.back_button.setVisible(on_step)
        self.back_button.setEnabled(on_step and catalogue.previous_step(self.current_step) is not None)
        self.next_button.setEnabled(True)
        if not on_step:
            self.next_button.setText(self.tr("← Back to step {key}").format(key=self.current_step))
            self.next_button.setToolTip(self.tr("Return to the step you were working on"))
        elif nxt is None:
            # the last step: the way on is to export the finished report
            self.next_button.setText(self.tr("Export the report…"))
            self.next_button.setToolTip(self.tr("The last step: export the report as PDF, Excel or CSV (Ctrl+E)"))
        else:
            self.next_button.setText(self.tr("Next: {key} →").format(key=nxt.key))
            self.next_button.setToolTip(self.tr("Next step (Ctrl+Page Down)"))
