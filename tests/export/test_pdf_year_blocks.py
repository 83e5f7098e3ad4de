"""A table with more years than a page's width continues in row blocks of near-equal size: the tester
saw Table 2 of the sample (with UN DESA 2020 imported) as seven years and an orphan block of 2020."""

from __future__ import annotations

import re

from hypothesis import given, strategies as st
from pypdf import PdfReader

from mpdesk.export.options import ExportOptions
from mpdesk.export.pdf import export_pdf
from mpdesk.export.report_data import balanced_blocks
from mpdesk.imports.preview import apply_preview, preview_import, read_for
from tests.imports.realdata import REAL, real_file

HEADER = re.compile(r"(?:^|\n) ?(?:Indicator|Country)\n(?:Unit\n)?((?: ?(?:19|20)\d\d\n)+)")


@given(n=st.integers(min_value=0, max_value=60), limit=st.integers(min_value=1, max_value=10))
def test_blocks_are_as_few_as_fit_and_near_equal(n, limit):
    years = tuple(range(1990, 1990 + n))
    blocks = balanced_blocks(years, limit)
    assert tuple(y for b in blocks for y in b) == years
    assert len(blocks) == -(-n // limit)
    assert all(0 < len(b) <= limit for b in blocks)
    assert not blocks or max(map(len, blocks)) - min(map(len, blocks)) <= 1


def year_blocks_of_tables(text: str) -> dict[str, list[int]]:
    """Each table caption -> the number of years in each of its row blocks' headers."""
    found = {}
    for chunk in re.split(r"\n(?=Table \d+: )", text)[1:]:
        heads = [len(re.findall(r"(?:19|20)\d\d", m.group(1))) for m in HEADER.finditer(chunk)]
        if heads:
            found[chunk.split("\n", 1)[0]] = heads
    return found


def test_the_sample_with_un_desa_2020_prints_no_orphan_year_block(sample_ws, tmp_path):
    apply_preview(sample_ws, preview_import(sample_ws, read_for(
        sample_ws, real_file(REAL, "undesa_pd_2020_ims_stock_by_sex_and_destination.xlsx"))))
    pdf = export_pdf(sample_ws, ExportOptions(), tmp_path / "en.pdf")
    text = "\n".join(page.extract_text() or "" for page in PdfReader(pdf).pages)
    tables = year_blocks_of_tables(text)
    split = {caption: heads for caption, heads in tables.items() if len(heads) > 1}
    assert any(c.startswith("Table 2: ") for c in split), sorted(tables)[:5]   # the tester's table is split
    for caption, heads in split.items():
        assert max(heads) - min(heads) <= 1, (caption, heads)



def _header_bars(png: Path) -> list[tuple[int, int]]:
    """(left, right) pixel ends of each navy header bar on a rendered page, top to bottom."""
    from PIL import Image

    image = Image.open(png).convert("RGB")
    width, height = image.size
    pixels = image.load()
    navy = (0x14, 0x36, 0x5D)

    def is_navy(x: int, y: int) -> bool:
        return all(abs(a - b) < 12 for a, b in zip(pixels[x, y], navy))

    bars, previous = [], False
    for y in range(height):
        xs = [x for x in range(width) if is_navy(x, y)]
        wide = len(xs) > width // 4   # a bar, not a heading's letters
        if wide and not previous:
            bars.append((min(xs), max(xs)))
        previous = wide
    return bars


def test_every_row_block_of_an_annex_table_is_as_wide_as_the_others(tmp_path):
    """Senegal's population 1960–2023 (World Bank, real file, the team's choice) in the annex: 64 years in blocks of 7
    and 6 years. The blocks of 6 get a blank last column: every block's header bar spans the same
    width, one table to the reader, not a narrower table under a wider one (rendered with pdftoppm)."""
    import subprocess

    from mpdesk.services.profile import NewProfile, create_profile
    from mpdesk.services.series import choose_series

    ws = create_profile(tmp_path / "sen.mpdesk", NewProfile(country_iso3="SEN", edition_year=2020, language="en",
                                                            period_start=2010, period_end=2020))
    try:
        for name in ("undesa_pd_2020_ims_stock_by_sex_and_destination.xlsx", "API_SP.POP.TOTL_DS2_en_csv_v2_900.csv"):
            apply_preview(ws, preview_import(ws, read_for(ws, real_file(REAL, name))))
        choose_series(ws, "population_total", "World Bank WDI SP.POP.TOTL")   # every year since 1960
        pdf = export_pdf(ws, ExportOptions(), tmp_path / "sen.pdf")
    finally:
        ws.close()
    pages = PdfReader(pdf).pages
    text = [page.extract_text() or "" for page in pages]
    page = next(i for i, t in enumerate(text) if "Statistical annex" in t and "1960" in t) + 1
    heads = [len(re.findall(r"(?:19|20)\d\d", m.group(1))) for m in HEADER.finditer(text[page - 1])]
    assert 7 in heads and 6 in heads, heads   # the case: blocks of two sizes on this page
    subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", str(page), "-l", str(page), str(pdf), str(tmp_path / "p")],
                   check=True)
    bars = _header_bars(next(tmp_path.glob("p-*.png")))
    assert len(bars) >= len(heads), bars
    assert max(r for _, r in bars) - min(r for _, r in bars) <= 1 and max(l for l, _ in bars) - min(l for l, _ in bars) <= 1, bars
