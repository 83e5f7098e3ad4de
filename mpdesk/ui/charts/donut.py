"""A donut chart drawn with QPainter (pyqtgraph has no pie item), with hover."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QWidget

from mpdesk.formats import format_number
from mpdesk.charts.model import INK, PALETTE, ChartDescription


class DonutView(QWidget):
    hovered = Signal(int)   # slice index under the mouse, -1 for none

    def __init__(self, language: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.labels: tuple[str, ...] = ()
        self.values: tuple[float, ...] = ()
        self.title = ""
        self.setMouseTracking(True)
        self.setMinimumSize(QSize(200, 200))

    @staticmethod
    def colours(count: int) -> list[str]:
        return [PALETTE[i % len(PALETTE)] for i in range(count)]

    def set_data(self, description: ChartDescription) -> None:
        series = description.series[0] if description.series else None
        pairs = [(c, float(v)) for c, v in zip(description.categories, series.values if series else ())
                 if v is not None and v > 0]
        self.labels = tuple(c for c, _ in pairs)
        self.values = tuple(v for _, v in pairs)
        self.title = description.title
        self.update()

    def shares(self) -> list[float]:
        total = sum(self.values)
        return [v / total * 100 for v in self.values] if total else []

    # -- drawing ------------------------------------------------------------------------------
    def _ring(self, size: QSize) -> QRectF:
        side = min(size.width(), size.height()) - 16
        return QRectF((size.width() - side) / 2, (size.height() - side) / 2, side, side)

    def paintEvent(self, _event) -> None:  # noqa: N802
        painter = QPainter(self)
        self.draw(painter, self.size())
        painter.end()

    def draw(self, painter: QPainter, size: QSize) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        ring = self._ring(size)
        colours = self.colours(len(self.values))
        start = 90.0
        for share, colour in zip(self.shares(), colours):
            span = -share * 3.6
            painter.setPen(QPen(QColor("white"), 1.5))
            painter.setBrush(QBrush(QColor(colour)))
            painter.drawPath(self._slice(ring, start, span))
            self._label_slice(painter, ring, start, span, share)
            start += span
        painter.setPen(QColor(INK))
        font = QFont(painter.font())
        font.setBold(True)
        painter.setFont(font)
        total = format_number(sum(self.values), 0, self.language) if self.values else ""
        painter.drawText(ring, Qt.AlignmentFlag.AlignCenter, total)

    def _slice(self, ring: QRectF, start: float, span: float) -> QPainterPath:
        inner = ring.adjusted(ring.width() * 0.22, ring.height() * 0.22, -ring.width() * 0.22, -ring.height() * 0.22)
        path = QPainterPath()
        path.arcMoveTo(ring, start)
        path.arcTo(ring, start, span)
        path.arcTo(inner, start + span, -span)
        path.closeSubpath()
        return path

    def _label_slice(self, painter: QPainter, ring: QRectF, start: float, span: float, share: float) -> None:
        if share < 6:
            return
        angle = math.radians(start + span / 2)
        radius = ring.width() * 0.39
        centre = ring.center() + QPointF(math.cos(angle) * radius, -math.sin(angle) * radius)
        painter.setPen(QColor("white"))
        text = format_number(share, 0, self.language) + "%"
        painter.drawText(QRectF(centre.x() - 30, centre.y() - 10, 60, 20), Qt.AlignmentFlag.AlignCenter, text)

    # -- hover --------------------------------------------------------------------------------
    def slice_at(self, point: QPointF) -> int:
        ring = self._ring(self.size())
        dx, dy = point.x() - ring.center().x(), ring.center().y() - point.y()
        distance = math.hypot(dx, dy)
        if not (ring.width() * 0.28 <= distance <= ring.width() / 2):
            return -1
        turned = (90 - math.degrees(math.atan2(dy, dx))) % 360   # clockwise from the top
        cumulative = 0.0
        for index, share in enumerate(self.shares()):
            cumulative += share * 3.6
            if turned <= cumulative:
                return index
        return -1

    def mouseMoveEvent(self, event) -> None:  # noqa: N802
        self.hovered.emit(self.slice_at(event.position()))
