"""Text in scripts the main font lacks: Arabic and Devanagari printed with the bundled Noto fonts,
Arabic shaped (arabic-reshaper) and put in visual right-to-left order (python-bidi), and a list of
the texts that still cannot be printed (Chinese, emoji...), so the user is told before exporting.

reportlab has no shaping of its own and no font fallback: a paragraph is one font, so runs of
another script are wrapped in <font name=...> here. Limits: an Arabic run is reordered on its
own, so an Arabic paragraph that wraps onto several lines reads its lines in the wrong order,
and Devanagari prints without conjuncts or reordered vowel signs (no GSUB shaping in reportlab).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Iterator

from mpdesk.paths import resources_dir

if TYPE_CHECKING:
    from mpdesk.export.report_data import ReportData

ARABIC, DEVANAGARI = "MPArabic", "MPDevanagari"
_FILES = {ARABIC: "NotoSansArabic-VF.ttf", DEVANAGARI: "NotoSansDevanagari-VF.ttf"}
_MARKUP = re.compile(r"(<[^>]*>|&#?\w+;)")   # tags and entities pass through untouched


@lru_cache(maxsize=1)
def _fonts() -> tuple[tuple[str, frozenset[int]], ...]:
    """(font name, code points it has) for the main font, then each fallback (registered once)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    from mpdesk.export.pdf.fonts import REGULAR, register_fonts

    register_fonts()
    found = [(REGULAR, frozenset(pdfmetrics.getFont(REGULAR).face.charToGlyph))]
    for name, file_name in _FILES.items():
        font = TTFont(name, str(resources_dir() / "fonts" / file_name))
        pdfmetrics.registerFont(font)
        found.append((name, frozenset(font.face.charToGlyph)))
    return tuple(found)


def _neutral(ch: str) -> bool:
    return ch.isspace()


def font_of(ch: str) -> str | None:
    """The first font that has ``ch``; None when none has it."""
    point = ord(ch)
    return next((name for name, points in _fonts() if point in points), None)


def unprintable(text: str) -> str:
    """The characters of ``text`` no bundled font can print, each once, in order."""
    return "".join(dict.fromkeys(ch for ch in text if not ch.isspace() and font_of(ch) is None))


def with_fallback(markup: str) -> str:
    """Paragraph markup with runs of Arabic or Devanagari in their own font (Arabic shaped, RTL)."""
    from mpdesk.export.pdf.fonts import REGULAR

    if markup.isascii():
        return markup
    out = []
    for part in _MARKUP.split(markup):
        if not part or _MARKUP.fullmatch(part):
            out.append(part)
            continue
        for font, run in _runs(part, REGULAR):
            out.append(run if font == REGULAR else f'<font name="{font}">{_shape(font, run)}</font>')
    return "".join(out)


def _runs(text: str, main: str) -> list[tuple[str, str]]:
    """Split into (font, text) runs; spaces and punctuation join the run around them."""
    runs: list[list[str]] = []
    for ch in text:
        font = None if _neutral(ch) else (font_of(ch) or main)
        if runs and (font is None or font == runs[-1][0]):
            runs[-1][1] += ch
        else:
            runs.append([font or main, ch])
    merged: list[tuple[str, str]] = []
    for font, run in runs:   # trailing spaces of a fallback run go back to the main font
        body = run.rstrip() if font != main else run
        if body:
            merged.append((font, body))
        if len(body) < len(run):
            merged.append((main, run[len(body):]))
    return merged


def _shape(font: str, run: str) -> str:
    if font != ARABIC:
        return run
    try:
        import arabic_reshaper
        from bidi import get_display
    except ImportError:   # without the shaping libraries the letters print unjoined, left to right
        return run
    return get_display(arabic_reshaper.reshape(run))


def Paragraph(markup: str, style: Any, **kwargs: Any) -> Any:  # noqa: N802  (reportlab's name)
    """reportlab's Paragraph, with other scripts in their fallback fonts."""
    from reportlab.platypus import Paragraph as RLParagraph

    return RLParagraph(with_fallback(markup), style, **kwargs)


def unprintable_texts(data: ReportData) -> list[str]:
    """'Where: the characters' for every text of the report that would print as empty boxes."""
    found = []
    for where, text in _report_texts(data):
        missing = unprintable(text)
        if missing:
            found.append(f"{where}: {missing}")
    return list(dict.fromkeys(found))


def _report_texts(data: ReportData) -> Iterator[tuple[str, str]]:
    from mpdesk.i18n import tr

    p = data.profile
    yield tr("Report", "Title"), p.title
    yield tr("Report", "Country"), p.country_name
    yield tr("Report", "Lead agency"), p.lead_agency
    for section in data.sections:
        yield section.heading, section.heading + " " + section.narrative
        for table in data.tables.get(section.key, []):
            yield section.heading, " ".join([table.title] + [r.label for r in table.rows]
                                            + [x for r in table.rows for x in r.sources + r.notes])
        for chart in data.charts.get(section.key, []):
            yield section.heading, " ".join([chart.title, *chart.categories, *(s.label for s in chart.series)])
    registers = ((tr("Report", "TWG membership"), data.members), (tr("Report", "Data sources"), data.sources),
                 (tr("Report", "Data gaps"), data.gaps), (tr("Report", "Recommendations"), data.recommendations),
                 (tr("Report", "Laws, policies and agreements"), data.laws))
    for where, records in registers:
        for record in records:
            yield where, " ".join(str(v) for v in record.values() if isinstance(v, str))
    if data.publication is not None:
        pub = data.publication
        yield tr("Report", "Publication details"), " ".join(
            (pub.publisher, pub.copyright, pub.disclaimer, pub.acknowledgements))
