"""The Export dialog and 'Prepare draft for email', driven with real clicks (pytest-qt)."""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402

from mpdesk.ui import export_dialog  # noqa: E402
from mpdesk.ui.context import AppContext  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from mpdesk.ui.export_dialog import ExportDialog, prepare_draft_for_email  # noqa: E402

WAIT_MS = 120_000  # generous: a slow CI machine must not fail a correct export


@pytest.fixture
def ctx(sample_ws):
    context = AppContext(sample_ws)
    yield context
    context.close()


@pytest.fixture
def dialog(ctx, qtbot, tmp_path):
    window = ExportDialog(ctx)
    qtbot.addWidget(window)
    window.path_edits["pdf"].setText(str(tmp_path / "report.pdf"))
    window.path_edits["xlsx"].setText(str(tmp_path / "report.xlsx"))
    window.show()
    yield window
    if window.job is not None:
        window.job.cancel()
        window.job.wait()


@pytest.fixture
def opened_urls(monkeypatch) -> list[Path]:
    opened: list[Path] = []
    monkeypatch.setattr(export_dialog, "open_path", opened.append)
    return opened


def test_every_selected_module_is_listed_and_ticked(dialog):
    labels = [dialog.modules_list.item(i).text() for i in range(dialog.modules_list.count())]
    assert "A.2 Immigration" in labels
    assert dialog.chosen_modules() == [dialog.modules_list.item(i).data(Qt.ItemDataRole.UserRole)
                                       for i in range(dialog.modules_list.count())]


def test_excel_export_runs_in_the_background_and_offers_to_open(dialog, qtbot, tmp_path, opened_urls):
    openpyxl = pytest.importorskip("openpyxl")
    dialog.pdf_check.setChecked(False)
    dialog.draft_radio.setChecked(True)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dialog.panel.open_buttons), timeout=WAIT_MS)
    target = tmp_path / "report.xlsx"
    assert target.exists() and not (tmp_path / "report.pdf").exists()
    about = {r[0].value: r[1].value for r in openpyxl.load_workbook(target)["About"].iter_rows() if r[0].value}
    assert about["Status"] == "Draft"
    assert "report.xlsx (" in dialog.panel.outcome.text() and "kB" in dialog.panel.outcome.text()
    qtbot.mouseClick(dialog.panel.open_buttons[0], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.panel.show_folder_button, Qt.MouseButton.LeftButton)
    assert opened_urls == [target, tmp_path]


def test_only_ticked_modules_are_exported(dialog, qtbot, tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    dialog.pdf_check.setChecked(False)
    for i in range(dialog.modules_list.count()):
        item = dialog.modules_list.item(i)
        if not item.text().startswith("A.2 "):
            item.setCheckState(Qt.CheckState.Unchecked)
    dialog.start_export()
    qtbot.waitUntil(lambda: bool(dialog.panel.open_buttons), timeout=WAIT_MS)
    names = openpyxl.load_workbook(tmp_path / "report.xlsx").sheetnames
    assert "A.2 Immigration" in names and "B.2 Economic development" not in names


def test_both_formats(dialog, qtbot, tmp_path):
    dialog.start_export()
    qtbot.waitUntil(lambda: len(dialog.panel.open_buttons) == 2, timeout=WAIT_MS)
    assert (tmp_path / "report.pdf").read_bytes()[:5] == b"%PDF-"
    assert (tmp_path / "report.xlsx").exists()


def test_cancel_stops_the_job_and_leaves_no_partial_file(dialog, qtbot, tmp_path):
    dialog.pdf_check.setChecked(False)
    dialog.start_export()
    with qtbot.waitSignal(dialog.job.cancelled, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.panel.cancel_button, Qt.MouseButton.LeftButton)
    assert list(tmp_path.glob("report.xlsx*")) == [] and list(tmp_path.glob(".report*")) == []
    assert "cancelled" in dialog.panel.message.text()
    assert dialog.export_button.isEnabled()


def test_a_missing_folder_is_said_before_anything_runs(dialog, tmp_path):
    dialog.path_edits["xlsx"].setText(str(tmp_path / "nowhere" / "report.xlsx"))
    dialog.start_export()
    assert dialog.job is None
    assert "does not exist" in dialog.panel.message.text()


def test_a_failure_is_shown_as_a_sentence(dialog, qtbot, monkeypatch):
    from mpdesk.export.options import ExportError

    def refuse(ws, options, path):
        raise ExportError("report.xlsx could not be written: the folder is read-only.")

    monkeypatch.setattr("mpdesk.export.excel.export_xlsx", refuse)
    dialog.pdf_check.setChecked(False)
    dialog.start_export()
    qtbot.waitUntil(lambda: "read-only" in dialog.panel.message.text(), timeout=WAIT_MS)


def test_prepare_draft_for_email_reports_the_total_size(ctx, qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(export_dialog, "ask_folder", lambda parent, caption, start: str(tmp_path))
    window = prepare_draft_for_email(ctx, None)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.result is not None, timeout=WAIT_MS)
    text = window.panel.outcome.text()
    assert text.startswith("Two files, ") and "in all, are ready to attach" in text
    assert window.result.pdf_path.exists() and window.result.xlsx_path.exists()
    assert " - draft " in window.result.pdf_path.name


def test_the_draft_dialog_and_its_buttons_stay_on_a_small_screen(interface, ctx, qtbot, tmp_path, monkeypatch):
    """Long file names in French or Spanish: the dialog stays inside the screen's free area
    (800x800 offscreen, smaller than the tester's 1024x700 width) and every button is in it."""
    from PySide6.QtWidgets import QPushButton

    folder = tmp_path / ("a folder with a rather long name for the drafts of the profile " * 2).strip()
    folder.mkdir()
    monkeypatch.setattr(export_dialog, "ask_folder", lambda parent, caption, start: str(folder))
    window = prepare_draft_for_email(ctx, None)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.result is not None, timeout=WAIT_MS)
    QApplication.processEvents()
    free = window.screen().availableGeometry()
    assert free.contains(window.frameGeometry()), (free, window.frameGeometry())
    buttons = [b for b in window.findChildren(QPushButton) if b.isVisible()]
    assert len(buttons) >= 4   # open the PDF, open the workbook, show in folder, close
    for button in buttons:
        corner = button.mapTo(window, button.rect().bottomRight())
        assert window.rect().contains(corner) and button.width() >= button.minimumSizeHint().width()
    assert window.result.pdf_path.name in window.panel.outcome.text()


