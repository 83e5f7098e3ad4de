"""Page templates: the cover, then body pages with running header, 'Page x of y' footer,
the DRAFT watermark, PDF bookmarks and the table of contents fed with real page numbers.

Header and footer are drawn while each page is made (no held-back pages), so every bookmark
and contents link points at the page object its heading is on. The page total comes from the
previous layout pass: ``PageTotal`` keeps ``multiBuild`` going until the total is stable.

Layout passes before the last only measure: their flowables are placed but not drawn, and their pages
get no header, footer or cover (a "sketch"; nothing of them is saved). The contents and lists start
with every line they will hold (the story's headings and captions, page numbers unknown), so the
first sketch already has their final height. A page number or the page total changes no layout
(they are drawn at the line's end and in the footer), so once a sketch finds the same contents lines
as the pass before, page numbers aside, the next pass lays out the same pages: it is the drawn pass
the file is saved from, and ``multiBuild`` still checks that it changed nothing. The sample's three
drawn passes became one sketch and one drawing.
"""

from __future__ import annotations

from typing import Any, Callable

from mpdesk.export.markup import escape_text
from mpdesk.export.pdf import styles as st
from mpdesk.export.pdf.fonts import BOLD, REGULAR
from mpdesk.i18n import tr

Progress = Callable[[int, str], None]


class PageDecor:
    """What each body page carries besides its content."""

    def __init__(self, title: str, footer_left: str, draft: bool, cover: Callable[[Any], None]) -> None:
        self.cover = cover
        self.title = title
        self.footer_left = footer_left   # the draft's date line; a final report names the current part
        self.draft = draft
        self.part = ""                   # the part whose heading was placed last (running footer)
        self.total = 0                   # pages in the previous layout pass
        self.sketch = False              # a measuring pass: nothing is drawn (see the module's note)

    def watermark(self, canvas: Any) -> None:
        if not self.draft:
            return
        from reportlab.lib import colors

        canvas.saveState()
        canvas.setFillColor(colors.HexColor(st.WATERMARK))
        canvas.setFont(BOLD, 120)
        canvas.translate(st.PAGE_WIDTH / 2, st.PAGE_HEIGHT / 2)
        canvas.rotate(52)
        canvas.drawCentredString(0, -40, tr("Report", "DRAFT"))
        canvas.restoreState()

    def header(self, canvas: Any) -> None:
        from reportlab.lib import colors

        canvas.saveState()
        top = st.PAGE_HEIGHT - 14 * st.MM
        _line_of_text(canvas, self.title, st.MARGIN_LEFT, top)
        canvas.setStrokeColor(colors.HexColor(st.RULE))
        canvas.setLineWidth(0.5)
        canvas.line(st.MARGIN_LEFT, top - 4, st.PAGE_WIDTH - st.MARGIN_RIGHT, top - 4)
        canvas.restoreState()

    def footer(self, canvas: Any, page: int) -> None:
        from reportlab.lib import colors

        canvas.saveState()
        bottom = 12 * st.MM
        _line_of_text(canvas, self.footer_left or self.part, st.MARGIN_LEFT, bottom)
        canvas.setFont(REGULAR, 7.5)
        canvas.setFillColor(colors.HexColor(st.MUTED))
        text = tr("Report", "Page {page} of {total}").format(page=page, total=max(self.total, page))
        canvas.drawRightString(st.PAGE_WIDTH - st.MARGIN_RIGHT, bottom, text)
        canvas.restoreState()

    def body_page_end(self, canvas: Any, doc: Any) -> None:
        if self.sketch:
            return
        self.header(canvas)
        self.footer(canvas, doc.page)

    def body_page(self, canvas: Any) -> None:
        if not self.sketch:
            self.watermark(canvas)

    def cover_page(self, canvas: Any) -> None:
        if not self.sketch:
            self.watermark(canvas)
            self.cover(canvas)


def _toc_markup(text: str) -> str:
    """A heading's text as contents-line markup (escaped; other scripts in their fonts)."""
    from mpdesk.export.markup import escape_text
    from mpdesk.export.pdf.scripts import with_fallback

    return with_fallback(escape_text(text), visual=True)


def _line_of_text(canvas: Any, text: str, x: float, baseline: float) -> None:
    """A running header or footer line, as a paragraph so other scripts print in their fonts."""
    from mpdesk.export.markup import escape_text
    from mpdesk.export.pdf.scripts import Paragraph

    style = st.styles().running
    line = Paragraph(escape_text(text), style)
    line.wrap(st.FRAME_WIDTH * 0.75, 20)
    line.drawOn(canvas, x, baseline - (style.leading - style.fontSize))   # its first baseline on ``baseline``


