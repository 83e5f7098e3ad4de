"""The PDF floor: a bare reportlab build of the same pages, tables and charts as mpdesk's report.

Every section's heading and narrative as paragraphs, every indicator table as a plain
reportlab Table of the same rows and years, every chart as a reportlab Drawing of the same
series (a line plot or a bar chart), in the stock sample style sheet: what any reportlab
document of this content costs, without mpdesk's layout, fonts, numbering and links.

What the floor leaves out that mpdesk's report must do: the contents and the lists of tables and
figures (their page numbers need a layout pass before the drawn one), bookmarks and links, running
headers and 'Page x of y' footers, notes and source lines. Fonts are not what separates them: with
the floor's paragraphs in the embedded Liberation Sans instead of the stock Helvetica the floor
took 0.226 s against 0.224 s (CPU time, best of 5; its table cells and chart labels are already
in Liberation Sans, the report's default once mpdesk has exported).

Measured (sample report, 31 pages; the machine is shared by six, load average 4 to 8, so ratios):
  before (main at 136b7cb): three drawn layout passes, ratio 10.39 in the issue's run; here 8.47
    10.35 and 10.76 (python -m benchmarks' PDF row, best of 2, three runs), 11.05 in CPU time (best of 3).
  after (branch pdfspeed): one measuring pass (nothing drawn) and one drawn pass, each paragraph's
    lines broken once per width, each section's body made once, plain cells not parsed: ratio
    2.32, 3.23 and 3.37 (the same row, three runs, the last at load 10), 3.3 to 3.7 in CPU time (best of 5, four runs). Of 0.76 s
    CPU: loading 0.06, story 0.08, measuring pass 0.11, drawn pass 0.44, check/save 0.06.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any


def bare_pdf(data: Any, path: Path) -> int:
    """Build the floor document from a ReportData; returns the number of flowables."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    from xml.sax.saxutils import escape

    styles = getSampleStyleSheet()
    story: list[Any] = [Paragraph(escape(data.profile.title), styles["Title"]), PageBreak()]
    grid = TableStyle([("GRID", (0, 0), (-1, -1), 0.25, colors.grey), ("FONTSIZE", (0, 0), (-1, -1), 7)])
    for section in data.sections:
        story.append(Paragraph(escape(f"{section.number} {section.title}"), styles["Heading1" if section.level == 0
                                                                                     else "Heading2"]))
        for para in (section.narrative or "").split("\n\n"):
            if para.strip():
                story.append(Paragraph(escape(para), styles["BodyText"]))
        for table in data.tables.get(section.key, []):
            years = list(table.years)
            rows = [["", *map(str, years)]]
            rows += [[row.label, *(f"{row.values[y]:,.{row.decimals}f}" if y in row.values else "" for y in years)]
                     for row in table.rows]
            story += [Paragraph(escape(table.title), styles["Heading3"]), Table(rows, repeatRows=1, style=grid)]
        for chart in data.charts.get(section.key, []):
            story += [Paragraph(escape(chart.title), styles["Heading4"]), _drawing(chart), Spacer(1, 6)]
    count = len(story)
    SimpleDocTemplate(str(path), pagesize=A4).build(story)  # (build consumes the list)
    return count


def _drawing(chart: Any) -> Any:
    from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
    from reportlab.graphics.charts.lineplots import LinePlot
    from reportlab.graphics.shapes import Drawing

    drawing = Drawing(440, 200)
    series = [[v or 0.0 for v in s.values] for s in chart.series] or [[0.0]]
    if chart.kind == "line":
        plot = LinePlot()
        plot.data = [list(enumerate(values)) for values in series]
    else:
        plot = HorizontalBarChart() if chart.kind in ("top_partners", "pyramid") else VerticalBarChart()
        plot.data = series
        plot.categoryAxis.categoryNames = list(chart.categories)
    plot.x, plot.y, plot.width, plot.height = 50, 30, 370, 150
    drawing.add(plot)
    return drawing
