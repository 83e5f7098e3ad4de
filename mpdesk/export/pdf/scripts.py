"""Text in scripts the main font lacks: Arabic and Devanagari printed with the bundled Noto fonts,
and a list of the texts that still cannot be printed (Chinese, emoji...), so the user is told
before exporting.

reportlab has no font fallback: runs of another script are wrapped in <font name=...> here.
Devanagari needs OpenType shaping (conjuncts, vowel signs placed before the consonant): reportlab
5.1 does it with uharfbuzz when a paragraph's style has ``shaping`` set, so paragraphs holding
Devanagari get it. Arabic letters are joined with arabic-reshaper (presentation forms, which keep
the text searchable and copyable; harfbuzz's glyphs map to private-use code points) and each
printed line is put in right-to-left order after line breaking (bidi_lines).
"""

from __future__ import annotations

import re
import unicodedata
import weakref
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Iterator

from mpdesk.paths import resources_dir

if TYPE_CHECKING:
    from mpdesk.export.report_data import ReportData

ARABIC, DEVANAGARI = "MPArabic", "MPDevanagari"
_FALLBACK = (ARABIC, DEVANAGARI)
_FILES = {ARABIC: "NotoSansArabic-VF.ttf", DEVANAGARI: "NotoSansDevanagari-VF.ttf"}
_MARKUP = re.compile(r"(<[^>]*>|&#?\w+;)")   # tags and entities pass through untouched
_LEADING = "([{\"'«“‘¿¡"   # opening punctuation that belongs to the word after it


