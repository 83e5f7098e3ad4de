"""Tables of the report: indicator tables, key figures and the registers (members, sources...)."""

from __future__ import annotations

from typing import Any, Sequence

from mpdesk.charts.format import format_value, unit_label
from mpdesk.export.markup import escape_text
from mpdesk.export.pdf import styles as st
from mpdesk.export.report_data import IndicatorTable, ReportData, TableRow
from mpdesk.i18n import tr

DERIVED_MARK = "†"
LONG_CELL = 1500  # characters: longer texts are printed under the table, not in its cell


def _p(text: str, style: Any) -> Any:
    from reportlab.platypus import Paragraph

    return Paragraph(escape_text(str(text)), style)


def grid(headers: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[float],
         numeric: Sequence[int] = (), bold_first: bool = False, compact: bool = False) -> Any:
    """A zebra table of text cells; splits across pages with the header row repeated.

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
                   label_header: str = "") -> Any:
    """Rows = indicator x disaggregation, columns = the table's years; derived rows marked †."""
    rows = table.rows if rows is None else rows
    years = table.years
    show_unit = len({r.unit for r in rows}) > 1
    headers = [label_header or tr("Report", "Indicator")] + ([tr("Report", "Unit")] if show_unit else [])
    headers += [str(y) for y in years]
    mark = len({r.derived for r in rows}) > 1   # all-derived tables say so in their source line
    body = [_row_cells(data, r, years, show_unit, mark) for r in rows]
    compact = len(years) > 5
    widths = [27 if compact else 60] + ([12] if show_unit else []) + [14.5] * len(years)
    first_number = 2 if show_unit else 1
    return grid(headers, body, widths, numeric=range(first_number, len(headers)), compact=compact)


def _row_cells(data: ReportData, row: TableRow, years: Sequence[int], show_unit: bool, mark: bool) -> list[str]:
    indicator = data.catalogue.indicator(row.indicator)
    label = f"{row.label} {DERIVED_MARK}" if row.derived and mark else row.label
    cells = [label] + ([unit_label(row.unit, data.language)] if show_unit else [])
    return cells + [format_value(row.values.get(y), indicator, data.language) for y in years]


def key_figures_grid(data: ReportData) -> Any:
    headers = [tr("Report", "Indicator"), tr("Report", "Latest figure"), tr("Report", "Year"),
               tr("Report", "Change since previous figure"), tr("Report", "Source")]
    rows = []
    for figure in data.key_figures:
        if figure.latest_value is None:
            continue
        unit = f" {figure.unit_label}" if figure.unit_label and figure.unit_label not in ("%",) else (
            "%" if figure.unit_label == "%" else "")
        change = f"{figure.change_formatted} ({figure.previous_year})" if figure.change_formatted else ""
        rows.append([figure.name, f"{figure.formatted}{unit}", str(figure.latest_year or ""), change, figure.source])
    return grid(headers, rows, [40, 24, 9, 24, 50], numeric=(1, 2, 3), bold_first=True) if rows else None
