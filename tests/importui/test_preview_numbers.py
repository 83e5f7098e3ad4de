"""The import preview shows figures as the grid and the report do: the indicator's decimals, in the
profile's language (the tester saw remittances '3,30', '3', '51', '202,92' one under another)."""

from __future__ import annotations

import re

from importui_helpers import REAL, open_dialog
from mpdesk.services.profile import NewProfile, create_profile


def test_remittances_in_the_preview_have_one_decimal_in_spanish(app, qtbot, tmp_path):
    from mpdesk.ui.main_window import MainWindow

    ws = create_profile(tmp_path / "Ecuador 2024.mpdesk", NewProfile(country_iso3="ECU", edition_year=2024,
                                                                     language="es"))
    path = ws.path
    ws.close()
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    assert window.open_path(path)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    dialog = open_dialog(window, qtbot, REAL / "API_BX.TRF.PWKR.CD.DT_DS2_en_csv_v2_38454.csv")
    qtbot.waitUntil(lambda: dialog.preview is not None or dialog.message.text() != "", timeout=60_000)
    assert dialog.preview is not None, dialog.message.text()
    rows = dialog.added_table.texts()
    values = {int(row[1]): row[3] for row in rows if row[1].isdigit()}
    assert len(values) > 20
    for year, text in values.items():
        assert re.fullmatch(r"(\d{1,4}|\d{1,3}(\.\d{3})+),\d", text), (year, text)   # es: 3,3 1089,5 12.544,4
    window.close_profile()
