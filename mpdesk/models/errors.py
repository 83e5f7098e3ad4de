"""Why a profile file cannot be opened, created or saved, in a sentence a user can act on."""

from __future__ import annotations

import errno


class ProfileFileError(Exception):
    """Raised with a complete, translated sentence; the file is left as it was."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def failure_sentence(exc: BaseException) -> str:
    """A sentence for a failure of the disk or the file that no earlier check foresaw (CLI and GUI)."""
    from mpdesk.i18n import tr

    cause = getattr(exc, "orig", None) or exc
    text = str(cause).lower()
    if getattr(cause, "errno", None) == errno.ENOSPC or "disk is full" in text or "database or disk is full" in text:
        return tr("Errors", "The disk is full, so mpdesk stopped; everything saved before is intact. Free some space "
                  "and try again.")
    if isinstance(cause, MemoryError):
        return tr("Errors", "The computer ran out of memory, so mpdesk stopped; everything saved before is intact.")
    where = getattr(cause, "filename", None)
    why = getattr(cause, "strerror", None) or cause
    if where:
        return tr("Errors", "mpdesk could not use {path}: {why}. Everything saved before is intact.").format(
            path=where, why=why)
    return tr("Errors", "mpdesk stopped because the profile or the disk failed ({why}). Everything saved before is "
              "intact; open an earlier copy if the problem returns.").format(why=why)
