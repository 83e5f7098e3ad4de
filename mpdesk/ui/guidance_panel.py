"""The guidance dock: what the IOM guide says about the current step or report section; its title
bar with a Hide button, and the slim strip at the window's edge that brings it back."""

from __future__ import annotations

import html

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QStyle, QStyleOptionToolButton, QStylePainter, QTextBrowser, QToolButton, QVBoxLayout,
    QWidget,
)

from mpdesk.ui.widgets import section_label
from mpdesk.guide import Catalogue


def _paragraphs(text: str) -> str:
    parts = [p.strip().replace("\n", " ") for p in text.split("\n\n") if p.strip()]
    return "".join(f"<p>{html.escape(p)}</p>" for p in parts)


class GuidancePanel(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Guidance")
        self.setOpenExternalLinks(False)
        self.setAccessibleName(self.tr("Guidance"))

    def show_target(self, catalogue: Catalogue, language: str, target: str) -> None:
        kind, _, key = target.partition(":")
        if kind == "step":
            self.setHtml(self._step_html(catalogue, language, key))
        elif kind in ("section", "glance"):
            self.setHtml(self._section_html(catalogue, language, key or "glance"))
        elif kind in ("quality", "imports"):
            title, text = self._page_guidance(kind)
            self.setHtml(f"<h3>{html.escape(title)}</h3>" + _paragraphs(text))
        else:
            self.clear()

    def _page_guidance(self, kind: str) -> tuple[str, str]:
        """Title and paragraphs for the pages that are not a step or a report section."""
        if kind == "quality":
            return self.tr("Data quality"), self.tr(
                "The quality checks look for missing core figures, totals that do not add up, shares above "
                "100 %, breaks in series and figures without a source. Fix each finding in its module, or note "
                "why it stands.")
        return self.tr("Import log"), self.tr(
            "The import log is the profile's record of every file imported into it: when, by whom, from which "
            "publisher, and how many figures it added, changed or skipped. It is the trace of where the imported "
            "figures come from, for the team and for the reviewers.\n\n"
            "Select an import to see the figures that still come from it, and Show the figure in its module "
            "to check one in place.\n\n"
            "An import that brought the wrong file or the wrong year can be taken back as a whole: select it, "
            "choose Remove this import… and confirm. Its figures are removed and the figures it replaced come "
            "back; Edit ▸ Undo brings the import back if you change your mind.")

    def _step_html(self, catalogue: Catalogue, language: str, key: str) -> str:
        step = catalogue.step(key)
        produces = "".join(f"<li>{html.escape(d.label.get_for(language))}</li>" for d in step.deliverables)
        body = f"<h3>{html.escape(step.key)} {html.escape(step.title.get_for(language))}</h3>"
        body += _paragraphs(step.guidance.get_for(language))
        if produces:
            body += f"<h4>{html.escape(self.tr('What this step produces'))}</h4><ul>{produces}</ul>"
        sections = [catalogue.section(k) for k in step.sections if catalogue.has_section(k)]
        if sections:
            names = ", ".join(html.escape(section_label(s, language)) for s in sections)
            body += f"<h4>{html.escape(self.tr('Feeds the report sections'))}</h4><p>{names}</p>"
        return body

    def _section_html(self, catalogue: Catalogue, language: str, key: str) -> str:
        if not catalogue.has_section(key):
            return ""
        section = catalogue.section(key)
        title = section_label(section, language)
        body = f"<h3>{html.escape(title)}</h3>" + _paragraphs(section.guidance.get_for(language))
        indicators = catalogue.indicators_for(key)
        if indicators:
            items = "".join(f"<li>{html.escape(i.name.get_for(language))}</li>" for i in indicators[:30])
            body += f"<h4>{html.escape(self.tr('Indicators'))}</h4><ul>{items}</ul>"
        return body


class GuidanceTitle(QWidget):
    """The dock's title bar: its name and a Hide button a user sees without knowing F1."""

    hide_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("GuidanceTitle")
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 2, 2, 2)
        self.label = QLabel(self.tr("Guidance"))
        self.label.setObjectName("GuidanceTitleText")
        self.hide_button = QToolButton()
        self.hide_button.setObjectName("GuidanceHide")
        self.hide_button.setText(self.tr("Hide"))
        self.hide_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_TitleBarCloseButton))
        self.hide_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.hide_button.setToolTip(self.tr("Hide guidance (F1)"))
        self.hide_button.setAccessibleName(self.tr("Hide guidance"))
        self.hide_button.setAutoRaise(True)
        self.hide_button.clicked.connect(self.hide_requested)
        row.addWidget(self.label, 1)
        row.addWidget(self.hide_button)


class VerticalButton(QToolButton):
    """A tool button whose label reads top to bottom, as on the side bars of many editors, so a strip
    a finger wide can still say what it opens."""

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's minimumSizeHint returns this one too
        return super().sizeHint().transposed()

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        painter = QStylePainter(self)
        option = QStyleOptionToolButton()
        self.initStyleOption(option)
        option.rect = option.rect.transposed()   # drawn lying down, then turned a quarter clockwise
        painter.rotate(90)
        painter.translate(0, -self.width())
        painter.drawComplexControl(QStyle.ComplexControl.CC_ToolButton, option)


class GuidanceStrip(QWidget):
    """Shown at the window's edge the guidance was docked at (right or left) while it is collapsed:
    one click (or Tab and Space) opens it again."""

    show_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("GuidanceStrip")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        column = QVBoxLayout(self)
        column.setContentsMargins(2, 8, 2, 8)
        self.button = VerticalButton()
        self.button.setObjectName("GuidanceStripButton")
        self.button.setText(self.tr("Guidance"))
        self.button.setToolTip(self.tr("Show guidance (F1)"))
        self.button.setAccessibleName(self.tr("Show guidance"))
        self.button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.button.setAutoRaise(True)
        self.button.clicked.connect(self.show_requested)
        column.addWidget(self.button)
        column.addStretch(1)
