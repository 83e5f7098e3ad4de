"""KNOMAD's remittance inflows after the World Bank's (tester7 #5): the two publishers give the same
figures but for float noise from scaling US$ to millions; the Conflicts tab listed them all, 56.7
against 56.7. Equal figures confirm the profile's; only real differences are conflicts, shown with
enough decimals to see them."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from importui_helpers import REAL, open_dialog  # noqa: E402
from test_import_dialog import WAIT_MS, tree_rows, wait_preview  # noqa: E402

WB = REAL / "API_BX.TRF.PWKR.CD.DT_DS2_en_csv_v2_38454.csv"
KNOMAD = REAL / "inward_remittance_flows_december_2023_1.xlsx"


def test_equal_figures_of_two_publishers_confirm_and_real_differences_show(window, qtbot):
    dialog = open_dialog(window, qtbot, WB)
    wait_preview(qtbot, dialog)
    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.preview is None or "mported" in dialog.message.text(), timeout=WAIT_MS)
    dialog.close()
    dialog = open_dialog(window, qtbot, KNOMAD)
    wait_preview(qtbot, dialog)
    table = dialog.conflicts_table
    dialog.tabs.setCurrentWidget(table)
    QApplication.processEvents()
    pairs = {table.item(r, 1).text(): (table.item(r, 4).text(), table.item(r, 6).text())
             for r in range(table.rowCount())}
    assert pairs, "KNOMAD's 2023 figure differs from the World Bank's: a real conflict"
    assert all(ours != theirs for ours, theirs in pairs.values()), pairs
    # 2011: 934.149 (World Bank) against 934.1 (KNOMAD): alike at the indicator's one decimal
    assert pairs["2011"] == ("934.15", "934.10"), pairs
    assert len(pairs) < 5   # not the ~20 years both publishers give alike
    confirmed = tree_rows(dialog)["remittance_inflows"]
    entry = next(e for e in dialog.preview.indicators if e.key == "remittance_inflows")
    assert entry.unchanged >= 15 and len(entry.conflicts) == len(pairs), (confirmed, entry.unchanged)
