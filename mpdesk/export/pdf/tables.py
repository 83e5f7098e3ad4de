"""Tables of the report: indicator tables, key figures and the registers (members, sources...)."""

from __future__ import annotations

from typing import Any, Sequence

from mpdesk.formats import format_value, unit_label, with_unit
from mpdesk.export.markup import escape_text
from mpdesk.export.pdf import styles as st
from mpdesk.export.report_data import MAX_PDF_YEARS, MISSING, IndicatorTable, ReportData, TableRow
from mpdesk.i18n import tr

DERIVED_MARK = "†"
SOURCE_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def source_marks(rows: Sequence[TableRow]) -> dict[str, str]:
    """A letter for each distinct source (each release) of the rows when they do not all cite the
    same ones, so that a reader sees which publisher and release each printed series comes from
    ('Refugees hosted (b, c)' for a series of two UNHCR releases under a UN DESA stock (a))."""
    kinds = {r.sources for r in rows if r.sources and not r.derived}
    sources = list(dict.fromkeys(x for r in rows if not r.derived for x in r.sources))
    if len(kinds) < 2 or len(sources) > len(SOURCE_LETTERS):
        return {}
    return {source: SOURCE_LETTERS[i] for i, source in enumerate(sources)}


def row_mark(row: TableRow, marks: dict[str, str]) -> str:
    """'b, c': the letters of the row's sources ('' when the table needs none)."""
    return ", ".join(marks[x] for x in row.sources if x in marks) if not row.derived else ""


def split_source_lines(rows: Sequence[TableRow], marks: dict[str, str]) -> list[str]:
    """A line for each indicator whose total and breakdown by sex come from different sources (each
    series has its own): the reader is told they need not add up, rather than left to find out."""
    lines = []
    for row in rows:
        total = row_mark(row, marks)
        if row.sex or row.age_group or row.partner or row.category or not total:
            continue
        split = {mark for r in rows if r.indicator == row.indicator and r.sex and not (r.age_group or r.partner
                 or r.category) and (mark := row_mark(r, marks))} - {total}
        if split:
            lines.append(tr("Report", "{indicator}: the total ({total}) and its breakdown by sex ({split}) come from "
                            "different sources, so they need not add up.").format(
                indicator=row.label, total=total, split="; ".join(sorted(split))))
    return lines


SUPERSCRIPTS = "¹²³⁴⁵⁶⁷⁸⁹"   # the embedded font has these (not ⁰): later notes are numbered [10], [11]


def cell_notes(rows: Sequence[TableRow], years: Sequence[int]) -> dict[tuple[int, int], tuple[str, str]]:
    """A footnote for each printed cell whose figure is not like its row's series: another source (a
    team's per-cell choice), a figure the team typed, or one its source marks as an estimate or
    projection. (row index, year) -> (marker, the note's sentence), numbered across the table; cells
    with the same note share its marker (one note per marker)."""
    found: dict[tuple[int, int], tuple[str, str]] = {}
    marks: dict[str, str] = {}
    for index, row in enumerate(rows):
        for year in years:
            sentence = row.cell_note(year) if year in row.values else ""
            if not sentence:
                continue
            if sentence not in marks:
                n = len(marks) + 1
                marks[sentence] = SUPERSCRIPTS[n - 1] if n <= len(SUPERSCRIPTS) else f"[{n}]"
            found[(index, year)] = (marks[sentence], sentence)
    return found


def cell_note_lines(rows: Sequence[TableRow], years: Sequence[int]) -> list[str]:
    """The footnotes under a table, one per marker: '¹ 2021: Refugee Affairs Secretariat ... (chosen ...).'"""
    return [f"{mark} {sentence}" for mark, sentence in dict.fromkeys(cell_notes(rows, years).values())]


LONG_CELL = 1500  # characters: longer texts are printed under the table, not in its cell


def _p(text: str, style: Any) -> Any:
    from mpdesk.export.pdf.scripts import Paragraph

    return Paragraph(escape_text(str(text)), style)


def grid(headers: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[float],
         numeric: Sequence[int] = (), bold_first: bool = False, compact: bool = False) -> Any:
    """A zebra table of text cells; splits across pages with the header row repeated.

    ``widths`` are shares of the frame's width (the table fills it).

    A text too long for a table cell (a law's 100 KB note) is printed in full as paragraphs under
    the table, the cell pointing to it; the table and its notes then flow across pages together.
    """
    from reportlab.platypus import KeepTogether, Table

    s = st.compact_styles() if compact else st.styles()
    notes: list[str] = []
    head = [_p(h, s.cell_head_number if i in numeric else s.cell_head) for i, h in enumerate(headers)]
    body = [[_p(_short(str(v), notes), s.cell_number if i in numeric else (s.cell_bold if bold_first and i == 0
                                                                          else s.cell))
             for i, v in enumerate(row)] for row in rows]
    total = sum(widths)
    # splitInRow: a row taller than a page (several long cells) continues on the next page instead of
    # failing the whole export with LayoutError
    table = Table([head] + body, colWidths=[w * st.FRAME_WIDTH / total for w in widths], repeatRows=1,
                  hAlign="LEFT", splitInRow=1)
    table.setStyle(st.table_style(len(body) + 1))
    if not notes:
        return table
    return KeepTogether([table, *_long_notes(notes, st.styles())])


