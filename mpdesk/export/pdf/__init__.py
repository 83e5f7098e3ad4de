"""The report as a PDF a ministry could publish (reportlab platypus, A4, vector charts).

Import this only when exporting: it pulls in reportlab.
"""

from __future__ import annotations

import errno
import re
from pathlib import Path
from typing import TYPE_CHECKING

from mpdesk.atomic import atomic_path
from mpdesk.export.options import ExportError, ExportOptions
from mpdesk.export.report_data import ReportData, load_report_data
from mpdesk.i18n import report_language, tr

if TYPE_CHECKING:
    from mpdesk.services.workspace import Workspace

__all__ = ["export_pdf", "printing_problems", "printing_warning", "render_pdf"]


def export_pdf(ws: "Workspace", options: ExportOptions, path: Path | str) -> Path:
    """Write the profile's report to ``path``; an existing file is replaced only on success."""
    options.report(0, tr("Export", "Reading the profile"))
    data = load_report_data(ws, options)
    return render_pdf(data, options, path)


def printing_problems(ws: "Workspace", options: ExportOptions | None = None) -> list[str]:
    """Before exporting: the report's entries in scripts no bundled font has
    ('Where (“first words…”): characters')."""
    from mpdesk.export.pdf.scripts import unprintable_texts

    return unprintable_texts(load_report_data(ws, options or ExportOptions()))


def printing_warning(ws: "Workspace", options: ExportOptions | None = None) -> str:
    """Before exporting: the sentence telling the user which entries would print as empty boxes
    ('' when every text can be printed). The export dialog and ``mpdesk export`` both show it."""
    return unprintable_sentence(printing_problems(ws, options))


def unprintable_sentence(problems: list[str]) -> str:
    if not problems:
        return ""
    return tr("Export", "Some text cannot be printed with the fonts mpdesk includes (Chinese, Japanese, "
              "Korean, emoji and some other scripts) and would show as empty boxes in the PDF: {entries}.").format(
        entries="; ".join(problems))


def render_pdf(data: ReportData, options: ExportOptions, path: Path | str) -> Path:
    """Lay out ``data`` (no profile access: safe on a worker thread) into a PDF at ``path``."""
    target = Path(path)
    try:
        with atomic_path(target) as temporary:  # written whole beside the target, then renamed over it
            with report_language(data.language):  # the report's strings in the profile's language
                _build(data, options, str(temporary))
            options.report(98, tr("Export", "Saving the PDF"))
    except OSError as exc:
        raise ExportError(_storage_sentence(target, exc)) from exc
    options.report(100, tr("Export", "PDF saved"))
    return target


def _build(data: ReportData, options: ExportOptions, temporary: str) -> None:
    from mpdesk.export.pdf.cover import cover_painter
    from mpdesk.export.pdf.scripts import unprintable_texts
    from mpdesk.export.pdf.story import build_story
    from mpdesk.export.pdf.template import PageDecor, make_document, page_total

    sentence = unprintable_sentence(unprintable_texts(data))
    options.warnings[:] = [sentence] if sentence else []
    decor = PageDecor(data.profile.title, _footer_text(data), data.draft, cover_painter(data))
    from reportlab.platypus.doctemplate import LayoutError

    doc = make_document(temporary, decor, document_info(data), options.report)
    story = build_story(data, options.report) + [page_total(decor)]
    options.report(20, tr("Export", "Laying out pages"))
    try:
        doc.multiBuild(story, maxPasses=8)
    except LayoutError as exc:
        raise ExportError(layout_sentence(str(exc))) from exc


def document_info(data: ReportData) -> dict[str, str]:
    """The PDF's document properties, which screen readers and library catalogues read."""
    p = data.profile
    return {"title": p.title, "author": p.lead_agency or data.publication.publisher,
            "subject": tr("Report", "Migration Profile of {country}").format(country=p.country_name),
            "keywords": ", ".join(x for x in (tr("Report", "migration"), p.country_name, str(p.edition_year)) if x),
            "creator": f"mpdesk {data.app_version}", "lang": p.language.replace("_", "-")}

def layout_sentence(detail: str) -> str:
    """reportlab's LayoutError as a sentence naming the entry (its first words) and the page."""
    page = re.search(r"on page (\d+)", detail)
    entry = re.search(r"<Paragraph at 0x[0-9a-fA-F]+>(.{1,60})", detail)
    what = entry.group(1).split("'")[0].strip() if entry else ""
    what = what.rsplit(" ", 1)[0] + "…" if len(what) >= 60 and " " in what else what
    return tr("Export", "The PDF could not be laid out: the entry beginning “{what}” does not fit on a page "
              "(page {page}). Shorten that entry or split it in two, then export again.").format(
        what=what or "?", page=page.group(1) if page else "?")


def _footer_text(data: ReportData) -> str:
    """The draft's footer says it is one; a final report's footer names the part (the title is in the header)."""
    if data.draft:
        from mpdesk.formats import format_date

        return tr("Report", "Draft — {date}").format(date=format_date(data.export_date, data.language))
    return ""


def _storage_sentence(target: Path, exc: OSError) -> str:
    folder = target.parent
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return tr("Export", "The disk holding {folder} is full; free some space or save the PDF elsewhere.").format(
            folder=folder)
    if isinstance(exc, FileNotFoundError) or not folder.is_dir():
        return tr("Export", "The folder {folder} does not exist; choose another place to save the PDF.").format(
            folder=folder)
    if isinstance(exc, PermissionError):
        return tr("Export", "mpdesk may not write in {folder} (or {name} is open in another program); "
                            "choose another folder or close the file.").format(folder=folder, name=target.name)
    return tr("Export", "The PDF could not be saved to {path}: {reason}.").format(
        path=target, reason=exc.strerror or exc)
