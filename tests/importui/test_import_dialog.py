"""Import data… in the real window: Ctrl+I, typing the file name, the preview, a subset, Cancel, the log."""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl  # noqa: E402
from PySide6.QtGui import QDragEnterEvent, QDropEvent  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from importui_helpers import (  # noqa: E402
    REAL, assert_columns_whole, count_at, header_line_width, open_dialog, shown_whole, stored_at, tidy_csv,
)
from mpdesk.imports.detect import import_file  # noqa: E402
from mpdesk.services.import_log import list_imports  # noqa: E402
from mpdesk.imports.preview import preview_import_at  # noqa: E402
from mpdesk.services.workspace import Workspace  # noqa: E402
from mpdesk.ui.import_dialog import ImportDialog  # noqa: E402

WAIT_MS = 60_000
REAL_FILES = ["undesa_pd_2020_ims_stock_by_sex_and_destination.xlsx", "UN_MigrantStockTotal_2015.xlsx",
              "API_SP.POP.TOTL_DS2_en_csv_v2_900.csv", "API_SM.POP.REFG.OR_DS2_en_excel_v2_5997665.xls",
              "population.csv", "bilateral_migration_matrix_2021_latest.xlsx",
              "inward_remittance_flows_december_2023_1.xlsx"]


def wait_preview(qtbot, dialog):
    qtbot.waitUntil(lambda: dialog.preview is not None or dialog.message.text() != "", timeout=WAIT_MS)
    assert dialog.preview is not None, dialog.message.text()


def tree_rows(dialog) -> dict[str, tuple[int, int, int]]:
    tree = dialog.indicators
    items = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    return {it.data(0, Qt.ItemDataRole.UserRole): tuple(int(n.replace(",", "")) for n in it.text(2).split(" · "))
            for it in items}


def console_preview(profile: Path, data: Path) -> dict:
    return preview_import_at(profile, import_file(data, "KEN")).as_dict()


@pytest.mark.parametrize("name", REAL_FILES)
def test_each_kind_of_real_file_previews_as_the_console_does_then_imports(window, qtbot, profile_path, name):
    data = REAL / name
    if not data.is_file():
        pytest.skip(f"{name} is absent")
    dialog = open_dialog(window, qtbot, data)
    wait_preview(qtbot, dialog)
    console = console_preview(profile_path, data)
    assert tree_rows(dialog) == {i["key"]: (len(i["added"]), len(i["changed"]), len(i["conflicts"]))
                                 for i in console["indicators"]}
    assert dialog.added_table.rowCount() == console["totals"]["added"]
    assert dialog.skipped_table.rowCount() == len(console["skipped"])
    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    assert "Imported " + data.name in dialog.message.text()
    window.close_profile()
    assert count_at(profile_path) == console["totals"]["added"] + console["totals"]["conflicts"]


def test_a_tidy_csv_file_with_changes_conflicts_and_skips(window, qtbot, profile_path, tmp_path):
    first = tidy_csv(tmp_path / "census.csv", [("immigrant_stock", 2019, "", 1000, "Census"),
                                              ("emigrant_stock", 2019, "", 40, "Census")])
    dialog = open_dialog(window, qtbot, first)
    wait_preview(qtbot, dialog)
    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    dialog.close()
    second = tidy_csv(tmp_path / "update.csv", [("immigrant_stock", 2019, "", 1100, "Census"),
                                               ("emigrant_stock", 2019, "", 45, "Survey"),
                                               ("not_an_indicator", 2019, "", 1, "Survey")])
    dialog = open_dialog(window, qtbot, second)
    wait_preview(qtbot, dialog)
    assert dialog.changed_table.texts() == [["Immigrant stock", "2019", "", "1,000", "Census (Tidy CSV file census.csv)",
                                             "1,100", "Census"]]
    conflict = dialog.conflicts_table.texts()[0]
    assert conflict[3] in ("the file's figure", "the profile's figure")
    assert conflict[4:8] == ["40", "Census (Tidy CSV file census.csv)", "45", "Survey"]
    assert any("not_an_indicator" in row[0] for row in dialog.skipped_table.texts())
    assert [dialog.tabs.tabText(i) for i in range(4)] == ["To add (0)", "Will change (1)", "Conflicts (1)",
                                                         "Skipped (1)"]


