"""The Help menu's user guide, keyboard shortcuts and About box (all text translatable)."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

import mpdesk


def _tr(text: str) -> str:
    return QCoreApplication.translate("Help", text)


def user_guide_html() -> str:
    return _tr(
        "<h2>Working with mpdesk</h2>"
        "<h3>How the exercise runs</h3>"
        "<p>The <b>Process</b> tab lists the steps of a Migration Profile exercise, stage by stage: set up the "
        "Technical Working Group (step 1.3), choose the report modules (1.4), inventory the data sources (1.5), "
        "plan the work (1.6), collect and review, then publish. Each step has a checklist, the things it "
        "produces and notes. <b>Next</b> and <b>Back</b> walk through the steps in order.</p>"
        "<h3>Entering figures</h3>"
        "<p>The <b>Report</b> tab lists the sections of the profile. Each section has its text and a grid of "
        "figures by year; the Indicator and Unit columns stay in view while the years scroll. Type a figure and "
        "press Enter (down) or Tab (right). Figures are read as they are written in the profile's language; "
        "when a figure could be read two ways (such as 2.500) mpdesk asks instead of guessing. Text that cannot "
        "be read stays in its cell, marked, until you correct it. Grey cells are computed and cannot be typed "
        "into. Paste a block copied from Excel with Ctrl+V; copy a block with Ctrl+C.</p>"
        "<h3>Importing figures</h3>"
        "<p>Use <b>File &gt; Import</b> to bring in figures from a workbook or a CSV file. Imported cells are "
        "tinted; when two sources give a figure for the same cell, the panel under the grid lists them side by "
        "side and you choose the one the profile uses. The <b>Data quality</b> page lists what to check and "
        "takes you to each figure.</p>"
        "<h3>Exporting and sharing a draft</h3>"
        "<p><b>File &gt; Export</b> writes the report as PDF, Excel workbook or CSV files. <b>File &gt; Prepare "
        "draft for email</b> makes a copy to send to reviewers; their comments go in the review register "
        "(step 2.4). Every change is saved at once; Edit &gt; Undo (Ctrl+Z) takes it back.</p>") + _tr(
        "<h3>The guidance beside the page</h3>"
        "<p>The <b>Guidance</b> pane explains the step or section you are on. Its <b>Hide</b> button, or F1, "
        "folds it into a slim <b>Guidance</b> strip at the edge of the window; click the strip, or press F1 "
        "again, to bring it back. On a small screen the guidance starts folded so that the page has room; "
        "once you open or hide it, mpdesk remembers your choice. You can drag the pane by its name to the "
        "left or the right edge of the window (the strip goes with it), and drag its border to widen it.</p>") + _tr(
        "<h3>When two sources give the same figures</h3>"
        "<p>Each series of the report comes from one source, so a printed series never mixes publishers. Before "
        "an import, the preview says where the file's figures meet another source's, which source the series "
        "will use and why. Tick <b>Keep the figures of … in use</b> to keep the source the series has: the "
        "file's figures are then stored beside it as alternatives. A spreadsheet in a layout mpdesk does not "
        "know is read once you say which column holds the year, the value and the breakdowns; its numbers are "
        "read with the decimal mark they use (1415,0 or 1415.0), and the preview says when mpdesk had to "
        "choose. The Excel workbook's <b>Imported files</b> sheet names every file the figures came from, with "
        "its fingerprint.</p>"
        "<h3>Data requests</h3>"
        "<p>On step 2.1, list what you ask of each institution in the request register, then press <b>Write a "
        "request workbook…</b>: mpdesk writes one workbook for that institution and marks its requests as sent "
        "today. When the institution returns the filled workbook, import it like any file: its figures come in "
        "and its requests are marked received.</p>")


def _menu_name(action) -> str:
    """The action's name as first given: Undo and Redo show the last edit while the profile is
    open ("Redo Set Foreign direct investment… 2020" had reached the shortcuts list)."""
    return str(action.property("menu_name") or action.text()).replace("&", "")


def shortcut_rows(actions) -> list[tuple[str, str]]:
    """(keys, what they do): every menu action with a shortcut, then the grid and register keys."""
    rows = [(a.shortcut().toString(a.shortcut().SequenceFormat.NativeText), _menu_name(a))
            for a in actions if not a.shortcut().isEmpty()]
    rows += [
        (_tr("Tab / Shift+Tab"), _tr("In a table while typing: save the cell and edit the next / previous one; "
                                     "otherwise move to the next / previous control")),
        (_tr("Enter"), _tr("Save the cell; in the grid, move down")),
        (_tr("Escape"), _tr("Cancel the cell being typed")),
        (_tr("F2"), _tr("Edit the current cell")),
        (_tr("Ctrl+Page Down / Ctrl+Page Up"), _tr("Next / previous step")),
    ]
    return rows


def _html_table(rows: list[tuple[str, str]]) -> str:
    body = "".join(f"<tr><td><b>{keys}</b></td><td>{what}</td></tr>" for keys, what in rows)
    return f"<h2>{_tr('Keyboard shortcuts')}</h2><table cellpadding='4'>{body}</table>"


def about_text(profile_path: Path | None) -> str:
    settings_file = QSettings("mpdesk", "mpdesk").fileName()
    if os.environ.get("MPDESK_SETTINGS_DIR"):
        settings_file = str(Path(os.environ["MPDESK_SETTINGS_DIR"]) / "mpdesk.ini")
    where = (_tr("This profile is the file {path}; everything about it (figures, text, registers, history) is "
                 "inside that one file.").format(path=profile_path) if profile_path else
             _tr("Each profile is one .mpdesk file, wherever you saved it."))
    return "\n\n".join([
        f"mpdesk {mpdesk.__version__}",
        _tr("A desktop companion for national Migration Profile exercises, following IOM's guidance \"Migration "
            "Profiles: Making the Most of the Process\". It works fully offline."),
        _tr("Licence: MIT."),
        where,
        _tr("Your settings (the recent-profiles list) are kept in {path}.").format(path=settings_file),
    ])


class HelpDialog(QDialog):
    """A readable page of help text with a Close button."""

    def __init__(self, title: str, html: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(title)
        self.browser.setOpenExternalLinks(False)
        self.browser.setHtml(html)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(640, 520)


def user_guide(parent: QWidget) -> HelpDialog:
    return HelpDialog(_tr("User guide"), user_guide_html(), parent)


def shortcuts(parent: QWidget, actions) -> HelpDialog:
    return HelpDialog(_tr("Keyboard shortcuts"), _html_table(shortcut_rows(actions)), parent)
