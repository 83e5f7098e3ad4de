"""What the banner says when a profile opens after mpdesk stopped abruptly.

"Nothing was lost" is true only when no write was cut short and no import was under way: the import,
export or data-request workbook a kill interrupted is named (``models.operations`` records each while it
runs; ``mpdesk import`` from the opening of the profile, before the data file is read, to its closing; the
window's import from its preview, before the user can click Import, to the dialog's closing), with what
became of it; a save undone at the opening (its journal was left) may have been an import's or export's
start.
Times are written in the interface's language, like the sentence around them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from mpdesk.formats import format_clock, format_moment, list_separator, local_moment
from mpdesk.ui.language_settings import running_language

if TYPE_CHECKING:
    from mpdesk.models import OpenReport
    from mpdesk.models.operations import Operation

CONTEXT = "CrashNotice"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def local_time(stamp: str, full: bool = False, language: str = "") -> str:
    """A stored ISO time in the computer's zone, as the interface's language writes it ('19:16';
    ``full``: '1 déc. 2026, 19:16'); the text itself when it is no time."""
    moment = local_moment(stamp)
    if moment is None:
        return stamp
    language = language or running_language()
    return format_moment(moment, language) if full else format_clock(moment, language)


def crash_notes(report: OpenReport) -> list[str]:
    """The banner's sentences about the previous session (none when it ended normally)."""
    interrupted = [s for s in (_interrupted_sentence(op) for op in report.interrupted) if s]
    notes: list[str] = []
    # a save undone after a session that had ended normally: the kill cut the opening's own save short
    # (``mpdesk import`` records its import in it), so the session never got marked open
    if (report.previous_session_abrupt or report.save_undone) and not interrupted:
        if report.save_undone:
            notes.append(_undone_save(report))
        else:
            notes.append(_tr("mpdesk was not closed normally last time. Nothing was lost: every edit up to {when} "
                             "was saved.").format(when=local_time(report.last_saved, full=True)))
        return notes
    if report.previous_session_abrupt:
        notes.append(_tr("mpdesk was not closed normally last time."))
    notes.extend(interrupted)
    if report.previous_session_abrupt:
        notes.append(_tr("Every other edit up to {when} was saved.").format(when=local_time(report.last_saved,
                                                                                           full=True)))
    return notes


def _undone_save(report: OpenReport) -> str:
    """A kill cut a save short and the opening undid it. The file cannot tell which save it was: the
    record of an import or export about to start (``models.operations.start``; it then never ran) is
    committed like any edit, so both are named, each with what to do."""
    return _tr("mpdesk was not closed normally last time: it stopped while saving, and that last save was undone. "
               "Every edit up to {when} is saved. If you had just started an import or an export, it did not run: "
               "start it again. If you had just made an edit, check that it is there.").format(
        when=local_time(report.last_saved, full=True))


def _interrupted_sentence(operation: Operation) -> str:
    from mpdesk.models.operations import IMPORT, REQUEST

    when = local_time(operation.started, full=True)
    if operation.kind == REQUEST:
        return _request_sentence(operation, when)
    if operation.kind == IMPORT and operation.saved:   # the kill came after its commit, as the profile closed
        return _tr("The import of {file} (started {when}) was complete before mpdesk stopped: its figures are "
                   "saved.").format(file=operation.name, when=when)
    if operation.kind == IMPORT:
        return _tr("The import of {file} (started {when}) was interrupted when mpdesk stopped; none of its figures "
                   "were saved. Import the file again.").format(file=operation.name, when=when)
    missing = [_file_name(path) for path in operation.unwritten()]
    if not missing:  # every file was complete before the stop: nothing to redo
        return ""
    if len(missing) == 1:
        return _tr("The export of {file} (started {when}) was interrupted when mpdesk stopped; {file} was not "
                   "written, and an earlier file of that name, if any, is unchanged. Export again.").format(
            file=missing[0], when=when)
    return _tr("The export started {when} was interrupted when mpdesk stopped; these files were not written: "
               "{files}. Earlier files of those names, if any, are unchanged. Export again.").format(
        files=list_separator(running_language()).join(missing), when=when)


def _request_sentence(operation: Operation, when: str) -> str:
    """A data-request workbook is written whole first, then its requests are marked sent
    (``export.request_workbook``): a kill leaves the workbook unwritten and nothing marked, or the workbook
    written and its requests not marked."""
    file = _file_name(operation.targets[0]) if operation.targets else ""
    if operation.unwritten() or not file:
        return _tr("The data-request workbook for {institution} (started {when}) was not written when mpdesk "
                   "stopped: an earlier file {file}, if any, is unchanged, and no request was marked as sent. "
                   "Write it again on step 2.1.").format(institution=operation.name, when=when, file=file)
    return _tr("The data-request workbook {file} for {institution} (started {when}) was written, but mpdesk stopped "
               "before marking its requests as sent. When you send it, write the date in the Sent column of "
               "step 2.1 (the data-request log).").format(file=file, institution=operation.name, when=when)


def _file_name(path: str) -> str:
    from pathlib import Path

    return Path(path).name


__all__ = ["crash_notes", "local_time"]