def click_check(tree, item) -> None:
    rect = tree.visualItemRect(item)
    QTest.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     QPoint(rect.left() + 12, rect.center().y()))


def test_a_subset_writes_only_the_ticked_indicators(window, qtbot, profile_path, tmp_path):
    data = tidy_csv(tmp_path / "two.csv", [("immigrant_stock", 2020, "", 1000, "Census"),
                                          ("emigrant_stock", 2020, "", 50, "Census")])
    dialog = open_dialog(window, qtbot, data)
    wait_preview(qtbot, dialog)
    tree = dialog.indicators
    emigrants = next(tree.topLevelItem(i) for i in range(tree.topLevelItemCount())
                     if tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole) == "emigrant_stock")
    click_check(tree, emigrants)
    assert emigrants.checkState(0) == Qt.CheckState.Unchecked
    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    window.close_profile()
    assert {f[0] for f in stored_at(profile_path)} == {"immigrant_stock"}


def test_cancel_while_reading_writes_nothing(window, qtbot, profile_path):
    data = REAL / "persons_of_concern.csv"
    if not data.is_file():
        pytest.skip("the UNHCR file is absent")
    before = len(stored_at_open(window))
    dialog = open_dialog(window, qtbot, data)
    assert dialog.cancel_button.isVisible()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.job.is_running(), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: "cancelled" in dialog.message.text())
    assert dialog.preview is None and not dialog.accept_button.isEnabled()
    window.close_profile()
    ws = Workspace.open(profile_path)
    try:
        assert list_imports(ws) == [] and len(stored_at_open_ws(ws)) == before == 0
    finally:
        ws.close()


def stored_at_open(window) -> set:
    return stored_at_open_ws(window.ctx.ws)


def stored_at_open_ws(ws) -> set:
    from importui_helpers import figures

    return figures(ws)


def test_removing_an_import_from_the_log_after_reopening_restores(window, qtbot, profile_path, tmp_path):
    first = tidy_csv(tmp_path / "a.csv", [("immigrant_stock", 2020, "", 1000, "Census")])
    second = tidy_csv(tmp_path / "b.csv", [("immigrant_stock", 2020, "", 1500, "Census"),
                                          ("emigrant_stock", 2020, "", 70, "Census")])
    for data in (first, second):
        dialog = open_dialog(window, qtbot, data)
        wait_preview(qtbot, dialog)
        qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
        dialog.close()
    window.close_profile()
    assert window.open_path(profile_path)
    window.menus.import_log.trigger()
    page = window.view.current_page()
    assert page.log.rowCount() == 2 and page.log.item(0, 1).text() == "b.csv"
    assert page.figures.rowCount() == 2  # the newest import is selected: its two figures
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert page.confirm.isVisible() and "b.csv" in page.confirm_text.text()
    qtbot.mouseClick(page.confirm_button, Qt.MouseButton.LeftButton)
    assert "restored 1 earlier figures" in page.message.text()
    assert page.log.rowCount() == 1
    window.close_profile()
    assert stored_at(profile_path) == {("immigrant_stock", 2020, "", 1000.0, "Census", True)}


def test_a_file_dropped_on_the_window_opens_its_preview(window, qtbot, tmp_path):
    data = tidy_csv(tmp_path / "dropped.csv", [("immigrant_stock", 2020, "", 1000, "Census")])
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(data))])
    enter = QDragEnterEvent(QPoint(300, 300), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(300, 300), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, drop)
    dialog = window.import_dialog
    wait_preview(qtbot, dialog)
    assert dialog.path_edit.text() == str(data) and dialog.added_table.rowCount() == 1


def test_the_import_button_of_a_module_page(window, qtbot):
    from PySide6.QtWidgets import QPushButton

    for target in ("section:A.2", "step:2.1", "step:2.3"):
        window.ctx.navigate(target)
        page = window.view.current_page()
        [button] = [b for b in page.findChildren(QPushButton) if b.objectName() == "ImportDataButton"]
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: any(isinstance(w, ImportDialog) and w.isVisible()
                                    for w in QApplication.topLevelWidgets()))
        for w in QApplication.topLevelWidgets():
            if isinstance(w, ImportDialog):
                w.close()