def _short(text: str, notes: list[str]) -> str:
    """The cell's text, or its beginning and a pointer to the full text printed under the table."""
    if len(text) <= LONG_CELL:
        return text
    notes.append(text)
    cut = text[:LONG_CELL // 3].rsplit(" ", 1)[0]
    return tr("Report", "{start}… (continued in note {n} under the table)").format(start=cut, n=len(notes))


def _long_notes(notes: list[str], s: Any) -> list[Any]:
    from reportlab.platypus import Paragraph

    flowables = []
    for n, text in enumerate(notes, start=1):
        lines = [line for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n") if line.strip()]
        first, *rest = lines or [""]
        flowables.append(Paragraph(escape_text(tr("Report", "Note {n}: {text}").format(n=n, text=first)), s.source))
        flowables += [Paragraph(escape_text(line), s.source) for line in rest]
    return flowables


def indicator_grid(data: ReportData, table: IndicatorTable, rows: Sequence[TableRow] | None = None,
                   label_header: str = "") -> list[Any]:
    """Rows = indicator x disaggregation, columns = the table's years; derived rows marked †.

    A table of more years than a page's width holds (the statistical annex's) continues on further
    row blocks, each with its years' header and the row labels repeated, all in the same column
    widths: one table, one number, every year."""
    rows = table.rows if rows is None else rows
    show_unit = len({r.unit for r in rows}) > 1
    # Row blocks of one year fewer where a unit column needs room ('millones de dólares EE. UU.').
    blocks = table.year_blocks(rows, MAX_PDF_YEARS - 1 if show_unit else MAX_PDF_YEARS)
    headers = [label_header or tr("Report", "Indicator")] + ([tr("Report", "Unit")] if show_unit else [])
    mark = len({r.derived for r in rows}) > 1   # all-derived tables say so in their source line
    marks = source_marks(rows)
    footnotes = cell_notes(rows, table.years)
    widest = max(len(years) for years, _ in blocks)
    compact = widest > 5
    bodies = [[_row_cells(data, rows[i], years, show_unit, mark, row_mark(rows[i], marks),
                          {y: m for (j, y), (m, _) in footnotes.items() if j == i}) for i in shown]
              for years, shown in blocks]
    label = [(24 if show_unit else 27) if compact else 60]   # a unit column takes some room from the labels
    first = len(headers)
    figures = [cell for body in bodies for cells in body for cell in cells[first:]]
    unit = [_unit_width([unit_label(r.unit, data.language) for r in rows], compact, label[0] + 14.5 * widest,
                        (_text_width(figures, compact) + 4) * (label[0] + 14.5 * widest) / 14.5)] if show_unit else []
    grids = []
    for (years, _), body in zip(blocks, bodies):
        # A block of fewer years (64 years in blocks of 7 and 6) gets blank columns up to the widest,
        # so every block of the table has the same columns and the same width, one under the other.
        pad = [""] * (widest - len(years))
        widths = label + unit + [14.5] * widest
        grids.append(grid(headers + [str(y) for y in years] + pad, [cells + pad for cells in body], widths,
                          numeric=range(first, first + widest), compact=compact))
    return _stacked(grids)


def _stacked(grids: list[Any]) -> list[Any]:
    """Row blocks one under the other, a little apart, kept with the next (one table to the reader)."""
    from reportlab.platypus import Spacer

    out: list[Any] = []
    for block in grids:
        out += [block, Spacer(0, 4)] if block is not grids[-1] else [block]
    return out


def _text_width(texts: Sequence[str], compact: bool) -> float:
    """The widest of ``texts`` in a table cell, with the cell's padding (points)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    style = (st.compact_styles() if compact else st.styles()).cell
    return max((stringWidth(t, style.fontName, style.fontSize) for t in texts), default=0) + 8


def _unit_width(labels: Sequence[str], compact: bool, rest: float, others: float = 0.0) -> float:
    """The unit column's share: room for its longest label on one line ('millions de dollars É.-U.')
    up to a sixth of the page and as long as the other columns keep ``others`` points (their
    figures never wrap), never less than its longest word: a unit wraps, if at all, at word
    boundaries, not word by word. ``rest`` is the sum of the other columns' shares."""
    word = _text_width([w for label in labels for w in label.split()], compact)
    line = _text_width(labels, compact)
    room = st.FRAME_WIDTH - others
    needed = min(max(word, min(line, st.FRAME_WIDTH / 6, room)), st.FRAME_WIDTH / 4)
    return max(12.0, needed * rest / (st.FRAME_WIDTH - needed))


def _row_cells(data: ReportData, row: TableRow, years: Sequence[int], show_unit: bool, mark: bool,
               source_mark: str = "", footnotes: dict[int, str] | None = None) -> list[str]:
    indicator = data.catalogue.indicator(row.indicator)
    label = f"{row.label} {DERIVED_MARK}" if row.derived and mark else row.label
    label = f"{label} ({source_mark})" if source_mark else label
    cells = [label] + ([unit_label(row.unit, data.language)] if show_unit else [])
    footnotes = footnotes or {}
    return cells + [format_value(row.values[y], indicator, data.language) + footnotes.get(y, "")
                    if y in row.values else MISSING for y in years]


def key_figures_grid(data: ReportData) -> Any:
    headers = [tr("Report", "Indicator"), tr("Report", "Latest figure"), tr("Report", "Year"),
               tr("Report", "Change since previous figure"), tr("Report", "Source")]
    rows = []
    for figure in data.key_figures:
        if figure.latest_value is None:
            continue
        info = data.indicators.get(figure.indicator)
        shown = with_unit(figure.formatted, info.unit if info else "", data.language)
        change = f"{figure.change_formatted} ({figure.previous_year})" if figure.change_formatted else ""
        rows.append([figure.name, shown, str(figure.latest_year or ""), change, figure.source])
    return grid(headers, rows, [40, 24, 11, 24, 48], numeric=(1, 2, 3), bold_first=True) if rows else None
