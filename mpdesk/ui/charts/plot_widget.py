"""One ChartDescription on screen: pyqtgraph for axes charts, a QPainter donut, hover, legend, export.

Plot items are created once per series and updated with setData()/setOpts() on refresh.
"""

from __future__ import annotations

import math
from html import escape
from pathlib import Path

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QFileDialog, QFrame, QHBoxLayout, QLabel, QMenu, QStackedWidget, QToolButton, QVBoxLayout, QWidget,
)

from mpdesk.formats import format_figure, format_number
from mpdesk.charts.model import GRID, INK, ChartDescription
from mpdesk.charts.runs import line_runs
from mpdesk.charts.ticks import year_ticks
from mpdesk.ui.charts.donut import DonutView

HORIZONTAL = ("top_partners", "pyramid")


class ValueAxis(pg.AxisItem):
    """Tick labels with the profile's thousands separators; absolute values on a pyramid."""

    def __init__(self, orientation: str, language: str = "en") -> None:
        super().__init__(orientation, pen=pg.mkPen(GRID), textPen=pg.mkPen(INK))
        self.language = language
        self.mirror = False

    def tickStrings(self, values, scale, spacing):  # noqa: N802 (pyqtgraph name)
        decimals = 0 if spacing >= 1 else min(int(math.ceil(-math.log10(spacing))), 3)
        return [format_number(abs(v) if self.mirror else v, decimals, self.language) for v in values]


def _gap(d: ChartDescription) -> float:
    """The smallest distance between two categories on the axis (1 for evenly spaced ones)."""
    if not d.x_values or len(d.x_values) < 2 or d.kind in HORIZONTAL:
        return 1.0
    return min(b - a for a, b in zip(d.x_values, d.x_values[1:])) or 1.0


def _values(series_values) -> np.ndarray:
    return np.array([np.nan if v is None else float(v) for v in series_values], dtype=float)


def _joined_runs(runs: list[list[tuple[float, float]]]) -> tuple[np.ndarray, np.ndarray]:
    """The runs of a line one after another with a NaN between them: where the line breaks."""
    points: list[tuple[float, float]] = []
    for run in runs:
        points += ([(math.nan, math.nan)] if points else []) + run
    return (np.array([p[0] for p in points], dtype=float), np.array([p[1] for p in points], dtype=float))


