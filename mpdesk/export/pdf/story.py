"""The report's sequence of flowables: cover, front matter, contents, modules, Part D, annexes."""

from __future__ import annotations

from typing import Any, Callable

from mpdesk.export.markup import escape_text
from mpdesk.export.pdf import styles as st
from mpdesk.export.pdf.annexes import annex_body, recommendations_block
from mpdesk.export.pdf.sections import Numbering, heading, narrative, progress_marker, section_body
from mpdesk.export.pdf.tables import grid, key_figures_grid
from mpdesk.export.report_data import ReportData, SectionInfo
from mpdesk.i18n import tr

NEW_PAGE_KEYS = ("front.foreword", "front.twg", "front.acronyms", "summary", "glance", "intro")


def build_story(data: ReportData, check: Callable[[int, str], None]) -> list[Any]:
    """Every flowable in reading order; ``check`` reports progress and may raise ExportCancelled."""
    from reportlab.platypus import NextPageTemplate, PageBreak, Spacer

    numbers = Numbering()
    story: list[Any] = [NextPageTemplate("body"), Spacer(1, 1), PageBreak()]  # the cover is drawn by its template
    sections = [s for s in data.sections if s.key not in ("front", "annex") or s.narrative]
    contents_placed = False
    for index, section in enumerate(sections):
        check(5 + int(15 * index / max(1, len(sections))), section.title)
        if not contents_placed and section.key not in ("front.foreword", "front.twg"):
            story += contents_page(bool(story[3:]))
            contents_placed = True
        new_page = _starts_page(section, story)
        story.append(progress_marker(index / len(sections), section.title))
        story += section_flowables(data, section, numbers, new_page)
    if not contents_placed:
        story += contents_page(True)
    return story


def _starts_page(section: SectionInfo, story: list[Any]) -> bool:
    from reportlab.platypus import PageBreak

    if story and isinstance(story[-1], PageBreak):
        return False
    return section.level == 0 or section.key in NEW_PAGE_KEYS


def contents_page(break_before: bool) -> list[Any]:
    from reportlab.platypus import PageBreak, Paragraph
    from reportlab.platypus.tableofcontents import TableOfContents

    s = st.styles()
    toc = TableOfContents(dotsMinLevel=0)
    toc.levelStyles = list(s.toc)
    title = Paragraph(escape_text(tr("Report", "Contents")), s.toc_title)
    return ([PageBreak()] if break_before else []) + [title, toc, PageBreak()]


def section_flowables(data: ReportData, section: SectionInfo, numbers: Numbering, new_page: bool) -> list[Any]:
    from reportlab.platypus import PageBreak

    level = 0 if section.level == 0 or section.parent in ("front", "") else 1
    if section.parent == "annex":
        level = 1
    body = _special(data, section, numbers)
    if not body and not data.draft and section.key not in ("A", "B", "C", "D"):
        return []  # a published report leaves out sections with nothing written or measured yet
    flowables: list[Any] = [PageBreak()] if new_page else []
    flowables.append(heading(section.heading, level, section.key))
    return flowables + body


def _special(data: ReportData, section: SectionInfo, numbers: Numbering) -> list[Any]:
    """Sections whose body is more than narrative, tables and charts."""
    if section.key == "front.twg":
        return narrative(section.narrative) + members_block(data)
    if section.key == "glance":
        return glance_block(data, section, numbers)
    if section.parent == "annex":
        return annex_body(data, section, numbers)
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
    from reportlab.platypus import Paragraph

    from mpdesk.export.pdf.sections import figure_block

    flowables = narrative(section.narrative) if section.narrative else []
    table = key_figures_grid(data)
    if table is not None:
        caption = tr("Report", "Table {n}: Key migration figures").format(n=numbers.table())
        flowables += [Paragraph(escape_text(caption), st.styles().caption), table]
    for chart in data.charts.get(section.key, []):
        flowables.append(figure_block(data, chart, numbers))
    return flowables