def page_total(decor: PageDecor) -> Any:
    """A zero-size story item that asks for one more pass while the page count still changes."""
    from reportlab.platypus.flowables import Flowable

    class PageTotal(Flowable):
        _ZEROSIZE = 1
        before = -1

        def isIndexing(self) -> int:
            return 1

        def isSatisfied(self) -> bool:
            return self.before == decor.total

        def layout_settled(self) -> bool:   # the total is printed in the footer only
            return True

        def beforeBuild(self) -> None:
            self.before = decor.total

        def afterBuild(self) -> None:
            pass

        def notify(self, kind: str, stuff: Any) -> None:
            pass

        def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
            return 0, 0

        def draw(self) -> None:
            pass

    return PageTotal()


def _no() -> bool:
    return False


OVERFLOW_TIGHTENED = 40.0   # points: contents this much taller than their page are set tighter to fit it
MIN_LEADING_RATIO = 0.9     # ... but never tighter than this


def contents_list(kind: str = "TOCEntry") -> Any:
    """The contents (``kind`` 'TOCEntry') or a list of tables or figures, filled while laying out."""
    from reportlab.platypus.tableofcontents import TableOfContents

    class Contents(TableOfContents):
        def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
            """reportlab makes the contents' table of paragraphs again at every wrap (a pass wraps it
            once to place it and again to split it across pages): made once per pass's lines here."""
            key = (list(self._lastEntries), available_width, available_height)   # (the height: _fitting_wrap)
            made = self.__dict__.get("_made")
            if made is None or made[0] != key:
                size: tuple[float, float] = self._fitting_wrap(available_width, available_height)
                self._made = (key, getattr(self, "_table"), self.canv.getNamedCB("drawTOCEntryEnd"))
                return size
            self._table = made[1]
            self.canv.setNamedCB("drawTOCEntryEnd", made[2])   # the page numbers' callback, on this pass's canvas
            self.width, self.height = self._table.wrapOn(self.canv, available_width, available_height)
            return self.width, self.height

        def _fitting_wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
            """When the contents would overflow their page by a few lines (a last page holding only
            'References'), they are set with a slightly tighter leading so that they fit."""
            from reportlab.lib.styles import ParagraphStyle

            size: tuple[float, float] = super().wrap(available_width, available_height)
            if not available_height < self.height <= available_height + OVERFLOW_TIGHTENED:
                return size
            styles: list[Any] = list(getattr(self, "levelStyles"))
            ratio = 1.0
            try:
                while self.height > available_height and ratio > MIN_LEADING_RATIO:   # the cells' padding stays
                    ratio -= 0.01
                    self.levelStyles = [ParagraphStyle(f"{s.name}Fit", parent=s, leading=s.leading * ratio,
                                                       spaceBefore=s.spaceBefore * ratio) for s in styles]
                    size = super().wrap(available_width, available_height)
                return size
            finally:
                self.levelStyles = styles

        def layout_settled(self) -> bool:
            """The same lines as in the pass before, page numbers aside: the same height and layout."""
            return _lines(self._entries) == _lines(self._lastEntries)

    return Contents(dotsMinLevel=0, notifyKind=kind)