def test_step_2_1_writes_the_request_workbook_of_the_chosen_institution(window, qtbot, tmp_path):
    import openpyxl
    from PySide6.QtWidgets import QPushButton

    from mpdesk.services.registers import add_item
    from mpdesk.ui.request_dialog import RequestDialog

    add_item(window.ctx.ws, "request", institution="Central Bank", indicators="remittance_inflows")
    add_item(window.ctx.ws, "request", institution="Ministry of Interior", indicators="immigrant_stock")
    window.ctx.navigate("step:2.1")
    page = window.view.current_page()
    [button] = [b for b in page.findChildren(QPushButton) if b.objectName() == "RequestWorkbookButton"]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(isinstance(w, RequestDialog) and w.isVisible() for w in QApplication.topLevelWidgets()))
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, RequestDialog))
    dialog.institution.setFocus()
    QTest.keyClick(dialog.institution, Qt.Key.Key_Down)
    assert dialog.institution.currentText() == "Ministry of Interior"
    target = tmp_path / "interior.xlsx"
    dialog.path_edit.clear()
    QTest.keyClicks(dialog.path_edit, str(target))
    qtbot.mouseClick(dialog.write_button, Qt.MouseButton.LeftButton)
    assert "Wrote " in dialog.message.text() and "marked its requests as sent today" in dialog.message.text()
    assert openpyxl.load_workbook(target).sheetnames[1] == "A.2 Immigration"
    from datetime import date

    from mpdesk.services.registers import list_items

    sent = {r.institution: r.sent_on for r in list_items(window.ctx.ws, "request")}
    assert sent == {"Central Bank": None, "Ministry of Interior": date.today()}
    dialog.close()


def test_the_cell_panel_names_the_workbook_cell_and_links_to_its_import(window, qtbot, tmp_path):
    import openpyxl

    from mpdesk.export.request_workbook import write_request_workbook
    from mpdesk.services.registers import add_item
    from mpdesk.services.keys import CellKey

    ws = window.ctx.ws
    add_item(ws, "request", institution="Ministry of Interior", indicators="immigrant_stock")
    out = write_request_workbook(ws, "Ministry of Interior", tmp_path / "interior.xlsx").path
    book = openpyxl.load_workbook(out)
    book["A.2 Immigration"]["I5"] = 1234  # the 2019 total (years 2010-2020 start in column E)
    book.save(out)
    dialog = open_dialog(window, qtbot, out)
    wait_preview(qtbot, dialog)
    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    dialog.close()
    year = int(openpyxl.load_workbook(out)["A.2 Immigration"]["I4"].value)
    window.ctx.navigate("section:A.2")
    page = window.view.current_page()
    page.details.show_cell(CellKey("immigrant_stock", year))
    text = page.details.provenance.text()
    assert "Imported from interior.xlsx, sheet A.2 Immigration, cell I5" in text and 'href="import:' in text
    link = text.split('href="')[1].split('"')[0]
    page.details.provenance.linkActivated.emit(link)
    log = window.view.current_page()
    assert log.selected_id() == link.removeprefix("import:")
    assert log.figures.item(0, 4).text() == "Ministry of Interior"


def test_after_importing_the_dialog_says_what_was_written_and_offers_close(window, qtbot, profile_path, tmp_path):
    data = tidy_csv(tmp_path / "census.csv", [("immigrant_stock", 2019, "", 1000, "Census"),
                                             ("emigrant_stock", 2019, "", 40, "Census")])
    dialog = open_dialog(window, qtbot, data)
    wait_preview(qtbot, dialog)
    assert "Nothing is written until you import" in dialog.summary.text()
    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    summary = dialog.summary.text()
    assert "Nothing is written" not in summary
    assert "Written to the profile from census.csv: 2 figures added and 0 changed, in 2 indicators." == summary
    assert not dialog.accept_button.isVisible() and dialog.close_button.isVisible()
    assert dialog.close_button.isDefault() and dialog.close_button.text() == "Close"
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    window.close_profile()
    assert count_at(profile_path) == 2


