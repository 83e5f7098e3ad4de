"""Charts legible at print size: read back from the PDF, and the axis and label rules themselves."""

from __future__ import annotations

import re

import pytest
from pypdf import PdfReader

from mpdesk.export.options import ExportOptions
from mpdesk.export.pdf import export_pdf
from mpdesk.export.pdf.charts import _thin, nice_scale

FIGURE = re.compile(r"^Figure \d+: (?P<title>.+)$")
PERIOD = re.compile(r", \d{4}(–\d{4})?$")
LEADER = re.compile(r"\.\s+\.\s+\.")   # the dot leaders of the contents and the lists


@pytest.fixture
def pages(sample_ws, tmp_path) -> list[str]:
    path = tmp_path / "report.pdf"
    export_pdf(sample_ws, ExportOptions(), path)
    return [page.extract_text() for page in PdfReader(str(path)).pages]


def _figure_page(pages: list[str], title_start: str) -> list[str]:
    page = next(p for p in pages if re.search(rf"^Figure \d+: {re.escape(title_start)}", p, re.M)
                and not LEADER.search(p))
    return page.splitlines()


def test_every_figure_caption_names_its_unit_and_period(pages):
    captions = [m["title"] for p in pages if not LEADER.search(p) for line in p.splitlines() if (m := FIGURE.match(line))]
    assert len(captions) > 5
    for caption in captions:
        assert PERIOD.search(caption), f"no year or period in {caption!r}"
        assert "(" in caption and ")" in caption, f"no unit in {caption!r}"
    assert "Total population (persons), 1990–2023" in captions


def test_long_country_names_are_wrapped_not_cut(pages):
    lines = _figure_page(pages, "Immigrants by main country of origin")
    assert "Democratic Republic of the" in lines and "Congo" in lines
    assert not any("…" in line for line in lines)


def test_axis_numbers_are_round_with_one_number_of_decimals(pages):
    lines = _figure_page(pages, "Remittance inflows (US$ million), 2000–2023")
    assert "1,000" in lines and "4,000" in lines
    assert "0" in lines and "0.0" not in lines


def test_bar_labels_have_the_figures_decimals(pages):
    lines = _figure_page(pages, "Remittance inflows by sending country")
    assert "1,294.1" in lines and "44.2" in lines   # not '1,294' beside '44.2'


def test_nice_scale_steps_and_decimals():
    assert nice_scale(0, 4227.6) == (0, 5000, 1000, 0)
    assert nice_scale(0, 1.9) == (0, 2.0, 0.5, 1)
    assert nice_scale(-115434, 52000) == (-150000, 100000, 50000, 0)
    bottom, top, step, decimals = nice_scale(0, 0.9)
    assert (step, decimals) == (0.2, 1) and top >= 0.9


def test_year_labels_are_thinned_evenly_and_end_on_the_last_year():
    years = tuple(str(y) for y in range(1990, 2024))
    shown = _thin(years, 440)
    kept = [i for i, label in enumerate(shown) if label]
    assert shown[-1] == "2023"
    assert len(kept) * (4 * 4.2 + 10) <= 440   # they fit side by side at 7 pt
    assert len({b - a for a, b in zip(kept, kept[1:])}) == 1   # evenly spaced
    assert _thin(("2022", "2023"), 440) == ["2022", "2023"]