def test_module_titles_and_progress_follow_the_interface_language(interface, ctx, qtbot, tmp_path):
    """The English sample under a French or Spanish interface: the modules are listed in the
    interface language, and the progress line never shows the report's English step names."""
    window = ExportDialog(ctx)
    qtbot.addWidget(window)
    window.path_edits["pdf"].setText(str(tmp_path / "report.pdf"))
    window.path_edits["xlsx"].setText(str(tmp_path / "report.xlsx"))
    window.show()
    catalogue = ctx.ws.catalogue
    for i in range(window.modules_list.count()):
        item = window.modules_list.item(i)
        section = catalogue.section(item.data(Qt.ItemDataRole.UserRole))
        assert item.text() == f"{section.number} {section.title.get_for(interface)}"
    assert any(catalogue.section(window.modules_list.item(i).data(Qt.ItemDataRole.UserRole)).title.get_for("en")
               not in window.modules_list.item(i).text() for i in range(window.modules_list.count()))
    shown: list[str] = []
    qtbot.mouseClick(window.export_button, Qt.MouseButton.LeftButton)
    if window.printing.text():
        qtbot.mouseClick(window.printing.anyway_button, Qt.MouseButton.LeftButton)
    window.job.progress.connect(lambda _p, _w: shown.append(window.panel.what.text()))
    qtbot.waitUntil(lambda: len(window.panel.open_buttons) == 2, timeout=WAIT_MS)
    assert shown and all("report.pdf" in text and "Statistical annex" not in text for text in shown)


def test_prepare_draft_does_nothing_when_no_folder_is_chosen(ctx, monkeypatch):
    monkeypatch.setattr(export_dialog, "ask_folder", lambda parent, caption, start: "")
    assert prepare_draft_for_email(ctx, None) is None


def test_texts_the_pdf_cannot_print_are_named_before_anything_is_written(ctx, dialog, qtbot, tmp_path,
                                                                         opened_urls):
    from mpdesk.services.profile import set_narrative

    set_narrative(ctx.ws, "A.2", "Chinese: 移民 and an emoji 😀.")
    pdf = tmp_path / "report.pdf"
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    warning = dialog.printing.text()
    assert "A.2 Immigration (“Chinese: 移民 and an emoji 😀.”): 移民😀" in warning and "empty boxes" in warning
    assert dialog.job is None and not pdf.exists() and not (tmp_path / "report.xlsx").exists()
    assert not dialog.export_button.isEnabled()

    qtbot.mouseClick(dialog.printing.back_button, Qt.MouseButton.LeftButton)   # go back: nothing written
    assert dialog.printing.text() == "" and dialog.job is None and not pdf.exists()
    assert dialog.export_button.isEnabled() and dialog.modules_list.isEnabled()

    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)          # asked again
    assert "移民😀" in dialog.printing.text()
    qtbot.mouseClick(dialog.printing.anyway_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(dialog.panel.open_buttons) == 2, timeout=WAIT_MS)
    assert pdf.exists() and (tmp_path / "report.xlsx").exists()
    assert dialog.printing.text() == "" and "移民" not in dialog.panel.message.text()   # said once, before


