"""'Prepare draft for email': two dated files, marked Draft, or none at all."""

from __future__ import annotations

from datetime import date

import pytest

from mpdesk.export.draft import draft_base_name, prepare_draft
from mpdesk.formats import format_file_size as size_text
from mpdesk.export.options import ExportCancelled, ExportError

DAY = date(2026, 11, 30)


@pytest.fixture
def folder(tmp_path):
    """An empty folder for the draft files (tmp_path itself holds the profile)."""
    path = tmp_path / "outbox"
    path.mkdir()
    return path


def test_both_files_have_the_dated_name_and_their_total_size(sample_ws, folder):
    openpyxl = pytest.importorskip("openpyxl")
    result = prepare_draft(sample_ws, folder, today=DAY)
    assert result.pdf_path == folder / "Kenya MP 2020 - draft 2026-11-30.pdf"
    assert result.xlsx_path == folder / "Kenya MP 2020 - draft 2026-11-30.xlsx"
    assert result.pdf_path.read_bytes()[:5] == b"%PDF-"
    assert result.total_bytes == result.pdf_path.stat().st_size + result.xlsx_path.stat().st_size
    about = {r[0].value: r[1].value for r in openpyxl.load_workbook(result.xlsx_path)["About"].iter_rows()
             if r[0].value}
    assert about["Status"] == "Draft"
    assert sorted(p.name for p in folder.iterdir()) == sorted(p.name for p in result.paths)


def test_progress_runs_from_start_to_end(sample_ws, folder):
    seen: list[int] = []
    prepare_draft(sample_ws, folder, progress=lambda p, what: seen.append(p), today=DAY)
    assert seen == sorted(seen) and seen[-1] == 100


def test_cancel_while_writing_the_workbook_leaves_neither_file(sample_ws, folder):
    def progress(percent: int, what: str) -> None:
        if percent > 80:
            raise ExportCancelled()

    with pytest.raises(ExportCancelled):
        prepare_draft(sample_ws, folder, progress=progress, today=DAY)
    assert list(folder.iterdir()) == []


def test_a_missing_folder_is_a_sentence(sample_ws, folder):
    with pytest.raises(ExportError, match="does not exist"):
        prepare_draft(sample_ws, folder / "gone", today=DAY)


def test_the_name_has_no_character_a_file_system_refuses(sample_ws):
    assert draft_base_name(sample_ws, DAY) == "Kenya MP 2020 - draft 2026-11-30"


@pytest.mark.parametrize("lang", ["en", "fr", "es"])
def test_sizes_read_as_people_say_them(lang):
    """The figure and the unit as CLDR writes them in the profile's language: '1,3 Mo' in French."""
    from babel.numbers import format_decimal
    from babel.units import format_unit

    def said(value: float, unit: str, pattern: str) -> str:
        return format_unit(format_decimal(value, pattern, locale=lang), unit, length="short", locale=lang)

    assert size_text(850_400, lang) == said(850, "digital-kilobyte", "#,##0")
    assert size_text(1_320_000, lang) == said(1.3, "digital-megabyte", "#,##0.0")
    assert size_text(10, lang) == said(1, "digital-kilobyte", "#,##0")
    if lang == "fr":
        assert size_text(1_320_000, lang) == "1,3\u202fMo"   # what a French reader expects to see
