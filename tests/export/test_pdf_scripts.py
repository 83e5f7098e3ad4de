"""Other scripts as a reader sees them on the printed page: a long Arabic paragraph reads line by
line from the right, its first words on its first line; Devanagari and Arabic side by side."""

from __future__ import annotations

import re
import subprocess
import sys
import unicodedata
from pathlib import Path

from mpdesk.export.options import ExportOptions
from mpdesk.export.pdf import export_pdf
from mpdesk.services.profile import set_narrative

# "Migration in the region has grown over the last decade ..." – some fifty words, several lines
ARABIC = ("ازدادت الهجرة في المنطقة خلال العقد الماضي بسبب النزاعات والجفاف وتغير المناخ، "
          "وارتفع عدد اللاجئين من 400 ألف في عام 2010 إلى أكثر من 500 ألف في عام 2020 (تقديرات المفوضية). "
          "وتعمل الحكومة مع المنظمة الدولية للهجرة IOM على تحسين البيانات الإدارية وتوحيد التعاريف "
          "بين الوزارات، ونشر تقرير سنوي عن الهجرة يعتمد على التعداد والمسوح الأسرية والسجلات الحدودية.")


def _page_lines(path: Path) -> list[str]:
    """The PDF's text lines as pdftotext reads them, letters folded to their plain forms."""
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
    plain = unicodedata.normalize("NFKC", out)
    return [re.sub(r"[\u200e\u200f\u202a-\u202e]", "", line).strip() for line in plain.splitlines()]


def _words(text: str) -> list[str]:
    return re.findall(r"[\u0621-\u064a]+|[A-Za-z0-9']+|[\u0900-\u097f]+", text)


def test_a_long_arabic_paragraph_prints_its_lines_in_reading_order(sample_ws, tmp_path):
    set_narrative(sample_ws, "A.2", ARABIC)
    path = tmp_path / "report.pdf"
    export_pdf(sample_ws, ExportOptions(), path)
    lines = _page_lines(path)
    first = next(i for i, line in enumerate(lines) if "ازدادت" in line)
    block = []
    for line in lines[first:]:
        if not re.search(r"[\u0621-\u064a]", line):
            break
        block.append(line)
    assert len(block) >= 3, block   # it really wraps
    expected, start = _words(ARABIC), 0
    assert {"ازدادت", "الهجرة", "في", "المنطقة"} <= set(_words(block[0]))   # the first words on the first line
    for line in block:   # each line holds the next words of the text (pdftotext's order inside a line
        got = _words(line)   # with numbers is its own, so the words are compared as a bag)
        assert sorted(got) == sorted(expected[start:start + len(got)]), line
        start += len(got)
    assert start == len(expected)


def test_arabic_in_an_english_sentence_keeps_the_sentence_order(sample_ws, tmp_path):
    set_narrative(sample_ws, "A.2", "The ministry's name in Arabic is وزارة الداخلية and in Hindi गृह मंत्रालय.")
    path = tmp_path / "report.pdf"
    export_pdf(sample_ws, ExportOptions(), path)
    line = next(line for line in _page_lines(path) if "ministry's name" in line)
    assert line.startswith("The ministry's name in Arabic is")
    assert _words(line)[6:8] == ["وزارة", "الداخلية"], line   # not swapped


def test_mpdesk_export_warns_on_stderr_before_writing_and_still_writes(sample_ws, tmp_path):
    set_narrative(sample_ws, "A.2", "Chinese: 移民 and an emoji 😀.")
    profile = sample_ws.path
    sample_ws.close()   # the command opens the file itself
    out = tmp_path / "cli.pdf"
    done = subprocess.run([sys.executable, "-m", "mpdesk", "export", str(profile), "--pdf", str(out)],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "A.2 Immigration (“Chinese: 移民 and an emoji 😀.”): 移民😀" in done.stderr and "empty boxes" in done.stderr
    assert "移民" not in done.stdout and out.exists()