class ChartWidget(QFrame):
    """Title, plot, legend, hover read-out and source line for one chart."""

    def __init__(self, language: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.description: ChartDescription | None = None
        self.items: list = []
        self._kind = ""
        self.setObjectName("ChartCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._build()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-weight: 600;")
        self.export_button = QToolButton()
        self.export_button.setObjectName("ChartExport")   # its arrow beside the word (style.qss), not over it
        self.export_button.setText(self.tr("Export"))
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.export_button.setMenu(self._export_menu())
        top.addWidget(self.title, 1)
        top.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        self.left_axis = ValueAxis("left", self.language)
        self.bottom_axis = ValueAxis("bottom", self.language)
        self.plot = pg.PlotWidget(background="w", axisItems={"left": self.left_axis, "bottom": self.bottom_axis})
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(False, False)
        self.plot.hideButtons()
        self.plot.showGrid(x=False, y=True, alpha=0.25)
        self.plot.scene().sigMouseMoved.connect(self._on_mouse)
        self.donut = DonutView(self.language)
        self.donut.hovered.connect(self._on_donut_hover)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.plot)
        self.stack.addWidget(self.donut)
        self.stack.setMinimumHeight(220)
        layout.addWidget(self.stack, 1)
        self.hover = QLabel(" ")
        self.hover.setObjectName("ChartHover")
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        self.source = QLabel()
        self.source.setWordWrap(True)
        self.source.setStyleSheet("color: #5F6670; font-size: 8.5pt;")
        for label in (self.hover, self.legend, self.source):
            layout.addWidget(label)

    def _export_menu(self) -> QMenu:
        menu = QMenu(self)
        menu.addAction(self.tr("Save as PNG image…"), lambda: self._ask_export("png"))
        menu.addAction(self.tr("Save as SVG drawing…"), lambda: self._ask_export("svg"))
        return menu

    def contextMenuEvent(self, event) -> None:  # noqa: N802
        self._export_menu().exec(event.globalPos())

    # -- rendering ----------------------------------------------------------------------------
    def set_description(self, description: ChartDescription) -> None:
        self.description = description
        self.title.setText(description.title)
        self.source.setText(" ".join((description.source, *description.notes)).strip())
        self.source.setVisible(bool(self.source.text()))
        self._set_legend(description)
        self.hover.setText(" ")
        if description.kind == "donut":
            self.stack.setCurrentWidget(self.donut)
            self.donut.set_data(description)
            return
        self.stack.setCurrentWidget(self.plot)
        if description.kind != self._kind:
            self._reset_items(description.kind)
        self._ensure_items(len(description.series), description.kind)
        getattr(self, f"_draw_{'bar' if description.kind == 'stacked_bar' else description.kind}")(description)
        self._label_axes(description)

    def _set_legend(self, description: ChartDescription) -> None:
        entries = [(s.label, s.colour) for s in description.series]
        if description.kind == "donut":
            entries = list(zip(description.categories, self.donut.colours(len(description.categories))))
        html = "&nbsp;&nbsp; ".join(f'<span style="color:{c}">■</span>&nbsp;{escape(str(t))}' for t, c in entries)
        self.legend.setText(html)
        self.legend.setVisible(len(entries) > 1 or description.kind == "donut")

    def _reset_items(self, kind: str) -> None:
        for item in self.items:
            self.plot.removeItem(item)
        self.items = []
        self._kind = kind

    def _ensure_items(self, count: int, kind: str) -> None:
        while len(self.items) > count:
            self.plot.removeItem(self.items.pop())
        while len(self.items) < count:
            item = pg.PlotDataItem() if kind == "line" else pg.BarGraphItem(x=[0], height=[0], width=0.1)
            self.plot.addItem(item)
            self.items.append(item)

    def _draw_line(self, d: ChartDescription) -> None:
        for item, series in zip(self.items, d.series):
            pen = pg.mkPen(series.colour, width=2.5)
            x, y = _joined_runs(line_runs(d, series))   # years as numbers: time spaced as time
            item.setData(x, y, connect="finite", pen=pen, symbol="o", symbolSize=7,
                         symbolBrush=series.colour, symbolPen=pg.mkPen("w"))

    def _draw_bar(self, d: ChartDescription) -> None:
        n, count = len(d.categories), max(len(d.series), 1)
        base = np.zeros(n)
        stacked = d.kind == "stacked_bar"
        positions, gap = np.array(self._category_positions(d), dtype=float), _gap(d)
        width = (0.7 if stacked else 0.8 / count) * gap
        for i, (item, series) in enumerate(zip(self.items, d.series)):
            heights = np.nan_to_num(_values(series.values))
            x = positions if stacked else positions - 0.4 * gap + width * (i + 0.5)
            item.setOpts(x=x, height=heights, y0=base.copy() if stacked else np.zeros(n), width=width * 0.92,
                         x0=None, y=None, brush=pg.mkBrush(series.colour), pen=pg.mkPen(None))
            if stacked:
                base = base + heights

    def _draw_top_partners(self, d: ChartDescription) -> None:
        n = len(d.categories)
        for item, series in zip(self.items, d.series):
            widths = np.nan_to_num(_values(series.values))
            item.setOpts(x0=np.zeros(n), width=widths, y=np.arange(n)[::-1].astype(float), height=0.7,
                         x=None, y0=None, brush=pg.mkBrush(series.colour), pen=pg.mkPen(None))

    def _draw_pyramid(self, d: ChartDescription) -> None:
        n = len(d.categories)
        for i, (item, series) in enumerate(zip(self.items, d.series)):
            widths = np.nan_to_num(_values(series.values))
            x0 = -widths if i == 0 else np.zeros(n)   # first series (male) to the left
            item.setOpts(x0=x0, width=widths, y=np.arange(n, dtype=float), height=0.85,
                         x=None, y0=None, brush=pg.mkBrush(series.colour), pen=pg.mkPen("w", width=0.5))

    def _label_axes(self, d: ChartDescription) -> None:
        horizontal = d.kind in HORIZONTAL
        category_axis, value_axis = (self.left_axis, self.bottom_axis) if horizontal else (self.bottom_axis, self.left_axis)
        positions = self._category_positions(d)
        if d.x_values and not horizontal:   # a time axis: round years along it (charts.ticks), as in the PDF
            years = [int(x) for x in d.x_values]
            ticks = [(float(y), str(y)) for y in year_ticks(min(years), max(years), self._year_fits())]
        else:
            step = max(1, math.ceil(len(d.categories) / 12)) if not horizontal else 1
            ticks = [(p, str(c)) for k, (p, c) in enumerate(zip(positions, d.categories)) if k % step == 0]
        category_axis.setTicks([ticks, []])
        value_axis.setTicks(None)
        value_axis.mirror = d.kind == "pyramid"
        category_axis.mirror = False
        self.plot.setLabel("left", d.x_label if horizontal else d.y_label, color=INK)
        self.plot.setLabel("bottom", d.y_label if horizontal else d.x_label, color=INK)
        self.plot.showGrid(x=horizontal, y=not horizontal, alpha=0.25)
        self.plot.enableAutoRange()
        if d.categories:
            positions, gap = self._category_positions(d), _gap(d)
            pad = (min(positions) - 0.6 * gap, max(positions) + 0.6 * gap)
            (self.plot.setYRange if horizontal else self.plot.setXRange)(*pad, padding=0)

    def _year_fits(self) -> int:
        """How many year labels the bottom axis holds without touching (a label and two of its widths
        of space each), from the plot's current width: a narrow card gets fewer, rounder years."""
        width = self.plot.width() - self.left_axis.width()
        return max(2, int(width // (self.fontMetrics().horizontalAdvance("2000") * 2.2)))

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().resizeEvent(event)
        d = self.description
        if d is not None and d.kind != "donut" and d.x_values and d.kind not in HORIZONTAL:
            years = [int(x) for x in d.x_values]
            self.bottom_axis.setTicks([[(float(y), str(y)) for y in year_ticks(min(years), max(years),
                                                                              self._year_fits())], []])

    def _category_positions(self, d: ChartDescription) -> list[float]:
        n = len(d.categories)
        if d.x_values and d.kind not in HORIZONTAL:
            return list(d.x_values)
        return list(range(n))[::-1] if d.kind == "top_partners" else list(range(n))

    # -- hover --------------------------------------------------------------------------------
    def hover_text(self, index: int) -> str:
        """'2020 — Immigrants: 1,050,147' for the category at ``index`` (every series)."""
        d = self.description
        if d is None or not 0 <= index < len(d.categories):
            return ""
        parts = []
        for series in d.series:
            value = series.values[index] if index < len(series.values) else None
            figure = format_figure(value, d.decimals, self.language) if value is not None else self.tr("no figure")
            parts.append(f"{series.label}: {figure}" if len(d.series) > 1 or d.kind != "donut" else figure)
        return f"{d.categories[index]} — " + "; ".join(parts)

    def _on_mouse(self, position) -> None:
        d = self.description
        if d is None or d.kind == "donut" or not self.plot.sceneBoundingRect().contains(position):
            return
        point = self.plot.plotItem.vb.mapSceneToView(position)
        if d.kind in HORIZONTAL:
            index = round(point.y())
            index = len(d.categories) - 1 - index if d.kind == "top_partners" else index
        else:
            positions = self._category_positions(d)
            index = min(range(len(positions)), key=lambda k: abs(positions[k] - point.x())) if positions else -1
        text = self.hover_text(index)
        self.hover.setText(text or " ")
        self.plot.setToolTip(text)

    def _on_donut_hover(self, index: int) -> None:
        text = self.hover_text(index)
        self.hover.setText(text or " ")
        self.donut.setToolTip(text)

    # -- export -------------------------------------------------------------------------------
    def _ask_export(self, kind: str) -> None:
        name = (self.description.title if self.description else "chart").replace("/", "-")
        filters = self.tr("PNG image (*.png)") if kind == "png" else self.tr("SVG drawing (*.svg)")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export chart"), f"{name}.{kind}", filters)
        if path:
            self.export(path)

    def export(self, path: str | Path) -> Path:
        """Write the whole card (title, chart, legend, source) as PNG or SVG, by the file's suffix.

        Drawn with QPainter: pyqtgraph's SVG exporter mangles paths with current Qt versions.
        """
        path = Path(path)
        self.export_button.hide()
        try:
            if path.suffix.lower() == ".svg":
                self._export_svg(path)
            else:
                self._export_png(path)
        finally:
            self.export_button.show()
        return path

    def _export_svg(self, path: Path) -> None:
        from PySide6.QtCore import QRectF
        from PySide6.QtGui import QPainter
        from PySide6.QtSvg import QSvgGenerator

        generator = QSvgGenerator()
        generator.setFileName(str(path))
        generator.setSize(self.size())
        generator.setViewBox(QRectF(0, 0, self.width(), self.height()))
        generator.setTitle(self.description.title if self.description else "")
        painter = QPainter(generator)
        self.render(painter, QPoint(0, 0))
        painter.end()

    def _export_png(self, path: Path, scale: int = 2) -> None:
        from PySide6.QtGui import QColor, QImage, QPainter

        image = QImage(self.size() * scale, QImage.Format.Format_ARGB32)
        image.fill(QColor("white"))
        image.setDevicePixelRatio(scale)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.render(painter, QPoint(0, 0))
        painter.end()
        image.save(str(path))
