"""The guidance dock: what the IOM guide says about the current step or report section."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QTextBrowser, QWidget

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
