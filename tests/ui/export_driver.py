"""Export a profile as the window's export dialog does (``ui.export_dialog.export_files`` on a profile
opened for writing), to the PDF and workbook named on the command line (tests/ui/test_crash_banner.py)."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path


def main() -> int:
    from mpdesk.export.options import ExportOptions
    from mpdesk.services import Workspace
    from mpdesk.ui.export_dialog import export_files

    ws = Workspace.open(sys.argv[1])
    try:
        targets = {"pdf": Path(sys.argv[2]), "xlsx": Path(sys.argv[3])}
        export_files(ws, ExportOptions(draft=True, export_date=date(2026, 12, 1)), targets, [], lambda *_: None)
    finally:
        ws.close()
    print("exported", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
