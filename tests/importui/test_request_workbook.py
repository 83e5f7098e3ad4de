"""Data-request workbooks: written for one institution, filled by a ministry (openpyxl), read back."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from mpdesk.cli import main
from mpdesk.export.request_workbook import ID_SHEET, write_request_workbook
from mpdesk.imports.records import ImportFormatError
from mpdesk.services.import_log import cell_reference, list_imports
from mpdesk.imports.preview import apply_preview, preview_import, read_for
from mpdesk.services.profile import NewProfile, create_profile
from mpdesk.services.registers import add_item, list_items
from mpdesk.services.figures import stored_figures

MINISTRY = "Ministry of Interior"


@pytest.fixture
def requested(tmp_path: Path):
    ws = create_profile(tmp_path / "Kenya.mpdesk", NewProfile(country_iso3="KEN", edition_year=2020,
                                                              period_start=2015, period_end=2020))
    add_item(ws, "request", institution=MINISTRY, indicators="immigrant_stock, Net migration",
             description="Migrant stocks and net migration", due_on=date(2026, 3, 1))
    add_item(ws, "request", institution="Central Bank", indicators="remittance_inflows")
    yield ws
    ws.close()


def cell_of(sheet, indicator_name: str, breakdown: str, year: int):
    header = [c.value for c in sheet[4]]
    for row in sheet.iter_rows(min_row=5):
        if row[0].value == indicator_name and row[1].value == breakdown:
            return row[header.index(year)], row[header.index("Source")], row[header.index("Note")]
    raise AssertionError(f"no row {indicator_name} / {breakdown}")


def fill_as_a_ministry(path: Path) -> None:
    book = openpyxl.load_workbook(path)
    stock = book["A.2 Immigration"]
    value, source, note = cell_of(stock, "Immigrant stock", "Total", 2019)
    value.value = 1_000_000
    source.value = "Border records"
    note.value = "Provisional"
    cell_of(stock, "Immigrant stock", "Women", 2019)[0].value = 480_000
    cell_of(stock, "Immigrant stock", "Men", 2019)[0].value = "about 520 000"
    cell_of(book["B.1 Population change"], "Net migration", "Total", 2020)[0].value = -12_000
    book.save(path)


def test_the_workbook_asks_only_what_was_requested_with_protected_labels(requested, tmp_path):
    out = write_request_workbook(requested, "ministry of interior", tmp_path / "request.xlsx").path
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["Instructions", "A.2 Immigration", "B.1 Population change", ID_SHEET]
    assert book[ID_SHEET].sheet_state == "hidden" and book.security.lockStructure
    stock = book["A.2 Immigration"]
    assert [c.value for c in stock[4]] == ["Indicator", "Breakdown", "Unit", "Definition", 2015, 2016, 2017,
                                           2018, 2019, 2020, "Source", "Note"]
    assert [r[1].value for r in stock.iter_rows(min_row=5)] == ["Total", "Women", "Men", "aged 0-14",
                                                                 "aged 15-64", "aged 65+"]
    value, source, _ = cell_of(stock, "Immigrant stock", "Women", 2019)
    assert stock.protection.sheet and value.protection.locked is False and source.protection.locked is False
    assert stock["A5"].protection.locked is not False
    validation = stock.data_validations.dataValidation[0]
    assert validation.type == "decimal" and value.coordinate in validation.sqref
    intro = [r[0].value for r in book["Instructions"].iter_rows() if r[0].value]
    assert intro[1] == "To: Ministry of Interior" and "2026-03-01" in intro[2]
    assert "Remittance" not in " ".join(book.sheetnames)  # asked of the Central Bank, not of this ministry


def test_a_filled_workbook_comes_back_into_the_right_cells(requested, tmp_path):
    out = write_request_workbook(requested, MINISTRY, tmp_path / "request.xlsx").path
    fill_as_a_ministry(out)
    preview = preview_import(requested, read_for(requested, out))
    assert preview.totals()["added"] == 3
    [bad] = [s for s in preview.skipped if s.reason == "reader"]
    assert "cell" in bad.text and "'about 520 000' is not a number" in bad.text
    applied = apply_preview(requested, preview)
    figures = {(v.indicator, v.year, v.sex): v for v in stored_figures(requested)}
    total = figures[("immigrant_stock", 2019, "")]
    assert (total.value, total.source) == (1_000_000, MINISTRY)
    assert "Border records" in total.note and "Provisional" in total.note
    assert figures[("immigrant_stock", 2019, "female")].value == 480_000
    assert figures[("net_migration", 2020, "")].value == -12_000
    assert ("immigrant_stock", 2019, "male") not in figures
    assert cell_reference(requested, total.id, applied.import_id) == "A.2 Immigration!I5"
    ministry = next(r for r in list_items(requested, "request") if r.institution == MINISTRY)
    bank = next(r for r in list_items(requested, "request") if r.institution == "Central Bank")
    assert ministry.received_on == date.today() and bank.received_on is None
    assert list_imports(requested)[0].dataset == "Data request to Ministry of Interior"


def test_an_edited_label_is_named_exactly(requested, tmp_path):
    out = write_request_workbook(requested, MINISTRY, tmp_path / "request.xlsx").path
    book = openpyxl.load_workbook(out)
    book["A.2 Immigration"]["B6"] = "Females"
    book["A.2 Immigration"]["N20"] = "extra"
    book.save(out)
    with pytest.raises(ImportFormatError) as caught:
        read_for(requested, out)
    text = str(caught.value)
    assert "in sheet 'A.2 Immigration', cell B6 now reads 'Females' instead of 'Women'" in text
    assert "cell N20 outside the table holds 'extra'" in text and "Nothing was imported" in text


def test_another_profiles_workbook_is_refused(requested, tmp_path):
    out = write_request_workbook(requested, MINISTRY, tmp_path / "request.xlsx").path
    other = create_profile(tmp_path / "Uganda.mpdesk", NewProfile(country_iso3="UGA", edition_year=2021))
    try:
        with pytest.raises(ImportFormatError, match="is the data-request workbook of another profile"):
            read_for(other, out)
    finally:
        other.close()


def test_the_console_round_trip(requested, tmp_path, capsys):
    path = requested.path
    requested.close()
    out = tmp_path / "request.xlsx"
    assert main(["request", str(path), "--institution", "Nobody", "--out", str(out)]) == 1
    assert "No data request is logged for Nobody" in capsys.readouterr().err
    assert main(["request", str(path), "--institution", MINISTRY, "--out", str(out)]) == 0
    fill_as_a_ministry(out)
    capsys.readouterr()
    assert main(["import", str(path), str(out), "--preview", "--json"]) == 0
    preview = json.loads(capsys.readouterr().out)
    assert preview["totals"]["added"] == 3 and any("not a number" in s["text"] for s in preview["skipped"])
    assert main(["import", str(path), str(out), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["added"] == 3
