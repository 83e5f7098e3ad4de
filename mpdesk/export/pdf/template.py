"""Page templates: the cover, then body pages with running header, 'Page x of y' footer,
the DRAFT watermark, PDF bookmarks and the table of contents fed with real page numbers."""

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
        self.footer_left = footer_left
        self.draft = draft

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
        canvas.setFont(REGULAR, 7.5)
        canvas.setFillColor(colors.HexColor(st.MUTED))
        canvas.drawString(st.MARGIN_LEFT, top, self.title)
        canvas.setStrokeColor(colors.HexColor(st.RULE))
        canvas.setLineWidth(0.5)
        canvas.line(st.MARGIN_LEFT, top - 4, st.PAGE_WIDTH - st.MARGIN_RIGHT, top - 4)
        canvas.restoreState()

    def footer(self, canvas: Any, page: int, total: int) -> None:
        from reportlab.lib import colors

        canvas.saveState()
        bottom = 12 * st.MM
        canvas.setFont(REGULAR, 7.5)
        canvas.setFillColor(colors.HexColor(st.MUTED))
        canvas.drawString(st.MARGIN_LEFT, bottom, self.footer_left)
        text = tr("Report", "Page {page} of {total}").format(page=page, total=total)
        canvas.drawRightString(st.PAGE_WIDTH - st.MARGIN_RIGHT, bottom, text)
        canvas.restoreState()


def numbered_canvas(decor: PageDecor) -> type:
    """A canvas that holds pages back until the end, so each footer knows the page count."""
    from reportlab.pdfgen.canvas import Canvas

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                if self._pageNumber > 1:   # the cover carries no header or footer
                    decor.header(self)
                    decor.footer(self, self._pageNumber, total)
                super().showPage()
            super().save()

    return NumberedCanvas


def make_document(path: str, decor: PageDecor, info: dict[str, str], progress: Progress | None) -> Any:
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

    class ReportDocument(BaseDocTemplate):
        passes = 0

        def build(self, *args: Any, **kwargs: Any) -> None:
            self.passes += 1
            super().build(*args, **kwargs)

        def afterFlowable(self, flowable: Any) -> None:
            entry = getattr(flowable, "toc_entry", None)
            if entry is not None:
                level, text, key = entry
                self.canv.bookmarkPage(key)
                self.canv.addOutlineEntry(text, key, level=level, closed=level > 0)
                # the contents page sets entries as Paragraph markup: the title is the user's text
                self.notify("TOCEntry", (level, escape_text(text), self.page, key))
            marker = getattr(flowable, "progress", None)
            if progress is not None and marker is not None:
                fraction, what = marker
                progress(min(95, 20 + int((self.passes - 1 + fraction) * 25)), what)

    doc = ReportDocument(path, pagesize=(st.PAGE_WIDTH, st.PAGE_HEIGHT), leftMargin=st.MARGIN_LEFT,
                         rightMargin=st.MARGIN_RIGHT, topMargin=st.MARGIN_TOP, bottomMargin=st.MARGIN_BOTTOM,
                         title=info.get("title", ""), author=info.get("author", ""),
                         subject=info.get("subject", ""), creator=info.get("creator", ""))
    body = Frame(st.MARGIN_LEFT, st.MARGIN_BOTTOM, st.FRAME_WIDTH,
                 st.PAGE_HEIGHT - st.MARGIN_TOP - st.MARGIN_BOTTOM, id="body", leftPadding=0, rightPadding=0,
                 topPadding=0, bottomPadding=0)
    cover = Frame(0, 0, st.PAGE_WIDTH, st.PAGE_HEIGHT, id="cover", leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0)
    doc.addPageTemplates([
        PageTemplate("cover", [cover], onPage=lambda c, d: (decor.watermark(c), decor.cover(c))),
        PageTemplate("body", [body], onPage=lambda c, d: decor.watermark(c)),
    ])
    return doc
