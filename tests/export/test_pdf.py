"""The PDF report, read back with pypdf as a reader would see it."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from mpdesk.export.options import ExportCancelled, ExportError, ExportOptions
from mpdesk.export.pdf import export_pdf
from mpdesk.export.report_data import load_report_data
from mpdesk.services.profile import set_narrative

TOC_LINE = re.compile(r"^\s*(?P<title>\S.*?)\s+(?:\.\s+)+(?P<page>\d+)\s*$")


def _export(ws, folder: Path, **options) -> tuple[Path, PdfReader]:
    path = folder / "report.pdf"
    export_pdf(ws, ExportOptions(**options), path)
    return path, PdfReader(str(path))


def _text(reader: PdfReader) -> str:
    return "\n".join(page.extract_text() for page in reader.pages)


def _exports(folder: Path) -> list[str]:
    """PDFs and partial files in the folder (the profile and its lock file are ignored)."""
    return sorted(p.name for p in folder.iterdir() if p.suffix in (".pdf", ".part"))


@pytest.fixture
def final_pdf(sample_ws, tmp_path):
    return _export(sample_ws, tmp_path)


def test_report_names_country_every_module_and_formats_figures(sample_ws, final_pdf):
    path, reader = final_pdf
    text = _text(reader)
    assert "Kenya" in reader.pages[0].extract_text()
    data = load_report_data(sample_ws, ExportOptions())
    for section in data.sections:
        if section.number and section.level == 1:
            has_content = (section.narrative or data.tables.get(section.key) or data.charts.get(section.key)
                           or any(r.get("section_key") == section.key for r in data.recommendations))
            # A published report leaves out modules with nothing written or measured yet.
            assert (section.heading in text) == bool(has_content), section.heading
    assert "1,050,147" in text                      # immigrant stock 2020, English separators
    assert path.stat().st_size < 2_000_000
    assert len(reader.pages) > 10


def test_contents_page_numbers_are_the_pages_where_sections_start(final_pdf):
    _, reader = final_pdf
    pages = [page.extract_text(extraction_mode="layout") for page in reader.pages]
    toc_pages = [i for i, t in enumerate(pages) if ". . ." in t.replace("  ", " ")]
    entries = [(m["title"], int(m["page"])) for i in toc_pages for line in pages[i].splitlines()
               if (m := TOC_LINE.match(line)) and not m["title"].startswith(("Table ", "Figure "))]
    contents = [i for i in toc_pages if not re.search(r"^\s*(Table|Figure) \d+:", pages[i], re.M)]  # not the lists
    assert len(entries) > 20
    plain = [page.extract_text() for page in reader.pages]
    for title, page in entries:
        first = next(i + 1 for i, t in enumerate(plain)
                     if i not in contents and any(line.strip() == title for line in t.splitlines()))
        assert first == page, f"contents says {title!r} starts on page {page}, it starts on page {first}"


def test_typed_characters_and_cyrillic_come_out_literally(sample_ws, tmp_path):
    set_narrative(sample_ws, "A.2", 'Markup is text: <b>&</b> "x" < y\n\nМиграционный профиль Кыргызстана')
    _, reader = _export(sample_ws, tmp_path)
    text = _text(reader)
    assert '<b>&</b> "x" < y' in text
    assert "Миграционный профиль Кыргызстана" in text


def test_narrative_markup_becomes_headings_lists_and_emphasis(sample_ws, tmp_path):
    set_narrative(sample_ws, "A.2", "## Refugee camps\n\n- **Dadaab** hosts many\n- *Kakuma* too\n\n1. first step")
    _, reader = _export(sample_ws, tmp_path)
    text = _text(reader)
    assert "Refugee camps" in text and "Dadaab hosts many" in text
    assert "**" not in text and "## " not in text


def test_draft_carries_watermark_and_final_does_not(sample_ws, tmp_path, final_pdf):
    _, final = final_pdf
    draft_dir = tmp_path / "draft"
    draft_dir.mkdir()
    _, draft = _export(sample_ws, draft_dir, draft=True)
    draft_pages = [p.extract_text() for p in draft.pages]
    assert all("DRAFT" in t for t in draft_pages)
    assert "Draft —" in draft_pages[-1]                       # footer: "Draft — <date>"
    assert not any("DRAFT" in p.extract_text() for p in final.pages)


def test_empty_sections_say_so_only_on_drafts(sample_ws, tmp_path, final_pdf):
    note = "No text has been written for this section yet."
    assert note not in _text(final_pdf[1])
    draft_dir = tmp_path / "draft"
    draft_dir.mkdir()
    draft_text = _text(_export(sample_ws, draft_dir, draft=True)[1])
    assert note in draft_text
    empty = [s for s in load_report_data(sample_ws, ExportOptions()).sections
             if s.number and s.level == 1 and not s.narrative]
    assert empty and all(s.heading in draft_text for s in empty)  # drafts show what is still to write


def test_a_draft_says_the_summary_and_introduction_are_still_to_write(sample_ws, tmp_path):
    """They stand on pages of their own: without the note, a draft showed a page with a heading only."""
    note = "No text has been written for this section yet."
    for key in ("summary", "intro"):
        set_narrative(sample_ws, key, "")
    pages = [p.extract_text() or "" for p in _export(sample_ws, tmp_path, draft=True)[1].pages]
    for heading in ("Executive summary", "Introduction"):
        assert any(heading in page and note in page for page in pages), heading
    parts = [p for p in pages if "Part A — Trends and migrant characteristics" in p and "A.1" in p and ". ." not in p]
    assert parts and note not in parts[0].split("A.1")[0]   # a part's heading is followed by its modules


def test_module_choice_keeps_parents_front_matter_and_part_d(sample_ws, tmp_path):
    _, reader = _export(sample_ws, tmp_path, modules=["A.2"])
    text = _text(reader)
    assert "A.2 Immigration" in text and "Part A — Trends" in text
    assert "B.2 Economic development" not in text and "A.3 Emigration" not in text
    assert "Executive summary" in text and "D.1 Key findings" in text and "Statistical annex" in text


def test_very_long_words_wrap_instead_of_breaking_the_export(sample_ws, tmp_path):
    set_narrative(sample_ws, "A.2", "x" * 400 + " end")
    _, reader = _export(sample_ws, tmp_path)
    assert "end" in _text(reader)


def test_cancel_removes_the_partial_file(sample_ws, tmp_path):
    def progress(percent: int, what: str) -> None:
        if percent >= 30:
            raise ExportCancelled()

    with pytest.raises(ExportCancelled):
        export_pdf(sample_ws, ExportOptions(progress=progress), tmp_path / "report.pdf")
    assert _exports(tmp_path) == []


def test_progress_reaches_100(sample_ws, tmp_path):
    seen: list[int] = []
    export_pdf(sample_ws, ExportOptions(progress=lambda p, _: seen.append(p)), tmp_path / "r.pdf")
    assert seen[-1] == 100 and seen == sorted(seen)


def test_read_only_folder_gives_a_sentence_and_no_file(sample_ws, tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        if os.access(folder, os.W_OK):
            pytest.skip("running as a user who may write anywhere (root): see the simulated test below")
        with pytest.raises(ExportError) as error:
            export_pdf(sample_ws, ExportOptions(), folder / "report.pdf")
        assert str(folder) in str(error.value)
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o755)


def test_refused_write_keeps_the_good_pdf_and_leaves_no_partial_file(sample_ws, tmp_path, monkeypatch):
    good = tmp_path / "report.pdf"
    good.write_bytes(b"%PDF-1.4 the previous good export")

    def refuse(*_args, **_kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(ExportError) as error:
        export_pdf(sample_ws, ExportOptions(), good)
    assert "may not write" in str(error.value)
    assert good.read_bytes() == b"%PDF-1.4 the previous good export"
    assert _exports(tmp_path) == ["report.pdf"]


def test_full_disk_and_missing_folder_give_sentences(sample_ws, tmp_path, monkeypatch):
    with pytest.raises(ExportError, match="does not exist"):
        export_pdf(sample_ws, ExportOptions(), tmp_path / "no such folder" / "report.pdf")

    def full(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full)
    with pytest.raises(ExportError, match="full"):
        export_pdf(sample_ws, ExportOptions(), tmp_path / "report.pdf")
    assert _exports(tmp_path) == []