def test_another_file_read_after_an_import_can_be_imported_in_turn(window, qtbot, tmp_path):
    first = tidy_csv(tmp_path / "a.csv", [("immigrant_stock", 2019, "", 1000, "Census")])
    dialog = open_dialog(window, qtbot, first)
    wait_preview(qtbot, dialog)
    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    second = tidy_csv(tmp_path / "b.csv", [("emigrant_stock", 2019, "", 40, "Census")])
    dialog.path_edit.selectAll()
    dialog.path_edit.setFocus()
    QTest.keyClicks(QApplication.focusWidget(), str(second))
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=WAIT_MS)
    assert dialog.accept_button.isVisible() and dialog.accept_button.isEnabled()
    assert "Nothing is written until you import" in dialog.summary.text()


def test_the_preview_of_a_file_imported_before_says_so_first(window, qtbot, tmp_path):
    data = tidy_csv(tmp_path / "census.csv", [("immigrant_stock", 2019, "", 1000, "Census")])
    dialog = open_dialog(window, qtbot, data)
    wait_preview(qtbot, dialog)
    assert "already imported" not in dialog.message.text()
    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    dialog.close()
    dialog = open_dialog(window, qtbot, data)
    wait_preview(qtbot, dialog)
    day = list_imports(window.ctx.ws)[0].imported_at
    from mpdesk.formats import format_date

    assert dialog.message.text() == (f"This file was already imported on {format_date(day.date())}; importing it "
                                     "again changes nothing.")
    window.ctx.ws.undo()   # the figure goes (the log keeps no record either): a new file again
    dialog.close()
    dialog = open_dialog(window, qtbot, data)
    wait_preview(qtbot, dialog)
    assert "already imported" not in dialog.message.text()


@pytest.mark.parametrize("size", [(1366, 768), (1024, 700)])
def test_every_column_and_tab_of_the_preview_is_whole_or_scrolls(window, qtbot, profile_path, tmp_path, size):
    """Long source names give up width first; figures, years and headers stay whole; where there
    is not room the table scrolls sideways rather than squash its columns. The tabs and the count
    column's header are whole."""
    window.resize(*size)
    long = "World Bank WDI SP.POP.TOTL (2025-07-01) - a very long source name from a national office"
    first = tidy_csv(tmp_path / "census.csv", [("emigrant_stock", 2019, "", 40, long)])
    dialog = open_dialog(window, qtbot, first)
    wait_preview(qtbot, dialog)
    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    dialog.close()
    dialog = open_dialog(window, qtbot, tidy_csv(tmp_path / "update.csv", [("emigrant_stock", 2019, "", 45, long + " 2")]))
    wait_preview(qtbot, dialog)
    tabs = dialog.tabs.tabBar()
    dialog.tabs.setCurrentWidget(dialog.conflicts_table)
    QApplication.processEvents()
    table = dialog.conflicts_table
    assert_columns_whole(table)
    assert all(tabs.tabRect(i).right() <= tabs.width() for i in range(tabs.count()))
    header = dialog.indicators.header()
    for c in (1, 2):
        lines = dialog.indicators.headerItem().text(c).split("\n")
        assert all(header_line_width(header, line) <= header.sectionSize(c) for line in lines), (lines, header.sectionSize(c), [header_line_width(header, t) for t in lines])
    assert sum(header.sectionSize(c) for c in range(3)) <= dialog.indicators.viewport().width()


@pytest.fixture(params=["fr", "es"])
def interface(request, app):
    """mpdesk's and Qt's translators for ``request.param`` for one test, removed after it."""
    from mpdesk.app import install_translators

    installed = install_translators(app, request.param)
    app.setProperty("mpdesk_language", request.param)
    yield request.param
    for translator in installed:
        app.removeTranslator(translator)
    app.setProperty("mpdesk_language", "en")


