"""Charts on screen draw the profile's figures, for every kind, and export PNG and SVG."""

from __future__ import annotations

import math

import numpy as np
import pytest

from mpdesk.charts.model import ChartDescription, Series
from mpdesk.services.figures import stored_figures
from mpdesk.ui.charts.chart_panel import ChartPanel
from mpdesk.ui.charts.plot_widget import ChartWidget
from mpdesk.ui.context import AppContext

KINDS = ("line", "bar", "stacked_bar", "top_partners", "pyramid", "donut")


def _description(kind: str) -> ChartDescription:
    if kind == "pyramid":
        return ChartDescription("p", kind, "Pyramid", ("0-14", "15-64", "65+"),
                                (Series("Male", (10.0, 20.0, 5.0), "#0072B2"),
                                 Series("Female", (12.0, 18.0, 6.0), "#CC79A7")))
    if kind in ("top_partners", "donut"):
        return ChartDescription("t", kind, "Top", ("Somalia", "Uganda", "South Sudan"),
                                (Series("Immigrants, 2021", (425284.0, 290597.0, 121553.0)),))
    return ChartDescription("l", kind, "Over years", ("2018", "2019", "2020"),
                            (Series("A", (1000.0, None, 3000.0), "#0072B2"),
                             Series("B", (500.0, 600.0, 700.0), "#E69F00")), y_label="Persons")


def _widget(qtbot) -> ChartWidget:
    widget = ChartWidget("en")
    qtbot.addWidget(widget)
    widget.resize(600, 400)
    widget.show()
    return widget


def test_immigrant_stock_line_shows_the_profile_values(qtbot, sample_ws):
    panel = ChartPanel(AppContext(sample_ws), "glance")
    qtbot.addWidget(panel)
    line = next(w for w in panel.widgets.values() if w.description.kind == "line"
                and "immigrant" in w.description.title.lower())
    stored = {v.year: v.value for v in stored_figures(sample_ws, ["immigrant_stock"])
              if not any((v.sex, v.age_group, v.partner, v.category)) and v.preferred}
    years = [int(c) for c in line.description.categories]
    x, y = line.items[0].getData()
    assert [y[i] for i in range(len(years)) if not math.isnan(y[i])] == [stored[year] for year in years if year in stored]
    assert "1,050,147" in line.hover_text(years.index(2020))


@pytest.mark.parametrize("kind", KINDS)
def test_every_kind_renders_and_exports(qtbot, tmp_path, kind):
    widget = _widget(qtbot)
    description = _description(kind)
    widget.set_description(description)
    if kind == "donut":
        assert widget.donut.values == (425284.0, 290597.0, 121553.0)
    elif kind == "line":
        assert np.allclose(widget.items[1].getData()[1], [500, 600, 700])
        assert math.isnan(widget.items[0].getData()[1][1])           # a gap, not a zero
    elif kind == "pyramid":
        assert list(widget.items[0].opts["x0"]) == [-10, -20, -5]      # male to the left
        assert list(widget.items[1].opts["width"]) == [12, 18, 6]
    else:
        assert len(widget.items) == len(description.series)
    assert widget.hover_text(0).startswith(description.categories[0])
    for suffix in ("png", "svg"):
        path = widget.export(tmp_path / f"chart.{suffix}")
        assert path.exists() and path.stat().st_size > 200


def test_refresh_reuses_plot_items(qtbot):
    widget = _widget(qtbot)
    widget.set_description(_description("bar"))
    items = list(widget.items)
    updated = _description("bar")
    updated = ChartDescription(updated.key, "bar", updated.title, updated.categories,
                               (Series("A", (1.0, 2.0, 3.0)), Series("B", (4.0, 5.0, 6.0))))
    widget.set_description(updated)
    assert widget.items == items
    assert list(widget.items[1].opts["height"]) == [4.0, 5.0, 6.0]


def test_hover_uses_profile_number_format(qtbot):
    widget = ChartWidget("fr")
    qtbot.addWidget(widget)
    widget.set_description(_description("top_partners"))
    assert "425\u202f284" in widget.hover_text(0)


