"""How each sheet of the workbook prints: A4, one page wide, its header row on every page, a
printed header (the sheet's heading) and footer (the profile's title, the sheet's name, 'Page 1 of
4' in the profile's language), its own columns as the print area, and helper columns hidden.

The sheet functions decide (``page_texts``, ``fit_to_width``, ``hide_columns``) on the plan, as
plain data; ``apply`` hands the decision to XlsxWriter once the sheet's rows are written (a
streamed sheet's last row is known only then). Nothing here is per cell: a sheet's set-up is a
few calls, whatever its size.

One page wide unless that would shrink the text below ``LEGIBLE_FIT`` (6.5 pt for 10 pt
text): then the sheet prints at ``LEGIBLE_SCALE`` on as many pages across as it needs, its label
columns on every page (the Data sheet's thirty-odd years of figures; a module sheet's years are
those the report prints, which fit).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from mpdesk.export.excel.cells import clean_text
from mpdesk.i18n import tr

if TYPE_CHECKING:
    from mpdesk.export.excel.cells import SheetPlan
    from mpdesk.export.report_data import ReportData

A4 = 9   # the paper's code in the file format
# Margins in inches: narrow at the sides (the tables are wide), room above and below for the
# printed header and footer.
MARGINS = {"left": 0.4, "right": 0.4, "top": 0.75, "bottom": 0.75}
HEADER_MARGIN = 0.3
# Pixels (96 dpi; a column of width w, in digits of Arial 10, takes 7w + 5) across an A4 page at
# 100 % between those margins, and down it between the top and bottom ones.
LANDSCAPE_PIXELS = (297 / 25.4 - MARGINS["left"] - MARGINS["right"]) * 96
PORTRAIT_PIXELS = (210 / 25.4 - MARGINS["left"] - MARGINS["right"]) * 96
LANDSCAPE_PAGE_HEIGHT = (210 / 25.4 - MARGINS["top"] - MARGINS["bottom"]) * 96
PORTRAIT_PAGE_HEIGHT = (297 / 25.4 - MARGINS["top"] - MARGINS["bottom"]) * 96
TARGET_FIT = 0.8       # a wide table's text columns are narrowed (and wrap) until it prints one page across at 80 %
LEGIBLE_FIT = 0.65     # the smallest fit-to-width scale whose 10 pt text still reads (6.5 pt)
LEGIBLE_SCALE = 75     # a sheet too wide for that prints at this % on several pages across
DEFAULT_WIDTH = 8.43   # a column with no width of its own
HEADER_LIMIT = 255     # Excel's limit for a printed header or footer


def draft_text() -> str:
    return tr("Excel", "DRAFT — not for citation")


def page_texts(sheet: "SheetPlan", data: "ReportData", heading: str, header_row: int | None) -> None:
    """The printed header (the sheet's heading, and a draft's mark) and footer (the profile's
    title), and the table's header row repeated on every page."""
    sheet.repeat_row = header_row or None
    sheet.header = clean_text(heading if not data.draft else f"{heading} — {draft_text()}")
    sheet.footer = clean_text(data.profile.title)


def printed_pixels(sheet: "SheetPlan") -> float:
    """The sheet's shown columns side by side at 100 %, in pixels (a hidden column prints nothing).
    The sized columns (``cells.size_columns``) tell how far the table goes: no pass over its cells."""
    last = max(sheet.widths, default=1)
    return sum(7 * sheet.widths.get(c, DEFAULT_WIDTH) + 5 for c in range(1, last + 1) if c not in sheet.hidden)


