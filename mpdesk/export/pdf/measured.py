"""A paragraph that breaks its lines once per width.

A table of contents makes the report's layout run two or three times, and a table is measured
again at each split and each pass, though its cells keep their widths: breaking every cell's
text into lines again was the largest cost of the PDF export. The lines a width gives never
change (a paragraph's text and style are fixed once it is made; a split makes new paragraphs),
so the first result for a width is kept on the paragraph and given back for that width.

Imported only when exporting a PDF: it pulls in reportlab.
"""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Paragraph

_STATE = ("width", "height", "blPara", "_wrapWidths", "_width_max")   # what reportlab's wrap sets


class MeasuredParagraph(Paragraph):
    """reportlab's Paragraph, its wrap remembered per available width."""

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        known = self.__dict__.get("_measured")
        if known is not None and known[0] == available_width:
            self.__dict__.update(known[1])   # split() may have dropped blPara: give it back too
            return self.width, self.height
        size: tuple[float, float] = super().wrap(available_width, available_height)
        if getattr(self, "blPara", None) is not None:
            self._measured = (available_width, {k: self.__dict__[k] for k in _STATE if k in self.__dict__})
        return size
