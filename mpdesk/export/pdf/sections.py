"""Flowables of one section: heading, narrative, indicator tables with captions, charts."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from mpdesk.export.derivation import derivation_lines
from mpdesk.export.markup import Block, escape_text, parse, split_long, to_paragraph_markup
from mpdesk.export.pdf import styles as st
from mpdesk.charts.titles import figure_title
from mpdesk.export.pdf.charts import alt_text, chart_drawing
from mpdesk.export.pdf.tables import DERIVED_MARK, cell_note_lines, indicator_grid, source_marks, split_source_lines
from mpdesk.export.report_data import IndicatorTable, ReportData, SectionInfo, top_rows
from mpdesk.formats import capitalised, list_separator
from mpdesk.i18n import tr

TOP_PARTNERS_IN_BODY = 10


@dataclass
class Numbering:
    """Running numbers of tables and figures across the report."""

    tables: int = 0
    figures: int = 0
    anchors: dict[str, int] = field(default_factory=dict)

    def table(self) -> int:
        self.tables += 1
        return self.tables

    def figure(self) -> int:
        self.figures += 1
        return self.figures


def heading(text: str, level: int, key: str, in_toc: bool = True, style: Any = None) -> Any:
    """A heading that feeds the PDF bookmarks (level 0: part, 1: module, 2: an annex's part) and, unless ``in_toc`` is
    False (the contents' own title, the imprint), the printed contents."""
    from mpdesk.export.pdf.scripts import Paragraph

    s = st.styles()
    flowable = Paragraph(escape_text(text), style or (s.h1 if level == 0 else s.h2))
    flowable.toc_entry = (level, text, f"s-{key}")
    flowable.in_toc = in_toc
    return flowable


def numbered_caption(numbers: Numbering, kind: str, title: str) -> Any:
    """'Table 3: ...' or 'Figure 2: ...', listed in the list of tables or of figures with a link to it."""
    from mpdesk.export.pdf.scripts import Paragraph

    if kind == "table":
        n = numbers.table()
        text = tr("Report", "Table {n}: {title}").format(n=n, title=title)
    else:
        n = numbers.figure()
        text = tr("Report", "Figure {n}: {title}").format(n=n, title=title)
    flowable = Paragraph(escape_text(text), st.styles().caption)
    flowable.list_entry = ("TableEntry" if kind == "table" else "FigureEntry", text, f"{kind}-{n}")
    return flowable


def progress_marker(fraction: float, what: str) -> Any:
    from reportlab.platypus import Spacer

    marker = Spacer(0, 0)
    marker.progress = (fraction, what)
    return marker


def narrative(text: str, paragraph_style: Any = None) -> list[Any]:
    """The team's text with headings, lists, bold and italic; typed characters stay literal.
    ``paragraph_style`` replaces the body style of plain paragraphs (references: left-aligned,
    hanging indent, so a long URL does not stretch the words of a justified line)."""
    from reportlab.platypus import ListFlowable, ListItem

    from mpdesk.export.pdf.scripts import Paragraph

    s = st.styles()
    flowables: list[Any] = []
    items: list[Block] = []

    def close_list() -> None:
        if items:
            numbered = items[0].kind == "numbered"
            entries = [ListItem(Paragraph(to_paragraph_markup(b.runs), s.bullet), value=b.number or None)
                       for b in items]
            start: Any = items[0].number or 1 if numbered else "•"
            flowables.append(ListFlowable(entries, bulletType="1" if numbered else "bullet", start=start,
                                          bulletFontName=s.body.fontName, bulletFontSize=9, leftIndent=16,
                                          bulletColor=st.NAVY, spaceAfter=6))
            items.clear()

    for block in parse(text):
        if block.kind in ("bullet", "numbered"):
            if items and items[0].kind != block.kind:
                close_list()
            items.append(block)
            continue
        close_list()
        style = {"heading": s.h3, "subheading": s.h4}.get(block.kind, paragraph_style or s.body)
        flowables += paragraph_pieces(block, style)
    close_list()
    return flowables


def paragraph_pieces(block: Block, style: Any) -> list[Any]:
    """One paragraph as flowables: a very long one in pieces that read as one paragraph (no space
    between them), so that its layout time grows with its length and not with its square."""
    from mpdesk.export.pdf.scripts import Paragraph

    pieces = split_long(block.runs)
    if len(pieces) == 1:
        return [Paragraph(to_paragraph_markup(block.runs), style)]
    joined = _joined_style(style)
    return [Paragraph(to_paragraph_markup(runs), joined if i < len(pieces) - 1 else style)
            for i, runs in enumerate(pieces)]


def _joined_style(style: Any) -> Any:
    """``style`` without the space after, for every piece of a long paragraph but its last."""
    from reportlab.lib.styles import ParagraphStyle

    return ParagraphStyle(f"{style.name}Piece", parent=style, spaceAfter=0)


def empty_note(data: ReportData) -> list[Any]:
    from mpdesk.export.pdf.scripts import Paragraph

    if not data.draft:
        return []
    return [Paragraph(escape_text(tr("Report", "No text has been written for this section yet.")), st.styles().note)]


def section_body(data: ReportData, section: SectionInfo, numbers: Numbering) -> list[Any]:
    """Narrative, then the section's tables and charts, each numbered and captioned."""
    flowables = narrative(section.narrative) if section.narrative else []
    if not section.narrative and section.wants_narrative and _stands_alone(data, section):
        flowables += empty_note(data)
    for table in data.tables.get(section.key, []):
        flowables += indicator_block(data, section, table, numbers)
    for chart in data.charts.get(section.key, []):
        flowables += figure_block(data, chart, numbers)
    return flowables


def _stands_alone(data: ReportData, section: SectionInfo) -> bool:
    """A module, or a top-level section without modules (the executive summary, the introduction): a
    draft says its text is still to write; a part (A-D) is followed by its modules, which say it."""
    return section.level > 0 or not any(s.parent == section.key for s in data.sections)


def indicator_block(data: ReportData, section: SectionInfo, table: IndicatorTable, numbers: Numbering,
                    limit: int | None = TOP_PARTNERS_IN_BODY) -> list[Any]:
    """'Table 3: ...' caption, the table, then its unit, source and notes lines, kept on one page
    (a table longer than a page splits with its header row repeated)."""
    from reportlab.platypus import KeepTogether

    from mpdesk.export.pdf.scripts import Paragraph

    if not table.years:
        return []
    s = st.styles()
    rows = list(table.rows)
    partner = bool(rows and rows[0].partner)
    shown = top_rows(rows, limit) if partner and limit and len(rows) > limit else rows
    title = table_title(table, section, partner, len(shown), len(rows))
    caption = numbered_caption(numbers, "table", title)
    label = tr("Report", "Country") if partner else ""
    grids = indicator_grid(data, table, shown, label_header=label)
    lines = [Paragraph(escape_text(line), s.source) for line in source_lines(data, table, shown, partner)]
    if len(grids) > 1:
        # A table of several row blocks is often longer than what is left of a page and then flows
        # block by block: its lines stay with its last block (where they do not fit under it, the
        # block goes over to the next page with them), so a page never starts with a source line.
        return chained([caption, *grids[:-1], KeepTogether([grids[-1], *lines])]) + [_gap()]
    return chained([caption, *grids, *lines]) + [_gap()]


def chained(flowables: list[Any]) -> list[Any]:
    """Each flowable kept with the next (not a KeepTogether: a heading before it would not stay with a
    container, and reportlab groups a keepWithNext chain into one KeepTogether itself)."""
    for flowable in flowables[:-1]:
        flowable.__dict__["keepWithNext"] = 1   # as reportlab sets it (some flowables refuse setattr)
    return flowables


def table_title(table: IndicatorTable, section: SectionInfo, partner: bool, shown: int, total: int) -> str:
    years = table.years
    period = f"{years[0]}–{years[-1]}" if len(years) > 1 else str(years[0])
    if partner and shown < total:
        return tr("Report", "{indicator}: top {n} countries, {period}").format(
            indicator=table.title, n=shown, period=period)
    if partner:
        return tr("Report", "{indicator} by country, {period}").format(indicator=table.title, period=period)
    return tr("Report", "{section}: key indicators, {period}").format(section=section.title, period=period)


def source_lines(data: ReportData, table: IndicatorTable, rows: list, partner: bool) -> list[str]:
    from mpdesk.formats import unit_label

    lines = []
    units = {r.unit for r in rows}
    if partner and len(units) == 1:
        unit = unit_label(units.pop(), data.language).rstrip(".")   # 'dollars É.-U.', not 'É.-U..'
        lines.append(tr("Report", "Unit: {unit}.").format(unit=unit))
    marks = source_marks(rows)
    sources = list(dict.fromkeys(x for r in rows for x in r.sources))
    sep = list_separator(data.language)
    if marks:   # the rows' series come from different publishers or releases: say which is which
        lines.append(tr("Report", "Sources: {sources}.").format(sources=sep.join(
            f"({letter}) " + _cited(x, rows, table.years) for x, letter in marks.items())))
    elif sources:
        lines.append(tr("Report", "Source: {sources}.").format(
            sources=sep.join(_cited(x, rows, table.years) for x in sources)))
    lines += split_source_lines(rows, marks)
    # each derived row's formula, its inputs named with the sources the printed figures used
    lines += derivation_lines(data.catalogue, rows, table.years, data.language,
                              DERIVED_MARK if not all(r.derived for r in rows) else "")
    notes = dated_notes(rows, table.years)
    if notes:
        lines.append(tr("Report", "Notes: {notes}").format(notes=" ".join(_sentence(n) for n in notes)))
    return lines + cell_note_lines(rows, table.years) + table.key_lines(rows)


def _cited(source: str, rows: list, years: tuple[int, ...]) -> str:
    """A source as cited under a table; where one series takes years from several sources (two
    releases), with the printed years each gives: 'UNHCR ..., populations 2017-2022 (2017–2018)'."""
    from mpdesk.formats import year_span

    mixed = [r for r in rows if len(r.sources) > 1 and not r.derived and source in r.sources]
    given = sorted({y for r in mixed for y in years if y in r.values and r.year_sources.get(y) == source})
    text = source.rstrip(".")
    return f"{text} ({year_span(given)})" if given else text


def dated_notes(rows: list, years: tuple[int, ...]) -> list[str]:
    """The notes of the printed figures, each once; a note that only some of the printed years carry
    names them ('2022–2023: UN WPP 2022 projection.'), so that a table of every year (the annex's)
    does not seem to say it of all of them."""
    from mpdesk.formats import year_span

    notes = list(dict.fromkeys(n for r in rows for n in r.notes_for(years)))
    dated = [r for r in rows if r.year_notes]
    printed = sorted({y for r in dated for y in years if y in r.values})
    found = []
    for note in notes:
        carried = sorted({y for r in dated for y in years if r.year_notes.get(y) == note})
        if carried and carried != printed and not any(note in r.notes and not r.year_notes for r in rows):
            note = tr("Report", "{years}: {note}").format(years=year_span(carried), note=note)
        found.append(note)
    return found


def _sentence(text: str) -> str:
    """A note as a sentence: capitalised ('Notes : Estimation.', not 'estimation.') and ended."""
    text = text.strip()
    text = capitalised(text)
    return text if text.endswith((".", "!", "?")) else text + "."


def figure_block(data: ReportData, chart: Any, numbers: Numbering) -> list[Any]:
    """Caption, vector chart, source and notes kept together on one page."""
    from mpdesk.export.pdf.scripts import Paragraph

    s = st.styles()
    caption = numbered_caption(numbers, "figure", figure_title(chart, data.language))
    figure = ChartFlowable(chart_drawing(chart, data.language), alt_text(chart, data.language), caption.list_entry[2])
    parts = [caption, figure]
    for line in ((chart.source,) if chart.source else ()) + tuple(chart_exception_lines(data, chart)) + tuple(chart.notes):
        parts.append(Paragraph(escape_text(line), s.source))
    return chained(parts) + [_gap()]


def chart_exception_lines(data: ReportData, chart: Any) -> list[str]:
    """Under a chart over years, one line for each figure it draws that comes from another source than
    the rest of its series (a team's per-cell choice) or that the team typed among published figures
    (``TableRow.typed``), as under the tables."""
    spec = next((c for c in data.catalogue.charts() if c.key == chart.key), None)
    if spec is None or not chart.x_values:
        return []
    years = {int(x) for x in chart.x_values}
    found: dict[tuple[str, str, int], str] = {}
    typed: dict[tuple[str, str, int], str] = {}
    for row in (r for tables in data.tables.values() for t in tables for r in t.rows):
        dims = {"sex": row.sex, "age_group": row.age_group, "partner": row.partner, "category": row.category}
        if row.indicator not in spec.indicators or any(v for k, v in dims.items() if k != spec.by):
            continue
        for year, source in row.exceptions.items():
            if year in years:
                found[(row.label, row.indicator, year)] = source
        for year, source in row.typed.items():
            if year in years:
                typed[(row.label, row.indicator, year)] = source
    lines = [(year, tr("Report", "{year} ({series}): {source}, chosen for this figure; the rest of the series comes "
                       "from the series' source.").format(year=year, series=label, source=source.rstrip(".")))
             for (label, _, year), source in found.items()]
    lines += [(year, _typed_line(year, label, source)) for (label, _, year), source in typed.items()]
    return [line for _, line in sorted(lines, key=lambda item: item[0])]


def _typed_line(year: int, series: str, source: str) -> str:
    """A figure the chart draws that the team typed over a published series: said to be the team's."""
    given = source.strip().rstrip(".")
    if given:
        return tr("Report", "{year} ({series}): typed by the Technical Working Group (source given: {source}); the "
                  "rest of the series comes from the series' source.").format(year=year, series=series, source=given)
    return tr("Report", "{year} ({series}): typed by the Technical Working Group; the rest of the series comes from "
              "the series' source.").format(year=year, series=series)


def ChartFlowable(drawing: Any, alt: str, key: str) -> Any:  # noqa: N802  (a flowable class made on first use)
    """The chart drawing in a plain flowable, so it can carry keepWithNext through multiBuild.

    reportlab writes no tagged PDF, so a figure cannot carry /Alt; the alternative text goes in the
    /Contents of a borderless link over the chart (to the figure's own caption), which screen
    readers and PDF viewers show for the chart."""
    from reportlab.platypus.flowables import Flowable

    class _Chart(Flowable):
        def __init__(self) -> None:
            super().__init__()
            self.width, self.height = drawing.width, drawing.height

        def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
            return self.width, self.height

        def draw(self) -> None:
            drawing.drawOn(self.canv, 0, 0)
            self.canv.linkRect(alt, key, (0, 0, self.width, self.height), relative=1, thickness=0)

    return _Chart()


def _gap() -> Any:
    from reportlab.platypus import Spacer

    return Spacer(0, 8)
