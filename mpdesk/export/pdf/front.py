"""The publication's front pages: the imprint (verso of the cover) and the acknowledgements."""

from __future__ import annotations

from datetime import date
from typing import Any

from mpdesk.export.markup import escape_text
from mpdesk.export.pdf import styles as st
from mpdesk.export.pdf.sections import heading, narrative
from mpdesk.export.report_data import ReportData
from mpdesk.i18n import tr


def publication_month(data: ReportData) -> str:
    """'December 2026' as the profile's language writes it ('diciembre de 2026'; the publication date,
    else the export date). An unknown language code gives English month names rather than no date."""
    from mpdesk.formats import format_date

    return format_date(publication_date(data), data.language.replace("-", "_"), month_only=True)


def publication_date(data: ReportData) -> date:
    return (data.publication.publication_date if data.publication else None) or data.export_date


def copyright_line(data: ReportData) -> str:
    pub = data.publication
    holder = pub.publisher or data.profile.country_name
    return pub.copyright or tr("Report", "© {year} {holder}").format(year=publication_date(data).year, holder=holder)


def imprint_page(data: ReportData) -> list[Any]:
    """Title, publisher, edition, date, copyright, ISBN and the disclaimer, at the foot of page 2."""
    from reportlab.platypus import PageBreak, Spacer

    from mpdesk.export.pdf.scripts import Paragraph

    pub = data.publication
    if pub is None:
        return []
    s = st.styles()
    p = data.profile
    lines = [f"<b>{escape_text(p.title)}</b>"]
    facts = [(tr("Report", "Publisher"), pub.publisher),
             (tr("Report", "Edition"), str(p.edition_year)),
             (tr("Report", "Date of publication"), publication_month(data)),
             ("ISBN", pub.isbn)]
    lines += [tr("Report", "{label}: {value}").format(label=escape_text(label), value=escape_text(value))
              for label, value in facts if value]
    lines.append(escape_text(copyright_line(data)))
    body = [Paragraph(text, s.imprint) for text in lines]
    body += [Spacer(0, 6)] + [Paragraph(escape_text(part), s.imprint) for part in pub.disclaimer.split("\n\n")
                              if part.strip()]
    height = sum(f.wrap(st.FRAME_WIDTH, st.PAGE_HEIGHT)[1] + 7 for f in body)
    room = st.PAGE_HEIGHT - st.MARGIN_TOP - st.MARGIN_BOTTOM
    title = heading(tr("Report", "Publication details"), 0, "imprint", in_toc=False, style=s.imprint_title)
    return [title, Spacer(0, max(0.0, room - height - 60))] + body + [PageBreak()]


def acknowledgements(data: ReportData) -> list[Any]:
    """The team's acknowledgements (step 2.6), on their own page; nothing when none were written."""
    pub = data.publication
    if pub is None or not pub.acknowledgements:
        return []
    return [heading(tr("Report", "Acknowledgements"), 0, "acknowledgements")] + narrative(pub.acknowledgements)
