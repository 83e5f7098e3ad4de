"""Contents that would overflow their page by a line or two are set a little tighter, so no page
holds only the last entry (the tester's en contents continued on p5 with the line 'References' alone)."""

from __future__ import annotations

from pypdf import PdfReader

from mpdesk.export.options import ExportOptions
from mpdesk.export.pdf import export_pdf
from mpdesk.imports.preview import apply_preview, preview_import, read_for
from tests.imports.realdata import REAL, real_file


def test_contents_a_few_lines_too_long_fit_their_page(sample_ws, tmp_path):
    apply_preview(sample_ws, preview_import(sample_ws, read_for(
        sample_ws, real_file(REAL, "undesa_pd_2020_ims_stock_by_sex_and_destination.xlsx"))))
    pages = [page.extract_text() or "" for page in PdfReader(export_pdf(sample_ws, ExportOptions(),
                                                                         tmp_path / "en.pdf")).pages]
    first = next(i for i, text in enumerate(pages) if "\nContents\n" in text)
    assert "References" in pages[first]                       # the last entry on the contents page itself
    assert "List of tables" in pages[first + 1] and "References" not in pages[first + 1]
    assert len(pages[first + 1].split("List of tables")[0]) < 60   # the next page starts with the list of tables
