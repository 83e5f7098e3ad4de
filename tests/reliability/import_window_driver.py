"""Import a data file in the real window, as a user does: the main window opens the profile, Import
data… reads the file, and once the preview is shown, a mouse click on "Import the ticked indicators";
then the window is closed (tests/reliability/test_window_import_kills.py).

    python tests/reliability/import_window_driver.py PROFILE DATAFILE MARKER

Just before the click, MARKER is opened (an ``openat`` a trace can find): the kill tests count the
writes after it, which are the click's.
"""

from __future__ import annotations

import sys
from PySide6.QtCore import QTimer


def window():
    from PySide6.QtWidgets import QApplication

    from mpdesk.ui.main_window import MainWindow

    return next((w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)), None)


def when(ready, then) -> None:
    """Call ``then`` once ``ready()`` is true, looking every 50 ms from the event loop."""
    if ready():
        then()
    else:
        QTimer.singleShot(50, lambda: when(ready, then))


def open_import(data: str, marker: str) -> None:
    main = window()
    main.import_data(data)
    dialog = main.import_dialog
    when(lambda: dialog.preview is not None or dialog.message.isVisible(), lambda: click_import(dialog, marker))


def click_import(dialog, marker: str) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    if dialog.preview is None:
        print(f"no preview: {dialog.message.text()}", flush=True)
        window().close()
        return
    open(marker, "a").close()   # the trace's landmark (an openat): every write after it is the click's
    print("clicking", flush=True)
    QTest.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    print(f"imported: {dialog.message.text()}", flush=True)
    dialog.close()
    window().close()


def main() -> int:
    from mpdesk.app import make_application, run_gui

    profile, data, marker = sys.argv[1:4]
    make_application()
    QTimer.singleShot(0, lambda: when(lambda: window() is not None and window().view is not None
                                      and window().ctx is not None, lambda: open_import(data, marker)))
    return run_gui(profile)


if __name__ == "__main__":
    sys.exit(main())
