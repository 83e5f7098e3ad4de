"""One chart description, rendered three ways: pyqtgraph on screen, reportlab in the PDF,
native charts in Excel. Renderers draw exactly what is here and decide nothing else."""

from __future__ import annotations

from dataclasses import dataclass, field

# Okabe & Ito (2008): distinguishable with the common forms of colour blindness.
PALETTE: tuple[str, ...] = (
    "#0072B2",  # blue
    "#E69F00",  # orange
    "#009E73",  # bluish green
    "#CC79A7",  # reddish purple
    "#56B4E9",  # sky blue
    "#D55E00",  # vermillion
    "#F0E442",  # yellow (used last: weak on white)
    "#000000",
)
SEX_COLOURS = {"female": "#CC79A7", "male": "#0072B2", "": "#444444"}
INK = "#222222"
GRID = "#D9D9D9"

CHART_KINDS = ("line", "bar", "stacked_bar", "top_partners", "pyramid", "donut")


@dataclass(frozen=True)
class Series:
    """One series. ``values`` lines up with ``ChartDescription.categories``; None is a gap."""

    label: str
    values: tuple[float | None, ...]
    colour: str = PALETTE[0]


@dataclass(frozen=True)
class ChartDescription:
    key: str
    kind: str                      # one of CHART_KINDS
    title: str
    categories: tuple[str, ...]    # x axis: years as text for line/bar, partners for top_partners, age groups for pyramid
    series: tuple[Series, ...]
    x_label: str = ""
    y_label: str = ""              # includes the unit, e.g. "Persons" or "% of GDP"
    unit: str = ""                 # catalogue unit of the values
    decimals: int = 0              # its figures' shown decimals (formats.figure_decimals, as in the tables)
    source: str = ""               # "Source: UN DESA, International Migrant Stock 2020."
    notes: tuple[str, ...] = field(default_factory=tuple)
    # Where each category sits on a time axis (the years as numbers, so 1995, 2020 and 2021 are
    # spaced as time is); empty for axes that are not time (partners, age groups, slices).
    x_values: tuple[float, ...] = field(default_factory=tuple)

    @property
    def is_empty(self) -> bool:
        return not self.categories or all(v is None for s in self.series for v in s.values)