def fit_to_width(sheet: "SheetPlan", labels: int = 1, width: float | None = None) -> None:
    """Portrait when the columns fit an A4 page across at 100 %, landscape when wider; one page
    wide (as many down as needed) unless that would shrink the text below ``LEGIBLE_FIT``: then at
    ``LEGIBLE_SCALE``, pages across as needed, the first ``labels`` columns on every page.
    ``width``: the sheet's pixels when its columns are not all planned yet (a streamed table)."""
    pixels = printed_pixels(sheet) if width is None else width
    sheet.landscape = pixels > PORTRAIT_PIXELS
    sheet.fit_height, sheet.scale, sheet.label_columns = 0, None, 0
    if LANDSCAPE_PIXELS / pixels < LEGIBLE_FIT:
        sheet.scale, sheet.label_columns = LEGIBLE_SCALE, labels


ROW_PIXELS = 20   # a row of 10 pt text at the default height (15 pt)


def fit_charts(sheet: "SheetPlan", chart_column: str, last_row: int, chart_pixels: int) -> None:
    """A sheet of charts beside their data prints on one page (no chart cut in two), in the
    orientation that prints it larger: landscape for a chart or two, portrait for a tall stack."""
    from xlsxwriter.utility import xl_cell_to_rowcol

    left = xl_cell_to_rowcol(f"{chart_column}1")[1]   # the columns before the charts (0-based: their count)
    width = sum(7 * sheet.widths.get(c, DEFAULT_WIDTH) + 5 for c in range(1, left + 1)) + chart_pixels
    height = last_row * ROW_PIXELS
    pages = {True: (LANDSCAPE_PIXELS, LANDSCAPE_PAGE_HEIGHT), False: (PORTRAIT_PIXELS, PORTRAIT_PAGE_HEIGHT)}

    def scale(landscape: bool) -> float:
        wide, tall = pages[landscape]
        return min(wide / width, tall / height)

    sheet.landscape = scale(True) >= scale(False)
    sheet.fit_height, sheet.scale, sheet.label_columns = 1, None, 0


def compact(sheet: "SheetPlan", columns: dict[int, tuple[float, float]], first_row: int, last_row: int) -> None:
    """Text columns (column -> the narrowest and the widest it may be) whose long texts wrap,
    narrowed from their widest only as much as the sheet needs to print one landscape page across
    at ``TARGET_FIT`` (not at all for a sheet that fits a portrait page), each in proportion to
    what it can give. A column is never made wider than its texts need; the rows of ``first_row``
    to ``last_row`` grow as tall as their lines (``cells.wrap_columns``)."""
    from mpdesk.export.excel.cells import wrap_columns

    shown = {c: bounds for c, bounds in columns.items() if c not in sheet.hidden}
    for column, (_, widest) in shown.items():
        sheet.widths[column] = min(sheet.widths.get(column, DEFAULT_WIDTH), widest)
    widths = {c: sheet.widths[c] for c in shown}
    pixels = printed_pixels(sheet)
    excess = (pixels - LANDSCAPE_PIXELS / TARGET_FIT) / 7 if pixels > PORTRAIT_PIXELS else 0   # in width units
    room = {c: max(w - shown[c][0], 0) for c, w in widths.items()}
    spare = sum(room.values())
    if excess > 0 and spare > 0:
        share = min(excess / spare, 1.0)
        widths = {c: w - room[c] * share for c, w in widths.items()}
    wrap_columns(sheet, widths, first_row, last_row)


def pages_across(sheet: "SheetPlan", scale: int) -> int:
    """How many pages across the sheet prints on at ``scale`` %, its label columns on each (a
    column is not split: one that does not fit starts the next page)."""
    def pixels(column: int) -> float:   # Arial 10's digit is 7.4 pixels as LibreOffice prints it (Excel rounds it to 7)
        return 7.4 * sheet.widths.get(column, DEFAULT_WIDTH) + 5

    labels = range(1, sheet.label_columns + 1)
    widths = [pixels(c) for c in range(1, max(sheet.widths, default=1) + 1) if c not in sheet.hidden and c not in labels]
    room = LANDSCAPE_PIXELS * 100 / scale - sum(pixels(c) for c in labels if c not in sheet.hidden)
    pages, used = 1, 0.0
    for width in widths:
        if used and used + width > room:
            pages, used = pages + 1, 0.0
        used += width
    return pages


