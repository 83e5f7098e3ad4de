"""The report's sequence of flowables: cover, imprint, front matter, contents and lists of tables
and figures, modules, Part D, annexes.

Sections with nothing to show are left out of a final report before any page break is placed,
so a left-out section never leaves an empty page behind.
"""

from __future__ import annotations

from typing import Any, Callable

from mpdesk.export.markup import escape_text
from mpdesk.export.pdf import styles as st
from mpdesk.export.pdf.annexes import annex_body, recommendations_block
from mpdesk.export.pdf.front import acknowledgements, imprint_page
from mpdesk.export.pdf.sections import Numbering, heading, narrative, numbered_caption, section_body
from mpdesk.export.pdf.tables import grid, key_figures_grid
from mpdesk.export.report_data import ReportData, SectionInfo
from mpdesk.i18n import tr

NEW_PAGE_KEYS = ("front.foreword", "front.twg", "front.acronyms", "summary", "glance", "intro")
BEFORE_CONTENTS = ("front.foreword", "front.twg")   # printed before the table of contents
PARTS = ("A", "B", "C", "D", "annex")   # top sections that stand for their modules


def build_story(data: ReportData, check: Callable[[int, str], None]) -> list[Any]:
    """Every flowable in reading order; ``check`` reports progress and may raise ExportCancelled."""
    from reportlab.platypus import NextPageTemplate, PageBreak, Spacer

    numbers = Numbering()
    story: list[Any] = [NextPageTemplate("body"), Spacer(1, 1), PageBreak()]  # the cover is drawn by its template
    story += imprint_page(data)
    sections = [s for s in data.sections if s.key != "front"]
    contents_at: int | None = None
    thanked = False
    for index, section in enumerate(sections):
        check(5 + int(15 * index / max(1, len(sections))), section.title)
        if section.key != "front.foreword" and not thanked:   # acknowledgements follow the foreword
            _append(story, acknowledgements(data), new_page=True)
            thanked = True
        if contents_at is None and section.key not in BEFORE_CONTENTS:
            contents_at = _mark_contents(story)
        flowables = section_flowables(data, section, numbers, index / len(sections))
        _append(story, flowables, new_page=section.level == 0 or section.key in NEW_PAGE_KEYS)
    if contents_at is None:
        contents_at = _mark_contents(story)
    story[contents_at:contents_at] = contents_pages(numbers)
    return story


def _mark_contents(story: list[Any]) -> int:
    from reportlab.platypus import PageBreak

    if not _ends_with_break(story):
        story.append(PageBreak())
    return len(story)


def _append(story: list[Any], flowables: list[Any], new_page: bool) -> None:
    from reportlab.platypus import PageBreak

    if not flowables:
        return
    if new_page and not _ends_with_break(story):
        _drop_trailing_gaps(story)
        story.append(PageBreak())
    story.extend(flowables)


def _drop_trailing_gaps(story: list[Any]) -> None:
    """No gap before a page break: a section ending at the foot of its last page would otherwise push its
    closing gap onto a page of its own, and the report would have an empty page (the at-a-glance
    section of the sample, once its table has the GDP row)."""
    from reportlab.platypus import Spacer

    while len(story) > 1 and type(story[-1]) is Spacer:
        story.pop()


def _ends_with_break(story: list[Any]) -> bool:
    from reportlab.platypus import PageBreak

    return bool(story) and isinstance(story[-1], PageBreak)


OVERFLOW_TIGHTENED = 40.0   # points: contents this much taller than their page are set tighter to fit it
MIN_LEADING_RATIO = 0.9     # ... but never tighter than this


