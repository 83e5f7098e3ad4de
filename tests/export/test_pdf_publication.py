"""The parts of a published profile, read back from the PDF: imprint, foreword and
acknowledgements, lists of tables and figures, references, the cover date."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from pypdf import PdfReader

from mpdesk.export.options import ExportOptions
from mpdesk.export.pdf import export_pdf
from mpdesk.services.profile import set_narrative, update_profile
from mpdesk.services.publication import set_publication_detail

DAY = date(2026, 12, 1)


def _export(ws, folder: Path, **options) -> PdfReader:
    path = folder / "report.pdf"
    export_pdf(ws, ExportOptions(export_date=DAY, **options), path)
    return PdfReader(str(path))


def _pages(reader: PdfReader) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in reader.pages]


def test_imprint_page_has_publisher_date_copyright_and_the_standard_disclaimer(sample_ws, tmp_path):
    pages = _pages(_export(sample_ws, tmp_path))
    imprint = pages[1]
    assert "Publisher: State Department for Immigration and Citizen Services" in imprint
    assert "Date of publication: December 2026" in imprint
    assert "© 2026 State Department for Immigration and Citizen Services" in imprint
    assert "do not imply the expression of any opinion whatsoever concerning the legal status of any country" in imprint
    assert "ISBN" not in imprint            # no ISBN line when the profile has none
    assert "December 2026" in pages[0]     # the cover date as the language writes it, not 2026-12-01
    assert "2026-12-01" not in pages[0]


def test_imprint_details_are_edited_per_profile(sample_ws, tmp_path):
    set_publication_detail(sample_ws, "isbn", "978-92-9268-000-0")
    set_publication_detail(sample_ws, "publisher", "Kenya National Bureau of Statistics")
    set_publication_detail(sample_ws, "publication_date", "2027-03-15")
    set_publication_detail(sample_ws, "disclaimer", "This profile was prepared by the Government of Kenya.")
    imprint = _pages(_export(sample_ws, tmp_path))[1]
    assert "ISBN: 978-92-9268-000-0" in imprint
    assert "© 2027 Kenya National Bureau of Statistics" in imprint
    assert "Date of publication: March 2027" in imprint
    assert "This profile was prepared by the Government of Kenya." in imprint
    assert "legal status" not in imprint


def test_foreword_and_acknowledgements_come_before_the_contents_when_written(sample_ws, tmp_path):
    set_narrative(sample_ws, "front.foreword", "The Government is proud to present this profile.")
    set_publication_detail(sample_ws, "acknowledgements", "We thank the members of the TWG.")
    pages = _pages(_export(sample_ws, tmp_path))
    foreword = next(i for i, p in enumerate(pages) if "The Government is proud" in p)
    thanks = next(i for i, p in enumerate(pages) if "We thank the members" in p)
    contents = next(i for i, p in enumerate(pages) if "Contents" in p and ". . ." in p)
    assert 1 < foreword < thanks < contents
    assert pages[thanks].startswith("Acknowledgements")   # on a page of their own


def test_lists_of_tables_and_figures_name_every_caption_with_its_page(sample_ws, tmp_path):
    pages = _pages(_export(sample_ws, tmp_path))
    listing = [i for i, p in enumerate(pages) if "List of tables" in p or "List of figures" in p]
    lists = " ".join(pages[i] for i in listing)
    body = {i: p for i, p in enumerate(pages) if i not in listing}
    figures = sorted({int(n) for p in body.values() for n in re.findall(r"Figure (\d+): ", p)})
    tables = sorted({int(n) for p in body.values() for n in re.findall(r"Table (\d+): ", p)})
    assert len(figures) > 5 and len(tables) > 10
    for kind, numbers in (("Figure", figures), ("Table", tables)):
        for n in numbers:   # the links of the lists are checked in test_pdf_navigation
            assert re.search(rf"(\. )+\d+ {kind} {n}: ", lists), f"{kind} {n} is not in its list with a page number"


def _references(sample_ws, tmp_path) -> str:
    pages = _pages(_export(sample_ws, tmp_path))
    start = max(i for i, p in enumerate(pages) if "References" in p and ". . ." not in p)
    return "\n".join(pages[start - 1:]).rsplit("References", 1)[1]   # the list may run onto the next page


def test_final_report_has_a_references_list(sample_ws, tmp_path):
    # The sample's team wrote its references in full; without them, the report lists what it cites.
    assert "International Migrant Stock 2020. New York: United Nations." in " ".join(
        _references(sample_ws, tmp_path).split())
    set_narrative(sample_ws, "annex.references", "")
    assert "UN DESA, International Migrant Stock 2020." in _references(sample_ws, tmp_path)


def test_cover_date_and_imprint_in_the_profiles_language(sample_ws, tmp_path):
    update_profile(sample_ws, language="fr")
    pages = _pages(_export(sample_ws, tmp_path))
    assert "décembre 2026" in pages[0]


def test_header_and_footer_do_not_both_repeat_the_title(sample_ws, tmp_path):
    reader = _export(sample_ws, tmp_path)
    for number, page in enumerate(reader.pages[1:], start=2):
        lines = [x.strip() for x in page.extract_text().splitlines() if x.strip()]
        assert lines.count("Migration Profile of Kenya 2020") <= 1 or number == 2, f"page {number}"


def test_a_reference_cited_in_a_short_and_a_full_form_is_listed_once():
    from mpdesk.export.pdf.annexes import _without_shorter_forms

    cited = {"International Migrant Stock 2020", "UN DESA, International Migrant Stock 2020", "Refugee Data Finder"}
    assert _without_shorter_forms(cited) == {"UN DESA, International Migrant Stock 2020", "Refugee Data Finder"}
