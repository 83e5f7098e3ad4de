"""User text is text: markup in a title prints literally and reads no file; long entries flow across
pages; custom keys are checked; the tidy CSV never hands a spreadsheet a formula to run."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

import pytest

from mpdesk.export.csv_export import write_values_csv
from mpdesk.export.options import ExportOptions
from mpdesk.imports.detect import import_file
from mpdesk.imports.tidy_csv import read_tidy_csv
from mpdesk.services import registers, tailoring, values
from mpdesk.services.profile import set_narrative
from mpdesk.services.keys import EditError
from mpdesk.services.workspace import Workspace
from tests.reliability import harness

pypdf = pytest.importorskip("pypdf")


def tiny_png(path: Path) -> Path:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\0\0\0\0"))
                     + chunk(b"IEND", b""))
    return path


def pdf_text(path: Path) -> str:
    return " ".join(page.extract_text() or "" for page in pypdf.PdfReader(path).pages)


def test_a_hostile_section_title_prints_literally_and_reads_no_file(profile: Path, tmp_path: Path) -> None:
    secret = tiny_png(tmp_path / "secret.png")
    title = f'</para> <img src="{secret}"/> <b>bold?</b> & more'
    ws = Workspace.open(profile)
    try:
        tailoring.add_custom_section(ws, "local_notes", title, "A")
        set_narrative(ws, "local_notes", "Our own notes.")
    finally:
        ws.close()
    out = tmp_path / "report.pdf"
    log = tmp_path / "opened.log"
    tool = harness.need_strace()
    result = harness.run([tool, "-f", "-qq", "-e", "trace=open,openat,stat,newfstatat,lstat", "-o", str(log),
                          *harness.mpdesk_command("export", profile, "--pdf", out, "--draft")])
    assert result.returncode == 0, result.stderr
    assert str(secret) not in log.read_text(), "the export read a file named in the profile's text"
    text = pdf_text(out)
    assert "</para>" in text and "<b>bold?</b> & more" in text and "secret.png" in text


def test_long_entries_flow_across_pages(profile: Path, tmp_path: Path) -> None:
    from mpdesk.export.pdf import export_pdf

    ws = Workspace.open(profile)
    try:
        registers.add_item(ws, "law", title="Immigration Act", kind="law", year=2000,
                           notes="clause " * 5000 + "LAWEND")
        registers.add_item(ws, "gap", description="missing " * 800 + "GAPEND", section_key="A.2", priority="high")
        registers.add_item(ws, "recommendation", text="improve " * 700 + "RECEND", action="act", owner="GSS",
                           section_key="D.1")
        set_narrative(ws, "A.2", ("Migration grew. " * 6400) + "NARRATIVEEND")  # one 100 KB paragraph
        out = tmp_path / "long.pdf"
        export_pdf(ws, ExportOptions(draft=True), out)
    finally:
        ws.close()
    text = pdf_text(out)
    for marker in ("LAWEND", "GAPEND", "RECEND", "NARRATIVEEND"):
        assert marker in text, marker


def test_a_layout_failure_names_the_entry_and_its_page() -> None:
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table
    from reportlab.platypus.doctemplate import LayoutError

    from mpdesk.export.pdf import layout_sentence

    cell = Paragraph("Ratify the convention " * 400, getSampleStyleSheet()["Normal"])
    doc = SimpleDocTemplate(str(Path("/dev/null")))
    with pytest.raises(LayoutError) as info:
        doc.build([Table([[cell]], splitInRow=0)])  # a row that cannot split, as before this fix
    sentence = layout_sentence(str(info.value))
    assert "Ratify the convention" in sentence and "(page 2)" in sentence  # reportlab gave up on page 2


@pytest.mark.parametrize("key", ["", "../../etc", "a/b", "A..2", "x'y", ".hidden", "A.2."])
def test_custom_section_keys_are_checked(profile: Path, key: str) -> None:
    ws = Workspace.open(profile)
    try:
        with pytest.raises(EditError, match="section key"):
            tailoring.add_custom_section(ws, key, "Local notes", "A")
    finally:
        ws.close()


FORMULAS = ["=HYPERLINK(\"http://x\",\"click\")", "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A9)", "\tTab",
            "\rCR start", "'=already quoted", "plain text", "line one\rline two", "multi\nline\r\nnote"]


def test_tidy_csv_text_never_runs_as_a_formula_and_reads_back_the_same(profile: Path, tmp_path: Path) -> None:
    ws = Workspace.open(profile)
    try:
        values.import_records(ws, [values_record(i, text) for i, text in enumerate(FORMULAS)], "x.csv", "0" * 64,
                              "tidy_csv")
        out = tmp_path / "figures.csv"
        write_values_csv(ws, out)
    finally:
        ws.close()
    import csv

    with out.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    for row in rows[1:]:
        for cell in row[2:6] + row[7:]:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell
    back = {r.year: (r.source, r.note) for r in read_tidy_csv(out).records}
    for i, text in enumerate(FORMULAS):
        assert back[1990 + i] == (text, text)


def values_record(i: int, text: str):
    from mpdesk.imports.records import ValueRecord

    return ValueRecord("immigrant_stock", 1990 + i, 1000 + i, unit="persons", source=text, note=text)


def test_tidy_csv_with_mac_line_endings_imports(tmp_path: Path) -> None:
    path = tmp_path / "mac.csv"
    path.write_bytes(b"indicator,year,sex,age_group,partner,category,value,unit,source,note\r"
                     b"immigrant_stock,2015,,,,,399471,persons,GSS,\"a note\rwith a bare CR\"\r"
                     b"immigrant_stock,2016,,,,,401000,persons,GSS,\r")
    records = import_file(path, "GHA").records
    assert [(r.year, r.value) for r in records] == [(2015, 399471), (2016, 401000)]
    assert records[0].note == "a note\rwith a bare CR"
    assert harness.mpdesk("import", make_target(tmp_path), path).returncode == 0


def make_target(tmp_path: Path) -> Path:
    from tests.reliability.conftest import make_profile

    return make_profile(tmp_path / "target.mpdesk")
