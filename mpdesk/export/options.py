"""What the user chose in the Export dialog or on the command line."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Callable


class ExportCancelled(Exception):
    """The user pressed Cancel; any partial output file has been removed."""


class ExportError(Exception):
    """The export could not be written; the message is a sentence for the user."""


Progress = Callable[[int, str], None]  # (percent 0-100, what is being done); raise ExportCancelled to stop


@dataclass
class ExportOptions:
    draft: bool = False
    modules: list[str] | None = None   # section keys to include; None: the profile's selection
    export_date: date = field(default_factory=date.today)
    progress: Progress | None = None
    warnings: list[str] = field(default_factory=list)   # filled by the export: what did not print well

    def report(self, percent: int, what: str) -> None:
        if self.progress is not None:
            self.progress(percent, what)
