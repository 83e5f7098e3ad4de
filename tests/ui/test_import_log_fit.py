"""The import log in French and Spanish at 1366x768 and 1024x700: its two tables fit the page with no
sideways scroll bar; figures and headers whole, short texts whole (on two lines if need be), long file
names and datasets cut and whole in their tooltips."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from mpdesk.cli import main
from tests.importui.importui_helpers import REAL, assert_columns_whole

FILES = ["API_SP.POP.TOTL_DS2_en_csv_v2_900.csv", "persons_of_concern.csv",
         "undesa_pd_2020_ims_stock_by_sex_and_destination.xlsx"]


@pytest.fixture
def imported(tmp_path):
    """The training sample with three real downloads imported at the console, as a team would."""
    profile = tmp_path / "Kenya 2020 (sample).mpdesk"
    assert main(["sample", str(profile)]) == 0
    for name in FILES:
        if not (REAL / name).is_file():
            pytest.skip(f"{name} is not in {REAL}")
        assert main(["import", str(profile), str(REAL / name)]) == 0
    return profile


def click_navigator(window, qtbot, target: str) -> None:
    """Click the navigator's Report tab, then the row of ``target`` ('imports', 'glance')."""
    navigator = window.view.navigator
    bar = navigator.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    index = navigator._find(navigator.report_model, target)
    view = navigator.report_view
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())


@pytest.mark.parametrize("size", [(1366, 768), (1024, 700)])
def test_the_import_log_fits_the_page(interface, window, qtbot, imported, size, capsys):
    capsys.readouterr()
    window.resize(*size)
    assert window.open_path(imported)
    click_navigator(window, qtbot, "imports")
    page = window.view.current_page()
    qtbot.waitUntil(lambda: page.objectName() == "" and hasattr(page, "log") and page.log.isVisible())
    log = page.log
    # newest first, above the sample's own imports
    assert [log.item(r, 1).text() for r in range(len(FILES))] == FILES[::-1]
    assert log.horizontalScrollBar().maximum() == 0
    assert_columns_whole(log, cut=frozenset({1}) if size[0] < 1366 else frozenset())   # 1024: file names elide
    assert "sha256" in log.item(0, 1).toolTip()
    dataset = log.columnCount() - 1
    assert "UNHCR" in log.item(1, dataset).toolTip()
    # the UNHCR import: its figures below, whole too
    qtbot.mouseClick(log.viewport(), Qt.MouseButton.LeftButton, pos=log.visualItemRect(log.item(1, 0)).center())
    assert page.figures.rowCount() > 300
    assert page.figures.horizontalScrollBar().maximum() == 0
    assert_columns_whole(page.figures)
