"""One decimals rule (tester #2: the same figure printed 56,66 in one place and 56,7 in another): a
figure of an indicator shows the decimals ``formats.figure_decimals`` gives it wherever it is shown.
Here a French profile's own percentage, added with 0 decimals (a percentage shows one at least),
holds 56.66: its table row, its chart's labels (PDF, read with pypdf) and its workbook cells and
chart (openpyxl) all show 56,7; before, the chart printed 57 and the workbook 57. The import log
page is tested in tests/ui/test_import_log_decimals.py."""

from __future__ import annotations

import re
from pathlib import Path

from openpyxl import load_workbook
from pypdf import PdfReader

from mpdesk.charts.build import charts_for_section
from mpdesk.export.excel import export_xlsx
from mpdesk.export.options import ExportOptions
from mpdesk.export.pdf import export_pdf
from mpdesk.export.report_data import indicator_rows
from mpdesk.formats import figure_decimals
from mpdesk.services.custom_charts import add_custom_chart
from mpdesk.services.figures import Figures
from mpdesk.services.keys import CellKey
from mpdesk.services.profile import update_profile
from mpdesk.services.tailoring import add_custom_indicator
from mpdesk.services.values import set_value

SHARES = {"SOM": 56.66, "UGA": 21.04, "TZA": 8.35}   # a share of remittance senders by country, 2020
NAME = "Part des envois de fonds par pays"


def _french_sample_with_a_share(ws) -> None:
    update_profile(ws, language="fr")
    add_custom_indicator(ws, "remittance_sender_share", NAME, "B.2", unit="percent", decimals=0,
                         disaggregations=("partner",), sources="Banque centrale du Kenya")
    for partner, share in SHARES.items():
        set_value(ws, CellKey("remittance_sender_share", 2020, partner=partner), share, source="Banque centrale du Kenya")
    add_custom_chart(ws, "B.2", "top_partners", "Part des envois de fonds", ["remittance_sender_share"], by="partner")


def _numbers(text: str) -> list[str]:
    """Every number with a decimal comma in a text ('56,7', '1 294,1')."""
    return re.findall(r"\d+,\d+", text)


def test_a_figure_shows_the_same_decimals_in_table_chart_and_workbook(sample_ws, tmp_path: Path):
    _french_sample_with_a_share(sample_ws)
    indicator = sample_ws.catalogue.indicator("remittance_sender_share")
    assert figure_decimals(indicator) == 1
    [chart] = [c for c in charts_for_section(sample_ws, "B.2") if c.key.startswith("custom:")]
    assert chart.decimals == 1
    figures = Figures.from_workspace(sample_ws)
    rows = indicator_rows(indicator, figures.table, figures.derived, "fr", sample_ws.catalogue)
    assert len(rows) == 3 and {r.decimals for r in rows} == {1}
    assert {figures.get(CellKey("remittance_sender_share", 2020, partner=p)).decimals for p in SHARES} == {1}

    pdf = tmp_path / "fr.pdf"
    export_pdf(sample_ws, ExportOptions(), pdf)
    pages = [page.extract_text() or "" for page in PdfReader(str(pdf)).pages]
    chart_page = next(p for p in pages if "Figure" in p and "Part des envois de fonds" in p and "Somalie" in p)
    chart_text = chart_page[chart_page.index("Part des envois de fonds"):]
    assert "56,7" in chart_text and not re.search(r"(?<![\d,])57(?![\d,])", chart_text), chart_text
    table_pages = [p for p in pages if NAME in p]
    assert table_pages and all("56,66" not in p for p in pages)
    printed = {n for p in table_pages for n in _numbers(p[p.index(NAME):])}
    assert {"56,7", "21,0", "8,4"} <= printed, printed

    book = load_workbook(export_xlsx(sample_ws, ExportOptions(), tmp_path / "fr.xlsx"))
    formats = {cell.number_format for sheet in book for row in sheet.iter_rows() for cell in row
               if isinstance(cell.value, float) and any(abs(cell.value - v) < 1e-9 for v in SHARES.values())}
    assert formats == {"#,##0.0"}, formats
    definitions = book["Définitions des indicateurs"]
    [decimals] = [row[4].value for row in definitions.iter_rows() if row[0].value == "remittance_sender_share"]
    assert decimals == 1
