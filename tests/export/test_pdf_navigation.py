"""Contents links, bookmarks and the lists of tables and figures lead to the page they name."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from mpdesk.export.options import ExportOptions
from mpdesk.export.pdf import export_pdf


def _export(ws, folder: Path, **options) -> PdfReader:
    path = folder / "report.pdf"
    export_pdf(ws, ExportOptions(**options), path)
    return PdfReader(str(path))


def _flat(text: str) -> str:
    return " ".join(text.split())


def _outline(reader: PdfReader, items=None, depth: int = 0) -> list[tuple[int, str, int]]:
    """(depth, title, 1-based page) for every bookmark, nested lists walked in order."""
    found: list[tuple[int, str, int]] = []
    for item in reader.outline if items is None else items:
        if isinstance(item, list):
            found += _outline(reader, item, depth + 1)
        else:
            found.append((depth, item.title, reader.get_destination_page_number(item) + 1))
    return found


LEADER = re.compile(r"(\s*\.)+\s*\d+$")   # the dots and page number ending a contents line


def _links(reader: PdfReader) -> list[tuple[int, str, int]]:
    """(page the link is on, the words under the link, page it leads to), 1-based, for every link."""
    links = []
    for number, page in enumerate(reader.pages, start=1):
        words: list[tuple[float, float, str]] = []
        page.extract_text(visitor_text=lambda text, cm, tm, *_: words.append(
            (tm[4] * cm[0] + cm[4], tm[5] * cm[3] + cm[5], text)) if text.strip() else None)
        for ref in page.get("/Annots") or []:
            annot = ref.get_object()
            if annot.get("/Subtype") != "/Link" or annot.get("/Contents"):   # charts' alternative text
                continue
            x1, y1, x2, y2 = (float(v) for v in annot["/Rect"])
            line = " ".join(t for x, y, t in sorted(words)   # the contents line, without the watermark
                            if y1 - 1 <= y <= y2 and t.strip() != "DRAFT")
            under = LEADER.sub("", _flat(line))
            target = reader.get_page_number(annot["/Dest"][0].get_object()) + 1
            links.append((number, _flat(under), target))
    return links


@pytest.fixture(params=[False, True], ids=["final", "draft"])
def report(request, sample_ws, tmp_path) -> PdfReader:
    return _export(sample_ws, tmp_path, draft=request.param)


def test_every_bookmark_opens_the_page_of_its_heading(report):
    outline = _outline(report)
    assert len(outline) > 20
    pages = [_flat(p.extract_text()) for p in report.pages]
    for _, title, page in outline:
        assert _flat(title) in pages[page - 1], f"bookmark {title!r} leads to page {page}, which does not show it"
    assert len({page for _, _, page in outline}) > 10   # not all on one page


def test_bookmarks_nest_modules_under_parts_and_annexes_are_a_part(report):
    outline = _outline(report)
    tops = [title for depth, title, _ in outline if depth == 0]
    assert "Annexes" in tops
    assert tops.index("Annexes") > tops.index("Part D — Findings and recommendations")
    under = {}
    parent = ""
    for depth, title, _ in outline:
        if depth == 0:
            parent = title
        else:
            under[title] = parent
    assert under["A.2 Immigration"] == "Part A — Trends and migrant characteristics"
    assert under["Statistical annex"] == "Annexes"


def test_every_contents_and_list_link_leads_to_the_page_with_its_entry(report):
    pages = [_flat(p.extract_text()) for p in report.pages]
    links = _links(report)
    named = links
    assert len(named) > 40
    assert len({target for _, _, target in links}) > 10
    for page, text, target in named:
        assert text and text in pages[target - 1], f"the link {text!r} on page {page} leads to page {target}"
    listed = " ".join(text for _, text, _ in named)
    for name in ("A.2 Immigration", "Statistical annex", "Executive summary", "Table 1:", "Figure 1:"):
        assert name in listed
