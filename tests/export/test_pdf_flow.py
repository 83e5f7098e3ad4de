"""Page flow of the PDF report, read back with pypdf: no empty pages, captions and source lines
on the page of their table, no heading at the foot of a page, an annex without repeats."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from mpdesk.export.options import ExportOptions
from mpdesk.export.pdf import export_pdf
from mpdesk.export.report_data import load_report_data

CAPTION = re.compile(r"^(Table|Figure) \d+: ")
PAGE_LINE = re.compile(r"^Page \d+ of \d+$")
SOURCE_LINE = ("Source:", "Unit:", "Notes:", "Computed from", "†")


def _export(ws, folder: Path, **options) -> PdfReader:
    path = folder / "report.pdf"
    export_pdf(ws, ExportOptions(**options), path)
    return PdfReader(str(path))


def _body(reader: PdfReader, title: str) -> list[list[str]]:
    """Each page's lines without the running header and footer (and the draft watermark)."""
    pages = []
    for page in reader.pages[1:]:   # the cover has no header or footer
        lines = [line.strip() for line in page.extract_text().splitlines() if line.strip()]
        assert PAGE_LINE.match(lines[-1]), lines[-3:]
        lines = lines[:-1]
        end = len(lines) - 1 - lines[::-1].index(title)   # the header is drawn after the page's content
        pages.append([x for x in lines[:end] if x != "DRAFT"])
    return pages


def _is_listing(lines: list[str]) -> bool:
    return any(re.search(r"(\.\s+){3,}\d+$", x) for x in lines)


@pytest.fixture(scope="module")
def pdfs(sample_file, tmp_path_factory) -> dict[str, tuple[PdfReader, list[str]]]:
    """The sample's final and draft reports, with the headings the report data says they have."""
    import shutil

    from mpdesk.services.workspace import Workspace

    found = {}
    for name, draft in (("final", False), ("draft", True)):
        folder = tmp_path_factory.mktemp(name)
        copy = folder / "profile.mpdesk"
        shutil.copyfile(sample_file, copy)
        ws = Workspace.open(copy)
        try:
            reader = _export(ws, folder, draft=draft)
            data = load_report_data(ws, ExportOptions(draft=draft))
            found[name] = (reader, [s.heading for s in data.sections], data.profile.title)
        finally:
            ws.close()
    return found


@pytest.mark.parametrize("kind", ["final", "draft"])
def test_no_page_holds_only_the_header_and_footer(pdfs, kind):
    reader, _, title = pdfs[kind]
    for number, lines in enumerate(_body(reader, title), start=2):
        assert lines, f"page {number} of the {kind} report is empty"


@pytest.mark.parametrize("kind", ["final", "draft"])
def test_unit_source_and_notes_lines_are_on_the_page_of_their_table(pdfs, kind):
    reader, _, title = pdfs[kind]
    for number, lines in enumerate(_body(reader, title), start=2):
        assert not lines[0].startswith(SOURCE_LINE), f"page {number} starts with {lines[0]!r}, away from its table"


@pytest.mark.parametrize("kind", ["final", "draft"])
def test_no_page_ends_with_a_heading_or_a_caption(pdfs, kind):
    reader, headings, title = pdfs[kind]
    for number, lines in enumerate(_body(reader, title), start=2):
        if _is_listing(lines):
            continue
        last = lines[-1]
        assert last not in headings and not CAPTION.match(last), f"page {number} ends with {last!r}"


def test_statistical_annex_shows_each_table_once_with_one_definitions_heading(pdfs):
    reader, _, title = pdfs["final"]
    lines = [x for page in _body(reader, title) if not _is_listing(page) for x in page]
    start = lines.index("Statistical annex")
    annex = lines[start:lines.index("Inventory of data sources", start)]
    captions = [CAPTION.sub("", x) for x in annex if CAPTION.match(x)]
    assert len(captions) > 10
    assert len(captions) == len(set(captions)), sorted(c for c in captions if captions.count(c) > 1)
    assert annex.count("Definitions") == 1
    assert any(x.startswith("Immigrant stock (") for x in annex[annex.index("Definitions"):])


def test_a_final_report_leaves_out_parts_with_nothing_in_them(tmp_path):
    """Parts B-D of a profile where only A.2 has text get no page of their own (a page holding only
    'Part C — ...' is not something a ministry publishes); a draft still shows them, to be filled."""
    from mpdesk.services.profile import NewProfile, create_profile, set_narrative

    ws = create_profile(tmp_path / "p.mpdesk", NewProfile(country_iso3="SEN", edition_year=2024))
    try:
        set_narrative(ws, "A.2", "Immigration to Senegal comes mostly from neighbouring countries.")
        final = "\n".join(page.extract_text() for page in _export(ws, tmp_path).pages)
        draft = "\n".join(page.extract_text() for page in _export(ws, tmp_path, draft=True).pages)
    finally:
        ws.close()
    assert "Part A" in final and "Immigration to Senegal" in final
    assert not re.search(r"^Part [BCD] —", final, re.M)
    assert re.search(r"^Part C —", draft, re.M)
