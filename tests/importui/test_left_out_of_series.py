"""The World Bank's population after UN DESA's (tester7 #2): the preview said "To add: 57", but the
report's population series keeps UN DESA, so none of them is printed. The preview says so, with the
count the series rule gives, and how to print them."""

from __future__ import annotations

import os
import re

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402

from importui_helpers import REAL, open_dialog, stored_at  # noqa: E402
from test_import_dialog import WAIT_MS, wait_preview  # noqa: E402

UNDESA = REAL / "undesa_pd_2020_ims_stock_by_sex_and_destination.xlsx"
WB_POP = REAL / "API_SP.POP.TOTL_DS2_en_csv_v2_900.csv"


def import_in_dialog(window, qtbot, path):
    dialog = open_dialog(window, qtbot, path)
    wait_preview(qtbot, dialog)
    summary = dialog.summary.text()
    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "mported" in dialog.message.text() or dialog.preview is None, timeout=WAIT_MS)
    dialog.close()
    return summary


def test_the_preview_says_which_added_figures_stay_outside_the_printed_series(window, qtbot, profile_path):
    first = import_in_dialog(window, qtbot, UNDESA)
    assert "outside the report" not in first          # the first source of a series is its series
    summary = import_in_dialog(window, qtbot, WB_POP)
    found = re.search(r"Total population: (\d+) of the figures to add \((.+?)\) stay outside the report's printed "
                      r"series, which uses UN DESA[^;]*; to print them, use a World Bank", summary)
    assert found, summary
    window.close_profile()
    population = [f for f in stored_at(profile_path) if f[0] == "population_total"]
    undesa_years = {f[1] for f in population if f[4].startswith("UN DESA")}
    # the years only the World Bank gives, left out of the series in the file (the others are conflicts)
    outside = [f for f in population if f[4].startswith("World Bank") and not f[5] and f[1] not in undesa_years]
    assert outside and int(found.group(1)) == len(outside)
    assert found.group(2).endswith("2021–2023")
