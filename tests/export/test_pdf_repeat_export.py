"""Exporting the PDF again after an edit (a draft sent round, corrected, sent again): the second
file shows the edit, and its contents give the pages where sections now start. The export keeps
each paragraph's line breaks for the layout passes of one export and starts the contents with the
story's headings (export/pdf/measured.py, template.py): nothing of one export may reach the next."""

from __future__ import annotations

import re
from pathlib import Path

from pypdf import PdfReader

from mpdesk.export.options import ExportOptions
from mpdesk.export.pdf import export_pdf
from mpdesk.services.keys import CellKey
from mpdesk.services.profile import set_narrative
from mpdesk.services.values import set_value

TOC_LINE = re.compile(r"^\s*(?P<title>\S.*?)\s+(?:\.\s+)+(?P<page>\d+)\s*$")


def _export(ws, path: Path) -> PdfReader:
    export_pdf(ws, ExportOptions(), path)
    return PdfReader(str(path))


def _contents(reader: PdfReader) -> tuple[list[tuple[str, int]], list[int]]:
    """The contents lines (title, page) and the indexes of the contents pages."""
    pages = [page.extract_text(extraction_mode="layout") for page in reader.pages]
    toc_pages = [i for i, t in enumerate(pages) if ". . ." in t.replace("  ", " ")]
    contents = [i for i in toc_pages if not re.search(r"^\s*(Table|Figure) \d+:", pages[i], re.M)]
    entries = [(m["title"], int(m["page"])) for i in contents for line in pages[i].splitlines()
               if (m := TOC_LINE.match(line))]
    return entries, contents


def _start_page(reader: PdfReader, title: str, skip: list[int]) -> int:
    plain = [page.extract_text() for page in reader.pages]
    return next(i + 1 for i, t in enumerate(plain)
                if i not in skip and any(line.strip() == title for line in t.splitlines()))


def test_second_export_shows_the_changed_figure_and_the_moved_pages(sample_ws, tmp_path):
    first = _export(sample_ws, tmp_path / "first.pdf")
    before, _ = _contents(first)
    first_text = " ".join(page.extract_text() for page in first.pages)
    assert "123,456,789" not in first_text

    set_value(sample_ws, CellKey("net_migration", 2016), 123456789, "Test: a corrected figure")
    grown = "\n\n".join(f"Paragraph {n} of a long addition. " + "The team explains the figures. " * 40
                        for n in range(1, 13))
    set_narrative(sample_ws, "A.1", grown)
    second = _export(sample_ws, tmp_path / "second.pdf")
    text = " ".join(page.extract_text() for page in second.pages)
    assert "123,456,789" in text                       # the new figure, not the first export's table
    assert "Paragraph 12 of a long addition." in " ".join(text.split())

    after, contents = _contents(second)
    assert len(second.pages) >= len(first.pages) + 2
    moved = [(title, page) for title, page in after if (title, page) not in before]
    assert len(moved) > 10                             # the sections after A.1 start later now
    for title, page in after:
        assert _start_page(second, title, contents) == page, f"contents give {title!r} page {page}"


def test_a_paragraph_measured_at_another_width_breaks_its_lines_for_that_width():
    from reportlab.platypus import Paragraph

    from mpdesk.export.pdf import styles as st
    from mpdesk.export.pdf.measured import MeasuredParagraph

    text = "Net migration, thousands of people, by year of the reference period " * 6
    style = st.styles().body
    measured = MeasuredParagraph(text, style)
    for width in (120, 420, 120, 260, 420):
        fresh = Paragraph(text, style)
        assert measured.wrap(width, 800) == fresh.wrap(width, 800)
        assert len(measured.blPara.lines) == len(fresh.blPara.lines)
    halves = measured.split(420, 30)                      # a split keeps the measured lines whole
    assert len(halves) == 2 and measured.wrap(420, 800) == Paragraph(text, style).wrap(420, 800)
