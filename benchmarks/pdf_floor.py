"""The PDF floor: a bare reportlab build of the same pages, tables and charts as mpdesk's report.

Every section's heading and narrative as paragraphs, every indicator table as a plain
reportlab Table of the same rows and years, every chart as a reportlab Drawing of the same
series (a line plot or a bar chart), in the stock sample style sheet: what any reportlab
document of this content costs, without mpdesk's layout, fonts, numbering and links.
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
