"""The report's look: page geometry, colours, paragraph and table styles."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from mpdesk.export.pdf.fonts import BOLD, ITALIC, REGULAR, register_fonts

MM = 72 / 25.4
PAGE_WIDTH, PAGE_HEIGHT = 595.2756, 841.8898   # A4 in points
MARGIN_LEFT = MARGIN_RIGHT = 22 * MM
MARGIN_TOP, MARGIN_BOTTOM = 24 * MM, 22 * MM
FRAME_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT
PAGE_NUMBER_ROOM = 30.0   # points kept clear at the right of a contents line: dots and a page number up to 999

NAVY = "#14365D"
ACCENT = "#0072B2"
INK = "#222222"
MUTED = "#5F6B78"
RULE = "#B8C4D0"
ZEBRA = "#F1F4F8"
HEADER_FILL = "#14365D"
WATERMARK = "#E3E3E3"


@dataclass(frozen=True)
class Styles:
    body: Any
    bullet: Any
    h1: Any
    h2: Any
    h3: Any
    h4: Any
    caption: Any
    source: Any
    note: Any
    cell: Any
    cell_bold: Any
    cell_number: Any
    cell_head: Any
    cell_head_number: Any
    toc: tuple[Any, ...]
    toc_list: Any
    toc_title: Any
    reference: Any
    imprint: Any
    imprint_title: Any
    running: Any
    cover_country: Any
    cover_title: Any
    cover_line: Any
    cover_draft: Any
    figure_label: Any


def _style(name: str, **kw: Any) -> Any:
    from reportlab.lib.colors import toColor
    from reportlab.lib.styles import ParagraphStyle

    base = dict(fontName=REGULAR, fontSize=9.5, leading=13.5, textColor=INK, splitLongWords=1)
    base.update(kw)
    base["textColor"] = toColor(base["textColor"])   # parsed once, not at every line of text drawn
    return ParagraphStyle(name, **base)


@lru_cache(maxsize=1)
def styles() -> Styles:
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT

    register_fonts()
    cell = dict(fontSize=7.8, leading=9.6)
    return Styles(
        body=_style("Body", alignment=TA_JUSTIFY, spaceAfter=6),
        bullet=_style("Bullet", leftIndent=14, bulletIndent=4, spaceAfter=2.5),
        h1=_style("H1", fontName=BOLD, fontSize=19, leading=23, textColor=NAVY, spaceAfter=12, keepWithNext=1),
        h2=_style("H2", fontName=BOLD, fontSize=13.5, leading=17, textColor=NAVY, spaceBefore=14,
                  spaceAfter=7, keepWithNext=1),
        h3=_style("H3", fontName=BOLD, fontSize=10.5, leading=14, textColor=NAVY, spaceBefore=8,
                  spaceAfter=4, keepWithNext=1),
        h4=_style("H4", fontName=ITALIC, fontSize=10, leading=13.5, textColor=INK, spaceBefore=6,
                  spaceAfter=3, keepWithNext=1),
        caption=_style("Caption", fontName=BOLD, fontSize=8.8, leading=11.5, textColor=NAVY, spaceBefore=8,
                       spaceAfter=4, keepWithNext=1),
        source=_style("Source", fontSize=7.4, leading=9.4, textColor=MUTED, spaceBefore=3, spaceAfter=1.5),
        note=_style("Note", fontName=ITALIC, fontSize=8.5, leading=11, textColor=MUTED, spaceAfter=6),
        cell=_style("Cell", alignment=TA_LEFT, **cell),
        cell_bold=_style("CellBold", fontName=BOLD, **cell),
        # a figure is never cut between its digits or from its footnote mark ('53,771,30' / '0¹'): in a
        # narrow column it runs into the cell's padding instead
        cell_number=_style("CellNumber", alignment=TA_RIGHT, splitLongWords=0, **cell),
        cell_head=_style("CellHead", fontName=BOLD, textColor="#FFFFFF", **cell),
        cell_head_number=_style("CellHeadNumber", fontName=BOLD, textColor="#FFFFFF", alignment=TA_RIGHT, **cell),
        # an entry's text wraps before the page-number column, so a long title never runs into its
        # number: reportlab draws the dots and the number from the text's end to the right edge
        toc=(_style("TOC0", fontName=BOLD, fontSize=10, leading=12, spaceBefore=3.5, textColor=NAVY,
                    rightIndent=PAGE_NUMBER_ROOM),
             _style("TOC1", fontSize=9.2, leading=11, leftIndent=16, spaceBefore=0.5, rightIndent=PAGE_NUMBER_ROOM),
             _style("TOC2", fontSize=8.8, leading=10.5, leftIndent=32, spaceBefore=0.5,
                    rightIndent=PAGE_NUMBER_ROOM)),   # an annex's part
        toc_list=_style("TOCList", fontSize=8.8, leading=11, leftIndent=0, spaceBefore=0.5,
                        rightIndent=PAGE_NUMBER_ROOM),
        reference=_style("Reference", fontSize=9, leading=12.5, leftIndent=14, firstLineIndent=-14, spaceAfter=3),
        running=_style("Running", fontSize=7.5, leading=9, textColor=MUTED, splitLongWords=0),
        imprint_title=_style("ImprintTitle", fontName=BOLD, fontSize=8.5, leading=12, textColor=INK),
        imprint=_style("Imprint", fontSize=8.5, leading=12, textColor=INK, spaceAfter=7),
        toc_title=_style("TOCTitle", fontName=BOLD, fontSize=19, leading=23, textColor=NAVY, spaceAfter=14,
                         spaceBefore=10, keepWithNext=1),
        cover_country=_style("CoverCountry", fontName=BOLD, fontSize=34, leading=40, textColor="#FFFFFF"),
        cover_title=_style("CoverTitle", fontSize=17, leading=22, textColor="#FFFFFF"),
        cover_line=_style("CoverLine", fontSize=11, leading=15, textColor=NAVY),
        cover_draft=_style("CoverDraft", fontName=BOLD, fontSize=14, leading=18, textColor="#B3261E"),
        figure_label=_style("FigureLabel", alignment=TA_CENTER, fontSize=7.5, leading=9),
    )


@lru_cache(maxsize=1)
def compact_styles() -> Styles:
    """The same look with smaller table cells, for tables with many year columns."""
    from dataclasses import replace

    from reportlab.lib.styles import ParagraphStyle

    base = styles()
    small = {name: ParagraphStyle(f"{name}Compact", parent=getattr(base, name), fontSize=7.1, leading=8.8)
             for name in ("cell", "cell_bold", "cell_number", "cell_head", "cell_head_number")}
    return replace(base, **small)


def table_style(rows: int, header_rows: int = 1, bold_rows: tuple[int, ...] = ()) -> Any:
    """Light rules, a navy header row and zebra stripes."""
    from reportlab.lib import colors
    from reportlab.platypus import TableStyle

    commands: list[tuple] = [
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.HexColor(HEADER_FILL)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.6),
        ("LEFTPADDING", (0, 0), (-1, -1), 3.5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3.5),
        ("LINEBELOW", (0, header_rows), (-1, -1), 0.35, colors.HexColor(RULE)),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.HexColor(NAVY)),
    ]
    for row in range(header_rows, rows):
        if (row - header_rows) % 2 == 1:
            commands.append(("BACKGROUND", (0, row), (-1, row), colors.HexColor(ZEBRA)))
    return TableStyle(commands)