def test_an_excel_only_export_is_not_warned_about_pdf_fonts(ctx, dialog, qtbot, tmp_path, opened_urls):
    from mpdesk.services.profile import set_narrative

    set_narrative(ctx.ws, "A.2", "Chinese: 移民.")
    qtbot.mouseClick(dialog.pdf_check, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.printing.text() == ""
    qtbot.waitUntil(lambda: bool(dialog.panel.open_buttons), timeout=WAIT_MS)
    assert (tmp_path / "report.xlsx").exists()


def test_files_are_proposed_beside_the_profile_then_in_the_last_folder_used(ctx, qtbot, tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    first = ExportDialog(ctx)
    qtbot.addWidget(first)
    folder = ctx.ws.path.resolve().parent
    stem = export_dialog.safe_file_name(ctx.ws.profile().title)
    assert Path(first.path_edits["pdf"].text()) == folder / f"{stem}.pdf"
    assert Path(first.path_edits["xlsx"].text()) == folder / f"{stem}.xlsx"
    elsewhere = tmp_path / "exports"
    elsewhere.mkdir()
    first.show()
    qtbot.mouseClick(first.pdf_check, Qt.MouseButton.LeftButton)       # Excel only
    edit = first.path_edits["xlsx"]
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, str(elsewhere / "mine.xlsx"))
    qtbot.mouseClick(first.draft_radio, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(first.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(first.panel.open_buttons), timeout=WAIT_MS)
    assert openpyxl.load_workbook(elsewhere / "mine.xlsx")
    first.close()
    again = ExportDialog(ctx)
    qtbot.addWidget(again)
    # tester 8: the second export was back on Final after a draft; it offers a draft again, so named
    assert again.draft_radio.isChecked() and not again.final_radio.isChecked()
    assert Path(again.path_edits["pdf"].text()) == elsewhere / again.default_name("pdf", draft=True)
    again.show()
    qtbot.mouseClick(again.final_radio, Qt.MouseButton.LeftButton)
    assert Path(again.path_edits["pdf"].text()) == elsewhere / f"{stem}.pdf"


def test_a_nearly_empty_profile_exported_as_final_is_warned_and_may_still_go_on(make_ws, qtbot, tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    from mpdesk.services.completeness import compute_completeness

    context = AppContext(make_ws())
    try:
        assert compute_completeness(context.ws).overall < export_dialog.LOW_COMPLETENESS
        window = ExportDialog(context)
        qtbot.addWidget(window)
        window.show()
        warning = window.final_warning
        assert window.final_radio.isChecked()
        assert "only 0% complete" in warning.text() and "draft" in warning.text()
        qtbot.mouseClick(window.draft_radio, Qt.MouseButton.LeftButton)
        assert warning.text() == ""                                  # a draft needs no warning
        qtbot.mouseClick(window.final_radio, Qt.MouseButton.LeftButton)
        assert "draft" in warning.text()
        qtbot.mouseClick(window.pdf_check, Qt.MouseButton.LeftButton)
        window.path_edits["xlsx"].setText(str(tmp_path / "final.xlsx"))
        qtbot.mouseClick(window.export_button, Qt.MouseButton.LeftButton)   # the user may still go on
        qtbot.waitUntil(lambda: bool(window.panel.open_buttons), timeout=WAIT_MS)
        about = {r[0].value: r[1].value for r in openpyxl.load_workbook(tmp_path / "final.xlsx")["About"].iter_rows()
                 if r[0].value}
        assert about["Status"] == "Final"
    finally:
        context.close()


def test_a_draft_is_proposed_under_its_own_name_and_a_typed_name_stays(ctx, qtbot):
    from datetime import date

    window = ExportDialog(ctx)
    qtbot.addWidget(window)
    window.show()
    final = Path(window.path_edits["pdf"].text())
    qtbot.mouseClick(window.draft_radio, Qt.MouseButton.LeftButton)
    draft = Path(window.path_edits["pdf"].text())
    assert draft.parent == final.parent and draft != final
    assert draft.name == f"{final.stem} (draft {date.today().isoformat()}).pdf"
    assert Path(window.path_edits["xlsx"].text()).name == f"{final.stem} (draft {date.today().isoformat()}).xlsx"
    qtbot.mouseClick(window.final_radio, Qt.MouseButton.LeftButton)
    assert Path(window.path_edits["pdf"].text()) == final
    window.path_edits["pdf"].setFocus()
    window.path_edits["pdf"].selectAll()
    qtbot.keyClicks(window.path_edits["pdf"], str(final.parent / "mine.pdf"))
    qtbot.mouseClick(window.draft_radio, Qt.MouseButton.LeftButton)
    assert Path(window.path_edits["pdf"].text()).name == "mine.pdf"


def test_an_existing_file_is_replaced_only_when_the_user_says_so(dialog, qtbot, tmp_path):
    dialog.pdf_check.setChecked(False)
    dialog.draft_radio.setChecked(True)
    target = tmp_path / "report.xlsx"
    target.write_bytes(b"the final report")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.job is None and "report.xlsx" in dialog.replacing.text()
    assert not dialog.export_button.isEnabled()
    qtbot.mouseClick(dialog.replacing.back_button, Qt.MouseButton.LeftButton)
    assert target.read_bytes() == b"the final report" and dialog.replacing.text() == ""
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.replacing.anyway_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dialog.panel.open_buttons), timeout=WAIT_MS)
    assert target.read_bytes()[:2] == b"PK"          # a workbook now
