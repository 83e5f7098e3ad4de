"""What assistive technology and other scripts need from the PDF: document properties, language,
alternative text for charts, every font embedded, Arabic and Devanagari printed, a warning otherwise."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from mpdesk.export.options import ExportOptions
from mpdesk.export.pdf import export_pdf, printing_problems
from mpdesk.services.profile import set_narrative, update_profile


def _export(ws, folder: Path, **options) -> tuple[Path, PdfReader, ExportOptions]:
    path = folder / "report.pdf"
    chosen = ExportOptions(**options)
    export_pdf(ws, chosen, path)
    return path, PdfReader(str(path)), chosen


def _fonts(reader: PdfReader) -> set[str]:
    names = set()
    for page in reader.pages:
        fonts = page["/Resources"].get("/Font") or {}
        names.update(str(fonts[k].get_object()["/BaseFont"]) for k in fonts)
    return names


def _embedded(reader: PdfReader) -> dict[str, bool]:
    found = {}
    for page in reader.pages:
        fonts = page["/Resources"].get("/Font") or {}
        for key in fonts:
            font = fonts[key].get_object()
            descriptor = font.get("/FontDescriptor")
            found[str(font["/BaseFont"])] = descriptor is not None and any(
                k in descriptor.get_object() for k in ("/FontFile", "/FontFile2", "/FontFile3"))
    return found


@pytest.mark.parametrize("draft", [False, True], ids=["final", "draft"])
def test_document_title_author_subject_and_language_come_from_the_profile(sample_ws, tmp_path, draft):
    _, reader, _ = _export(sample_ws, tmp_path, draft=draft)
    assert reader.metadata.title == "Migration Profile of Kenya 2020"
    assert reader.metadata.author == "State Department for Immigration and Citizen Services"
    assert "Kenya" in reader.metadata.subject
    root = reader.trailer["/Root"]
    assert root["/Lang"] == "en"
    assert root["/ViewerPreferences"]["/DisplayDocTitle"]   # viewers show the title, not the file name
    assert all(_embedded(reader).values()), _embedded(reader)
    assert not any("Helvetica" in name for name in _fonts(reader))


def test_document_language_follows_the_profile(sample_ws, tmp_path):
    update_profile(sample_ws, language="fr")
    _, reader, _ = _export(sample_ws, tmp_path)
    assert reader.trailer["/Root"]["/Lang"] == "fr"


@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="poppler's pdffonts is not installed")
def test_pdffonts_lists_every_font_embedded(sample_ws, tmp_path):
    path, _, _ = _export(sample_ws, tmp_path, draft=True)
    rows = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout.splitlines()[2:]
    assert rows
    for row in rows:
        assert row.split()[-5] == "yes", row   # the 'emb' column


def test_every_chart_has_alternative_text_with_its_figures(sample_ws, tmp_path):
    _, reader, _ = _export(sample_ws, tmp_path)
    alts = [str(a.get_object()["/Contents"]) for page in reader.pages for a in page.get("/Annots") or []
            if a.get_object().get("/Contents")]
    captions = {line.split(": ", 1)[1] for page in reader.pages for line in page.extract_text().splitlines()
                if line.startswith("Figure ") and ": " in line and ". ." not in line}
    assert len(alts) == len(captions) > 5
    for caption in captions:
        assert any(caption.rstrip() in alt for alt in alts), caption
    assert any("Somalia 425,284" in alt for alt in alts)


def test_arabic_and_devanagari_print_in_the_noto_fonts_without_warning(sample_ws, tmp_path):
    set_narrative(sample_ws, "A.2", "Greeting in Arabic: مرحبا بكم. In Hindi: नमस्ते दुनिया, ₹ 100.")
    assert printing_problems(sample_ws) == []
    _, reader, options = _export(sample_ws, tmp_path)
    assert options.warnings == []
    fonts = _fonts(reader)
    assert any("NotoSansArabic" in f for f in fonts) and any("NotoSansDevanagari" in f for f in fonts), fonts
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "₹ 100" in text and "Greeting in Arabic:" in text
    # Shaped: the conjunct स्त of नमस्ते is a glyph of its own, which has no character (private use)
    assert any(0xE000 <= code <= 0xF8FF for code in _to_unicode(reader, "NotoSansDevanagari")), "not shaped"


def _to_unicode(reader: PdfReader, font_name: str) -> set[int]:
    """The characters a font's ToUnicode map names (what copy and search get for its glyphs)."""
    import re

    found = set()
    for page in reader.pages:
        fonts = page["/Resources"].get("/Font") or {}
        for key in fonts:
            font = fonts[key].get_object()
            if font_name in str(font["/BaseFont"]) and "/ToUnicode" in font:
                cmap = font["/ToUnicode"].get_object().get_data().decode("latin-1")
                found.update(int(code, 16) for code in re.findall(r"<[0-9A-Fa-f]{2,4}>\s*<([0-9A-Fa-f]{4})>", cmap))
    return found


def test_texts_no_font_can_print_are_listed_before_export(sample_ws, tmp_path):
    set_narrative(sample_ws, "A.2", "Chinese: 移民 and an emoji 😀.")
    problems = printing_problems(sample_ws)
    assert problems == ["A.2 Immigration (“Chinese: 移民 and an emoji 😀.”): 移民😀"]
    _, _, options = _export(sample_ws, tmp_path)
    assert len(options.warnings) == 1 and problems[0] in options.warnings[0]