def packed_scale(sheet: "SheetPlan") -> int:
    """The largest scale from ``LEGIBLE_FIT`` up to the sheet's own that prints it on the fewest
    pages across: the Data sheet's last page of years was two columns wide at 75 %, its years fit
    the pages before it at 71 %. The columns are sized by now (the streamed ones as written)."""
    scale = sheet.scale or 100
    scales = range(scale, int(LEGIBLE_FIT * 100) - 1, -1)
    fewest = min(pages_across(sheet, s) for s in scales)
    return next(s for s in scales if pages_across(sheet, s) == fewest)


def hide_columns(sheet: "SheetPlan", *columns: int) -> None:
    """Columns a reader does not need (a machine key, a number-format detail): kept in the file,
    for filters, formulas and pandas, but neither shown nor printed."""
    sheet.hidden.update(columns)
    if 1 in sheet.hidden and sheet.repeat_row:   # the banner and the title above the table stay in view
        shown = next(c for c in range(2, sheet.max_column + 2) if c not in sheet.hidden)
        for row in range(1, sheet.repeat_row):
            cell = sheet.cells.pop((row, 1), None)
            if cell is not None:
                sheet.cells[(row, shown)] = cell


def apply(worksheet: Any, sheet: "SheetPlan", last_row: int) -> None:
    """``sheet``'s print set-up on XlsxWriter's ``worksheet``, its rows down to ``last_row`` written."""
    worksheet.set_paper(A4)
    worksheet.set_landscape() if sheet.landscape else worksheet.set_portrait()
    if sheet.scale:
        worksheet.set_print_scale(packed_scale(sheet))
        worksheet.print_across()   # a block of rows' pages across follow each other: a row's years read on
        if sheet.label_columns:
            worksheet.repeat_columns(0, sheet.label_columns - 1)
    else:
        worksheet.fit_to_pages(1, sheet.fit_height)
    worksheet.set_margins(**MARGINS)
    if sheet.repeat_row:
        worksheet.repeat_rows(sheet.repeat_row - 1)
    options = {"margin": HEADER_MARGIN}
    if sheet.header:   # a module sheet's has a second line (``\n``): its years' note
        worksheet.set_header(_fitted("&C", sheet.header, HEADER_LIMIT), options)
    worksheet.set_footer(footer(sheet.footer), options)
    if not sheet.charts:   # the sheet's own columns: a text spilling past them neither adds a page nor shrinks it
        worksheet.print_area(0, 0, max(last_row, 1) - 1, sheet.max_column - 1)
    for column in sorted(sheet.hidden):   # after any sizing of the streamed columns, which would show them again
        worksheet.set_column(column - 1, column - 1, sheet.widths.get(column, DEFAULT_WIDTH), None, {"hidden": True})


def footer(title: str) -> str:
    """The profile's title at the left, the sheet's name in the middle, 'Page 1 of 4' at the right
    (in the report's language: the workbook is written inside ``report_language``)."""
    third = HEADER_LIMIT // 3
    return _fitted("&L", title, third) + "&C&A" + "&R" + tr("Excel", "Page &P of &N")


def _fitted(code: str, text: str, limit: int = HEADER_LIMIT // 2) -> str:
    """``text`` in a header/footer section, '&' doubled (else it starts a code), within ``limit``
    characters with its code."""
    escaped = text.replace("&", "&&")
    return code + escaped[:limit - len(code)].rstrip("&")


def derivation_note(data: "ReportData", indicator: str, formula: str) -> str:
    """How a derived figure was computed, as a reader of the Data sheet reads it ('Immigrants as %
    of population: computed as Immigrant stock ÷ Total population × 100.'), not the catalogue's
    internal formula ('immigrant_stock / population_total * 100'), which is kept only where the
    indicator has no catalogue entry to word it."""
    from mpdesk.export.derivation import computed_note

    if data.catalogue is None:
        return formula
    return computed_note(data.catalogue, indicator, data.language) or formula