@lru_cache(maxsize=1)
def _fonts() -> tuple[tuple[str, frozenset[int]], ...]:
    """(font name, code points it has) for the main font, then each fallback (registered once)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    from mpdesk.export.pdf.fonts import REGULAR, register_fonts

    register_fonts()
    found = [(REGULAR, frozenset(pdfmetrics.getFont(REGULAR).face.charToGlyph))]
    from mpdesk.export.pdf.bidi_lines import JoinedArabicFont

    for name, file_name in _FILES.items():
        font = (JoinedArabicFont if name == ARABIC else TTFont)(name, str(resources_dir() / "fonts" / file_name))
        pdfmetrics.registerFont(font)
        found.append((name, frozenset(font.face.charToGlyph)))
    return tuple(found)


def _neutral(ch: str) -> bool:
    return ch.isspace()


def _joins(ch: str, font: str) -> bool:
    """Punctuation and digits stay in the run of a fallback font that has them, so a word such as
    'नमस्ते,' is one font (shaping works on whole words; the fallback fonts also hold Latin letters)."""
    return font in _FALLBACK and not unicodedata.category(ch).startswith("L") and ord(ch) in _points(font)


def _points(font: str) -> frozenset[int]:
    return next(points for name, points in _fonts() if name == font)


def font_of(ch: str) -> str | None:
    """The first font that has ``ch``; None when none has it."""
    point = ord(ch)
    return next((name for name, points in _fonts() if point in points), None)


def unprintable(text: str) -> str:
    """The characters of ``text`` no bundled font can print, each once, in order."""
    rare = {ch for ch in set(text) - _main_chars() if not ch.isspace() and font_of(ch) is None}
    return "".join(dict.fromkeys(ch for ch in text if ch in rare)) if rare else ""


@lru_cache(maxsize=1)
def _main_chars() -> frozenset[str]:
    """The main font's characters: a report's text is checked against them as a set, not one by one."""
    return frozenset(map(chr, _fonts()[0][1]))


def with_fallback(markup: str, visual: bool = False) -> str:
    """Paragraph markup with runs of Arabic or Devanagari in their own font, Arabic letters joined.
    ``visual`` puts each Arabic run in display order, for a one-line text drawn by reportlab itself
    (contents lines); a paragraph made with ``Paragraph`` below reorders each printed line instead."""
    from mpdesk.export.pdf.fonts import REGULAR

    if markup.isascii() or all(ch.isspace() or font_of(ch) is None for ch in set(markup) - _main_chars()):
        return markup   # one run in the main font (a character no font has stays in it too)
    out = []
    for part in _MARKUP.split(markup):
        if not part or _MARKUP.fullmatch(part):
            out.append(part)
            continue
        for font, run in _runs(part, REGULAR):
            out.append(run if font == REGULAR else f'<font name="{font}">{_shape(font, run, visual)}</font>')
    return "".join(out)


def _runs(text: str, main: str) -> list[tuple[str, str]]:
    """Split into (font, text) runs; spaces and punctuation join the run around them."""
    runs: list[list[str]] = []
    for ch in text:
        font = None if _neutral(ch) else (font_of(ch) or main)
        if runs and font is not None and font != runs[-1][0] and _joins(ch, runs[-1][0]):
            font = runs[-1][0]
        elif runs and font in _FALLBACK and runs[-1][0] == main:   # '(' before a word joins its font
            tail = len(runs[-1][1]) - len(runs[-1][1].rstrip(_LEADING))
            if tail and all(_joins(c, font) for c in runs[-1][1][-tail:]):
                runs[-1][1], ch = runs[-1][1][:-tail], runs[-1][1][-tail:] + ch
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


def _shape(font: str, run: str, visual: bool) -> str:
    if font != ARABIC:
        return run
    import arabic_reshaper

    joined = arabic_reshaper.reshape(run)
    if not visual:
        return joined
    from mpdesk.export.pdf.bidi_lines import visual_text

    return visual_text(joined, rtl=True)


def Paragraph(markup: str, style: Any, **kwargs: Any) -> Any:  # noqa: N802  (reportlab's name)
    """reportlab's Paragraph, with other scripts in their fallback fonts: shaped when it holds
    Devanagari, each line in display order when it holds Arabic. ``markup`` is reportlab markup:
    user text reaches it escaped (``export.markup.escape_text`` / ``to_paragraph_markup``)."""
    from mpdesk.export.pdf.measured import MeasuredParagraph as RLParagraph

    text = with_fallback(markup)
    if text is markup:
        if not kwargs and _is_plain(text, style):   # most table cells: a number or a name
            return RLParagraph(text, style, frags=[_plain_frag(style).clone(text=text, link=[], us_lines=[])])
        return RLParagraph(text, style, **kwargs)
    if f'name="{DEVANAGARI}"' in text and not getattr(style, "shaping", 0):
        style = style.clone(style.name + "-shaped", shaping=1)
    if f'name="{ARABIC}"' not in text:
        return RLParagraph(text, style, **kwargs)
    from mpdesk.export.pdf.bidi_lines import BidiParagraph, base_is_rtl

    return BidiParagraph(text, style, rtl=base_is_rtl(_MARKUP.sub("", markup)), **kwargs)


def _is_plain(text: str, style: Any) -> bool:
    """Text reportlab's markup parser would give back as one fragment of the style's font, unchanged:
    no tags or entities, single spaces only, nothing the style transforms."""
    return (bool(text) and "<" not in text and "&" not in text and " ".join(text.split()) == text
            and not getattr(style, "textTransform", None) and not getattr(style, "bulletText", None))


_PLAIN_FRAGS: "weakref.WeakKeyDictionary[Any, Any]" = weakref.WeakKeyDictionary()


def _plain_frag(style: Any) -> Any:
    """The fragment the parser makes of a plain word in ``style``, made once per style: a table's
    hundreds of plain cells skip the parser (2,134 of the sample's 2,452 paragraphs)."""
    frag = _PLAIN_FRAGS.get(style)
    if frag is None:
        from reportlab.platypus import Paragraph as RLParagraph

        frag = _PLAIN_FRAGS[style] = RLParagraph("x", style).frags[0]
    return frag


def unprintable_texts(data: ReportData) -> list[str]:
    """'Where (“first words…”): the characters' for every entry of the report that would print as
    empty boxes, so the user can find it (the section or register, and how the entry begins)."""
    found = []
    for where, text in _report_texts(data):
        missing = unprintable(text)
        if missing:
            found.append(f"{where} (“{_opening(text)}”): {missing}")
    return list(dict.fromkeys(found))


def _opening(text: str, size: int = 40) -> str:
    """The first characters of an entry, cut at a word when it is longer."""
    text = " ".join(text.split())
    if len(text) <= size:
        return text
    cut = text[:size]
    return (cut.rsplit(" ", 1)[0] if " " in cut else cut) + "…"


def _report_texts(data: ReportData) -> Iterator[tuple[str, str]]:
    from mpdesk.i18n import tr

    p = data.profile
    yield tr("Report", "Title"), p.title
    yield tr("Report", "Country"), p.country_name
    yield tr("Report", "Lead agency"), p.lead_agency
    for section in data.sections:
        yield section.heading, section.heading
        yield section.heading, section.narrative
        for table in data.tables.get(section.key, []):
            yield section.heading, table.title
            for row in table.rows:
                yield section.heading, " ".join([row.label, *row.sources, *row.notes])
        for chart in data.charts.get(section.key, []):
            yield section.heading, " ".join([chart.title, *chart.categories, *(s.label for s in chart.series)])
    registers = ((tr("Report", "TWG membership"), data.members), (tr("Report", "Data sources"), data.sources),
                 (tr("Report", "Data gaps"), data.gaps), (tr("Report", "Recommendations"), data.recommendations),
                 (tr("Report", "Laws, policies and agreements"), data.laws))
    for where, records in registers:
        for record in records:
            yield where, " ".join(str(v) for v in record.values() if isinstance(v, str) and v)
    if data.publication is not None:
        pub = data.publication
        for text in (pub.publisher, pub.copyright, pub.disclaimer, pub.acknowledgements):
            yield tr("Report", "Publication details"), text
