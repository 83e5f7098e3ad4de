"""The sample's report gets its facts right: read back from the PDF with pypdf and compared with the
publishers' own files, read here with the csv module (independently of mpdesk's importers)."""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from mpdesk.export.options import ExportOptions
from mpdesk.export.pdf import export_pdf

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "imports"))
from realdata import REAL, desa_table3_kenya, real_file  # noqa: E402

LEADER = re.compile(r"\.\s+\.\s+\.")


@pytest.fixture(scope="module")
def pages(sample_file, tmp_path_factory) -> list[str]:
    from mpdesk.services.workspace import Workspace

    ws = Workspace.open(sample_file)
    try:
        path = tmp_path_factory.mktemp("report") / "report.pdf"
        export_pdf(ws, ExportOptions(), path)
    finally:
        ws.close()
    return [" ".join(page.extract_text().split()) for page in PdfReader(str(path)).pages]


def _page(pages: list[str], heading: str) -> str:
    return next(p for p in pages if heading in p and not LEADER.search(p))


def _wdi_kenya(name: str, year: int) -> float:
    with real_file(REAL, name).open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    header = next(r for r in rows if r[:2] == ["Country Name", "Country Code"])
    kenya = next(r for r in rows if len(r) > 1 and r[1] == "KEN")
    return float(kenya[header.index(str(year))])


def _unhcr_kenya(column: str, year: int) -> float:
    with real_file(REAL, "persons_of_concern.csv").open(encoding="utf-8-sig", newline="") as handle:
        return sum(float(r[column]) for r in csv.DictReader(handle)
                   if r["Country of Asylum ISO"] == "KEN" and int(r["Year"]) == year)


def _glance_row(pages: list[str], name: str) -> str:
    glance = _page(pages, "Table 1: Key migration figures")
    start = glance.index(name)
    return glance[start:start + 160]


def test_summary_quotes_un_desas_share_and_at_a_glance_divides_by_the_printed_population(pages):
    population = f"{_wdi_kenya('API_SP.POP.TOTL_DS2_en_csv_v2_900.csv', 2020):,.0f}"
    share = f"{desa_table3_kenya(2020):.1f}%"
    summary = _page(pages, "Executive summary Kenya is at once")
    assert f"{share} of the population by UN DESA's estimate" in summary     # the narrative names its source
    assert f"the World Bank puts the population at {population}" in summary
    assert _glance_row(pages, "Total population").startswith(f"Total population {population} persons 2020")
    # Every share and rate divides by the printed population, the World Bank's series (one series
    # rule): the immigrant share is UN DESA's stock over it, 1,050,147 / 52,217,334 (2.0%).
    immigrants = _glance_row(pages, "Immigrants as % of population")
    assert immigrants.startswith("Immigrants as % of population 2.0% 2020")
    assert "UN DESA" in immigrants.split("Female share")[0] and "SP.POP.TOTL" in immigrants.split("Female share")[0]
    for row in ("Emigrants as % of population", "Net migration rate"):
        assert "World Bank WDI SP.POP.TOTL (2024-12-16)" in _glance_row(pages, row), row
    assert "53,771,300" not in " ".join(pages)   # UN DESA's population is not printed, nor divided by


def test_refugees_hosted_at_a_glance_are_refugees_only(pages):
    refugees = _unhcr_kenya("Refugees", 2020)
    asylum = _unhcr_kenya("Asylum-seekers", 2020)
    assert _glance_row(pages, "Refugees hosted").startswith(f"Refugees hosted {refugees:,.0f} persons 2020")
    assert f"{refugees + asylum:,.0f}" not in " ".join(pages)
    assert "asylum seekers not included" in _page(pages, "Executive summary Kenya is at once")


def test_references_are_full_citations(pages):
    text = " ".join(pages)
    references = text[text.rindex("References "):]
    entries = re.findall(r"[A-Z][^()]+? \((?:19|20)\d\d\)\. .+? (?:https?://\S+)", references)
    assert len(entries) >= 12
    for source in ("SP.POP.TOTL", "SM.POP.NETM", "BX.TRF.PWKR.CD.DT", "International Migrant Stock 2020",
                   "Bilateral Migration Matrix 2021", "Refugee Data Finder"):
        assert any(source in entry for entry in entries), source
    assert "Washington, DC: World Bank" in references and "New York: United Nations" in references


def test_names_are_said_once_to_be_fictional(pages):
    text = " ".join(pages)
    assert "(fictional person)" not in text
    twg = _page(pages, "TWG membership")
    assert "The names of the members in this training sample are fictional; the institutions are real." in twg


def test_the_glossary_follows_the_2021_framework(pages):
    glossary = _page(pages, "Glossary Country of usual residence")
    assert "UN conceptual framework on international migration (2021)" in glossary
    assert 'the former category "short-term migrant" is no longer used' in glossary
