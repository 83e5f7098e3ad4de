"""What the window shows while a profile opens: its process navigator and first step, drawn from
the guidance catalogue and a light read of the file (mpdesk.peek), so the first paint does not
wait for the database layer. The full ProfileView replaces it as soon as the file is open."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSplitter, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from mpdesk.guide import Catalogue
from mpdesk.peek import ProfilePeek
from mpdesk.ui.guidance_panel import GuidancePanel
from mpdesk.ui.widgets import status_icon


def first_open_step(catalogue: Catalogue, peek: ProfilePeek) -> str:
    """The first step not done (as MainWindow opens a profile), else the first step."""
    steps = catalogue.steps
    return next((s.key for s in steps if peek.step_status.get(s.key, "") != "done"), steps[0].key)


class OpeningPreview(QWidget):
    """Navigator (stages and steps with their status) and the first open step's guidance."""

    def __init__(self, catalogue: Catalogue, peek: ProfilePeek, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from mpdesk.ui.language_settings import screen_language

        language = screen_language(peek.language)   # the guidance and titles in the interface's language
        current = first_open_step(catalogue, peek)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.status = QLabel(self.tr("Opening {title}…").format(title=peek.title))
        self.status.setObjectName("Hint")
        layout.addWidget(self.status)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("Process"))
        for stage in catalogue.stages:
            top = QTreeWidgetItem([self.tr("Stage {key} · {title}").format(key=stage.key,
                                                                           title=stage.title.get_for(language))])
            self.tree.addTopLevelItem(top)
            for step in stage.steps:
                item = QTreeWidgetItem([f"{step.key} {step.title.get_for(language)}"])
                item.setIcon(0, status_icon(peek.step_status.get(step.key, "not_started")))
                top.addChild(item)
                if step.key == current:
                    self.tree.setCurrentItem(item)
            top.setExpanded(True)
        self.page = GuidancePanel()
        self.page.show_target(catalogue, language, f"step:{current}")
        splitter.addWidget(self.tree)
        splitter.addWidget(self.page)
        splitter.setStretchFactor(1, 1)
        splitter.setCollapsible(0, False)
        self.splitter = splitter
        layout.addWidget(splitter, 1)

    def set_navigator_width(self, width: int) -> None:
        """The main window gives the width the profile's own navigator will have (its one rule,
        pane_sizes), so the navigator does not jump when the view replaces this preview."""
        self.splitter.setSizes([width, max(self.splitter.width() - width, 1)])