def _lines(entries: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    return [(level, text, key) for level, text, _page, key in entries]


def prefill_contents(story: list[Any]) -> None:
    """Give the contents and lists the lines the story's headings and captions will give them (page
    numbers unknown), so the first layout pass already has their height. A wrong guess costs a pass."""
    lists = [f for f in story if hasattr(f, "layout_settled") and hasattr(f, "addEntry")]
    if not lists:
        return
    seen: set[str] = set()
    for flowable in _flat(story):
        entry = getattr(flowable, "toc_entry", None)
        if entry is not None and getattr(flowable, "in_toc", True) and entry[2] not in seen:
            seen.add(entry[2])
            _tell(lists, "TOCEntry", (entry[0], _toc_markup(entry[1]), 0, entry[2]))
        listed = getattr(flowable, "list_entry", None)
        if listed is not None:
            kind, text, key = listed
            _tell(lists, kind, (0, _toc_markup(text), 0, key))


def _tell(lists: list[Any], kind: str, entry: tuple[Any, ...]) -> None:
    for listing in lists:
        if listing._notifyKind == kind:
            listing.addEntry(*entry)


def _flat(flowables: list[Any]) -> Any:
    for flowable in flowables:
        yield flowable
        inner = getattr(flowable, "_content", None)   # a KeepTogether's flowables
        if isinstance(inner, list):
            yield from _flat(inner)


def _no_drawing(*args: Any, **kwargs: Any) -> None:
    """A sketch pass's drawOn: the flowable is measured and placed, not drawn."""


def make_document(path: str, decor: PageDecor, info: dict[str, str], progress: Progress | None) -> Any:
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

    class SketchFrame(Frame):
        """A frame that, in a sketch pass, places each flowable (wrap, split, spacing) without drawing it."""
        sketch = False

        def add(self, flowable: Any, canv: Any, trySplit: int = 0) -> Any:  # noqa: N803  (reportlab's name)
            if not self.sketch:
                return super().add(flowable, canv, trySplit)
            flowable.drawOn = _no_drawing
            try:
                return super().add(flowable, canv, trySplit)
            finally:
                del flowable.drawOn

    class ReportDocument(BaseDocTemplate):
        passes = 0

        def build(self, flowables: list[Any], **kwargs: Any) -> None:
            """One layout pass for ``multiBuild``: a sketch, and once the sketch satisfies every
            indexing flowable (contents, lists, page total), the drawn pass the file is saved from."""
            indexes = getattr(self, "_indexingFlowables", None)
            if indexes is None:       # a plain build(): one drawn pass
                self._pass(flowables, False, **kwargs)
                return
            story = list(flowables)   # the pass consumes its list
            edits: list[Any] = []     # reportlab's keepWithNext chains clear the flag while laying out and
            outer = getattr(self, "_multiBuildEdits")                           # note how to restore it
            self._multiBuildEdits = edits.append
            try:
                self._pass(flowables, True, **kwargs)
            finally:
                self._multiBuildEdits = outer
                for edit in edits:    # as multiBuild does between passes
                    edit[0](*edit[1:])
            for flowable in indexes:
                flowable.afterBuild()
            if not all(f.isSatisfied() or getattr(f, "layout_settled", _no)() for f in indexes):
                return                # the contents' lines still change: multiBuild asks for another pass
            for flowable in indexes:  # what the sketch found is what the drawn pass must find again
                flowable.beforeBuild()
            self._pass(story, False, **kwargs)

        def multiBuild(self, story: list[Any], *args: Any, **kwargs: Any) -> int:  # noqa: N802
            prefill_contents(story)
            passes: int = super().multiBuild(story, *args, **kwargs)
            return passes

        def _pass(self, flowables: list[Any], sketch: bool, **kwargs: Any) -> None:
            self.passes += 1
            self._keys: set[str] = set()
            decor.part = ""
            decor.sketch = body.sketch = cover.sketch = sketch
            try:
                super().build(flowables, **kwargs)
            finally:
                decor.sketch = body.sketch = cover.sketch = False
            decor.total = self.page

        def afterFlowable(self, flowable: Any) -> None:
            entry = getattr(flowable, "toc_entry", None)
            if entry is not None:
                top = self.frame._y + getattr(flowable, "height", 0) + 8   # just above the heading
                self._bookmark(*entry, top=top, in_toc=getattr(flowable, "in_toc", True))
            listed = getattr(flowable, "list_entry", None)
            if listed is not None:   # a numbered table or figure: a link target and a line in its list
                kind, text, key = listed
                self.canv.bookmarkPage(key, fit="XYZ", left=0, top=self.frame._y + flowable.height + 8, zoom=0)
                self.notify(kind, (0, _toc_markup(text), self.page, key))
            marker = getattr(flowable, "progress", None)
            if progress is not None and marker is not None:
                fraction, what = marker
                progress(min(95, 20 + int((self.passes - 1 + fraction) * 25)), what)

        def _bookmark(self, level: int, text: str, key: str, top: float, in_toc: bool) -> None:
            if key in self._keys:   # a heading split across pages reports itself again
                return
            self._keys.add(key)
            self.canv.bookmarkPage(key, fit="XYZ", left=0, top=min(top, st.PAGE_HEIGHT), zoom=0)
            self.canv.addOutlineEntry(text, key, level=level, closed=level > 0)
            if level == 0:
                decor.part = text
            if in_toc:
                self.notify("TOCEntry", (level, _toc_markup(text), self.page, key))

    doc = ReportDocument(path, pagesize=(st.PAGE_WIDTH, st.PAGE_HEIGHT), leftMargin=st.MARGIN_LEFT,
                         rightMargin=st.MARGIN_RIGHT, topMargin=st.MARGIN_TOP, bottomMargin=st.MARGIN_BOTTOM,
                         title=info.get("title", ""), author=info.get("author", ""),
                         subject=info.get("subject", ""), creator=info.get("creator", ""),
                         keywords=info.get("keywords", ""), lang=info.get("lang") or None,
                         displayDocTitle=True, initialFontName=REGULAR)
    body = SketchFrame(st.MARGIN_LEFT, st.MARGIN_BOTTOM, st.FRAME_WIDTH,
                 st.PAGE_HEIGHT - st.MARGIN_TOP - st.MARGIN_BOTTOM, id="body", leftPadding=0, rightPadding=0,
                 topPadding=0, bottomPadding=0)
    cover = SketchFrame(0, 0, st.PAGE_WIDTH, st.PAGE_HEIGHT, id="cover", leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0)
    doc.addPageTemplates([
        PageTemplate("cover", [cover], onPage=lambda c, d: decor.cover_page(c)),
        PageTemplate("body", [body], onPage=lambda c, d: decor.body_page(c), onPageEnd=decor.body_page_end),
    ])
    return doc
