"""Step pages: walking through the process, registers, work plan, module selection."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox

from mpdesk.services import registers
from mpdesk.services.profile import selected_sections


def _table(window):
    return window.view.current_page().kind_part


def test_next_walks_every_step_and_shows_its_title(opened, qtbot) -> None:
    catalogue = opened.ctx.ws.catalogue
    seen = [opened.view.current_page().page_title()]
    for _ in catalogue.steps[1:]:
        qtbot.mouseClick(opened.view.next_button, Qt.MouseButton.LeftButton)
        seen.append(opened.view.current_page().page_title())
    assert seen == [f"{s.key}  {s.title}" for s in catalogue.steps]
    assert opened.view.next_button.text() == "Export the report…"    # the last step leads on to the export
    qtbot.mouseClick(opened.view.back_button, Qt.MouseButton.LeftButton)
    assert opened.view.current == "step:3.3"


def test_add_twg_member_survives_reopening(opened, qtbot) -> None:
    opened.ctx.navigate("step:1.3")
    table = _table(opened)
    qtbot.mouseClick(table.add_button, Qt.MouseButton.LeftButton)
    model = table.model
    assert model.rowCount() == 1
    assert model.setData(model.index(0, 0), "Grace Wanjiru")
    assert model.setData(model.index(0, 1), "State Department for Immigration")
    assert model.setData(model.index(0, 5), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    path = opened.ctx.ws.path
    opened.close_profile()
    assert opened.open_path(path)
    opened.ctx.navigate("step:1.3")
    model = _table(opened).model
    assert model.index(0, 0).data() == "Grace Wanjiru"
    assert model.index(0, 1).data() == "State Department for Immigration"
    assert model.index(0, 5).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked


def test_workplan_refuses_end_before_start_and_flags_overdue(opened, qtbot) -> None:
    opened.ctx.navigate("step:1.6")
    table = _table(opened)
    qtbot.mouseClick(table.add_button, Qt.MouseButton.LeftButton)
    model = table.model
    assert model.setData(model.index(0, 2), date(2024, 3, 1))
    assert not model.setData(model.index(0, 3), date(2024, 2, 1))
    assert table.message.text() == "The end date is before the start date."
    assert model.index(0, 3).data() == ""          # nothing saved
    assert model.setData(model.index(0, 3), date.today() - timedelta(days=3))
    assert table.message.isHidden()
    tooltip = model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip.startswith("Overdue since")
    assert model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is not None


def test_reviews_filter_shows_unresolved_only(opened, qtbot) -> None:
    ws = opened.ctx.ws
    registers.add_item(ws, "comment", text="Add 2019 census figures", section_key="A.2")
    registers.add_item(ws, "comment", text="Typo in chart title", resolved=True)
    opened.ctx.navigate("step:2.4")
    table = _table(opened)
    assert table.proxy.rowCount() == 2
    box = table.findChild(QCheckBox, "unresolved_only")
    box.setChecked(True)
    assert table.proxy.rowCount() == 1
    assert table.proxy.index(0, 3).data() == "Add 2019 census figures"


def test_module_selection_updates_report_navigator(opened, qtbot) -> None:
    opened.ctx.navigate("step:1.4")
    part = _table(opened)
    navigator = opened.view.navigator
    assert navigator._find(navigator.report_model, "section:A.7") is None
    model = part.model
    model.setData(model.index_of("A.7"), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert "A.7" in selected_sections(opened.ctx.ws)
    assert navigator._find(navigator.report_model, "section:A.7") is not None
    opened.undo()
    assert navigator._find(navigator.report_model, "section:A.7") is None
    assert model.data(model.index_of("A.7"), Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked


def test_sources_page_has_inventory_and_gaps(opened) -> None:
    opened.ctx.navigate("step:1.5")
    page = opened.view.current_page()
    from mpdesk.ui.pages.register_table import RegisterTable

    tables = page.kind_part.findChildren(RegisterTable)
    assert [t.model.spec.register for t in tables] == ["source", "gap"]


def test_deliverable_saved_when_leaving_field(opened, qtbot) -> None:
    from mpdesk.services.steps import deliverable_values

    page = opened.view.current_page()
    field = page.deliverables.fields["lead_agency"]
    field.setFocus()
    qtbot.keyClicks(field, "Ministry of Interior")
    assert deliverable_values(opened.ctx.ws, "1.1").get("lead_agency", "") == ""  # not on each keystroke
    field.editingFinished.emit()
    assert deliverable_values(opened.ctx.ws, "1.1")["lead_agency"] == "Ministry of Interior"


def test_report_section_page_never_crashes(opened) -> None:
    for target in ("section:A.2", "glance", "quality", "section:annex.sources"):
        opened.ctx.navigate(target)
        assert opened.view.current == target
        assert opened.view.current_page() is not None


def test_step_1_4_shows_kind_and_period_from_the_profile_read_only(opened) -> None:
    opened.ctx.navigate("step:1.4")
    fields = opened.view.current_page().deliverables.fields
    assert fields["reference_period"].isReadOnly() and fields["profile_type"].isReadOnly()
    profile = opened.ctx.ws.profile()
    assert fields["reference_period"].text() == f"{profile.period_start}–{profile.period_end}"
    assert fields["profile_type"].text() == "Basic profile"


def test_report_page_button_back_to_the_step_points_back(opened, qtbot) -> None:
    opened.ctx.navigate("step:1.6")
    opened.ctx.navigate("section:A.2")
    button = opened.view.next_button
    assert button.text() == "← Back to step 1.6"     # a way back points back, not forward
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert opened.view.current == "step:1.6"


def test_lead_agency_typed_in_step_1_1_reaches_the_report_cover(opened, qtbot, tmp_path) -> None:
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    from pypdf import PdfReader

    from mpdesk.export.options import ExportOptions
    from mpdesk.export.pdf import export_pdf
    from mpdesk.services.steps import deliverable_values

    opened.ctx.navigate("step:1.1")
    opened.activateWindow()
    qtbot.waitUntil(opened.isActiveWindow)
    field = opened.view.current_page().deliverables.fields["lead_agency"]
    field.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field)
    QTest.keyClicks(QApplication.focusWidget(), "Ministry of the Interior")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    ws = opened.ctx.ws
    ws.undo()                                       # one undo reverts the field and the profile
    assert ws.profile().lead_agency == ""
    assert deliverable_values(ws, "1.1").get("lead_agency", "") == ""
    ws.redo()
    path = ws.path
    opened.close_profile()
    assert opened.open_path(path)
    ws = opened.ctx.ws
    assert ws.profile().lead_agency == "Ministry of the Interior"
    out = export_pdf(ws, ExportOptions(), tmp_path / "report.pdf")
    cover = PdfReader(str(out)).pages[0].extract_text()
    assert "Ministry of the Interior" in " ".join(cover.split())
