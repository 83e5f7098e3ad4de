"""Start the real window (``mpdesk.app.run_gui``) on a profile, type into a field of step 1.1 without
leaving it, print 'typed', and run until the process is told to end (tests/ui/test_session_end.py)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer


def type_when_open(text: str) -> None:
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QLineEdit

    from mpdesk.ui.main_window import MainWindow

    window = next((w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)), None)
    if window is None or window.view is None:
        QTimer.singleShot(50, lambda: type_when_open(text))
        return
    page = window.view.current_page()
    field = next(f for f in page.deliverables.fields.values() if isinstance(f, QLineEdit) and not f.isReadOnly())
    field.setFocus()
    QTest.keyClicks(field, text)  # real key events; the field is not left, so nothing is saved yet
    print(f"typed into {field.accessibleName()}", flush=True)


def main() -> int:
    from mpdesk.app import make_application, run_gui

    make_application()
    QTimer.singleShot(0, lambda: type_when_open(sys.argv[2]))
    return run_gui(sys.argv[1])


if __name__ == "__main__":
    sys.exit(main())
