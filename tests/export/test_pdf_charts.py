"""Charts legible at print size: read back from the PDF, and the axis and label rules themselves."""

from __future__ import annotations

import re

import pytest
from pypdf import PdfReader

from mpdesk.export.options import ExportOptions
from mpdesk.export.pdf import export_pdf
from mpdesk.charts.model import ChartDescription, Series
from mpdesk.charts.ticks import year_ticks
from mpdesk.export.pdf.charts import chart_drawing, nice_scale

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
        # the unit in brackets, or named by the title itself ('Remittance inflows as % of GDP, 2000–2022')
        assert ("(" in caption and ")" in caption) or "% of" in caption, f"no unit in {caption!r}"
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


def test_year_ticks_are_round_years_that_fit():
    assert year_ticks(1990, 2023, 12) == [1990, 1995, 2000, 2005, 2010, 2015, 2020]
    assert year_ticks(2017, 2024, 12) == list(range(2017, 2025))
    assert year_ticks(1995, 2021, 12) == [1995, 2000, 2005, 2010, 2015, 2020]
    assert year_ticks(2021, 2021, 12) == [2021]
    assert len(year_ticks(1950, 2100, 12)) <= 12


def _bar_rects(drawing) -> list:
    """The bars the reportlab bar chart of ``drawing`` paints (its own shapes, as the PDF gets them)."""
    from reportlab.graphics.charts.barcharts import VerticalBarChart
    from reportlab.graphics.shapes import Group, Rect

    def walk(group):
        for shape in group.contents:
            if isinstance(shape, Group):
                yield from walk(shape)
            elif isinstance(shape, Rect) and shape.height > 0:
                yield shape
    plot = next(shape for shape in drawing.contents if isinstance(shape, VerticalBarChart))
    return list(walk(plot.draw())), plot


@pytest.mark.parametrize("kind", ["bar", "stacked_bar"])
def test_bars_stand_at_their_year_on_a_time_axis(kind):
    years = (1995, 2020, 2021)
    chart = ChartDescription(key="t", kind=kind, title="Test", categories=tuple(map(str, years)),
                             series=(Series("a", (1.0, 2.0, 3.0)), Series("b", (2.0, None, 1.0), "#E69F00")),
                             x_values=tuple(map(float, years)))
    rects, plot = _bar_rects(chart_drawing(chart, "en"))
    blue = sorted(r.x for r in rects if r.fillColor.hexval().lower() == "0x0072b2")   # series a, one bar a year
    assert len(blue) == 3
    assert (blue[1] - blue[0]) / (blue[2] - blue[1]) == pytest.approx(25, rel=0.01)   # 25 years, then 1
    labels = [name for name in plot.categoryAxis.categoryNames if name]
    assert labels == ["1995", "2000", "2005", "2010", "2015", "2020"]


def test_the_sample_report_draws_its_time_axes_at_round_years(pages):
    lines = _figure_page(pages, "Total population (persons), 1990–2023")
    start = lines.index(next(line for line in lines if line.startswith("Figure") and "Total population" in line))
    axis = [line for line in lines[start:] if line.isdigit() and len(line) == 4]
    assert axis[:7] == ["1990", "1995", "2000", "2005", "2010", "2015", "2020"]


@pytest.mark.parametrize("language, title", [
    ("es", "Remesas recibidas (millones de dólares EE. UU.)"),
    ("fr", "Envois de fonds reçus (millions de dollars É.-U.)"),
])
def test_a_caption_that_names_its_unit_does_not_repeat_it(sample_ws, tmp_path, language, title):
    """The catalogue's title writes 'EE. UU.' with a plain space, the unit word with a no-break
    one: the caption still sees the unit in the title and does not add it a second time."""
    from mpdesk.services.profile import update_profile

    update_profile(sample_ws, language=language)
    path = tmp_path / f"report-{language}.pdf"
    export_pdf(sample_ws, ExportOptions(), path)
    text = " ".join(page.extract_text() for page in PdfReader(str(path)).pages).replace("\u00a0", " ")
    assert f"{title}, 2000–2023" in text
    assert f"{title} (" not in text


