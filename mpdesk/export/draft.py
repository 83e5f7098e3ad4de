"""'Prepare draft for email': the PDF and the workbook, both marked Draft, with a dated name.

Pure (no Qt): the dialog runs ``prepare_draft`` on a worker thread. Either both files are
written or neither is left behind: a cancel or failure while writing the workbook removes
the PDF just written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from mpdesk.export.options import ExportError, ExportOptions, Progress
from mpdesk.i18n import tr, tr_for
from mpdesk.models.operations import EXPORT

if TYPE_CHECKING:
    from mpdesk.services.workspace import Workspace

_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f]')


@dataclass(frozen=True)
class DraftResult:
    pdf_path: Path
    xlsx_path: Path
    total_bytes: int

    @property
    def paths(self) -> tuple[Path, Path]:
        return (self.pdf_path, self.xlsx_path)


def draft_base_name(ws: "Workspace", today: date) -> str:
    """'Kenya MP 2020 - draft 2026-11-30', 'Sénégal PM 2024 - projet 2026-11-30': in the profile's
    language, whatever the screen's (characters no file system accepts are left out)."""
    from mpdesk.countries import by_iso3
    from mpdesk.services.profile import written_language

    profile = ws.profile()
    language = written_language(profile.language)
    found = by_iso3().get((profile.country_iso3 or "").upper())
    country = found.name(language) if found else (profile.country_name or profile.country_iso3)
    name = tr_for(language, "Draft", "{country} MP {year} - draft {date}").format(
        country=country, year=profile.edition_year, date=today.isoformat())
    return safe_file_name(name)


def safe_file_name(text: str) -> str:
    """``text`` without the characters Windows, macOS or Linux refuse in a file name."""
    return re.sub(r"\s+", " ", _UNSAFE.sub(" ", text)).strip(" .") or "mpdesk"


def prepare_draft(ws: "Workspace", folder: str | Path, modules: list[str] | None = None,
                  progress: Progress | None = None, today: date | None = None) -> DraftResult:
    """Write '<name>.pdf' and '<name>.xlsx' into ``folder``; raises ExportCancelled or ExportError."""
    from mpdesk.export.excel import export_xlsx
    from mpdesk.export.pdf import export_pdf

    folder = Path(folder)
    if not folder.is_dir():
        raise ExportError(tr("Draft", "The folder {folder} does not exist. Choose another folder.")
                          .format(folder=folder))
    today = today or date.today()
    base = draft_base_name(ws, today)
    pdf_path, xlsx_path = folder / f"{base}.pdf", folder / f"{base}.xlsx"
    with ws.recording(EXPORT, pdf_path.name, (pdf_path, xlsx_path)):  # a kill is told on the next opening
        export_pdf(ws, _options(modules, today, progress, 0, 55), pdf_path)
        try:
            export_xlsx(ws, _options(modules, today, progress, 55, 45), xlsx_path)
        except BaseException:
            pdf_path.unlink(missing_ok=True)
            raise
    return DraftResult(pdf_path, xlsx_path, pdf_path.stat().st_size + xlsx_path.stat().st_size)


def _options(modules: list[str] | None, today: date, progress: Progress | None, start: int,
             share: int) -> ExportOptions:
    """Draft options whose progress fills ``share`` percent of the bar from ``start``."""
    def scaled(percent: int, what: str) -> None:
        if progress is not None:
            progress(start + share * max(0, min(percent, 100)) // 100, what)

    return ExportOptions(draft=True, modules=modules, export_date=today, progress=scaled)