def test_add_chart_dialog_adds_a_custom_chart(qtbot, sample_ws, monkeypatch):
    from mpdesk.ui.charts import chart_panel

    panel = ChartPanel(AppContext(sample_ws), "B.2")
    qtbot.addWidget(panel)
    before = len(panel.descriptions())

    def accept(dialog):
        dialog.indicators.item(0).setCheckState(chart_panel.Qt.CheckState.Checked)
        dialog.kind.setCurrentIndex(dialog.kind.findData("bar"))
        dialog.title.setText("Exports")
        return True

    monkeypatch.setattr(chart_panel.AddChartDialog, "exec", accept)
    panel.ask_new_chart()
    descriptions = panel.descriptions()
    assert len(descriptions) == before + 1 and descriptions[-1].title == "Exports"


@pytest.mark.parametrize("kind", ["line", "bar"])
def test_screen_time_axis_is_proportional_with_round_year_ticks(qtbot, kind):
    widget = _widget(qtbot)
    years = (1995, 2020, 2021)
    widget.set_description(ChartDescription("irregular", kind, "Irregular years", tuple(map(str, years)),
                                            (Series("A", (1.0, 2.0, 3.0)),), x_values=tuple(map(float, years))))
    ticks = widget.bottom_axis._tickLevels[0]   # what the axis labels (set with setTicks)
    assert [label for _, label in ticks] == ["1995", "2000", "2005", "2010", "2015", "2020"]
    assert all(position == float(label) for position, label in ticks)   # each label at its own year
    if kind == "bar":
        x = widget.items[0].opts["x"]
        assert (x[1] - x[0]) / (x[2] - x[1]) == pytest.approx(25)
    else:
        x, _ = widget.items[0].getData()
        assert [v for v in x if not math.isnan(v)] == [1995.0, 2020.0, 2021.0]
        assert math.isnan(x[1])   # 1996–2019 hold no figure: the line breaks after 1995


@pytest.mark.parametrize("width", [360, 520, 900])
def test_year_labels_never_touch_on_a_narrow_chart(qtbot, width):
    """2000-2024 on a card of any width: round years, far enough apart to be read (not '20022004…')."""
    widget = _widget(qtbot)
    years = tuple(range(2000, 2025))
    widget.set_description(ChartDescription("many", "bar", "Many years", tuple(map(str, years)),
                                            (Series("A", tuple(float(y) for y in years)),),
                                            x_values=tuple(map(float, years))))
    widget.resize(width, 320)
    qtbot.waitUntil(lambda: widget.plot.width() > 0)
    ticks = [label for _, label in widget.bottom_axis._tickLevels[0]]
    pixels_per_year = (widget.plot.width() - widget.left_axis.width()) / (len(years) + 1.2)
    step = int(ticks[1]) - int(ticks[0])
    assert step * pixels_per_year > widget.fontMetrics().horizontalAdvance("2000") * 1.5
    assert all(int(t) % step == 0 for t in ticks) and len(ticks) >= 2


def test_screen_line_breaks_where_a_year_is_missing(qtbot):
    """The screen joins what the PDF joins (charts.runs): 1976, then 1986–1988; the five-yearly
    series is one line although the chart has a category every year."""
    widget = _widget(qtbot)
    years = (1976, 1986, 1987, 1988, 1990, 1995, 2000)
    widget.set_description(ChartDescription("r", "line", "Gaps", tuple(map(str, years)), (
        Series("Yearly", (3.3, 3.0, 4.0, 5.0, None, None, None)),
        Series("Five-yearly", (None, None, None, None, 10.0, 11.0, 12.0), "#E69F00")),
        x_values=tuple(map(float, years))))
    x, y = widget.items[0].getData()
    assert list(np.isnan(x)) == [False, True, False, False, False]
    assert list(y[~np.isnan(y)]) == [3.3, 3.0, 4.0, 5.0]
    x, _ = widget.items[1].getData()
    assert list(x) == [1990.0, 1995.0, 2000.0]
