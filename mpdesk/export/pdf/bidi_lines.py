"""Right-to-left text put in visual order one printed line at a time.

A paragraph is broken into lines in logical (reading) order, then each line is reordered for
display: reordering the whole paragraph first would print its lines in the wrong order. The
Unicode bidi levels come from python-bidi; reportlab's own bidi needs ``rlbidi`` (not on PyPI)
and it skips paragraphs holding more than one font, which every mixed Arabic/Latin text does.

Imported only when exporting a PDF: it pulls in reportlab.
"""

from __future__ import annotations

from typing import Any

from bidi import algorithm as _bidi
from bidi.mirror import MIRRORED
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.pdfbase.ttfonts import TTFont

from mpdesk.export.pdf.measured import MeasuredParagraph as Paragraph


class JoinedArabicFont(TTFont):
    """The Arabic font, never given to harfbuzz: its letters arrive already joined (presentation
    forms) and harfbuzz would reverse them a second time in a paragraph shaped for Devanagari.
    reportlab's shapeFragWord leaves a word unshaped when its font has no ``hbFont``."""

    def hbFont(self, fontSize: float = 10) -> Any:  # noqa: N802,N803  (reportlab's names)
        raise AttributeError("Arabic is joined by arabic-reshaper, not shaped by harfbuzz")


def base_is_rtl(text: str) -> bool:
    """True when the first letter with a direction is right-to-left (rule P2 of the bidi algorithm)."""
    return _bidi.get_base_level(text) == 1


def _levels(text: str, rtl: bool) -> list[int]:
    """The resolved embedding level of each character of one line (odd = right-to-left)."""
    storage = _bidi.get_empty_storage()
    storage["base_level"] = int(rtl)
    storage["base_dir"] = "R" if rtl else "L"
    _bidi.get_embedding_levels(text, storage)
    _bidi.explicit_embed_and_overrides(storage)
    _bidi.resolve_weak_types(storage)
    _bidi.resolve_neutral_types(storage, False)
    _bidi.resolve_implicit_levels(storage, False)
    levels = [ch["level"] for ch in storage["chars"]]
    return levels if len(levels) == len(text) else [int(rtl)] * len(text)   # explicit marks were dropped


def visual_order(text: str, rtl: bool) -> list[tuple[int, bool]]:
    """(index into ``text``, mirrored?) in display order, left to right (rule L2: from the highest
    level down to the lowest odd one, reverse every run at that level or above)."""
    levels = _levels(text, rtl)
    order = list(range(len(text)))
    top = max(levels, default=0)
    lowest_odd = min((lv for lv in levels if lv % 2), default=top + 1)
    for level in range(top, lowest_odd - 1, -1):
        i = 0
        while i < len(order):
            if levels[order[i]] >= level:
                j = i
                while j < len(order) and levels[order[j]] >= level:
                    j += 1
                order[i:j] = reversed(order[i:j])
                i = j
            else:
                i += 1
    return [(i, levels[i] % 2 == 1) for i in order]


def visual_text(text: str, rtl: bool | None = None) -> str:
    """One line of text in display order (brackets mirrored in right-to-left runs)."""
    rtl = base_is_rtl(text) if rtl is None else rtl
    return "".join(MIRRORED.get(text[i], text[i]) if odd else text[i] for i, odd in visual_order(text, rtl))


def _visual_frags(words: list[Any], rtl: bool) -> list[Any]:
    """A line of fragments (each its own font) in display order, split where the direction changes."""
    marks = [f for f in words if not hasattr(f, "text")]     # link anchors etc.: zero width, kept first
    frags = [f for f in words if hasattr(f, "text")]
    owner = [(k, j) for k, f in enumerate(frags) for j in range(len(f.text))]
    text = "".join(f.text for f in frags)
    runs: list[tuple[int, list[tuple[int, bool]]]] = []   # (fragment, [(its character, mirrored)])
    for i, odd in visual_order(text, rtl):
        k, j = owner[i]
        if runs and runs[-1][0] == k:
            runs[-1][1].append((j, odd))
        else:
            runs.append((k, [(j, odd)]))
    return marks + [_piece(frags[k], chars) for k, chars in runs]


def _piece(frag: Any, chars: list[tuple[int, bool]]) -> Any:
    """The fragment holding ``chars`` in that order: a slice when they keep their order (a shaped
    Devanagari run keeps its glyph positions), else the characters reversed and mirrored."""
    first, last = chars[0][0], chars[-1][0]
    if [j for j, _ in chars] == list(range(first, last + 1)) and not any(odd for _, odd in chars):
        return frag if (first, last + 1) == (0, len(frag.text)) else frag.clone(text=frag.text[first:last + 1])
    text = frag.text
    return frag.clone(text="".join(MIRRORED.get(text[j], text[j]) if odd else text[j] for j, odd in chars))


class BidiParagraph(Paragraph):
    """A paragraph with right-to-left runs: broken into lines in reading order, each line drawn in
    display order; right-aligned when the paragraph starts with a right-to-left letter."""

    def __init__(self, text: str, style: Any, *args: Any, rtl: bool = False, **kwargs: Any) -> None:
        self.rtl = rtl
        if rtl and style.alignment in (TA_LEFT, TA_JUSTIFY):   # a justified last line would sit on the left
            style = style.clone(style.name + "-rtl", alignment=TA_RIGHT)
        super().__init__(text, style, *args, **kwargs)

    def split(self, available_width: float, available_height: float) -> list[Any]:
        parts = super().split(available_width, available_height)
        for part in parts:   # reportlab makes the halves with the plain constructor
            part.rtl = self.rtl
        return parts

    def drawPara(self, debug: int = 0) -> None:  # noqa: N802  (reportlab's name)
        logical: Any = getattr(self, "blPara")   # set by wrap(); untyped in reportlab
        self.blPara = _visual_lines(logical, self.rtl)
        try:
            super().drawPara(debug)
        finally:
            self.blPara = logical


def _visual_lines(para: Any, rtl: bool) -> Any:
    lines = []
    for line in para.lines:
        if para.kind == 1:   # lines of fragments
            lines.append(line.clone(words=_visual_frags(line.words, rtl)))
        else:                # one font: (spare width, words)
            space, words = line
            lines.append((space, visual_text(" ".join(words), rtl).split(" ")))
    return para.clone(lines=lines)
