"""The cell panel names the sheet and cell, or the CSV lines, of a figure imported from a published file.

Files are imported through the real dialog; the place the panel names is then opened with openpyxl or
the csv module, independently of the readers, and must hold the figure.
"""

from __future__ import annotations

import csv
import html
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import openpyxl  # noqa: E402
import pytest  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402

from importui_helpers import REAL  # noqa: E402
from mpdesk.services.values import CellKey  # noqa: E402
from test_import_dialog import open_dialog, wait_preview  # noqa: E402


def _import(window, qtbot, name: str):
    path = REAL / name
    if not path.is_file():
        pytest.skip(f"{name} is absent")
    dialog = open_dialog(window, qtbot, path)
    wait_preview(qtbot, dialog)
    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    dialog.close()
    return path


def _panel_text(window, key: CellKey) -> str:
    window.ctx.navigate("section:A.2")
    page = window.view.current_page()
    page.details.show_cell(key)
    return page.details.provenance.text().replace("\u200b", "")   # the break points long names may wrap at


def test_a_undesa_figure_names_its_sheet_and_cell(window, qtbot):
    path = _import(window, qtbot, "undesa_pd_2020_ims_stock_by_sex_and_destination.xlsx")
    text = _panel_text(window, CellKey("immigrant_stock", 2020))
    assert "sheet Table 1, cell " in text and 'href="import:' in text
    cell = text.split("cell ")[1].split(",")[0]
    assert openpyxl.load_workbook(path, data_only=True)["Table 1"][cell].value == 1050147  # Kenya, mid-2020


def test_a_unhcr_total_names_the_lines_it_adds_up(window, qtbot):
    path = _import(window, qtbot, "population.csv")
    text = html.unescape(_panel_text(window, CellKey("refugees_hosted", 2021)))
    assert "the sum of column 'Refugees under UNHCR's mandate' on lines " in text, text
    lines = text.split("on lines ")[1].split(".")[0]
    numbers = [n for part in lines.split(", ") for n in
               range(int(part.split("-")[0]), int(part.split("-")[-1]) + 1)]
    with open(path, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    header = rows[0]
    asylum, refugees = header.index("Country of asylum (ISO)"), header.index("Refugees under UNHCR's mandate")
    assert all(rows[n - 1][0] == "2021" and rows[n - 1][asylum] == "KEN" for n in numbers)
    total = sum(int(rows[n - 1][refugees]) for n in numbers)
    assert total == 481048  # Kenya's refugees hosted in 2021 (issue 8)
    shown = window.view.current_page().details.value_label.text()
    assert shown.replace(",", "").startswith(str(total))
