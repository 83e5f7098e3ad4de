"""The cover page: country, title, edition, lead agency, date; 'Draft' when it is one."""

from __future__ import annotations

from typing import Any, Callable

from mpdesk.export.markup import escape_text
from mpdesk.export.pdf import styles as st
from mpdesk.export.pdf.front import publication_month
from mpdesk.export.pdf.scripts import Paragraph
from mpdesk.export.report_data import ReportData
from mpdesk.i18n import tr


def cover_lines(data: ReportData) -> list[str]:
    p = data.profile
    lines = [tr("Report", "Edition {year}").format(year=p.edition_year),
             tr("Report", "Reference period {start}–{end}").format(start=p.period_start, end=p.period_end)]
    if p.lead_agency:
        lines.append(tr("Report", "Prepared under the leadership of {agency}").format(agency=p.lead_agency))
    lines.append(publication_month(data))
    return lines


def cover_painter(data: ReportData) -> Callable[[Any], None]:
    """Draws the cover on the canvas of the first page (called by the cover page template)."""
    s = st.styles()
    country = Paragraph(escape_text(data.profile.country_name), s.cover_country)
    title = Paragraph(escape_text(data.profile.title), s.cover_title)
    lines = [Paragraph(escape_text(text), s.cover_line) for text in cover_lines(data)]
    draft = Paragraph(escape_text(tr("Report", "Draft — not for circulation")), s.cover_draft) if data.draft else None
    return lambda canvas: _draw_cover(canvas, country, title, lines, draft)


def _draw_cover(canvas: Any, country: Any, title: Any, lines: list[Any], draft: Any) -> None:
    from reportlab.lib import colors

    width, height = st.PAGE_WIDTH, st.PAGE_HEIGHT
    band_bottom = height * 0.50
    canvas.saveState()
    canvas.setFillColor(colors.HexColor(st.NAVY))
    canvas.rect(0, band_bottom, width, height - band_bottom, stroke=0, fill=1)
    canvas.setFillColor(colors.HexColor(st.ACCENT))
    canvas.rect(0, band_bottom - 6, width, 6, stroke=0, fill=1)
    text_width = width - 2 * st.MARGIN_LEFT
    y = band_bottom + 40
    for flowable in (title, country):
        _, h = flowable.wrap(text_width, height)
        flowable.drawOn(canvas, st.MARGIN_LEFT, y)
        y += h + 14
    y = band_bottom - 50
    for flowable in lines + ([draft] if draft is not None else []):
        _, h = flowable.wrap(text_width, height)
        y -= h + 6
        flowable.drawOn(canvas, st.MARGIN_LEFT, y)
    canvas.restoreState()