@pytest.mark.parametrize("size", [(1366, 768), (1024, 700)])
def test_conflict_headers_and_figures_are_whole_in_french_and_spanish(interface, window, qtbot, tmp_path, size):
    """The tester's conflict (a typed 955 000 against the file's 954 929): every header line fits
    its column (headers break into lines), every figure and year is whole, in view, never elided."""
    window.resize(*size)
    long = "World Bank WDI SP.POP.TOTL (2025-07-01) - a very long source name from a national office"
    dialog = open_dialog(window, qtbot, tidy_csv(tmp_path / "census.csv", [("immigrant_stock", 2010, "", 955000, long)]))
    wait_preview(qtbot, dialog)
    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    dialog.close()
    dialog = open_dialog(window, qtbot, tidy_csv(tmp_path / "u.csv", [("immigrant_stock", 2010, "", 954929, long + " 2")]))
    wait_preview(qtbot, dialog)
    dialog.tabs.setCurrentWidget(dialog.conflicts_table)
    QApplication.processEvents()
    table = dialog.conflicts_table
    assert_columns_whole(table)
    assert "954" in table.item(0, 6).text()
    assert dialog.frameGeometry().height() <= window.screen().availableGeometry().height()
    # an English profile under this interface: the names on screen are the interface's
    name = window.ctx.ws.catalogue.indicator("immigrant_stock").name.get_for(interface)
    assert name != "Immigrant stock"
    assert dialog.indicators.topLevelItem(0).text(0) == name and table.item(0, 0).text() == name


@pytest.mark.parametrize("interface", ["fr"], indirect=True)
def test_real_files_added_and_conflict_tabs_are_whole_in_french(interface, window, qtbot, profile_path):
    """Tester 5: UN DESA's workbook imported, then the World Bank's population csv: the To add and
    Conflicts tabs showed "Anné", "/entilatioı", "la donnée d…", "Population t…"."""
    window.resize(1366, 768)
    dialog = open_dialog(window, qtbot, REAL / "undesa_pd_2020_ims_stock_by_sex_and_destination.xlsx")
    wait_preview(qtbot, dialog)
    assert_columns_whole(dialog.added_table)
    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    dialog.close()
    dialog = open_dialog(window, qtbot, REAL / "API_SP.POP.TOTL_DS2_en_csv_v2_900.csv")
    wait_preview(qtbot, dialog)
    for table in (dialog.added_table, dialog.conflicts_table):
        dialog.tabs.setCurrentWidget(table)
        QApplication.processEvents()
        assert table.rowCount() > 0 and table.labels[1] == "Année"
        assert_columns_whole(table)
    assert shown_whole(table, 0, 0) and shown_whole(table, 0, 3)   # "Population totale", "la donnée du …"
    frame, room = dialog.frameGeometry(), dialog.screen().availableGeometry()
    assert frame.height() <= room.height() and frame.width() <= room.width()


def test_the_conflicts_tab_fits_a_1024_screen_in_french_and_spanish(interface, window, qtbot, tmp_path):
    """The training sample, then UN DESA's 2019 workbook : in the dialog a 1024x700 screen
    gives (984x640), the Conflicts tab (7 rows: the figures that really differ) has no sideways scroll bar; the figures are whole, "la donnée du
    profil" whole on two lines, the sources cut on two lines and whole in their tooltips."""
    from mpdesk.services.sample import write_sample

    write_sample(tmp_path / "sample.mpdesk").close()
    window.resize(1024, 700)
    assert window.open_path(tmp_path / "sample.mpdesk")
    dialog = open_dialog(window, qtbot, REAL / "undesa_pd_2019_migrant_stock_total_dataset.xlsx")
    dialog.resize(984, 640)   # the offscreen screen is 800 px wide; the preview is still being read
    wait_preview(qtbot, dialog)
    qtbot.wait(50)   # the indicator pane is fitted once the splitter has its width
    qtbot.mouseClick(dialog.tabs.tabBar(), Qt.MouseButton.LeftButton,
                     pos=dialog.tabs.tabBar().tabRect(dialog.tabs.indexOf(dialog.conflicts_table)).center())
    QApplication.processEvents()
    table = dialog.conflicts_table
    assert table.isVisible() and table.rowCount() >= 5
    assert table.horizontalScrollBar().maximum() == 0
    assert_columns_whole(table)
    used = next(c for c in range(table.columnCount())
                if table.item(0, c).text() in ("la donnée du profil", "la cifra del perfil"))
    assert shown_whole(table, 0, used) and shown_whole(table, 0, 0)
    source = table.columnCount() - 1
    assert not shown_whole(table, 0, source) and table.item(0, source).toolTip().startswith("UN DESA")
