"""The figure grid's Indicator and Unit columns: names read in full, wrapped onto more lines.

A long name ("Envois de fonds reçus en % du PIB") is never cut: the columns take what they need
when the grid has room, else they leave room for GRID_YEARS year columns and the names (then the
units) wrap between words, their rows as tall as their lines. The user may still widen a column
by dragging its header edge; from then on the grid keeps the widths the user chose.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QFontMetrics, QFontMetricsF, QPainter, QTextLayout, QTextOption
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTableView, QWidget

GRID_YEARS = 4          # on a narrow page, this many years stay in view beside the labels
NAME_LEAST_EMS = 9      # a name column never narrower than this (nor than its widest word)
NAME_MOST_EMS = 24      # a longer name wraps even when the page is wide: the years keep their room
UNIT_SHARE = 0.4        # a unit wider than this share of the labels' room wraps too


def text_margins(widget: QWidget) -> int:
    """The room an item view keeps between a cell's edges and its text, both sides (QCommonStyle)."""
    return 2 * (widget.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1)


def split_indent(text: str) -> tuple[str, str]:
    """A breakdown's label is indented with spaces ("    Afrique du Sud"): (spaces, name)."""
    name = text.lstrip(" ")
    return text[:len(text) - len(name)], name


def line_count(text: str, font: QFont, width: int) -> int:
    """How many lines ``text`` takes wrapped between words in ``width`` pixels, as an item view lays
    it out (QTextLayout with word wrap, as QCommonStyle draws a cell's text)."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    lines = 0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(max(1, width))
        lines += 1
    layout.endLayout()
    return max(1, lines)


@dataclass(frozen=True)
class Label:
    """One cell of a label column: its indent (pixels), name and font."""

    indent: int
    name: str
    font: QFont

    def width(self) -> int:
        return self.indent + advance(self.name, self.font)

    def widest_word(self) -> int:
        return self.indent + max((advance(w, self.font) for w in self.name.split()), default=0)

    def lines(self, text_width: int) -> int:
        return line_count(self.name, self.font, text_width - self.indent)


def advance(text: str, font: QFont) -> int:
    """The text's width rounded up, and a pixel: a text drawn at a fraction of a pixel more than its
    cell is elided ("millions de dollars É.…" in 158 px for 152.8)."""
    return math.ceil(QFontMetricsF(font).horizontalAdvance(text)) + 1


def cell_label(view: QTableView, index: QModelIndex | QPersistentModelIndex) -> Label:
    """The cell's text in the font ``view`` draws it in (a bold total's font over the view's, as
    QStyledItemDelegate resolves it)."""
    font = index.data(Qt.ItemDataRole.FontRole)
    font = font.resolve(view.font()) if isinstance(font, QFont) else view.font()
    spaces, name = split_indent(str(index.data() or ""))
    return Label(QFontMetrics(font).horizontalAdvance(spaces), name, font)


def label_widths(names: list[Label], units: list[Label], heads: tuple[int, int], room: int, em: int,
                 margins: int) -> tuple[int, int]:
    """The Indicator and Unit columns' widths in ``room`` pixels (the grid's width less the years it
    keeps in view): both whole on one line when they fit; else the unit whole (or, wide, wrapped)
    and the names wrapped in what is left, never narrower than their widest word nor their
    header (``heads``: the headers' widths)."""
    name_word = max(max((n.widest_word() for n in names), default=0) + margins, heads[0])
    name_full = max(max((n.width() for n in names), default=0) + margins, name_word)
    unit_word = max(max((u.widest_word() for u in units), default=0) + margins, heads[1])
    unit_full = max(max((u.width() for u in units), default=0) + margins, unit_word)
    name_full = min(name_full, max(name_word, NAME_MOST_EMS * em))
    if name_full + unit_full <= room:
        return name_full, unit_full
    unit = unit_full if unit_full <= room * UNIT_SHARE else max(unit_word, int(room * UNIT_SHARE))
    name = max(name_word, min(name_full, NAME_LEAST_EMS * em), min(name_full, room - unit))
    return name, unit


class LabelDelegate(QStyledItemDelegate):
    """Draws a label wrapped between words, a breakdown's continuation lines under its first
    ("    République-Unie" / "    de Tanzanie", not back at the cell's edge)."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        spaces, name = split_indent(opt.text)
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if not spaces or style is None:
            super().paint(painter, option, index)
            return
        opt.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)   # the cell, selected or not
        text = QStyleOptionViewItem(opt)
        text.text = name
        text.rect = opt.rect.adjusted(opt.fontMetrics.horizontalAdvance(spaces), 0, 0, 0)
        text.state &= ~QStyle.StateFlag.State_HasFocus
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, text, painter, widget)
