"""A chart that draws a figure the team typed over a published series says so under the chart, as the
table does under its cell, in the profile's language. UN DESA's 2020 workbook is imported, the team
types Kenya's 2010 stock, the PDF is exported and read back with pypdf: the note stands between the
figure's caption and the next caption."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from mpdesk.export.options import ExportOptions
from mpdesk.export.pdf import export_pdf
from mpdesk.imports.detect import import_file
from mpdesk.imports.preview import apply_preview, preview_import
from mpdesk.services.keys import CellKey
from mpdesk.services.profile import NewProfile, create_profile
from mpdesk.services.values import CellEdit, set_values

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "imports"))
from realdata import REAL, real_file  # noqa: E402

UNDESA_2020 = "undesa_pd_2020_ims_stock_by_sex_and_destination.xlsx"
EXPECTED = {
    "en": ("Figure", "Immigrant stock by sex", "2010 (Immigrant stock): typed by the Technical Working Group "
           "(source given: Kenya census 2009 projection); the rest of the series comes from the series' source."),
    "fr": ("Figure", "Stock d'immigrants par sexe", "2010 (Stock d'immigrants) : saisi par le groupe de travail "
           "technique (source indiquée : Kenya census 2009 projection) ; le reste de la série provient de la source "
           "de la série."),
}


def _pdf_text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(str(path)).pages).split())


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_chart_drawing_a_typed_figure_says_the_team_typed_it(tmp_path, language):
    if not REAL.is_dir():
        pytest.skip(f"the real public data folder {REAL} is absent")
    ws = create_profile(tmp_path / "ken.mpdesk", NewProfile(country_iso3="KEN", edition_year=2020, period_start=2010,
                                                            period_end=2020, language=language))
    try:
        apply_preview(ws, preview_import(ws, import_file(real_file(REAL, UNDESA_2020), "KEN")))
        set_values(ws, [CellEdit(CellKey("immigrant_stock", 2010), 955_000.0, source="Kenya census 2009 projection")])
        text = _pdf_text(export_pdf(ws, ExportOptions(), tmp_path / "r.pdf"))
    finally:
        ws.close()
    word, title, note = EXPECTED[language]
    # the list of figures names the chart too: the figure itself is the caption the note follows
    blocks = []
    for caption in re.finditer(rf"{word} (\d+) ?: {re.escape(title)}", text):
        after = text[caption.end():]
        following = re.search(rf"(?:{word}|Table|Tableau) \d+ ?: ", after)
        blocks.append(after[:following.start() if following else None])
    assert len(blocks) >= 2, title
    assert any(note in block for block in blocks)
