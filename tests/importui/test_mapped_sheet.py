"""Spreadsheets in another layout: the columns are mapped once, remembered for the next file."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt

from importui_helpers import stored_at
from mpdesk.cli import main


def ministry_csv(path: Path, rows: list[str]) -> Path:
    path.write_text("Année;Sexe;Pays d'origine;Nombre\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_the_console_asks_for_a_mapping_then_remembers_it(profile, tmp_path, capsys):
    first = ministry_csv(tmp_path / "stocks2019.csv", ["2019;Femmes;Ouganda;1200", "2019;Hommes;UGA;1300",
                                                      "2019;Total;;2500", "2019;Total;Atlantis;7"])
    assert main(["import", str(profile), str(first)]) == 1
    err = capsys.readouterr().err
    assert "add --map" in err and "Année, Sexe, Pays d'origine, Nombre" in err
    assert main(["import", str(profile), str(first), "--map", "indicator=immigrant_stock", "year=Année",
                 "value=Nombre", "sex=Sexe", "partner=Pays d'origine", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["added"] == 3
    assert {(f[1], f[2], f[3]) for f in stored_at(profile)} == {(2019, "", 2500.0)} | {(2019, "female", 1200.0),
                                                                                  (2019, "male", 1300.0)}
    later = ministry_csv(tmp_path / "stocks2020.csv", ["2020;Total;;2600"])
    assert main(["import", str(profile), str(later), "--preview", "--json"]) == 0  # the layout is known now
    preview = json.loads(capsys.readouterr().out)
    assert preview["totals"]["added"] == 1 and preview["indicators"][0]["key"] == "immigrant_stock"


def test_unreadable_rows_are_listed_with_their_row(profile, tmp_path, capsys):
    data = ministry_csv(tmp_path / "s.csv", ["2019;Total;;2500", "2019;Total;Atlantis;7", "vingt;Total;;5"])
    assert main(["import", str(profile), str(data), "--preview", "--json", "--map", "indicator=immigrant_stock",
                 "year=Année", "value=Nombre", "sex=Sexe", "partner=Pays d'origine"]) == 0
    texts = [s["text"] for s in json.loads(capsys.readouterr().out)["skipped"]]
    assert "row 3: 'Atlantis' is not a country mpdesk knows" in texts
    assert "row 4: 'vingt' is not a year" in texts


def test_the_window_offers_the_mapping_step_for_an_excel_sheet(window, qtbot, profile_path, tmp_path):
    from test_import_dialog import open_dialog, wait_preview

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Ministry of Labour - work permits"])
    sheet.append(["Year", "Permits issued"])
    sheet.append([2019, 3400])
    sheet.append([2020, 2900])
    path = tmp_path / "permits.xlsx"
    book.save(path)
    dialog = open_dialog(window, qtbot, path)
    qtbot.waitUntil(lambda: dialog.mapping_panel.isVisible(), timeout=60_000)
    panel = dialog.mapping_panel
    assert panel.combos["year"].currentText() == "Year"
    panel.combos["value"].setCurrentIndex(panel.combos["value"].findText("Permits issued"))
    panel.indicator.setCurrentIndex(panel.indicator.findData("immigrant_stock"))
    qtbot.mouseClick(panel.read_button, Qt.MouseButton.LeftButton)
    wait_preview(qtbot, dialog)
    assert dialog.added_table.rowCount() == 2
    dialog.close()
    again = open_dialog(window, qtbot, path)  # remembered: straight to the preview
    wait_preview(qtbot, again)
    assert not again.mapping_panel.isVisible() and again.added_table.rowCount() == 2


def test_the_first_guess_reads_header_words(tmp_path):
    from mpdesk.imports.mapped import layout_of
    from mpdesk.ui.import_mapping_panel import guess_columns

    data = tmp_path / "permits.csv"
    data.write_text("Year,Sex,Country of origin,Permits issued\n2019,Women,Uganda,1200\n", encoding="utf-8")
    assert guess_columns(layout_of(data)) == {"year": "Year", "sex": "Sex", "partner": "Country of origin",
                                              "value": "Permits issued"}
