"""One decimals rule on screen (tester #2): the import log listed the sample's World Bank remittance
outflows of 2005 as 56,41 (two decimals for every figure that was not whole) where the report, the
workbook and the grid print 56,4. The log now shows each figure as they do (formats.format_value).
The window is driven by mouse clicks; the PDF of the same profile is read with pypdf."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from pypdf import PdfReader

from mpdesk.cli import main
from mpdesk.export.options import ExportOptions
from mpdesk.export.pdf import export_pdf
from mpdesk.services.profile import update_profile
from mpdesk.services.workspace import Workspace
from tests.ui.test_import_log_fit import click_navigator


def test_the_import_log_shows_a_figure_as_the_report_prints_it(window, qtbot, tmp_path):
    profile = tmp_path / "Kenya 2020 (sample).mpdesk"
    assert main(["sample", str(profile)]) == 0
    ws = Workspace.open(profile)
    try:
        update_profile(ws, language="fr")
        export_pdf(ws, ExportOptions(), tmp_path / "fr.pdf")
    finally:
        ws.close()
    text = " ".join(" ".join((p.extract_text() or "") for p in PdfReader(str(tmp_path / "fr.pdf")).pages).split())
    # the annex row of the outflows, 1997-2003 then 2004-2010: 2005 is the second figure of that block
    blocks = re.findall(r"Envois de fonds versés \(\w\) millions de dollars É\.-U\. ((?:[\d,.]+ ){7})", text + " ")
    printed_2005 = next(b.split()[1] for b in blocks if b.split()[0] == "34,0")
    assert printed_2005 == "56,4"

    assert window.open_path(profile)
    click_navigator(window, qtbot, "imports")
    page = window.view.current_page()
    qtbot.waitUntil(lambda: hasattr(page, "log") and page.log.isVisible())
    log = page.log
    dataset = log.columnCount() - 1
    row = next(r for r in range(log.rowCount()) if "BM.TRF.PWKR" in log.item(r, dataset).toolTip())
    qtbot.mouseClick(log.viewport(), Qt.MouseButton.LeftButton, pos=log.visualItemRect(log.item(row, 0)).center())
    figures = page.figures
    qtbot.waitUntil(lambda: figures.rowCount() > 20)
    shown = {figures.item(r, 1).text(): figures.item(r, 3).text() for r in range(figures.rowCount())}
    assert shown["2005"] == printed_2005
    assert shown["1990"] == "6,4"                                    # 6.3714..., not 6,37
    assert all(re.fullmatch(r"[\d\u202f]+,\d", value) for value in shown.values()), shown