def fitting_contents(**options: Any) -> Any:
    """reportlab's TableOfContents that, when it would overflow its page by a few lines (a last page
    holding only 'References'), is set with a slightly tighter leading so that it fits."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus.tableofcontents import TableOfContents

    class FittingContents(TableOfContents):
        def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
            size = super().wrap(availWidth, availHeight)
            if not availHeight < self.height <= availHeight + OVERFLOW_TIGHTENED:
                return size
            styles: list[Any] = list(getattr(self, "levelStyles"))
            ratio = 1.0
            try:
                while self.height > availHeight and ratio > MIN_LEADING_RATIO:   # the cells' padding stays
                    ratio -= 0.01
                    self.levelStyles = [ParagraphStyle(f"{s.name}Fit", parent=s, leading=s.leading * ratio,
                                                       spaceBefore=s.spaceBefore * ratio) for s in styles]
                    size = super().wrap(availWidth, availHeight)
                return size
            finally:
                self.levelStyles = styles

    return FittingContents(**options)


def contents_pages(numbers: Numbering) -> list[Any]:
    """Contents, then the lists of tables and of figures (page numbers filled in by later passes)."""
    from reportlab.platypus import PageBreak
    from reportlab.platypus.tableofcontents import TableOfContents

    s = st.styles()
    toc = fitting_contents(dotsMinLevel=0)
    toc.levelStyles = list(s.toc)
    title = heading(tr("Report", "Contents"), 0, "contents", in_toc=False, style=s.toc_title)
    flowables: list[Any] = [title, toc, PageBreak()]
    lists = ((numbers.tables, "TableEntry", tr("Report", "List of tables")),
             (numbers.figures, "FigureEntry", tr("Report", "List of figures")))
    for count, kind, title in lists:
        if not count:
            continue
        listing = TableOfContents(dotsMinLevel=0, notifyKind=kind)
        listing.levelStyles = [s.toc_list]
        flowables += [heading(title, 0, kind, style=s.toc_title), listing]
    return flowables + ([PageBreak()] if numbers.tables or numbers.figures else [])


def section_flowables(data: ReportData, section: SectionInfo, numbers: Numbering, fraction: float) -> list[Any]:
    """The section's heading and body; nothing when a final report leaves the section out."""
    level = 0 if section.parent in ("front", "") else 1
    body = _special(data, section, numbers)
    if not body and not data.draft and not _part_kept(data, section):
        return []  # a published report leaves out sections with nothing written or measured yet
    title = heading(section.heading, level, section.key)
    title.progress = (fraction, section.title)
    return [title] + body


def _part_kept(data: ReportData, section: SectionInfo) -> bool:
    """A part (A-D, the Annexes) stands in a final report when one of its modules has content: an
    empty part would be a page holding only its heading."""
    if section.key not in PARTS:
        return False
    numbers = Numbering()
    return any(_special(data, s, numbers) for s in data.sections if s.parent == section.key)


def _special(data: ReportData, section: SectionInfo, numbers: Numbering) -> list[Any]:
    """Sections whose body is more than narrative, tables and charts."""
    if section.key == "front.twg":
        return narrative(section.narrative) + members_block(data)
    if section.key == "glance":
        return glance_block(data, section, numbers)
    if section.parent == "annex":
        return annex_body(data, section, numbers)
    if section.key == "annex":
        return narrative(section.narrative) if section.narrative else []
    body = section_body(data, section, numbers)
    if section.key.startswith("D"):
        body += recommendations_block(data, section, numbers)
    return body


def members_block(data: ReportData) -> list[Any]:
    order = {"member": 0, "observer": 1}
    people = sorted(data.members, key=lambda m: (order.get(m.get("membership", ""), 2), m.get("position", 0)))
    if not people:
        return []
    kinds = {"member": tr("Report", "Member"), "observer": tr("Report", "Observer"),
             "stakeholder": tr("Report", "Stakeholder")}
    rows = [[m.get("name", ""), m.get("institution", ""), m.get("role", ""),
             kinds.get(m.get("membership", ""), m.get("membership", ""))] for m in people]
    headers = [tr("Report", "Name"), tr("Report", "Institution"), tr("Report", "Role"), tr("Report", "Membership")]
    return [grid(headers, rows, [30, 45, 45, 16], bold_first=True)]


def glance_block(data: ReportData, section: SectionInfo, numbers: Numbering) -> list[Any]:
    from mpdesk.export.pdf.sections import chained, figure_block

    flowables = narrative(section.narrative) if section.narrative else []
    table = key_figures_grid(data)
    if table is not None:
        caption = numbered_caption(numbers, "table", tr("Report", "Key migration figures"))
        flowables += chained([caption, table])
    for chart in data.charts.get(section.key, []):
        flowables += figure_block(data, chart, numbers)
    return flowables
