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
