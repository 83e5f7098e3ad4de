"""The start-up floor: a bare PySide6 main window, timed as ``mpdesk --quit-after-show`` is
(process start to its first paint), and printed in the same form. Not part of mpdesk."""

from __future__ import annotations

import os
import sys
import time

_STARTED = time.perf_counter()


def process_age_ms() -> float:
    """As mpdesk.app.process_age_ms (copied: this floor must import nothing of mpdesk)."""
    try:
        with open("/proc/self/stat", encoding="ascii") as handle:
            fields = handle.read().rsplit(")", 1)[1].split()
        with open("/proc/uptime", encoding="ascii") as handle:
            uptime = float(handle.read().split()[0])
        return max(0.0, (uptime - int(fields[19]) / os.sysconf("SC_CLK_TCK")) * 1000)
    except (OSError, ValueError, IndexError, AttributeError):
        return (time.perf_counter() - _STARTED) * 1000


def main() -> int:
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("floor")
    window.setCentralWidget(QLabel("A bare window"))
    window.resize(1280, 760)

    class Watcher(QObject):
        seen = False

        def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt naming
            if event.type() == QEvent.Type.Paint and not self.seen:
                self.seen = True
                print(f"first paint after {process_age_ms():.0f} ms", flush=True)
                QTimer.singleShot(0, app.quit)
            return False

    watcher = Watcher(window)
    window.installEventFilter(watcher)
    QTimer.singleShot(10000, app.quit)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