def _line_segments(drawing) -> list[list[tuple[float, float]]]:
    """The runs of points each PolyLine of the drawing's line plot joins (its own shapes)."""
    from reportlab.graphics.charts.lineplots import LinePlot
    from reportlab.graphics.shapes import Group, PolyLine

    def walk(group):
        for shape in group.contents:
            if isinstance(shape, Group):
                yield from walk(shape)
            elif isinstance(shape, PolyLine):
                yield list(zip(shape.points[::2], shape.points[1::2]))
    plot = next(shape for shape in drawing.contents if isinstance(shape, LinePlot))
    return list(walk(plot.draw()))


def test_a_line_breaks_where_a_year_is_missing():
    """Remittances 1976, then nothing until 1986; FDI typed for 2010 and 2012, not 2011: no
    straight line stands in for the missing years."""
    years = (1976, *range(1986, 1991), 2010, 2011, 2012)
    remittances = (3.3, 3.0, 4.0, 5.0, 6.0, 7.0, 50.0, 60.0, 70.0)
    fdi = (None, None, None, None, None, None, 160.0, None, 165.3)
    chart = ChartDescription("r", "line", "Remittances and FDI", tuple(map(str, years)),
                             (Series("Remittances", remittances), Series("FDI", fdi, "#E69F00")),
                             x_values=tuple(map(float, years)))
    lengths = [len(points) for points in _line_segments(chart_drawing(chart, "es"))]
    # remittances: 1976 alone, 1986–1990, 2010–2012; FDI: 2010 alone, 2012 alone
    assert sorted(lengths) == [1, 1, 1, 3, 5]


def test_a_series_published_every_five_years_stays_one_line():
    from mpdesk.charts.runs import line_runs

    years = (1990, 1995, 2000, 2005, 2010, 2015, 2019)
    every_year = tuple(range(1990, 2020))
    stock = Series("Immigrants", tuple(float(y) if y in years else None for y in every_year))
    chart = ChartDescription("s", "line", "Stock", tuple(map(str, every_year)), (stock,),
                             x_values=tuple(map(float, every_year)))
    assert [[x for x, _ in run] for run in line_runs(chart, stock)] == [list(map(float, years))]
    lengths = [len(points) for points in _line_segments(chart_drawing(chart, "en"))]
    assert lengths == [7]


def test_a_long_title_in_the_list_of_figures_wraps_clear_of_its_page_number(tmp_path):
    """The tester's '…(millones de dólares EE. UU.), 1976–202415': the report's own list of figures
    (its class and style) with titles ending at every point up to the right edge; each keeps its
    dot leader before the page number."""
    from reportlab.platypus import SimpleDocTemplate

    from mpdesk.export.pdf import styles as st
    from mpdesk.export.pdf.fonts import register_fonts
    from mpdesk.export.pdf.template import contents_list

    register_fonts()
    listing = contents_list("FigureEntry")
    listing.levelStyles = [st.styles().toc_list]
    base = "Gráfico 6: Remesas recibidas y Inversión extranjera directa, entradas netas (millones de dólares)"
    titles = [f"{base} {'y' * n}, 1976–2024" for n in range(1, 25)]
    listing._lastEntries = [(0, title, 15, None) for title in titles]   # what the last layout pass noted
    path = tmp_path / "list.pdf"
    SimpleDocTemplate(str(path), pagesize=(st.PAGE_WIDTH, st.PAGE_HEIGHT), leftMargin=st.MARGIN_LEFT,
                      rightMargin=st.MARGIN_RIGHT).build([listing])
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(str(path)).pages)
    assert text.count("1976–2024") == len(titles)
    # every entry's page number after its dots (a title that reached the number left it none)
    assert len(re.findall(r"\. \. \. 15\b", text)) == len(titles)
