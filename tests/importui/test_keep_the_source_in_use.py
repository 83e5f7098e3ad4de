"""A World Bank file over the figures a central bank sent back in its request workbook (tester8 #2):
the preview said only 'The series uses: the file's figure' for 24 rows, and the World Bank took over the
series. Now it says why (the series rule's own reason, as it does for population) and offers to keep
the bank's figures in use; the import does what was ticked, and the file says so after reopening."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import openpyxl  # noqa: E402
import pytest  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from importui_helpers import REAL, open_dialog, stored_at  # noqa: E402
from test_import_dialog import WAIT_MS, wait_preview  # noqa: E402

WB_REMITTANCES = REAL / "API_BX.TRF.PWKR.CD.DT_DS2_en_csv_v2_38454.csv"
BANK = "Central Bank of Kenya"


def bank_workbook(ws, tmp_path):
    """The bank's request workbook, filled for every year it asks (1 000, 1 001, ... US$ million)."""
    from mpdesk.export.request_workbook import write_request_workbook
    from mpdesk.services.registers import add_item

    add_item(ws, "request", institution=BANK, indicators="remittance_inflows")
    out = write_request_workbook(ws, BANK, tmp_path / "bank.xlsx").path
    book = openpyxl.load_workbook(out)
    sheet = book["B.2 Economic development"]
    header = [c.value for c in sheet[4]]
    years = [y for y in header if isinstance(y, int)]
    for year in years:
        sheet.cell(5, header.index(year) + 1).value = 1000 + year - years[0]
    book.save(out)
    return out, years


def import_file(window, qtbot, path):
    dialog = open_dialog(window, qtbot, path)
    wait_preview(qtbot, dialog)
    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.applied is not None, timeout=WAIT_MS)
    dialog.close()


def test_the_preview_says_why_and_keeps_the_bank_when_asked(window, qtbot, profile_path, tmp_path):
    if not WB_REMITTANCES.is_file():
        pytest.skip("the World Bank remittances file is absent")
    out, years = bank_workbook(window.ctx.ws, tmp_path)
    import_file(window, qtbot, out)
    dialog = open_dialog(window, qtbot, WB_REMITTANCES)
    wait_preview(qtbot, dialog)
    summary = dialog.summary.text()
    assert (f"Remittance inflows: with this file, the report's series uses World Bank WDI BX.TRF.PWKR.CD.DT "
            f"(2025-07-01) instead of {BANK} for") in summary, summary
    assert f"because the catalogue lists it before {BANK} for this indicator." in summary, summary
    conflicts = dialog.conflicts_table.texts()
    assert conflicts and all(row[3] == "the file's figure" for row in conflicts)
    check = dialog.keep_checks["remittance_inflows"]
    assert check.isVisible() and check.text().startswith(f"Keep the figures of {BANK} in use for Remittance inflows")
    dialog.activateWindow()
    check.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is check)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: dialog.preview is not None and dialog.preview.keep == {"remittance_inflows": BANK},
                    timeout=WAIT_MS)
    assert f"The series uses {BANK} because the team chose it." in dialog.summary.text()
    assert all(row[3] == "the profile's figure" for row in dialog.conflicts_table.texts())
    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.applied is not None, timeout=WAIT_MS)
    dialog.close()
    window.close_profile()
    remittances = [f for f in stored_at(profile_path) if f[0] == "remittance_inflows" and not f[2]]
    bank = {f[1]: f for f in remittances if f[4] == BANK}
    world_bank = [f for f in remittances if f[4].startswith("World Bank")]
    assert sorted(bank) == years and all(f[5] for f in bank.values())   # the bank's figures stay the series'
    assert world_bank and not any(f[5] for f in world_bank if f[1] in bank)   # the World Bank's: alternatives
    assert {f[1] for f in world_bank} >= set(years)
